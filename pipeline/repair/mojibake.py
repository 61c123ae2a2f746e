"""CJK and Cyrillic mojibake: text whose bytes were decoded with the wrong legacy codec.

UTF-8 read as GBK / GB18030 / Big5 / Shift_JIS / EUC-KR / cp1251 / KOI8-R (鍙戝竷 for 发布), and the
reverse: legacy bytes read as latin-1 / cp1252 (ÖÐÎÄ for 中文), KOI8-R and cp1251 swapped, Big5 and
GBK swapped. Work is per line, then per run of non-ASCII text, so one title of mojibake inside a
clean page is found. A candidate round trip must be strictly valid both ways; among them the
winner is chosen by character commonness (:mod:`.charsets`), with charset-normalizer coherence
as tie-breaker; an unresolved tie is flagged. A character the line shows to be real text (glossed
with its reading, or in a word as s2t writes it: :mod:`.real_text`) is never rewritten, and a
GBK/Big5 swap never yields kana, Greek or pinyin letters. Up to two layers are undone. Runs
holding U+FFFD lost bytes: they are flagged when a round trip of the surviving pieces reads well,
never rewritten.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from ..encodings import non_ascii_count
from ..record import Edit, Flag
from .candidates import MIN_GAIN, MIN_SCORE, PAIRS, UTF8_PAIRS, WIDE_RUN, Trips, best_candidate
from .charsets import plausibility
from .common import Context, Fix, Judged, about_mojibake, fix_from_edits, flag, has_hit, in_quotes, trimmed_edit
from .lossy import recover
from .readings import without_readings
from .real_text import real_text_offsets
from .roundtrip import round_trip
from .suspects import is_suspect, suspect_positions
from .utf8_cores import utf8_cores, without_clean_edges

RULE = "mojibake_cjk"
_MAX_LINE = 2000
_MAX_TRIM = 6
_MAX_PASSES = 3
_CJK_LABEL_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")
_CJK_LABEL_TAIL_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+\\Z")
_RUN_RE = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*(?:[ \t,.:;!?'\-]+[^\x00-\x7f]+)*")
_RUN_BREAK_RE = re.compile(r"[\x00-\x08\x0a-\x1f\"#$%&(-+/-9<=>@-\x7f]")  # ASCII but _RUN_RE's joiners
_NOT_PUNCT = "[^，。：；！？、「」『』“”（）《》\u3000,.:;!?]"
_CJK_PUNCT_RE = re.compile(f"{_NOT_PUNCT}{_NOT_PUNCT}*")
# A paragraph indent glued to a run makes it unencodable in KOI8-R, cp1251...; a UTF-8 lead byte
# never reads as an em or ideographic space, and rarely as NBSP (tried with the indent first).
_INDENT = "\u00a0\u2002\u2003\u3000"
# The legacy readings of UTF-8 whose lost bytes .lossy may recover.
_LOSSY_CODECS = ("gbk", "big5")
_TAG_MARK_RE = re.compile("[<>]")


class Undone(NamedTuple):
    """:func:`undo_layers`'s answer: the text, how (one entry a layer; none when nothing was undone), and the
    codec UTF-8 was read in when one layer of that was undone (None otherwise)."""

    text: str
    hows: list[str]
    utf8_read_as: str | None = None


def undo_layers(text: str, context: tuple[str, str] = ("", ""), judged: Judged | None = None) -> Undone:
    """Undo one layer of mojibake, or two when the middle text is itself mojibake (UTF-8 read as
    X, re-encoded as UTF-8, read as Y): then only the end result is judged. The middle texts are
    the first layer's own round trips through UTF-8 (kept in ``judged``)."""
    judged = Judged() if judged is None else judged
    candidate = best_candidate(text, context=context, judged=judged, prescore=True)
    if candidate is not None:
        utf8_read_as = candidate.wrong if candidate.right == "utf-8" else None
        return Undone(candidate.text, [f"{candidate.how} ({candidate.score:.2f})"], utf8_read_as)
    for outer in UTF8_PAIRS:
        key = (text, *outer)
        middle = judged.trips[key] if key in judged.trips else round_trip(text, *outer)
        if middle is None:
            continue
        candidate = best_candidate(middle, UTF8_PAIRS, context, judged)
        if candidate is not None and plausibility(middle) < MIN_SCORE:
            return Undone(candidate.text, [f"utf-8 read as {outer[0]}", f"{candidate.how} ({candidate.score:.2f})"])
    return Undone(text, [])


