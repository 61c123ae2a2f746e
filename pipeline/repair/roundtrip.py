"""Round trips through a wrong codec and back, the test every mojibake candidate must pass.

A single-byte codec (latin-1, cp1252, cp1251, KOI8-R) is not tried on a text holding a character
above its highest: found by one regex search instead of a raised UnicodeEncodeError (the fixers try
each codec on every suspicious run, and most runs cannot be encoded in most of them).

windows-1252 and windows-1251 are read the way browsers read them (WHATWG): a byte the codec leaves
undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D; 0x98) becomes the C1 control of the same value. Shift_JIS or
GBK bytes read so hold both cp1252 letters (‚ for 0x82) and such controls (\x81 for 0x81), which
neither Python's cp1252 nor latin-1 alone gives back.

A multi-byte codec that reads a lone byte as the C1 control of its value (cp932 and browsers read 0x80
as U+0080) leaves a page writing that text in a codec without the control a reference to it, ``&#128;``,
which HTML reads as windows-1252's character for the byte (``€``): such a character is encoded as the
byte, so UTF-8 read as cp932 (、 is E3 80 81: 縲 then the control) comes back through it.
"""

from __future__ import annotations

import codecs
import functools
import re

from ..encodings import encode as browser_encode
from ..encodings import single_byte_table
from .regions import Regions, search_in

SINGLE_BYTE = ("latin-1", "cp1252", "cp1251", "koi8_r")
_WHATWG_GAPS = ("cp1252", "cp1251")


@functools.cache
def _c1_references(codec: str) -> dict[int, str]:
    """A :meth:`str.translate` table from the characters HTML reads references to C1 controls as
    (``&#128;`` is ``€``) to those controls, for the controls multi-byte ``codec`` reads a lone byte
    as (cp932: 0x80); empty for a single-byte codec."""
    if codec in SINGLE_BYTE:
        return {}
    lone = (b for b in range(0x80, 0xA0) if bytes((b,)).decode(codec, "ignore") == chr(b))
    return {ord(bytes((b,)).decode("cp1252")): chr(b) for b in lone}


def _as_read(text: str, codec: str) -> str:
    """``text`` with the characters :func:`_c1_references` maps back to the controls ``codec`` reads.
    Translated only when it holds one (cp932's one: €): a translation by a dict costs about 0.25 us a
    character of non-ASCII text (20 us a line, three times a candidate round trip through cp932),
    where a search for the few characters costs nothing; without them the translation is the text."""
    table = _c1_references(codec)
    return text.translate(table) if table and any(chr(code) in text for code in table) else text


def encode(text: str, codec: str) -> bytes:
    """``text`` in ``codec``; raises UnicodeEncodeError when a character has no byte."""
    if codec not in _WHATWG_GAPS:
        return _as_read(text, codec).encode(codec)
    return browser_encode(text, codec)


def decode(data: bytes, codec: str) -> str:
    """``data`` read as ``codec``; raises UnicodeDecodeError on bytes it cannot read."""
    if codec not in _WHATWG_GAPS:
        return data.decode(codec)
    return codecs.charmap_decode(data, "strict", single_byte_table(codec))[0]


def round_trip(text: str, wrong: str, right: str, data: bytes | None = None) -> str | None:
    """``text`` encoded as ``wrong`` (or the given ``data``, its encoding) decoded as ``right``, strictly
    both ways. A single-byte codec reads each byte string as one text of its own (every byte has a
    character, no two the same), so the way back gives ``text`` exactly when ``right`` gives back the
    same bytes: then the result depends only on the bytes, and is compared without decoding them."""
    if data is None and _cannot_encode(text, wrong):
        return None
    try:
        data = encode(text, wrong) if data is None else data
        fixed = data.decode(right)
        if wrong in SINGLE_BYTE:
            return fixed if fixed != text and fixed.encode(right) == data else None
        back = decode(fixed.encode(right), wrong)
    except UnicodeError:
        return None
    return fixed if back == _as_read(text, wrong) and fixed != text else None


@functools.cache
def _unencodable_re(codec: str) -> re.Pattern[str] | None:
    """Characters above the highest one a single-byte codec encodes (Python builds their encoders
    from their decoding tables: checked over all of Unicode, none encodes a character above it);
    None for the multi-byte codecs."""
    if codec not in SINGLE_BYTE:
        return None
    top = max(bytes(range(256)).decode(codec, errors="ignore"))
    return re.compile(f"[^\\x00-{re.escape(top)}]")


def _cannot_encode(text: str, codec: str, regions: Regions | None = None) -> bool:
    """``text`` holds a character a single-byte ``codec`` has no byte for (False: it may encode).
    Such a character is non-ASCII: with ``regions`` (:func:`.regions.non_ascii_regions` of ``text``)
    only those are read."""
    pattern = _unencodable_re(codec)
    return pattern is not None and search_in(pattern, text, regions) is not None


def encoding(text: str, wrong: str, regions: Regions | None = None) -> bytes | None:
    """``text`` encoded in ``wrong``, or None when it cannot be; ``regions`` as for :func:`_cannot_encode`."""
    if _cannot_encode(text, wrong, regions):
        return None
    try:
        return encode(text, wrong)
    except UnicodeEncodeError:
        return None


# How much of a long text past its first non-ASCII character :func:`no_utf8_in` encodes.
_HEAD = 64
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")


@functools.cache
def _keeps_ascii(codec: str) -> bool:
    """``codec`` writes every ASCII character as its own byte."""
    ascii_chars = bytes(range(128)).decode("ascii")
    try:
        return encode(ascii_chars, codec) == ascii_chars.encode("ascii")
    except UnicodeEncodeError:
        return False


def no_utf8_in(text: str, wrong: str, regions: Regions | None = None) -> bool:
    """The bytes of ``text`` in ``wrong`` are shown to be no UTF-8 by a few characters from its first
    non-ASCII one, before a long text (a script's JSON) is encoded whole: every codec tried encodes
    each character alone, ASCII as itself (checked), so those characters' bytes come right after
    ASCII bytes in the whole, and a UTF-8 decoder's error there other than a cut-off sequence is
    the whole's too (it depends only on the bytes up to it). False: not shown, or not encodable
    (the whole is tried as before); ``regions`` as for :func:`_cannot_encode`."""
    first = search_in(_NON_ASCII_RE, text, regions)
    if first is None or not _keeps_ascii(wrong):
        return False
    try:
        encode(text[first.start() : first.start() + _HEAD], wrong).decode("utf-8")
    except UnicodeEncodeError:
        return False
    except UnicodeDecodeError as error:
        return error.reason != "unexpected end of data"
    return False
