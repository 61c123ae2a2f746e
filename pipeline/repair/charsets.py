"""Character commonness, derived from the legacy national standards themselves.

The first levels of GB2312, Big5, JIS X 0208 and KS X 1001 were chosen by frequency, so they are a
dictionary-free frequency list: text made of them is plausible, mojibake (rare ideographs, half-width
katakana, box drawing, private use) is not. :func:`plausibility` scores a string from -2 to 1 per
non-ASCII character; the mojibake fixers compare the score of a run with its candidate repairs.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from .regions import Regions, finditer_in

_CYRILLIC_WORD_RE = re.compile("[а-яёіїєґА-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ]+")
_MIN_CASE_WORDS = 3

# One script character, then what makes it a break (see plausibility). Starting with the rare
# class lets the regex engine skip ASCII fast: the plain two-character alternation is 14x slower.
# The branches are grouped by the script of that character and all an ideograph's breaks need a
# Latin letter or Hangul after it, so each character is tested against its neighbours' classes a
# few times, not against ten alternatives (1.7x faster on Cyrillic text). Every branch is
# zero-width: which one holds never changes the match.
_BREAK_CHARS = "\u0400-\u04ff\u3400-\u9fff\uac00-\ud7a3\uff61-\uff9f"
_BREAK_BODY = (
    "(?=[\uac00-\ud7a3A-Za-z])(?:(?<=[\u4e00-\u9fff])(?=[\uac00-\ud7a3])"
    "|(?<=[A-Za-z][\u3400-\u9fff\uff61-\uff9f])(?=[A-Za-z]))"
    "|(?<=[\u0400-\u04ff])(?:(?<=[A-Za-z\u00c0-\u024f\u3400-\u9fff\uac00-\ud7a3].)"
    "|(?=[A-Za-z\u00c0-\u024f\u3040-\u9fff\uac00-\ud7a3])|(?<=[а-яё])(?=[А-ЯЁ]))"
    "|(?<=[\uac00-\ud7a3])(?:(?=[A-Za-z\u4e00-\u9fff])|(?<=[A-Za-z].))"
)
_BREAK_RE = re.compile(f"[{_BREAK_CHARS}](?:{_BREAK_BODY})")
# Without Cyrillic, Hangul or half-width katakana in a text, the only break _BREAK_RE can find is
# an ideograph inside a Latin word; this finds it without trying ten alternatives at every ideograph.
_BREAK_SCRIPTS_RE = re.compile("[\u0400-\u04ff\uac00-\ud7a3\uff61-\uff9f]")
_HAN_IN_LATIN_RE = re.compile("[\u3400-\u9fff](?<=[A-Za-z].)(?=[A-Za-z])")
# Runs of four accented letters, or of two or more with a latin-1 symbol among them.
_LATIN_RUN_RE = re.compile(
    "[\u00c0-\u024f]{4,}|[\u0080-\u024f]*[\u0080-\u00bf\u00d7\u00f7][\u0080-\u024f]+"
    "|[\u0080-\u024f]+[\u0080-\u00bf\u00d7\u00f7]"
)
# Every match of _LATIN_RUN_RE lies in a run of two or more latin-range characters (it has no
# lookaround): scanning only those runs finds the same matches, and this pattern, starting with a
# class, lets the engine skip the rest of the text fast (the alternation tries three branches at
# every character).
_LATIN_RANGE_RUN_RE = re.compile("[\u0080-\u024f][\u0080-\u024f]+")
_RUN4_RE = re.compile("[\u00c0-\u024f][\u00c0-\u024f][\u00c0-\u024f][\u00c0-\u024f]")
# A latin-1 symbol next to another latin-range character (Â©, ¸®); alone (©, », ½) it is common.
_SYMBOLS = "\u00a0-\u00bf\u00d7\u00f7"
_SYMBOL_PAIR_BODY = "(?<=[\u0080-\u024f].)|(?=[\u0080-\u024f])"
_PINYIN_LETTERS = "ǎǐǒǔǖǘǚǜ"
_HAN_RE = re.compile("[\u4e00-\u9fff]")
_HAN_PAIR_RE = re.compile("[\u4e00-\u9fff]{2}")
# Characters clean text rarely has (latin-1 symbols, C1, cp1252 extras, Serbian/Macedonian
# letters that cp1251 mojibake of UTF-8 produces, box drawing, private use, half-width katakana,
# U+FFFD): with rare ideographs and script breaks they make the suspect test, the cheap gate before
# any scoring.
_SUSPECT_EXTRA = (
    "\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u0402\u0403\u040a-\u040f\u0452\u0453\u045a-\u045f"
    "\u2020-\u2022\u2030\u2039\u203a\u20ac\u2122\u2500-\u25ff\ue000-\uf8ff\uff61-\uff9f\ufffd"
)


def _double_byte(codec: str, leads: tuple[int, int], trails: tuple[int, int]) -> frozenset[str]:
    chars = set()
    for lead in range(leads[0], leads[1] + 1):
        for trail in range(trails[0], trails[1] + 1):
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@functools.cache
def common_han() -> frozenset[str]:
    """GB2312 level 1, Big5 level 1, JIS level 1 kanji."""
    return (
        _double_byte("gb2312", (0xB0, 0xD7), (0xA1, 0xFE))
        | _double_byte("big5", (0xA4, 0xC6), (0x40, 0xFE))
        | _double_byte("shift_jis", (0x88, 0x98), (0x40, 0xFC))
    )


@functools.cache
def uncommon_han() -> frozenset[str]:
    """GB2312 level 2: legitimate but less frequent."""
    return _double_byte("gb2312", (0xD8, 0xF7), (0xA1, 0xFE)) - common_han()


@functools.cache
def common_hangul() -> frozenset[str]:
    """The 2,350 syllables of KS X 1001."""
    return _double_byte("euc_kr", (0xB0, 0xC8), (0xA1, 0xFE))


@functools.cache
def _suspect_chars() -> str:
    """Characters that may come from mojibake, as a class body: rare ideographs and Hangul, and
    _SUSPECT_EXTRA."""
    ranges = char_class(c for c in map(chr, range(0x3400, 0xA000)) if c not in common_han() and c not in uncommon_han())
    hangul = char_class(c for c in map(chr, range(0xAC00, 0xD7A4)) if c not in common_hangul())
    return f"{ranges}{hangul}{_SUSPECT_EXTRA}"


@functools.cache
def _one_char_hits_re() -> re.Pattern[str]:
    """A suspect character, a latin-1 symbol beside a latin-range character, or a script break
    (_BREAK_RE), in one scan: each matches one character (then looks around it), so one pattern
    starting with the class of all three, then telling which test applies by a look back at that
    character, matches at exactly the offsets where one of them does."""
    suspect = _suspect_chars()
    return re.compile(
        f"[{suspect}{_SYMBOLS}{_BREAK_CHARS}](?:(?<=[{suspect}])"
        f"|(?<=[{_SYMBOLS}])(?:{_SYMBOL_PAIR_BODY})|{_BREAK_BODY})"
    )


@functools.cache
def _non_ideograph_hits_re() -> re.Pattern[str]:
    """:func:`_one_char_hits_re` without the common ideographs (rare ones are suspect): the same
    matches on text without ideographs; with :data:`_IDEOGRAPH_BREAK_RE`, on any text. On a Chinese
    page the two scans cost 0.6 of the one pattern tried at every ideograph with all its branches."""
    suspect = _suspect_chars()
    return re.compile(
        f"[{suspect}{_SYMBOLS}\u0400-\u04ff\uac00-\ud7a3\uff61-\uff9f](?:(?<=[{suspect}])"
        f"|(?<=[{_SYMBOLS}])(?:{_SYMBOL_PAIR_BODY})|{_BREAK_BODY})"
    )


# An ideograph's breaks (_BREAK_BODY's first branch): all need a Hangul syllable or a Latin letter after it.
_IDEOGRAPH_BREAK_RE = re.compile(
    "[\u3400-\u9fff](?=[\uac00-\ud7a3A-Za-z])(?:(?<=[\u4e00-\u9fff])(?=[\uac00-\ud7a3])"
    "|(?<=[A-Za-z][\u3400-\u9fff\uff61-\uff9f])(?=[A-Za-z]))"
)


# Every script break (_BREAK_BODY) has an ASCII letter or a Hangul syllable on one side, but a Cyrillic
# letter's: beside an accented Latin letter, kana, an ideograph or half-width katakana, or a case change
# inside a word. Text without those has no break; Cyrillic text without the partners only case changes,
# found alone, without the alternatives tried at every Cyrillic letter or ideograph (a Russian sentence
# scans 9x faster, a Chinese one 3x).
_LETTER_OR_HANGUL = "A-Za-z\uac00-\ud7a3"
_CYRILLIC_PARTNERS = "\u00c0-\u024f\u3040-\u9fff\uff61-\uff9f"
_LETTER_OR_HANGUL_RE = re.compile(f"[{_LETTER_OR_HANGUL}]")
_CYRILLIC_PARTNERS_RE = re.compile(f"[{_CYRILLIC_PARTNERS}]")
_BREAK_PARTNERS_RE = re.compile(f"[{_LETTER_OR_HANGUL}{_CYRILLIC_PARTNERS}]")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_CASE_BREAK_RE = re.compile("[а-яё](?=[А-ЯЁ])")


def _break_count(text: str) -> int:
    """The number of offsets where _BREAK_RE matches."""
    if not _BREAK_SCRIPTS_RE.search(text):
        return len(_HAN_IN_LATIN_RE.findall(text))
    if not _BREAK_PARTNERS_RE.search(text):
        return len(_CASE_BREAK_RE.findall(text))
    return len(_BREAK_RE.findall(text))


@functools.cache
def _char_hits_re() -> re.Pattern[str]:
    """:func:`_one_char_hits_re` without the script breaks: a suspect character, or a latin-1 symbol
    beside a latin-range character."""
    suspect = _suspect_chars()
    return re.compile(f"[{suspect}{_SYMBOLS}](?:(?<=[{suspect}])|(?<=[{_SYMBOLS}])(?:{_SYMBOL_PAIR_BODY}))")


def _short_text_hits(text: str) -> list[int]:
    """The offsets where :func:`_one_char_hits_re` matches, its breaks looked for only where the text
    holds what they need (see _LETTER_OR_HANGUL)."""
    if _LETTER_OR_HANGUL_RE.search(text):
        return [m.start() for m in _one_char_hits_re().finditer(text)]
    cyrillic = _CYRILLIC_RE.search(text) is not None
    if cyrillic and _CYRILLIC_PARTNERS_RE.search(text):
        return [m.start() for m in _one_char_hits_re().finditer(text)]
    hits = [m.start() for m in _char_hits_re().finditer(text)]
    if cyrillic and (cases := [m.start() for m in _CASE_BREAK_RE.finditer(text)]):
        return sorted(set(hits).union(cases))
    return hits


def suspect_positions(text: str, regions: Regions | None = None, ideographs: bool = True) -> list[int]:
    """Sorted offsets of everything :func:`is_suspect` looks for, found in passes for the one-character
    hits and for the runs of four (whose matches do not overlap). With ``regions``
    (:func:`.common.non_ascii_regions`: every hit is a non-ASCII character, looking one past itself)
    only those are read, and the hits at ideographs are a pass apart, made unless the caller knows
    the text has no ideograph."""
    if regions is None:  # a short text: one scan costs less than two calls
        hits = _short_text_hits(text)
        extra = []
    else:
        hits = [m.start() for m in finditer_in(_non_ideograph_hits_re(), text, regions, reach=1)]
        extra = [m.start() for m in finditer_in(_IDEOGRAPH_BREAK_RE, text, regions, reach=1)] if ideographs else []
    extra += [m.start() for m in (_RUN4_RE.finditer(text) if regions is None else finditer_in(_RUN4_RE, text, regions))]
    return sorted(set(hits).union(extra)) if extra else hits


def is_suspect(text: str) -> bool:
    """The cheap gate before any scoring: a suspicious character, a script break or a run of
    accented letters (the two scans of :func:`suspect_positions`, each stopping at its first hit)."""
    return bool(_one_char_hits_re().search(text) or _RUN4_RE.search(text))


def char_class(chars: Iterable[str]) -> str:
    """A regex class body matching exactly ``chars``, as ranges of consecutive code points."""
    out: list[str] = []
    codes = sorted({ord(c) for c in chars})
    for i, code in enumerate(codes):
        if i and code == codes[i - 1] + 1:
            continue
        end = code
        while end + 1 - code < len(codes) - i and codes[i + end + 1 - code] == end + 1:
            end += 1
        out.append(re.escape(chr(code)) + (f"-{re.escape(chr(end))}" if end > code else ""))
    return "".join(out)


@functools.cache
def _classes() -> tuple[re.Pattern[str], ...]:
    """Regexes matching runs of the weight classes: good (1), half (0.5), neutral (0), very bad (-2).
    Runs, counted by what removing them removes (:func:`_count`): a findall makes one string per
    character, 3x slower on a sentence of common characters."""
    good = char_class(common_han() | common_hangul())
    neutral = char_class(uncommon_han())
    bodies = (
        f"{good}\u3000-\u30ff\uff01-\uff5e\u0410-\u044f\u0401\u0451"
        f"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f{_PINYIN_LETTERS}"
        "\u0386-\u03ce\u0404\u0406\u0407\u0454\u0456\u0457\u0490\u0491\u05d0-\u05ea\u0621-\u064a",
        "“”‘’—–…·«»€\u2000-\u200f",
        neutral,
        "\ufffd\ue000-\uf8ff\u0080-\u009f",
    )
    return tuple(re.compile(f"[{body}][{body}]*") for body in bodies)


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the class whose runs ``runs`` matches holds."""
    return len(text) - len(runs.sub("", text))


