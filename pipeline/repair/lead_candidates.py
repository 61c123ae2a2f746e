"""The characters a stranded trail byte may complete: every lead byte of the codec that makes a valid
character with it (.damage decides between them).

The codec is the page's: a Big5 page's lost byte was lost in Big5. But a text may lose its byte on a GBK
site and be copied into a Big5 page later (余?f(wan4)元: 萬 = GBK C8 66; Big5 writes B8 55), the "?" and the
ASCII trail byte surviving any codec; where the lost character's own reading follows, and the page's
codec has no character reading it, both Chinese codecs are read (:func:`both_chinese`). Without a reading
they are not: a page's own lost byte gains some hundred candidates, one of which the page's words settle
by chance (audit34: WRONG 6 -> 14).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .readings import simplified
from .words import is_common

_CHINESE_CODECS = ("gbk", "big5")
LOST_LEAD_CODECS = {"gbk": ("gbk",), "gb18030": ("gbk",), "gb2312": ("gbk",), "big5": ("big5",),
                    "big5hkscs": ("big5",), "cp932": ("cp932",), "shift_jis": ("cp932",)}
_LEADS = range(0x81, 0xFF)


@dataclass(slots=True, frozen=True)
class Candidate:
    char: str
    codec: str
    misread: str | None  # the character the previous trail byte and the lost lead byte formed


def candidates(prev: str, trail: int, codecs: tuple[str, ...]) -> list[Candidate]:
    """The characters a lead byte of ``codecs`` makes with ``trail``, with what it made with ``prev``'s trail byte."""
    found = []
    for codec in codecs:
        try:
            prev_trail = prev.encode(codec)[-1:]
        except UnicodeEncodeError:
            prev_trail = b""
        misreads = _misreads(prev_trail[0], codec) if prev_trail else {}
        found += [Candidate(char, codec, misreads.get(lead)) for lead, char in _completions(trail, codec)]
    return found


@functools.cache
def _completions(trail: int, codec: str) -> tuple[tuple[int, str], ...]:
    """Each lead byte (0x81-0xFE) ``codec`` reads as a character with ``trail``, and what it reads: a table of the
    codec, read for each of a spot's 126 leads (a raised decoding error costs more than the decoding)."""
    return tuple((lead, char) for lead in _LEADS if (char := _decode(bytes((lead, trail)), codec, 2)) is not None)


@functools.cache
def _misreads(prev_trail: int, codec: str) -> dict[int, str]:
    """The character ``codec`` reads from ``prev_trail`` and each lead byte, where it reads one."""
    return {lead: char for lead in _LEADS if (char := _decode(bytes((prev_trail, lead)), codec)) is not None}


def _decode(data: bytes, codec: str, most: int = 1) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if len(text) <= most else None


def both_chinese(codecs: tuple[str, ...]) -> tuple[str, ...] | None:
    """Both Chinese codecs, when ``codecs`` is one of them alone (the page's); else None."""
    return _CHINESE_CODECS if len(codecs) == 1 and chinese(codecs) else None


def chinese(codecs: tuple[str, ...]) -> bool:
    """Word counts (.words, a Chinese corpus) may speak: not on a Japanese page, where a katakana
    candidate has no count at all."""
    return all(codec in _CHINESE_CODECS for codec in codecs)


def mainland(chars: set[str], following: str) -> set[str]:
    """The candidates a repost with readings may hold: it starts from common mainland text, their simplified form
    in GB2312 (alone or before the next character ``following``: 瞭(le)解 is 了解)."""
    return {c for c in chars if is_common(c) or is_common(simplified(c + following)[0])}


def rare_among(chars: set[str]) -> set[str]:
    """Of several candidates some of which are ``mainland``, the others (none when one is left or none is common)."""
    common = mainland(chars, "") if len(chars) > 1 else set()
    return chars - common if common else set()
