"""Encoding labels as browsers read them, strict decoding, and a plausibility score for decoded text.

Browsers (WHATWG Encoding Standard) decode many labels with a larger codec than the label names:
``gb2312`` pages are decoded as GBK/GB18030, ``big5`` as Big5-HKSCS, ``shift_jis`` as Windows-31J,
``euc-kr`` as UHC, ``iso-8859-1`` and ``us-ascii`` as windows-1252. Pages are written against what
browsers show, so we decode the same way. ``LABELS`` is that table (browser codec -> its labels),
expressed with Python codec names.

The plausibility score judges a decoding by the characters it yields, with no language model: each
character gets a class (common hanzi of GB2312/Big5/JIS level 1, kana, KS X 1001 hangul, Cyrillic or
Latin letters in their word context, controls, private use...) and each codec family weighs the
classes it should produce. A wrong decoding yields rare ideographs, half-width kana, C1 controls,
words mixing scripts or cases, or ideographs separated by spaces (Korean read as Chinese).
"""

from __future__ import annotations

import codecs
import functools
import importlib
import re
import unicodedata

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
    except LookupError:
        return None
    return index.get(python_name, index.get(python_name.replace("_", "-"), python_name))


@functools.cache
def _single_byte_table(codec: str) -> str | None:
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


def decode(data: bytes, codec: str, errors: str = "strict") -> str | None:
    """Decode like a browser would; None when strict decoding fails."""
    text = decode_checked(data, codec, errors)
    return text if isinstance(text, str) else None


def decode_checked(data: bytes, codec: str, errors: str = "strict") -> str | int:
    """Decode like a browser would, or say where strict decoding fails: the offset of the first byte
    ``codec`` cannot decode."""
    table = _single_byte_table(codec)
    try:
        if table is not None:
            return codecs.charmap_decode(data, errors, table)[0]
        if codec in FAMILY and codec != "iso2022_jp_ext" and len(data) > _PIECEWISE_FROM and _sparse(data):
            return "".join(_decode_pieces(data, codec, errors))
        return data.decode(codec, errors)
    except UnicodeDecodeError as error:
        return error.start


def _sparse(data: bytes) -> bool:
    """Whether non-ASCII bytes are rare enough, judged on every 61st byte, for piecewise decoding to pay:
    on text-dense pages ASCII comes in short runs between characters and splitting costs more than it saves."""
    probe = data[::61]
    return len(probe) - len(probe.translate(None, HIGH_BYTES)) < len(probe) * _DENSE


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


