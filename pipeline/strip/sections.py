"""Section headings that are links: a listicle names each item in a heading linked to the thing itself
(<h3><a href="https://brand.example/">Brand</a></h3>, then a paragraph about it, or a directory's
address and opening-hours lines). The nav detector drops an all-link line as a menu; a heading element
over the article's own prose is the section's heading, not a menu entry.
"""

from __future__ import annotations

from .dom import Block
from .revisions import Verdict
from .sentences import has_sentence

_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# The lines under the heading are prose: this long together, a sentence, under this share of link text.
_PROSE_MIN = 80
_PROSE_LINKS = 0.3
# ... read from at most this many kept lines right under it.
_RUN_MAX = 4


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
