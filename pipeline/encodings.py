"""Encoding labels as browsers read them, where pages declare them, and strict decoding.

Browsers (WHATWG Encoding Standard) decode many labels with a larger codec than the label names:
``gb2312`` pages are decoded as GBK/GB18030, ``big5`` as Big5-HKSCS, ``shift_jis`` as Windows-31J,
``euc-kr`` as UHC, ``iso-8859-1`` and ``us-ascii`` as windows-1252. Pages are written against what
browsers show, so we decode the same way. ``LABELS`` is that table (browser codec -> its labels),
expressed with Python codec names (the labels a page carries are found in ``declared``);
``decode_checked`` decodes like a browser, or says where the bytes fail.
Whether a decoding reads as text is judged in ``plausibility``; which label to believe, in ``decode``.
"""

from __future__ import annotations

import codecs
import functools
import importlib
import itertools
import re
from collections.abc import Callable

# Browser codec (Python name) -> the labels that select it (WHATWG Encoding Standard, section 4.2).
LABELS: dict[str, str] = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso8859-5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
    "iso8859-6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
                 "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso8859-7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
                 "iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso8859-8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
                 "iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
    "iso8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "mac-roman": "csmacintosh mac macintosh x-mac-roman",
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    "cp1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
              "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined",
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 "
              "latin5 windows-1254 x-cp1254",
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gb18030": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030 "
               "cp936 ms936 windows-936 euc-cn",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5 cp950 ms950",
    "euc_jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022_jp_ext": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
             "windows-949 uhc cp949",
    "utf-16-be": "unicodefffe utf-16be",
    "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
}

# Codec families: which classes of characters each one should produce.
FAMILY = {"gb18030": "zh", "big5hkscs": "tw", "cp932": "ja", "euc_jp": "ja", "iso2022_jp_ext": "ja",
          "cp949": "ko"}
UTF16 = frozenset({"utf-16-le", "utf-16-be"})
ASCII_INCOMPATIBLE = UTF16 | {"iso2022_jp_ext"}


@functools.cache
def _label_index() -> dict[str, str]:
    return {label: codec for codec, labels in LABELS.items() for label in labels.split()}


@functools.cache
def codec_for_label(label: str) -> str | None:
    """The codec a browser uses for ``label``; Python aliases (``cp936``, ``euc_kr``) map the same way."""
    key = label.strip().strip("\"'").lower()
    index = _label_index()
    if key in index:
        return index[key]
    try:
        python_name = codecs.lookup(key).name
    except (LookupError, ValueError):  # ValueError: a NUL byte in the label
        return None
    return index.get(python_name, index.get(python_name.replace("_", "-"), python_name))


@functools.cache
def single_byte_table(codec: str) -> str | None:
    """The 256-entry table of a single-byte codec, with undefined bytes mapped to U+0080..U+00FF as
    browsers do (windows-1252 0x81 -> U+0081, where Python's cp1252 fails). None for multi-byte codecs."""
    try:
        module = importlib.import_module("encodings." + codecs.lookup(codec).name.replace("-", "_"))
    except (LookupError, ImportError):
        return None
    table = getattr(module, "decoding_table", None)
    if not isinstance(table, str) or len(table) != 256:
        return None
    return "".join(chr(byte) if ch == "\ufffe" else ch for byte, ch in enumerate(table))


@functools.cache
def _encoding_map(codec: str) -> object:
    return codecs.charmap_build(single_byte_table(codec) or "")


def encode(text: str, codec: str) -> bytes:
    """``text`` in ``codec`` as a browser's encoder writes it: a single-byte codec writes the C1 controls
    it reads its undefined bytes as back as those bytes (U+009D -> 0x9D in windows-1252, where Python's
    cp1252 fails). Raises UnicodeEncodeError when a character has no byte."""
    if single_byte_table(codec) is None:
        return text.encode(codec)
    return codecs.charmap_encode(text, "strict", _encoding_map(codec))[0]  # type: ignore[arg-type]