def _lossy(text: str, judged: Judged) -> str | None:
    """How a run with U+FFFD reads once its surviving pieces are round-tripped, if well. A piece is
    encoded once in each wrong codec, not once a pair (nine codecs for the 23 pairs; most pieces
    fail in most codecs), and its round trips are kept in ``judged``."""
    pieces = [Trips(p, judged) for p in text.split("\ufffd") if p and is_suspect(p)]
    for wrong, right in PAIRS if pieces else ():
        fixed = []
        for piece in pieces:
            result = piece.get(wrong, right)
            if result is None:
                break
            fixed.append(result)
        else:
            if plausibility("".join(fixed)) >= MIN_SCORE:
                return f"{right} read as {wrong}"
    return None


def _segments(line: str, hits: list[int]) -> Iterator[tuple[int, int]]:
    """Candidate spans holding a hit: the line (unless huge, also without its indent), then its
    non-ASCII runs (each also without a leading indent), then runs split at punctuation (CJK or ASCII), each followed by
    itself trimmed by up to _MAX_TRIM characters on either side (a mojibake title glued to a clean
    label, 标题涓枃). Each span once (a run is often the whole line, a piece the whole run), built
    only when asked for: once the whole line is repaired no other span is."""
    seen: set[tuple[int, int]] = set()
    for span in _all_segments(line, hits):
        if span not in seen:
            seen.add(span)
            yield span


def _all_segments(line: str, hits: list[int]) -> Iterator[tuple[int, int]]:
    if len(line) <= _MAX_LINE:
        yield 0, len(line)
        indent = len(line) - len(line.lstrip(_INDENT))
        if 0 < indent < len(line):
            yield indent, len(line)  # a paragraph whose ASCII (readings, trail bytes) splits its runs
    if "<" in line:  # markup: each text between tags is a paragraph too (a minified page is one line)
        yield from _text_nodes(line, hits)
    for run in _RUN_RE.finditer(line) if len(line) <= _MAX_LINE else _runs_around(line, hits):
        if not has_hit(hits, *run.span()):
            continue
        yield run.span()
        body = len(run[0]) - len(run[0].lstrip(_INDENT))
        if 0 < body < len(run[0]):
            yield run.start() + body, run.end()
        for m in _CJK_PUNCT_RE.finditer(run[0]):
            start, end = run.start() + m.start(), run.start() + m.end()
            if has_hit(hits, start, end):  # (its trimmed spans hold no hit either: none is tried)
                yield start, end
                yield from _trimmed(line, start, end)
                yield from utf8_cores(line, start, end, hits, run.end())


def _text_nodes(line: str, hits: list[int]) -> Iterator[tuple[int, int]]:
    """The texts between tags holding a hit (each also without its indent and spaces), in order:
    found from the hits, where a minified page's line holds thousands of texts and hits in a few
    (the text's start is found forward in the reversed line)."""
    reversed_line = line[::-1]
    end = 0
    for hit in hits:
        if hit < end or line[hit] in "<>":
            continue
        after = _TAG_MARK_RE.search(line, hit)
        before = _TAG_MARK_RE.search(reversed_line, len(line) - hit)
        start, end = (len(line) - before.start() if before else 0), (after.start() if after else len(line))
        yield start, end
        body = line[start:end].lstrip(_INDENT + " \t")
        if 0 < end - start - len(body) < end - start:
            yield end - len(body), end


def _runs_around(line: str, hits: list[int]) -> Iterator[re.Match[str]]:
    """The runs (_RUN_RE) of the stretches holding a hit, in order: a run holds only non-ASCII
    characters and _RUN_RE's joiners, so the ASCII characters outside those bound the stretches,
    and a stretch scanned alone gives the runs a scan of the whole line does there. A long line (a
    script's JSON) may hold thousands of runs and hits in a few; the stretch's start is found
    forward in the reversed line."""
    reversed_line = line[::-1]
    end = 0
    for hit in hits:
        if hit < end:
            continue
        after = _RUN_BREAK_RE.search(line, hit)
        before = _RUN_BREAK_RE.search(reversed_line, len(line) - hit)
        start, end = (len(line) - before.start() if before else 0), (after.start() if after else len(line))
        yield from _RUN_RE.finditer(line, start, end)


