# ruff: noqa: E501
"""Audit38 phase 2 (session 19b): a colon closing a list's lead-in (安排如下:), folded by a repost on a page whose
chrome writes its own full-width commas, so the page is not folded wholesale. The texts are our own; the
test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

CHROME = ("<p>免责声明：本文仅代表作者观点，不代表本站立场。如有侵权，请联系删除，我们将及时处理，谢谢合作。</p>"
          "<p>声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责，转载请注明出处，谢谢。</p>")


def _page(body: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>西岭镇秋季农机补贴申报启动_星河资讯网</title></head><body>'
            f'<div class="main"><h1>西岭镇秋季农机补贴申报启动</h1><div class="article-body">\n{body}\n</div>{CHROME}</div></body></html>')


LIST = "<ul><li>申报时间：9月1日至9月20日</li><li>审核公示：9月21日至9月30日</li><li>资金发放：10月中旬</li></ul>"


def test_a_folded_colon_closing_a_chinese_lead_in_is_restored_under_native_chrome_commas() -> None:
    """The article's commas were folded (one a line: no line is folded whole), its lead-in's colon with
    them, an ideographic space trailing it; the chrome's nine full-width commas keep the page from being
    folded wholesale. The guard: the lead-in's colon on a page with no folded comma is the writer's own."""
    body = ("<p>记者从西岭镇农业服务中心获悉,今年秋季农机购置补贴申报工作即将启动。</p>\n"
            "<p>今年补贴申报工作的主要时间安排如下:\u3000</p>\n" + LIST + "\n"
            "<p>中心工作人员提醒,农户应通过官方渠道申报。</p>")
    text = clean_html(_page(body)).text.split("\n")
    assert text[1] == "今年补贴申报工作的主要时间安排如下："
    plain = body.replace(",", "，")
    assert clean_html(_page(plain)).text.split("\n")[1] == "今年补贴申报工作的主要时间安排如下:"


def test_a_label_colon_and_a_lead_in_holding_latin_letters_keep_their_ascii_colon() -> None:
    """Not a lead-in: a label ending its line (联系电话:) is the page's own; a line holding Latin letters
    (the GDP figures) is not Chinese only, so it is not touched either."""
    body = ("<p>记者从西岭镇农业服务中心获悉,今年秋季农机购置补贴申报工作即将启动。</p>\n"
            "<p>西岭镇农业服务中心咨询联系电话:</p>\n<p>今年全镇GDP主要构成如下:</p>\n" + LIST + "\n"
            "<p>中心工作人员提醒,农户应通过官方渠道申报。</p>")
    text = clean_html(_page(body)).text.split("\n")
    assert text[1] == "西岭镇农业服务中心咨询联系电话:"
    assert text[2] == "今年全镇GDP主要构成如下:"
