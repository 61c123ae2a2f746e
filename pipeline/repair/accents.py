"""One accented letter of a Latin word read as GBK or Big5 (Seg煤n, S茫o, caf茅): UTF-8's two bytes
of ú, ã, é make one ideograph there.

The run repairs of :mod:`.mojibake` need two non-ASCII characters, so a Latin word with a single
accent is never theirs. Here the ideograph must sit inside a Latin word (a letter on each side), or
end one on a line of Latin prose (four words or more, no other ideograph), and its GBK (or Big5) bytes must be the
UTF-8 of one accented Latin letter (U+00C0 to U+024F). Chinese text glues no ideograph inside a Latin
word (A股 and T恤 start with the letter, and their bytes are no UTF-8).
"""

from __future__ import annotations

import functools
import re

from ..record import Edit
from .common import HAN, Context, Fix, fix_from_edits

RULE = "mojibake_accent"
_HAN_RE = re.compile(f"[{HAN}]")
_WORD_RE = re.compile("[A-Za-z]{2,}")
LATIN = "A-Za-z"  # every match has one before it (the registry's precheck, .triggers)
_LATIN_RE = re.compile(f"[{LATIN}]")
_MIN_WORDS = 4
_CODECS = ("gbk", "big5")
_LETTERS = range(0xC0, 0x250)  # the accented Latin letters, U+00C0 to U+024F


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Inside a word (a letter on each side), and ending one (two letters before, then a space, a mark
    or the line's end; on a line with no other ideograph: "是iPad mini么?" asks, it is no ô), in one
    scan. It starts at one of the few ideographs whose GBK or Big5 bytes are the UTF-8 of an accented
    letter (a class the regex engine scans for fast) and looks back from it: a leading lookbehind
    would be tried at every position of a page."""
    chars = set()
    for code in _LETTERS:
        data = chr(code).encode("utf-8")
        for codec in _CODECS:
            try:
                char = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and _HAN_RE.match(char):
                chars.add(char)
    ideograph = f"[{''.join(sorted(chars))}]"
    word_end = "[ ,.;:!?'\")\\]]|$"
    return re.compile(f"{ideograph}(?:(?<=[A-Za-z].)(?=(?P<inside>[A-Za-z]))|(?<=[A-Za-z]{{2}}.)(?={word_end}))", re.M)


def _letter(char: str) -> tuple[str, str] | None:
    """The accented Latin letter whose UTF-8 ``char`` is in GBK or Big5, and that codec."""
    for codec in _CODECS:
        try:
            letter = char.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if len(letter) == 1 and "\u00c0" <= letter <= "\u024f" and letter.isalpha():
            return letter, codec
    return None


def _line(text: str, pos: int) -> str:
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _alone(text: str, pos: int) -> bool:
    """The ideograph at ``pos`` is the only one on its line, a line of Latin prose (Tom猫 is Chinese)."""
    line = _line(text, pos)
    return len(_HAN_RE.findall(line)) == 1 and len(_WORD_RE.findall(line)) >= _MIN_WORDS


def fix_accents(text: str, ctx: Context) -> Fix:
    if not _LATIN_RE.search(text):  # every match has a Latin letter before it (most Chinese text has none)
        return Fix(text)
    edits, hows = [], set()
    for m in _pattern().finditer(text):
        if not (m["inside"] or _alone(text, m.start())):
            continue
        if "\ufffd" in _line(text, m.start()):
            continue  # bytes were lost on this line: a partial repair would be a third text
        found = _letter(m[0])
        if found is not None:
            edits.append(Edit(m.start(), m.end(), m[0], found[0]))
            hows.add(f"utf-8 read as {found[1]}")
    return fix_from_edits(text, RULE, f"an accented letter of a Latin word ({', '.join(sorted(hows))})", edits)
