"""Session 26's faster gates against the scans they stand for.

The registry skips both mojibake fixers on a short text where one search (.suspects.suspect_or with
.utf8_misreads' first test folded in) finds nothing: it must answer exactly as the two fixers' own first scans
do, and a fixer skipped so must be one that would have returned the text unchanged. A character table's
leftovers compare s2tw's reading with the sentences block by block, then character by character.
"""

from __future__ import annotations

import random

from pipeline.repair import _mojibake_spots
from pipeline.repair.common import Context
from pipeline.repair.converter_forms import _BLOCK, differing_offsets
from pipeline.repair.mojibake import fix_cjk
from pipeline.repair.suspects import suspect_positions
from pipeline.repair.utf8_misreads import _codecs, _needed_re
from pipeline.repair.western import MISREAD_ALSO, fix_western

from .test_repair_scans import _EDGES, _NO_LATIN_EDGES, _strings

# Every class edge the suspect scan reads, and the leads and continuations of ftfy's codecs.
_MISREAD_EDGES = "".join(sorted(set().union(*(c.leads_2 | c.leads_long | c.continuations for c in _codecs()))))
_ALPHABETS = (_EDGES, _NO_LATIN_EDGES, _EDGES + _MISREAD_EDGES, _NO_LATIN_EDGES + _MISREAD_EDGES + " ?\ufffd")


def _first_scans(text: str) -> bool:
    """What the two fixers' own first scans find on a short text: a suspect offset, or what a misread needs."""
    return bool(suspect_positions(text)) or _needed_re(MISREAD_ALSO).search(text) is not None


def test_spots_answer_as_the_fixers_first_scans() -> None:
    texts = [t for seed, alphabet in enumerate(_ALPHABETS) for t in _strings(alphabet, 5000, 10, seed=60 + seed)]
    spotted = 0
    for text in texts:
        spotted += _mojibake_spots(text)
        assert _mojibake_spots(text) == _first_scans(text), text
    assert 0 < spotted < len(texts)  # (both answers drawn)


def test_a_text_without_spots_is_one_both_fixers_leave() -> None:
    alphabet = _NO_LATIN_EDGES + _EDGES + "ÃÂâ€œ鍙戝竷锟斤拷"
    for text in _strings(alphabet, 3000, 12, seed=70):
        if _mojibake_spots(text):
            continue
        for fixer in (fix_western, fix_cjk):
            fixed = fixer(text, Context())
            assert (fixed.text, fixed.changes, fixed.flags) == (text, [], []), (fixer, text)


def test_the_gate_reads_case_changes_and_runs_of_accented_letters() -> None:
    """The shapes found by one branch alone: a Cyrillic case change (no Latin letter), four accented letters."""
    for text in ("городМосква", "éèêë", "мост", "été", "市政府周三宣布", "Ã©"):
        assert _mojibake_spots(text) == _first_scans(text), text
    assert _mojibake_spots("городМосква") and _mojibake_spots("éèêë") and not _mojibake_spots("été")


def test_differing_offsets_are_the_characters_that_differ() -> None:
    rng = random.Random(26)
    for _ in range(3000):
        text = "".join(rng.choice("為眾偽台里后机种气的一是") for _ in range(rng.randint(0, 4 * _BLOCK + 3)))
        other = list(text)
        for i in rng.sample(range(len(text)), min(len(text), rng.choice((0, 1, 2, 5, 40)))):
            other[i] = rng.choice("为众伪臺裡後機種氣")
        changed = "".join(other)
        assert differing_offsets(text, changed) == [i for i in range(len(text)) if text[i] != changed[i]]
