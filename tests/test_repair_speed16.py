"""Session 16's faster repair paths (bench_repair's corrupted corpus) against plain definitions of what they
must give.

A lossy line's evidence (the page without the line) is a plain object made once a pass instead of two
functools caches; each test spells out the slow definition and compares on random strings drawn from
the characters that matter.
"""

from __future__ import annotations

import random

from pipeline.repair.mojibake import _Elsewhere
from pipeline.repair.readings import without_readings


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _elsewhere_by_definition(text: str, line: str) -> str:
    return text.replace(line, "") + "\n" + without_readings(text).replace(without_readings(line), "")


def test_a_lossy_lines_evidence_is_the_page_without_it() -> None:
    rng = random.Random(16)
    for text in _strings("中文发布(fā)(bù)\ufffd \nab", 300, 40, 1601):
        lines = text.split("\n")
        elsewhere = _Elsewhere(text)
        for line in [rng.choice(lines) for _ in range(6)]:  # repeated lines too: the last one is kept
            assert elsewhere(line) == _elsewhere_by_definition(text, line)
