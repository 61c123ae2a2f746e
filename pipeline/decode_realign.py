"""Realigning a double-byte page after one lost byte.

A repost that lost one byte of a GBK, Big5, Shift_JIS, EUC-JP or EUC-KR character (a lead byte turned to
``?`` or dropped, a trail byte dropped) throws every character after it out of step: the stranded byte
pairs with the next character's lead, that one's trail with the next lead, and so on up to the next
ASCII byte, where the decoder finally fails. Replacing only the failing byte keeps the whole run of
wrong characters (nonsense Han, private-use codes): a third text. The bytes after the lost one are
intact, so the run is read again with one byte left out at each place; when exactly the reading with the
stray byte at some place reads clearly better than the decoder's own, that one is kept, the stray byte
as one U+FFFD (the repair stage flags it). Which character the byte belonged to is not guessed here.
"""

from __future__ import annotations

import codecs
import itertools
import operator
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import NamedTuple

from .encodings import FAMILY, HIGH_BYTES, decode, decode_checked, error_handler, non_ascii_count
from .plausibility import character_classes
from .record import StrayByte

DOUBLE_BYTE = frozenset(codec for codec in FAMILY if codec != "iso2022_jp_ext")
# plausibility's class letters a family's prose is made of (common ideographs of its own table, kana,
# KS X 1001 hangul), with those of ASCII, spaces and CJK punctuation: any other character in a run is odd
_FITS = {"zh": "1357", "tw": "2367", "ja": "4567k", "ko": "K"}
_NEUTRAL = " .adp"
# class letter -> how odd it is in each family's prose (see ``_odd``), as a ``bytes.translate`` table
_ODDNESS = {family: bytes(0 if chr(mark) in fits + _NEUTRAL else 1 if chr(mark) in "01234567" else 3
                          for mark in range(256)) for family, fits in _FITS.items()}
_MAX_SPOTS = 16  # a page failing more often than this is junk or another codec: plain replacement
_LONE = 3  # bytes at most of one character that lost one (a UTF-8 sequence of four cut short)
_MAX_RUN = 2048  # bytes: each place in a run is tried with a decoding of the run (a paragraph is far shorter)


class Realigned(NamedTuple):
    text: str
    runs: int  # how many runs were read again in step
    strays: tuple[StrayByte, ...]  # the bytes each standing alone for a U+FFFD of ``text``


def decode_realigned(data: bytes, codec: str) -> Realigned:
    """``data`` decoded in ``codec`` with replacement characters, each run of high bytes that holds an
    undecodable byte read in its right alignment when one stray byte explains it; how many runs were
    realigned; and the stray bytes (the evidence a repair of the lost characters needs)."""
    if codec == "utf-8":  # (a cut sequence is one U+FFFD: nothing out of step)
        text, lone = _replaced(data, codec)
        return Realigned(text, 0, tuple(StrayByte(at, left, codec) for at, left in lone))
    if codec not in DOUBLE_BYTE:
        return Realigned(decode(data, codec, "replace") or "", 0, ())
    out: list[str] = []
    strays: list[StrayByte] = []
    pos = realigned = spots = length = 0
    while pos < len(data):
        reading = decode_checked(data[pos:], codec)
        if isinstance(reading, str) or spots == _MAX_SPOTS:
            out.append(reading if isinstance(reading, str) else decode(data[pos:], codec, "replace") or "")
            break
        spots += 1
        error = pos + reading
        start = pos + len(data[pos:error].rstrip(HIGH_BYTES))  # the run of high bytes around the error (in C)
        end = len(data) - len(data[error:].lstrip(HIGH_BYTES))
        out.append(decode(data[pos:start], codec, "replace") or "")
        length += len(out[-1])
        run, stop, lone = _realigned_run(data, start, end, codec)
        realigned += run is not None
        if run is None:
            run, lone = _replaced(data[start:stop], codec)
        out.append(run)
        strays += (StrayByte(length + at, left, codec) for at, left in lone)
        length += len(run)
        pos = max(stop, error + 1)
    return Realigned("".join(out), realigned, tuple(strays))


def _replaced(data: bytes, codec: str) -> tuple[str, list[tuple[int, bytes]]]:
    """``data`` decoded with one U+FFFD for each undecodable sequence, as the "replace" handler does; and
    where each U+FFFD standing for at most three bytes is, with those bytes (the first ``_MAX_SPOTS``). One
    decoding: each error is marked with ``_MARK`` and its bytes noted by ``_marked`` (an exception and a
    decoding of the rest per error before)."""
    marks = _Marks(codec)
    token = _MARKS.set(marks)
    try:
        text = data.decode(codec, error_handler("repost-realign-marks", _marked))
    finally:
        _MARKS.reset(token)
    lone: list[tuple[int, bytes]] = []
    at = -1
    for start, end in marks.spots:
        at = text.index(_MARK, at + 1)
        if end - start <= _LONE:
            lone.append((at, data[start:end]))
    return text.replace(_MARK, "\ufffd"), lone


