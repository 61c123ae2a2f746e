"""Session 28's faster paths against plain definitions of what they must give.

repair.markup.comment_around finds where a comment ends: at the first ``-->`` or ``--!>``. It looked for
``--!>`` (which few pages hold) to the page's end from every comment, a scan of the rest of the page per
comment; it now looks for it only up to the first ``-->``. Its answer must be the plain definition's on any
text (random strings of the marks, every position).
"""

from __future__ import annotations

import random

from pipeline.repair.markup import comment_around


def _plain_comment_around(text: str, pos: int, at: int) -> int:
    """The definition: a comment ends after the nearer of its first ``-->`` and first ``--!>``."""
    while (start := text.find("<!--", pos, at)) >= 0:
        if text.startswith((">", "->"), start + 4):
            pos = text.index(">", start + 4) + 1
            continue
        ends = [end + len(mark) for mark in ("-->", "--!>") if (end := text.find(mark, start + 4)) >= 0]
        pos = min(ends, default=len(text))
        if pos > at:
            return pos
    return -1


def test_comment_around_gives_the_plain_definitions_answer_on_random_marks() -> None:
    rng = random.Random(28)
    pieces = ("<!--", "-->", "--!>", "-", "!", ">", "<", "a", "<!-->", "<!--->", "--", "<script>")
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for at in range(len(text) + 1):
            pos = rng.randint(0, at)
            assert comment_around(text, pos, at) == _plain_comment_around(text, pos, at), (text, pos, at)


def test_a_bang_close_before_the_first_close_ends_the_comment_and_one_after_it_does_not() -> None:
    page = "<!-- a --!> b --> <script>x</script>"
    assert comment_around(page, 0, page.index("<script>")) == -1
    page = "<!-- a --> b --!> <script>x</script>"
    assert comment_around(page, 0, page.index(" b")) == -1
    page = "<!-- a <script>x</script> --!> b -->"
    assert comment_around(page, 0, page.index("<script>")) == page.index("--!>") + 4
