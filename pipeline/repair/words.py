"""Two-character Chinese words and their counts: evidence for a character the bytes leave ambiguous.

A lost lead byte (.damage) often leaves several characters that fit the stranded trail byte; the
page repeats few words, so when none of its bigrams decides, the one candidate that makes a word
with a neighbour may. The words are jieba's dictionary (MIT; counts from a large corpus), loaded
on first use only.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path

from .common import HAN, opencc_converter
from .vocab import MAINLAND_PUBLISHERS

# A line of jieba's dictionary is "word count tag": the words of two, and of two to four characters.
_TWO_CHAR_LINE_RE = re.compile("^([^ \n]{2}) ([^ \n]+)", re.M)
_WORD_LINE_RE = re.compile("^([^ \n]{2,4}) ([^ \n]+)", re.M)
# Words this common in jieba's counts are read back from a converter's forms (.variants, .tw_phrases): about
# 30,000 of 2-4 characters.
COMMON_SHORT = 100
_HAN_WORD_RE = re.compile(f"[{HAN}]{{2,4}}")
# The count (in jieba's corpus) a word must reach to decide between candidates. Measured on the audit's
# lost-lead sweep (its 432 spots, each line damaged alone): 2000 added 29 exact repairs and no wrong one;
# a count of 100 added 19 exact and 2 wrong (coincidences like 名贵 for 網). A general word list says
# nothing when two candidates make a word, however much commoner one is: on audit34's 7,800 lost
# lead bytes in real articles, a word a hundred times commoner than the next candidate's was the
# wrong character 7 times in 401 (要 of 一定要喫 for 好, 終 of 終於 for 並).
_COMMON_WORD = 2000
# The count that decides between the few candidates left once the lost character's own reading has
# narrowed them (学校?Y(lǐ)堂: 禮, 裏, 鋰 read lǐ; only 禮 makes a word, 礼堂, count 577): a coincidence
# must then match both the bytes and the reading. Measured on the lost-lead sweep: no wrong repair.
READ_WORD = 100


@functools.cache
def word_counts() -> dict[str, int]:
    """Every two-character word of jieba's dictionary, with its count."""
    return _counts(_TWO_CHAR_LINE_RE)


def short_word_counts() -> dict[str, int]:
    """Every word of two to four characters in jieba's dictionary, with its count. Not cached: its
    330,000 words are read once by callers that keep only what they derive (.variants)."""
    return _counts(_WORD_LINE_RE)


def common_short_words(counts: dict[str, int]) -> list[str]:
    """The words of ``counts`` (:func:`short_word_counts`) of two to four Han characters at least
    :data:`COMMON_SHORT` times in the corpus: the mainland words a converter's output is read back to."""
    return [w for w, n in counts.items() if n >= COMMON_SHORT and _HAN_WORD_RE.fullmatch(w)]


def convert_each(words: list[str], config: str) -> list[str]:
    """``words`` through OpenCC ``config`` in one call, one a line (phrases never join neighbours)."""
    converted: str = opencc_converter(config).convert("\n".join(words))
    return converted.split("\n")


def _counts(line_re: re.Pattern[str]) -> dict[str, int]:
    # One regex over the whole file instead of a split per line: 2.4x faster.
    return {word: int(count) for word, count in line_re.findall(_jieba_dictionary().decode("utf-8"))}


