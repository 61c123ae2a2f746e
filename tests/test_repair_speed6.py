"""Session 6's faster repair paths against plain definitions of what they must find.

Each path was rewritten for speed (lines found around the few positions asked about, lines taken
from the hits instead of every line, segments built as they are needed); these tests spell out the
slow definition and compare on random strings drawn from the characters that matter.
"""

from __future__ import annotations

import random

from pipeline.repair.common import line_spans
from pipeline.repair.mojibake import _UTF8_PAIRS, PAIRS, _hit_lines, best_candidate
from pipeline.repair.roundtrip import round_trip
from pipeline.repair.spacing import _Lines


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _line_of(text: str, pos: int) -> tuple[int, int]:
    """From after the last line end (newline or tag bracket) before ``pos`` to the first after it."""
    ends = [i for i, c in enumerate(text) if c in "\n<>"]
    before = [e for e in ends if e < pos]
    after = [e for e in ends if e >= pos]
    return (before[-1] + 1 if before else 0), (after[0] if after else len(text))


def test_lines_span_matches_the_definition_for_increasing_positions() -> None:
    for text in _strings("\n<>中 a。", 300, 40, seed=6):
        lines = _Lines(text)
        for pos in (i for i, c in enumerate(text) if c not in "\n<>"):
            assert lines.span(pos) == _line_of(text, pos), (text, pos)


def test_hit_lines_are_the_lines_holding_hits() -> None:
    for text in _strings("\na中", 300, 30, seed=7):
        hits = [i for i, c in enumerate(text) if c == "中"]
        expected = [
            (offset, offset + len(line), [h - offset for h in hits if offset <= h < offset + len(line)])
            for offset, line in line_spans(text)
            if any(offset <= h < offset + len(line) for h in hits)
        ]
        assert list(_hit_lines(text, hits)) == expected, text


def test_best_candidate_keeps_every_utf8_round_trip_for_the_second_layer() -> None:
    """undo_layers takes its middle texts from these instead of making the round trips again."""
    samples = ("鍙戝竷的鍙戝竷", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "中文新闻", "Ã©tÃ©", "РњРѕСЃРєРІР°", "覈實")
    for text in samples:
        trips: dict[tuple[str, str], str | None] = {}
        best_candidate(text, PAIRS, trips=trips)
        for pair in _UTF8_PAIRS:
            assert trips[pair] == round_trip(text, *pair), (text, pair)