def _trimmed(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span without a glued CJK label of up to _MAX_TRIM characters on its left or right."""
    limit = max(0, min(_MAX_TRIM, end - start - 2))
    # The longest labels: a label of k characters is one of every shorter length too.
    head = _CJK_LABEL_RE.match(line, start, start + limit)
    tail = _CJK_LABEL_TAIL_RE.search(line, end - limit, end)
    left = [(start + k, end) for k in range(1, (head.end() - start if head else 0) + 1)]
    right = [(start, end - k) for k in range(1, (end - tail.start() if tail else 0) + 1)]
    return left + right


Repair = tuple[int, int, str, list[str]]


def _fix_line(
    line: str, hits: list[int], on_topic: Callable[[], bool], elsewhere: Callable[[str], str], judged: Judged
) -> tuple[list[Repair], list[str]]:
    """Repairs (span in line, new text, how) and lossy notes for one line; ``hits`` are the
    suspicious offsets in the line; ``elsewhere(line)`` is the page without the line (the evidence)."""
    if "\ufffd" in line:  # bytes were lost: rewritten only where the page settles each one (.lossy)
        body = line.strip(_INDENT + " ")
        rest = elsewhere(line)
        for codec in _LOSSY_CODECS:
            if (recovered := recover(body, rest, codec)) is not None:
                start = line.index(body)
                return [(start, start + len(body), recovered[0], [recovered[1]])], []
        how = _lossy(line, judged)
        return [], [how] if how else []
    repairs: list[Repair] = []
    done_until = -1
    real = sorted(real_text_offsets(line, hits))  # never rewritten: glossed, or part of a word
    for start, end in _segments(line, hits):
        if start < done_until or not has_hit(hits, start, end) or has_hit(real, start, end):
            continue
        piece = line[start:end]
        count = non_ascii_count(piece)
        if count < 2 or (count < WIDE_RUN and plausibility(piece) > 1 - MIN_GAIN):
            continue
        if in_quotes(line, start, end) and on_topic():
            continue
        fixed, hows, utf8_read_as = undo_layers(piece, (line[max(0, start - 1) : start], line[end : end + 1]), judged)
        if hows and (kept := without_clean_edges(line, start, end, fixed, utf8_read_as)) is not None:
            repairs.append((*kept, hows))
            done_until = kept[1]
            if end == len(line):
                break  # every later span starts inside the line
    return repairs, []


def fix_cjk(text: str, ctx: Context) -> Fix:
    """Repair passes until nothing changes (a repaired run can uncover its neighbour's mojibake:
    鍙戝竷的鍙戝竷 needs two), at most _MAX_PASSES; each pass is one recorded change."""
    on_topic = about_mojibake(text, ctx)
    result = _fix_pass(text, on_topic, ctx)
    for _ in range(_MAX_PASSES - 1):
        if not result.changes or result.text == text:
            break
        again = _fix_pass(result.text, on_topic, ctx)
        if not again.changes:
            break
        result = Fix(again.text, result.changes + again.changes, again.flags)
    return result


def _hit_lines(text: str, hits: list[int]) -> Iterator[tuple[int, int, list[int]]]:
    """(start, end, hits as offsets in the line) of every ``\\n``-separated line holding a hit, in
    order: found from the hits, where a page has thousands of lines and hits on a few."""
    i = 0
    while i < len(hits):
        start = text.rfind("\n", 0, hits[i]) + 1
        end = text.find("\n", hits[i])
        end = len(text) if end < 0 else end
        j = bisect.bisect_left(hits, end, i)
        yield start, end, [h - start for h in hits[i:j]]
        i = j


class _Elsewhere:
    """The page without a line, and without the line's readings (which split a glossed page's words): the
    evidence for a line that lost bytes. The page's readings are stripped once a pass, not once a lossy line
    (quadratic), and only on a page with such a line; a junk page repeats a damaged line, so the last
    line's evidence is kept (one page copy, not one a line). A plain object: most passes never ask."""

    __slots__ = ("_line", "_plain", "_rest", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._plain: str | None = None
        self._line: str | None = None
        self._rest = ""

    def __call__(self, line: str) -> str:
        if line != self._line:
            if self._plain is None:
                self._plain = without_readings(self._text)
            self._line = line
            self._rest = self._text.replace(line, "") + "\n" + self._plain.replace(without_readings(line), "")
        return self._rest


def _fix_pass(text: str, on_topic: Callable[[], bool], ctx: Context) -> Fix:
    """One pass; where ``on_topic()`` (the page is about mojibake) a quoted example is left alone."""
    regions = ctx.regions(text)
    hits = [] if text.isascii() else suspect_positions(text, regions, regions is None or ctx.has_cjk(text))
    if not hits:
        return Fix(text)
    edits: list[Edit] = []
    flags: list[Flag] = []
    hows: set[str] = set()
    elsewhere = _Elsewhere(text)
    for offset, end, local in _hit_lines(text, hits):
        line = text[offset:end]
        repairs, lossy = _fix_line(line, local, on_topic, elsewhere, ctx.judged)
        for start, stop, new, how in repairs:
            edits.append(trimmed_edit(offset + start, line[start:stop], new))
            hows.update(how)
        note = "bytes lost, not repaired"
        flags.extend(flag(RULE, f"lossy mojibake ({h}); {note}", text, offset, end) for h in lossy)
    result = fix_from_edits(text, RULE, "; ".join(sorted(hows))[:200], edits)
    result.flags.extend(flags)
    return result
