"""A Japanese matome page (a summary of a 2ch / 5ch thread): the thread's posts, each under a header
line giving its number, the poster's name, the date and the poster's ID
(1: 風吹けば名無し 2026/06/08(月) 10:12:34.56 ID:Ab3dE5fG0). The first post quotes the news story the
thread is about: that is the article. The headers, and every post after the first (the replies,
numbered comments however long), are the thread's, dropped as comments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dom import Block
from .revisions import Verdict

RULE = "heuristic:comments"
_POST_HEADER = re.compile(r"\d{1,4}\s*[:：]\s*[^\n]{0,60}?\d{4}/\d{1,2}/\d{1,2}\s*[(（][日月火水木金土][)）]\s*"
                          r"\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:\s*ID\s*[:：]\s*[\w+/.-]{4,14})?")
_HEADER_MAX = 160
# A thread shows this many headers: one alone may be a quoted post.
_MIN_POSTS = 3


def thread_drops(lines: Sequence[str], kept: Sequence[bool]) -> dict[int, str]:
    """Which of the ``kept`` lines are the thread's, and why (a header another rule dropped already,
    as a date line, still counts)."""
    headers = [i for i, line in enumerate(lines) if len(line) < _HEADER_MAX and _POST_HEADER.match(line)]
    if len(headers) < _MIN_POSTS:
        return {}
    drops = {i: f"a thread post's header (number, name, date, ID); {len(headers)} posts" for i in headers if kept[i]}
    for i in range(headers[1], len(lines)):
        if kept[i] and i not in drops:
            drops[i] = "a reply in the thread under its first post (the story)"
    return drops


def drop_thread_lines(decisions: list[tuple[str, str | None, str]]) -> list[tuple[str, str | None, str]]:
    """A dump's decisions (line, rule, evidence) with the thread's lines dropped."""
    lines, kept = [line for line, _, _ in decisions], [rule is None for _, rule, _ in decisions]
    for i, why in thread_drops(lines, kept).items():
        decisions[i] = (decisions[i][0], RULE, why)
    return decisions


def drop_thread_blocks(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A page's verdicts with the thread's kept blocks dropped."""
    for i, why in thread_drops([block.text for block in blocks], [v is None for v in verdicts]).items():
        verdicts[i] = (RULE, why, True)
