"""The story box of a page whose comment thread outweighs its story.

Comment boxes count at a fifth of their value (blocks.score), but a thread of hundreds of replies
under a 1,000-character story (Slashdot, a forum, a blog's 300 comments) still outweighs it: the box
chosen is the thread, where every block is then dropped as comments, and the story is lost. The
story's box is then the best box once the thread's value is taken out of every box that holds it.
"""

from __future__ import annotations

from .blocks import best_box, is_comments
from .dom import Box


def story_box(boxes: list[Box], chosen: Box) -> Box | None:
    """The best box outside the comment thread that holds ``chosen``, or None when ``chosen`` lies in
    no thread (a box scored as boilerplate whose name says comments)."""
    if not _in_thread(chosen):
        return None
    worth = {box: box.value for box in boxes}
    for box in boxes:
        if box.parent is not None and _named_thread(box) and not _in_thread(box.parent):
            for holder in box.parent.ancestors():
                worth[holder] -= box.value
    return best_box([box for box in boxes if not _in_thread(box)], worth.__getitem__)


def _in_thread(box: Box) -> bool:
    return any(map(_named_thread, box.ancestors()))


def _named_thread(box: Box) -> bool:
    return box.neg and is_comments(box)
