"""Session 24's faster repair paths against plain definitions of what they must give.

The half-escaped characters of a page (``â&#8364;&#339;``: a raw lead, then references or raw continuations) were
found by scanning the whole page for a lead character; only the text between tags around an "&" that follows a raw
character is scanned now. The matches must be those of the whole page's scan, wherever the tags and the "&"s fall.
The whole runs of references and raw characters (_mixed_runs) are no longer looked for on a page with no reference
after a raw character and none of its references reading as a UTF-8 lead: no edit is lost.
"""

from __future__ import annotations

import random

from pipeline.repair.references import (
    _HALF_ESCAPED_RE,
    _RAW_THEN_REF_RE,
    _half_escaped,
    _mixed_runs,
    read_escaped_mojibake,
    reference_runs,
)

# Pieces of pages: tags, references (some spelling UTF-8 bytes as windows-1252), leads and continuations written raw,
# other non-ASCII characters, ASCII words and reference-like ASCII.
_PIECES = ("<p>", "</p>", "<a title='", "'>", ">", "<", "&#8364;", "&euro;", "&trade;", "&#339;", "&amp;", "&nbsp;",
           "&eacute;", "&copy;", "&#128;", "\u00e2", "\u00c3", "\u00f0", "\u00c2", "\u00a9", "\u00e9", "\u20ac",
           "\u4e2d", "\u6587", "a", "b ", ";", "#", "&", "1", "&Atilde;", "&#195;", "&#xc3;", "&acirc;", "&#208;",
           "&#x00e2;", "\u00b0", "\u00a0")


def _pages(count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _whole_page(page: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in _HALF_ESCAPED_RE.finditer(page) if "&" in m[0]]


def _after_raw(page: str) -> list[int]:
    return [m.start() for m in _RAW_THEN_REF_RE.finditer(page)]


def test_the_half_escaped_characters_found_between_tags_are_those_of_a_scan_of_the_whole_page() -> None:
    found = 0
    for page in _pages(3000, 40, 2401):
        whole = _whole_page(page)
        assert [(m.start(), m.end(), m[0]) for m in _half_escaped(page, _after_raw(page))] == whole, page
        found += len(whole)
    assert found > 500  # the pages hold many of them, in and between tags


def test_the_whole_runs_are_those_the_scan_finds_when_the_runs_are_not_looked_at_first() -> None:
    found = without_after = 0
    for page in _pages(3000, 40, 2402):
        runs, after = reference_runs(page), _after_raw(page)
        scanned = _mixed_runs(page, runs, after or [len(page)])  # (a reference after a raw character: always scanned)
        assert _mixed_runs(page, runs, after) == scanned, page
        found += len(scanned)
        without_after += bool(scanned) and not after  # (found from a reference reading as a lead alone)
    assert found > 300 and without_after > 10


def test_a_half_escaped_quote_in_a_page_is_still_read() -> None:
    page = "<html><body><p>They said \u00e2&#8364;&#339;yes\u00e2&#8364;\u009d and left.</p></body></html>"
    fixed = read_escaped_mojibake(page)
    assert "\u201cyes\u201d" in fixed.text
