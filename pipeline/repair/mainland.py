"""Signs that a Chinese text was first published on the mainland (see :mod:`.script`): its agencies' and
papers' datelines, its political and technical vocabulary, ICP numbers, “” quotes, and commas folded to
ASCII by the repost. Read on the text without its readings.

The vocabulary counts only in the page's prose (:func:`article_prose`): a farm's spam header, menus, related
links and footer are its own, written in traditional when it converts the whole page, and say nothing of where
the article it reposts was first published (午夜福利免費視頻, 本站內容來自互聯網 above a Macau story). The ICP
number is the farm's too: it backs evidence the article gives and is none alone.
"""

from __future__ import annotations

import re

from ..strip.vocab import COPYRIGHT_MARKS
from .common import HAN, SPACE_REFERENCE, opencc_converter
from .vocab import (
    ICP_MARKERS,
    MAINLAND_POLITICAL_TERMS,
    MAINLAND_PROVINCES,
    MAINLAND_PUBLISHERS,
    MAINLAND_TERMS,
    TAIWAN_HK_TERMS,
)
from .words import word_count

# The mainland's terms as s2twp writes them too, where its phrase is nobody's word (社区卫生服务中心 ->
# 社群衛生服務中心), not where it holds Taiwan's (网络 -> 網路, 互联网 -> 網際網路: a Taiwan article's own words).
_S2TWP_RENDERINGS = opencc_converter("s2twp").convert(opencc_converter("t2s").convert("\n".join(MAINLAND_TERMS)))
_TERMS = tuple(dict.fromkeys(MAINLAND_TERMS + tuple(
    t for t in _S2TWP_RENDERINGS.split("\n") if not any(word in t for word in TAIWAN_HK_TERMS))))
