"""How a run of double-byte text reads from each place: the readings ``decode_realign`` and ``decode_lone_trail``
compare when they look for the place a byte was lost (each place tried once, from one decoding of the run), and
how oddly a reading reads in a codec family's prose.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import operator
from collections.abc import Iterator, Mapping

from .encodings import FAMILY, decode, decode_checked, non_ascii_count
from .plausibility import character_classes

TRADITIONAL_GB = "zh-hant"  # a GBK/GB18030 page writing traditional text (``page_family``, ``oddness``)
_SAMPLE = 1000  # characters of a page read for its share (evenly spaced)
_TRADITIONAL_SHARE = 0.1  # of a GB page's ideographs common in Big5's table only: traditional (simplified: hardly any)
# plausibility's class letters a family's prose is made of (common ideographs of its own table, kana,
# KS X 1001 hangul), with those of ASCII, spaces and CJK punctuation: any other character in a run is odd
_FITS = {"zh": "1357", "tw": "2367", "ja": "4567k", "ko": "K"}
_NEUTRAL = " .adp"
# class letter -> how odd it is in each family's prose (see ``odd_count``), as a ``bytes.translate`` table
_ODDNESS = {family: bytes(0 if chr(mark) in fits + _NEUTRAL else 1 if chr(mark) in "01234567" else 3
                          for mark in range(256)) for family, fits in _FITS.items()}


def page_family(text: str, codec: str) -> str:
    """The family whose prose ``text``, a page read in ``codec``, is judged by: its codec's, but on a GBK/GB18030
    page writing traditional text (a converted repost served in GBK) ``TRADITIONAL_GB``, where a traditional
    form GB2312 lacks that is common in Big5 (來, 時, 線) is as common as a simplified character (else every one
    of its characters reads oddly, and a stretch read out of step in common simplified characters, 染 for 度 and
    線's lead, reads better than the run read in step)."""
    family = FAMILY[codec]
    if family != "zh":
        return family
    sample = text[:: max(1, len(text) // _SAMPLE)]  # (a share: reading every character made decoding 2x slower)
    classes = sample.translate(character_classes()).encode("ascii", "replace")
    ideographs = sum(map(classes.count, b"01234567"))
    big5_only = classes.count(b"2") + classes.count(b"6")
    return TRADITIONAL_GB if big5_only >= _TRADITIONAL_SHARE * ideographs > 0 else family


def odd_count(text: str, codec: str, family: str | None = None) -> int:
    """How oddly ``text`` reads on a page in ``codec`` (judged as ``family``'s prose, by default the codec's):
    ideographs outside the family's common table count one, private-use codes, controls and other scripts'
    letters three (a run read out of step is full of them; common characters, kana, hangul, ASCII and CJK
    punctuation count nothing)."""
    return sum(_oddness(text, codec, family))


def _oddness(text: str, codec: str, family: str | None = None) -> bytes:
    """How odd each character of ``text`` is (``odd_count``), a byte each (a character outside the BMP: 3)."""
    return oddness(text, family or FAMILY[codec])


def oddness(text: str, family: str) -> bytes:
    """How odd each character of ``text`` is in prose of a codec ``family`` ("zh", "tw", "ja", "ko", or
    ``TRADITIONAL_GB``: as in "zh", the traditional forms of ``_traditional_classes`` common)."""
    if family == TRADITIONAL_GB:
        return text.translate(_traditional_classes()).encode("ascii", "replace").translate(_ODDNESS["zh"])
    return text.translate(character_classes()).encode("ascii", "replace").translate(_ODDNESS[family])


@functools.cache
def _traditional_classes() -> list[int]:
    """``character_classes`` with each ideograph common in Big5 but not in GB2312 at all classed common in both
    tables: a converter's traditional forms (來, 時, 們). Those GB2312 holds in its second level stay odd (嗟, 戢:
    rare simplified characters, which a stretch read out of step is full of)."""
    classes = list(character_classes())
    for point, mark in enumerate(classes):
        if mark in (ord("2"), ord("6")) and not in_gb2312(chr(point)):
            classes[point] = ord("3")
    return classes


def in_gb2312(char: str) -> bool:
    """Whether GB2312 (the simplified characters of both its levels, its marks) holds ``char``."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def reading_prefixes(data: bytes, start: int, end: int, codec: str,
                     family: str | None = None) -> dict[int, tuple[str, int]]:
    """``decode(data[start:stray], codec)`` and its ``odd_count``, for each ``stray`` before ``end`` where that
    decoding is not None: where a character read from ``start`` ends, up to the first byte none can take."""
    text, ends, odd = prefix_counts(data, start, end, codec, family)
    return {place: (text[:count], odd[count]) for place, count in ends.items()}


def prefix_counts(data: bytes, start: int, end: int, codec: str,
                  family: str | None = None) -> tuple[str, dict[int, int], list[int]]:
    """``reading_prefixes`` as counts (no prefix copied): the reading from ``start``, for each place the length of
    the prefix of it the place ends (``_character_ends``), and the ``odd_count`` of each prefix by its length."""
    ends, text = _character_ends(data, start, end, codec)
    return text, ends, list(itertools.accumulate(_oddness(text, codec, family), initial=0))


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


def reading_tail(data: bytes, begin: int, end: int, codec: str, family: str | None = None) -> Tail | None:
    """``right_reading(data, begin, end, codec)`` with its ``odd_count``."""
    right = right_reading(data, begin, end, codec)
    return None if right is None else (right[0], right[1], odd_count(right[0], codec, family))


class Tails(Mapping[int, Tail | None]):
    """``reading_tail`` from each place where a character read from ``begin`` ends, from one reading and one count:
    a double-byte decoder reads on from the end of a character as it reads starting there, so each is the
    rest of the reading from ``begin`` (the same end, the same trail byte), or fails where it fails. A tail is
    cut from that reading when it is looked up (``odd`` gives its count alone)."""

    __slots__ = ("_ends", "_odd", "_stop", "_text")

    def __init__(self, data: bytes, begin: int, end: int, codec: str, family: str | None = None) -> None:
        self._ends, _ = _character_ends(data, begin, end, codec)
        whole = right_reading(data, begin, end, codec)
        text, self._stop = whole or ("", end)
        self._odd = list(itertools.accumulate(_oddness(text, codec, family), initial=0))
        self._text: str | None = text if whole is not None else None

    def odd(self, place: int) -> int | None:
        """The ``odd_count`` of the tail at ``place`` (None when it fails)."""
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


def right_reading(data: bytes, begin: int, end: int, codec: str, errors: str = "strict") -> tuple[str, int] | None:
    """``data[begin:end]`` decoded, or with the ASCII-range byte at ``end`` when it is the trail of the
    run's last byte; and where that reading stops."""
    text = decode(data[begin : end + 1], codec) if end < len(data) else None
    if text is not None:  # the byte at ``end`` read as a trail, or on its own: then the rest is the run's reading
        return (text, end + 1) if not text.endswith(chr(data[end])) else (text[:-1], end)
    text = decode(data[begin:end], codec, errors)
    return (text, end) if text is not None else None
