"""Hidden elements: what a reader of the page never sees.

Inline styles (display:none, visibility:hidden, off-screen positions, zero size, font-size:0,
opacity:0, white text on small inline noise), the ``hidden`` and ``aria-hidden`` attributes, and
classes or ids that the page's own <style> hides. All found with CSS selectors, which run in C;
the walker then skips these elements and records their text as removed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import vocab
from .cssmatch import css_selected
from .dom import CAPTION
from .panels import link_chars, panels
from .sentences import SENTENCE_RE

# A hidden element holding more than this share of the page's text is shown anyway (see find_hidden).
_REVEAL_SHARE = 0.5
# ... and so is one holding this share of what the page shows once it is shown, if under _STORY_LINKS
# of its text is links.
_STORY_SHARE = 0.75
_STORY_LINKS = 0.3
# Prose ends a sentence every this many chars at least.
_STORY_SENTENCE_CHARS = 400
# A folded rest of an article holds at least this much text; the button unfolding it at most this.
_FOLDED_MIN = 100
_BUTTON_MAX = 24
# A property name must not continue a longer one ("-webkit-opacity" is not "opacity"): each pattern
# starts with the name and looks back from its end, so the regex engine skips to the name where a
# look-behind first would be tried at every position.
_HIDDEN_STYLE = (
    ("display_none", re.compile(r"display\s*:\s*none")),
    ("visibility_hidden", re.compile(r"visibility\s*:\s*hidden")),
    ("font_size_0", re.compile(r"font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)")),
    ("transparent", re.compile(r"opacity(?<![-\w]opacity)\s*:\s*0(?:\.0+)?\s*(?:;|!|$)")),
    ("offscreen", re.compile(r"(?:left|top|text-indent|margin-left)\s*:\s*-\d{3,}")),
    ("zero_size", re.compile(r"(?:width(?<![-\w]width)|height(?<![-\w]height))\s*:\s*0(?:px)?\s*(?:;|!|$)"
                             r".*overflow\s*:\s*hidden|overflow\s*:\s*hidden.*"
                             r"(?:width(?<![-\w]width)|height(?<![-\w]height))\s*:\s*0(?:px)?\s*(?:;|!|$)")),
)
# Transparent and moved: the first frame of an animation that brings the element in as the reader scrolls to it
# (Webflow writes "transform:translate3d(0, 5%, 0) ...;opacity:0" on a story's sections), no hidden element.
_ENTRANCE = re.compile(r"transform\s*:\s*translate")
# Cheap substring tests that every hiding declaration passes (spaces removed); regexes run only then.
_HIDE_HINTS = re.compile("none|hidden|size:0|opacity:0|:-|width:0|height:0")
_WHITE_HINTS = re.compile("#fff|white|255,255,255")
# Found in a stylesheet whose ": " became ":" (one pass instead of a hint for each spacing).
_CSS_HINTS = ("display:none", "visibility:hidden", "font-size:0", "opacity:0", ":-9", "width:0", "height:0",
              "color:#fff", "color:white", "255,255,255")
_WHITE = re.compile(r"color(?<![-\w]color)\s*:\s*(?:#fff(?:fff)?\b|white\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))")
_WHITE_ATTR = frozenset({"#fff", "#ffffff", "white"})
_NOISE_INLINE = frozenset({"span", "font", "i", "b", "em", "small", "a", "strong", "u", "s", "ins", "del"})
_CSS_AT_BLOCK = re.compile(r"@(?:media|supports|document)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_SIMPLE_SELECTOR = re.compile(r"^[a-zA-Z0-9]*(?:[.#][\w-]+)+$")


def hidden_reason(style: str) -> str | None:
    """Why an inline style (or a CSS rule body) hides its element, or None."""
    style = style.lower()
    if _HIDE_HINTS.search(style.replace(" ", "")) is None:
        return None
    for name, pattern in _HIDDEN_STYLE:
        if pattern.search(style) and not (name == "transparent" and _ENTRANCE.search(style)):
            return name
    return None


def _css_hidden_selectors(styles: list[LexborNode]) -> list[tuple[str, str]]:
    """Simple selectors (.cls, #id, tag.cls) that the page's own <style> hides.

    Stylesheets are long and hiding rules few: the rules are found from literal hints (str.find
    runs in C) rather than by parsing every rule.
    """
    found: list[tuple[str, str]] = []
    for style in styles:
        raw = style.text(deep=True).replace(": ", ":")  # the hiding patterns allow either spacing
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
            # Most hiding rules name their elements by descendant or state selectors, which are
            # not used: the rule body is read only when a simple selector is left.
            simple = [selector for part in raw[css.rfind("}", 0, start) + 1 : start].split(",")
                      if _SIMPLE_SELECTOR.match(selector := part.strip())]
            if not simple:
                continue
            end = css.find("}", start)
            body = css[start + 1 : end if end >= 0 else len(css)]
            reason = hidden_reason(body) or ("invisible_color" if _white(body) else None)
            if reason is not None:
                found.extend((selector, f"css_class:{reason}") for selector in simple)
    return found


def _style_says(style: str) -> tuple[str | None, bool]:
    """Why an inline style hides its element (hidden_reason), or else whether its text is white."""
    reason = hidden_reason(style)
    return reason, reason is None and _white(style)


def _white(style: str) -> bool:
    low = style.lower()
    return _WHITE_HINTS.search(low.replace(" ", "")) is not None and _WHITE.search(low) is not None


def _inline_noise(node: LexborNode) -> bool:
    """Small inline text a reader cannot see against the page (white text, anti-copy noise)."""
    return node.tag in _NOISE_INLINE and len(node.text(deep=True)) <= 30


@dataclass(slots=True)
class Hidden:
    """Hidden elements by ``mem_id`` with the reason, and the big ones that were let through."""

    reasons: dict[int, str] = field(default_factory=dict)
    revealed: list[str] = field(default_factory=list)


def hidden_css(styles: list[LexborNode]) -> list[tuple[str, str]]:
    """Read the hiding rules of the page's <style> elements (before they are stripped)."""
    return _css_hidden_selectors(styles)


# Kana, the prolonged sound mark and the middle dot: what a Japanese reading (furigana) is written in.
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")
_ATTR_QUERY = ('[style], font[color], [hidden], [aria-hidden="true"], ruby, '
               + ", ".join(f".{name}" for name in vocab.SCREEN_READER_CLASSES) + ", "
               + ", ".join(f"em.{name}" for name in vocab.INLINE_CAPTION_CLASSES))
_SCREEN_READER = frozenset(vocab.SCREEN_READER_CLASSES)



def _reading_aid(node: LexborNode) -> bool:
    """A <ruby> whose readings (<rt>) are all kana: furigana over Japanese text, a reading aid and
    not the text (a pinyin gloss of a lesson is Latin and stays)."""
    readings = [rt.text(deep=True).strip() for rt in node.iter() if rt.tag == "rt"]
    return bool(readings) and all(_KANA.fullmatch(r) for r in readings)


def _by_attributes(tree: LexborHTMLParser) -> list[tuple[LexborNode, str]]:
    """Elements hidden by their own attributes: inline style first, then white <font>, then the
    hidden and aria-hidden attributes, screen-reader-only classes and furigana readings (one tree
    traversal for all)."""
    styled: list[tuple[LexborNode, str]] = []
    fonts: list[tuple[LexborNode, str]] = []
    flagged: list[tuple[LexborNode, str]] = []
    # What each distinct inline style says (a page repeats its few styles on many elements).
    read: dict[str, tuple[str | None, bool]] = {}
    for node in tree.css(_ATTR_QUERY):
        if node.tag == "ruby":
            if _reading_aid(node):
                flagged.extend((child, "ruby_reading") for child in node.iter() if child.tag in ("rt", "rp"))
            continue
        attrs = node.attributes
        if ("style" not in attrs and "hidden" not in attrs and "aria-hidden" not in attrs and "class" in attrs
                and node.tag != "font"):  # matched by a class selector alone
            names = set((attrs["class"] or "").split())
            flagged.append((node, "screen_reader_only" if names & _SCREEN_READER else CAPTION))
            continue
        if "style" in attrs:
            style = attrs["style"] or ""
            if (known := read.get(style)) is None:
                known = read[style] = _style_says(style)
            reason, white = known
            if white and _inline_noise(node):
                reason = "invisible_color"
            if reason:
                styled.append((node, reason))
        if ("color" in attrs and node.tag == "font" and (attrs["color"] or "").lower() in _WHITE_ATTR
                and _inline_noise(node)):
            fonts.append((node, "invisible_color"))
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            flagged.append((node, "hidden_attr" if "hidden" in attrs else "aria_hidden"))
    return styled + fonts + flagged


# (element, why it is hidden, the length of its text); an element hidden for several reasons
# comes once per reason.
Found = list[tuple[LexborNode, str, int]]


def find_hidden(tree: LexborHTMLParser, css: list[tuple[str, str]]) -> Found:
    """Every element hidden by its attributes or by ``css`` (the page's hiding rules), but a collapsed
    panel of prose (see panels.panels)."""
    found = _by_attributes(tree)
    found.extend((node, reason) for node, reason in css_selected(tree, css)
                 if reason != "css_class:invisible_color" or _inline_noise(node))
    sizes: dict[int, int] = {}
    for node, _ in found:
        if node.mem_id not in sizes:
            sizes[node.mem_id] = len(node.text(deep=True))
    opened = panels(tree, [(node, sizes[node.mem_id]) for node, _ in found]) if found else set()
    return [(node, reason, sizes[node.mem_id]) for node, reason in found if node.mem_id not in opened]


def may_reveal(found: Found, page_chars: int) -> bool:
    """Whether some element of ``found`` holds more than its share of a page of at least
    ``page_chars`` chars of text (see settle)."""
    return any(size > _REVEAL_SHARE * page_chars for _, _, size in found)


def settle(found: Found, page_chars: float, shown: frozenset[str] = frozenset()) -> Hidden:
    """The elements of ``found`` that stay hidden. One that hides most of the page's text
    (``page_chars``) is not treated as hidden: pages that hide their whole body until a script runs
    show it to every reader; nor is one of prose whose id the page's script shows (``shown``), nor the
    rest of an article folded under a 展开全文 / Read more button that comes right after it."""
    hidden = Hidden()
    story = _hidden_story(found, page_chars) if page_chars != math.inf else None
    for node, reason, size in found:
        if node.mem_id in hidden.reasons:
            continue
        if size > _REVEAL_SHARE * page_chars or node.mem_id == story or (size >= _FOLDED_MIN and (
                _unfolds(node) or (node.attributes.get("id") in shown and SENTENCE_RE.search(node.text(deep=True))))):
            hidden.revealed.append(reason)
            continue
        hidden.reasons[node.mem_id] = reason
    return hidden


# A script showing an element by its id: document.getElementById('js_content').style.visibility = 'visible'
# (WeChat's articles and their copies hide the story until it runs, whatever else the page shows).
_SHOWN_BY_SCRIPT = re.compile(r"""getElementById\(\s*['"]([\w-]+)['"]\s*\)\s*\.style\.(?:visibility\s*=\s*['"]visible"""
                              r"""|display\s*=\s*['"](?:block|inline|flex)?['"])""")


def shown_by_scripts(scripts: Iterable[str]) -> frozenset[str]:
    """The ids of the elements the page's scripts show (see _SHOWN_BY_SCRIPT)."""
    return frozenset(m[1] for script in scripts if "getElementById" in script
                     for m in _SHOWN_BY_SCRIPT.finditer(script))


def _hidden_story(found: Found, page_chars: float) -> int | None:
    """The element (its mem_id) that hides a story on a page that shows little else: of the
    outermost hidden elements, the largest that is prose (sentences, few links: a hidden mega-menu
    is larger, hidden keyword stuffing has no sentences) and holds three quarters of what the page
    shows once it is shown. Google's pages hide their article, and menus ten times its size, until
    a script runs."""
    ids = {node.mem_id for node, _, _ in found}
    outer = {node.mem_id: (node, size) for node, _, size in found if not _held(node, ids)}
    shown = page_chars - sum(size for _, size in outer.values())
    prose = [(size, mem_id) for mem_id, (node, size) in outer.items()
             if size > _STORY_SHARE * (shown + size) and link_chars(node) < _STORY_LINKS * size
             and len(SENTENCE_RE.findall(node.text(deep=True))) * _STORY_SENTENCE_CHARS >= size]
    return max(prose)[1] if prose else None


def _held(node: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _unfolds(node: LexborNode) -> bool:
    """Whether one of the next two elements after ``node`` is a short button or link that unfolds
    it (its text starts with a word of vocab.EXPAND_LEADS)."""
    sibling = node.next
    seen = 0
    while sibling is not None and seen < 2:
        if sibling.tag != "-text":
            seen += 1
            text = sibling.text(deep=True).strip().lower()
            if len(text) <= _BUTTON_MAX and text.startswith(_expand_leads()):
                return True
        sibling = sibling.next
    return False


@cache
def _expand_leads() -> tuple[str, ...]:
    return tuple(lead.lower() for lead in vocab.EXPAND_LEADS)
