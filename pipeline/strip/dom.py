"""The page as boxes and blocks: one parse, one walk.

A *box* is a block-level element (div, p, td, li, ...), kept with its parent so the scorer can
sum text up the tree. A *block* is one run of text between block boundaries (a paragraph, a list
item, a table row, a line ended by <br>), with the box it sits in and how much of it is link text.

Hidden elements (see :mod:`hidden`) are skipped by the walk; their text, and that of form controls,
is reported so the strip stage can record every character it drops.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from . import vocab
from .classnames import box_weight
from .ledger import SPLIT_ONLY_SPACES
from .patterns import SOURCE_LEADS
from .tags import (
    BLOCK,
    BR,
    CONTROL,
    FORM,
    IMG_ID,
    KIND_BY_ID,
    LINK,
    SKIP,
    TAG_BY_ID,
    TEXT,
    TEXT_ID,
    kind_of,
)

# The reason hidden.py gives an inline caption element: skipped like a hidden one, logged as a caption.
CAPTION = "caption"

# Forms that hold less text than this are search or login boxes; bigger ones wrap whole pages.
_SMALL_FORM = 200
# The attributes that name a box: class and id, and the component names of sites whose classes are
# hashed by their CSS tooling (BBC's <div data-component="byline-block" class="sc-2b5e3b35-7">).
_NAME_ATTRIBUTES = ("class", "id", "data-component", "data-testid")
_MAX_DEPTH = 300

_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n[ \t\n\r\f]*(?=[{_CJK}])")
# Browsers collapse ASCII whitespace only; U+3000 and no-break spaces inside a paragraph are text.
_SPACES = re.compile(r"[ \t\n\r\f]+")
# Characters str.split() treats as whitespace and browsers do not collapse.
_NOT_SPLIT = re.compile(f"[\x0b{SPLIT_ONLY_SPACES}]")


@dataclass(slots=True, eq=False)
class Box:
    """A block-level element; ``weight`` comes from its class/id words, ``neg`` is true when it or an
    ancestor is boilerplate by name or tag. Names and weight are read from the element only when
    asked for: most boxes hold no text and are never asked."""

    tag: str
    parent: Box | None
    node: LexborNode
    # Levels below the walk's root, and the range of blocks (indices) that lie inside: a box with
    # no text inside has end == first.
    depth: int = 0
    first: int = 0
    end: int = 0
    neg: bool = False
    teaser: bool = False
    # Set by the scorer: the positive value of the blocks inside.
    raw: float = 0.0
    value: float = 0.0
    chars: int = 0
    link_chars: int = 0
    _names: str | None = None
    _weight: int | None = None

    @property
    def names(self) -> str:
        """Its class and id attributes, lowercased."""
        if self._names is None:
            attrs = self.node.attributes
            self._names = " ".join(filter(None, map(attrs.get, _NAME_ATTRIBUTES))).lower() if attrs else ""
        return self._names

    @property
    def weight(self) -> int:
        if self._weight is None:
            self._weight = box_weight(self.names, self.node)
        return self._weight

    @weight.setter
    def weight(self, value: int) -> None:
        self._weight = value

    def ancestors(self) -> Iterable[Box]:
        box: Box | None = self
        while box is not None:
            yield box
            box = box.parent


@dataclass(slots=True, eq=False)
class Block:
    text: str
    box: Box
    link_chars: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


@dataclass(slots=True)
class Dropped:
    """Text skipped by the walk (hidden or a control), for the change log."""

    rule: str
    texts: list[str] = field(default_factory=list)


def normalize(text: str) -> str:
    """Collapse whitespace as a browser would; a line break between CJK characters disappears, and
    so do soft hyphens (&shy;: a break hint, shown only where a line wraps)."""
    if "\xad" in text:
        text = text.replace("\xad", "")
    if "\n" not in text:
        if "  " not in text and "\t" not in text and "\r" not in text and "\f" not in text:
            return text.strip()  # nothing to collapse (the common case)
    elif not text.isascii():
        text = _CJK_BREAK.sub("", text)
    if _NOT_SPLIT.search(text) is None:
        return " ".join(text.split())  # str.split() splits at exactly _SPACES here, and is faster
    return _SPACES.sub(" ", text).strip()


class Walker:
    """Turns a DOM subtree into blocks in reading order."""

    def __init__(self, hidden: dict[int, str]) -> None:
        self.hidden = hidden
        self.blocks: list[Block] = []
        self.boxes: list[Box] = []
        self.dropped: dict[str, Dropped] = {}
        self._parts: list[str] = []
        self._linked: list[str] = []  # the link texts among the parts (a <pre>'s lines count their own)
        # Whether a box is inside a <pre> of text (see _in_pre): its line breaks end blocks (a text dump, a poem).
        self._pre: dict[Box, bool] = {}

    def run(self, root: LexborNode) -> list[Block]:
        box = Box(root.tag or "", None, root)
        self.boxes.append(box)
        self._walk(root, box, 0, 0)
        self._flush(box)
        box.end = len(self.blocks)
        return self.blocks

    def _drop(self, rule: str, node: LexborNode) -> None:
        text = normalize(node.text(deep=True))
        if text:
            self.dropped.setdefault(rule, Dropped(rule)).texts.append(text)

    def _flush(self, box: Box) -> None:
        joined = "".join(self._parts)
        if "\n" in joined and self._in_pre(box):
            self._flush_lines(joined, box)
        elif text := normalize(joined):
            self.blocks.append(Block(text, box, min(sum(map(len, self._linked)), len(text))))
        self._parts.clear()
        self._linked.clear()

    def _walk(self, node: LexborNode, box: Box, in_link: int, depth: int) -> None:
        """Whitespace before a block's first text is not collected: normalize would strip it.
        Most children are text or a box: one dict lookup by the tag id sorts them (see tags)."""
        parts = self._parts
        hidden = self.hidden
        by_id = KIND_BY_ID
        for child in node.iter(include_text=True, skip_empty=True):
            tag_id = child.tag_id
            if (kind := by_id.get(tag_id, -1)) < 0:
                kind = kind_of(child)
            if parts and (prev := child.prev) is not None and prev.is_empty_text_node:
                _spaces_before(prev, parts)
            if kind == TEXT:
                text = child.text_content
                if text and (parts or not text.isspace()):
                    parts.append(text)
                    if in_link:
                        self._linked.append(text.strip())
            elif kind == SKIP:
                continue
            elif hidden and child.mem_id in hidden:
                reason = hidden[child.mem_id]
                self._drop(reason if reason == CAPTION else "hidden:" + reason, child)
            elif kind == BLOCK and depth < _MAX_DEPTH:  # the most common element: tested first
                self._box(child, TAG_BY_ID.get(tag_id) or child.tag or "", box, in_link, depth)
            elif kind == CONTROL or (kind == FORM and len(child.text(deep=True)) < _SMALL_FORM):
                self._drop("non_content:" + ("form" if kind == FORM else "control"), child)
            elif kind == BR:
                if parts:
                    self._flush(box)
            elif depth >= _MAX_DEPTH:  # nesting this deep (unclosed tags, wrappers): never recurse
                self._read_flat(child, box, bool(in_link) or kind == LINK)
            elif kind == FORM:  # a big form is a box too
                self._box(child, "form", box, in_link, depth)
            elif (first := child.first_child) is None:
                if tag_id == IMG_ID and parts and (alt := _source_logo(child, parts[-1])):
                    parts.append(alt)
                continue  # <img>, an empty <span>: nothing to read
            elif first.next is None and first.tag_id == TEXT_ID:
                text = first.text_content  # the common <a>, <span>, <b> around one text
                if text and (parts or not text.isspace()):
                    parts.append(text)
                    if in_link or kind == LINK:
                        self._linked.append(text.strip())
            else:
                self._walk(child, box, in_link + (kind == LINK), depth + 1)
                if parts and (last := child.last_child) is not None and last.is_empty_text_node:
                    _spaces_before(last, parts)

    def _read_flat(self, node: LexborNode, box: Box, in_link: bool) -> None:
        """A subtree past _MAX_DEPTH, read in one iterative pass into ``box``: block elements and <br> still
        end blocks, so a deep article's headline, dateline and paragraphs are not glued into one line."""
        parts = self._parts
        for child in node.traverse(include_text=True):
            kind = kind_of(child)
            if kind == TEXT:
                text = child.text_content
                if text and (parts or not text.isspace()):
                    parts.append(text)
                    if in_link or ((up := child.parent) is not None and kind_of(up) == LINK):
                        self._linked.append(text.strip())
            elif kind in (BLOCK, FORM, BR) and parts:
                self._flush(box)

    def _box(self, node: LexborNode, tag: str, parent: Box, in_link: int, depth: int) -> None:
        """A block-level child: its own box, its text flushed apart from what comes around it."""
        parts = self._parts
        if parts:
            self._flush(parent)
        at = len(self.blocks)
        inner = Box(tag, parent, node, parent.depth + 1, at, at)
        self.boxes.append(inner)
        first = node.first_child
        if first is None:
            return  # an empty box: no blocks
        if first.next is None and first.tag_id == TEXT_ID and tag != "pre":  # <p>, <li>, <td> around one text
            raw = first.text_content
            if raw and (text := normalize(raw)):
                self.blocks.append(Block(text, inner, min(len(raw.strip()), len(text)) if in_link else 0))
        else:
            self._walk(node, inner, in_link, depth + 1)
            if parts:
                self._flush(inner)
        inner.end = len(self.blocks)

    def _in_pre(self, box: Box) -> bool:
        """Whether ``box`` or a box above it (the root aside) is a <pre> (or BBS screen, vocab.PREFORMATTED_CLASSES) of
        text, not code (no <code>, <samp>, <kbd> in it, no highlighter's name): its lines are paragraphs, a code block's
        stay one block. Asked only where a flush holds a line break: most boxes' attributes are never read."""
        chain, up = [], box
        while (parent := up.parent) is not None and up not in self._pre:
            chain.append(up)
            up = parent
        inside = self._pre.get(up, False)
        for below in reversed(chain):  # from the outermost down
            inside = self._pre[below] = inside or (
                (below.tag == "pre" or not vocab.PREFORMATTED_CLASSES.isdisjoint(below.names.split()))
                and below.node.css_first("code, samp, kbd") is None
                and not any(word in below.names for word in vocab.CODE_CLASSES))
        return inside

    def _flush_lines(self, joined: str, box: Box) -> None:
        """Each line of a <pre> a block of its own, with the link text it holds."""
        for line in joined.split("\n"):
            if text := normalize(line):
                linked = sum(len(t) for t in self._linked if t and t in line)
                self.blocks.append(Block(text, box, min(len(text), linked)))


def _source_logo(img: LexborNode, before: str) -> str | None:
    """The outlet an image names right after a source label (来源：<img alt="光明日报">: the outlet's
    logo stands for its name), or None."""
    alt = (img.attributes.get("alt") or "").strip()
    return alt if alt and before.rstrip().lower().endswith(SOURCE_LEADS) else None


def _spaces_before(last: LexborNode, parts: list[str]) -> None:
    """Append the run of whitespace-only text nodes that ends with ``last``, in order. The walk
    skips them in C (most sit between boxes, where they cannot matter); between inline content they
    separate words, so they are read back only where text is being collected."""
    spaces: list[str] = []
    prev: LexborNode | None = last
    while prev is not None and prev.is_empty_text_node:
        spaces.append(prev.text_content or "")
        prev = prev.prev
    parts.extend(reversed(spaces))

