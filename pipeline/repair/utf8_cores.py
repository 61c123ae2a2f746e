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
from collections.abc import Iterator

from .common import has_hit

_CODECS = ("gbk", "big5")
_MIN_CHARS = 2  # two double-byte characters hold at least one whole 3-byte sequence
_LEADS = range(0xC2, 0xF5)
_DOUBLE_BYTE = ("gbk", "gb18030", "big5")  # the readings of UTF-8 whose edges are looked at
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


def utf8_cores(line: str, start: int, end: int, hits: list[int], reach: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans of ``line[start:end]`` holding a hit whose characters, written in a double-byte codec, are
    whole UTF-8 text, longest first from each start. A clean character before the piece may be whole UTF-8
    too and open a longer span (签 is C7 A9), so starts inside a span are tried as well, up to _MAX_STARTS.
    A span may run on to ``reach``: the mojibake of a character can hold CJK punctuation (项 is E9 A1 B9,
    read as GBK 」 after a lead), at which the caller's pieces end."""
    reach = end if reach is None else reach
    piece = line[start:reach]
    for codec in _CODECS:
        chars = _char_bytes(piece, codec)
        starts = (i for i, data in enumerate(chars[: end - start]) if data is not None and len(data) == 2
                  and data[0] in _LEADS)
        for i in itertools.islice(starts, _MAX_STARTS):
            for stop in _ends_from(chars, i):
                if has_hit(hits, start + i, start + stop):
                    yield start + i, start + stop


def without_clean_edges(line: str, start: int, end: int, fixed: str,
                        read_as: str | None) -> tuple[int, int, str] | None:
    """A repair of ``line[start:end]`` to ``fixed`` (read as UTF-8 from the double-byte codec ``read_as``) without
    the ideographs at its ends whose two bytes are by themselves a whole UTF-8 character (维 is CE AC, ά; 位 is
    CE BB, λ; 路 is C2 B7, ·): a clean character beside the mojibake, which a span took in and read as a Greek
    or Latin letter glued to Chinese (刷手机二ά码), a text nobody wrote. Its bytes are whole sequences, so the
    rest reads the same without it. None when less than a piece is left (the reading was the edges')."""
    if read_as not in _DOUBLE_BYTE:
        return start, end, fixed
    head = _clean_edge(line[start:end], fixed, read_as)
    tail = _clean_edge(line[start:end][::-1], fixed[::-1], read_as)
    if end - start - head - tail < _MIN_CHARS:
        return None
    return start + head, end - tail, fixed[head : len(fixed) - tail]


def _clean_edge(piece: str, fixed: str, codec: str) -> int:
    """How many characters open ``piece`` that are ideographs whose two bytes read alone as the character
    of ``fixed`` at the same place, if an ideograph of ``fixed`` follows them (else 0: a Cyrillic reading,
    Го from 袚芯, is such letters throughout)."""
    k = 0
    while k < min(len(piece), len(fixed)) and "\u4e00" <= piece[k] <= "\u9fff":
        data = piece[k].encode(codec, "replace")
        if not (len(data) == 2 and 0xC2 <= data[0] <= 0xDF and data.decode("utf-8", "replace") == fixed[k]):
            break
        k += 1
    return k if 0 < k < len(fixed) and "\u4e00" <= fixed[k] <= "\u9fff" else 0
