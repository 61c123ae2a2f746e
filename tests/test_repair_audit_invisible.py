"""Invisible characters and radical look-alikes the audit found obfuscators using (bench/audit)."""

from __future__ import annotations

import pytest

from pipeline.record import apply_plan
from pipeline.repair import repair_text
from pipeline.repair.common import Context
from pipeline.repair.invisible import fix_radicals, fix_zero_width


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("本报讯\u200d(记者 周岚)", "本报讯(记者 周岚)"),  # ZWJ before an ASCII bracket
        ("滨江区\u200c 街道", "滨江区 街道"),
        ("搭\u2063上末班车", "搭上末班车"),
        ("土特\u180e产", "土特产"),
        ("夜市\u200f开张\u200e，", "夜市开张，"),
        ("渡\u034f口\u00ad", "渡口"),
    ],
)
def test_invisibles_beside_cjk_are_removed(dirty: str, clean: str) -> None:
    fix = fix_zero_width(dirty, Context())
    assert fix.text == clean
    assert apply_plan(dirty, fix.changes) == clean


@pytest.mark.parametrize(
    "text",
    [
        "\u05e9\u05dc\u05d5\u05dd\u200f (2026)",  # RLM in Hebrew
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # ZWNJ in Persian
        "\U0001f468\u200d\U0001f469\u200d\U0001f467 family",  # an emoji ZWJ sequence
        "co\u00adoperation",
    ],
)
def test_meaningful_invisibles_away_from_cjk_stay(text: str) -> None:
    assert fix_zero_width(text, Context()).text == text


def test_radicals_next_to_digits_are_ideographs() -> None:
    text = "中新⽹武汉6⽉2⽇电"
    fix = fix_radicals(text, Context())
    assert fix.text == "中新网武汉6月2日电"
    assert apply_plan(text, fix.changes) == fix.text


def test_radicals_numbering_a_list_item_or_after_a_units_slash_are_ideographs() -> None:
    """⼀、 heading a list item and 微克/⽴⽅⽶ (a unit after its slash): look-alikes the obfuscator put where
    no Han character stands right beside them (audit40 114_apph5_notice, 微克/⽴⽅⽶)."""
    text = "⼀、加强监测。\n⼆、完善制度。\n细颗粒物平均浓度为35微克/⽴⽅⽶，较去年下降。"
    fix = fix_radicals(text, Context())
    assert fix.text == "一、加强监测。\n二、完善制度。\n细颗粒物平均浓度为35微克/立方米，较去年下降。"
    assert apply_plan(text, fix.changes) == fix.text


def test_radicals_alone_in_latin_text_stay() -> None:
    for text in ("Kangxi radical ⽉ (moon) and ⽇ (sun).", "radicals: ⽉/⽇, and km/⽉ in a table of symbols"):
        assert repair_text(text).text == text


def test_thin_and_medium_space_indents_are_removed() -> None:
    text = "\u2002\u2002\u205f新华社杭州3月5日电 记者看到-车库改造。\n\u2009第二段。"
    result = repair_text(text, script="keep")
    assert result.text == "新华社杭州3月5日电 记者看到-车库改造。\n第二段。"


@pytest.mark.parametrize(("dirty", "clean"), [("\u200d\u200b（", "（"), ("a\u200d\u200bb", "a\u200db")])
def test_a_run_of_invisibles_is_judged_whole(dirty: str, clean: str) -> None:
    fix = fix_zero_width(dirty, Context())
    assert fix.text == clean
    assert fix_zero_width(fix.text, Context()).text == clean


def test_narrow_spaces_between_ideographs_go_and_a_dateline_space_stays() -> None:
    text = "新华社北京5月6日电\u3000农村供水\u2009保障工程覆盖全县，蒸发\u202f量下降。"
    assert repair_text(text).text == "新华社北京5月6日电\u3000农村供水保障工程覆盖全县，蒸发量下降。"


def test_a_narrow_space_no_longer_shields_a_reading() -> None:
    text = "农村供水\u2009(shuǐ)保障工程已经完成，全县覆盖。"
    assert repair_text(text).text == "农村供水保障工程已经完成，全县覆盖。"


def test_randomly_widened_letters_and_digits_are_folded_back() -> None:
    text = "国(ｇｕó)产手机新品，起售价７９９９元，比上年增加１.２%，型号为Ｘ Ｆｏld ３。"
    result = repair_text(text)
    assert result.text == "国产手机新品，起售价7999元，比上年增加1.2%，型号为X Fold 3。"
    assert [c.rule for c in result.changes] == ["fullwidth_ascii", "pinyin_annotation"]


@pytest.mark.parametrize(
    "text",
    ["２０２６年７月１０日，国家统计局发布数据。", "東京で３月８日、ＡＩの会議が開かれた。ｉＰｈｏｎｅ15も話題に。"],
)
def test_numbers_written_full_width_throughout_stay(text: str) -> None:
    assert repair_text(text).text == text
