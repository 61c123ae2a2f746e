"""Was a traditional text converted phrase by phrase (OpenCC s2twp) or character by character?

s2twp also swaps mainland words for Taiwan ones (发布 -> 釋出, 芯片 -> 晶片, 项目 -> 專案), which only
tw2sp turns back; on text converted character by character tw2sp would instead rewrite words the
mainland original really used. So both restorations are made and, where they differ, each side's
words are looked up in jieba's counts (a mainland corpus): tw2sp is chosen when more differences
turn a word the mainland hardly writes into a much commoner one than the other way round, and then
every difference is taken from it but those clearly commoner the other way.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .common import HAN_RE, opencc_converter
from .words import word_counts

# A difference votes for tw2sp's side when the character-level word is rare in the mainland corpus
# (软体 30, 释出 3: mainland text converted character by character has none) and tw2sp's word this
# many times commoner; 资讯 561 or 效能 325 are mainland words too and prove nothing. The character-
# level side keeps a difference when its word is _KEEP_RATIO times commoner (tw2sp over-corrects:
# 指标 -> 指针) and votes when it is _CLEAR_RATIO times commoner.
_RARE = 100
_CLEAR_RATIO = 10
_KEEP_RATIO = 3
_SENTENCE_END = re.compile("[\n。！？]")
# Phrases are restored on this many votes, and more than the character-level restoration gets.
_MIN_VOTES = 2


def _word_count(text: str, start: int, end: int) -> int:
    """The count of the commonest two-character word overlapping ``text[start:end]``."""
    words = word_counts()
    lo, hi = max(0, start - 1), min(len(text) - 1, max(end, start + 1))
    return max((words.get(text[k : k + 2], 0) for k in range(lo, hi)), default=0)


def _opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """SequenceMatcher's opcodes, sentence by sentence: OpenCC's phrases never span a sentence end or a
    line break, and matching whole pages is quadratic (an 85 KB dump took 29 s)."""
    cuts_a, cuts_b = _sentence_cuts(a), _sentence_cuts(b)
    if len(cuts_a) != len(cuts_b):
        return list(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    out: list[tuple[str, int, int, int, int]] = []
    for (a1, a2), (b1, b2) in zip(cuts_a, cuts_b, strict=True):
        if a[a1:a2] == b[b1:b2]:
            out.append(("equal", a1, a2, b1, b2))
            continue
        out.extend((tag, a1 + i1, a1 + i2, b1 + j1, b1 + j2)
                   for tag, i1, i2, j1, j2 in SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=False).get_opcodes())
    return out


def _sentence_cuts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its end mark included."""
    cuts, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        cuts.append((start, m.end()))
        start = m.end()
    cuts.append((start, len(text)))
    return cuts


def _differences(a: str, b: str) -> list[tuple[bool, int, int, int, int]]:
    """SequenceMatcher's opcodes as (equal, i1, i2, j1, j2), with two differences one ideograph apart
    joined into one (线上 -> 在线 is an insert, an equal 线 and a delete: one word, one difference)."""
    merged: list[tuple[bool, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        equal = tag == "equal"
        between = merged[-1] if merged else None
        if not equal and len(merged) >= 2 and between is not None and between[0] and not merged[-2][0] and (
                between[2] - between[1] == 1 and HAN_RE.match(a, between[1])):
            merged.pop()
            _, i0, _, j0, _ = merged.pop()
            merged.append((False, i0, i2, j0, j2))
        else:
            merged.append((equal, i1, i2, j1, j2))
    return merged


def restore_phrases(text: str, character_config: str) -> str | None:
    """``text`` restored with tw2sp, except where ``character_config``'s (t2s, tw2s or hk2s) version
    of a difference reads as a clearly commoner mainland word (tw2sp also rewrites words s2twp never
    touched: 指標 -> 指针); None unless enough differences clearly read better tw2sp's way, and more
    than the other way."""
    by_char = opencc_converter(character_config).convert(text)
    by_phrase = opencc_converter("tw2sp").convert(text)
    if by_char == by_phrase:
        return None
    parts: list[str] = []
    # The differences each side wins, by what they read: one word written twice is one vote.
    votes: dict[str, set[tuple[str, str]]] = {"char": set(), "phrase": set()}
    for equal, i1, i2, j1, j2 in _differences(by_char, by_phrase):
        if equal:
            parts.append(by_char[i1:i2])
            continue
        char_count, phrase_count = _word_count(by_char, i1, i2), _word_count(by_phrase, j1, j2)
        difference = (by_char[i1:i2], by_phrase[j1:j2])
        if char_count >= _KEEP_RATIO * max(phrase_count, 1):
            if char_count >= _CLEAR_RATIO * max(phrase_count, 1):
                votes["char"].add(difference)
            parts.append(by_char[i1:i2])
        else:
            if char_count < _RARE and phrase_count >= _CLEAR_RATIO * max(char_count, 1):
                votes["phrase"].add(difference)
            parts.append(by_phrase[j1:j2])
    won, lost = len(votes["phrase"]), len(votes["char"])
    if won < _MIN_VOTES or won <= lost or _mainland_words_kept(text, by_char) >= won:
        return None
    return "".join(parts)


def _mainland_words_kept(text: str, restored: str) -> int:
    """How many different words of the restored text s2twp would have rewritten (网络 -> 網路, 信息 ->
    資訊) stand in ``text`` the way character-level s2t writes them: a page converted by s2twp has none,
    so they are evidence against it (线上, 高阶 may be Taiwan words or new mainland ones)."""
    by_char = opencc_converter("s2t").convert(restored)
    if len(by_char) != len(text):
        return 0
    by_phrase = opencc_converter("s2twp").convert(restored)
    kept = {(by_char[i1:i2], by_phrase[j1:j2]) for equal, i1, i2, j1, j2 in _differences(by_char, by_phrase)
            if not equal and i2 > i1 and text[i1:i2] == by_char[i1:i2] and HAN_RE.search(by_char, i1, i2)}
    return len(kept)
