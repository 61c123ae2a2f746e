# ruff: noqa: E501
"""Audit38 session 21: two lines of PHPCMS v9's article template kept in a paged story's later page (one short
paragraph, so the whole article block is the region): its tags line under the story
(``<strong>相关热词搜索：</strong>标签：…``) and the info line left with its comment counter and hits label alone
(``评论：0 点击：``, no date or source on that page). The texts are our own; the tests failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.strip.metaline import meta_line
from pipeline.strip.sentences import Context

_TAGS = '<p style="margin-bottom:10px"><strong>相关热词搜索：</strong>标签：<a href="/tag/0/">地方新闻</a> <a href="/tag/1/">民生</a> <a href="/tag/2/">热点</a></p>'
_PAGER = '<div id="pages" class="text-c">共2页：<a href="/a/1110.html">上一页</a> <a href="/a/1110.html">1</a> <span class="current">2</span></div>'
_COUNTER = '评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span>'


def _page(info: str, body: str, after: str) -> str:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>本周蔬菜批发价格小幅回落_星河资讯网</title></head><body>'
            f'<div class="main"><div class="col-left"><div id="Article"><h1>本周蔬菜批发价格小幅回落<br /><span>{info}</span></h1>\n'
            f'<div class="content">{body}<p style="text-align:right">（责任编辑：刘倩）</p></div>\n{_PAGER}{after}</div></div></div></body></html>')
    return clean_html(page).text


_LAST = "<p>&emsp;&emsp;市场负责人分析，随着本地蔬菜集中上市，预计下周价格将继续小幅下降。</p>\n"


def test_the_counter_line_and_the_tags_line_go() -> None:
    assert _page(_COUNTER, _LAST, _TAGS) == "市场负责人分析，随着本地蔬菜集中上市，预计下周价格将继续小幅下降。"


def test_a_comment_quoted_in_prose_stays() -> None:
    """The guard: a line quoting a reader's comment (评论：) is prose, no counter."""
    body = _LAST + "<p>&emsp;&emsp;一位网友评论：“菜价降了，买菜的人也多了。”</p>\n"
    assert "一位网友评论：“菜价降了，买菜的人也多了。”" in _page(_COUNTER, body, "")


def test_a_comment_label_without_a_count_is_no_counter() -> None:
    """The guard: 评论： and a hits label, no number: one metadata mark only, as before."""
    assert meta_line("评论：好 点击：", Context()) is None
