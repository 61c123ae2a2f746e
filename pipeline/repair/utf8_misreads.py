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


@functools.cache
def _first_pass_re() -> re.Pattern[str]:
    """A cheap scan for the exact test: a lead before a continuation, or a space lead before a space."""
    codecs = _codecs()
    leads = frozenset().union(*(c.leads_2 | c.leads_long for c in codecs))
    continuations = frozenset().union(*(c.continuations for c in codecs))
    space_leads = frozenset().union(*(c.space_leads_2 | c.space_leads_long | c.space_third_leads for c in codecs))
    # One branch with the choice in the lookahead: 2.5x faster than two alternatives.
    return re.compile(
        f"[{char_class(leads)}](?=[{char_class(continuations)}]|(?<=[{char_class(space_leads)}]) )"
    )


def _starts_sequence(codec: _Codec, lead: str, second: str, third: str) -> bool:
    if lead in codec.leads_2:
        return second in codec.continuations or (second == " " and lead in codec.space_leads_2)
    if lead not in codec.leads_long:
        return False
    if second == " ":
        return lead in codec.space_leads_long and third in codec.continuations
    if second not in codec.continuations:
        return False
    return third in codec.continuations or third in _LOST or (third == " " and lead in codec.space_third_leads)


@functools.cache
def _codecs_by_lead() -> dict[str, tuple[_Codec, ...]]:
    """For each lead character, the codecs in which it is one (most are in one to three)."""
    codecs = _codecs()
    leads = frozenset().union(*(c.leads_2 | c.leads_long for c in codecs))
    return {lead: tuple(c for c in codecs if lead in c.leads_2 or lead in c.leads_long) for lead in leads}


def utf8_misread_offsets(text: str) -> list[int]:
    """Offsets where a UTF-8 sequence read in one of ftfy's single-byte codecs may start."""
    found = []
    by_lead = _codecs_by_lead()
    for m in _first_pass_re().finditer(text):
        i = m.start()
        lead, second, third = text[i], text[i + 1], text[i + 2 : i + 3]
        if any(_starts_sequence(codec, lead, second, third) for codec in by_lead[lead]):
            found.append(i)
    return found
