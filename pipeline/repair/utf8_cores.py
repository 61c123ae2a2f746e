"""The UTF-8 core of a clause: a piece of UTF-8 text read as a double-byte codec in the middle of clean text.

A farm that pastes a UTF-8 snippet into a GBK (or Big5) page, or reads one field in the wrong codec, leaves
a mojibake run glued to clean words on both sides with no punctuation between (执行一起涔板崠鍚堝悓绾犵悍案件
for 执行一起买卖合同纠纷案件). The mojibake fixer's spans (the clause, a label trimmed off one end) never isolate
it. The bytes do: the run's characters, written back in the codec, are whole UTF-8 sequences, while the clean
characters beside them are not (a GB2312 character's lead byte, B0-F7, is a UTF-8 continuation or a 4-byte
lead its trail rarely continues). So from each character whose first byte is a UTF-8 lead, the longest run
of characters whose bytes decode as UTF-8 ending on a sequence boundary is a candidate span; the fixer judges
it like any other (its round trip must read far better than the run).
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Iterator

from .common import has_hit

_CODECS = ("gbk", "big5")
_MIN_CHARS = 2  # two double-byte characters hold at least one whole 3-byte sequence
_LEADS = range(0xC2, 0xF5)
_HAN_RE = re.compile("[\u4e00-\u9fff]")
_MAX_STARTS = 64  # a long clause of mojibake is mostly leads: its spans are tried from its first characters


def _char_bytes(piece: str, codec: str) -> list[bytes | None]:
    out: list[bytes | None] = []
    for ch in piece:
        try:
            out.append(ch.encode(codec))
        except UnicodeEncodeError:
            out.append(None)
    return out


def _ends_from(chars: list[bytes | None], start: int) -> list[int]:
    """The ends, longest first, of the runs of ``chars`` from ``start`` whose bytes decode as UTF-8 and end
    on a sequence boundary: all of them, since a clean character after the run may continue it (悉 is
    CF A4, a whole 2-byte sequence)."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    ends = []
    for k in range(start, len(chars)):
        data = chars[k]
        if data is None or len(data) != 2:
            break
        try:
            decoder.decode(data)
        except UnicodeDecodeError:
            break
        if decoder.getstate()[0] == b"" and k + 1 - start >= _MIN_CHARS:
            ends.append(k + 1)
    return ends[::-1]


def utf8_cores(line: str, start: int, end: int, hits: list[int]) -> Iterator[tuple[int, int]]:
    """The spans of ``line[start:end]`` holding a hit whose characters, written in a double-byte codec, are
    whole UTF-8 text, longest first from each start. A clean character before the piece may be whole UTF-8
    too and open a longer span (签 is C7 A9), so starts inside a span are tried as well, up to _MAX_STARTS."""
    piece = line[start:end]
    for codec in _CODECS:
        chars = _char_bytes(piece, codec)
        starts = (i for i, data in enumerate(chars) if data is not None and len(data) == 2 and data[0] in _LEADS)
        spans = [(i, stop) for i in itertools.islice(starts, _MAX_STARTS) for stop in _ends_from(chars, i)]
        # (stable: longest first from each start, and starts in order, among spans of one rank)
        for i, stop in sorted(spans, key=lambda span: _foreign_edges(piece, chars, *span)):
            if has_hit(hits, start + i, start + stop):
                yield start + i, start + stop


def _foreign_edges(piece: str, chars: list[bytes | None], first: int, stop: int) -> int:
    """How many of a span's end characters are ideographs whose two bytes are by themselves a whole UTF-8
    letter of another script (维 is CE AC, ά; 位 is CE BB, λ): a clean character beside the mojibake, which
    the span takes in and turns into a Greek or Cyrillic letter glued to Chinese. The spans without such
    an edge are tried first; an ideograph that really continues the run (悉 of a 2-byte sequence) still
    opens or ends a span tried after them."""
    return sum(_HAN_RE.match(piece[k]) is not None and _letter_of_two_bytes(chars[k]) for k in {first, stop - 1})


def _letter_of_two_bytes(data: bytes | None) -> bool:
    if data is None or not 0xC2 <= data[0] <= 0xDF:
        return False
    return data.decode("utf-8", "replace").isalpha()
