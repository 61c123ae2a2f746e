"""A metadata field's end where its element ends. WeChat (and the pages copied from it) writes the author,
来源 and the account's name in sibling spans on separate source lines; a line break between two Chinese
characters collapses to nothing, as browsers render it, so the joined line reads 来源：经济日报今日看点. The
body's text is joined that way on purpose (a paragraph wrapped in the source); only the field is cut, at
the boundary of the element that holds its label."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import vocab
from .dom import normalize

# An element whose own text is a source label with its value: <span>来源：经济日报</span>.
_LABELLED = re.compile(r"(?:来源|來源)\s*[:：]\s*(\S.*)")
# Levels climbed from the label's element to find the element after it (<span><em>来源：X</em></span>).
_CLIMB = 3


def element_bounded(publisher: str | None, tree: LexborHTMLParser) -> str | None:
    """``publisher`` cut where the element labelling it ends (<span>来源：经济日报</span> then
    <span>今日看点</span>), when what the cut leaves is the text the next element opens with."""
    if not publisher or publisher.isascii() or tree.root is None:
        return publisher
    for node in tree.root.css('*:lexbor-contains("来源"), *:lexbor-contains("來源")'):
        m = _LABELLED.fullmatch(normalize(node.text(deep=True)))
        value = m.group(1) if m else ""
        if value and len(publisher) > len(value) and publisher.startswith(value) and (
                _text_after(node).startswith(publisher[len(value):])):
            return value
    return publisher


def _text_after(node: LexborNode) -> str:
    """The text the page shows right after ``node``: its next sibling's with any text, else its parent's."""
    for _ in range(_CLIMB):
        sibling = node.next
        while sibling is not None:
            if text := normalize(sibling.text(deep=True)):
                return text
            sibling = sibling.next
        if node.parent is None:
            break
        node = node.parent
    return ""


# A portal's source element beside the date (Sina's <a class="source">经济日报</a>, an app's <span class="src">):
# a class word "source" or "src"; an author element holding an outlet's name (QQ's <a class="author">江城日报</a>)
# names the publisher too.
_SOURCE_ELEMENT = ('[class~="source"], [class$="-source"], [class*="-source "], [class^="source-"], [id$="source"], '
                   '[class~="src"], [class~="author"]')
_OUTLET = re.compile(r"[\u4e00-\u9fff]{1,10}(?:" + "|".join(vocab.CN_OUTLET_ENDINGS) + ")")


def source_element(tree: LexborHTMLParser) -> str | None:
    """The outlet the page's first source element names alone, unlabelled: the publisher a portal shows
    beside the date (or alone when it gives no date), where no line of the page names one."""
    node = tree.css_first(_SOURCE_ELEMENT)
    text = normalize(node.text(deep=True)) if node is not None else ""
    return text if _OUTLET.fullmatch(text) else None
