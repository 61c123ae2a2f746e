"""The page as boxes and blocks: one parse, one walk.

A *box* is a block-level element (div, p, td, li, ...), kept with its parent so the scorer can
sum text up the tree. A *block* is one run of text between block boundaries (a paragraph, a list
item, a table row, a line ended by <br>), with the box it sits in and how much of it is link text.

Hidden elements are found with CSS selectors (which run in C) before the walk, and skipped by
the walk; their text is reported so the strip stage can record every character it drops.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import vocab

# Never rendered as text: removed before anything is counted.
NON_TEXT_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "video", "audio",
                 "canvas", "map", "svg", "math", "head", "link", "meta")
# Rendered, but never article text: dropped and recorded.
CONTROL_TAGS = frozenset({"button", "select", "textarea", "input", "marquee", "option", "datalist"})
BLOCK_TAGS = frozenset({
    "html", "body", "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2",
    "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr",
    "td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "form", "address", "hr", "center",
    "details", "summary", "fieldset", "legend", "menu", "hgroup", "noframes", "frameset", "frame",
})
# Elements whose tag alone says boilerplate.
NEG_TAGS = frozenset({"nav", "footer", "aside", "figcaption", "header", "menu"})
# A hidden element holding more than this share of the page's text is shown anyway (see find_hidden).
_REVEAL_SHARE = 0.5
# Forms that hold less text than this are search or login boxes; bigger ones wrap whole pages.
_SMALL_FORM = 200
_MAX_DEPTH = 300

_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n[ \t\n\r\f]*(?=[{_CJK}])")
# Browsers collapse ASCII whitespace only; U+3000 and no-break spaces inside a paragraph are text.
_SPACES = re.compile(r"[ \t\n\r\f]+")
_HIDDEN_STYLE = (
    ("display_none", re.compile(r"display\s*:\s*none")),
    ("visibility_hidden", re.compile(r"visibility\s*:\s*hidden")),
    ("font_size_0", re.compile(r"font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)")),
    ("transparent", re.compile(r"(?<![-\w])opacity\s*:\s*0(?:\.0+)?\s*(?:;|!|$)")),
    ("offscreen", re.compile(r"(?:left|top|text-indent|margin-left)\s*:\s*-\d{3,}")),
    ("zero_size", re.compile(r"(?<![-\w])(?:width|height)\s*:\s*0(?:px)?\s*(?:;|!|$).*overflow\s*:\s*hidden"
                             r"|overflow\s*:\s*hidden.*(?<![-\w])(?:width|height)\s*:\s*0(?:px)?\s*(?:;|!|$)")),
)
# Cheap substring tests that every hiding declaration passes (spaces removed); regexes run only then.
_HIDE_HINTS = ("none", "hidden", "size:0", "opacity:0", ":-", "width:0", "height:0")
_WHITE_HINTS = ("#fff", "white", "255,255,255")
_CSS_HINTS = ("display:none", "display: none", "visibility:hidden", "visibility: hidden", "font-size:0",
              "font-size: 0", "opacity:0", "opacity: 0", ":-9", ": -9", "width:0", "width: 0", "height:0",
              "height: 0", "color:#fff", "color: #fff", "color:white", "color: white", "255,255,255")
_WHITE = re.compile(r"(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))")
_WHITE_ATTR = frozenset({"#fff", "#ffffff", "white"})
_NOISE_INLINE = frozenset({"span", "font", "i", "b", "em", "small", "a", "strong", "u", "s", "ins", "del"})
_CSS_AT_BLOCK = re.compile(r"@(?:media|supports|document)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_SIMPLE_SELECTOR = re.compile(r"^[a-zA-Z0-9]*(?:[.#][\w-]+)+$")


@dataclass(slots=True, eq=False)
class Box:
    """A block-level element; ``weight`` comes from its class/id words, ``neg`` is true when it or an
    ancestor is boilerplate by name or tag."""

    tag: str
    names: str
    parent: Box | None
    node: LexborNode
    weight: int = 0
    neg: bool = False
    teaser: bool = False
    value: float = 0.0
    chars: int = 0
    link_chars: int = 0

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
    """Collapse whitespace as a browser would; a line break between CJK characters disappears."""
    if "\n" in text:
        text = _CJK_BREAK.sub("", text)
    return _SPACES.sub(" ", text).strip()


def hidden_reason(style: str) -> str | None:
    """Why an inline style (or a CSS rule body) hides its element, or None."""
    style = style.lower()
    compact = style.replace(" ", "")
    if not any(hint in compact for hint in _HIDE_HINTS):
        return None
    for name, pattern in _HIDDEN_STYLE:
        if pattern.search(style):
            return name
    return None


@cache
def _name_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def build(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(r"(?:^|[\s_\-])(?:" + "|".join(re.escape(w) for w in words) + ")")
    firm = tuple(w for w in vocab.NEGATIVE_CLASS if w not in vocab.WEAK_NEGATIVE_CLASS)
    return build(vocab.POSITIVE_CLASS), build(vocab.NEGATIVE_CLASS), build(firm)


def firmly_negative(names: str) -> bool:
    """Named with a boilerplate word that themes do not also use for story boxes (see vocab)."""
    return _name_words()[2].search(names) is not None


@lru_cache(maxsize=4096)
def class_weight(names: str) -> int:
    """+1 for a content class/id, -1 for boilerplate, 0 for neither (see vocab)."""
    if not names:
        return 0
    pos_re, neg_re, _ = _name_words()
    pos, neg = len(pos_re.findall(names)), len(neg_re.findall(names))
    if neg and neg >= pos:
        return -1
    return 1 if pos else 0


def _css_hidden_selectors(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """Simple selectors (.cls, #id, tag.cls) that the page's own <style> hides.

    Stylesheets are long and hiding rules few: the rules are found from literal hints (str.find
    runs in C) rather than by parsing every rule.
    """
    found: list[tuple[str, str]] = []
    for style in tree.css("style"):
        raw = style.text(deep=True)
        if "@" in raw:
            raw = _CSS_AT_BLOCK.sub("", raw)
        css = raw.lower()  # for finding hints; selectors are cut from ``raw`` (class names keep case)
        starts: set[int] = set()
        for hint in _CSS_HINTS:
            at = css.find(hint)
            while at >= 0:
                start = css.rfind("{", 0, at)
                if start >= 0 and css.rfind("}", 0, at) < start:
                    starts.add(start)
                at = css.find(hint, at + len(hint))
        for start in sorted(starts):
            end = css.find("}", start)
            body = css[start + 1 : end if end >= 0 else len(css)]
            reason = hidden_reason(body) or ("invisible_color" if _white(body) else None)
            if reason is None:
                continue
            selectors = raw[css.rfind("}", 0, start) + 1 : start]
            for selector in selectors.split(","):
                selector = selector.strip()
                if _SIMPLE_SELECTOR.match(selector):
                    found.append((selector, f"css_class:{reason}"))
    return found


def _white(style: str) -> bool:
    compact = style.replace(" ", "").lower()
    return any(h in compact for h in _WHITE_HINTS) and _WHITE.search(style.lower()) is not None


def _inline_noise(node: LexborNode) -> bool:
    """Small inline text a reader cannot see against the page (white text, anti-copy noise)."""
    return node.tag in _NOISE_INLINE and len(node.text(deep=True)) <= 30


@dataclass(slots=True)
class Hidden:
    """Hidden elements by ``mem_id`` with the reason, and the big ones that were let through."""

    reasons: dict[int, str] = field(default_factory=dict)
    revealed: list[str] = field(default_factory=list)


def hidden_css(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """Read the page's hiding CSS rules (call before the <style> elements are stripped)."""
    return _css_hidden_selectors(tree)


def find_hidden(tree: LexborHTMLParser, css: list[tuple[str, str]], page_chars: int) -> Hidden:
    """Every hidden element and why. An element hiding most of the page's text is not treated as
    hidden: pages that hide their whole body until a script runs show it to every reader."""
    found: list[tuple[LexborNode, str]] = []
    for node in tree.css("[style]"):
        style = node.attributes.get("style") or ""
        reason = hidden_reason(style)
        if reason is None and _white(style) and _inline_noise(node):
            reason = "invisible_color"
        if reason:
            found.append((node, reason))
    for node in tree.css("font[color]"):
        if (node.attributes.get("color") or "").lower() in _WHITE_ATTR and _inline_noise(node):
            found.append((node, "invisible_color"))
    for node in tree.css('[hidden], [aria-hidden="true"]'):
        found.append((node, "hidden_attr" if "hidden" in node.attributes else "aria_hidden"))
    for selector, reason in css:
        try:
            nodes = tree.css(selector)
        except Exception:  # a selector lexbor does not know; the page is still usable
            continue
        found.extend((node, reason) for node in nodes
                     if reason != "css_class:invisible_color" or _inline_noise(node))
    hidden = Hidden()
    for node, reason in found:
        if node.mem_id in hidden.reasons:
            continue
        if len(node.text(deep=True)) > _REVEAL_SHARE * page_chars:
            hidden.revealed.append(reason)
            continue
        hidden.reasons[node.mem_id] = reason
    return hidden


class Walker:
    """Turns a DOM subtree into blocks in reading order."""

    def __init__(self, hidden: dict[int, str]) -> None:
        self.hidden = hidden
        self.blocks: list[Block] = []
        self.boxes: list[Box] = []
        self.dropped: dict[str, Dropped] = {}
        self._parts: list[str] = []
        self._links = 0

    def run(self, root: LexborNode) -> list[Block]:
        box = self._open(root, None)
        self._walk(root, box, 0, 0)
        self._flush(box)
        return self.blocks

    def _open(self, node: LexborNode, parent: Box | None) -> Box:
        attrs = node.attrs
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip().lower()
        tag = node.tag or ""
        weight = class_weight(names)
        neg = weight < 0 or tag in NEG_TAGS or (parent is not None and parent.neg)
        box = Box(tag, names, parent, node, weight, neg)
        self.boxes.append(box)
        return box

    def _drop(self, rule: str, node: LexborNode) -> None:
        text = normalize(node.text(deep=True))
        if text:
            self.dropped.setdefault(rule, Dropped(rule)).texts.append(text)

    def _flush(self, box: Box) -> None:
        if self._parts:
            text = normalize("".join(self._parts))
            if text:
                self.blocks.append(Block(text, box, min(self._links, len(text))))
            self._parts.clear()
        self._links = 0

    def _walk(self, node: LexborNode, box: Box, in_link: int, depth: int) -> None:
        on_text: Callable[[str], None] = self._parts.append
        hidden = self.hidden
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                on_text(text)
                if in_link:
                    self._links += len(text.strip())
                continue
            if tag == "-comment" or tag is None:
                continue
            if hidden and child.mem_id in hidden:
                self._drop("hidden:" + hidden[child.mem_id], child)
                continue
            if tag in CONTROL_TAGS or (tag == "form" and len(child.text(deep=True)) < _SMALL_FORM):
                self._drop("non_content:" + ("form" if tag == "form" else "control"), child)
                continue
            if tag == "br":
                self._flush(box)
            elif tag in BLOCK_TAGS and depth < _MAX_DEPTH:
                self._flush(box)
                inner = self._open(child, box)
                self._walk(child, inner, in_link, depth + 1)
                self._flush(inner)
            elif tag == "pre":
                self._flush(box)
                self._pre(child, self._open(child, box))
            else:
                first = child.first_child
                if first is not None and first.next is None and first.tag == "-text":
                    text = first.text_content or ""  # the common <a>, <span>, <b> around one text
                    on_text(text)
                    if in_link or tag == "a":
                        self._links += len(text.strip())
                else:
                    self._walk(child, box, in_link + (tag == "a"), depth + 1)

    def _pre(self, node: LexborNode, box: Box) -> None:
        for line in node.text(deep=True).splitlines():
            if line.strip():
                self.blocks.append(Block(line.rstrip(), box))


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def strip_non_text(tree: LexborHTMLParser) -> None:
    """Remove elements that are never rendered as text (after metadata has been read from them)."""
    tree.strip_tags(list(NON_TEXT_TAGS))


def words_in(names: str, words: tuple[str, ...]) -> bool:
    return any(w in names for w in words)
