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
