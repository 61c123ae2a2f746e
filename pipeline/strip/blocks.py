"""Scoring: which box holds the article.

Each block gets a value: its text, minus its link text (twice: a link is a vote *against* being
article text), discounted when it has no sentence punctuation (menus, labels) and when it sits in
a box whose class or id says boilerplate. A box's value is the sum over the blocks inside it, and
the article is the box with the greatest value: big enough to hold all the paragraphs, small
enough to leave the menus, link lists and footers outside. Boilerplate that sits *inside* that box
is the named detectors' job.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from operator import attrgetter

from . import vocab
from .cascade import leaves_cascade
from .classnames import firmly_negative
from .dom import Block, Box
from .flanks import prose_beside
from .foreign import discount_foreign
from .kinds import weakly_named
from .metaline import meta_line
from .sentences import Context, has_sentence, punct_count
from .tags import NEG_TAGS
from .teasers import mark_teasers

_NEG_FACTOR = 0.2
_MISNAMED_SHARE = 0.4
# ... and so are boxes of one class that hold it together, under this share of link text, sections of
# this many chars on average (a sidebar's modules are a few lines each).
_SECTION_LINKS = 0.1
_SECTION_CHARS = 300
_NARROW_SHARE = 0.8
# ... unless it holds less than this share and the box holds prose right above it (see flanks).
_FLANKED_SHARE = 0.9
# Blocks soon after the headline are where articles start: their value counts this much more.
_AFTER_TITLE_BOOST = 1.5
_AFTER_TITLE_BLOCKS = 60
_COMMENT_WORDS = dict(vocab.BOILERPLATE_KINDS)["comments"]
_SHORT = 40


def block_value(block: Block) -> float:
    text = block.text
    n = len(text)
    value = float(n - 2 * block.link_chars)
    if value > 0 and n < _SHORT * 4 and not has_sentence(text) and punct_count(text) < 2:
        value *= 0.3
    return value


def score(blocks: list[Block], boxes: list[Box], title_index: int | None = None, site: str | None = None) -> None:
    """Give every box the value, chars and link chars of the blocks inside it (``site``: the page's,
    see mark_teasers).

    A box named as boilerplate that holds a large share of the page's article-like text is
    misnamed (a theme's "side-of-rail" column holding the story): its name is not trusted.
    Comment sections are the exception; long threads really do outweigh short posts.
    """
    values = [block_value(block) for block in blocks]
    if title_index is not None:
        for i in range(title_index + 1, min(len(values), title_index + 1 + _AFTER_TITLE_BLOCKS)):
            if values[i] > 0:
                values[i] *= _AFTER_TITLE_BOOST
        discount_foreign(blocks, values, title_index)
    for block, value in zip(blocks, values, strict=True):
        box = block.box
        if value > 0:
            box.raw += value
        box.chars += len(block.text)
        box.link_chars += block.link_chars
    # Boxes without text are left out (a fifth of them): nothing inside to add up, and nothing
    # reads their name. The parent of a box with text has text. (One pass for the three sums.)
    scored = [box for box in boxes if box.end > box.first]
    for box in reversed(scored):  # children come after their parents in creation order
        if (parent := box.parent) is not None:
            parent.raw += box.raw
            parent.chars += box.chars
            parent.link_chars += box.link_chars
    total = boxes[0].raw if boxes else 0.0
    mark_teasers(blocks, boxes, site)
    misnamed = _MISNAMED_SHARE * total
    # (a second pass only on the rare page whose boxes of one boilerplate class are misnamed together)
    if shared := _misnamed_together(_mark_neg(scored, misnamed, set()), misnamed):
        _mark_neg(scored, misnamed, shared)
    for block, value in zip(blocks, values, strict=True):
        block.box.value += value * _NEG_FACTOR if value > 0 and block.box.neg else value
    for box in reversed(scored):
        if (parent := box.parent) is not None:
            parent.value += box.value


def _mark_neg(scored: list[Box], misnamed: float, shared: set[str]) -> dict[str, list[float]]:
    """Set each box's neg (see score; ``shared``: the classes _misnamed_together distrusts) and return,
    by class, the raw value, count, chars and link chars of the boxes that a firmly negative class
    made boilerplate."""
    held: dict[str, list[float]] = {}
    for box in scored:
        inherited = (parent := box.parent) is not None and parent.neg
        # Inside boilerplate and too small to be misnamed: it is boilerplate whatever its name says
        # (read later only if the article box holds it).
        if inherited and box.raw < misnamed:
            box.neg = True
            continue
        # (a weak name on prose is a page builder's: the detectors keep it inside the article box,
        # so it counts toward choosing that box too; see kinds.weakly_named)
        named = box.weight < 0 and not weakly_named(box)
        if named and box.raw > 0 and firmly_negative(box.names):
            sums = held.setdefault(_class_of(box), [0.0, 0, 0, 0])
            sums[0] += box.raw
            sums[1] += 1
            sums[2] += box.chars
            sums[3] += box.link_chars
        own = box.tag in NEG_TAGS or box.teaser or named
        if own and (box.raw >= misnamed or (named and _class_of(box) in shared)) and not is_comments(box):
            box.weight, own = 0, False
        box.neg = own or inherited
    return held


def _misnamed_together(held: dict[str, list[float]], misnamed: float) -> set[str]:
    """The boilerplate classes (of ``held``, see _mark_neg) that two or more boxes share and that together
    hold a misnamed share of the page's value in sections of prose with hardly a link: a theme's sections
    of one article ("content-nav-section"), none of them large enough alone to be found misnamed. Weak
    names are weakly_named's; excerpts under linked headlines (a sidebar's posts, related stories) hold
    links."""
    return {kind for kind, (raw, n, chars, links) in held.items()
            if n > 1 and raw >= misnamed and links < _SECTION_LINKS * chars and chars >= _SECTION_CHARS * n}


def _class_of(box: Box) -> str:
    """The box's class attribute, or its names when it has none (sections of one kind differ in their
    ids: anchors a table of contents links to)."""
    return (box.node.attributes.get("class") or "").lower() or box.names


def is_comments(box: Box) -> bool:
    """Whether the box's class or id names a comment section."""
    return any(w in box.names for w in _COMMENT_WORDS)


