"""Scoring: which box holds the article.

Each block gets a value: its text, minus its link text (twice: a link is a vote *against* being
article text), discounted when it has no sentence punctuation (menus, labels) and when it sits in
a box whose class or id says boilerplate. A box's value is the sum over the blocks inside it, and
the article is the box with the greatest value: big enough to hold all the paragraphs, small
enough to leave the menus, link lists and footers outside. Boilerplate that sits *inside* that box
is the named detectors' job.
"""

from __future__ import annotations

from .dom import Block, Box
from .heuristics import has_sentence, punct_count

# Class/id words that name the kind of boilerplate a box holds, for the change log.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("caption", ("caption", "figcaption", "img-desc", "pic-desc", "photo-desc", "imgtxt", "credit")),
    ("comments", ("comment", "pinglun", "reply", "disqus", "discuss")),
    ("share", ("share", "social", "fenxiang", "weixin", "qrcode", "erweima", "follow")),
    ("related", ("related", "relate", "recommend", "xiangguan", "tuijian", "read-more", "more-", "also",
                 "trending", "popular", "hot", "rank", "outbrain", "taboola")),
    ("breadcrumb", ("breadcrumb", "crumb")),
    ("pagination", ("pagination", "pager", "fenye", "page-nav")),
    ("copyright_footer", ("copyright", "footer", "foot", "bottom", "statement", "shengming", "disclaimer")),
    ("byline_editor", ("byline", "author", "editor", "meta", "dateline")),
    ("nav", ("nav", "menu", "header", "topbar", "masthead", "toolbar", "sidebar", "side-", "aside",
             "widget", "links", "friend", "tags", "tag-", "keyword", "skip")),
)
_TAG_KINDS = {"nav": "nav", "footer": "copyright_footer", "aside": "related", "figcaption": "caption",
              "header": "nav", "menu": "nav"}
_NEG_FACTOR = 0.2
_SHORT = 40


def block_value(block: Block) -> float:
    text = block.text
    n = len(text)
    value = n - 2 * block.link_chars
    if value > 0 and n < _SHORT * 4 and not has_sentence(text) and punct_count(text) < 2:
        value *= 0.3
    return value


def score(blocks: list[Block], boxes: list[Box]) -> None:
    """Give every box the value, chars and link chars of the blocks inside it."""
    for block in blocks:
        box = block.box
        value = block_value(block)
        if value > 0 and box.neg:
            value *= _NEG_FACTOR
        box.value += value
        box.chars += len(block.text)
        box.link_chars += block.link_chars
    for box in reversed(boxes):  # children come after their parents in creation order
        if box.parent is not None:
            box.parent.value += box.value
            box.parent.chars += box.chars
            box.parent.link_chars += box.link_chars


def best_box(boxes: list[Box]) -> Box | None:
    """The box with the greatest value; among equals the deepest (it comes later)."""
    best: Box | None = None
    for box in boxes:
        if box.value > 0 and (best is None or box.value >= best.value):
            if best is not None and box.value == best.value and not _inside(box, best):
                continue
            best = box
    return best


def _inside(box: Box, outer: Box) -> bool:
    return any(b is outer for b in box.ancestors())


def kind_within(box: Box, root: Box) -> tuple[str, str] | None:
    """The boilerplate kind of the nearest box between ``box`` and ``root`` that names one."""
    for b in box.ancestors():
        if b is root:
            return None
        if b.tag in _TAG_KINDS:
            return _TAG_KINDS[b.tag], f"<{b.tag}>"
        if b.weight < 0:
            for kind, words in KIND_WORDS:
                if any(w in b.names for w in words):
                    return kind, f'class/id "{b.names[:40]}"'
            return "boilerplate_class", f'class/id "{b.names[:40]}"'
    return None


def in_region(block: Block, root: Box) -> bool:
    return _inside(block.box, root)