_NUMERIC_REF_RE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<dec>[0-9]{1,7}));")


def references_read(text: str, codec: str) -> str:
    """``text`` with its numeric references to the non-ASCII characters of single-byte ``codec``'s table
    read as the characters: a page in a smaller codec (ISO-8859-1 for windows-1252) writes the others
    (€, “) so, and HTML reads them as the characters. Multi-byte codecs: ``text`` as it is."""
    table = single_byte_table(codec)
    if table is None or "&#" not in text:
        return text
    high = table[0x80:]

    def read(m: re.Match[str]) -> str:
        code = int(m["hex"], 16) if m["hex"] else int(m["dec"])
        return chr(code) if code <= 0x10FFFF and chr(code) in high else m[0]

    return _NUMERIC_REF_RE.sub(read, text)


def byte_count(data: bytes, chosen: bytes) -> int:
    """How many bytes of ``data`` are one of ``chosen`` (one C call, where a count per byte takes one each)."""
    return len(data) - len(data.translate(None, chosen))


def non_ascii_count(text: str) -> int:
    """The number of non-ASCII characters (the encoder skips them in C: 10-30x faster than a regex)."""
    return len(text) - len(text.encode("ascii", "ignore"))


def decode(data: bytes, codec: str, errors: str = "strict") -> str | None:
    """Decode like a browser would; None when strict decoding fails."""
    text = decode_checked(data, codec, errors)
    return text if isinstance(text, str) else None


def decode_checked(data: bytes, codec: str, errors: str = "strict") -> str | int:
    """Decode like a browser would, or say where strict decoding fails: the offset of the first byte
    ``codec`` cannot decode."""
    table = single_byte_table(codec)
    large = len(data) > _PIECEWISE_FROM
    piecewise = large and codec in FAMILY and codec != "iso2022_jp_ext"
    if large and codec == "gb18030" and errors == "strict":  # a whole page: codes only GB18030 has are rare
        codec, errors = "gbk", error_handler("repost-gb18030-rest", _decode_gb18030_rest)
    try:
        if table is not None:
            return codecs.charmap_decode(data, errors, table)[0]
        if piecewise and _sparse(data):
            return "".join(_decode_pieces(data, codec, errors))
        return data.decode(codec, errors)
    except UnicodeDecodeError as error:
        return error.start


@functools.cache
def error_handler(name: str, handler: Callable[[UnicodeError], tuple[str, int]]) -> str:
    """``name``, registered as the codec error handler ``handler`` on first use."""
    codecs.register_error(name, handler)
    return name