def _jieba_dictionary() -> bytes:
    """jieba's bundled dict.txt (what ``jieba.get_dict_file()`` opens), read without importing jieba:
    its import pulls in pkg_resources, 0.1 s of CPU."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed", name="jieba")
    return (Path(spec.submodule_search_locations[0]) / "dict.txt").read_bytes()


@functools.lru_cache(maxsize=1 << 16)
def _simplified(chars: str) -> str:
    """``chars`` (a character or two) through OpenCC t2s, then hk2s for the Hong Kong forms t2s keeps (衞生:
    卫生, s2hk's 衞). A lost byte's 64 candidates are mostly the same characters page after page (the
    continuations of one lead), each converted twice."""
    converted: str = opencc_converter("hk2s").convert(opencc_converter("t2s").convert(chars))
    return converted


def word_count(chars: str) -> int:
    """jieba's count of ``chars`` (two characters, read in simplified form), 0 where it is no word."""
    return word_counts().get(_simplified(chars), 0)


def is_word(chars: str) -> bool:
    """``chars`` (two characters, read in simplified form) is one of jieba's words."""
    return word_count(chars) > 0


def is_common_word(chars: str) -> bool:
    """``chars`` (two characters, read in simplified form) is a very common word of jieba's (统计, 国家),
    not one a name's character happens to make with its neighbour (生唐)."""
    return word_count(chars) >= _COMMON_WORD


def is_common(char: str) -> bool:
    """``char`` (in simplified form) is in GB2312: obfuscated reposts start from common mainland text."""
    try:
        _simplified(char).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _word_count(char: str, before: str, following: str) -> int:
    """The count of the commoner word ``char`` makes with ``before`` or ``following`` (simplified)."""
    words, middle = word_counts(), _simplified(char)
    return max(words.get(before + middle, 0), words.get(middle + following, 0))


def _partners(neighbour: str, side: int) -> AbstractSet[str]:
    """The characters making a two-character word (.word_counts) with ``neighbour`` after it (``side`` 0)
    or before it (1); none unless ``neighbour`` is one character."""
    return _word_index()[side].get(neighbour, _NONE) if len(neighbour) == 1 else _NONE


_NONE: frozenset[str] = frozenset()


@functools.cache
def _word_index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The two-character words by their first character (the second characters), and by their second
    (the first characters): built in one pass over them."""
    by_first: dict[str, set[str]] = {}
    by_second: dict[str, set[str]] = {}
    for word in word_counts():
        by_first.setdefault(word[0], set()).add(word[1])
        by_second.setdefault(word[1], set()).add(word[0])
    return by_first, by_second


def common_word_choice(chars: Iterable[str], prev: str, after: str,
                       floor: int = _COMMON_WORD) -> tuple[str, str] | None:
    """The one of ``chars`` making a word of ``floor`` counts or more (default: a very common word)
    with ``prev`` or ``after`` (read in simplified form: the page may be a traditional repost of a
    mainland text) where no other candidate makes any word, with the reason; None when no word decides."""
    before, following = _simplified(prev), _simplified(after)
    counts = {}
    # A candidate making no word counts as none: it could neither win nor be a runner-up above 0. Most of
    # a lost byte's 64 make none, so the GB2312 test is made for the few that do, and a candidate of one
    # character is counted only when it is one of the neighbours' partners (a two-character word holds
    # it beside a neighbour of one character): a set look-up, where a count takes two dictionary look-ups.
    left, right = _partners(before, 0), _partners(following, 1)
    for char in chars:
        middle = _simplified(char)
        if len(middle) == 1 and middle not in left and middle not in right:
            continue
        count = _word_count(char, before, following)
        if count and is_common(char):
            counts[char] = count
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    best = counts[ranked[0]] if ranked else 0
    runner_up = counts[ranked[1]] if len(ranked) > 1 else 0
    if best < floor or runner_up:
        return None
    return ranked[0], f"{ranked[0]} makes a common word with a neighbour (count {best}, next {runner_up})"


def commoner_rival(chars: Iterable[str], chosen: str, prev: str, after: str) -> str | None:
    """One of ``chars`` making a very common word with ``prev`` or ``after``, commoner than the word
    ``chosen`` makes there (確定 for 確鑿): the page writing ``chosen``'s word elsewhere may be chance,
    the original's word need not recur. None when there is none."""
    before, following = _simplified(prev), _simplified(after)
    floor = max(_COMMON_WORD, _word_count(chosen, before, following) + 1)
    return next((c for c in sorted(chars) if is_common(c) and _word_count(c, before, following) >= floor), None)


# A publisher's name must keep this many of its characters around the lost one to be read.
_NAME_KEPT = 2


def publisher_choice(chars: Iterable[str], before: str, after: str) -> tuple[str, str] | None:
    """The one of ``chars`` completing a mainland publisher's name (.vocab) with the text ``before``
    and ``after`` the spot, two of its characters or more kept there (新?A社杭州3月5日電: 華 of 新華社,
    the dateline or source line a repost's lost byte hit), with the reason; None when not one does."""
    to_simplified = opencc_converter("t2s").convert
    before, after = to_simplified(before), to_simplified(after)
    fits: dict[str, str] = {}
    for name in map(_simplified, MAINLAND_PUBLISHERS):
        for k, char in enumerate(name):
            head, tail = name[:k], name[k + 1 :]
            if len(head) + len(tail) >= _NAME_KEPT and before.endswith(head) and after.startswith(tail):
                fits.update((c, name) for c in chars if _simplified(c) == char)
    if len(fits) != 1:
        return None
    ((char, name),) = fits.items()
    return char, f"{char} completes the publisher's name {name}"
