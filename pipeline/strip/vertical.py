"""A box's label written downwards, one character a line (<td><b>今<br>日<br>推<br>荐</b></td> before a
box of teaser links, as old portals set it): the lines are one label, never the article's text. A diagram's
boxes labelled downwards (a flow chart drawn in a table: 环<br>境<br>的<br>带<br>领 beside 肢<br>体…) are the
article's: only a label with links right after it goes."""

from __future__ import annotations

from .dom import Block
from .revisions import Verdict

RULE = "heuristic:vertical_label"
# The fewest one-character lines that make a label (两<br>会 could be a poem's two lines; three make a word
# no prose writes one character a line).
_MIN_LINES = 3
# The share of link text that makes the block after the label a teaser box's.
_LINKS = 0.5


def _ideograph(text: str) -> bool:
    return len(text) == 1 and "\u3400" <= text <= "\u9fff"


def _links_after(blocks: list[Block], last: int) -> bool:
    """The block after the label is mostly link text (the teasers the label heads)."""
    return last + 1 < len(blocks) and blocks[last + 1].link_density >= _LINKS


def drop_vertical_label(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """Drop each run of three or more kept lines of one ideograph each, in one box, with links after it."""
    run: list[int] = []
    for i in range(len(blocks) + 1):
        one = i < len(blocks) and verdicts[i] is None and _ideograph(blocks[i].text.strip())
        if one and (not run or blocks[run[-1]].box is blocks[i].box):
            run.append(i)
            continue
        if len(run) >= _MIN_LINES and _links_after(blocks, run[-1]):
            label = "".join(blocks[j].text.strip() for j in run)
            for j in run:
                verdicts[j] = (RULE, f"a label written one character a line: {label}", True)
        run = [i] if one else []
