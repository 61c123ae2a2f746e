"""Where a text may hold mojibake: the cheap scans before any scoring.

A suspect character (a rare ideograph or Hangul syllable, a latin-1 symbol, a C1 control, a cp1252
extra, box drawing, private use: the characters wrong decoding produces and clean text rarely has), a
latin-1 symbol beside another latin-range character, a script break (.charsets), or a run of four
accented letters. The mojibake fixers score (.charsets.plausibility) only the runs holding one.
"""

from __future__ import annotations

import functools
import re

from .charsets import (
    BREAK_BODY,
    BREAK_CHARS,
    CASE_BREAK_RE,
    CYRILLIC_PARTNERS,
    LETTER_OR_HANGUL,
    char_class,
    common_han,
    common_hangul,
    uncommon_han,
)
from .regions import Regions, finditer_in

# Four accented letters in a row (ÊÐÕþ): legacy bytes read as latin-1.
_ACCENTED = "[\u00c0-\u024f]"
_RUN4_RE = re.compile(_ACCENTED * 4)
# A latin-1 symbol next to another latin-range character (Â©, ¸®); alone (©, », ½) it is common.
_SYMBOLS = "\u00a0-\u00bf\u00d7\u00f7"
_SYMBOL_PAIR_BODY = "(?<=[\u0080-\u024f].)|(?=[\u0080-\u024f])"
# Characters clean text rarely has (latin-1 symbols, C1, cp1252 extras, Serbian/Macedonian
# letters that cp1251 mojibake of UTF-8 produces, box drawing, private use, half-width katakana,
# U+FFFD): with rare ideographs and script breaks they make the suspect test, the cheap gate before
# any scoring.
_SUSPECT_EXTRA = (
    "\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u0402\u0403\u040a-\u040f\u0452\u0453\u045a-\u045f"
    "\u2020-\u2022\u2030\u2039\u203a\u20ac\u2122\u2500-\u25ff\ue000-\uf8ff\uff61-\uff9f\ufffd"
)
_LETTER_OR_HANGUL_RE = re.compile(f"[{LETTER_OR_HANGUL}]")
_CYRILLIC_PARTNERS_RE = re.compile(f"[{CYRILLIC_PARTNERS}]")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


@functools.cache
def _suspect_chars() -> str:
    """Characters that may come from mojibake, as a class body: rare ideographs and Hangul, and
    _SUSPECT_EXTRA."""
    ranges = char_class(c for c in map(chr, range(0x3400, 0xA000)) if c not in common_han() and c not in uncommon_han())
    hangul = char_class(c for c in map(chr, range(0xAC00, 0xD7A4)) if c not in common_hangul())
    return f"{ranges}{hangul}{_SUSPECT_EXTRA}"


@functools.cache
def _one_char_hits_re() -> re.Pattern[str]:
    """A suspect character, a latin-1 symbol beside a latin-range character, or a script break
    (.charsets), in one scan: each matches one character (then looks around it), so one pattern
    starting with the class of all three, then telling which test applies by a look back at that
    character, matches at exactly the offsets where one of them does."""
    suspect = _suspect_chars()
    return re.compile(
        f"[{suspect}{_SYMBOLS}{BREAK_CHARS}](?:(?<=[{suspect}])"
        f"|(?<=[{_SYMBOLS}])(?:{_SYMBOL_PAIR_BODY})|{BREAK_BODY})"
    )


@functools.cache
def _non_ideograph_hits_re() -> re.Pattern[str]:
    """:func:`_one_char_hits_re` without the common ideographs (rare ones are suspect): the same
    matches on text without ideographs; with :data:`_IDEOGRAPH_BREAK_RE`, on any text. On a Chinese
    page the two scans cost 0.6 of the one pattern tried at every ideograph with all its branches."""
    suspect = _suspect_chars()
    return re.compile(
        f"[{suspect}{_SYMBOLS}\u0400-\u04ff\uac00-\ud7a3\uff61-\uff9f](?:(?<=[{suspect}])"
        f"|(?<=[{_SYMBOLS}])(?:{_SYMBOL_PAIR_BODY})|{BREAK_BODY})"
    )


