"""A second article appended to a text dump: after the article's paragraphs, spaced evenly, a wider gap
(the blank line holding a no-break space the template printed, blank once repaired), then a headline,
then a paragraph spaced as the article's are. Only when the article has two paragraphs or more and
its spacing was even up to there; a headline opening with a number or ending with a colon is a
subheading of the same article.

Or, below the article's prose, a label alone on its line (相关新闻, 相关阅读：, 下一篇) over ONE headline and
then prose, two paragraphs of it at least (a source or date line may stand between): the related or
next story's whole text, pasted by a farm. A related list names several headlines before any prose;
one headline over a paragraph is a teaser."""

from __future__ import annotations

import re

from . import vocab
from .patterns import lowered_lead, starts
from .sentences import has_sentence
from .texttitles import standalone_headline

RULE = "heuristic:next_story"
_PARAGRAPH_MIN = 20
_STORY_PARAGRAPHS = 2
# What may follow a label on its line: its colon, a bracket, a rule (相关阅读：, 【相关新闻】, 相关新闻 >>).
_LABEL_TRAIL = " :：】]>》»-—"
# 一、 (一) 1. 第一 — a subheading's numbering; a colon closes an introduction.
_NUMERAL = r"[一二三四五六七八九十\d]"
_SUBHEADING = re.compile(rf"^(?:{_NUMERAL}+[、.．]|[（(]{_NUMERAL}+[)）]|第{_NUMERAL}+)|[：:]$")


def next_article_at(text: str) -> int | None:
    """The index, among the text's non-blank lines (``split_lines``), of the appended article's
    headline; None when the text holds one article."""
    lines: list[tuple[int, str]] = []  # (blank lines before it, the line)
    gap = 0
    for raw in text.split("\n"):
        if line := raw.strip():
            lines.append((gap, line))
            gap = 0
        else:
            gap += 1
    start = next((i for i, (_, line) in enumerate(lines) if _prose(line)), None)
    if start is None or start + 2 >= len(lines):
        return None
    if (at := _labelled_story_at([line for _, line in lines], start)) is not None:
        return at
    even = lines[start + 1][0]
    for at in range(start + 2, len(lines) - 1):
        gap, line = lines[at]
        if gap > even and _headline(line) and lines[at + 1][0] == even and _prose(lines[at + 1][1]):
            return at
        if gap != even:
            return None
    return None


def _prose(line: str) -> bool:
    return len(line) >= _PARAGRAPH_MIN and has_sentence(line)


def _headline(line: str) -> bool:
    return standalone_headline(line) and not _SUBHEADING.search(line)


def _labelled_story_at(lines: list[str], start: int) -> int | None:
    """The index of a label announcing another article's whole text, below two or more prose lines
    from ``start``, or None."""
    for at in range(start + 2, len(lines) - 1 - _STORY_PARAGRAPHS):
        if not (_label(lines[at]) and _prose(lines[at - 1]) and _headline(lines[at + 1])):
            continue
        below = lines[at + 2:]
        first = next((i for i, line in enumerate(below[:2]) if _prose(line)), None)
        if first is not None and (first == 0 or not has_sentence(below[0])) and (
                sum(map(_prose, below)) >= _STORY_PARAGRAPHS):
            return at
    return None


def _label(line: str) -> bool:
    low = lowered_lead(line)
    lead = starts(line, "related") or next((x for x in vocab.NEXT_STORY_LEADS if low.startswith(x)), None)
    return lead is not None and not low[len(lead):].strip(_LABEL_TRAIL)
