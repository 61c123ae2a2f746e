"""The seed's lost lead byte (展?fàn)I造) on a page with no codec of its own to say which table the byte was lost
from: GBK and Big5 each leave one candidate whose misaligned read says the residue's syllable (宏?ai4)^: GBK's 觀 =
D3 5E after 暧 = EA D3; Big5's 洯 after 閡). A text with readings starts from common mainland text: the rare 洯 is
left out (dmg26's rule), and 觀 is restored; without a residue nothing narrows the byte's candidates."""

from __future__ import annotations

import pytest

from pipeline.repair import repair_text


@pytest.mark.parametrize("residue", ["ai4", "ài"])
def test_a_residue_narrowed_candidate_making_a_word_is_restored(residue: str) -> None:
    text = f"會議要求，今年要繼續加強宏?{residue})^調控，穩定市場預期。"
    result = repair_text(text, script="keep")
    assert result.text == "會議要求，今年要繼續加強宏觀調控，穩定市場預期。"
    assert not result.flags


def test_without_a_residue_the_same_spot_stays_flagged() -> None:
    """No misaligned read narrows the stranded byte's 64 candidates: a word of 100 counts decides nothing."""
    text = "會議要求，今年要繼續加強宏?^調控，穩定市場預期。"
    result = repair_text(text, script="keep")
    assert result.text == text
    assert [f.rule for f in result.flags] == ["lost_lead_byte"]
