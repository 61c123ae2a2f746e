"""Shared pieces of the repair fixers: the fixer signature, the context, and change building.

A fixer takes the text and a :class:`Context` and returns a :class:`Fix`: the new text plus the
changes (with edits against the text the fixer received) and flags it produced. ``repair_text``
chains them, so ``apply_plan(original, changes)`` replays the whole stage.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..record import Action, Change, Edit, Flag, StrayByte, apply_edits, snippet
from .regions import SHORT, Regions, finditer_in, non_ascii_regions, search_in
from .vocab import MOJIBAKE_TOPIC_WORDS

STAGE = "repair"

# Ideographs, radicals, kana, Hangul compatibility letters, full-width and half-width forms: what
# the CJK fixers need at least one of.
CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
CJK_RE = re.compile(f"[{CJK}]")
# CJK unified ideographs (with extension A and compatibility ideographs); used by several fixers.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
# A space written as a reference in a page's text (an indent: <p>&emsp;&emsp;新華社…電, &nbsp;&nbsp;&nbsp;&nbsp;)
SPACE_REFERENCE = "&(?:nbsp|ensp|emsp|#160|#xa0|#8194|#8195|#12288);"
# Runs are written [x][x]* rather than [x]+ throughout the fixers: the same matches, but a pattern
# that starts with a plain class lets the regex engine skip to where it can match (a leading repeat
# is tried at every position: 3 to 25 times slower over a page).
_NON_HAN_RE = re.compile(f"[^{HAN}][^{HAN}]*")
_HAN_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def holds_any(text: str, chars: str) -> bool:
    """One of the few ``chars`` occurs in ``text``: a string search for each (over a page, ten times
    faster than a regex searching for their class)."""
    return any(char in text for char in chars)


# UTF-16 high bytes whose 256 characters are all Han (U+4D00-U+4DFF is not: U+4DC0 up are hexagram symbols).
_NOT_HAN_HIGH = bytes(b for b in range(256) if not any(lo >> 8 <= b < hi >> 8 for lo, hi in _HAN_BLOCKS))


def utf16_high(text: str) -> bytes:
    """The high byte of every UTF-16 code unit of ``text``, made in C: which 256-character blocks it
    touches is then told by ``in`` or ``bytes.translate`` far faster than a regex scan finds a class."""
    return text.encode("utf-16-be", "surrogatepass")[::2]


def han_count(text: str) -> int:
    """How many ideographs ``text`` holds, counted in C on the high bytes of its UTF-16 (five times
    faster than a regex removing the rest); text with a character from U+4D00 to U+4DFF, where a
    block of Han ends inside the high byte, is counted by the regex."""
    high = utf16_high(text)
    if 0x4D in high:
        return len(_NON_HAN_RE.sub("", text))
    return len(high.translate(None, _NOT_HAN_HIGH))


@dataclass(slots=True)
class Judged:
    """Round trips made and readings judged in one ``repair_text`` call (.candidates): the western
    fixer's guard and the legacy-codec fixer judge the same lines, a page repeats its lines."""

    # (text, wrong codec, right codec): the round trip, or None
    trips: dict[tuple[str, str, str], str | None] = field(default_factory=dict)
    # (character before, text, character after, reading, (read as UTF-8, from a long run)): its score if accepted
    scores: dict[tuple[str, str, str, str, tuple[bool, bool, bool]], float | None] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """What the fixers know beyond the text: options and evidence gathered by earlier fixers."""

    script: str = "auto"
    codec_hint: str | None = None
    # Set by the script-evidence step before the pinyin fixer removes the annotations it reads.
    script_target: str | None = None
    script_evidence: str = ""
    output_script: str | None = None
    # The whole page when the fixers see only its text view (.view): the mojibake-topic test reads it.
    page: str | None = None
    # The text is an HTML document (or its text view), not plain text.
    html: bool = False
    # Set by the pinyin fixer when it removes readings: whether the repost wrote them after a space
    # (當 (dāng)). Only spaced ones tell that the repost spaced its brackets too (电 (记者 X)); with
    # tight readings or none, a space before a folded bracket is the article's own (audit18).
    spaced_readings: bool | None = None
    # Set by the zero-width fixer: the invisibles it removed between two ideographs (观\u200b众), an obfuscator's
    # mark no writer leaves (.spacing reads it, after they are gone, as it reads narrow spaces there).
    invisibles_between_han: int = 0
    # Set by the pinyin fixer: the readings it removed (the spaces beside them now stand between ideographs).
    readings_removed: int = 0
    # The bytes the decode stage could not place, at their U+FFFD's offset in the text the fixers now hold.
    strays: tuple[StrayByte, ...] = ()
    # The last text :meth:`regions` and :meth:`has_cjk` were asked about, and their answers.
    _regions_of: tuple[str, Regions | None] | None = field(default=None, init=False, repr=False, compare=False)
    _cjk_of: tuple[str, bool] | None = field(default=None, init=False, repr=False, compare=False)
    _judged: Judged | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def judged(self) -> Judged:
        """The round trips and judgements of this call, made on first use (most texts need none)."""
        if self._judged is None:
            self._judged = Judged()
        return self._judged

    def regions(self, text: str) -> Regions | None:
        """:func:`non_ascii_regions` of ``text``, found once while the fixers pass it on unchanged."""
        if len(text) <= SHORT:
            return None
        known = self._regions_of
        if known is None or known[0] is not text:
            self._regions_of = known = text, non_ascii_regions(text)
        return known[1]

    def finditer(self, pattern: re.Pattern[str], text: str, reach: int = 0) -> Iterator[re.Match[str]]:
        """:func:`.regions.finditer_in` over the regions of ``text`` (a short text read whole)."""
        if len(text) <= SHORT:
            return pattern.finditer(text)
        return finditer_in(pattern, text, self.regions(text), reach)

    def search(self, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
        """:func:`.regions.search_in` over the regions of ``text`` (a short text read whole)."""
        if len(text) <= SHORT:
            return pattern.search(text)
        return search_in(pattern, text, self.regions(text))

    def has_cjk(self, text: str) -> bool:
        """``text`` holds a CJK character (:data:`CJK`), found once while the fixers pass it on."""
        if len(text) <= SHORT:
            return CJK_RE.search(text) is not None
        known = self._cjk_of
        if known is None or known[0] is not text:
            self._cjk_of = known = text, search_in(CJK_RE, text, self.regions(text)) is not None
        return known[1]


@dataclass(slots=True)
class Fix:
    text: str
    changes: list[Change] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    strays: tuple[StrayByte, ...] = ()  # bytes the fixer left for a U+FFFD it wrote, at offsets into ``text``


Fixer = Callable[[str, Context], Fix]


class _TopicTest:
    """Is the page about mojibake, so a quoted example is content? Asked only when a quoted repair
    is in question (scanning a whole page for the words costs more than most fixers), answered once."""

    __slots__ = ("_answer", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._answer: bool | None = None

    def __call__(self) -> bool:
        if self._answer is None:
            self._answer = _topic_re().search(self._text) is not None
        return self._answer


_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"', "«": "»"}


def in_quotes(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands alone inside a pair of quotes (an article quoting an example)."""
    return start > 0 and end < len(text) and _QUOTES.get(text[start - 1]) == text[end]


def about_mojibake(text: str, ctx: Context) -> Callable[[], bool]:
    """The lazy topic test for ``text``, or for the whole page when the fixers see its text view."""
    return _TopicTest(text if ctx.page is None else ctx.page)


@functools.cache
def _topic_re() -> re.Pattern[str]:
    """The topic words; a reading glossed inside a Chinese one (亂(luàn)碼) does not hide it."""
    gloss = "(?:[(（【\\[][^()（）【】\\[\\]\\n]{1,12}[)）】\\]])?"
    words = (re.escape(w) if w.isascii() else gloss.join(map(re.escape, w)) for w in MOJIBAKE_TOPIC_WORDS)
    return re.compile("|".join(words))


def make_change(rule: str, evidence: str, edits: Iterable[Edit], action: Action = "replace") -> Change:
    """A change record for ``edits`` (offsets into the text before this change)."""
    ordered = tuple(sorted(edits, key=lambda e: e.start))
    old = "".join(e.old for e in ordered)
    new = "".join(e.new for e in ordered)
    return Change(
        stage=STAGE,
        action=action,
        rule=rule,
        evidence=evidence,
        before=snippet(old),
        after=snippet(new),
        chars_removed=max(0, len(old) - len(new)),
        edits=ordered,
    )


def flag(rule: str, evidence: str, text: str, start: int, end: int) -> Flag:
    """A flag with some context around ``text[start:end]``."""
    return Flag(STAGE, rule, evidence, snippet(text[max(0, start - 10) : end + 10]))


def fix_from_edits(text: str, rule: str, evidence: str, edits: list[Edit], action: Action = "replace") -> Fix:
    """Apply ``edits`` as one recorded change (none when there are no edits)."""
    if not edits:
        return Fix(text)
    return Fix(apply_edits(text, tuple(edits)), [make_change(rule, evidence, edits, action)])


def _common_prefix(a: str, b: str, limit: int) -> int:
    """The length of the common prefix of ``a`` and ``b``, at most ``limit``: a binary search with
    slice comparisons (in C), where a loop over characters costs seconds on a page-long line."""
    lo, hi = 0, limit  # a[:lo] == b[:lo], and the prefix is no longer than hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def trimmed_edit(start: int, old: str, new: str) -> Edit:
    """The smallest edit turning ``old`` (found at ``start``) into ``new``: common ends dropped."""
    limit = min(len(old), len(new))
    head = _common_prefix(old, new, limit)
    tail = _common_prefix(old[::-1], new[::-1], limit - head)
    return Edit(start + head, start + len(old) - tail, old[head : len(old) - tail], new[head : len(new) - tail])


def has_hit(hits: list[int], start: int, end: int) -> bool:
    """Some offset in the sorted ``hits`` lies in ``[start, end)``."""
    i = bisect.bisect_left(hits, start)
    return i < len(hits) and hits[i] < end


def line_spans(text: str) -> Iterable[tuple[int, str]]:
    """(offset, line) for every ``\\n``-separated line (only ``\\n``: U+0085 may be mojibake)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


@functools.cache
def opencc_converter(config: str) -> Any:
    """One OpenCC converter per configuration, built on first use (its dictionaries are large)."""
    import opencc

    return opencc.OpenCC(config)


@functools.cache
def _changed_by(config: str) -> frozenset[str]:
    """Every ideograph OpenCC ``config`` changes on its own, found once by converting them all (one
    a line, so phrase rules never join neighbours): later look-ups are set operations."""
    chars = [chr(c) for lo, hi in _HAN_BLOCKS for c in range(lo, hi)]
    mapped = opencc_converter(config).convert("\n".join(chars)).split("\n")
    return frozenset(c for c, m in zip(chars, mapped, strict=True) if c != m)


@functools.cache
def _changed_re(config: str) -> re.Pattern[str]:
    from .charsets import char_class

    return re.compile(f"[{char_class(_changed_by(config))}]")


def count_converted(text: str, config: str, at_most: int | None = None) -> int:
    """Occurrences in ``text`` of ideographs OpenCC ``config`` changes on their own; with ``at_most``,
    counted only that far (the scan stops there)."""
    if at_most is None:
        return len(_changed_re(config).findall(text))
    return sum(1 for _ in itertools.islice(_changed_re(config).finditer(text), at_most))


def converted_chars(chars: Iterable[str], config: str = "t2s") -> frozenset[str]:
    """The ideographs OpenCC ``config`` changes (t2s: traditional forms; s2t: simplified forms)."""
    return _changed_by(config).intersection(chars)
