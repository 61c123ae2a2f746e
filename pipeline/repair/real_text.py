"""Evidence that a rare ideograph is real text, not mojibake.

OpenCC s2t writes rare characters for common mainland words (考核 -> 考覈, 核实 -> 覈實, 恶心 ->
噁心, 郧阳 -> 鄖陽), and obfuscated reposts gloss them with readings (``覈(hé)實``) that cut the
text into runs of two or three characters. Such a run with one rare Big5 character can score
better read as GBK bytes shown as Big5 (考覈 -> σ蝌), so commonness alone would invent text. Two
things show the character is real, and a mojibake repair must then leave it alone:

- a reading after it that pypinyin confirms (:func:`.pinyin.find_annotations`): someone glossed it;
- with the readings left out, it makes with a neighbour exactly what s2t writes for a common word.

Mojibake gives neither: its characters are unrelated to their neighbours and never glossed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from .common import HAN_RE, opencc_converter
from .pinyin import Annotation, find_annotations
from .words import word_counts

# How often (in jieba's corpus) the simplified word must occur. The sweep's words (考核, 郧阳,
# 恶心, 羟基, 鲥鱼...) are all above 300; 100 keeps rarer real words and still asks for a word.
_COMMON_WORD = 100


def real_text_offsets(line: str, hits: Iterable[int]) -> frozenset[int]:
    """Offsets in ``line`` shown to be real text: every glossed character, and the ideographs among
    ``hits`` (suspect offsets) that make a word."""
    han = [h for h in hits if HAN_RE.match(line, h)]
    if not han:
        return frozenset()
    annotations = find_annotations(line)
    if not annotations:  # nothing glossed (most lines): the line is read as it is, not rebuilt
        return frozenset(h for h in han if _in_word(line, h))
    glossed, stripped, where = _without_readings(line, annotations)
    index = {offset: i for i, offset in enumerate(where)}
    in_words = {h for h in han if h in index and _in_word(stripped, index[h])}
    return frozenset(glossed | in_words)


def _without_readings(line: str, annotations: tuple[Annotation, ...]) -> tuple[set[int], str, list[int]]:
    """The offsets of glossed characters, and the line without its confirmed readings (``annotations``;
    ruby kept as it is), with the offset in ``line`` of each character kept."""
    glossed: set[int] = set()
    where: list[int] = []
    kept_from = 0
    for a in annotations:
        if a.ruby or a.start < kept_from:
            continue
        first = a.start - len(a.char)
        if line[first : a.start] == a.char:
            glossed.update(range(first, a.start))
        where.extend(range(kept_from, a.start))
        kept_from = a.end
    where.extend(range(kept_from, len(line)))
    return glossed, "".join(line[i] for i in where), where


def _in_word(text: str, i: int) -> bool:
    """``text[i]`` makes with its left or right neighbour what s2t writes for a common word."""
    return any(_converted_word(text[j : j + 2]) for j in (i - 1, i) if j >= 0)


@functools.lru_cache(maxsize=1 << 14)
def _converted_word(pair: str) -> bool:
    if len(pair) != 2 or not all(map(HAN_RE.match, pair)):
        return False
    simplified: str = opencc_converter("t2s").convert(pair)
    if word_counts().get(simplified, 0) < _COMMON_WORD:
        return False
    converted: str = opencc_converter("s2t").convert(simplified)
    return converted == pair
