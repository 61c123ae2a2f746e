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
