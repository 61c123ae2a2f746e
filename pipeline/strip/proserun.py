"""The story as a run of sibling paragraphs inside a link-laden container.

A portal of 2005-2015 puts the story's <p> paragraphs straight into one table cell together with the
related links, a slide list and the front page's teasers. The links outweigh the story, so the cell
scores below zero and no box holds the story alone; a short legal notice or a data provider's notice in
a cell of its own (267 chars, hardly a link) then wins the page, or the longest single paragraph does.
A run of sibling prose paragraphs is a candidate of its own here, weighed against the box the scorer
chose: it replaces that box when it lies outside it (or the box is one of its paragraphs) and is worth
more. A notice (its words: 版权, 免责, 声明, 所有内容均由, 报价技术由) counts for half against it: what a
reader came for is not the page's fine print.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import vocab
from .dom import Block, Box
from .listing import footer_of
from .sentences import has_sentence

# A paragraph of the run: a <p> under this share of link text; it counts as prose with a sentence.
_LINK_SHARE = 0.2
# A run is this many prose paragraphs at least (one paragraph is the scorer's own candidate).
_PARAGRAPHS = 2
# A box whose text names this many notice words is a notice; it counts this much against a run.
_NOTICE_WORDS = 2
_NOTICE_FACTOR = 0.5


@dataclass(slots=True)
class _Run:
    container: Box
    first: int
    end: int
    value: float = 0.0  # (of its paragraphs to the last prose one; running: to the last one seen)
    running: float = 0.0
    prose: int = 0


def story_run(blocks: list[Block], region: Box | None) -> Box | None:
    """The region, or the best run of sibling prose paragraphs when that is worth more and lies outside
    it (as a box of the run's container narrowed to the run's blocks)."""
    if region is None:
        return region
    run = max((r for r in _runs(blocks) if footer_of(r.container) is None), key=lambda r: r.value, default=None)
    if run is None or (region.first <= run.first and run.end <= region.end):
        return region
    against = region.value * (_NOTICE_FACTOR if _is_notice(blocks, region) else 1.0)
    if run.value <= against:
        return region
    inside = blocks[run.first:run.end]
    return replace(run.container, first=run.first, end=run.end, raw=run.value, value=run.value,
                   chars=sum(len(b.text) for b in inside), link_chars=sum(b.link_chars for b in inside))


def _runs(blocks: list[Block]) -> list[_Run]:
    """The runs of two or more prose paragraphs, each <p> a child of one container trusted as no
    boilerplate. Between them may stand what the story holds besides (a subheading, a photo's caption, a
    line of text right in the container), nothing the site names as boilerplate or mostly links. A run
    opens and closes with a <p> of prose: a caption line under the story is the page's as often as the
    story's."""
    runs: list[_Run] = []
    run: _Run | None = None
    seen: Box | None = None  # (a <p> broken by <br> makes blocks of one box)
    counted: Box | None = None
    for at, block in enumerate(blocks):
        box = block.box
        few_links = not box.neg and block.link_chars <= _LINK_SHARE * len(block.text)
        if run is not None and not (few_links and run.container in (box, box.parent)):
            if run.prose >= _PARAGRAPHS:
                runs.append(run)
            run = None
        prose = few_links and box.tag == "p" and has_sentence(block.text)
        if run is None:
            if not prose or box.parent is None or box.parent.neg:
                continue
            run, seen, counted = _Run(box.parent, at, at), None, None
        if box is not seen and box is not run.container:
            seen = box
            run.running += max(box.value, 0.0)
        if prose:
            run.end, run.value = at + 1, run.running
            if box is not counted:
                counted = box
                run.prose += 1
    if run is not None and run.prose >= _PARAGRAPHS:
        runs.append(run)
    return runs


def _is_notice(blocks: list[Block], box: Box) -> bool:
    """Whether the box's text names notice words (a legal or data provider's notice)."""
    text = "".join(b.text for b in blocks[box.first:box.end])
    return sum(word in text for word in vocab.NOTICE_WORDS) >= _NOTICE_WORDS
