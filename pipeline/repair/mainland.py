"""Signs that a Chinese text was first published on the mainland (see :mod:`.script`): its agencies' and
papers' datelines, its political and technical vocabulary, ICP numbers, “” quotes, and commas folded to
ASCII by the repost. Read on the text without its readings.
"""

from __future__ import annotations

import re

from .common import HAN
from .vocab import ICP_MARKERS, MAINLAND_POLITICAL_TERMS, MAINLAND_PUBLISHERS, MAINLAND_TERMS

_PUBLISHERS = "|".join(MAINLAND_PUBLISHERS)
# A mainland publisher as the article's dateline (新華社北京2月13日電, 新華社電, 科技日報訊, 央視網消息：),
# at a line start or right after a tag, or as its source line (來源：新華社).
_DATELINE_RE = re.compile(
    f"(?:^|>)[\\s\u3000\u2003\u00a0]*(?:{_PUBLISHERS})[^\\n。，<]{{0,12}}?(?:[電电訊讯]|消息[:：])"
    f"|(?:來源|来源)\\s*[:：]\\s*(?:{_PUBLISHERS})",
    re.M,
)
# A mainland newspaper's own dateline (本報北京8月1日電); Taiwan and Hong Kong papers write 記者…／台北報導
# or 【本報訊】 without a dateline.
_PAPER_DATELINE_RE = re.compile("本[報报][^\\n。，<]{0,8}?\\d{1,2}月\\d{1,2}日[電电]")
# 本報訊 (本报讯) opens local stories in mainland papers, and in Hong Kong ones too: it counts only on a page
# whose commas were folded to ASCII, which Taiwan and Hong Kong typesetting never does.
_PAPER_LEAD_RE = re.compile("本[報报][訊讯]")
# A repost that folded full-width commas to ASCII (有關部門,進一步): an obfuscator's habit, as is the
# conversion; Taiwan and Hong Kong typesetting never does it.
_FOLDED_COMMA_RE = re.compile(f"[{HAN}],[{HAN}]")
_MIN_FOLDED = 3
_MIN_QUOTES = 2


def mainland_dateline(text: str) -> re.Match[str] | None:
    """The first mainland agency's or paper's dateline or source line in ``text``."""
    return _DATELINE_RE.search(text) if _names_publisher(text) else None


def _names_publisher(text: str) -> bool:
    """``text`` names a mainland publisher, as every dateline does: a text that names none is not searched
    for one (the dateline pattern, opening with ^ or >, is tried at every character: 10x the cost)."""
    return any(p in text for p in MAINLAND_PUBLISHERS)


def mainland_evidence(text: str) -> tuple[int, list[str]]:
    """A score and the terms behind it; publishers and political terms count only under a dateline."""
    found = [t for t in MAINLAND_TERMS if t in text]
    political = [t for t in MAINLAND_POLITICAL_TERMS if t in text]
    publishers = [p for p in MAINLAND_PUBLISHERS if p in text]
    if publishers and _DATELINE_RE.search(text):  # (a dateline names a publisher)
        found += political
    else:
        publishers = []
    icp = [m for m in ICP_MARKERS if m in text]
    paper = _PAPER_DATELINE_RE.findall(text)[:1]
    # Mainland quotes: traditional-script typesetting uses corner quotes (「」).
    quotes = ["“” quotes"] if text.count("“") >= _MIN_QUOTES and "「" not in text else []
    folded = ["folded commas"] if len(_FOLDED_COMMA_RE.findall(text)) >= _MIN_FOLDED else []
    lead = ["本報訊"] if folded and _PAPER_LEAD_RE.search(text) else []
    score = len(found) + 2 * len(publishers) + 2 * len(icp) + 2 * len(paper) + len(quotes) + len(folded) + len(lead)
    return score, found[:3] + publishers[:2] + icp[:1] + paper + quotes + folded + lead


def mainland_and_folded(plain: str) -> bool:
    """A mainland dateline (新華社…電, 科技日報訊, 本報…電) and commas folded to ASCII: a mainland article
    through a converter. s2twp writes Taiwan words (軟體, 網路, 資訊) into it and some converters turn
    “” into 「」, so neither vetoes it; a genuine Taiwan or Hong Kong article (also a Hong Kong paper's
    reprint of a 新華社 wire) never folds its commas."""
    dateline = mainland_dateline(plain) or _PAPER_DATELINE_RE.search(plain)
    return bool(dateline) and len(_FOLDED_COMMA_RE.findall(plain)) >= _MIN_FOLDED
