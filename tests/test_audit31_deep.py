"""Audit31: an article nested past the walk's depth limit (wrappers hundreds deep, a 2000s portal's tables
inside tables, unclosed tags) keeps its headline, dateline and paragraphs apart; before, the whole subtree was
read as one glued line, the headline and date inside the body and the date unread."""

from __future__ import annotations

import pytest

from pipeline import clean_html

TITLE = "城西十二个老旧小区完成雨污分流改造"
PARAS = [
    "本报讯（记者 林晓川）经过八个月施工，城西街道十二个老旧小区的雨污分流改造工程日前全部完工，惠及居民四千三百余户。",
    "这些小区大多建于上世纪九十年代，雨水和生活污水长期共用一根管道，每逢暴雨，部分楼栋的地下室就会倒灌积水。",
    "改造完成后，雨水将经由新建管网直接排入河道，污水则接入市政管网送往污水处理厂。",
]
ARTICLE = (f'<div class="article"><h1>{TITLE}</h1><div class="info">2026-03-18 09:30 来源：城西日报</div>'
           '<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")


def _page(body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_城西资讯网</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>{body}'
            '<div class="footer">版权所有 2026 城西资讯网</div></body></html>')


@pytest.mark.parametrize("wrap", [
    ('<div class="wrap">' * 400, "</div>" * 400),
    ('<table width="100%"><tr><td class="cell">' * 90, "</td></tr></table>" * 90),
], ids=["divs_400_deep", "tables_90_deep"])
def test_a_deeply_nested_article_keeps_its_lines_apart(wrap: tuple[str, str]) -> None:
    record = clean_html(_page(wrap[0] + ARTICLE + wrap[1]))
    assert record.status == "ok"
    assert record.title == TITLE
    assert record.text == "\n".join(PARAS)
    assert record.published is not None and record.published.startswith("2026-03-18")
