"""Anti-copy noise elements between ideographs: what marks a page as an obfuscator's, as its readings do.

Copy-detection farms (Discuz's ``<font class="jammer">``, ``<span style="display:none">``) put an inline
element holding junk (letters, the site's name) between two characters of a word, hidden from the reader
by an inline style or by a class the page's own ``<style>`` hides. No writer hides text inside a word: a
page with several such elements is the obfuscator's, whose other marks (odd spaces between ideographs)
go however few. An element the page shows (``<b>``, a link) is no noise, nor one hidden by CSS the
page links from elsewhere (unseen here).
"""

from __future__ import annotations

import re

from .common import HAN_RE

# The inline elements a farm hides its noise in.
_NOISE_TAGS = "span|font|i|b|em|u|s|small"
# An inline element holding no tag, with its attributes: the noise's shape.
_ELEMENT_RE = re.compile(
    rf"<(?P<tag>{_NOISE_TAGS}|strong)\b(?P<attrs>[^<>]*)>[^<>]{{0,40}}</(?P=tag)\s*>", re.I)
# The declarations that hide an element (the noise's; strip/hidden reads the page's every way of hiding).
_HIDING_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_STYLE_ATTR_RE = re.compile(r"""\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_CLASS_ATTR_RE = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))""", re.I)
_STYLE_BLOCK_RE = re.compile(r"<style\b[^<>]*>(.*?)</style\s*>", re.I | re.S)
_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
# A selector naming one class (``.jammer``, ``font.x9``): what the page's sheet hides the noise by.
_CLASS_SELECTOR_RE = re.compile(r"^\s*[A-Za-z]*\.([\w-]+)\s*$")


def hidden_inline(name: str) -> str:
    """An inline element hidden by its own style, holding any text and no tag (瞭<span style="display:none">华夏热点网
    </span>解: the site's name as noise), its tag captured as ``name``."""
    return (f"(?i:<(?P<{name}>{_NOISE_TAGS})\\b[^<>]*?\\bstyle\\s*=\\s*[\"'][^\"'<>]*?"
            f"(?:{_HIDING_RE.pattern})[^<>]*>[^<>]*</(?P={name})\\s*>)")


def hidden_classes(page: str) -> frozenset[str]:
    """The classes the page's own ``<style>`` elements hide (``.jammer{display:none}``)."""
    found: set[str] = set()
    for block in _STYLE_BLOCK_RE.finditer(page) if "<style" in page.lower() else ():
        for rule in _RULE_RE.finditer(block[1]):
            if _HIDING_RE.search(rule[2]):
                found.update(m[1] for sel in rule[1].split(",") if (m := _CLASS_SELECTOR_RE.match(sel)))
    return frozenset(found)


def hidden_between_han(text: str, page: str) -> int:
    """How many hidden inline elements stand right between two ideographs of ``text`` (``page``: the whole
    page, whose style sheets ``text``, a view of it, may leave out)."""
    if "<" not in text:
        return 0
    classes: frozenset[str] | None = None
    count = 0
    for m in _ELEMENT_RE.finditer(text):
        if not (m.start() and HAN_RE.match(text, m.start() - 1) and HAN_RE.match(text, m.end())):
            continue
        attrs = m["attrs"]
        style = _STYLE_ATTR_RE.search(attrs)
        if style and _HIDING_RE.search(style[1] or style[2] or ""):
            count += 1
            continue
        if (cls := _CLASS_ATTR_RE.search(attrs)) is not None:
            classes = hidden_classes(page) if classes is None else classes
            count += any(name in classes for name in "".join(filter(None, cls.groups())).split())
    return count
