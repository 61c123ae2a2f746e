"""The words OpenCC's s2twp swaps for Taiwan phrases of another length, read back: its TWPhrases inverted.

s2twp writes some mainland words as Taiwan phrases of another length (优化 -> 最佳化, 刷新 -> 重新整理,
互联网 -> 網際網路). Restored character by character, such a phrase is no mainland word, but the two
characters it starts with may be a common one (最佳, 重新): weighed by its two-character words, the
character-level side looks the commoner and keeps the Taiwan phrase. The phrase has to be weighed whole.
OpenCC's dictionaries are compiled and only its converters read them, so the table is built by running
s2twp over the mainland corpus's words (jieba's dictionary): every common word W it renders otherwise than
s2tw does, as a phrase of another length, gives W and the phrase as the character-level restoration reads it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .words import common_short_words, convert_each, short_word_counts


@dataclass(frozen=True, slots=True)
class Swap:
    """A mainland word and the phrase s2twp writes for it, restored character by character."""

    word: str
    count: int  # the word's count in jieba's corpus
    phrase: str
    phrase_count: int  # the restored phrase's (0: the mainland corpus holds no such word)


@functools.cache
def swaps(character_config: str) -> dict[str, Swap]:
    """The mainland word -> its :class:`Swap`, for the common words s2twp writes as a phrase of another length
    than s2tw does (which differs from s2twp by the phrases alone), the phrase read back by ``character_config``
    (t2s, tw2s or hk2s). A phrase as long as its word is its characters swapped in place (资讯中心 for 信息中心):
    the words those make weigh it (资讯 561, a mainland word too), and jieba holds such compounds at its floor
    count (3) whoever writes them, so the whole would say nothing more."""
    counts = short_word_counts()
    common = common_short_words(counts)
    by_phrase, by_char = convert_each(common, "s2twp"), convert_each(common, "s2tw")
    swapped = [(w, p) for w, p, c in zip(common, by_phrase, by_char, strict=True) if p != c]
    read_back = convert_each([p for _, p in swapped], character_config)
    return {w: Swap(w, counts[w], phrase, counts.get(phrase, 0))
            for (w, _), phrase in zip(swapped, read_back, strict=True) if len(phrase) != len(w)}


def swapped_word(by_char: str, i1: int, i2: int, by_phrase: str, j1: int, j2: int,
                 character_config: str) -> Swap | None:
    """The swap a difference undoes: a mainland word of ``by_phrase`` (tw2sp's restoration) covering
    ``by_phrase[j1:j2]`` whose s2twp phrase, read back, covers ``by_char[i1:i2]`` (the character-level
    restoration) at the same place; the longest such word."""
    table = swaps(character_config)
    for length in (4, 3, 2):
        for p in range(max(0, j2 - length), min(j1, len(by_phrase) - length) + 1):
            swap = table.get(by_phrase[p : p + length])
            # the word's characters beyond the difference stand equal on both sides
            head, tail = by_phrase[p:j1], by_phrase[j2 : p + length]
            start = i1 - len(head)
            if swap and start >= 0 and by_char[start:i1] == head and by_char[i2 : i2 + len(tail)] == tail and (
                    by_char[start : i2 + len(tail)] == swap.phrase):
                return swap
    return None
