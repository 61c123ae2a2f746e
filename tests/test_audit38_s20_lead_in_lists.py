# ruff: noqa: E501
"""Audit38 session 20: a folded lead-in's list and damaged lead-ins. On a page whose chrome writes its own
full-width commas (not folded wholesale), the label colons of the list under a folded lead-in (<li>网上报名:7月1日)
and the unit brackets of the cells of a table under one (<td>均价(元/公斤)</td>) were folded with it; a lead-in whose 如 was lost to a replacement (前三锟斤拷下:) or cut by a farm's noise element
holding Latin letters is still one. The texts are our own; the tests failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

CHROME = ("<p>免责声明：本文仅代表作者观点，不代表本站立场。如有侵权，请联系删除，我们将及时处理，谢谢合作。</p>"
          "<p>声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责，转载请注明出处，谢谢。</p>")
OPENING = "<p>记者从西岭镇农业服务中心获悉,今年秋季农机购置补贴申报工作即将启动,全镇预计补贴农机三百台。</p>\n"
LIST = "<ul><li>申报时间:9月1日至9月20日</li><li>审核公示:9月21日至9月30日</li><li>资金发放:10月中旬</li></ul>"


def _lines(body: str) -> list[str]:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>西岭镇秋季农机补贴申报启动_星河资讯网</title>'
            '<style>.x9{display:none}</style></head><body><div class="main"><h1>西岭镇秋季农机补贴申报启动</h1>'
            f'<div class="article-body">\n{body}\n</div>{CHROME}</div></body></html>')
    return clean_html(page).text.split("\n")


def test_the_label_colons_of_a_list_under_a_folded_lead_in_are_restored() -> None:
    text = _lines(OPENING + "<p>今年补贴申报工作的主要时间安排如下:</p>\n" + LIST)
    assert text[1:5] == ["今年补贴申报工作的主要时间安排如下：", "申报时间：9月1日至9月20日", "审核公示：9月21日至9月30日", "资金发放：10月中旬"]


TABLE = ('<table border="1" cellspacing="0" cellpadding="4" width="100%" class="price-table"><tbody><tr><td>机具</td>'
         '<td>补贴(万元/台)</td><td>名额(GDP口径)</td></tr><tr><td>拖拉机</td><td>1.2</td><td>40</td></tr></tbody></table>')


def test_the_unit_brackets_of_a_table_under_a_folded_lead_in_are_restored() -> None:
    """(A bracket holding Latin letters is left as it is.)"""
    text = _lines(OPENING + "<p>今年补贴额度和名额如下:</p>\n" + TABLE)
    assert text[1:3] == ["今年补贴额度和名额如下：", "机具 补贴（万元/台） 名额(GDP口径)"]
    assert _lines(OPENING + "<p>今年补贴额度和名额如下：</p>\n" + TABLE)[2] == "机具 补贴(万元/台) 名额(GDP口径)"


def test_a_lead_in_damaged_or_cut_by_latin_noise_still_closes_with_a_full_width_colon() -> None:
    assert _lines(OPENING + "<p>今年补贴申报工作的主要时间锟斤拷下:</p>\n" + LIST)[1] == "今年补贴申报工作的主要时间锟斤拷下："
    noisy = '<p>今年补贴申报工作<font class="x9">k6z</font>的主要时间安排如下:</p>\n'
    assert _lines(OPENING + noisy + LIST)[1] == "今年补贴申报工作的主要时间安排如下："


def test_a_lists_label_colons_stay_under_a_full_width_lead_in_or_with_no_lead_in() -> None:
    """The guards: a lead-in written full-width (the writer's own marks there), or a list under a plain
    sentence, keeps its items' ASCII label colons; a label line ending in 下 is no lead-in."""
    text = _lines(OPENING + "<p>今年补贴申报工作的主要时间安排如下：</p>\n" + LIST)
    assert text[2] == "申报时间:9月1日至9月20日"
    text = _lines(OPENING + "<p>中心工作人员提醒,农户应通过官方渠道申报。</p>\n" + LIST)
    assert text[2] == "申报时间:9月1日至9月20日"
    assert _lines(OPENING + "<p>西岭镇农业服务中心申报表格请点击下:</p>\n" + LIST)[1] == "西岭镇农业服务中心申报表格请点击下:"
