"""Which confirmed readings a page keeps: a pronunciation lesson's, and those an article gives itself.

Obfuscators annotate the characters their simplified-to-traditional conversion produced, dozens of
them, in one style; an article glosses a few readings itself (蔚（yù）县), often of a heteronym read
other than usual, in its own brackets; a lesson annotates any character (妈（mā）、麻（má）).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .common import converted_chars
from .readings import SYLLABLE_SEP_RE, norm, readings, segment, simplified
from .vocab import LESSON_WORDS, NOT_LESSON_PHRASES

if TYPE_CHECKING:
    from .pinyin import Annotation

BRACKETS = {"(": ")", "（": "）", "【": "】", "[": "]"}
SPACES = " \u00a0\u3000"
_ZHUYIN_RE = re.compile("[\u3105-\u312f]")
_QUOTES_BEFORE = "“「『‘\"'"
_QUOTES_AFTER = "”」』’\"'"
_MIN_OBFUSCATION_SHARE = 0.6
# An article glosses a few readings itself; an obfuscator annotates dozens.
_MAX_OWN_READINGS = 3


def converted_share(annotations: tuple[Annotation, ...]) -> float:
    """Share of annotated characters that a simplified-to-traditional conversion produced."""
    if not annotations:
        return 0.0
    converted = converted_chars("".join(a.char for a in annotations))
    return sum(not converted.isdisjoint(a.char) for a in annotations) / len(annotations)


def lesson_evidence(text: str, annotations: tuple[Annotation, ...], converting: bool) -> str | None:
    """Why the annotations are content (a pronunciation lesson), or None.

    Obfuscators annotate the characters their simplified-to-traditional conversion produced; a
    lesson annotates any character. In a genuine traditional page (no conversion to undo:
    ``converting`` is False) every annotated character looks converted, so lesson words decide.
    """
    words = _lesson_words(text)
    if not words:
        return None
    share = converted_share(annotations)
    if converting and len(annotations) >= 2 and share >= _MIN_OBFUSCATION_SHARE:
        return None
    return f"lesson words {'/'.join(words[:3])}; {share:.0%} of annotated chars script-converted"


def _lesson_words(text: str) -> list[str]:
    """The words of a pronunciation lesson on the page (拼音, 声调, 注音...), 拼音输入法 left out."""
    words = [w for w in LESSON_WORDS if w in text]
    if words and any(p in text for p in NOT_LESSON_PHRASES):  # 拼音输入法 is no lesson
        rest = re.sub("|".join(NOT_LESSON_PHRASES), "", text)
        words = [w for w in words if w in rest]
    return words


def quoted(text: str, annotation: Annotation) -> bool:
    """The annotated character (or word) alone is quoted (``“好(hǎo)”``): it is the topic, not obfuscation."""
    before, after = annotation.start - len(annotation.char) - 1, annotation.end
    return before >= 0 and after < len(text) and text[before] in _QUOTES_BEFORE and text[after] in _QUOTES_AFTER


def own_readings(text: str, annotations: tuple[Annotation, ...], converting: bool) -> list[Annotation]:
    """Readings the article gives itself (蔚（yù）县), to keep.

    They are written in another style than the obfuscator's (the most common bracket and tone
    notation; a repost may fold the article's brackets to ASCII, but not its tone marks to numbers),
    or the page has only a few annotations; and they give a reading of a heteronym other than its
    dictionary one: what an author glosses for a reader who would get it wrong. On a page teaching
    pronunciation (lesson words) any reading in another style is the article's (妈（mā）、麻（má）
    among an obfuscator's (…)). On a page converted
    back from traditional they must also be on characters the converter left alone: obfuscators
    annotate the ones they converted, unusual readings included (長(zhǎng)期).
    """
    plain = [a for a in annotations if not a.ruby]
    if not plain:
        return []
    styles = [_style(text, a) for a in plain]
    bracket = Counter(b for b, _ in styles).most_common(1)[0][0]
    notations = Counter(n for _, n in styles if n)
    notation = notations.most_common(1)[0][0] if notations else ""
    few = len(plain) <= _MAX_OWN_READINGS
    lesson = bool(_lesson_words(text))
    return [
        a for a, (b, n) in zip(plain, styles, strict=True)
        if ((lesson and (b != bracket or (n and n != notation)))
            or ((few or b != bracket or (n and n != notation)) and any(map(_unusual, a.char, _syllables(text, a)))))
        and not (converting and _touched(text, a))
    ]


def _syllables(text: str, annotation: Annotation) -> list[str]:
    """The reading of each annotated character (a word's syllables may run together: Nánjīng)."""
    syllables = SYLLABLE_SEP_RE.split(annotation.syllable)
    word = annotation.char
    if len(syllables) == len(word):
        return syllables
    after = text[annotation.end : annotation.end + 1]
    return segment(word, "".join(syllables), [*word[1:], after]) or syllables


def _style(text: str, annotation: Annotation) -> tuple[str, str]:
    """The bracket ("" for bare zhuyin) and the tone notation of an annotation ("" for a reading
    without tone, which every notation writes for the neutral tone)."""
    bracket = text[annotation.start + 1] if text[annotation.start] in SPACES else text[annotation.start]
    bracket = bracket if bracket in BRACKETS else ""
    syllable = annotation.syllable
    if syllable[-1].isdigit():
        return bracket, "numbers"
    if _ZHUYIN_RE.match(syllable):
        return bracket, "zhuyin"
    return bracket, "" if syllable.isascii() else "marks"


def _touched(text: str, annotation: Annotation) -> bool:
    """A simplified-to-traditional conversion produced (some of) the annotated characters."""
    after = text[annotation.end : annotation.end + 1]
    word = annotation.char
    return simplified(word + after)[: len(word)] != word or bool(converted_chars(word))


def _unusual(char: str, syllable: str) -> bool:
    """``syllable`` is not the dictionary reading of ``char``, which has several."""
    toneless = {r for r in readings(char) if r.isascii() and r.isalpha()}
    return len(toneless) > 1 and norm(syllable) not in readings(char, heteronym=False)
