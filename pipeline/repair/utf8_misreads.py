"""Where ftfy could find UTF-8 read as one of its single-byte codecs: the western fixer's gate.

Every mojibake ftfy repairs holds a UTF-8 sequence read in one codec: a lead byte's character
followed by one continuation byte's character (2-byte sequences: Ã©, Ð¿, Î±) or two or three
(â€œ, ðŸ˜€), where ftfy also accepts a space for a lost NBSP continuation after some leads (its
ALTERED_UTF8_RE: Ã , â€ ) and a lost last byte (?, U+FFFD). The tables come from the codecs
themselves, so clean accented prose (ção, é before a space), Chinese marks (……, ”“) and
Cyrillic words (в , ві: a 3-byte lead needs two continuations) do not reach ftfy's badness test.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .charsets import char_class
from .common import has_hit
from .regions import Regions, finditer_in

# A lost last byte: ftfy's LOSSY_UTF8_RE reads these in its place.
_LOST = frozenset("?\ufffd\x1a")
# ftfy's ALTERED_UTF8_RE (not applied in MacRoman): a space may be a lost NBSP right after these
# 2-byte leads, right after these longer leads when continuations follow, or third after these.
_SPACE_LEADS_2 = bytes((0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9))
_SPACE_LEADS_LONG = bytes((0xE2, 0xE3, 0xF0))
_SPACE_THIRD_LEADS = bytes((0xE0, 0xE1, 0xE2, 0xE3))


class _Codec(NamedTuple):
    leads_2: frozenset[str]
    leads_long: frozenset[str]
    continuations: frozenset[str]
    space_leads_2: frozenset[str]
    space_leads_long: frozenset[str]
    space_third_leads: frozenset[str]


def _chars(data: bytes, codec: str) -> frozenset[str]:
    return frozenset(data.decode(codec, errors="ignore"))


@functools.cache
def _codecs() -> tuple[_Codec, ...]:
    from ftfy.chardata import CHARMAP_ENCODINGS

    def space(leads: bytes, codec: str) -> frozenset[str]:
        return _chars(leads, codec) if codec != "macroman" else frozenset()

    return tuple(
        _Codec(
            _chars(bytes(range(0xC0, 0xE0)), c),
            _chars(bytes(range(0xE0, 0xF5)), c),
            _chars(bytes(range(0x80, 0xC0)), c),
            space(_SPACE_LEADS_2, c),
            space(_SPACE_LEADS_LONG, c),
            space(_SPACE_THIRD_LEADS, c),
        )
        for c in CHARMAP_ENCODINGS
    )


def _cls(chars: frozenset[str]) -> str:
    return f"[{char_class(chars)}]"


def _codec_branch(codec: _Codec) -> str:
    """The exact test for one codec, read at the character after the lead: a 2-byte lead before a
    continuation (or a space, after some leads); a longer lead before a space then a continuation
    (some leads), or before a continuation then a continuation, a lost byte or a space (some leads)."""
    cont = _cls(codec.continuations)
    two = [f"(?={cont})"]
    if codec.space_leads_2:
        two.append(f"(?<={_cls(codec.space_leads_2)})(?= )")
    after_cont = [cont, _cls(_LOST)]
    if codec.space_third_leads:
        after_cont.append(f"(?<={_cls(codec.space_third_leads)}.) ")
    long = [f"(?={cont}(?:{'|'.join(after_cont)}))"]
    if codec.space_leads_long:
        long.append(f"(?<={_cls(codec.space_leads_long)})(?= {cont})")
    return (
        f"(?<={_cls(codec.leads_2)})(?:{'|'.join(two)})"
        f"|(?<={_cls(codec.leads_long - codec.leads_2)})(?:{'|'.join(long)})"
    )


@functools.cache
def _sequence_re(also: str) -> re.Pattern[str]:
    """Where a sequence starts: a cheap first test (a lead before a continuation, or a space lead
    before a space) that most characters fail at once, then the exact test of each codec; or a
    character of the class body ``also`` (the caller's own hits, found in the same scan)."""
    codecs = _codecs()
    leads = frozenset().union(*(c.leads_2 | c.leads_long for c in codecs))
    continuations = frozenset().union(*(c.continuations for c in codecs))
    space_leads = frozenset().union(*(c.space_leads_2 | c.space_leads_long | c.space_third_leads for c in codecs))
    sequence = (
        f"(?={_cls(continuations)}|(?<={_cls(space_leads)}) )(?:{'|'.join(map(_codec_branch, codecs))})"
    )
    if not also:
        return re.compile(f"{_cls(leads)}{sequence}")
    return re.compile(f"[{also}{char_class(leads)}](?:(?<=[{also}])|{sequence})")


@functools.cache
def needed_parts(also: str) -> tuple[str, str]:
    """What every match of :func:`_sequence_re` holds, found at its rarer character, as the class body of
    that character and the alternatives read there: a character of ``also``; a continuation after a lead,
    or after a space after a longer lead that takes one; or a 2-byte lead that takes a space, before one.
    Text without them has no match, cleared by one scan skipping to these characters, where the full
    pattern stops at every character that is a lead in some codec (every Cyrillic letter, most accented
    Latin ones). (.suspects folds the test into its own for the registry's gate on a short text.)"""
    codecs = _codecs()
    leads = frozenset().union(*(c.leads_2 | c.leads_long for c in codecs))
    continuations = frozenset().union(*(c.continuations for c in codecs))
    space_leads_2 = frozenset().union(*(c.space_leads_2 for c in codecs))
    space_leads_long = frozenset().union(*(c.space_leads_long for c in codecs))
    cont = _cls(continuations)
    branches = [f"(?<=[{also}])"] if also else []
    branches += [f"(?<={_cls(leads)}{cont})", f"(?<={_cls(space_leads_long)} {cont})",
                 f"(?<={_cls(space_leads_2)})(?= )"]
    return f"{also}{char_class(continuations | space_leads_2)}", "|".join(branches)


@functools.cache
def _needed_re(also: str) -> re.Pattern[str]:
    """:func:`needed_parts` as one pattern."""
    first, branches = needed_parts(also)
    return re.compile(f"[{first}](?:{branches})")


def utf8_misread_offsets(text: str, also: str = "", regions: Regions | None = None) -> list[int]:
    """Offsets where a UTF-8 sequence read in one of ftfy's single-byte codecs may start, and of the
    characters of the class body ``also`` (non-ASCII), in order; only in ``regions`` when given
    (a lead is non-ASCII and the test reads two characters past it)."""
    pattern = _sequence_re(also)
    if regions is None:
        return [m.start() for m in pattern.finditer(text)] if _needed_re(also).search(text) else []
    return [m.start() for m in finditer_in(pattern, text, regions, 2)]


class MisreadHits:
    """:func:`utf8_misread_offsets` asked stretch by stretch, in order (:meth:`within`). In a short text (no
    ``regions``) the first offset from a stretch's start is searched for when the stretch is asked, and kept for
    the stretches before it: a match is one character whose look-behinds see before where a search starts, so
    that is the first offset of the list at or after the start. A line of Cyrillic mojibake holds one at nearly
    every character, which a list would find every one of, where the fixer asks whether its line holds one."""

    __slots__ = ("_listed", "_next", "_pattern", "_text")

    def __init__(self, text: str, also: str, regions: Regions | None) -> None:
        self._text, self._pattern = text, _sequence_re(also)
        self._listed = None if regions is None else utf8_misread_offsets(text, also, regions)
        # the first offset at or after the last start asked (-1: not searched yet; past the text: none left)
        self._next = -1 if regions is None and _needed_re(also).search(text) else len(text)

    def within(self, start: int, end: int) -> bool:
        """An offset lies in ``[start, end)``; ``start`` never below the last one asked."""
        if self._listed is not None:
            return has_hit(self._listed, start, end)
        if self._next < start:
            found = self._pattern.search(self._text, start)
            self._next = len(self._text) if found is None else found.start()
        return self._next < end
