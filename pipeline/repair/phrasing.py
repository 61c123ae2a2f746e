"""Was a traditional text converted phrase by phrase (OpenCC s2twp) or character by character?

s2twp also swaps mainland words for Taiwan ones (发布 -> 釋出, 芯片 -> 晶片, 项目 -> 專案), which only
tw2sp turns back; on text converted character by character tw2sp would instead rewrite words the
mainland original really used. So both restorations are made and, where they differ, each side's
words are looked up in jieba's counts (a mainland corpus). A difference votes for tw2sp when it turns a
word the mainland hardly writes into a much commoner one; tw2sp is chosen on more such words than the
mainland words s2twp would have rewritten that stand as s2t writes them (:func:`_mainland_words_kept`),
and one is enough on a text shown converted (s2twp rewrites only the words it knows, and an article may
hold one: 释出 for 发布). Every difference is then taken from tw2sp but those clearly commoner the
character-level way (建立, which s2twp writes for 创建 and 建立 alike): these say nothing against s2twp,
which leaves that word alone. A word jieba does not hold at all (线上) votes for neither side: it is
newer than the corpus or no word, not a word the mainland hardly writes.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .common import HAN_RE, count_converted, opencc_converter
from .mainland import prose_spans
from .tw_phrases import swapped_word
from .words import word_counts

# A difference votes for tw2sp's side when the character-level word is rare in the mainland corpus
# (软体 30, 释出 3: mainland text converted character by character has none) and tw2sp's word this
# many times commoner; 资讯 561 or 效能 325 are mainland words too and prove nothing. The character-
# level side keeps a difference when its word is _KEEP_RATIO times commoner (tw2sp over-corrects:
# 指标 -> 指针).
_RARE = 100
_CLEAR_RATIO = 10
_KEEP_RATIO = 3
_SENTENCE_END = re.compile("[\n。！？]")
# The votes tw2sp needs on a text shown to be converted (one: s2twp rewrites only the words it knows, and an
# article may hold one) and on a text converted on the user's word alone (``--script simplified``: a genuine
# Taiwan text's 軟體 is its author's, and one word tells no converter's phrasing from it).
MIN_VOTES_CONVERTED = 1
MIN_VOTES_FORCED = 2


def _word_at(text: str, start: int, end: int) -> tuple[str, int]:
    """The commonest two-character word overlapping ``text[start:end]`` and its count, or the span itself
    and 0 where jieba holds none: a difference is weighed, and voted once, by the word it makes (软体 and
    硬体 are two words; the 体 -> 件 they share is no word)."""
    words = word_counts()
    lo, hi = max(0, start - 1), min(len(text) - 1, max(end, start + 1))
    count, word = max(((words.get(text[k : k + 2], 0), text[k : k + 2]) for k in range(lo, hi)),
                      default=(0, ""))
    return (word, count) if count else (text[start:end], 0)


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
    joined into one where one of them inserts or deletes (线上 -> 在线 is an insert, an equal 线 and a
    delete: one word, one difference); two replacements stay two (建立社群 -> 创建社区: 建立 and 社群)."""
    merged: list[tuple[bool, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        equal = tag == "equal"
        between = merged[-1] if merged else None
        before = merged[-2] if len(merged) >= 2 else None
        if not equal and before is not None and between is not None and between[0] and not before[0] and (
                between[2] - between[1] == 1 and HAN_RE.match(a, between[1])) and (
                i2 - i1 != j2 - j1 or before[2] - before[1] != before[4] - before[3]):
            merged.pop()
            _, i0, _, j0, _ = merged.pop()
            merged.append((False, i0, i2, j0, j2))
        else:
            merged.append((equal, i1, i2, j1, j2))
    return merged


def restore_phrases(text: str, character_config: str, min_votes: int = MIN_VOTES_CONVERTED) -> str | None:
    """``text`` restored with tw2sp, except where ``character_config``'s (t2s, tw2s or hk2s) version
    of a difference reads as a clearly commoner mainland word (tw2sp also rewrites words s2twp never
    touched: 指標 -> 指针); None unless ``min_votes`` differences clearly read better tw2sp's way, and
    more than the mainland words left as s2t writes them."""
    by_char = opencc_converter(character_config).convert(text)
    by_phrase = opencc_converter("tw2sp").convert(text)
    if by_char == by_phrase:
        return None
    parts: list[str] = []
    # The words read better tw2sp's way: one word written twice is one vote.
    votes: set[tuple[str, str]] = set()
    for equal, i1, i2, j1, j2 in _differences(by_char, by_phrase):
        if equal:
            parts.append(by_char[i1:i2])
            continue
        (char_word, char_count), (phrase_word, phrase_count) = _weighed(by_char, i1, i2, by_phrase, j1, j2,
                                                                         character_config)
        if char_count >= _KEEP_RATIO * max(phrase_count, 1):
            parts.append(by_char[i1:i2])
            continue
        votes.update(_votes(by_char[i1:i2], by_phrase[j1:j2]) or _votes_as_one(char_word, char_count, phrase_word,
                                                                             phrase_count))
        parts.append(by_phrase[j1:j2])
    won = len(votes)
    restored = "".join(parts)
    if won < min_votes or _mainland_words_kept(text, restored) >= won:
        return None
    return restored


def _weighed(by_char: str, i1: int, i2: int, by_phrase: str, j1: int, j2: int,
             character_config: str) -> tuple[tuple[str, int], tuple[str, int]]:
    """Each side's word and count for a difference: the phrase s2twp wrote for a mainland word, longer or
    shorter than it, read back whole (最佳化 for 优化, :mod:`.tw_phrases`), else the words the sides make
    (:func:`_word_at`)."""
    swap = swapped_word(by_char, i1, i2, by_phrase, j1, j2, character_config)
    if swap is not None:
        return (swap.phrase, swap.phrase_count), (swap.word, swap.count)
    return _word_at(by_char, i1, i2), _word_at(by_phrase, j1, j2)


def _votes_as_one(char_word: str, char_count: int, phrase_word: str, phrase_count: int) -> set[tuple[str, str]]:
    """The difference's vote weighed by the words it makes (:func:`_word_at`)."""
    clear = 0 < char_count < _RARE and phrase_count >= _CLEAR_RATIO * char_count
    return {(char_word, phrase_word)} if clear else set()


def _votes(by_char: str, by_phrase: str) -> set[tuple[str, str]]:
    """The votes of one difference of equal lengths that spans two words or more (释出资料 -> 发布数据, two
    phrases OpenCC swapped side by side), window by aligned window: weighed whole, the commonest word on each
    side (资料, 发布) hides the rare one (释出)."""
    if len(by_char) != len(by_phrase) or len(by_char) < 3:
        return set()
    words = word_counts()
    votes = set()
    for k in range(len(by_char) - 1):
        char_word, phrase_word = by_char[k : k + 2], by_phrase[k : k + 2]
        votes |= _votes_as_one(char_word, words.get(char_word, 0), phrase_word, words.get(phrase_word, 0))
    return votes


def _mainland_words_kept(text: str, restored: str) -> int:
    """How many different words of the restored text s2twp would have rewritten (网络 -> 網路, 信息 ->
    資訊) stand in ``text`` the way character-level s2t writes them: a page converted by s2twp has none,
    so they are evidence against it (线上, 高阶 may be Taiwan words or new mainland ones). Only words of the
    page's prose count: a Taiwan site's own chrome (打開APP, where s2twp writes 開啟) was never converted."""
    by_char = opencc_converter("s2t").convert(restored)
    if len(by_char) != len(text):
        return 0
    by_phrase = opencc_converter("s2twp").convert(restored)
    prose = prose_spans(text)
    kept = {(by_char[i1:i2], by_phrase[j1:j2]) for equal, i1, i2, j1, j2 in _differences(by_char, by_phrase)
            if not equal and i2 > i1 and text[i1:i2] == by_char[i1:i2] and HAN_RE.search(by_char, i1, i2)
            and any(start <= i1 < end for start, end in prose) and not _in_simplified_line(text, i1)}
    return len(kept)


def _in_simplified_line(text: str, at: int) -> bool:
    """The line of ``text`` holding ``at`` writes simplified characters (a farm's own spam header, 高清视频在线):
    a word there that reads alike in both scripts (高清) was never converted, so says nothing of the converter."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return count_converted(text[start : end if end >= 0 else len(text)], "s2t", at_most=1) > 0
