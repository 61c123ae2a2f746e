"""A colon ending a list's lead-in (安排如下:), folded to ASCII by a repost on a page that writes its own
full-width marks elsewhere (a disclaimer, comments), so the page is not folded wholesale. A label colon
ending a line (来源:</span>) is the page's own; a Chinese sentence ending in 如下, 以下 or 下列 introduces
the list or table under it, and Chinese writers close it with a full-width colon."""

from __future__ import annotations

import re

from .common import HAN, han_count

# The words that announce what follows (时间安排如下, 分别为, 主要包括), Han before them: a sentence.
_LEAD_IN = re.compile(f"[{HAN}](?:如下|以下|下列|如次|分[别別][为是為]|主要(?:包括|有)|具[体體][为是為])$")
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
    and holds Chinese only."""
    line = _MARKUP.sub("", raw).strip()
    bare = _MARKUP.sub("", ELEMENT.sub("", raw)).strip() if "<" in raw else line
    return (_LEAD_IN.search(line) is not None or _LEAD_IN.search(bare) is not None) and (
        han_count(line) >= _MIN_HAN and not any(char.isascii() and char.isalpha() for char in line))