def _codes(codec: str, leads: range, trails: tuple[range, ...]) -> set[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            for low in trail:
                try:
                    chars.add(bytes((lead, low)).decode(codec))
                except UnicodeDecodeError:
                    continue
    return chars


@functools.cache
def _classes() -> str:
    """Code point -> class letter for the BMP, as a string indexed by code point (str.translate reads it
    faster than a dict); surrogates map to themselves. Built once, on first use, from the codecs themselves."""
    high = (range(0xA1, 0xFF),)
    gb1 = _codes("gb2312", range(0xB0, 0xD8), high)
    big5 = _codes("big5", range(0xA4, 0xC7), (range(0x40, 0x7F), range(0xA1, 0xFF)))
    jis1 = _codes("euc_jp", range(0xB0, 0xD0), high)
    hangul = _codes("euc_kr", range(0xB0, 0xC9), high)
    return "".join(chr(point) if 0xD800 <= point < 0xE000 else _class_of(chr(point), gb1, big5, jis1, hangul)
                   for point in range(0x10000))


@functools.cache
def _byte_classes(codec: str) -> bytes | None:
    """Byte -> class letter of the character a single-byte codec decodes it to (None for other codecs)."""
    table = _single_byte_table(codec)
    return None if table is None else table.translate(_classes()).encode("ascii")


def _class_of(ch: str, gb1: set[str], big5: set[str], jis1: set[str], hangul: set[str]) -> str:
    point = ord(ch)
    if point < 0x80:
        return "a" if ch.isalpha() else "d" if ch.isdigit() else " " if ch.isspace() else "."
    category = unicodedata.category(ch)
    if point < 0xA0 or category in ("Co", "Cn") or point == 0xFFFD:
        return "x"
    if 0x3400 <= point < 0xA000 or 0xF900 <= point < 0xFB00:
        return chr(ord("0") + (ch in gb1) + 2 * (ch in big5) + 4 * (ch in jis1))
    if 0x3041 <= point < 0x3100:
        return "k"
    if 0xFF61 <= point < 0xFFA0:
        return "h"
    if 0xAC00 <= point < 0xD7A4:
        return "K" if ch in hangul else "q"
    if 0x1100 <= point < 0x1200 or 0x3130 <= point < 0x3190:
        return "q"
    if 0x3000 <= point < 0x3040 or 0xFF00 <= point < 0xFFF0 or 0x2000 <= point < 0x2070:
        return "p"
    if 0x0400 <= point < 0x0460 or point in (0x0490, 0x0491):
        return "c" if ch.islower() else "C"
    if 0x0460 <= point < 0x0530:
        return "y"
    if 0x0370 <= point < 0x0400:
        return "g"
    if category.startswith("L") and (0xC0 <= point < 0x250 or 0x1E00 <= point < 0x1F00):
        return "l" if ch.islower() else "L"
    if point == 0xA0:
        return " "
    if category[0] in "LM":
        return "n"
    return "s" if category[0] == "S" and point >= 0x2100 else "o"


# Patterns over the class string; plain bigram counts do the rest (regex lookarounds cost too much here).
_LATIN_RUN = re.compile(r"[lLo]{3,}")
_UTF8_AS_LATIN = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")
_SCRIPT_MIX = re.compile(r"[alL][cC]|[cC][alL]")
_IN_WORD_SYMBOL = re.compile(r"[cClL][so]|[so][cClL]|a[so]a")
_CJK_SPACE = re.compile(r" (?<=[0-7kKq] )(?=[0-7kKq])")
_CJK_IN_LATIN = re.compile(r"[alL][0-7kKq]+[alL]")
_HANZI = "01234567"
# Class letters folded to what the patterns above tell apart: Cyrillic c, Latin l, ASCII a, symbols s and o.
_LETTERS = "".join({"c": "c", "C": "c", "l": "l", "L": "l", "a": "a", "s": "s", "o": "o"}.get(chr(point), "_")
                   for point in range(128))
_IN_WORD_SYMBOL_NEEDS = ("cs", "co", "ls", "lo", "sc", "oc", "sl", "ol", "asa", "aoa")
_LATIN_RUN_NEEDS = ("lll", "llo", "lol", "loo", "oll", "olo", "ool", "ooo")
_SCRIPT_MIX_NEEDS = ("ac", "lc", "ca", "cl")
SCORED = 600


def plausibility(text: str, codec: str, floor: float = float("-inf")) -> float:
    """Score in about [-3, 1]: near 1 for text a person wrote in the script ``codec`` serves (punctuation
    and ASCII are neutral). Only ``SCORED`` characters from the first non-ASCII one are read: the rates
    settle fast. When even a perfect reading of the letters could not lift the score to ``floor``, that
    bound is returned early."""
    start, end = scored_window(text)
    if not end:
        return 1.0
    window = text[start:end]
    return _judge(window.translate(_classes()), window, codec, floor)


def scored_window(text: str) -> tuple[int, int]:
    """Where plausibility reads ``text``: ``SCORED`` characters from just before the first non-ASCII one
    (none in ASCII text)."""
    try:
        text.encode("ascii")
        return 0, 0
    except UnicodeEncodeError as error:
        start = max(error.start - 16, 0)
    return start, start + SCORED


def byte_plausibility(data: bytes, codec: str, floor: float = float("-inf")) -> float | None:
    """``plausibility(decode(data, codec), codec)`` for a single-byte codec, classifying the bytes through a
    256-entry table instead of each character (None for multi-byte codecs)."""
    table = _byte_classes(codec)
    if table is None:
        return None
    high = first_high(data)
    if high < 0:
        return 1.0
    start = max(high - 16, 0)
    window = data[start:start + SCORED]
    return _judge(window.translate(table).decode("ascii"), decode(window, codec) or "", codec, floor)


def _judge(cls: str, window: str, codec: str, floor: float) -> float:
    """The score of a ``window`` of text whose character classes are ``cls``."""
    count = cls.count
    judged = len(cls) - count("a") - count("d") - count(" ") - count(".") - count("p")
    if judged <= 0:
        return 1.0
    score = _cjk_score(cls, FAMILY.get(codec, "")) - 3.0 * count("x") - count("s") - count("h") - count("q")
    latin, cyrillic = count("l") + count("L"), count("c") + count("C")
    if (score + latin + cyrillic) / judged < floor:
        return (score + latin + cyrillic) / judged
    score -= count("y")
    letters = cls.translate(_LETTERS)  # the regexes below only run where these letters say they can match
    if "o" in cls or "s" in cls:
        score -= 2 * _matches(_IN_WORD_SYMBOL, cls, letters, _IN_WORD_SYMBOL_NEEDS)
    if latin:
        runs = _LATIN_RUN.findall(cls) if any(need in letters for need in _LATIN_RUN_NEEDS) else []
        score += latin + count("oa") - 2 * sum(map(len, runs))
        if "\u00c2" in window or "\u00c3" in window:  # UTF-8 read as Latin-1: "Ã©", "Ã\xa0", "Â°"
            score -= 3 * len(_UTF8_AS_LATIN.findall(window))
    if cyrillic:
        score += count("c") + count("Cc") - 3 * count("cC")
    if cyrillic and (latin or "a" in cls):
        score -= 2 * _matches(_SCRIPT_MIX, cls, letters, _SCRIPT_MIX_NEEDS)
    return score / judged


def _matches(pattern: re.Pattern[str], cls: str, letters: str, needs: tuple[str, ...]) -> int:
    """``len(pattern.findall(cls))``, skipping the regex (slow on alternations) when no match is possible."""
    return len(pattern.findall(cls)) if any(need in letters for need in needs) else 0


def _cjk_score(cls: str, family: str) -> float:
    if not any(ch in cls for ch in _HANZI + "kK"):
        return 0.0
    by_bits = [cls.count(ch) for ch in _HANZI]
    hanzi = sum(by_bits)
    rare = by_bits[0]
    gb_or_big5 = hanzi - rare - by_bits[4]
    big5 = sum(n for bits, n in enumerate(by_bits) if bits & 2)
    jis = sum(n for bits, n in enumerate(by_bits) if bits & 4)
    kana, hangul = cls.count("k"), cls.count("K")
    # Chinese and Japanese put no spaces between ideographs (Korean read as Chinese does); allow a few.
    spaced = max(0.0, len(_CJK_SPACE.findall(cls)) + len(_CJK_IN_LATIN.findall(cls)) - 0.03 * (hanzi + kana))
    if family == "zh":
        return gb_or_big5 - 0.5 * (rare + by_bits[4]) - 1.5 * spaced
    if family == "tw":
        return big5 - 0.5 * (hanzi - big5) - 1.5 * spaced
    if family == "ja":
        weight = min(1.0, kana / (0.15 * (kana + hanzi))) if hanzi else 1.0
        return kana + weight * jis - 0.3 * (hanzi - jis) - 1.5 * spaced
    if family == "ko":
        return hangul - 0.3 * hanzi - 0.5 * kana
    return hangul + kana + hanzi - 1.5 * rare - (0.0 if hangul else 1.5 * spaced)
