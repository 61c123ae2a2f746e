"""A plausibility score for decoded text: does this decoding read as something a person wrote?

It judges a decoding by the characters it yields, with no language model: each character gets a class
(common hanzi of GB2312/Big5/JIS level 1, kana, KS X 1001 hangul, Cyrillic or Latin letters in their word
context, currency signs beside a figure, controls, private use...) and each codec family weighs the classes
it should produce. A wrong decoding yields rare ideographs, half-width kana, C1 controls, words mixing
scripts or cases, or ideographs separated by spaces (Korean read as Chinese). ``decode`` compares codecs
with these scores.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .encodings import FAMILY, byte_count, decode, first_high, single_byte_table


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
def _classes() -> list[int]:
    """Code point -> ordinal of its class letter for the BMP, as a list indexed by code point (str.translate
    reads a list of small ints faster than a string or a dict); surrogates map to themselves. Built once, on
    first use, from the codecs themselves."""
    high = (range(0xA1, 0xFF),)
    gb1 = _codes("gb2312", range(0xB0, 0xD8), high)
    big5 = _codes("big5", range(0xA4, 0xC7), (range(0x40, 0x7F), range(0xA1, 0xFF)))
    jis1 = _codes("euc_jp", range(0xB0, 0xD0), high)
    hangul = _codes("euc_kr", range(0xB0, 0xC9), high)
    return [point if 0xD800 <= point < 0xE000 else ord(_class_of(chr(point), gb1, big5, jis1, hangul))
            for point in range(0x10000)]


def character_classes() -> list[int]:
    """The class table (code point -> ordinal of its class letter), for ``str.translate``."""
    return _classes()


@functools.cache
def _byte_classes(codec: str) -> bytes | None:
    """Byte -> class letter of the character a single-byte codec decodes it to (None for other codecs)."""
    table = single_byte_table(codec)
    return None if table is None else table.translate(_classes()).encode("ascii")


def _class_of(ch: str, gb1: set[str], big5: set[str], jis1: set[str], hangul: set[str]) -> str:
    point = ord(ch)
    if point < 0x80:
        return "a" if ch.isalpha() else "d" if ch.isdigit() else " " if ch.isspace() else "."
    category = unicodedata.category(ch)
    if point < 0xA0 or category in ("Co", "Cn") or point == 0xFFFD:
        return "x"
    if category == "Cf":  # an invisible inside a word (a soft hyphen: Stadt\u00adwald; a farm's BOM or ZWSP): neutral
        return "."
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
    if 0x0590 <= point < 0x0600:
        return "b"
    if 0x0600 <= point < 0x0700:
        return "v" if category == "Mn" else "r"  # a vowel mark (haraka) apart from the letters
    if 0x0E00 <= point < 0x0E80:
        return "t"
    if category.startswith("L") and (0xC0 <= point < 0x250 or 0x1E00 <= point < 0x1F00):
        return "l" if ch.islower() else "L"
    if point == 0xA0:
        return " "
    if category[0] in "LM":
        return "n"
    if category == "Sc":
        return "m"
    return "s" if category[0] == "S" and point >= 0x2100 else "o"


# Patterns over the class string; plain counts do the rest (regex lookarounds cost too much here).
_UTF8_AS_LATIN = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")
# Ideographs between Latin letters, over the _CJK_MARKS below: the literal prefix lets the regex skip ahead
# (written AHH* for AH+: SRE takes the literal prefix "AH", where it took only "A", tried at every letter).
_CJK_IN_LATIN = re.compile(b"AHH*A")


def _marks(mapping: dict[str, str]) -> bytes:
    """A ``bytes.translate`` table from class letters to the marks a count looks for (the rest to ``_``)."""
    return bytes(ord(mapping.get(chr(byte), "_")) for byte in range(256))


# Letter X next to symbol Y in a word (Cyrillic or Latin letter, symbol or other character), or a symbol
# between two ASCII letters a.
_WORD_MARKS = _marks({"c": "X", "C": "X", "l": "X", "L": "X", "s": "Y", "o": "Y", "m": "Y", "a": "a"})
_MIX_MARKS = _marks({"c": "X", "C": "X", "a": "Y", "l": "Y", "L": "Y"})  # Cyrillic X next to Latin Y
_RUN_MARKS = _marks({"l": "R", "L": "R", "o": "R", "m": "R"})  # accented Latin letters and other characters
# A currency sign before or after a figure (£2.4, 5 €): a price, as people write one; a wrong reading of a
# byte does not put its sign there (the £ that koi8-r reads as ё in "about £2.4").
_PRICE = re.compile("m ?d|d ?m")
_FLIP = _marks({"X": "Y", "Y": "X"})
_NOT_CJK = bytes(byte for byte in range(256) if byte not in b"01234567kK")  # deleted: the CJK marks are left
# Latin letters A, ideographs, kana and hangul H, and spaces, for the CJK spacing patterns.
_CJK_MARKS = _marks({**dict.fromkeys("alL", "A"), **dict.fromkeys("01234567kKq", "H"), " ": " "})
# The letter class of the script a single-byte codec exists for, where that is not Latin or Cyrillic: Greek
# g, Hebrew b, Arabic r, Thai t. Its letters count for that codec only, and against it inside Latin words.
NATIVE_LETTERS = {"cp1253": "g", "iso8859-7": "g", "cp1255": "b", "iso8859-8": "b", "cp1256": "r",
                  "iso8859-6": "r", "cp874": "t"}
# Arabic vowel marks v (harakat) follow an Arabic letter r or another mark: a mark anywhere else (after a space,
# punctuation, a Latin letter) is a wrong reading's (KOI8-R's capitals read in windows-1256 give many).
_STRAY_MARKS = re.compile("(?:^|[^rv])(v+)")
_NATIVE_MIX = {letter: _marks({letter: "X", "v": "X", "a": "Y", "l": "Y", "L": "Y"}) for letter in "gbrt"}
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


def byte_window(data: bytes) -> bytes:
    """The bytes a single-byte codec is scored on: ``SCORED`` from just before the first non-ASCII one (none in
    ASCII data). The same for every such codec: a sample scored with several computes it once."""
    high = first_high(data)
    start = max(high - 16, 0)
    return data[start:start + SCORED] if high >= 0 else b""


def window_plausibility(window: bytes, codec: str, floor: float = float("-inf")) -> float | None:
    """``plausibility(decode(data, codec), codec)`` for a single-byte codec, of the data whose ``byte_window``
    is ``window``: the bytes classified through a 256-entry table instead of each character (None for
    multi-byte codecs)."""
    table = _byte_classes(codec)
    if table is None:
        return None
    if not window:
        return 1.0
    return _judge(window.translate(table).decode("ascii"), decode(window, codec) or "", codec, floor)


def _judge(cls: str, window: str, codec: str, floor: float) -> float:
    """The score of a ``window`` of text whose character classes are ``cls``."""
    count = cls.count
    marks = cls.encode("ascii", "replace")  # characters outside the BMP keep no class: "?" marks nothing
    counted = marks.translate(None, b"ad .p")  # the marks that count (tallied below: often far fewer)
    judged = len(counted)
    if judged <= 0:
        return 1.0
    score = _cjk_score(marks, counted, FAMILY.get(codec, ""))
    flawed = byte_count(counted, b"xshqy")  # classes only wrong readings yield (clean windows have none: no counts)
    if flawed:
        score = score - 3.0 * count("x") - count("s") - count("h") - count("q")
    latin, cyrillic = byte_count(counted, b"lL"), byte_count(counted, b"cC")
    native = NATIVE_LETTERS.get(codec)
    letters = latin + cyrillic + (count(native) + count("v") if native else 0)  # what could still lift the score
    if (score + letters) / judged < floor:
        return (score + letters) / judged
    if flawed:
        score -= count("y")
    if "o" in cls or "s" in cls or "m" in cls:
        word = marks.translate(_WORD_MARKS)
        score -= 2 * (_alternations(word) + word.count(b"aYa"))
    if "m" in cls:
        score += len(_PRICE.findall(cls))
    if latin:
        score += latin + count("oa") - 2 * _long_runs(marks.translate(_RUN_MARKS))
        if "\u00c2" in window or "\u00c3" in window:  # UTF-8 read as Latin-1: "Ã©", "Ã\xa0", "Â°"
            score -= 3 * len(_UTF8_AS_LATIN.findall(window))
    if cyrillic:
        score += count("c") + count("Cc") - 3 * count("cC")
    if cyrillic and (latin or "a" in cls):
        score -= 2 * _alternations(marks.translate(_MIX_MARKS))
    if native and (native in cls or "v" in cls):
        score += count(native) - 2 * _alternations(marks.translate(_NATIVE_MIX[native]))
        if "v" in cls:
            stray = sum(map(len, _STRAY_MARKS.findall(cls)))
            score += count("v") - 3 * stray
    return score / judged


def _alternations(marks: bytes) -> int:
    """Adjacent pairs ``XY`` or ``YX`` in ``marks``, counted without overlap from the left (what
    ``len(re.findall("XY|YX", ...))`` gives, without a regex trying every position). With the marks at odd
    positions swapped, each run of alternating marks becomes a run of one mark, whose pairs ``count`` finds.
    Most windows hold no such pair: two searches tell."""
    if b"XY" not in marks and b"YX" not in marks:
        return 0
    flipped = bytearray(marks)
    flipped[1::2] = marks[1::2].translate(_FLIP)
    return flipped.count(b"XX") + flipped.count(b"YY")


def _long_runs(marks: bytes) -> int:
    """The length of all runs of three or more ``R`` marks (``sum(map(len, re.findall("R{3,}", marks)))``):
    every ``R`` but those in runs of one or two, told apart by how their runs start (starts never overlap)."""
    if b"RRR" not in marks:  # the common case, in one search
        return 0
    padded = b"_" + marks
    starts, twos, threes = padded.count(b"_R"), padded.count(b"_RR"), padded.count(b"_RRR")
    return marks.count(b"R") - (starts - twos) - 2 * (twos - threes)


def _cjk_score(marks: bytes, counted: bytes, family: str) -> float:
    """The CJK part of the score: common ideographs of ``family``, kana and hangul count for it, rare ones
    and spaced ones against it (``marks`` are the classes as bytes, ``counted`` those that count). The counts
    are made on the CJK marks alone (short strings)."""
    cjk = counted.translate(None, _NOT_CJK)
    if not cjk:
        return 0.0
    kana, hangul = cjk.count(b"k"), cjk.count(b"K")
    # Ideograph classes are bit sets: 1 common in GB2312, 2 in Big5, 4 in JIS level 1 ("0" rare in all).
    hanzi, rare, jis_only = len(cjk) - kana - hangul, cjk.count(b"0"), cjk.count(b"4")
    gb_or_big5 = hanzi - rare - jis_only
    big5, jis = byte_count(cjk, b"2367"), byte_count(cjk, b"4567")
    # Chinese and Japanese put no spaces between ideographs (Korean read as Chinese does); allow a few.
    spaced = max(0.0, _spaced(marks) - 0.03 * (hanzi + kana))
    if family == "zh":
        return gb_or_big5 - 0.5 * (rare + jis_only) - 1.5 * spaced
    if family == "tw":
        return big5 - 0.5 * (hanzi - big5) - 1.5 * spaced
    if family == "ja":
        weight = min(1.0, kana / (0.15 * (kana + hanzi))) if hanzi else 1.0
        return kana + weight * jis - 0.3 * (hanzi - jis) - 1.5 * spaced
    if family == "ko":
        return hangul - 0.3 * hanzi - 0.5 * kana
    return hangul + kana + hanzi - 1.5 * rare - (0.0 if hangul else 1.5 * spaced)


def _spaced(marks: bytes) -> int:
    """Spaces between two ideographs (kana, hangul) plus runs of them inside Latin words. With every H after
    a space doubled, each such space is one non-overlapping "H H"."""
    folded = marks.translate(_CJK_MARKS)
    between = folded.replace(b" H", b" HH").count(b"H H") if b"H H" in folded else 0
    return between + (len(_CJK_IN_LATIN.findall(folded)) if b"AH" in folded else 0)
