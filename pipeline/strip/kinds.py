"""The boilerplate kind a box names: by its tag (<nav>, <footer>, <aside>...), as a teaser card, or
by its class and id words (see classnames), unless a weak name sits on prose (see _own_kind)."""

from __future__ import annotations

from . import vocab
from .classnames import firmly_negative
from .dom import Box

_TAG_KINDS = {"nav": "nav", "footer": "copyright_footer", "aside": "related", "figcaption": "caption",
              "header": "nav", "menu": "nav"}
# A box of at least this many chars with under this share of link text reads like prose.
PROSE_CHARS = 200
_PROSE_LINKS = 0.2
# A column of this many chars of prose is the story, whatever its page builder names its parts.
_COLUMN_CHARS = 3 * PROSE_CHARS
# Kinds trusted even when their box reads like prose: long comments and gallery captions are prose.
_ALWAYS_TRUSTED = frozenset({"comments", "caption"})


Kind = tuple[str, str]


def kind_within(box: Box, root: Box, memo: dict[Box, Kind | None]) -> Kind | None:
    """The boilerplate kind of the nearest box between ``box`` and ``root`` that names one.
    ``memo`` keeps the answer for every box passed on the way (boxes share their ancestors)."""
    path: list[Box] = []
    found: Kind | None = None
    b: Box | None = box
    while b is not None and b is not root:
        if b in memo:
            found = memo[b]
            break
        path.append(b)
        if (found := _own_kind(b)) is not None:
            break
        b = b.parent
    for passed in path:
        memo[passed] = found
    return found


def _own_kind(b: Box) -> Kind | None:
    """The boilerplate kind ``b`` names by its tag or class, if it is to be trusted.

    A box named only with weak boilerplate words whose content reads like prose (long, few links)
    is not trusted: page builders wrap every paragraph in a "widget". Comments and captions are.
    """
    if b.teaser:
        return "related", f"one of several teaser cards <{b.tag} {b.names[:30]}>"
    if b.tag in _TAG_KINDS and b.weight >= 0 and (b.neg or b.tag == "figcaption"):
        return _TAG_KINDS[b.tag], f"<{b.tag}>"
    if b.weight < 0:
        names = b.names
        kind = next((k for k, words in vocab.BOILERPLATE_KINDS if any(w in names for w in words)),
                    "boilerplate_class")
        if kind not in _ALWAYS_TRUSTED and weakly_named(b):
            return None
        return kind, f'class/id "{names[:40]}"'
    return None


def weakly_named(box: Box) -> bool:
    """A box named as boilerplate only with weak words that reads like prose (see _weak_prose)."""
    return not firmly_negative(box.names) and _weak_prose(box)


def _prose(box: Box) -> bool:
    return box.chars >= PROSE_CHARS and box.link_chars < _PROSE_LINKS * box.chars


def _weak_prose(box: Box) -> bool:
    """The box reads like prose, or a column of paragraphs around it does that is named with the same
    weak words only: a page builder's one-paragraph "widgets" (elementor-widget-wrap > elementor-widget
    > elementor-widget-container) are the story though each is short; a rating or an author widget
    holds a few lines."""
    if _prose(box):
        return True
    words = [word for word in vocab.WEAK_NEGATIVE_CLASS if word in box.names]
    up = box.parent
    while words and up is not None and up.weight < 0 and not firmly_negative(up.names) and all(
            w in up.names for w in words):
        if up.chars >= _COLUMN_CHARS and _prose(up):
            return True
        up = up.parent
    return False
