"""Where a page's markup is: elements found by name (scripts, styles, ``<code>``), and the tags,
scripts and styles a fixer working on prose must not touch (:class:`Markup`)."""

from __future__ import annotations

import bisect
import functools
import re
import sys

_TAG_RE = re.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>")
_TAG_MAX = 300  # characters looked back for a tag's "<"


@functools.cache
def _element_patterns(names: str) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], re.Pattern[str]]:
    """For ``names`` ("script|style"): the opening tag, the closing tag of each name, and the whole
    element as one regex (the definition :func:`element_spans` follows)."""
    closing = {name: re.compile(rf"</{name}\s*>", re.I) for name in names.split("|")}
    whole = re.compile(rf"<({names})\b.*?</\1\s*>", re.S | re.I)
    return re.compile(rf"<({names})\b", re.I), closing, whole


def element_spans(text: str, names: str) -> list[tuple[int, int]]:
    """The spans of ``re.finditer(rf"<({names})\\b.*?</\\1\\s*>", text, re.S | re.I)`` outside HTML
    comments (:func:`comment_around`): each opening tag found, then its closing tag searched for (that
    regex's lazy scan, ended by a test at every character, costs 7x more on a page). A name's closing
    tag not found after one opening tag is after none later: such tags are passed over without another
    search. Case folding beyond ASCII (``<ſcript``, ``</ſcript>``) differs between a literal and a
    backreference: there the regex itself decides."""
    opening, closing, whole = _element_patterns(names)
    found: list[tuple[int, int]] = []
    unclosed: set[str] = set()
    pos = 0
    while (m := opening.search(text, pos)) is not None:
        if (after := comment_around(text, pos, m.start())) >= 0:
            pos = after
            continue
        name = m[1].lower()
        if not name.isascii():
            element = whole.match(text, m.start())
            end = element.end() if element else -1
        else:
            end = -1 if name in unclosed else _closing_end(text, m, closing[name], whole)
            if end < 0:
                unclosed.add(name)
        if end < 0:
            pos = m.start() + 1
        else:
            found.append((m.start(), end))
            pos = end
    return found


def comment_around(text: str, pos: int, at: int) -> int:
    """Where the HTML comment holding ``at`` ends, when one opens in ``text[pos:at]``; else -1. As a
    browser reads it, a comment runs from ``<!--`` to the first ``-->`` or ``--!>`` (``<!-->`` and
    ``<!--->`` are empty ones), so a page's ``<!--note--`` left open hides the ``<script>`` after it
    up to a later ``//-->``: that script is no element, and the text after it is the page's."""
    while (start := text.find("<!--", pos, at)) >= 0:
        if text.startswith((">", "->"), start + 4):
            pos = text.index(">", start + 4) + 1
            continue
        pos = _comment_end(text, start + 4)
        if pos > at:
            return pos
    return -1


def _comment_end(text: str, pos: int) -> int:
    """The end of the first ``-->`` or ``--!>`` from ``pos`` (the text's end without one). A ``--!>``
    is looked for only up to the first ``-->``: searched to the page's end, the rare mark made every
    comment of a page cost a scan of the rest of it."""
    close = text.find("-->", pos)
    bang = text.find("--!>", pos, len(text) if close < 0 else close + 3)
    if bang >= 0:
        return bang + 4
    return close + 3 if close >= 0 else len(text)


def _closing_end(text: str, opening: re.Match[str], closing: re.Pattern[str], whole: re.Pattern[str]) -> int:
    """The end of the first closing tag after ``opening`` (whose name is ASCII) that its
    backreference matches, or -1."""
    pos = opening.end()
    while (close := closing.search(text, pos)) is not None:
        if close[0].isascii() or whole.fullmatch(opening[0] + close[0]):
            return close.end()
        pos = close.start() + 1
    return -1


class Markup:
    """Tags, scripts and styles of a text: what a fixer working on prose must not touch. Scripts and
    styles are found once; a tag only around a position asked about (a page has thousands of tags,
    a fixer asks about a few positions)."""

    __slots__ = ("_raw", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._raw = element_spans(text, "script|style") if "<" in text else []

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._raw, (pos, sys.maxsize)) - 1
        return (i >= 0 and self._raw[i][0] <= pos < self._raw[i][1]) or self._in_tag(pos)

    def _in_tag(self, pos: int) -> bool:
        """``pos`` lies in ``<...>`` (from its "<" to its ">", with no "<" or ">" between)."""
        text = self._text
        opening = text.rfind("<", 0, pos + 1)
        if opening < 0 or text.rfind(">", opening, pos) >= 0:
            return False
        closing = text.find(">", pos)
        return closing >= 0 and text.find("<", opening + 1, closing) < 0


def tag_ends_at(text: str, pos: int) -> bool:
    """A tag (``<p>``, ``</strong>``, ``<br />``) ends right before ``pos``."""
    if text[pos - 1 : pos] != ">":
        return False
    opening = text.rfind("<", max(0, pos - _TAG_MAX), pos)
    return opening >= 0 and _TAG_RE.fullmatch(text, opening, pos) is not None
