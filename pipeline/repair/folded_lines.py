"""Lines of a Chinese page folded whole by a repost (every comma of theirs ASCII), told apart from a page
whose chrome writes its own full-width commas (a disclaimer, comments): see :mod:`.punctuation`."""

from __future__ import annotations

import re
from bisect import bisect
from collections import Counter

from .common import HAN, HAN_RE

# A line with this many commas folded after Han, one before Han, was folded whole (see folded_lines).
_MIN_LINE_FOLDS = 2
# What a comma folded between Chinese words stands before: Han, or a Chinese opening quote or bracket.
_CHINESE_NEXT = re.compile(f"[{HAN}“‘《「『（]")
# Or the lines with folded commas are this many times as long as those with full-width ones.
_MIN_FOLDED_MASS = 2


def folded_lines(text: str, marks: list[re.Match[str]], breaks: list[int]) -> set[int]:
    """The numbers (bisect into ``breaks``, the line breaks' positions) of the lines holding _MIN_LINE_FOLDS or
    more commas folded after Han (one between Han or before a Chinese quote, 馆日,“窑火千年”; the others
    before Han, such a quote or a digit) and no full-width one: on
    a page whose chrome writes its own full-width commas (a disclaimer, comments) the article's lines were still
    folded whole, their byline brackets (电(记者 王林)) and commas before a digit (获悉,2026年…启动,今年) with them."""
    after_han = [(bisect(breaks, m.start()), _CHINESE_NEXT.match(text, m.end()) is not None) for m in marks
                 if m[0] == "," and HAN_RE.match(text, m.start() - 1)
                 and (_CHINESE_NEXT.match(text, m.end()) or text[m.end() : m.end() + 1].isdigit())]
    counts, between = Counter(line for line, _ in after_han), {line for line, han in after_han if han}
    bounds = [0, *(b + 1 for b in breaks), len(text) + 1]
    return {line for line, n in counts.items() if n >= _MIN_LINE_FOLDS and line in between
            and "，" not in text[bounds[line] : bounds[line + 1] - 1]}


def folded_lines_dominate(text: str, marks: list[re.Match[str]]) -> bool:
    """The lines holding folded commas outweigh those holding full-width ones twice over, by length:
    a short article folded whole under a farm's own disclaimer lines (本站部分内容来自互联网，如有侵权…),
    whose commas outnumber the share of native ones a folded page may hold (.punctuation); a page writing its
    own commas has them in its long lines."""
    folded = {text.rfind("\n", 0, m.start()) for m in marks if m[0] == ","}
    native_lines = {text.rfind("\n", 0, m.start()) for m in re.finditer("，", text)}
    def mass(starts: set[int]) -> int:
        return sum((end if (end := text.find("\n", start + 1)) >= 0 else len(text)) - start for start in starts)
    return mass(folded) >= _MIN_FOLDED_MASS * mass(native_lines)
