"""Lossy mojibake: UTF-8 read as GBK or Big5, with U+FFFD where a byte found no partner.

A legacy decoder that meets a byte it cannot pair with the next one replaces that one byte with
U+FFFD and goes on, so each U+FFFD stands for exactly one lost byte of the UTF-8 text: a
continuation byte (0x80-0xBF) that makes no valid pair with the byte after it. A spot thus has up to
64 candidates, each completing one character of the UTF-8 reading. A spot is settled when exactly
one candidate character, with the two characters before or after it (or one ideograph), makes a
string the page has elsewhere (a mojibake title whose words recur in the clean body), or, where
the page has none, when exactly one makes a very common word with a neighbour (.words). The run is
rewritten only when every spot is settled; otherwise it is flagged and left as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from .words import common_word_choice

_LOST = "\ufffd"
_CONTINUATIONS = range(0x80, 0xC0)
_CONTEXT = 2
_HAN_RE = re.compile("[\u4e00-\u9fff]+")


def recover(run: str, page: str, codec: str) -> tuple[str, str] | None:
    """``run`` (UTF-8 read as ``codec``, with U+FFFD) restored, with the evidence; None unless every
    lost byte is settled (a partial repair would be a third text: the run is flagged instead)."""
    try:
        pieces = [piece.encode(codec) for piece in run.split(_LOST)]
    except UnicodeEncodeError:
        return None
    data = pieces[0]  # the bytes restored so far: earlier spots give later ones their context
    for after in pieces[1:]:
        byte = _settle(list(_candidates(data, after, codec)), page)
        if byte is None:
            return None
        data += bytes((byte,)) + after
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed, f"utf-8 read as {codec}; {len(pieces) - 1} lost byte(s) settled by the page or a common word"


class _Candidate(NamedTuple):
    byte: int
    char: str  # the character the byte completes
    previous: str  # up to _CONTEXT characters before it
    following: str  # up to _CONTEXT characters after it

    def contexts(self) -> tuple[str, ...]:
        """The character with its neighbours, as evidence strings (made only for a character the page
        has: most of a spot's 64 candidates are not)."""
        previous, char, following = self.previous, self.char, self.following
        return _evidence(previous + char, char + following, previous[-1:] + char, char + following[:1])


def _settle(candidates: list[_Candidate], page: str) -> int | None:
    """The lost byte: of the one candidate whose context the page has elsewhere, else of the one
    making a very common word with a neighbour (.words); None when neither decides."""
    # (every context holds its character: a character the page lacks needs no scan for its contexts)
    seen = {c.char: c.byte for c in candidates
            if c.char in page and any(context in page for context in c.contexts())}
    if len(seen) == 1:
        return next(iter(seen.values()))
    if seen or not candidates:
        return None
    first = candidates[0]
    worded = common_word_choice({c.char for c in candidates}, first.previous[-1:], first.following[:1])
    return next((c.byte for c in candidates if worded and c.char == worded[0]), None)


def _candidates(before: bytes, after: bytes, codec: str) -> Iterator[_Candidate]:
    """Every continuation byte the decoder could not have paired with the first byte of ``after``
    that completes a character with the bytes before it."""
    lead = len(before)
    while lead > 0 and before[lead - 1] in _CONTINUATIONS and len(before) - lead < 3:
        lead -= 1
    if lead == 0 or before[lead - 1] < 0xC2:
        return
    lead -= 1
    tail = 0
    while tail < len(after) and tail < 3 and after[tail] in _CONTINUATIONS:
        tail += 1
    head = before[lead:]
    previous = before[:lead].decode("utf-8", "replace")[-_CONTEXT:]
    followings: dict[int, str] = {}  # the context after the character, by the bytes it took from ``after``
    pairing = _pairing(after[0], codec) if after else frozenset()
    for byte in _CONTINUATIONS:
        if byte in pairing:
            continue  # the decoder would have read the two as one character
        for end in range(tail + 1):
            char = _utf8_char(head + bytes((byte,)) + after[:end])
            if char is not None:
                if end not in followings:
                    followings[end] = after[end:].decode("utf-8", "replace")[:_CONTEXT]
                yield _Candidate(byte, char, previous, followings[end])
                break


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


def _utf8_char(data: bytes) -> str | None:
    """The one character ``data`` is in strict UTF-8, else None. Read with replacement (a raised
    error costs four times the decoding): an invalid byte leaves U+FFFD, which only its own three
    bytes stand for."""
    text = data.decode("utf-8", "replace")
    return text if len(text) == 1 and (text != "\ufffd" or data == b"\xef\xbf\xbd") else None
