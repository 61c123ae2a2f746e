"""Audit38 session 21: a converted page's anti-copy element holding the site's name (瞭<span style="display:none">
华夏热点网</span>解到) split OpenCC's phrase 了解, and 瞭 stayed: only elements holding no Han were read across. One
its own style hides is noise whatever it holds. The texts are our own; the test failed before the fix."""

from __future__ import annotations

import opencc

from pipeline import clean_html

_STORY = ("本报讯 记者从区住房和城乡建设局了解到，今年全市计划改造老旧小区四十个，惠及居民一万余户。"
          "据了解，改造内容包括加装电梯、更换管网和增设停车位。")


def _page(story: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>老旧小区改造提速</title></head><body>"
            f"<article><h1>老旧小区改造提速</h1><p>{story}</p></article></body></html>")


def _converted(noise: str) -> str:
    text = opencc.OpenCC("s2tw").convert(_STORY)
    for word, reading in (("區", "qū"), ("劃", "huà"), ("舊", "jiù"), ("記", "jì"), ("電", "diàn"), ("車", "chē")):
        text = text.replace(word, f"{word}({reading})", 1)
    assert text.count("瞭解") == 2
    return text.replace("瞭解", f"瞭{noise}解")


def test_a_hidden_element_holding_the_sites_name_is_read_across() -> None:
    record = clean_html(_page(_converted('<span style="display:none">华夏热点网</span>')))
    assert record.script == "simplified"
    assert "局了解到" in record.text and "据了解" in record.text
    assert "瞭" not in record.text and "华夏热点网" not in record.text


def test_a_shown_element_holding_han_is_no_noise() -> None:
    """The guard: an element the page shows (a link holding words) stands between two phrases, not inside one."""
    record = clean_html(_page(_converted('<a href="/x">华夏热点网</a>')))
    assert "瞭华夏热点网解" in record.text
