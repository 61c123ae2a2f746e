"""Section headings that are links: a listicle names each item in a heading linked to the thing itself
(<h3><a href="https://brand.example/">Brand</a></h3>, then a paragraph about it, or a directory's
address and opening-hours lines). The nav detector drops an all-link line as a menu; a heading element
over the article's own prose is the section's heading, not a menu entry. So is a linked item of a list
whose other items are the article's own text (a checklist naming one product with a link).
"""

from __future__ import annotations

from .dom import Block, Box
from .revisions import Verdict
from .sentences import has_sentence

_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# The lines under the heading are prose: this long together, a sentence, under this share of link text.
_PROSE_MIN = 80
_PROSE_LINKS = 0.3
# ... read from at most this many kept lines right under it.
_RUN_MAX = 4
_LISTS = frozenset({"ul", "ol"})
# A list keeps its linked items when it keeps more items than that, and at least this many.
_KEPT_ITEMS = 2


def keep_linked_headings(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Keep a heading of the article box that the nav detector dropped for its link text when the kept
    lines right under it, in the heading's own section (its parent box), are prose: a heading over a
    list of links stays dropped, and so does a teaser's headline set into the story between two of its
    paragraphs."""
    for i in inside:
        verdict = verdicts[i]
        box = blocks[i].box
        if verdict is None or verdict[0] != "heuristic:nav" or verdict[2] or box.tag not in _HEADING_TAGS:
            continue
        section = box.parent
        end = min(section.end, inside.stop, i + 1 + _RUN_MAX) if section is not None else i + 1
        run: list[Block] = []
        for block, later in zip(blocks[i + 1:end], verdicts[i + 1:end], strict=True):
            if later is not None or block.box is box or block.box.tag in _HEADING_TAGS:
                break
            run.append(block)
        chars = sum(len(block.text) for block in run)
        if (chars >= _PROSE_MIN and sum(block.link_chars for block in run) < _PROSE_LINKS * chars
                and any(has_sentence(block.text) for block in run)):
            verdicts[i] = None


def keep_linked_items(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Keep the items of a list in the article box that the nav detector dropped for their link text
    when the list's kept items outnumber them (two at least) and are the article's own text, not links
    themselves: a menu keeps no item, and a list of stories whose links only begin its lines keeps
    links."""
    lists: dict[Box, list[int]] = {}
    for i in inside:
        item = blocks[i].box
        if item.tag == "li" and item.parent is not None and item.parent.tag in _LISTS:
            lists.setdefault(item.parent, []).append(i)
    for at in lists.values():
        linked = [i for i in at if (v := verdicts[i]) is not None and v[0] == "heuristic:nav" and not v[2]]
        kept = [blocks[i] for i in at if verdicts[i] is None]
        if (linked and len(kept) >= max(_KEPT_ITEMS, len(linked) + 1)
                and sum(b.link_chars for b in kept) < _PROSE_LINKS * sum(len(b.text) for b in kept)):
            for i in linked:
                verdicts[i] = None
