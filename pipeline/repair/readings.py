"""Readings of Chinese characters, as pypinyin gives them: what confirms an annotation.

Every reading of a character in every style a repost writes (tone marks, tone numbers, none, zhuyin),
checked also against its simplified form (obfuscators annotate the original before converting it),
and a word's readings written one after another (Nánjīng, guǎnwǎng).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .common import HAN_RE, opencc_converter

SYLLABLE_SEP_RE = re.compile("[ '’]")
_TONE_DIGITS = str.maketrans("", "", "12345")
# A one-syllable reading in brackets, loosely (no check of the character before it): removed from a
# page before its strings serve as evidence, since readings split the words they annotate (縣(xiàn)級).
_LOOSE_READING_RE = re.compile("[(（【\\[][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑɡ1-5]{1,7}[)）】\\]]")
_ZHUYIN_PRESENT_RE = re.compile("[\u3105-\u312f]")


def norm(syllable: str) -> str:
    text = unicodedata.normalize("NFC", syllable.strip().lower().replace("ɑ", "a").replace("ɡ", "g"))
    return text.replace("u:", "ü").replace("v", "ü")


@functools.cache
def readings(char: str, heteronym: bool = True) -> frozenset[str]:
    """Every reading of ``char`` (without ``heteronym``: its dictionary reading) in every style."""
    from pypinyin import Style, pinyin

    forms: set[str] = set()
    for style in (Style.TONE, Style.TONE3, Style.NORMAL, Style.BOPOMOFO):
        for group in pinyin(char, style=style, heteronym=heteronym, neutral_tone_with_five=True):
            forms.update(norm(s) for s in group)
    # A neutral tone may be written with no number at all, and in zhuyin with its dot on either side
    # (any syllable may be neutral in context, as the toneless pinyin of any tone is accepted).
    forms.update(f[:-1] for f in list(forms) if f.endswith("5"))
    bases = {f.strip("ˊˇˋ˙") for f in forms if _ZHUYIN_PRESENT_RE.search(f)}
    forms.update(form for base in bases for form in ("˙" + base, base + "˙"))
    return frozenset(forms)


def is_reading(char: str, syllable: str, following: str = "") -> bool:
    """True when ``syllable`` (tone marks, tone numbers, none, or zhuyin) is a reading of ``char``.

    A converted character is also checked against its simplified form: obfuscators annotate the
    original before converting it, so 鬨(hǒng) was 哄(hǒng). ``following`` (the character after the
    annotation) lets a phrase conversion speak: 瞭(le)解 was 了解, though 瞭 alone stays 瞭.
    """
    if len(char) != 1 or not syllable:
        return False
    form = norm(syllable)
    return form in readings(char) or form in readings(simplified(char + following)[0])


@functools.cache
def simplified(chars: str) -> str:
    converted: str = opencc_converter("t2s").convert(chars)
    return converted if len(converted) == len(chars) else chars


def reads_word(word: str, reading: str, after: str) -> bool:
    """``reading`` reads ``word``: syllable by syllable, or its syllables run together."""
    syllables = SYLLABLE_SEP_RE.split(reading)
    following = [*word[1:], after if HAN_RE.match(after) else ""]
    if len(syllables) == len(word):
        return all(is_reading(c, y, f) for c, y, f in zip(word, syllables, following, strict=True))
    return len(word) > 1 and segment(word, "".join(syllables), following) is not None


def segment(word: str, reading: str, following: list[str]) -> list[str] | None:
    """``reading`` cut into the readings of ``word``'s characters written one after another, or None."""
    target = norm(reading)
    ends: dict[int, list[str]] = {0: []}
    for char, after in zip(word, following, strict=True):
        forms = readings(char) | readings(simplified(char + after)[0])
        ends = {end + len(form): [*cut, form] for end, cut in ends.items() for form in forms
                if form and target.startswith(form, end)}
        if not ends:
            return None
    return ends.get(len(target))


def toneless(reading: str) -> str:
    """zhōng, zhong1, ZHONG -> zhong (ü as v)."""
    plain = reading.lower().replace("ɑ", "a").replace("ɡ", "g")
    bare = "".join(c for c in unicodedata.normalize("NFD", plain) if not unicodedata.combining(c))
    return bare.translate(_TONE_DIGITS).replace("ü", "v").replace("u:", "v")


@functools.cache
def chars_by_syllable() -> dict[str, frozenset[str]]:
    """Every ideograph pypinyin knows, by its toneless readings."""
    from pypinyin.pinyin_dict import pinyin_dict

    index: dict[str, set[str]] = {}
    for code, forms in pinyin_dict.items():
        char = chr(code)
        if HAN_RE.match(char):
            for reading in forms.split(","):
                index.setdefault(toneless(reading), set()).add(char)
    return {syllable: frozenset(chars) for syllable, chars in index.items()}


def without_readings(text: str) -> str:
    """``text`` without anything bracketed that reads like a syllable (:data:`_LOOSE_READING_RE`)."""
    return _LOOSE_READING_RE.sub("", text)
