# ruff: noqa: E501
"""Audit38 phase 2 (session 19b): a WeChat copy's meta area, where 来源, the author and the account's name
stand in sibling spans on separate source lines. The texts are our own; the test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

BODY = ("<p>本报讯（记者 林晚舟）记者从市文旅局获悉，今年国庆假期全市共接待游客三百二十万人次，\n同比增长百分之十二。</p>"
        "<p>其中乡村旅游点接待游客一百一十万人次，占总量的三分之一以上，成为假期出游的热门选择。</p>"
        "<p>文旅局有关负责人表示，下一步将继续完善景区配套设施，提升游客的出行体验和满意度。</p>")


def _page(meta: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>国庆假期全市接待游客三百二十万人次</title></head><body>'
            '<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">\n国庆假期全市接待游客三百二十万人次\n</h1>\n'
            f'<div id="meta_content" class="rich_media_meta_list">\n{meta}\n</div>\n'
            f'<div class="rich_media_content" id="js_content">{BODY}</div></div></body></html>')


def test_the_source_span_ends_the_publisher_before_the_account_name_on_the_next_line() -> None:
    """来源：西岭晚报 in one span and the account 山城今日看点 in the next, on its own source line: the line
    break between two Chinese characters collapses, but the outlet ends with its span. The body's own
    wrapped line (人次，\\n同比) is still joined as before."""
    meta = ('<span class="rich_media_meta rich_media_meta_text">林晚舟</span>\n'
            '<span class="rich_media_meta rich_media_meta_text">来源：西岭晚报</span>\n'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">\n'
            '<a href="javascript:void(0);" id="js_name">\n            山城今日看点\n          </a>\n</span>')
    result = clean_html(_page(meta))
    assert result.publisher == "西岭晚报"
    assert "三百二十万人次，同比增长" in result.text


def test_an_outlet_whose_name_runs_on_in_a_link_inside_its_label_element_is_kept_whole() -> None:
    """The guard: 来源：<a>西岭</a>晚报 is one element's text, so the name is not cut at the link."""
    meta = '<p class="source">来源：<a href="http://www.xlwb.cn/">西岭</a>晚报</p>\n<span>山城今日看点</span>'
    assert clean_html(_page(meta)).publisher == "西岭晚报"
