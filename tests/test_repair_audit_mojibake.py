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


_TITLE = "河口镇渡口推行电子船票：乘客扫码即可上船，单程票价3元"
_BODY = "\u3000\u3000河口镇渡口推行电子船票，乘客扫码即可上船。渡口管理站说，单程票价3元不变。"


def test_a_lossy_mojibake_title_is_recovered_when_the_body_settles_every_lost_byte() -> None:
    lossy = _TITLE.encode("utf-8").decode("gbk", "replace")
    assert "\ufffd" in lossy
    result = repair_text(f"{lossy}\n{_BODY}")
    assert result.text == f"{_TITLE}\n{_BODY.lstrip()}"  # the indent goes too (space_indent)
    assert "lost byte(s) settled" in result.changes[0].evidence


def test_a_lossy_mojibake_title_without_evidence_on_the_page_is_left_and_flagged() -> None:
    lossy = _TITLE.encode("utf-8").decode("gbk", "replace")
    result = repair_text(f"{lossy}\n\u3000\u3000别的内容，完全不同的一句话。")
    assert result.text.startswith(lossy)
    assert result.flags


def test_gbk_read_as_latin1_then_as_cp1252_is_undone_in_both_layers() -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    original = "答：参加人每年缴纳个人养老金的上限为12000元，可以按月或者按年度缴纳。"
    once = original.encode("gbk").decode("latin-1")  # ´ð£º…Ã¿… (每 is C3 BF in GBK)
    twice = once.encode("utf-8").decode("sloppy-windows-1252")  # as browsers read cp1252
    text = f"第一段是正常的中文内容，没有问题。\n{twice}\n最后一段也正常。"
    result = repair_text(text)
    assert result.text.splitlines()[1] == original
    assert apply_plan(text, result.changes) == result.text