def non_ascii_count(text: str) -> int:
    """The number of non-ASCII characters (the encoder skips them in C: 10-30x faster than a regex)."""
    return len(text) - len(text.encode("ascii", "ignore"))


def plausibility(text: str, floor: float = -1e9) -> float:
    """Mean weight of the non-ASCII characters (1 = all common; other characters count -1),
    minus penalties for what wrong decoding produces.

    Accented Latin letters are good alone or in short runs (ção, Żół), bad in runs of four or
    more or next to latin-1 symbols (ÊÐÕþ¸®: legacy bytes read as latin-1). A break is a
    Cyrillic lower-to-upper case change inside a word, an ideograph touching a Hangul syllable,
    an ASCII letter touching a Cyrillic letter or a Hangul syllable (GrЖъere), an accented Latin
    letter or a CJK character touching a Cyrillic one (Södё, КРХю的), or an ideograph inside a
    Latin word (pr茅s).

    A text that cannot reach ``floor`` (its common characters are too few even if every other
    character counted half) gets that upper bound, below ``floor``, without the costlier counts.
    """
    total = non_ascii_count(text)
    if not total:
        return 1.0
    good_re, half_re, neutral_re, very_bad_re = _classes()
    good = _count(good_re, text)
    bound = (good + 0.5 * (total - good)) / total
    if bound < floor:
        return bound
    half, neutral, very_bad = (_count(r, text) for r in (half_re, neutral_re, very_bad_re))
    other = total - good - half - neutral - very_bad
    in_runs = sum(len(m) for run in _LATIN_RANGE_RUN_RE.findall(text) for m in _LATIN_RUN_RE.findall(run))
    breaks = _break_count(text)
    return (good + 0.5 * half - 2 * very_bad - other - 2 * in_runs - 4 * breaks) / total


