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

from ..encodings import non_ascii_count
from .common import opencc_converter

_CYRILLIC_WORD_RE = re.compile("[а-яёіїєґА-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ]+")
_MIN_CASE_WORDS = 3

# One script character, then what makes it a break (see plausibility). Starting with the rare
# class lets the regex engine skip ASCII fast: the plain two-character alternation is 14x slower.
# The branches are grouped by the script of that character and all an ideograph's breaks need a
# Latin letter or Hangul after it, so each character is tested against its neighbours' classes a
# few times, not against ten alternatives (1.7x faster on Cyrillic text). Every branch is
# zero-width: which one holds never changes the match.
BREAK_CHARS = "\u0400-\u04ff\u3400-\u9fff\uac00-\ud7a3\uff61-\uff9f"
BREAK_BODY = (
    "(?=[\uac00-\ud7a3A-Za-z])(?:(?<=[\u4e00-\u9fff])(?=[\uac00-\ud7a3])"
    "|(?<=[A-Za-z][\u3400-\u9fff\uff61-\uff9f])(?=[A-Za-z]))"
    "|(?<=[\u0400-\u04ff])(?:(?<=[A-Za-z\u00c0-\u024f\u3400-\u9fff\uac00-\ud7a3].)"
    "|(?=[A-Za-z\u00c0-\u024f\u3040-\u9fff\uac00-\ud7a3])|(?<=[а-яё])(?=[А-ЯЁ]))"
    "|(?<=[\uac00-\ud7a3])(?:(?=[A-Za-z\u4e00-\u9fff])|(?<=[A-Za-z].))"
)
_BREAK_RE = re.compile(f"[{BREAK_CHARS}](?:{BREAK_BODY})")
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
_PINYIN_LETTERS = "ǎǐǒǔǖǘǚǜ"
_HAN_RE = re.compile("[\u4e00-\u9fff]")
_HAN_PAIR_RE = re.compile("[\u4e00-\u9fff]{2}")


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


# Every script break (BREAK_BODY) has an ASCII letter or a Hangul syllable on one side, but a Cyrillic
# letter's: beside an accented Latin letter, kana, an ideograph or half-width katakana, or a case change
# inside a word. Cyrillic text without those partners has only case changes, found alone, without the
# alternatives tried at every Cyrillic letter (a Russian sentence's are counted 9x faster; .suspects
# scans a short text so too).
LETTER_OR_HANGUL = "A-Za-z\uac00-\ud7a3"
CYRILLIC_PARTNERS = "\u00c0-\u024f\u3040-\u9fff\uff61-\uff9f"
_BREAK_PARTNERS_RE = re.compile(f"[{LETTER_OR_HANGUL}{CYRILLIC_PARTNERS}]")
# (matched at the capital, the rare side, one past the break's offset: the lower-case side of the
# pattern would be tried at nearly every Cyrillic letter)
CASE_BREAK_RE = re.compile("(?<=[а-яё])[А-ЯЁ]")


def _break_count(text: str) -> int:
    """The number of offsets where _BREAK_RE matches."""
    if not _BREAK_SCRIPTS_RE.search(text):
        return len(_HAN_IN_LATIN_RE.findall(text))
    if not _BREAK_PARTNERS_RE.search(text):
        return len(CASE_BREAK_RE.findall(text))
    return len(_BREAK_RE.findall(text))


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


def plausibility(text: str, floor: float = -1e9) -> float:
    """Mean weight of the non-ASCII characters (1 = all common; other characters count -1),
    minus penalties for what wrong decoding produces.

    Accented Latin letters are good alone or in short runs (ção, Żół), bad in runs of four or
    more or next to latin-1 symbols (ÊÐÕþ¸®: legacy bytes read as latin-1). A break is a
    Cyrillic lower-to-upper case change inside a word, an ideograph touching a Hangul syllable,
    an ASCII letter touching a Cyrillic letter or a Hangul syllable (GrЖъere), an accented Latin
    letter or a CJK character touching a Cyrillic one (Södё, КРХю的), or an ideograph inside a
    Latin word (pr茅s).

    A text that cannot reach ``floor`` gets an upper bound of its score, below ``floor``, without the
    costlier counts: first if its common characters are too few even if every other character
    counted half, then if its breaks take it below (a wrong reading of Latin text puts ideographs
    inside its words: pr茅s).
    """
    total = non_ascii_count(text)
    if not total:
        return 1.0
    good_re, half_re, neutral_re, very_bad_re = _classes()
    good = _count(good_re, text)
    bound = (good + 0.5 * (total - good)) / total
    if bound < floor:
        return bound
    breaks = _break_count(text)
    # (numerators are whole or half numbers, exact in floating point: the bound is never below the score)
    bound = (good + 0.5 * (total - good) - 4 * breaks) / total
    if bound < floor:
        return bound
    half, neutral, very_bad = (_count(r, text) for r in (half_re, neutral_re, very_bad_re))
    other = total - good - half - neutral - very_bad
    in_runs = sum(len(m) for run in _LATIN_RANGE_RUN_RE.findall(text) for m in _LATIN_RUN_RE.findall(run))
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
    simplified = opencc_converter("t2s").convert(text)
    han = _HAN_RE.findall(simplified)
    if not han:
        return 0.0
    # (counted by a set's own test mapped over the list: a generator's frame a character costs 3x as much)
    share = sum(map(_frequent_han().__contains__, han)) / len(han)
    pairs = _HAN_PAIR_RE.findall(simplified) + _HAN_PAIR_RE.findall(simplified[1:])
    rate = sum(map(_phrase_bigrams().__contains__, pairs)) / len(pairs) if pairs else 0.0
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
