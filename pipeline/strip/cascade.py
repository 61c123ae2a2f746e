"""An unclosed-<div> cascade: an editor's paste or an old CMS opens a <div> every few paragraphs and never
closes it, so each div holds some paragraphs and then the next div, which holds the rest of the page.

best_box narrows from a box to a child holding nearly all of its value; down such a cascade every step
passes that test and the paragraphs each level holds itself are left behind, level after level (0.8^n),
until a few of the last paragraphs are the article (audit31, audit33). A step is no narrowing when it
would leave the box's own paragraphs behind and the child it goes to is the same shape again: its last
child holding the rest, after paragraphs of its own. A box whose own standfirst precedes one content box
is no cascade (that child holds no such step), and keeps being narrowed as before.
"""

from __future__ import annotations

from collections.abc import Callable

from .dom import Block, Box
from .sentences import has_sentence

# A paragraph of the box's own is prose: this long, with a sentence, under this share of link text.
_PROSE_MIN = 25
_LINK_SHARE = 0.2


def leaves_cascade(blocks: list[Block], children: dict[Box, list[Box]], box: Box, kid: Box,
                   value: Callable[[Box], float]) -> bool:
    """Whether narrowing from ``box`` to ``kid`` steps down a cascade (two steps of it at least)."""
    if not _step(blocks, children, box, kid):
        return False
    grandkids = children.get(kid)
    return grandkids is not None and _step(blocks, children, kid, max(grandkids, key=value))


def _step(blocks: list[Block], children: dict[Box, list[Box]], box: Box, kid: Box) -> bool:
    """``kid`` is the last of ``box``'s children with text and a box itself holding boxes (not a paragraph),
    and ``box`` holds prose of its own before it."""
    last = next((k for k in reversed(children.get(box, [])) if k.end > k.first), None)
    return (last is kid and kid in children
            and any(_own_prose(blocks[i], box) for i in range(box.first, kid.first)))


def _own_prose(block: Block, box: Box) -> bool:
    own = block.box is box or (block.box.parent is box and block.box.tag == "p")
    text = block.text
    return (own and not block.box.neg and len(text) >= _PROSE_MIN and block.link_chars < _LINK_SHARE * len(text)
            and has_sentence(text))