_MARK = "\udcff"  # a lone surrogate, which no decoder used here yields: where an error was replaced


@dataclass(slots=True)
class _Marks:
    """The errors of one ``_replaced`` decoding: their byte spans, and how many were lone characters."""

    codec: str
    spots: list[tuple[int, int]] = field(default_factory=list)
    lone: int = 0


_MARKS: ContextVar[_Marks] = ContextVar("decode_realign_marks")


def _marked(error: UnicodeError) -> tuple[str, int]:
    """Note the error's bytes and mark it; after ``_MAX_SPOTS`` lone ones, the rest is plainly replaced."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    marks = _MARKS.get()
    marks.spots.append((error.start, error.end))
    if error.end - error.start <= _LONE:
        marks.lone += 1
        if marks.lone == _MAX_SPOTS:
            rest = decode(bytes(error.object[error.end:]), marks.codec, "replace") or ""
            return _MARK + rest, len(error.object)
    return _MARK, error.end


def _odd(text: str, codec: str) -> int:
    """How oddly ``text`` reads on a page in ``codec``: ideographs outside the family's common table count
    one, private-use codes, controls and other scripts' letters three (a run read out of step is full of
    them; common characters, kana, hangul, ASCII and CJK punctuation count nothing)."""
    return sum(_oddness(text, codec))


def _oddness(text: str, codec: str) -> bytes:
    """How odd each character of ``text`` is (``_odd``), a byte each (a character outside the BMP: 3)."""
    return oddness(text, FAMILY[codec])


def oddness(text: str, family: str) -> bytes:
    """How odd each character of ``text`` is in prose of a codec ``family`` ("zh", "tw", "ja", "ko")."""
    return text.translate(character_classes()).encode("ascii", "replace").translate(_ODDNESS[family])


def reading_prefixes(data: bytes, start: int, end: int, codec: str) -> dict[int, tuple[str, int]]:
    """``decode(data[start:stray], codec)`` and its ``_odd``, for each ``stray`` before ``end`` where that
    decoding is not None: where a character read from ``start`` ends, up to the first byte none can take."""
    text, ends, odd = prefix_counts(data, start, end, codec)
    return {place: (text[:count], odd[count]) for place, count in ends.items()}


def prefix_counts(data: bytes, start: int, end: int, codec: str) -> tuple[str, dict[int, int], list[int]]:
    """``reading_prefixes`` as counts (no prefix copied): the reading from ``start``, for each place the length of
    the prefix of it the place ends (``_character_ends``), and the ``_odd`` of each prefix by its length."""
    ends, text = _character_ends(data, start, end, codec)
    return text, ends, list(itertools.accumulate(_oddness(text, codec), initial=0))


def _character_ends(data: bytes, start: int, end: int, codec: str) -> tuple[dict[int, int], str]:
    """Each place before ``end`` where a character read from ``start`` ends (up to the first byte none can
    take), with how many characters were read before it; and what was read. The bytes are decoded at once up
    to the first that fails; in these codecs an ASCII character is one byte and nearly every other two, and
    each codec strays from that one way only (GB18030's four-byte and EUC-JP's three-byte codes are longer,
    Shift_JIS's one-byte kana and Big5-HKSCS's codes for two characters shorter), so when the reading's bytes
    add up so, each character ends where the count says. Else one pass of an incremental decoder, a byte at a
    time (decoded anew, every other place raised)."""
    chunk = data[start : max(start, end - 1)]
    reading = decode_checked(chunk, codec)
    if isinstance(reading, int):
        chunk = chunk[:reading]
        reading = decode_checked(chunk, codec)
    if isinstance(reading, str) and len(reading) + non_ascii_count(reading) == len(chunk):
        wide = itertools.accumulate(map(operator.gt, map(ord, reading), itertools.repeat(0x7F)))  # (all in C)
        places = map(operator.add, itertools.count(start + 1), wide)
        return {start: 0, **dict(zip(places, range(1, len(reading) + 1), strict=True))}, reading
    return _character_ends_by_byte(data, start, end, codec)


def _character_ends_by_byte(data: bytes, start: int, end: int, codec: str) -> tuple[dict[int, int], str]:
    """``_character_ends`` by one pass of an incremental decoder, a byte at a time."""
    decoder = codecs.getincrementaldecoder(codec)()
    pieces: list[str] = []
    ends, read = {start: 0}, 0  # place -> characters read before it
    for at in range(start, end - 1):
        try:
            pieces.append(decoder.decode(data[at : at + 1]))
        except UnicodeDecodeError:
            break
        read += len(pieces[-1])
        if not decoder.getstate()[0]:  # no byte pending: a character ends here
            ends[at + 1] = read
    return ends, "".join(pieces)


Tail = tuple[str, int, int]  # a reading to the run's end, where it stops, its odd count


def reading_tail(data: bytes, begin: int, end: int, codec: str) -> Tail | None:
    """``_right(data, begin, end, codec)`` with its ``_odd``."""
    right = _right(data, begin, end, codec)
    return None if right is None else (right[0], right[1], _odd(right[0], codec))


class Tails(Mapping[int, Tail | None]):
    """``reading_tail`` from each place where a character read from ``begin`` ends, from one reading and one count:
    a double-byte decoder reads on from the end of a character as it reads starting there, so each is the
    rest of the reading from ``begin`` (the same end, the same trail byte), or fails where it fails. A tail is
    cut from that reading when it is looked up (``odd`` gives its count alone)."""

    __slots__ = ("_ends", "_odd", "_stop", "_text")

    def __init__(self, data: bytes, begin: int, end: int, codec: str) -> None:
        self._ends, _ = _character_ends(data, begin, end, codec)
        whole = _right(data, begin, end, codec)
        text, self._stop = whole or ("", end)
        self._odd = list(itertools.accumulate(_oddness(text, codec), initial=0))
        self._text: str | None = text if whole is not None else None

    def odd(self, place: int) -> int | None:
        """The ``_odd`` of the tail at ``place`` (None when it fails)."""
        odd: list[int] = self._odd
        return None if self._text is None else odd[-1] - odd[self._ends[place]]

    def __getitem__(self, place: int) -> Tail | None:
        if place not in self:
            raise KeyError(place)
        count = self._ends[place]
        return None if self._text is None else (self._text[count:], self._stop, self._odd[-1] - self._odd[count])

    def __contains__(self, place: object) -> bool:
        """Whether ``place`` has a tail: every place where a character ends has one (None) when the reading from
        ``begin`` fails, else every place before its end."""
        count = self._ends.get(place) if isinstance(place, int) else None
        return count is not None and (self._text is None or count < len(self._text))

    def __iter__(self) -> Iterator[int]:
        return filter(self.__contains__, self._ends)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _realigned_run(data: bytes, start: int, end: int, codec: str) -> tuple[str | None, int, list[tuple[int, bytes]]]:
    """The run ``data[start:end]`` (high bytes; a trail byte in the ASCII range may follow) read with one
    stray byte, at the place that leaves fewer odd characters than the decoder's own reading and than
    every other place (places that tie are told apart by the page around the run, ``_fits_page``);
    where the run's reading stops (after that trail byte when it is the run's); and the stray byte, with the
    offset of its U+FFFD in the reading."""
    plain = _right(data, start, end, codec, "replace") or ("", end)
    plain_odd = _odd(plain[0].replace("\ufffd", ""), codec)
    if end - start > _MAX_RUN or plain_odd == 0:
        return None, plain[1], []  # (a reading with nothing odd in it: no other place can read better)
    readings: list[tuple[int, str, int, int, int]] = []
    tails = Tails(data, start + 1, end, codec)  # (the right sides of most places, at once)
    for stray, (left, left_odd) in reading_prefixes(data, start, end, codec).items():
        right = tails[stray + 1] if stray + 1 in tails else reading_tail(data, stray + 1, end, codec)
        if right is not None:
            readings.append((left_odd + right[2], left + "\ufffd" + right[0], right[1], stray, len(left)))
    if not readings:
        return None, plain[1], []
    least = min(reading[0] for reading in readings)
    if least >= plain_odd:
        return None, plain[1], []  # the decoder's own reading is as good: a byte lost at the run's end
    best = [reading for reading in readings if reading[0] == least]
    if len(best) > 1:
        around = (decode(data[:start], codec, "replace") or "") + "\n" + (decode(data[end:], codec, "replace") or "")
        pairs = {around[i : i + 2] for i in range(len(around) - 1)}
        best = [reading for reading in best if _fits_page(reading[1], data[reading[3]], codec, pairs)]
    if len(best) != 1:
        return None, plain[1], []
    _, text, stop, stray, at = best[0]
    return text, stop, [(at, data[stray : stray + 1])]


def _fits_page(text: str, stray: int, codec: str, pairs: set[str]) -> bool:
    """Whether exactly one character holding the ``stray`` byte (as its lead or its trail) makes a pair
    with a neighbour of the U+FFFD in ``text`` that the page around the run holds (its ``pairs`` of
    characters): the page's evidence that the byte was lost there."""
    at = text.index("\ufffd")
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    found = set()
    for other in range(0x40, 0xFF):
        for pair in (bytes((stray, other)), bytes((other, stray))):
            char = decode(pair, codec) or ""
            paired = (before and before + char in pairs) or (after and char + after in pairs)
            if len(char) == 1 and not char.isascii() and paired:
                found.add(char)
    return len(found) == 1


def _right(data: bytes, begin: int, end: int, codec: str, errors: str = "strict") -> tuple[str, int] | None:
    """``data[begin:end]`` decoded, or with the ASCII-range byte at ``end`` when it is the trail of the
    run's last byte; and where that reading stops."""
    text = decode(data[begin : end + 1], codec) if end < len(data) else None
    if text is not None:  # the byte at ``end`` read as a trail, or on its own: then the rest is the run's reading
        return (text, end + 1) if not text.endswith(chr(data[end])) else (text[:-1], end)
    text = decode(data[begin:end], codec, errors)
    return (text, end) if text is not None else None
