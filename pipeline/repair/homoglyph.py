"""Latin and Cyrillic look-alike letters swapped inside a word (``homoglyph``).

Reposting farms that sell "unique" copies swap Cyrillic letters for the Latin ones drawn the same
(а/a, е/e, о/o, р/p, с/c, х/x, у/y, і/i) inside words, so that copy detection no longer finds the
text: ``пepeвёз``, ``Ceльcкaя`` (and English spam the other way: ``cоmmunity``). No writer mixes the
two alphabets inside one word, and the word itself says which alphabet it is written in: the letters
that have no look-alike in the other one (в, ё, л, я; or b, d, f, h). Only look-alikes are swapped
back, and only when the word's other letters settle the alphabet. A lower-case word made only of
look-alikes (``а``, ``сое``) takes the alphabet of its line when every settled word there is written in
it (three or more); capitals (Roman numerals: XXI век), letters beside digits (5 x 10 м) and, in a page,
ASCII words (they may be markup: <p>) are left. A word is read across the soft hyphens, ZWNJs and ZWJs inside it
(``рo\u00adст``: a farm puts both kinds of noise in one word), which the in-word fixer removes later.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterator

from ..record import Edit
from .common import Context, Fix, fix_from_edits
from .invisible import IN_WORD
from .regions import search_in

CYRILLIC = "А-яЁёІіЇїЄєҐґ"
# The pairs drawn alike (lower case, and the capitals whose lower case differs: В/в and b do not).
_LATIN_LOOK = "aeopcxyiABEKMHOPCTXYI"
_CYRILLIC_LOOK = "аеорсхуіАВЕКМНОРСТХУІ"
_ALIKE_RE = re.compile(f"[{_LATIN_LOOK}{_CYRILLIC_LOOK}]+")
_TO_CYRILLIC = str.maketrans(_LATIN_LOOK, _CYRILLIC_LOOK)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOK, _LATIN_LOOK)
# A Cyrillic letter beside a Latin one: the cheap test (its Cyrillic side is non-ASCII, so the scan of
# non-ASCII regions finds it; the lookahead reads one character past a region).
# (led by the Cyrillic class, so the engine skips to Cyrillic letters instead of trying a look-behind everywhere)
_MIXED_PAIR = re.compile(f"[{CYRILLIC}](?:(?<=[A-Za-z].)|(?<=[A-Za-z][{IN_WORD}].)|(?=[{IN_WORD}]?[A-Za-z]))")
_CYRILLIC_RE = re.compile(f"[{CYRILLIC}]")
_LATIN_RE = re.compile("[A-Za-z]")
_SETTLED_MIN = 3  # settled words a line needs before its look-alike-only words take its alphabet
_UNLIKE_LATIN = "".join(sorted(set(string.ascii_letters) - set(_LATIN_LOOK)))
_EDGE = f"(?<![A-Za-z{CYRILLIC}])"  # a word's start; its end: (?![A-Za-z{CYRILLIC}])
# The words a line is read by: those holding a Cyrillic letter (the few in an English page's text, which
# may be one line of thousands of words), pure Latin words that settle the alphabet, pure Latin words
# made of lower-case look-alikes.
_WORD = re.compile(f"[A-Za-z{CYRILLIC}](?:[{IN_WORD}]*[A-Za-z{CYRILLIC}])*")
_LETTER = re.compile(f"[A-Za-z{CYRILLIC}]|[{IN_WORD}](?<=[A-Za-z{CYRILLIC}].)")
_NO_INVISIBLES = str.maketrans("", "", IN_WORD)
_SETTLED_LATIN_RE = re.compile(f"{_EDGE}[A-Za-z]*[{_UNLIKE_LATIN}][A-Za-z]*(?![A-Za-z{CYRILLIC}])")
_ALIKE_LATIN_LOWER_RE = re.compile(f"{_EDGE}[{_LATIN_LOOK.lower()}]+(?![A-Za-z{CYRILLIC}])")
_BESIDE_DIGIT = re.compile(r"\d\s?$")


def _restored(word: str) -> str:
    """The word in the one alphabet its own letters settle, or the word unchanged."""
    if word.isascii() or not _LATIN_RE.search(word):  # one alphabet (nearly every word): the cheap tests
        return word
    if word.isupper():  # a stylised name or acronym (ftfy's negative case: the band SENSЕ with a Ukrainian Е)
        return word
    latin = {c for c in word if c.isascii()}
    cyrillic = set(word.translate(_NO_INVISIBLES)) - latin
    if not latin or not cyrillic:
        return word
    if latin <= set(_LATIN_LOOK) and not cyrillic <= set(_CYRILLIC_LOOK):
        return word.translate(_TO_CYRILLIC)
    if cyrillic <= set(_CYRILLIC_LOOK) and not latin <= set(_LATIN_LOOK):
        return word.translate(_TO_LATIN)
    return word


def _cyrillic_words(line: str) -> Iterator[re.Match[str]]:
    """The words holding a Cyrillic letter, found from those letters (a regex leading with a word's
    start would be tried at every Latin word)."""
    end = 0
    for letter in _CYRILLIC_RE.finditer(line):
        if letter.start() < end:  # (a letter of the word just given)
            continue
        start = letter.start()
        while start > 0 and _LETTER.match(line, start - 1):
            start -= 1
        word = _WORD.match(line, start)
        assert word is not None
        end = word.end()
        yield word


def _line_edits(line: str, offset: int, html: bool) -> list[Edit]:
    """Mixed words restored; then, when the line's settled words (not made only of look-alikes) are
    three or more and all of one alphabet, its lower-case look-alike-only words of the other one."""
    words = [(m, _restored(m[0])) for m in _cyrillic_words(line)]
    edits = [Edit(offset + m.start(), offset + m.end(), m[0], w) for m, w in words if w != m[0]]
    letters = [w.translate(_NO_INVISIBLES) for _, w in words]
    alike = [_ALIKE_RE.fullmatch(w) is not None for w in letters]  # made only of look-alikes
    settled = {w.isascii() for w, only in zip(letters, alike, strict=True) if not only}
    settled_count = alike.count(False)
    if latin := list(itertools.islice(_SETTLED_LATIN_RE.finditer(line), _SETTLED_MIN)):
        settled.add(True)
        settled_count += len(latin)
    if len(settled) != 1 or settled_count < _SETTLED_MIN:
        return edits
    if settled.pop():  # a Latin line: its Cyrillic look-alike-only words
        others = [(m, w) for (m, w), only in zip(words, alike, strict=True) if only and w.islower()]
        to_alphabet = _TO_LATIN
    else:  # a Cyrillic line: its Latin ones (in a page, an ASCII word may be markup: <p>)
        others = [] if html else [(m, m[0]) for m in _ALIKE_LATIN_LOWER_RE.finditer(line)]
        to_alphabet = _TO_CYRILLIC
    edits += [Edit(offset + m.start(), offset + m.end(), m[0], w.translate(to_alphabet))
              for m, w in others if not _beside_digit(line, m)]
    return sorted(edits, key=lambda e: e.start)


def _beside_digit(line: str, m: re.Match[str]) -> bool:
    """A digit just before or after the word, a space between allowed (read near the word only)."""
    before = line[max(0, m.start() - 2) : m.start()]
    return bool(_BESIDE_DIGIT.search(before)) or line[m.end() : m.end() + 2].lstrip()[:1].isdigit()


def fix_homoglyphs(text: str, ctx: Context) -> Fix:
    # (a pair needs a Latin letter: Cyrillic prose without one is cleared without trying the pair's
    # look-arounds at every Cyrillic letter)
    first = search_in(_MIXED_PAIR, text, ctx.regions(text), 1) if _LATIN_RE.search(text) else None
    if first is None:
        return Fix(text)
    edits: list[Edit] = []
    start = text.rfind("\n", 0, first.start()) + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        # (a line without letters of both alphabets has nothing to swap: most lines of most pages)
        if _CYRILLIC_RE.search(text, start, end) and _LATIN_RE.search(text, start, end):
            edits += _line_edits(text[start:end], start, ctx.html)
        start = end + 1
    example = edits[0].old if edits else ""
    return fix_from_edits(text, "homoglyph", f"words mixing Latin and Cyrillic look-alikes ({example!r})", edits)
