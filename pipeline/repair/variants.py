"""Mainland words that a simplified-to-traditional round trip does not give back.

OpenCC's s2t writes some common words with a traditional variant that t2s (and tw2s, hk2s) keeps,
because the variant is a valid simplified character too: 想象 -> 想像 -> 想像, 坐标 -> 座標 -> 座标,
马夫 -> 馬伕 -> 马伕. Other words come back alone but not beside some characters, where a t2s phrase
takes them apart: 竹溪 -> 竹谿, and 竹谿工作 -> 竹谿工作. On a page the script stage restores, every
place where the traditional text reads s2t(W) for a common mainland word W and the restoration does
not read W is given W, unless the simplified reading there is itself the commoner word (想像 for
想象 would stay if the corpus wrote it more often) or a neighbour makes a commoner word with the
key's first or last character (理想像一盏灯: 理想 beats 想象). tw2s and hk2s pages get the inverse of
s2tw and s2hk instead (s2tw also writes 執著 for 执着, which must stay 执着).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .words import common_short_words, convert_each, short_word_counts, word_counts

_KEY_LENGTHS = (4, 3, 2)


@dataclass(frozen=True, slots=True)
class Variant:
    word: str  # the mainland word W
    count: int  # its count in jieba's corpus
    # The restoration keeps the key (想像): simplified text may hold it, so only lines it changed get W.
    simplified: bool


# The converter each restoring configuration undoes (s2tw writes 著 for 着 as well: 执着 -> 執著).
_FORWARD = {"t2s": "s2t", "tw2s": "s2tw", "hk2s": "s2hk"}


@functools.cache
def variant_words(config: str = "t2s") -> dict[str, Variant]:
    """forward(W) -> W for the common words W that ``config``'s forward converter changes, the
    commonest W for each key; keys whose simplified reading (``config`` of the key, or the key itself)
    is a word at least as common are left out."""
    counts = short_word_counts()
    common = common_short_words(counts)
    best: dict[str, str] = {}
    for word, key in zip(common, convert_each(common, _FORWARD[config]), strict=True):
        if key != word and counts[word] > counts.get(best.get(key, ""), 0):
            best[key] = word
    back = convert_each(list(best), config)
    return {
        key: Variant(word, counts[word], simplified == key)
        for (key, word), simplified in zip(best.items(), back, strict=True)
        if counts[word] > max(counts.get(simplified, 0) if simplified != word else 0, counts.get(key, 0))
    }


@functools.cache
def _key_starts(config: str) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """The first characters of the keys, and their first two with the lengths of the keys they open, longest
    first: where a key may start (most ideographs of a line do not; a look-up per position costs four times a
    pass of this pattern), and the look-ups worth making there."""
    keys = variant_words(config)
    lengths: dict[str, set[int]] = {}
    for key in keys:
        lengths.setdefault(key[:2], set()).add(len(key))
    return (re.compile("[" + "".join(sorted({key[0] for key in keys})) + "]"),
            {prefix: tuple(n for n in _KEY_LENGTHS if n in found) for prefix, found in lengths.items()})


def _crossed(restored: str, start: int, end: int, variant: Variant) -> bool:
    """A neighbour makes a word at least as common as ``variant.word`` with its first or last
    character, which then reads across the key's edge (理想像: 理想, not 想象)."""
    pairs, word = word_counts(), variant.word
    left = restored[start - 1] + word[0] if start else ""
    right = word[-1] + restored[end] if end < len(restored) else ""
    return max(pairs.get(left, 0), pairs.get(right, 0)) >= variant.count


def _line_variants(old: str, new: str, reference: str, config: str) -> str:
    """``new``, the restoration of the traditional line ``old`` (as long), with the variant words
    restored where ``reference`` (the character-level restoration) reads as ``new``."""
    table, changed = variant_words(config), old != new
    start_re, key_lengths = _key_starts(config)
    parts, done = [], 0
    for m in start_re.finditer(old):
        i = m.start()
        if i < done or (lengths := key_lengths.get(old[i : i + 2])) is None:
            continue
        for n in lengths:
            variant = table.get(old[i : i + n])
            if variant is None:
                continue
            span = new[i : i + n]
            if ((changed or not variant.simplified) and span != variant.word
                    and span == reference[i : i + n] and not _crossed(new, i, i + n, variant)):
                parts += [new[done:i], variant.word]
                done = i + n
                break
    return "".join(parts) + new[done:]


def restore_variants(text: str, converted: str, config: str, reference: str | None = None) -> str:
    """``converted`` (the restoration of the traditional ``text`` by ``config``: t2s, tw2s or hk2s)
    with the variant words of the module doc restored, on the lines the restoration kept as long.
    ``reference`` is ``config``'s own restoration when ``converted`` also took phrases (tw2sp: 資訊 ->
    信息), which are kept."""
    old_lines, new_lines = text.split("\n"), converted.split("\n")
    ref_lines = new_lines if reference is None else reference.split("\n")
    if not len(old_lines) == len(new_lines) == len(ref_lines):
        return converted
    return "\n".join(
        _line_variants(old, new, ref, config) if len(old) == len(new) == len(ref) else new
        for old, new, ref in zip(old_lines, new_lines, ref_lines, strict=True)
    )