@functools.cache
def _phrase_bigrams() -> frozenset[str]:
    """Character bigrams of pypinyin's phrase dictionary (47k words): evidence of real Chinese."""
    from pypinyin.constants import PHRASES_DICT

    return frozenset(w[i : i + 2] for w in PHRASES_DICT for i in range(len(w) - 1))


@functools.cache
def _frequent_han() -> frozenset[str]:
    """charset-normalizer's most frequent Chinese and Japanese characters (a third of running text)."""
    from charset_normalizer.constant import FREQUENCIES

    return frozenset(FREQUENCIES["Chinese"]) | frozenset(FREQUENCIES["Japanese"])


def chinese_support(text: str) -> float:
    """Evidence of real Chinese: the larger of the share of adjacent ideograph pairs that are
    dictionary bigrams and the share of ideographs among the most frequent ones (traditional
    text is read through t2s). Wrong decodings give rare pairs of level-1 characters: near 0."""
    from .common import opencc_converter

    simplified = opencc_converter("t2s").convert(text)
    han = _HAN_RE.findall(simplified)
    if not han:
        return 0.0
    frequent = _frequent_han()
    share = sum(c in frequent for c in han) / len(han)
    pairs = [m[0] for m in _HAN_PAIR_RE.finditer(simplified)] + [
        m[0] for m in _HAN_PAIR_RE.finditer(simplified[1:])
    ]
    bigrams = _phrase_bigrams()
    rate = sum(p in bigrams for p in pairs) / len(pairs) if pairs else 0.0
    return max(share, rate)


def _camel(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


def case_inverted(run: str, fixed: str) -> bool:
    """KOI8-R and cp1251 swapped invert the case of every letter: prose becomes words in capitals
    and capitalised words lower-then-upper (Вход -> чИПД), which no Russian text writes, while the
    round trip reads normally. Capitals alone read well enough to pass for a headline, so this
    signature, not a score gain, decides."""
    words = _CYRILLIC_WORD_RE.findall(run)
    return (len(words) >= _MIN_CASE_WORDS and 2 * sum(w.isupper() for w in words) >= len(words)
            and any(map(_camel, words)) and not any(map(_camel, _CYRILLIC_WORD_RE.findall(fixed))))
