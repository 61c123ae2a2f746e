"""Figures in a table that belongs to the article are body text, not page numbers."""

from __future__ import annotations

from pipeline.strip import extract_html

_PAGE = """<html><head><meta charset="utf-8"></head><body><h1>春茶收购价公布</h1><div class="content">
<p>县农业农村局4月12日公布今年春茶收购情况，全县春茶收购量比上年增加，主要乡镇数据如下：</p>
<table><tr><td>石门乡</td><td>1260</td><td>3.5</td></tr><tr><td>青溪镇</td><td>985</td><td>2.1</td></tr></table>
<p>农业农村局有关负责人表示，今年春季气温回升早，茶叶开采时间比往年提前了一周左右。</p>
<table class="pager"><tr><td><a href="/c/1.html">1</a></td><td><a href="/c/2.html">2</a></td>
<td><a href="/c/3.html">3</a></td><td><a href="/c/2.html">下一页</a></td></tr></table>
</div></body></html>"""


def test_figures_in_table_cells_are_kept_and_a_linked_pager_is_dropped() -> None:
    article = extract_html(_PAGE)
    assert "石门乡 1260 3.5" in article.paragraphs
    assert "青溪镇 985 2.1" in article.paragraphs
    assert not any("下一页" in p for p in article.paragraphs)


def test_the_heads_link_rel_next_names_the_next_page() -> None:
    page = ('<html><head><link rel="next" href="/c/88_2.html"></head><body><h1>春茶收购价公布</h1>'
            "<p>县农业农村局4月12日公布今年春茶收购情况，全县春茶收购量比上年增加。</p>"
            "<p>农业农村局有关负责人表示，今年春季气温回升早，茶叶开采时间比往年提前。</p></body></html>")
    assert extract_html(page, url="http://www.example.cn/c/88.html").next_pages == ["http://www.example.cn/c/88_2.html"]
