# ruff: noqa: E501
"""Audit38 session 20: a Discuz! portal article's info line under its headline with no date and no source in it
(发布者: admin|查看: 1867|评论: 0) was kept as the body's first line: three fields are no menu of four, and its
labels were not metadata marks. The texts are our own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

# Discuz writes its paragraphs as text between <br />s.
BODY = ("&nbsp;&nbsp;&nbsp;&nbsp;本报讯（记者 柯远舟）记者从市园林局获悉，城西湿地公园二期工程日前完工，新增步道八公里，将于本月底向市民开放。<br />\n<br />\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;园林局有关负责人介绍，二期工程新种植乔木一万余株，并配套建设了观鸟屋和科普长廊。<br />\n<br />\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;市民韦女士说，家门口又多了一个散步的好去处，周末准备带孩子来看看。<br />\n")

# The portal's footer (with it, the info line was read as the article's first line before the fix).
FOOTER = ('<div id="ft" class="wp cl"><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong></p>'
          '<p class="xs0">网站地图 | 联系我们<br>Copyright &copy; 2010-2026 星河资讯网</p>'
          '<p>声明：本站部分文章转载自网络，转载目的在于传递信息，如有侵权请联系我们删除。</p></div></div>')


def _page(info: str, body: str = BODY) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>城西湿地公园二期月底开放 - 星河资讯网</title></head><body>'
            '<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">城西湿地公园二期月底开放</h1>'
            f'{info}</div>\n<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{body}'
            '</td></tr></table></div></div></div></div>' + FOOTER + '</body></html>')


def test_a_discuz_info_line_of_poster_views_and_comments_is_dropped() -> None:
    info = '<p class="xg1">发布者: admin<span class="pipe">|</span>查看: 1867<span class="pipe">|</span>评论: 0</p>'
    text = clean_html(_page(info)).text
    assert text.startswith("本报讯（记者 柯远舟）") and "1867" not in text


def test_a_sentence_naming_comments_and_views_stays() -> None:
    """The guard: a one-sentence paragraph holding 评论： and 查看： is the article's (发表评论： is prose)."""
    line = "<p>截至发稿，已有两千多名网友在园林局网站上发表评论：查看：人次突破十万，不少市民表示期待。</p>\n"
    assert "发表评论：查看：人次突破十万" in clean_html(_page("", BODY + line)).text
