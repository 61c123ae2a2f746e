"""Cyrillic text misread as windows-1252 and saved again in a Cyrillic page, its letters as references.

A windows-1251 paragraph read as windows-1252 shows Latin letters (``Ïî åãî ñëîâàì`` for По его словам); a site that
then saves it in KOI8-R or windows-1251 has no bytes for them and writes each as a reference (``&#207;&#238;
&#229;&#227;&#238;``), while the characters both tables hold (« » —, KOI8-R's ÷) stay raw. The parser shows the
Latin mojibake, and the fixers, which read the page's text without its references, never see it. A run of references
to windows-1252's letters (with the ASCII and the raw windows-1252 characters between them), at least
:data:`_MIN_LETTERS` of them, whose bytes read in windows-1251 or KOI8-R as Cyrillic text only, plausibly and
clearly better than in the other table (KOI8-R and windows-1251 swapped invert the case of every letter), is
replaced by that text.
"""

from __future__ import annotations

import functools
import re
from html import unescape

from ..decode_choose import ACCEPT, MARGIN
from ..encodings import decode
from ..plausibility import plausibility
from ..record import Edit
from .charsets import char_class
from .common import Fix, fix_from_edits
from .markup import Markup
from .references import ESCAPED_RULE, ONE_REF, read_reference, reference_runs

_MIN_LETTERS = 8
_VICTIMS = ("cp1251", "koi8_r")
# The characters a misread Cyrillic letter shows as: windows-1252's from 0xC0 (and ¨ ¸, windows-1251's Ё ё; KOI8-R's
# letters are all from 0xC0 too, its Ё ё at 0xB3 and 0xA3: ³ £).
_LETTERS = frozenset("\u00a3\u00a8\u00b3\u00b8" + bytes(range(0xC0, 0x100)).decode("cp1252"))
_LATIN_RE = re.compile("[\u00c0-\u024f]")


@functools.cache
def _run_re() -> re.Pattern[str]:
    """References, with the ASCII (no "&", "<", line break) and windows-1252's characters from 0x80 up between them
    (a KOI8-R page holds ÷, windows-1251's ч misread)."""
    marks = char_class(set(bytes(range(0x80, 0x100)).decode("cp1252", "ignore")))
    return re.compile(f"{ONE_REF}(?:{ONE_REF}|[ -%'-;=-~]|[{marks}])*{ONE_REF}")


def read_escaped_cyrillic(page: str, runs: str | None = None) -> Fix:
    """``page`` with its runs of references spelling Cyrillic bytes as windows-1252 read as that text, outside tags,
    scripts and styles. ``runs`` (:func:`.references.reference_runs`, found here when not given) tell whether the
    page holds enough references to letters to read it whole."""
    runs = reference_runs(page) if runs is None else runs
    if sum(read_reference(ref) in _LETTERS for ref in re.findall(ONE_REF, runs)) < _MIN_LETTERS:
        return Fix(page)  # the common case: one scan of the runs
    markup: Markup | None = None
    edits, codecs = [], set()
    for m in _run_re().finditer(page):
        if (reading := _cyrillic_behind(m[0])) is not None:
            markup = markup or Markup(page)
            if not markup.covers(m.start()):
                edits.append(Edit(m.start(), m.end(), m[0], reading[1]))
                codecs.add(reading[0])
    evidence = f"{len(edits)} runs of references spelling {', '.join(sorted(codecs))} bytes as windows-1252"
    return fix_from_edits(page, ESCAPED_RULE, evidence, edits)


def _cyrillic_behind(run: str) -> tuple[str, str] | None:
    """(codec, text) when the bytes ``run`` spells as windows-1252 read in one Cyrillic table as Cyrillic text,
    plausibly and clearly better than in the other; None otherwise."""
    refs = re.findall(ONE_REF, run)
    if sum(unescape(ref) in _LETTERS for ref in refs) < _MIN_LETTERS:
        return None
    chars = unescape(run)
    if "&" in chars:
        return None  # a reference escaped twice (&amp;egrave;): read once first (.double_escape), then this run
    try:  # (U+0080-U+009F stand for the bytes windows-1252 leaves undefined)
        data = b"".join(bytes((ord(ch),)) if 0x80 <= ord(ch) < 0xA0 else ch.encode("cp1252") for ch in chars)
    except UnicodeError:
        return None
    readings = {codec: text for codec in _VICTIMS if (text := decode(data, codec)) is not None}
    ranked = sorted(((plausibility(text, codec), codec, text) for codec, text in readings.items()
                     if not _LATIN_RE.search(text)), reverse=True)
    if not ranked or ranked[0][0] < ACCEPT or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN):
        return None
    return ranked[0][1], ranked[0][2]
