"""Session 6's faster repair paths against plain definitions of what they must find.

Each path was rewritten for speed (lines found around the few positions asked about, lines taken
from the hits instead of every line, segments built as they are needed); these tests spell out the
slow definition and compare on random strings drawn from the characters that matter.
"""

from __future__ import annotations

import random

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
