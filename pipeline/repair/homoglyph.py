"""Latin and Cyrillic look-alike letters swapped inside a word (``homoglyph``).

Reposting farms that sell "unique" copies swap Cyrillic letters for the Latin ones drawn the same
(а/a, е/e, о/o, р/p, с/c, х/x, у/y, і/i) inside words, so that copy detection no longer finds the
text: ``пepeвёз``, ``Ceльcкaя``. No writer mixes the two alphabets inside one word, and the word
itself says which alphabet it is written in: the letters that have no look-alike in the other one
(в, ё, л, я; or b, d, f, h). Only look-alikes are swapped back, and only when the word's other
letters settle the alphabet; a word made only of look-alikes (``сoх``) is left as it is.
"""

from __future__ import annotations

import re

from ..record import Edit
from .common import Context, Fix, fix_from_edits
from .regions import search_in

_CYRILLIC = "А-яЁёІіЇїЄєҐґ"
# The pairs drawn alike (lower case, and the capitals whose lower case differs: В/в and b do not).
_LATIN_LOOK = "aeopcxyiABEKMHOPCTXYI"
_CYRILLIC_LOOK = "аеорсхуіАВЕКМНОРСТХУІ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOK, _CYRILLIC_LOOK)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOK, _LATIN_LOOK)
# A Cyrillic letter beside a Latin one: the cheap test (its Cyrillic side is non-ASCII, so the scan of
# non-ASCII regions finds it; the lookahead reads one character past a region).
_MIXED_PAIR = re.compile(f"(?<=[A-Za-z])[{_CYRILLIC}]|[{_CYRILLIC}](?=[A-Za-z])")
_WORD = re.compile(f"[A-Za-z{_CYRILLIC}]+")


def _restored(word: str) -> str:
    """The word in the one alphabet its own letters settle, or the word unchanged."""
    latin = {c for c in word if c.isascii()}
    cyrillic = set(word) - latin
    if not latin or not cyrillic:
        return word
    if latin <= set(_LATIN_LOOK) and not cyrillic <= set(_CYRILLIC_LOOK):
        return word.translate(_TO_CYRILLIC)
    if cyrillic <= set(_CYRILLIC_LOOK) and not latin <= set(_LATIN_LOOK):
        return word.translate(_TO_LATIN)
    return word


def fix_homoglyphs(text: str, ctx: Context) -> Fix:
    first = search_in(_MIXED_PAIR, text, ctx.regions(text), 1)
    if first is None:
        return Fix(text)
    edits = []
    for m in _WORD.finditer(text, max(0, text.rfind("\n", 0, first.start()))):
        new = _restored(m[0])
        if new != m[0]:
            edits.append(Edit(m.start(), m.end(), m[0], new))
    example = edits[0].old if edits else ""
    return fix_from_edits(text, "homoglyph", f"words mixing Latin and Cyrillic look-alikes ({example!r})", edits)
