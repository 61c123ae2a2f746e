"""A colon ending a list's lead-in (安排如下:), folded to ASCII by a repost on a page that writes its own
full-width marks elsewhere (a disclaimer, comments), so the page is not folded wholesale. A label colon
ending a line (来源:</span>) is the page's own; a Chinese sentence ending in 如下, 以下 or 下列 introduces
the list or table under it, and Chinese writers close it with a full-width colon. The label colons of the
items of a list under a folded lead-in (<li>网上报名:7月1日) were folded with it: the list is the article's,
whose marks the repost folded, the lead-in's colon among them; so were the brackets of a table's cells
(<td>均价(元/公斤)</td>). A list under a lead-in written full-width keeps them."""

from __future__ import annotations

import re

from .common import HAN, han_count

# The words that announce what follows (时间安排如下, 分别为, 主要包括), Han before them: a sentence; 如下 or 以下
# with its first character lost to a replacement (前三锟斤拷下: the bytes of 名如 lost) still is one.
_LEAD_IN = re.compile(
    f"[{HAN}](?:如下|以下|下列|如次|分[别別][为是為]|主要(?:包括|有)|具[体體][为是為]|(?:[锟錕]斤拷|\ufffd)下)$")
# A lead-in's colon is restored on a page with this many folded commas (one is too little: a slip).
MIN_LEAD_IN_FOLDS = 2
# A lead-in line holds this many Han characters at least (tags and an indent aside): 价格如下, not 如下.
_MIN_HAN = 6
# An inline element with what it holds: a farm's anti-copy noise (如<font class="x9">云端资讯</font>下:), hidden
# by the page's CSS, is not what a bracket or a lead-in holds as read.
INLINE = r"<(?P<tag>span|font|i|b|em|strong|u|s|small)\b[^<>\r\n]{0,120}>[^<>\r\n]{0,40}</(?P=tag)>"
ELEMENT = re.compile(INLINE, re.I)
# Markup and references (&emsp; indents): no letters of the line's text.
_MARKUP = re.compile("<[^<>]*>|&#?[0-9A-Za-z]{1,10};")
# The list or table right under a lead-in's line (如下:</p>\n<ul><li>…</ul>): its first tag after the lead-in's
# closing tags, the lines opening with such tags, its closing tag; and the label colon of an item of it before
# a digit (<li>网上报名:7月1日) or the bracket of a cell's unit after Han (<td>均价(元/公斤)</td>).
_LIST_TAGS = "ul|ol|li|table|tbody|thead|tr|td|th"
_LIST_START = re.compile(f"(?:\\s*</[a-z]+>)*\\s*<(?:{_LIST_TAGS})\\b", re.I)
_LIST_LINE = re.compile(f"[ \\t]*</?(?:{_LIST_TAGS})\\b[^\\n]*", re.I)
_LIST_END = re.compile("</(?:ul|ol|table)>", re.I)
_ITEM_LABEL = re.compile(
    f"<li\\b[^<>]*>\\s*[{HAN}]{{2,8}}(:)(?=[0-9])|<t[dh]\\b[^<>]*>[{HAN}]{{1,8}}(\\()[^()<>A-Za-z]{{1,12}}\\)<", re.I)
# What ends a line of prose: a line break, the end, or a tag (来源:</span>), spaces before it (如下:\u3000</p>).
LINE_END = re.compile(r"[^\S\r\n]*(?:[\r\n]|$|<)")


def ends_lead_in(text: str, colon: int) -> bool:
    """The ASCII colon at ``colon`` ends its line and closes a Chinese lead-in: the line's text before it
    (with or without its inline elements' text) ends with a lead-in word after Han and holds Chinese only
    (no Latin letter: never ASCII text or code)."""
    if LINE_END.match(text, colon + 1) is None:
        return False
    return closes_lead_in(text[text.rfind("\n", 0, colon) + 1 : colon])


def closes_lead_in(raw: str) -> bool:
    """``raw``, a line's text before its closing colon (markup and all), ends with a lead-in word after Han
    and holds Chinese only, read with or without its inline elements' text (a farm's noise: 金牌<font
    class="x">uvxn9</font>榜前三名如下)."""
    line = _MARKUP.sub("", raw).strip()
    bare = _MARKUP.sub("", ELEMENT.sub("", raw)).strip() if "<" in raw else line
    return any(_LEAD_IN.search(words) is not None and han_count(words) >= _MIN_HAN
               and not any(char.isascii() and char.isalpha() for char in words) for words in (line, bare))


def folded_with_lead_ins(text: str, marks: list[re.Match[str]], folds: int) -> set[int]:
    """On a page with ``folds`` folded commas (MIN_LEAD_IN_FOLDS or more), the positions of the ASCII colons
    among ``marks`` closing a Chinese lead-in, and of the label colons of the list each of those introduces
    (<li>网上报名:7月1日) or the brackets of its table's cells (<td>均价(元/公斤)</td>): written with the lead-in's
    colon, folded with it."""
    if folds < MIN_LEAD_IN_FOLDS:
        return set()
    closing = [m.start() for m in marks if m[0] == ":" and ends_lead_in(text, m.start())]
    spans = [span for colon in closing if (span := _list_under(text, colon))]
    items = [item for span in spans for item in _ITEM_LABEL.finditer(text, *span)]
    return {*closing, *(item.start(item.lastindex or 0) for item in items)}


def _list_under(text: str, colon: int) -> tuple[int, int] | None:
    """The span of the list or table right under the lead-in closed at ``colon``, from its first tag to its
    closing tag or, on the repair's text view (whose stretches leave long runs of markup out), to the end of
    the last line opening with a list's or table's tag."""
    start = _LIST_START.match(text, colon + 1)
    if start is None:
        return None
    end = text.find("\n", start.end())
    end = len(text) if end < 0 else end
    while end < len(text) and (line := _LIST_LINE.match(text, end + 1)):
        end = line.end()
    closed = _LIST_END.search(text, start.start(), end)
    return start.start(), closed.start() if closed else end
