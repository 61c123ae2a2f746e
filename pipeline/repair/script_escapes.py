"""A script state object's prose written as ``\\uXXXX`` escapes, read as the characters.

PHP's ``json_encode`` (and most JSON serializers by default) escape every non-ASCII character, so an app's
share page or a mirror holds its article only as ``{"body": "\\u65b0\\u83ef(hu\\u00e1)..."}``. The fixers read
characters, and the page's text view takes scripts only when they hold non-ASCII text: such a body was
never repaired (its readings kept, its script never converted back) although the strip stage then reads it
as the article. Where a script holds a run of escaped CJK prose, its escapes from U+00A0 up are read as
the characters, which is what any JSON or JavaScript reader makes of them, so the script is repaired like
one written in UTF-8. An escaped backslash (``\\\\u4e00``) is no escape; escapes of ASCII, of C1 controls
and of the JavaScript line breaks U+2028/U+2029 stay; a surrogate pair is read as its one character.
"""

from __future__ import annotations

import re

from ..record import Edit
from .common import Fix, fix_from_edits
from .view import raw_elements

RULE = "script_escapes"
# A backslash run of odd length before u and four hex digits: the last backslash starts an escape.
_ESCAPE_RE = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|[0-9a-fA-F]{4})")
# Prose: eight escaped CJK characters in a row (ideographs, kana, hangul, CJK punctuation) with at most
# ASCII punctuation, digits or a short reading between them; a regex's [\u4e00-\u9fa5] or a label is shorter.
_CJK_ESCAPE = r"\\u(?:[3-9a-cA-C][0-9a-fA-F]{3}|[dD][0-7][0-9a-fA-F]{2}|[fF][fF][0-9a-fA-F]{2})"
_PROSE_RE = re.compile(f"(?:{_CJK_ESCAPE}(?:[^\"\\\\]{{0,12}}?(?=\\\\u)|)){{8}}")
# Prose needs escaped CJK characters: a page without one (most pages with escapes hold only \u002F and the
# like in their JSON) is passed over with one scan, before its scripts are found and searched.
_ANY_CJK_ESCAPE_RE = re.compile(_CJK_ESCAPE)


def _character(m: re.Match[str]) -> str | None:
    """The character an escape names; None where the escape stays."""
    code = m[2]
    if len(code) > 4:
        high, low = int(code[:4], 16), int(code[6:], 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    value = int(code, 16)
    return None if value < 0xA0 or value in (0x2028, 0x2029) or 0xD800 <= value < 0xE000 else chr(value)


def read_script_escapes(page: str) -> Fix | None:
    """``page`` with the escapes of its scripts holding escaped CJK prose read; None when it has none."""
    if not _ANY_CJK_ESCAPE_RE.search(page):  # (a regex skips to each "\\u" faster than ``in`` finds the first)
        return None
    edits = []
    for start, end, is_script in raw_elements(page):
        if is_script and "\\u" in page[start:end] and _PROSE_RE.search(page, start, end):
            edits += [Edit(m.start(2) - 2, m.end(), m[0][len(m[1]):], char)
                      for m in _ESCAPE_RE.finditer(page, start, end) if (char := _character(m)) is not None]
    if not edits:
        return None
    return fix_from_edits(page, RULE, f"{len(edits)} \\u escapes of script prose read as the characters", edits)
