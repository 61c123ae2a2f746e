"""Teaser cards: the boxes of a list of links to other stories (a related list, a sidebar's hot list, a
section page's cards), found from their all-link headlines (see :func:`mark_teasers`)."""

from __future__ import annotations

from .dom import Block, Box
from .listicles import listicle_items
from .patterns import starts

# Teaser cards: at least _CARDS_MIN siblings, each at most _CARD_MAX chars with an all-link headline.
_CARDS_MIN = 3
_CARD_MAX = 600
_CARD_DEPTH = 4
_HEADLINE_MIN = 10
_HEADLINE_LINKS = 0.8
# (a list is never one card: a teaser list's cards are its items; a <ul> holding a linked line among its
# items is a checklist's section)
_NOT_CARDS = frozenset({"p", "tr", "td", "th", "tbody", "thead", "h2", "h3", "h4", "dd", "dt", "ul", "ol"})


def mark_teasers(blocks: list[Block], boxes: list[Box], site: str | None = None) -> None:
    """Mark the boxes that are cards of a teaser list: three or more siblings of one kind (same tag
    and class), each short and led by a headline that is all link. Article paragraphs repeat too,
    but are not all-link headlines followed by a blurb. Cards whose links lead off the page's
    ``site`` under a paragraph each are a listicle's items, not teasers (see listicles).

    Candidates come from the all-link headlines alone (few); only their groups are measured."""
    # The boxes at most _CARD_DEPTH levels above an all-link headline, each with the levels left to
    # climb from it: headlines of one list share their ancestors, which are climbed once.
    headed: dict[Box, int] = {}  # boxes are hashed by identity
    for block in blocks:
        size = len(block.text)
        # (a row of share links closing a live blog's entry heads no card)
        if size >= _HEADLINE_MIN and block.link_chars / size >= _HEADLINE_LINKS and not starts(block.text, "share"):
            box: Box | None = block.box
            left = _CARD_DEPTH
            while box is not None and left >= 0 and headed.get(box, -1) < left:
                headed[box] = left
                box = box.parent
                left -= 1
    by_place: dict[tuple[Box, str], list[Box]] = {}
    for card in headed:
        if card.parent is not None and card.tag not in _NOT_CARDS:
            by_place.setdefault((card.parent, card.tag), []).append(card)
    groups: dict[tuple[Box, str, str], list[Box]] = {}
    for key, cands in by_place.items():
        if len(cands) >= _CARDS_MIN:
            for card in cands:
                groups.setdefault((*key, card.names), []).append(card)
    groups = {key: cards for key, cards in groups.items() if len(cards) >= _CARDS_MIN}
    if not groups:
        return
    siblings = dict.fromkeys(((parent, tag) for parent, tag, _ in groups), 0)
    parents = {parent for parent, _ in siblings}
    for sibling in boxes:
        if sibling.parent in parents and (place := (sibling.parent, sibling.tag)) in siblings:
            siblings[place] += 1
    marked: set[tuple[Box, str, str]] = set()
    for (parent, tag, names), group in groups.items():
        cards = [card for card in group if 0 < _card_chars(blocks, card) <= _CARD_MAX]
        if len(cards) >= _CARDS_MIN and len(cards) >= 0.6 * siblings[(parent, tag)] and not listicle_items(
                blocks, cards, site):
            for card in cards:
                card.teaser = True
            marked.add((parent, tag, names))
    _mark_short_headlines(blocks, boxes, marked)


def _mark_short_headlines(blocks: list[Block], boxes: list[Box], lists: set[tuple[Box, str, str]]) -> None:
    """A link list's item whose headline is too short to count as one (<li>重磅！退休金又涨了) is a card
    too when it is a link like its siblings: an <li> of the same class as the list's cards. (Not other
    tags: a listicle's short linked heading, <h5><a>2. AMAN</a></h5>, is the story's.)"""
    parents = {parent for parent, tag, _ in lists if tag == "li"}
    for box in boxes:
        if not box.teaser and box.parent in parents and box.tag == "li" and (box.parent, "li", box.names) in lists:
            inside = blocks[box.first:box.end]
            chars = sum(len(block.text) for block in inside)
            if 0 < chars <= _CARD_MAX and sum(block.link_chars for block in inside) >= _HEADLINE_LINKS * chars:
                box.teaser = True


def _card_chars(blocks: list[Block], box: Box) -> int:
    """Chars of the blocks at most _CARD_DEPTH levels inside ``box`` (counting stops past _CARD_MAX)."""
    chars = 0
    for block in blocks[box.first:box.end]:
        if block.box.depth - box.depth <= _CARD_DEPTH:
            chars += len(block.text)
            if chars > _CARD_MAX:
                break
    return chars
