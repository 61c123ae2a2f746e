"""Where a page writes its author's name with no byline element around the name alone: after a user
icon in an info line (PbootCMS, Bootstrap themes: ``<i class="fa fa-user"></i> 罗敏 <i class="fa fa-eye">``),
or before the ``<time>`` of a byline box (``<div class="byline">佐藤健<time …>``). The candidates are
checked as names by the caller (:mod:`metadata`)."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import vocab
from .dom import normalize


def name_cues(tree: LexborHTMLParser) -> Iterator[tuple[LexborNode, str]]:
    """(the cue's element, the text beside it): what follows each user icon, what precedes each
    byline box's <time>."""
    for icon in tree.css(vocab.AUTHOR_ICONS):
        if not _in_link(icon) and (text := _beside(icon.next, forward=True)):
            yield icon, text
    for time in tree.css(vocab.BYLINE_TIMES):
        if text := _beside(time.prev, forward=False):
            yield time, text


def _beside(node: LexborNode | None, forward: bool) -> str:
    """The first text or element next to a cue (whitespace and no-break spaces skipped), as text."""
    while node is not None and node.tag == "-text" and not normalize(node.text_content or ""):
        node = node.next if forward else node.prev
    if node is None:
        return ""
    return normalize(node.text_content or "") if node.tag == "-text" else normalize(node.text(deep=True))


def _in_link(node: LexborNode) -> bool:
    """Whether the icon is a link's (a menu's account or directory link: <a><i class="fa fa-user"></i>…</a>)."""
    parent = node.parent
    return parent is not None and (parent.tag == "a" or (parent.parent is not None and parent.parent.tag == "a"))