# The publishers' names in both scripts: a farm writes its source line in its own script, simplified
# (来源：扬子晚报) above an article it converted; a traditional label over a simplified name (來源：人民网) is
# no such line.
_SIMPLIFIED_PUBLISHERS = opencc_converter("t2s").convert("\n".join(MAINLAND_PUBLISHERS)).split("\n")
_PUBLISHER_FORMS = tuple(zip(MAINLAND_PUBLISHERS, _SIMPLIFIED_PUBLISHERS, strict=True))
_PUBLISHERS = "|".join(MAINLAND_PUBLISHERS)
_ANY_PUBLISHERS = "|".join(dict.fromkeys(MAINLAND_PUBLISHERS + tuple(_SIMPLIFIED_PUBLISHERS)))
_ANY_PUBLISHER_RE = re.compile(_ANY_PUBLISHERS)
# A mainland publisher as the article's dateline (新華社北京2月13日電, 新華社電, 科技日報訊, 央視網消息：),
# at a line start or right after a tag, or as its source line (來源：新華社, 来源：扬子晚报).
_DATELINE_RE = re.compile(
    f"(?:^|>)(?:[\\s\u3000\u2003\u00a0]|{SPACE_REFERENCE})*(?:{_PUBLISHERS})[^\\n。，<]{{0,12}}?(?:[電电訊讯]|消息[:：])"
    f"|來源\\s*[:：]\\s*(?:{_PUBLISHERS})|来源\\s*[:：]\\s*(?:{_ANY_PUBLISHERS})",
    re.M,
)
# A mainland newspaper's own dateline (本報北京8月1日電, 本報濟南6月9日訊); Taiwan and Hong Kong papers write
# 記者…／台北報導 or 【本報訊】 without a dateline.
_PAPER_DATELINE_RE = re.compile("本[報报][^\\n。，<]{0,8}?\\d{1,2}月\\d{1,2}日[電电訊讯]")
# 本報訊 (本报讯) opens local stories in mainland papers, and in Hong Kong ones too: it counts only on a page
# whose commas were folded to ASCII, which Taiwan and Hong Kong typesetting never does, or whose dateline
# or source line names a mainland paper.
_PAPER_LEAD_RE = re.compile("本[報报][訊讯]")
# A repost that folded full-width commas to ASCII (有關部門,進一步): an obfuscator's habit, as is the
# conversion; Taiwan and Hong Kong typesetting never does it.
_FOLDED_COMMA_RE = re.compile(f"[{HAN}],[{HAN}]")
_MIN_FOLDED = 3
_MIN_QUOTES = 2
# A line of prose ends a sentence somewhere (。, or ！？ full-width or folded to ASCII after a character);
# keyword strings, menus, link lists, crumbs and licence lines end none.
_SENTENCE_END_RE = re.compile(f"。|！|？|[{HAN}][!?]")
# A mainland province named as one (浙江省商務廳, 湖南省桑植縣), or the mainland's currency: one point together.
_MAINLAND_PLACE_RE = re.compile(f"(?:{'|'.join(MAINLAND_PROVINCES)})省|人民幣")
# Signs of a Taiwan or Hong Kong story beyond the vocabulary of :data:`.vocab.TAIWAN_HK_TERMS`: a Taiwan byline
# (記者王志明／台中報導), ROC years, Taiwan's cities and counties, its public bodies and its names for the mainland
# and for year-on-year; Hong Kong's and Macau's places and districts, their name for the mainland, year-on-year
# (按年), public bodies and words (街市, 輪候). Reports from Taiwan and Hong Kong on the mainland name its
# institutions (人民法院, 農業農村部) beside them. None is a mainland institution's or place's name.
# Every alternative opens with one character (台… and 臺… apart), so the engine tries them only where one of
# those characters stands: a single alternative opening with a class made it try all at every position (10x).
_REGIONAL_RE = re.compile(
    "記者[^\n／/]{1,8}[／/][^\n報]{1,8}報導|民國\\d|台[北中南東灣商]|臺[北中南東灣商]|陸委會|大陸|年增"
    "|新北|桃園|新竹|苗栗|彰化|南投|雲林|嘉義|屏東|宜蘭|花蓮|基隆|澎湖|金門|馬祖"
    "|內政部|衛福部|疾管署|氣象署|警政署|高公局|中研院|健保|立委|區公所|鄉公所|里長|國中|國小"
    "|香港|港人|本港|九龍|新界|澳門|本澳|內地|按[年季]|街市|檔販|輪候|急症室|屋邨|劏房|打工仔"
    "|中西區|灣仔|油尖旺|深水埗|九龍城|黃大仙|觀塘|葵青|荃灣|屯門|元朗|大埔|沙田|西貢|離島|西九"
    "|醫管局|醫院管理局|食環署|食物環境衞生署|衞生署|衞生防護中心|金管局|房委會|房屋署|社署|勞工處|運輸署|路政署"
    "|水務署|渠務署|康文署|消防處|警務處|廉政公署|入境處|入境事務處|律政司|保安局|考評局|文憑試|民政事務"
)
# Any of the copyright and disclaimer marks (lower case): one search of a line lowered once, where a
# test per mark lowered the line again for each of the ninety.
_COPYRIGHT_RE = re.compile("|".join(map(re.escape, COPYRIGHT_MARKS)))
# Where a page's text view breaks into lines: at line ends and at block elements' tags (a page may be one line).
_BLOCK_BREAK_RE = re.compile(
    "\n|<(?:/?(?:p|div|li|td|th|tr|h[1-6]|dd|dt|ul|ol|dl|table|section|article|header|footer|nav|aside|title"
    "|blockquote)\\b|br\\b)[^>]*>",
    re.I,
)


def mainland_dateline(text: str) -> re.Match[str] | None:
    """The first mainland agency's or paper's dateline or source line in ``text``."""
    return _DATELINE_RE.search(text) if _names_publisher(text) else None


def dateline_or_paper(text: str) -> re.Match[str] | None:
    """A mainland agency's or paper's dateline or source line (新華社…電, 科技日報訊), or a mainland paper's
    own dateline (本報北京8月1日電, 本報濟南6月9日訊)."""
    return mainland_dateline(text) or _PAPER_DATELINE_RE.search(text)


def _names_publisher(text: str) -> bool:
    """``text`` names a mainland publisher, as every dateline does: a text that names none is not searched
    for one (the dateline pattern, opening with ^ or >, is tried at every character: 10x the cost). One search of
    the names in both scripts: a test of each name in turn cost a short text 9 us."""
    return _ANY_PUBLISHER_RE.search(text) is not None