def best_box(boxes: list[Box], value: Callable[[Box], float] = attrgetter("value"),
             blocks: list[Block] | None = None) -> Box | None:
    """The box with the greatest value (among equals the deepest), then narrowed to a child that
    holds nearly all of that value (or holds a box that does): a sidebar of teasers or a one-line reply
    adds a little value, not enough to make their common parent the article; but never down an unclosed-<div> cascade
    (see cascade.py; with the page's ``blocks``). ``value``: what a box is worth."""
    best: Box | None = None
    for box in boxes:
        if value(box) > 0 and (best is None or value(box) >= value(best)):
            if best is not None and value(box) == value(best) and not _inside(box, best):
                continue
            best = box
    if best is None:
        return None
    children: dict[Box, list[Box]] = {}
    for box in descendants(boxes, best):
        if box.parent is not None:  # always, below best
            children.setdefault(box.parent, []).append(box)
    # A child's value less the boilerplate beside its best part (the nav column in the story's row of a table
    # layout): the child still narrows when a box inside it holds the share.
    reach: dict[Box, float] = {}
    for box in reversed(list(descendants(boxes, best))):
        reach[box] = max([value(box), *(reach[kid] for kid in children.get(box, ()))])
    while kids := children.get(best):
        top = max(kids, key=value)
        if max(value(top), reach[top]) < _NARROW_SHARE * value(best) or (blocks is not None and (
                leaves_cascade(blocks, children, best, top, value)
                or (value(top) < _FLANKED_SHARE * value(best) and prose_beside(blocks, best, top)))):
            break
        best = top
    return best


# A bracketed tag a forum or CMS puts before a headline ([转载] 标题, 【原创】标题).
_TITLE_TAG = re.compile(r"\s*[\[【(（〔][^\]】)）〕]{1,6}[\]】)）〕]\s*")
HEADLINE_TAGS = ("h1", "h2")
_CJK_END = re.compile("[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")


def is_title(text: str, title: str) -> bool:
    """Whether ``text`` is the headline's own block: the title, or the title after a bracketed tag."""
    return text == title or (text.endswith(title) and _TITLE_TAG.fullmatch(text[: len(text) - len(title)]) is not None)


def joined(texts: list[str]) -> str:
    """Lines of one heading broken by <br> as one line: CJK lines run on, others take a space. When a
    later line is an info line (PHPCMS puts the date and source in the <h1> after a <br>), the
    headline is the first line."""
    if any(meta_line(text, Context()) for text in texts[1:]):
        return texts[0]
    out = texts[0]
    for text in texts[1:]:
        out += text if _CJK_END.match(out[-1:]) and _CJK_END.match(text[:1]) else " " + text
    return out


def title_run(blocks: list[Block], title: str | None, tags: frozenset[str]) -> range | None:
    """The blocks of the headline: the first block in one of ``tags`` that is_title, or the lines
    of a heading broken by <br> (在县城开一家<br>独立书店的第五年) that together are the title."""
    if not title:
        return None
    for at, block in enumerate(blocks):
        box = block.box
        if box.tag not in tags:
            continue
        if block.text.endswith(title) and is_title(block.text, title):  # (endswith: the cheap test first)
            return range(at, at + 1)
        if box.tag in HEADLINE_TAGS and (at == 0 or blocks[at - 1].box is not box):
            end = at + 1
            while end < len(blocks) and blocks[end].box is box:
                end += 1
            if end - at > 1 and is_title(joined([b.text for b in blocks[at:end]]), title):
                return range(at, end)
    return None


def _inside(box: Box, outer: Box) -> bool:
    return any(b is outer for b in box.ancestors())


def descendants(boxes: list[Box], root: Box) -> Iterator[Box]:
    """The boxes inside ``root``: the walk creates them right after it, each deeper than ``root``,
    so they run from there to the first box that is not."""
    for box in itertools.islice(boxes, boxes.index(root) + 1, None):  # index: by identity (eq=False)
        if box.depth <= root.depth:
            break
        yield box
