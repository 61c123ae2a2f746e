# ruff: noqa: E501
"""Audit38's folded-punctuation fix: a real-site page whose chrome writes its own full-width commas (a
disclaimer, related titles, comments) around an article a repost folded. The texts are our own; the test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

CHROME = ("<p>免责声明：本文仅代表作者观点，不代表本站立场。如有侵权，请联系删除，我们将及时处理，谢谢合作。</p>"
          "<p>声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责，转载请注明出处，谢谢。</p>"
          '<div class="comments"><p>网友A7x9：支持，希望多出这样的好政策，点赞，已转发。</p><p>江城老李：说得好，点个赞，我们那里也是这样，希望推广。</p></div>')


def _page(paras: list[str]) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>国产人形机器人发布 可完成搬运和巡检等任务_星河资讯网</title></head><body>'
            '<div class="main"><h1>国产人形机器人发布 可完成搬运和巡检等任务</h1><div class="article-body">\n'
            + "\n".join(f"<p>{p}</p>" for p in paras) + f"\n</div>{CHROME}</div></body></html>")


def test_a_folded_line_gets_its_byline_brackets_and_comma_before_a_digit_back_under_native_chrome_commas() -> None:
    """Twelve native commas in the chrome outnumber the article's folded ones, so the page is not folded
    wholesale; but a line with two or more commas folded between Han was folded whole: its byline bracket
    holding a space (电(记者 蒋一帆)18日) and a comma before a digit (获悉,2026年) are folds as well. The guard:
    a line with no folded comma keeps its ASCII bracket and its comma before a digit."""
    paras = ["中新网杭州4月18日电(记者 蒋一帆)18日,一家杭州企业发布新一代人形机器人,该机器人身高1.65米,重55公斤。",
             "记者从市教育局获悉,2026年全市义务教育阶段招生工作将于7月1日启动,今年继续实行网上报名,免试就近入学。",
             "据悉，该产品计划于今年三季度量产(暂定 9月)，首批将交付客户。截至目前,2000台订单已经排满。"]
    text = clean_html(_page(paras)).text.split("\n")
    assert text[0] == "中新网杭州4月18日电（记者 蒋一帆）18日，一家杭州企业发布新一代人形机器人，该机器人身高1.65米，重55公斤。"
    assert text[1] == "记者从市教育局获悉，2026年全市义务教育阶段招生工作将于7月1日启动，今年继续实行网上报名，免试就近入学。"
    assert text[2] == paras[2]


def test_a_folded_byline_bracket_with_anti_copy_noise_inside_is_widened() -> None:
    """A farm's anti-copy noise between the letters of a byline (an element its CSS hides, or a hidden span)
    stands inside the folded bracket; read without the elements it holds Chinese, a fold like the others.
    The guard: a bracket holding a Latin name after an inline element keeps its ASCII form on a page
    not folded wholesale."""
    style = "<style>.nqqsa{display:none}</style>"
    paras = ['中新网杭州4月18日电(记者 蒋<font class="nqqsa">p6</font>一帆)18日,一家杭州企业发布新一代人形机器人,该机器人身高1.65米,重55公斤。',
             '企业负责人介绍,该机器人搭载自主研发的运动控制算法,能够在楼梯<span style="display:none">今日看点</span>、斜坡等复杂地形行走。']
    page = _page(paras).replace("</head>", style + "</head>")
    text = clean_html(page).text.split("\n")
    assert text[0] == "中新网杭州4月18日电（记者 蒋一帆）18日，一家杭州企业发布新一代人形机器人，该机器人身高1.65米，重55公斤。"
    guard = ["据悉，该产品由一家杭州企业研发(英文名 <b>Walker</b>)，首批将交付客户，合同已经签订。"]
    assert clean_html(_page(guard)).text == "据悉，该产品由一家杭州企业研发(英文名 Walker)，首批将交付客户，合同已经签订。"
