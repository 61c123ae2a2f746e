"""Session 12's faster repair paths against plain definitions of what they must give.

A space outside the body lines is passed over before the dateline and byline tests; this test
spells out the slow definition and compares on random strings drawn from the characters that matter.
"""

from __future__ import annotations

import random

from pipeline.repair.common import HAN_RE
from pipeline.repair.spacing import _CANDIDATE_RE, _DATELINE_END_RE, _DATELINE_LOOKBACK, _candidates, _in_byline, _Lines
from pipeline.repair.words import is_word


def _candidates_by_definition(text: str) -> tuple[list[int], list[int]]:
    """Every space the pattern finds, judged by all the tests in turn (dateline, byline, body line)."""
    found, outside = [], []
    lines = _Lines(text)
    for m in _CANDIDATE_RE.finditer(text):
        pos = m.start()
        line = lines.span(pos)
        if _DATELINE_END_RE.search(text, max(0, pos - _DATELINE_LOOKBACK), pos) or _in_byline(text, pos, line):
            continue
        splits_word = is_word(text[pos - 1] + text[pos + 1])
        if lines.is_body(line):
            found.append(pos)
        elif text[pos] != " " and (splits_word or not HAN_RE.match(text, pos + 1)):
            outside.append(pos)
    return found, outside


def test_odd_space_candidates_match_the_definition() -> None:
    pieces = ["中", "国", "发", "展", " ", "\u3000", "\u00a0", "。", "，", "\n", "记者", "日电", "(", "(li)", "王林",
              "<p>"]
    rng = random.Random(15)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 90)))
        found, outside = _candidates(text)
        assert ([c.pos for c in found], [c.pos for c in outside]) == _candidates_by_definition(text), text