def _decode_gb18030_rest(error: UnicodeError) -> tuple[str, int]:
    """The error handler that makes Python's GBK decoder decode GB18030: GBK is about 10% faster and decodes
    each of its 21791 two-byte codes as GB18030 does (checked over all of them). From the first code GBK
    lacks (one only GB18030 has, or damage) GB18030 decodes the rest, failing where it would have failed on
    the whole."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data, start = error.object, error.start
    try:
        return bytes(data[start:]).decode("gb18030"), len(data)
    except UnicodeDecodeError as rest:
        raise UnicodeDecodeError("gb18030", data, start + rest.start, start + rest.end, rest.reason) from None


def _sparse(data: bytes) -> bool:
    """Whether non-ASCII bytes are rare enough, judged on every 61st byte, for piecewise decoding to pay:
    on text-dense pages ASCII comes in short runs between characters and splitting costs more than it saves."""
    probe = data[::61]
    return byte_count(probe, HIGH_BYTES) < len(probe) * _DENSE


_PIECEWISE_FROM = 4096
_DENSE = 1 / 16
HIGH_BYTES = bytes(range(0x80, 0x100))
_MERGE_GAP = 512  # ASCII shorter than this between two stretches costs less in the CJK decoder than a split


def first_high(data: bytes, start: int = 0) -> int:
    """Offset of the first non-ASCII byte from ``start`` (-1 if none). CPython's ASCII decoder scans a word at
    a time and stops there, far faster than a regex over bytes; windows that double in size bound what its
    error copies of the input."""
    view, window = memoryview(data), 1024
    while start < len(data):
        try:
            codecs.ascii_decode(view[start:start + window])
        except UnicodeDecodeError as error:
            return start + error.start
        start, window = start + window, 2 * window
    return -1


def stretches(data: bytes, merge: int = 0, budget: int = 0) -> list[tuple[int, int]]:
    """Spans holding the non-ASCII bytes, each from the ``<`` or newline before a line of text to the one
    after it: no legacy multi-byte codec uses those bytes inside a character, so each span decodes on its
    own. Spans less than ``merge`` bytes apart are joined; with a ``budget``, spans stop once they hold that
    many bytes. ASCII runs are jumped over; the lines near non-ASCII bytes are split a KB at a time."""
    spans: list[tuple[int, int]] = []
    position = size = 0
    while (start := first_high(data, position)) >= 0:
        begin = offset = max(data.rfind(b"<", position, start), data.rfind(b"\n", position, start), position)
        position = line_end(data, begin + 1024)
        for line in data[begin:position].replace(b"<", b"\n").split(b"\n"):
            if not line.isascii():
                span = (offset - 1 if offset > begin else offset, offset + len(line))
                if spans and span[0] - spans[-1][1] < merge:
                    span = (spans.pop()[0], span[1])
                spans.append(span)
                size += len(line)
                if budget and size >= budget:
                    return spans
            offset += len(line) + 1
    return spans


def stretch_bytes(data: bytes, budget: int, position: int = 0) -> bytes:
    """``b"".join(rest[begin:end] for begin, end in stretches(rest, budget=budget))`` of ``rest``, the bytes of
    ``data`` from ``position`` (0, or a ``<`` or newline: read in place, not copied), built without offsets: the
    lines around non-ASCII bytes are split on ``<`` and only the parts holding non-ASCII bytes (found by
    ``bytes.isascii`` in C, not by a Python loop) are split again on newlines."""
    pieces: list[bytes] = []
    size = 0
    while (start := first_high(data, position)) >= 0:
        begin = max(data.rfind(b"<", position, start), data.rfind(b"\n", position, start), position)
        position = line_end(data, begin + 1024)
        first, *rest = data[begin:position].split(b"<")
        leading = [(b"", first)] if not first.isascii() else []  # the part after ``begin``: no tag before it
        tagged = zip(itertools.repeat(b"<"), itertools.filterfalse(bytes.isascii, rest))
        for lead, part in itertools.chain(leading, tagged):
            for index, line in enumerate(part.split(b"\n")):
                if not line.isascii():
                    pieces += [b"\n" if index else lead, line]
                    size += len(line)
                    if size >= budget:
                        return b"".join(pieces)
    return b"".join(pieces)


def line_end(data: bytes, start: int) -> int:
    """The first ``<`` or newline from ``start`` (the length of ``data`` if there is none)."""
    tag = data.find(b"<", start)
    limit = len(data) if tag < 0 else tag
    newline = data.find(b"\n", start, limit)
    return limit if newline < 0 else newline


def _decode_pieces(data: bytes, codec: str, errors: str) -> list[str]:
    """Python's CJK decoders crawl through ASCII (about 5 us per KB): pages decode faster when only the
    stretches around non-ASCII bytes go through the CJK codec and long ASCII runs between them do not."""
    pieces, position = [], 0
    for begin, end in stretches(data, _MERGE_GAP):
        try:
            pieces += [data[position:begin].decode("ascii"), data[begin:end].decode(codec, errors)]
        except UnicodeDecodeError as error:  # report the offset in the whole page
            raise UnicodeDecodeError(codec, data, begin + error.start, begin + error.end, error.reason) from None
        position = end
    pieces.append(data[position:].decode("ascii"))
    return pieces
