"""Decomposed accents composed (``compose``): a letter followed by combining marks becomes the one
precomposed character Unicode has for it (NFC on just that run).

Vietnamese copied from a Mac, or decoded from windows-1258 (which writes the tone mark as a
combining character after the letter), comes out as ``ơ`` + U+0301 where the writer typed ``ớ``:
the same text on screen, a different one to search, compare or count. Only Latin, Greek and
Cyrillic letters with marks are composed; CJK text (whose compatibility ideographs NFC would
change) is never touched.
"""

from __future__ import annotations

import re
import unicodedata

from ..record import Edit
from .common import Context, Fix, fix_from_edits
from .regions import search_in

COMBINING_MARKS = "\u0300-\u036f"  # (a class body)
_MARK = re.compile(f"[{COMBINING_MARKS}]")
_LETTER_MARKS = re.compile(f"[A-Za-z\u00c0-\u024f\u0370-\u04ff\u1e00-\u1eff][{COMBINING_MARKS}]+")


def fix_decomposed(text: str, ctx: Context) -> Fix:
    first = search_in(_MARK, text, ctx.regions(text))
    if first is None:
        return Fix(text)
    edits = []
    for m in _LETTER_MARKS.finditer(text, max(0, first.start() - 1)):
        composed = unicodedata.normalize("NFC", m[0])
        if composed != m[0]:
            edits.append(Edit(m.start(), m.end(), m[0], composed))
    return fix_from_edits(text, "compose", "letters followed by combining accents: composed (NFC)", edits)
