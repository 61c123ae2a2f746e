"""Whether the page writes a lost character's candidate elsewhere: the evidence that settles a lost byte.

A stranded trail byte completes some hundred characters, and on a page of a few thousand characters
one of them makes, with a neighbour of the spot, a bigram the page has somewhere else by chance: 的季,
外上, 系。 (audit34: of 3,667 restorations settled by any recurring bigram, 71 were another character
than the original). The page writes a candidate when it has the same word elsewhere: a bigram that is
a word of the language (.words: 營造, 採茶), or three characters in a row with the candidate (採茶機,
a name's 周其仁), which do not recur by chance.
"""

from __future__ import annotations

import re

from .common import HAN, HAN_RE
from .readings import without_readings
from .words import is_word

_CONTEXT = 2  # Han characters read on each side of the spot
_WINDOW = 16  # characters of text read on each side, before its readings are removed
_HAN_RUN_END_RE = re.compile(f"[{HAN}]{{1,{_CONTEXT}}}$")
# (a digit after the neighbour reads with it: 新增?G道12公里 against 建成綠道12公里)
_HAN_RUN_START_RE = re.compile(f"[{HAN}][{HAN}0-9]{{0,{_CONTEXT - 1}}}")


def han_context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to two Han characters right before ``start`` and right after ``end``, readings removed
    (展(zhǎn)?I造: 展 before); before, a digit where no Han stands (超8?f人次: a number's 萬)."""
    preceding = without_readings(text[max(0, start - _WINDOW) : start])
    before = _HAN_RUN_END_RE.search(preceding)
    after = _HAN_RUN_START_RE.match(without_readings(text[end : end + _WINDOW]))
    digit = preceding[-1:] if preceding[-1:].isascii() and preceding[-1:].isdigit() else ""
    return (before[0] if before else digit), (after[0] if after else "")


# How strongly the page writes a candidate: a bigram that is a word, three characters with it, three
# with both neighbours of the spot (國?a動: 國產動畫 on the page settles 產 over the 國家 it also has; a
# number before it stands for any: 8.2萬人次 for 超8?f人次).
NOT_WRITTEN, AS_WORD, IN_THREE, FRAMED = range(4)
SUPPORT_NAMES = ("", "a word bigram with a neighbour", "three characters with a neighbour",
                 "the three with both neighbours")


def page_support(page: str, char: str, before: str, after: str, chinese: bool = True) -> int:
    """How ``page`` (the spot left out) writes ``char`` with its neighbours (:func:`han_context`). Not
    ``chinese`` (a Shift_JIS page: the words are Chinese), any bigram it has counts as a word."""
    if char not in page:  # every string below holds ``char``: most of a spot's candidates are not on the page
        return NOT_WRITTEN
    prev, following = before[-1:], after[:1]
    if prev and following and prev + char + following in page:
        return FRAMED
    if not HAN_RE.match(char):
        return NOT_WRITTEN  # a mark (Big5 。 = A1 43, 　 = A1 40) stands by anything: 　現代 at any indent
    if prev.isdigit() and following and re.search(f"[0-9]{re.escape(char + following)}", page):
        return FRAMED  # after a digit, any number frames it (8.2萬人次 on the page for 超8?f人次)
    if any(in_three(page, char, before, after)):
        return IN_THREE
    for bigram in (prev + char if prev and not prev.isdigit() else "", char + following if following else ""):
        if bigram and bigram in page and (is_word(bigram) or not chinese):
            return AS_WORD
    return NOT_WRITTEN


def in_three(page: str, char: str, before: str, after: str) -> tuple[bool, bool]:
    """Whether ``page`` writes ``char`` in three characters with the neighbours before the spot (代表團 for
    代表?F獲), and with those after it."""
    left, right = before[-_CONTEXT:] + char, char + after[:_CONTEXT]
    return (len(left) == _CONTEXT + 1 and left in page), (len(right) == _CONTEXT + 1 and right in page)
