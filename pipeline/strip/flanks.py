"""The article's own paragraphs beside the box best_box would narrow to.

best_box narrows from a box to a child holding nearly all of its value, to leave a teaser sidebar or a
one-line reply out. A page that splits its body across sibling boxes (an intro paragraph above a
list's box, a theme's "key takeaways" box, a closing paragraph below it) puts a fifth of the article's
value beside that child, and narrowing drops it. A step is no narrowing when prose the scorer trusts
(no boilerplate name, a sentence, a paragraph's length) sits right above the child: a sidebar is link
lists and short labels at the column's edge, or named as boilerplate, and what follows an article
(an author's bio, a promotion) is prose more often than what precedes it.
Only a <p> counts: a summary box's key points (<li>) or a teaser's excerpt (<div>) above the story's
box are the site's, and the benchmarks' truths leave them out.
"""

from __future__ import annotations

from .dom import Block, Box
from .sentences import has_sentence

# Blocks shorter than this (a heading, a caption, a date) are passed over when looking for the edge's prose.
_SHORT = 40
# The edge is this many blocks of _SHORT chars or more above the child, among its _EDGE_SCAN blocks above.
_EDGE_BLOCKS = 2
_EDGE_SCAN = 6
# A paragraph of prose: a <p> this long, with a sentence, under this share of link text.
_PROSE_MIN = 150
_LINK_SHARE = 0.2


def prose_beside(blocks: list[Block], box: Box, kid: Box) -> bool:
    """Whether ``box`` holds a paragraph of prose right above its child ``kid``, outside it."""
    return _edge_prose(blocks, range(kid.first - 1, max(box.first, kid.first - _EDGE_SCAN) - 1, -1))


def _edge_prose(blocks: list[Block], side: range) -> bool:
    """A paragraph's length of prose at the edge: one <p> among its first _EDGE_BLOCKS blocks, or a run of
    shorter ones right at it, nothing else between (a news story written in paragraphs of a sentence or
    two), that together hold as much."""
    seen = run = 0
    at_edge = True  # (only prose paragraphs so far)
    for i in side:
        block = blocks[i]
        text = block.text
        if len(text) < _SHORT:
            continue
        prose = (block.box.tag == "p" and not block.box.neg
                 and block.link_chars < _LINK_SHARE * len(text) and has_sentence(text))
        if prose and len(text) >= _PROSE_MIN:
            return True
        at_edge = at_edge and prose
        if at_edge and (run := run + len(text)) >= _PROSE_MIN:
            return True
        seen += 1
        if seen >= _EDGE_BLOCKS and not at_edge:
            return False
    return False
