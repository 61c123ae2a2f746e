"""Forms a restoration keeps (揹 for 背, s2tw's 著 for 着 on a page restored with t2s) come back where a
neighbour reads them as the simplified character, and only there."""

from __future__ import annotations

from pipeline.repair import repair_text
from pipeline.repair.common import opencc_converter
from pipeline.repair.kept_forms import kept_forms
from pipeline.repair.script import restore_config, restored

STORY = ("新华社杭州4月2日电 天刚亮，采茶工们就背着竹筐上了山。村里的老支书沿着石阶走在前头，对着满坡新绿说，"
         "这本专著由他编著，显著提高了村里茶叶的名气。理想像一盏灯，照亮了大家的路。")


def _converted(config: str, text: str = STORY) -> str:
    converted: str = opencc_converter(config).convert(text)
    return converted


def test_the_forms_are_those_a_converter_writes_and_the_restoration_keeps() -> None:
    assert "背" in kept_forms("t2s")["揹"] and "背" in kept_forms("tw2s")["揹"]
    # s2tw's 著 for 着 is kept by t2s (a page mixing 着 and 著 is restored with it), never by tw2s
    assert "着" in kept_forms("t2s")["著"] and "著" not in kept_forms("tw2s")


def test_each_converter_s_page_comes_back_whole() -> None:
    for config in ("s2t", "s2tw", "s2hk"):
        page = _converted(config)
        assert "揹" in page
        assert repair_text(page).text == STORY, config


def test_a_page_mixing_the_particles_is_read_word_by_word() -> None:
    # s2tw's 著 for 着 where the restoration is t2s (a page mixing converters): 沿著, 對著, 揹著 make no word
    page = _converted("s2tw")
    assert restored(page, "t2s") == STORY


def test_the_particle_of_a_farm_s_simplified_lines_does_not_choose_the_restoration() -> None:
    # the farm's simplified chrome writes 着, the story s2tw's 著 (帶著孩子: no word says 着 there): tw2s
    story = "新华社杭州4月2日电 周末，不少家长带着孩子来到茶园，沿着石阶采茶。"
    page = "热门推荐：看着办吧\n" + _converted("s2tw", story)
    assert restore_config(page) == "tw2s"
    assert repair_text(page).text.split("\n")[1] == story


def test_forms_standing_in_words_of_their_own_stay() -> None:
    # 著 of 专著, 编著, 显著, 著有 makes a word; 理想 holds 想, so 像 is no 想象
    assert restored("這本專著由他編著，顯著提高了名氣，他還著有一本書。理想像一盞燈。", "t2s") == (
        "这本专著由他编著，显著提高了名气，他还著有一本书。理想像一盏灯。")
    # unchanged lines are not read (a simplified page never restored keeps its characters)
    assert repair_text("他背着包沿著河走。").text == "他背着包沿著河走。"

