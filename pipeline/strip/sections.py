"""Section headings that are links: a listicle names each item in a heading linked to the thing itself
(<h3><a href="https://brand.example/">Brand</a></h3>, then a paragraph about it). The nav detector
drops an all-link line as a menu; a heading element over a paragraph of the article's own prose is
the section's heading, not a menu entry.
"""

from __future__ import annotations

from .dom import Block
from .revisions import Verdict
from .sentences import has_sentence

_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# The paragraph under the heading is prose: this long, a sentence, under this share of link text.
_PROSE_MIN = 80
_PROSE_LINKS = 0.3


def keep_linked_headings(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Keep a heading of the article box that the nav detector dropped for its link text when the next
    block is kept prose in the heading's own section (its parent box): a heading over a list of links
    stays dropped, and so does a teaser's headline set into the story between two of its paragraphs."""
    for i in inside:
        verdict = verdicts[i]
        if verdict is None or verdict[0] != "heuristic:nav" or verdict[2] or blocks[i].box.tag not in _HEADING_TAGS:
            continue
        after = i + 1
        if after not in inside or verdicts[after] is not None:
            continue
        prose, section = blocks[after], blocks[i].box.parent
        if (section is not None and after < section.end and prose.box is not blocks[i].box
                and len(prose.text) >= _PROSE_MIN and prose.link_density < _PROSE_LINKS and has_sentence(prose.text)):
            verdicts[i] = None
