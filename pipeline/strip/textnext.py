"""A second article appended to a text dump: after the article's paragraphs, spaced evenly, a wider gap
(the blank line holding a no-break space the template printed, blank once repaired), then a headline,
then a paragraph spaced as the article's are. Only when the article has two paragraphs or more and
its spacing was even up to there; a headline opening with a number or ending with a colon is a
subheading of the same article."""

from __future__ import annotations

import re

from .sentences import has_sentence
from .texttitles import standalone_headline

RULE = "heuristic:next_story"
_PARAGRAPH_MIN = 20
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
