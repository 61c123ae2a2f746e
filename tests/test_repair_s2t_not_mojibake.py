"""Simplified text converted with OpenCC s2t (考核 -> 考覈) and glossed with readings is text, not
GBK read as Big5: the CJK mojibake fixer must leave it alone (audit 6, finding 1)."""

from __future__ import annotations

import pytest

from pipeline.repair import repair_text
from pipeline.repair.mojibake import best_candidate
from pipeline.repair.real_text import real_text_offsets

INDENT = "\u2003\u2003"


def _mojibake_changes(line: str) -> list[str]:
    return [c.rule for c in repair_text(line, script="keep").changes if c.rule == "mojibake_cjk"]


@pytest.mark.parametrize(
    "line",
    [
        INDENT + "稽查人員對(duì)轄區企業逐一進(jìn)行考覈,確保整改到位。",
        INDENT + "請各單位務(wù)必覈(hé)實報送數據。",
        INDENT + "全市覈(hé)查工作下週(zhōu)啓動。",
        INDENT + "年度成本覈(hé)算已經完成。",
        INDENT + "鄖(yún)陽區(qū)新建兩所學校。",
        INDENT + "聞到氣味後感到噁(ě)心。",
        INDENT + "他的球技達(dá)到超羣,隊友(yǒu)都很佩服。",
    ],
)
def test_glossed_s2t_words_are_not_mojibake(line: str) -> None:
    assert _mojibake_changes(line) == []


@pytest.mark.parametrize("line", ["她低声说：“祂必看顾我们。”", "外婆常说，祂必成全。"])
def test_plain_chinese_with_a_rare_character_is_not_mojibake(line: str) -> None:
    assert repair_text(line).text == line


def test_a_gbk_big5_swap_never_makes_kana_or_greek() -> None:
    # 祂必 as Big5 bytes read as GBK would be 廷ゲ; 考覈 would be σ蝌.
    assert best_candidate("祂必") is None
    assert best_candidate("考覈") is None


def test_real_gbk_read_as_big5_is_still_repaired_beside_a_glossed_word() -> None:
    clean = "图书馆周末延长开放时间"
    garbled = clean.encode("gbk").decode("big5")
    line = f"{INDENT}稽查人員逐一進(jìn)行考覈(hé),隨後通報:{garbled}。"
    result = repair_text(line, script="keep")
    assert clean in result.text
    assert "考覈" in result.text
    assert "mojibake_cjk" in [c.rule for c in result.changes]


def test_glossed_characters_are_real_text() -> None:
    line = "務(wù)必覈(hé)實"
    # Every glossed character counts, suspect or not; 必 (unglossed, no word) does not.
    assert real_text_offsets(line, [line.index("覈")]) == {line.index("務"), line.index("覈")}


def test_a_rare_character_in_a_converted_word_is_real_text_across_a_reading() -> None:
    line = "達(dá)到超羣,再覈(hé)實"
    hits = [line.index("羣"), line.index("覈")]
    # 超羣 is what s2t writes for 超群; 覈 and 實 make 核实 once the reading between them is left out.
    assert real_text_offsets(line, hits) >= set(hits)


def test_a_rare_character_making_no_word_is_not_protected() -> None:
    garbled = "图书馆周末".encode("gbk").decode("big5")
    hits = [i for i, c in enumerate(garbled) if c not in "图书馆周末"]
    assert real_text_offsets(garbled, hits) == frozenset()
