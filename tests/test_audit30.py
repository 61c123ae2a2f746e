# ruff: noqa: E501
"""Audit30 fixes (Chinese government and institution pages, and farm reposts of them): each test fails on
the branch base."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html, extract_text

P = "\u3000\u3000"
FIRST = "为保障河道汛期安全，区水务局决定对沿河十二处排水口开展集中检修，检修期间相关路段实行临时交通管制。"
SECOND = "检修工作预计于六月底前完成，届时沿河排水能力将提高三成以上，市民如有疑问可拨打服务热线咨询。"


def _ps(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


@pytest.mark.parametrize("divs", [False, True])
def test_the_issuing_body_field_of_a_gov_table_or_div_list_is_the_publisher(divs: bool) -> None:
    fields = (("索引号", "11430100/2026-00210"), ("发文机关", "临江市水务局"), ("成文日期", "2026年05月20日"),
              ("发文字号", "临水发〔2026〕7号"), ("发布日期", "2026年05月22日"))
    if divs:  # spans glued with no space between: the next field's label ends the value
        block = '<div class="info">' + "".join(f"<span>{k}：</span><span>{v}</span>" for k, v in fields) + "</div>"
    else:
        block = "<table>" + "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in fields) + "</table>"
    html = (f'<html><body>{block}<div class="article"><h1>关于沿河排水口集中检修的通告</h1>'
            f'<div class="view">{_ps(FIRST, SECOND, FIRST)}</div></div></body></html>')
    art = extract_html(html)
    assert (art.publisher, art.published) == ("临江市水务局", "2026-05-22")


def _dump(*tail: str) -> str:
    return "\n\n".join(["当前位置：首页 > 校园新闻", "我校师生志愿服务队完成河道清理活动", "发布时间：2026-05-24", P + FIRST, P + SECOND, *tail]) + "\n"


@pytest.mark.parametrize(("tail", "author"), [
    (("供稿：环境科学学院", "撰稿：梁思远", "摄影：蒋一帆", "审核：韩立民"), "梁思远"),
    (("（供稿：环境科学学院　撰稿：梁思远　摄影：蒋一帆　审核：韩立民）",), "梁思远"),
    (("文/梁思远　图/蒋一帆", "审核：宣传部　编辑：陶然"), "梁思远"),
])
def test_an_institutions_credit_lines_closing_the_text_are_dropped_and_name_the_writer(tail: tuple[str, ...], author: str) -> None:
    art = extract_text(_dump(*tail))
    assert (art.paragraphs, art.author) == ([FIRST, SECOND], author)
    html = (f'<html><body><h1>我校师生志愿服务队完成河道清理活动</h1><div class="info">发布时间：2026-05-24</div>'
            f'<div class="v_news_content">{_ps(FIRST, SECOND, FIRST, *tail)}</div></body></html>')
    art = extract_html(html)
    assert (art.paragraphs, art.author) == ([FIRST, SECOND, FIRST], author)


def test_a_closing_sentence_naming_a_writer_is_text() -> None:
    last = "全书由三位教师共同撰稿：梁思远负责前两章，其余章节由韩立民完成。"
    assert extract_text(_dump(P + last)).paragraphs == [FIRST, SECOND, last]


def test_a_gov_pages_explainer_links_under_a_dumped_document_are_dropped() -> None:
    text = _dump("相关解读：", "图解：我区沿河排水口集中检修六项安排", "一图读懂沿河排水口检修期间的出行提示").replace(
        "我校师生志愿服务队完成河道清理活动", "关于沿河排水口集中检修的通告")
    assert extract_text(text).paragraphs == [FIRST, SECOND]
