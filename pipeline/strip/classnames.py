"""What a box's class, id, data-component and data-testid say about it: words of the content and
boilerplate vocabularies (vocab.POSITIVE_CLASS, NEGATIVE_CLASS) at the start of a name token."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from selectolax.lexbor import LexborNode

from . import vocab
from .patterns import alternation


@cache
def _name_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words of the vocabularies at the start of a name or after a separator, to run on the names
    with a space put before them: a pattern that starts with a separator class lets the regex
    engine skip to the separators (one with "^|" tries every position)."""
    def build(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(r"[\s_\-](?:" + alternation(list(words)) + ")")
    firm = tuple(w for w in vocab.NEGATIVE_CLASS if w not in vocab.WEAK_NEGATIVE_CLASS)
    return build(vocab.POSITIVE_CLASS), build(vocab.NEGATIVE_CLASS), build(firm)


def firmly_negative(names: str) -> bool:
    """Named with a boilerplate word that themes do not also use for story boxes (see vocab)."""
    return _name_words()[2].search(" " + names) is not None


@lru_cache(maxsize=4096)
def class_weight(names: str) -> int:
    """+1 for a content class/id, -1 for boilerplate, 0 for neither (see vocab)."""
    if not names:
        return 0
    pos_re, neg_re, _ = _name_words()
    spaced = " " + names
    pos, neg = len(pos_re.findall(spaced)), len(neg_re.findall(spaced))
    if neg and neg >= pos:
        return -1
    return 1 if pos else 0


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADER_WORDS = ("header", "heading")
# A name of this many words joined by "-" or "_" may be an anchor made from a heading's words.
_SLUG_WORDS = 3
_NOT_SLUG = re.compile(r"[^0-9a-z\u00c0-\uffff]+")


def box_weight(names: str, node: LexborNode) -> int:
    """class_weight of a box's ``names``, without the anchor id a table of contents links to: an id made
    from the words of the box's own first heading (id="menu-ideas-for-spring" over <h2>Menu ideas for
    spring</h2>) names the section's subject, and its words say nothing of what the box is."""
    weight = class_weight(names) if names else 0
    if weight < 0 and node.tag in _HEADINGS:  # (a heading's "header" says what it is: "header-anchor-post")
        names = " ".join(t for t in names.split() if not t.startswith(_HEADER_WORDS))
        weight = class_weight(names)
    if weight >= 0 or (heading := node.css_first("h1, h2, h3, h4, h5, h6")) is None:
        return weight
    slug = _NOT_SLUG.sub("-", heading.text().lower()).strip("-")
    kept = [token for token in names.split()
            if not (token.replace("_", "-").count("-") + 1 >= _SLUG_WORDS and slug.startswith(token.replace("_", "-")))]
    return weight if len(kept) == len(names.split()) else class_weight(" ".join(kept))


def class_and_id(node: LexborNode) -> str:
    """A node's class and id, lowercased (where a Box's ``names`` is not at hand: a link inside a box, the
    boxes above a node)."""
    attributes = node.attributes
    return f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
