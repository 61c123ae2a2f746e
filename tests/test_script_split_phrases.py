"""A converted page whose anti-copy elements split OpenCC's phrases (瞭<span hidden>0w</span>解到): the
phrase is restored whole (了解到, not 瞭解到), the element is left to the strip stage."""

from __future__ import annotations

import opencc

from pipeline import clean_html

_NOISE = '<span style="display:none">7k</span>'
_STORY = ("本报讯 记者从区教育局了解到，今年全区新建改建学校食堂十二个，惠及学生一万余名。"
          "据了解，食堂全部实行明厨亮灶，家长可以通过手机查看后厨画面。")


def _page(story: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>全区新建改建学校食堂十二个</title></head><body>"
            f"<article><h1>全区新建改建学校食堂十二个</h1><p>{story}</p></article></body></html>")


def _converted_with_readings() -> str:
    """s2tw output with readings on some converted characters (the converter's fingerprint) and the
    farm's noise inside both 瞭解."""
    text = opencc.OpenCC("s2tw").convert(_STORY)
    for word, reading in (("區", "qū"), ("學", "xué"), ("飯", "fàn"), ("記", "jì"), ("務", "wù"), ("機", "jī")):
        text = text.replace(word, f"{word}({reading})", 1)
    assert text.count("瞭解") == 2
    return text.replace("瞭解", f"瞭{_NOISE}解")


def test_a_phrase_split_by_an_anti_copy_element_is_converted_whole() -> None:
    record = clean_html(_page(_converted_with_readings()))
    assert record.script == "simplified"
    assert "了解到" in record.text and "据了解" in record.text
    assert "瞭" not in record.text and "7k" not in record.text


def test_a_genuine_traditional_page_with_the_same_noise_is_left() -> None:
    story = "記者從區教育局瞭解到，今年全區新建學校餐廳十二間。「家長可以透過手機查看後廚畫面」，校方表示。"
    record = clean_html(_page(story.replace("瞭解", f"瞭{_NOISE}解")))
    assert record.script == "traditional"
    assert "瞭解到" in record.text


def test_a_phrase_at_the_edge_of_the_run_around_an_element_is_not_cut() -> None:
    """The element after 替補 has 藉替補 on its left: converted alone, 藉 (of 憑藉, 凭借 in s2t's input) stays 藉;
    read inside its neighbours the phrase is whole again."""
    story = "第三节客队一度将分差追至3分，但主队凭借替补阵容的出色发挥再度拉开比分。"
    converted = opencc.OpenCC("s2t").convert(story).replace("替補", f"替補{_NOISE}")
    for word, reading in (("隊", "duì"), ("將", "jiāng"), ("陣", "zhèn"), ("發", "fā")):
        converted = converted.replace(word, f"{word}({reading})", 1)
    record = clean_html(_page(converted))
    assert record.script == "simplified"
    assert record.text == story, record.text
