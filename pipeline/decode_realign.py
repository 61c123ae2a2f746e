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

from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import NamedTuple

from .decode_page_pairs import PagePairs, Reading
from .decode_readings import Tail, Tails, odd_count, reading_prefixes, reading_tail, right_reading
from .encodings import FAMILY, HIGH_BYTES, decode, decode_checked, error_handler
from .record import StrayByte

DOUBLE_BYTE = frozenset(codec for codec in FAMILY if codec != "iso2022_jp_ext")
_MAX_SPOTS = 16  # a page failing more often than this is junk or another codec: plain replacement
_LONE = 3  # bytes at most of one character that lost one (a UTF-8 sequence of four cut short)
_QUIET = 4  # characters: a stretch read out of step in common characters only is seldom longer (宦男心 for 不履行的)
_MAX_RUN = 2048  # bytes: each place in a run is tried with a decoding of the run (a paragraph is far shorter)


class Realigned(NamedTuple):
    text: str
    runs: int  # how many runs were read again in step
    strays: tuple[StrayByte, ...]  # the bytes each standing alone for a U+FFFD of ``text``


def decode_realigned(data: bytes, codec: str, page_data: bytes | None = None) -> Realigned:
    """``data`` decoded in ``codec`` with replacement characters, each run of high bytes that holds an
    undecodable byte read in its right alignment when one stray byte explains it; how many runs were
    realigned; and the stray bytes (the evidence a repair of the lost characters needs). The pairs the page
    writes elsewhere are read in ``page_data`` when ``data`` is a piece of it (a line of a mixed page)."""
    if codec == "utf-8":  # (a cut sequence is one U+FFFD: nothing out of step)
        text, lone = _replaced(data, codec)
        return Realigned(text, 0, tuple(StrayByte(at, left, codec) for at, left in lone))
    if codec not in DOUBLE_BYTE:
        return Realigned(decode(data, codec, "replace") or "", 0, ())
    out: list[str] = []
    strays: list[StrayByte] = []
    page = PagePairs(data if page_data is None else page_data, codec)
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
        before = next((piece[-1] for piece in reversed(out) if piece), "")
        run, stop, lone = _realigned_run(data, (start, error, end), codec, page, before)
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


def _realigned_run(data: bytes, span: tuple[int, int, int], codec: str, page: PagePairs, before: str
                   ) -> tuple[str | None, int, list[tuple[int, bytes]]]:
    """The run ``data[start:end]`` (``span``: high bytes, the first undecodable one at ``error``; a trail byte
    in the ASCII range may follow) read with one stray byte, at the place that leaves the fewest odd
    characters, as few as the decoder's own reading or fewer (places that tie, the decoder's reading among
    them, are told apart by the ``page`` around the run, ``before``: the character before it; places that all
    read better than the decoder and that the page cannot tell apart, by ``_stray_place``); where the
    run's reading stops (after that trail byte when it is the run's); and the stray byte, with the offset of
    its U+FFFD in the reading."""
    start, _, end = span
    plain = right_reading(data, start, end, codec, "replace") or ("", end)
    plain_odd = odd_count(plain[0].replace("\ufffd", ""), codec, page.family)
    around = (before, decode(data[end : end + 1], codec, "replace") or "")
    if end - start > _MAX_RUN or (plain_odd == 0 and page.confirms(plain[0], around)):
        return None, plain[1], []  # (a reading with nothing odd in it, in step as far as the page tells)
    readings = _readings(data, span, codec, page.family, plain_odd == 0)
    if not readings:
        return None, plain[1], []
    plain_odd += max(plain[0].count("\ufffd") - 1, 0)  # (a reading with one stray byte has one U+FFFD: more are odd)
    least = min(reading[0] for reading in readings)
    if least > plain_odd:
        return None, plain[1], []  # the decoder's own reading is better: a byte lost at the run's end
    best = [reading for reading in readings if reading[0] == least]
    if least == plain_odd:  # the decoder's own reading ties (its stray place unknown: -1): only the page moves it
        best.append((plain_odd, plain[0], plain[1], -1, -1))
    if len(best) > 1 and any(reading[1] != plain[0] for reading in best):  # (else the page cannot move it)
        placed = page.placed(best, around, plain[0])
        if len(placed) != 1 and least < plain_odd:
            placed = [max(placed or page.most_written(best, around, plain[0]), key=_stray_place)]
        best = placed
    if len(best) != 1 or best[0][3] < 0 or best[0][1] == plain[0]:
        return None, plain[1], []
    _, text, stop, stray, at = best[0]
    return text, stop, [(at, data[stray : stray + 1])]


def _stray_place(reading: Reading) -> int:
    """Where a reading's stray byte is. Of places that all read better than the decoder and that the page does not
    tell apart, the last is kept: the decoder's reading stays as far as it reads as well (a place before it reads
    the common characters in front of the lost one out of step, 肌肉酸\ufffd吹娶状 for 肌肉酸痛等\ufffd状)."""
    return reading[3]


def _readings(data: bytes, span: tuple[int, int, int], codec: str, family: str, quiet: bool) -> list[Reading]:
    """The run read with its stray byte at each place before the first undecodable byte; when the decoder's
    own reading has nothing odd in it (``quiet``), only at the places among the last ``_QUIET`` characters
    before that byte: the others differ from it over a longer stretch, which one of the two reads out of
    step, and a long stretch read out of step is never all common characters."""
    start, _, end = span
    first = _quiet_start(data, span, codec) if quiet else start
    lead_in = decode(data[start:first], codec) or ""  # (nothing odd: part of the decoder's quiet reading)
    tails: Mapping[int, Tail | None] = {} if quiet else Tails(data, start + 1, end, codec, family)  # (most at once)
    readings: list[Reading] = []
    for stray, (left, left_odd) in reading_prefixes(data, first, end, codec, family).items():
        right = tails[stray + 1] if stray + 1 in tails else reading_tail(data, stray + 1, end, codec, family)
        if right is not None:
            left = lead_in + left
            readings.append((left_odd + right[2], left + "\ufffd" + right[0], right[1], stray, len(left)))
    return readings


def _quiet_start(data: bytes, span: tuple[int, int, int], codec: str) -> int:
    """Where the last ``_QUIET`` characters before the run's first undecodable byte begin (the run's start
    when they cannot be told from the bytes)."""
    start, error, _ = span
    text = decode(data[start:error], codec) or ""
    try:
        first = error - len(text[-_QUIET:].encode(codec))
    except UnicodeEncodeError:
        return start
    return first if start <= first and decode(data[first:error], codec) == text[-_QUIET:] else start
