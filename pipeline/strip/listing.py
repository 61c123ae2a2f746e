"""Pages that hold no article: a list of teasers (a section, tag, search-result or author-archive
page), a "page not found" page, or a page whose best box is its footer. The user expects no record
text from them (the record is ``dropped``), never a footer or one teaser picked as the article."""

from __future__ import annotations

import re
from collections import Counter

from . import vocab
from .blocks import best_box
from .dom import Block, Box

# A not-found page says so in its headline or <title> and holds little else of its own.
_NOT_FOUND = re.compile("|".join(vocab.NOT_FOUND), re.I)
_NOT_FOUND_KEPT = 400
# A box named so is the page's footer (not "bottom": an article's lower half is named so too).
# (the <body> of a theme is named after its footer widgets too; a footer is small)
_PAGE_TAGS = frozenset({"body", "html"})
_FOOTER_MAX = 1500
_FOOTER_NAME = re.compile(r"(?:^|[\s_-])(?:footer|foot|copyright)(?:$|[\s_-])")
# A sentence of prose (a story's one-sentence page), not a link's label: it ends in a full stop
# (or a closing quote after one) and is mostly not link text.
_SENTENCE = re.compile(r"\w.{8,}[。！？.!?][”’\"']?$")
_PROSE_LINKS = 0.3
# A box most of whose text is teaser cards is a list; what else it holds is its heading and pager...
_LIST_SHARE = 0.6
# ... when the detectors dropped the cards, leaving at most this share (a listicle whose items are
# linked headings keeps them all: an article).
_LEFT_SHARE = 0.3
_LEFT_MAX = 300
_HEADLINE_LINKS = 0.5
# A card is at most this long (blocks.mark_teasers' limit).
_CARD_MAX = 600


def no_article(blocks: list[Block], boxes: list[Box], region: Box | None, titles: list[str],
               kept_chars: int) -> str | None:
    """Why the page holds no article (the evidence), or None. ``titles``: the headline chosen and
    the page's <title>; ``kept_chars``: what the detectors kept of the article box."""
    if kept_chars < _NOT_FOUND_KEPT and (said := next(
            (m[0] for t in titles if t and (m := _NOT_FOUND.search(t))), None)):
        return f"a not-found page: its title says {said!r}"
    if region is None:
        return None
    if (foot := footer_of(region)) is not None:
        return f"the best box is in the page's footer <{foot.tag} {foot.names[:30]}>"
    if (card := _card_of(blocks, boxes, region)) is not None:
        return f"the best box is one card of a teaser list <{card.tag} {card.names[:30]}>"
    inside = sum(box.chars for box in boxes if box.teaser and _outermost_card(box, region))
    left = min(_LEFT_SHARE * region.chars, _LEFT_MAX)
    if region.chars and inside >= _LIST_SHARE * region.chars and kept_chars < left:
        return f"teaser cards hold {inside} of the {region.chars} chars of the best box"
    return None


def footer_of(box: Box) -> Box | None:
    """The page footer ``box`` lies in (or is), or None."""
    return next((at for at in box.ancestors() if at.chars <= _FOOTER_MAX and at.tag not in _PAGE_TAGS
                 and (at.tag == "footer" or _FOOTER_NAME.search(at.names))), None)


def best_outside_footer(boxes: list[Box], blocks: list[Block]) -> Box | None:
    """The best box, or when that lies in the page's footer, the best box outside it: the last page
    of a paged story may hold one sentence, which a footer's disclaimer of the same length outweighs.
    None outside the footer (a page of footer alone) leaves the footer's box for no_article."""
    best = best_box(boxes, blocks=blocks)
    if best is None or footer_of(best) is None:
        return best
    other = best_box(boxes, lambda box: 0.0 if footer_of(box) else box.value, blocks)
    if other is None or not any(_SENTENCE.search(block.text) and block.link_density < _PROSE_LINKS
                                for block in blocks[other.first:other.end] if footer_of(block.box) is None):
        return best
    return other


def _card_of(blocks: list[Block], boxes: list[Box], region: Box) -> Box | None:
    """The region, or its ancestor, when it is a teaser card or a card-sized sibling of two or more
    teaser cards of its tag, led by a linked headline as they are."""
    cards = Counter((b.parent, b.tag) for b in boxes if b.teaser)
    box: Box | None = region
    while box is not None and box.parent is not None:
        if box.teaser:
            return box
        parent = box.parent
        if cards[(parent, box.tag)] >= 2 and box.chars <= _CARD_MAX and any(
                b.link_density >= _HEADLINE_LINKS for b in blocks[box.first:region.first]):
            return box
        box = parent
    return None


def _outermost_card(card: Box, outer: Box) -> bool:
    """Whether ``card`` lies inside ``outer`` with no teaser card around it (counted once)."""
    at = card.parent
    while at is not None:
        if at is outer:
            return True
        if at.teaser:
            return False
        at = at.parent
    return card is outer
