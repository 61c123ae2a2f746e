# ruff: noqa: E501
"""Audit38 phase 2 (session 19b): a comma folded before a digit on a line whose only other comma is folded
between Han, on a page whose chrome writes its own full-width commas (so not folded wholesale); and a
lead-in's colon with a farm's hidden noise element inside its words. The texts are our own; the test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

CHROME = ("<p>免责声明：本文仅代表作者观点，不代表本站立场。如有侵权，请联系删除，我们将及时处理，谢谢合作。</p>"
          "<p>声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责，转载请注明出处，谢谢。</p>")


def _page(body: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>西岭镇秋季农机补贴申报启动_星河资讯网</title>'
            '<style>.qx7{display:none}</style></head><body>'
            f'<div class="main"><h1>西岭镇秋季农机补贴申报启动</h1><div class="article-body">\n{body}\n</div>{CHROME}</div></body></html>')


def test_a_comma_before_a_digit_is_folded_on_a_line_whose_other_comma_is_folded_between_han() -> None:
    """获悉,2026年 and 启动,今年 on one line with no full-width comma: the line was folded whole. The
    guard: a line whose only ASCII comma stands before a digit (截至目前,2000台) keeps it."""
    body = ("<p>记者从西岭镇农业服务中心获悉,2026年秋季农机购置补贴申报工作将于9月1日启动,今年继续实行网上申报。</p>\n"
            "<p>据悉，去年全镇共有三百余户农户申报补贴。截至目前,2000台农机已经登记在册。</p>")
    text = clean_html(_page(body)).text.split("\n")
    assert text[0] == "记者从西岭镇农业服务中心获悉，2026年秋季农机购置补贴申报工作将于9月1日启动，今年继续实行网上申报。"
    assert text[1] == "据悉，去年全镇共有三百余户农户申报补贴。截至目前,2000台农机已经登记在册。"


def test_a_lead_in_colon_is_restored_with_a_hidden_noise_element_inside_its_words() -> None:
    """安排如<font class="qx7">云端资讯站</font>下: reads 安排如下: once the hidden noise is gone."""
    body = ("<p>记者从西岭镇农业服务中心获悉,今年秋季农机购置补贴申报工作即将启动。</p>\n"
            '<p>今年补贴申报工作的主要时间安排如<font class="qx7">云端资讯站</font>下:</p>\n'
            "<ul><li>申报时间：九月上旬</li><li>审核公示：九月下旬</li></ul>\n"
            "<p>中心工作人员提醒,农户应通过官方渠道申报。</p>")
    assert clean_html(_page(body)).text.split("\n")[1] == "今年补贴申报工作的主要时间安排如下："
