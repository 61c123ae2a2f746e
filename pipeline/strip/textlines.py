"""Shapes of a text dump's lines that no vocabulary lead catches: a portal's buttons, a footer's
links, a comment count heading, a Latin outlet's name, the headline pasted twice; and the one date
line under a notice's issuer that is article text.

Each shape is a whole line: a line of prose that holds one of these words is never matched.
"""

from __future__ import annotations

import re
from functools import cache

from . import vocab
from .ledger import TITLE_RULE
from .sentences import SENTENCE_END, has_sentence_besides_addresses
from .textdates import date_in_text

_LINE_MAX = 60
# What joins buttons (点赞(12)　收藏　举报, 【打印本页】【关闭窗口】) and counts after them.
_GLUE = r"[\s|｜/·•【】\[\]┊▼]*"
_COUNT = r"(?:\s*[(（]\s*\d+\s*[)）]|\s*\d+)?"
# A footer's links are joined by bars, dots, slashes or wide gaps.
_LINK_SPLIT = re.compile(r"\s*[|｜·•/]\s*|\s{2,}|\u3000+")
# 评论(3), 留言（12）: the heading of the comment list below it.
_COMMENT_HEAD = re.compile(r"(?:网友|網友)?(?:评论|評論|留言|跟帖)\s*[(（]\s*\d+\s*[)）]")
# An issuer (市教育局, 某某有限公司) is a short name without punctuation.
_ISSUER_MAX = 24
_PUNCTUATION = re.compile(r"[，、；：,;:“”\"'（）()]")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_OUTLET_WORDS_MAX = 4
# A blog's filing line under the post (Posted in News | Tagged buses, transport | Leave a comment).
_FILED = re.compile(r"(?:posted|filed) (?:in|under):? [^|]{2,60}(?:\|\s*(?:tagged:? [^|]{2,80}|leave a comment"
                    r"|\d+ comments?|comments off)\s*)+", re.I)


_NETWORKS_MIN = 2


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _buttons() -> re.Pattern[str]:
    return re.compile(rf"(?:{_GLUE}(?:{_alternation(vocab.PAGE_BUTTONS)}){_COUNT})+{_GLUE}", re.I)


@cache
def _share_bar() -> re.Pattern[str]:
    words = _alternation(vocab.PAGE_BUTTONS + vocab.SHARE_NETWORKS)
    return re.compile(rf"(?:{_GLUE}(?:{words})(?![^\W_]){_COUNT})+{_GLUE}", re.I)


@cache
def _network() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{_alternation(vocab.SHARE_NETWORKS)})(?![^\W_])", re.I)


def buttons_line(line: str) -> bool:
    """A line of the page's buttons and nothing else (【打印】【关闭】, 点赞(12) 收藏 举报)."""
    return len(line) <= _LINE_MAX and _buttons().fullmatch(line) is not None


def _share_networks(line: str) -> bool:
    """A line of share buttons naming two or more networks (Facebook Twitter Email Print)."""
    return bool(_share_bar().fullmatch(line)) and len(_network().findall(line)) >= _NETWORKS_MIN


def share_button(line: str) -> bool:
    """A line naming one network (微信, Facebook), with a count at most: a share bar's button."""
    return bool(_share_bar().fullmatch(line)) and len(_network().findall(line)) == 1


def page_furniture(line: str) -> tuple[str, str] | None:
    """(detector name, evidence) when ``line`` is a line of buttons, of footer links, or a comment
    count heading."""
    if len(line) > _LINE_MAX:
        return None
    if line.rstrip(" :：>»更多").lower() in vocab.LIST_HEADINGS:
        return "related", "the heading of a link list"
    if _COMMENT_HEAD.fullmatch(line):
        return "comments", "a comment count heading"
    if buttons_line(line):
        return "share", "a line of the page's buttons"
    if _share_networks(line):
        return "share", "a line of share buttons naming networks"
    if _FILED.fullmatch(line):
        return "keyword_block", "a blog's filing line (posted in, tagged)"
    if footer_links(line):
        return "nav", "the footer's links"
    return None


def footer_links(line: str) -> bool:
    """Two or more of a footer's links joined by bars or dots (关于我们 | 联系我们 | 网站地图), linked or not."""
    items = [item for item in _LINK_SPLIT.split(line.lower()) if item]
    return len(items) >= 2 and all(item in vocab.FOOTER_LINKS for item in items)


def notice_date(line: str, above: str | None) -> bool:
    """Whether ``line`` is the date a notice is signed with: a date alone, no clock, right under a
    kept line naming its issuer (市教育局 / 2026年8月25日). An issuer whose last character was lost
    (市交通运输\ufffd) still counts: a one-character ending (局, 厅, 处) may be what stood there."""
    if above is None or len(above) > _ISSUER_MAX or _PUNCTUATION.search(above) or above[-1] in SENTENCE_END:
        return False
    return (above.endswith((*vocab.ISSUER_ENDINGS, "\ufffd")) and not _CLOCK.search(line)
            and date_in_text([line]) is not None)


def outlet_name(words: list[str]) -> bool:
    """A Latin outlet's name (Metro Daily News, The Valley Times): a few capitalised words, the
    last one a word outlets are named with."""
    return len(words) <= _OUTLET_WORDS_MAX and all(w[:1].isupper() for w in words) and (
        words[-1].lower() in vocab.OUTLET_WORDS)


def repeats_title(line: str, out: list[tuple[str, str | None, str]]) -> bool:
    """Whether ``line`` is the title line again (a farm pastes the headline into the body too; a
    page <title> with the site name above the headline is _title_below_page_title's)."""
    return any(rule == TITLE_RULE and kept == line for kept, rule, _ in out)


# A farm's line of its own addresses above the article (本站网址：www.x.com 备用网址：https://x.cc).
_ADDRESS = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?![a-z])", re.I)
_ADDRESSES = 2


def addresses_line(line: str) -> bool:
    """Two or more web addresses and no sentence besides them: the farm's addresses, not text."""
    return len(_ADDRESS.findall(line)) >= _ADDRESSES and not has_sentence_besides_addresses(line)