def article_prose(text: str) -> str:
    """The lines of ``text`` that read as prose (:func:`prose_spans`)."""
    return "\n".join(text[start:end] for start, end in prose_spans(text))


def prose_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that reads as prose: it ends a sentence and is no copyright notice
    or disclaimer (本站內容來自互聯網，如有侵權請聯繫刪除。)."""
    spans, start = [], 0
    for m in _BLOCK_BREAK_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans
            if _SENTENCE_END_RE.search(text, a, b) and not _COPYRIGHT_RE.search(text[a:b].lower())]


def regional_signs(text: str) -> list[str]:
    """The signs of a Taiwan or Hong Kong story in ``text`` (:data:`_REGIONAL_RE`), but a two-character one read
    across two words: each of its characters makes a commoner word with its neighbour outside (我國中東部 is 我國 and
    中東部, 今年增加 今年 and 增加, 日本港口 日本 and 港口, not Taiwan's 國中 (junior high) and 年增 (year on year),
    nor Hong Kong's 本港; 中國內地居民 keeps its 內地)."""
    return sorted({m[0] for m in _REGIONAL_RE.finditer(text) if not _across_words(text, m.start(), m.end())})


def _across_words(text: str, start: int, end: int) -> bool:
    if end - start != 2 or start == 0 or end == len(text):
        return False
    alone = word_count(text[start:end])
    return word_count(text[start - 1 : start + 1]) > alone and word_count(text[end - 1 : end + 1]) > alone


def mainland_evidence(text: str) -> tuple[int, list[str]]:
    """A score and the terms behind it; publishers and political terms count only under a dateline,
    vocabulary only in the prose, the ICP number only beside evidence of the article's own."""
    prose = article_prose(text).replace("衞", "衛")  # s2hk writes 衞 (衞健委), as Hong Kong does
    found = [t for t in _TERMS if t in prose]
    # backs the vocabulary only: alone (or with “” quotes) it is any paper's report on the mainland
    place = _MAINLAND_PLACE_RE.findall(prose)[:1] if found else []
    political = [t for t in MAINLAND_POLITICAL_TERMS if t in text]
    publishers = ([name for name, simplified in _PUBLISHER_FORMS if name in text or simplified in text]
                  if _names_publisher(text) else [])
    if publishers and _DATELINE_RE.search(text):  # (a dateline names a publisher)
        found += political
    else:
        publishers = []
    paper = _PAPER_DATELINE_RE.findall(text)[:1]
    # the site's licence, not the story's: none beside a Taiwan or Hong Kong report on the mainland's courts
    icp = [m for m in ICP_MARKERS if m in text] if (found or publishers or paper) and not regional_signs(prose) else []
    # Mainland quotes: traditional-script typesetting uses corner quotes (「」).
    quotes = ["“” quotes"] if text.count("“") >= _MIN_QUOTES and "「" not in text else []
    folded = ["folded commas"] if len(_FOLDED_COMMA_RE.findall(text)) >= _MIN_FOLDED else []
    lead = ["本報訊"] if (folded or publishers) and _PAPER_LEAD_RE.search(text) else []
    score = (len(found) + 2 * len(publishers) + 2 * len(icp) + 2 * len(paper) + len(quotes) + len(folded) + len(lead)
             + len(place))
    return score, found[:3] + place + publishers[:2] + icp[:1] + paper + quotes + folded + lead


def mainland_and_folded(plain: str) -> bool:
    """A mainland dateline (新華社…電, 科技日報訊, 本報…電) and commas folded to ASCII: a mainland article
    through a converter. s2twp writes Taiwan words (軟體, 網路, 資訊) into it and some converters turn
    “” into 「」, so neither vetoes it; a genuine Taiwan or Hong Kong article (also a Hong Kong paper's
    reprint of a 新華社 wire) never folds its commas."""
    return bool(dateline_or_paper(plain)) and len(_FOLDED_COMMA_RE.findall(plain)) >= _MIN_FOLDED
