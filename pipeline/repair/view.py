"""The text view of an HTML page: what the fixers need to read, without the markup they never touch.

No fixer changes ASCII text unless a non-ASCII character sits next to it, so repairing a whole page
costs mostly scanning markup, styles and scripts. The view keeps only the stretches of the page
around non-ASCII characters (each widened to the tags on either side, so a fixer still sees
``<p>`` before an indent and a tag as markup), plus whole ``<script>`` elements that hold non-ASCII
text (JSON-LD and state objects carry article bodies); style sheets are left out. Stretches
are joined by one ``\\n``, a line break for every fixer.

Edits the fixers make on the view are mapped back to the page, so the recorded changes replay on
the page itself (``apply_plan(page, changes)``). An edit that would cross a joint cannot be mapped:
:func:`map_changes` then returns ``None`` and the caller repairs the whole page instead.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from ..record import Change, Edit
from .markup import comment_around

# Non-ASCII runs with at most this many ASCII characters between them form one stretch.
_GAP = 80
# Possessive: a longer ASCII run is given up at once instead of retried at every shorter length.
# It starts with a plain class (one character, then the rest of the run), which lets the engine skip
# ASCII fast; a leading possessive repeat is tried at every position (2.6x slower).
_CLUSTER_RE = re.compile(f"[^\\x00-\\x7f][^\\x00-\\x7f]*+(?:[\\x00-\\x7f]{{1,{_GAP}}}+[^\\x00-\\x7f]++)*+")
_RAW_START_RE = re.compile(r"<(script|style)\b", re.I)
_SCRIPT_END_RE = re.compile(r"</script\s*>", re.I)
_STYLE_END_RE = re.compile(r"</style\s*>", re.I)
_BLOCK = 1024
JOINT = "\n"


@dataclass(slots=True)
class TextView:
    """``text`` is the stretches of the page joined by :data:`JOINT`; ``spans`` are their page spans."""

    text: str
    spans: list[tuple[int, int]]


def _widen(page: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to the whole text run plus the tag right before and after it."""
    left = page.rfind(">", lo, start)
    if left >= 0:
        tag = page.rfind("<", lo, left)
        start = tag if tag >= 0 else left + 1
    else:
        start = lo
    right = page.find("<", end, hi)
    if right >= 0:
        close = page.find(">", right, hi)
        end = close + 1 if close >= 0 else hi
    else:
        end = hi
    return start, end


def raw_elements(page: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_script) of every script and style element, closing tag included."""
    found = []
    pos = 0
    while (m := _RAW_START_RE.search(page, pos)) is not None:
        if (after := comment_around(page, pos, m.start())) >= 0:
            pos = after
            continue
        is_script = m[1].lower() == "script"
        close = (_SCRIPT_END_RE if is_script else _STYLE_END_RE).search(page, m.end())
        pos = close.end() if close else len(page)
        found.append((m.start(), pos, is_script))
    return found


def _clusters(page: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Non-ASCII clusters in ``page[lo:hi]``; blocks that are all ASCII are skipped unscanned
    (``str.isascii`` is far faster than any regex over the same characters). A cluster reaching
    the end of its block is matched whole, so a joint never falls inside it (a ``<ruby>`` run)."""
    found: list[tuple[int, int]] = []
    start = lo
    while start < hi:
        end = min(start + _BLOCK, hi)
        if not page[start:end].isascii():
            spans = [m.span() for m in _CLUSTER_RE.finditer(page, start, end)]
            whole = _CLUSTER_RE.match(page, spans[-1][0], hi) if end - spans[-1][1] <= _GAP else None
            if whole is not None:
                spans[-1] = whole.span()
            found.extend(spans)
            end = max(end, spans[-1][1])
        start = end
    return found


def _stretches(page: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for raw_start, raw_end, is_script in [*raw_elements(page), (len(page), len(page), False)]:
        spans.extend(_widen(page, start, end, cursor, raw_start) for start, end in _clusters(page, cursor, raw_start))
        if is_script and not page[raw_start:raw_end].isascii():
            spans.append((raw_start, raw_end))
        # The closing tag stays readable, so text right after a script is not taken for a line start.
        cursor = max(page.rfind("<", raw_start, raw_end), raw_start)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def text_view(page: str) -> TextView:
    spans = _stretches(page)
    return TextView(JOINT.join(page[s:e] for s, e in spans), spans)


def _map_edits(edits: tuple[Edit, ...], starts: list[int], lengths: list[int],
               page_starts: list[int]) -> list[tuple[int, Edit]] | None:
    mapped = []
    for edit in edits:
        i = bisect.bisect_right(starts, edit.start) - 1
        if i < 0 or edit.end > starts[i] + lengths[i]:
            return None
        offset = page_starts[i] - starts[i]
        mapped.append((i, Edit(edit.start + offset, edit.end + offset, edit.old, edit.new)))
    return mapped


def map_changes(view: TextView, changes: list[Change]) -> list[Change] | None:
    """``changes`` (made on ``view.text``, in order) with their edits moved onto the page.

    ``None`` when an edit crosses a joint: the view cannot stand for the page there.
    """
    starts, lengths, page_starts = [], [], []
    pos = 0
    for start, end in view.spans:
        starts.append(pos)
        lengths.append(end - start)
        page_starts.append(start)
        pos += end - start + len(JOINT)
    result = []
    for change in changes:
        mapped = _map_edits(change.edits, starts, lengths, page_starts)
        if mapped is None:
            return None
        shift = [0] * len(starts)
        for i, edit in mapped:
            shift[i] += len(edit.new) - len(edit.old)
        total = 0
        for i, delta in enumerate(shift):
            starts[i] += total
            page_starts[i] += total
            lengths[i] += delta
            total += delta
        result.append(dataclasses.replace(change, edits=tuple(edit for _, edit in mapped)))
    return result


def view_offset(view: TextView, offset: int) -> int | None:
    """Where the page's character at ``offset`` stands in ``view.text``; None outside its stretches."""
    pos = 0
    for start, end in view.spans:
        if start <= offset < end:
            return pos + offset - start
        pos += end - start + len(JOINT)
    return None