# An ideograph's breaks (BREAK_BODY's first branch): all need a Hangul syllable or a Latin letter after it.
_IDEOGRAPH_BREAK_RE = re.compile(
    "[\u3400-\u9fff](?=[\uac00-\ud7a3A-Za-z])(?:(?<=[\u4e00-\u9fff])(?=[\uac00-\ud7a3])"
    "|(?<=[A-Za-z][\u3400-\u9fff\uff61-\uff9f])(?=[A-Za-z]))"
)


@functools.cache
def _char_hits_re() -> re.Pattern[str]:
    """:func:`_one_char_hits_re` without the script breaks: a suspect character, or a latin-1 symbol
    beside a latin-range character."""
    suspect = _suspect_chars()
    return re.compile(f"[{suspect}{_SYMBOLS}](?:(?<=[{suspect}])|(?<=[{_SYMBOLS}])(?:{_SYMBOL_PAIR_BODY}))")


def _breaks_beyond_case(text: str) -> bool:
    """``text`` holds what a script break other than a Cyrillic case change needs (see
    .charsets.LETTER_OR_HANGUL): without it, the breaks are looked for as case changes alone."""
    return _LETTER_OR_HANGUL_RE.search(text) is not None or (
        _CYRILLIC_RE.search(text) is not None and _CYRILLIC_PARTNERS_RE.search(text) is not None)


def _short_text_hits(text: str) -> list[int]:
    """The offsets where :func:`_one_char_hits_re` matches, its breaks looked for only where the text
    holds what they need."""
    if _breaks_beyond_case(text):
        return [m.start() for m in _one_char_hits_re().finditer(text)]
    hits = [m.start() for m in _char_hits_re().finditer(text)]
    if _CYRILLIC_RE.search(text) and (cases := [m.start() - 1 for m in CASE_BREAK_RE.finditer(text)]):
        return sorted(set(hits).union(cases))
    return hits


@functools.cache
def _suspect_or_res(first: str, branches: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`suspect_or`'s two searches, with every break and with the case changes alone: one leading
    class (what any of the tests starts at), then each test's branches behind look-backs at that character."""
    suspect = _suspect_chars()
    own = (f"(?<=[{suspect}])|(?<=[{_SYMBOLS}])(?:{_SYMBOL_PAIR_BODY})"
           f"|(?<={_ACCENTED})(?={_ACCENTED * 3})")
    every_break = f"[{suspect}{_SYMBOLS}{BREAK_CHARS}\u00c0-\u024f{first}](?:{own}|{BREAK_BODY}|{branches})"
    case_only = f"[{suspect}{_SYMBOLS}\u00c0-\u024f\u0410-\u042f\u0401{first}](?:{own}|(?<=[а-яё][А-ЯЁ])|{branches})"
    return re.compile(every_break), re.compile(case_only)


def suspect_or(text: str, first: str, branches: str) -> bool:
    """:func:`suspect_positions` finds an offset in a short ``text``, or another one-character test matches
    (a class body ``first`` of the characters it starts at, and ``branches`` read after one): one search
    stopping at the first, where each test would read the whole text of a clean short text."""
    every_break, case_only = _suspect_or_res(first, branches)
    return (every_break if _breaks_beyond_case(text) else case_only).search(text) is not None


def suspect_positions(text: str, regions: Regions | None = None, ideographs: bool = True) -> list[int]:
    """Sorted offsets of everything :func:`is_suspect` looks for, found in passes for the one-character
    hits and for the runs of four (whose matches do not overlap). With ``regions``
    (:func:`.common.non_ascii_regions`: every hit is a non-ASCII character, looking one past itself)
    only those are read, and the hits at ideographs are a pass apart, made unless the caller knows
    the text has no ideograph."""
    if regions is None:  # a short text: one scan costs less than two calls
        hits = _short_text_hits(text)
        extra = []
    else:
        hits = [m.start() for m in finditer_in(_non_ideograph_hits_re(), text, regions, reach=1)]
        extra = [m.start() for m in finditer_in(_IDEOGRAPH_BREAK_RE, text, regions, reach=1)] if ideographs else []
    extra += [m.start() for m in (_RUN4_RE.finditer(text) if regions is None else finditer_in(_RUN4_RE, text, regions))]
    return sorted(set(hits).union(extra)) if extra else hits


def is_suspect(text: str) -> bool:
    """The cheap gate before any scoring: a suspicious character, a script break or a run of
    accented letters (the two scans of :func:`suspect_positions`, each stopping at its first hit)."""
    return bool(_one_char_hits_re().search(text) or _RUN4_RE.search(text))
