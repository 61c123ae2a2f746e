"""Lossy mojibake: UTF-8 read as GBK or Big5, with U+FFFD where a byte found no partner.

A legacy decoder that meets a byte it cannot pair with the next one replaces that one byte with
U+FFFD and goes on, so each U+FFFD stands for exactly one lost byte of the UTF-8 text: a
continuation byte (0x80-0xBF) that makes no valid pair with the byte after it. A spot thus has up to
64 candidates, each completing one character of the UTF-8 reading; two U+FFFD in a row may be the two
continuation bytes of one character (4096 candidates, the pairs the decoder could not read as one
character), tried as one spot before two. A spot is settled when exactly
one candidate character, with the two characters before or after it (or one ideograph), makes a
string the page has elsewhere (a mojibake title whose words recur in the clean body), or, where
the page has none, when exactly one makes a very common word with a neighbour (.words). The run is
rewritten only when every spot is settled; otherwise it is flagged and left as it is.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .words import common_word_choice

_LOST = "\ufffd"
_CONTINUATIONS = range(0x80, 0xC0)
_CONTEXT = 2
_PAIR = 2
_HAN_RE = re.compile("[\u4e00-\u9fff]+")


def recover(run: str, page: str, codec: str) -> tuple[str, str] | None:
    """``run`` (one line of UTF-8 read as ``codec``, GBK or Big5, with U+FFFD) restored, with the evidence;
    None unless every lost byte is settled (a partial repair would be a third text: the run is flagged instead)."""
    try:  # one encoding, not one a piece: a line holds no "\n", and no GBK or Big5 character holds its byte
        pieces = run.replace(_LOST, "\n").encode(codec).split(b"\n")
    except UnicodeEncodeError:
        return None
    data = pieces[0]  # the bytes restored so far: earlier spots give later ones their context
    i = 1
    while i < len(pieces):
        # Two U+FFFD in a row: a character may have lost both its continuation bytes (標 = E6 A8 99
        # read as GBK after 達: 旀 takes E6, then A8 and 99 find no partner); tried as one spot first.
        lost = _PAIR if not pieces[i] and i + 1 < len(pieces) else 1
        found = _settle(_spot(data, pieces[i + lost - 1], codec, lost), page) if lost == _PAIR else None
        if found is None:
            lost = 1
            found = _settle(_spot(data, pieces[i], codec), page)
        if found is None:
            return None
        data += found + pieces[i + lost - 1]
        i += lost
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed, f"utf-8 read as {codec}; {len(pieces) - 1} lost byte(s) settled by the page or a common word"


class _Spot(NamedTuple):
    """The candidates of one spot (one object, not one a candidate: two lost bytes have thousands)."""

    chars: dict[str, bytes]  # each character the lost bytes may complete -> those bytes
    previous: str  # up to _CONTEXT characters before it
    following: str  # up to _CONTEXT characters after it

    def contexts(self, char: str) -> tuple[str, ...]:
        """``char`` with its neighbours, as evidence strings (made only for a character the page has:
        most of a spot's 64 candidates are not)."""
        previous, following = self.previous, self.following
        return _evidence(previous + char, char + following, previous[-1:] + char, char + following[:1])


def _settle(spot: _Spot | None, page: str) -> bytes | None:
    """The lost bytes: of the one candidate whose context the page has elsewhere, else of the one
    making a very common word with a neighbour (.words); None when neither decides."""
    if spot is None or not spot.chars:
        return None
    # (every context holds its character: a character the page lacks needs no scan for its contexts)
    seen = [lost for char, lost in spot.chars.items()
            if char in page and any(context in page for context in spot.contexts(char))]
    if seen:
        return seen[0] if len(seen) == 1 else None
    worded = common_word_choice(spot.chars, spot.previous[-1:], spot.following[:1])
    return spot.chars[worded[0]] if worded else None


def _spot(before: bytes, after: bytes, codec: str, lost: int = 1) -> _Spot | None:
    """Every continuation byte the decoder could not have paired with the first byte of ``after``
    that completes a character with the bytes before it; with ``lost`` two, every two such bytes
    the decoder could not have read as one character either. None when no lead byte before can
    take them."""
    lead = len(before)
    while lead > 0 and before[lead - 1] in _CONTINUATIONS and len(before) - lead < 3:
        lead -= 1
    if lead == 0 or before[lead - 1] < 0xC2:
        return None
    lead -= 1
    tail = 0
    while tail < len(after) and tail < 3 and after[tail] in _CONTINUATIONS:
        tail += 1
    head = before[lead:]
    # A character is exactly as long as its lead byte says: the bytes it takes from ``after`` are what the
    # head and the lost bytes leave to fill.
    end = _sequence_length(head[0]) - len(head) - lost
    if not 0 <= end <= tail:
        return None
    previous = before[:lead].decode("utf-8", "replace")[-_CONTEXT:]
    following = after[end:].decode("utf-8", "replace")[:_CONTEXT]
    pairing = _pairing(after[0], codec) if after else frozenset()
    # (a pair the decoder would have read as one character with the first byte of ``after`` is no candidate;
    # the bytes of one sequence read as one character, so no two candidates give the same)
    kept = [missing for missing in _lost_bytes(lost, codec) if missing[-1] not in pairing]
    chars = _utf8_chars([head + missing + after[:end] for missing in kept])
    found = {char: missing for missing, char in zip(kept, chars, strict=True) if char is not None}
    return _Spot(found, previous, following)


def _sequence_length(lead: int) -> int:
    """The bytes of the UTF-8 sequence ``lead`` opens (0 for a byte that opens none)."""
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


@functools.cache
def _lost_bytes(lost: int, codec: str) -> tuple[bytes, ...]:
    """The continuation bytes one U+FFFD may stand for, or the pairs two may (not a pair ``codec``
    reads as one character)."""
    singles = tuple(bytes((byte,)) for byte in _CONTINUATIONS)
    if lost == 1:
        return singles
    return tuple(first + second for first in singles for second in singles if not _pairs(first + second, codec))


def _pairs(data: bytes, codec: str) -> bool:
    try:
        return len(data.decode(codec)) == 1
    except UnicodeDecodeError:
        return False


def _evidence(*strings: str) -> tuple[str, ...]:
    """Strings of the candidate with its context that may count as evidence: three characters, or
    two when the neighbour is an ideograph (with 64 candidates, a bigram with a mark or a digit
    recurs on any page by chance)."""
    return tuple(s for s in strings if len(s) > _CONTEXT or (len(s) == _CONTEXT and _HAN_RE.fullmatch(s)))


@functools.cache
def _pairing(second: int, codec: str) -> frozenset[int]:
    """The continuation bytes that ``codec`` reads as one character together with ``second``."""
    paired = set()
    for first in _CONTINUATIONS:
        try:
            if len(bytes((first, second)).decode(codec)) == 1:
                paired.add(first)
        except UnicodeDecodeError:
            continue
    return frozenset(paired)


def _utf8_chars(pieces: list[bytes]) -> list[str | None]:
    """For each of ``pieces`` (non-ASCII bytes), the one character it is in strict UTF-8, else None. Read
    with replacement (a raised error costs four times the decoding): an invalid byte leaves U+FFFD, which
    only its own three bytes stand for. All are read in one decoding, a newline between two: no piece
    holds one, and a sequence an ASCII byte cuts short reads the same as cut off at its piece's end."""
    texts = b"\n".join(pieces).decode("utf-8", "replace").split("\n")
    return [text if len(text) == 1 and (text != "\ufffd" or data == b"\xef\xbf\xbd") else None
            for data, text in zip(pieces, texts, strict=True)]
