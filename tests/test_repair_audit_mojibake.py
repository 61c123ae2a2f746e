"""Mojibake behind a paragraph indent (found by the adversarial audit in bench/audit)."""

from __future__ import annotations

import pytest

from pipeline.record import apply_plan
from pipeline.repair import repair_text

RUSSIAN = "Городской совет утвердил новый план развития набережной."


@pytest.mark.parametrize("indent", ["\u2003\u2003", "\u00a0\u00a0"])
@pytest.mark.parametrize("html", [False, True])
def test_koi8_mojibake_behind_an_indent_is_repaired(indent: str, html: bool) -> None:
    line = ("<p>" if html else "") + indent + RUSSIAN.encode("utf-8").decode("koi8_r")
    result = repair_text(line, html=html)
    assert result.text.endswith(RUSSIAN)
    assert apply_plan(line, result.changes) == result.text
    assert "mojibake_cjk" in [c.rule for c in result.changes]


def test_clean_indented_cyrillic_is_only_unindented() -> None:
    line = "\u2003\u2003" + RUSSIAN
    assert [c.rule for c in repair_text(line).changes] == ["space_indent"]


@pytest.mark.parametrize("topic", ["亂碼", "亂(luàn)碼", "乱【luàn】码"])
def test_a_gloss_inside_the_topic_word_does_not_hide_the_topic(topic: str) -> None:
    text = f"網頁編碼出錯時，“cafÃ©”這樣的字串就是{topic}，讀者看了一頭霧水。"
    assert "“cafÃ©”" in repair_text(text, script="keep").text


@pytest.mark.parametrize("line", ["\u00a0Ã©t\u00e9 chaud", "\u00a0Ã©"])
def test_western_mojibake_right_after_an_nbsp_indent_is_repaired(line: str) -> None:
    result = repair_text(line)
    assert "Ã" not in result.text
    assert repair_text(result.text).text == result.text
