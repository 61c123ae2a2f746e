"""Audit42: a finance portal's story page of 2005 (one centred column of tables). Above the story the portal
prints its channel bar (short links joined by dashes: 雅虎 - 财经 - 新闻 - 科技- 汽车) and its quote bar (a
search prompt, 输入代号查询：, before a select and a text box, which are dropped as controls) at the top of the
story's cell, which holds the story's paragraphs, the related links and the pager: both bars open the article's
box. The page is our own writing in that template's shape."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.strip.heuristics import nav
from pipeline.strip.sentences import Context

TITLE = "男子网购退款获利三万余元被判刑"
PARAS = (
    "记者从市中级人民法院获悉，一名男子利用网购平台的退款规则漏洞，在一年多时间里恶意申请退款两百余次，近日被法院判刑。",
    "法院审理查明，被告人赵某在多家网店购买服装、日用品等商品，收货后谎称商品未收到，以虚假理由申请仅退款。",
    "法院认为，赵某以非法占有为目的，虚构事实、隐瞒真相，骗取他人财物，数额较大，其行为已构成诈骗罪。",
)
CHANNELS = ("门户", "财经", "新闻", "科技", "旅游", "汽车", "邮箱")


def _portal() -> str:
    bar = " - ".join(f'<a href="http://{n}.example-portal.cn/">{c}</a>' for n, c in enumerate(CHANNELS))
    nav = "".join(f'<td><a href="/{n}/">{c}</a></td>' for n, c in enumerate(("首页", "股市", "基金", "外汇", "债券")))
    related = "".join(f'<tr><td class="hd">·<a href="/news/{n}.html">{t}</a>（2004-12-30 07:31AM）</td></tr>'
                      for n, t in enumerate(("广西骗子演绎惊天骗局", "股市三十六计之以空对空")))
    return f"""<html><head><meta charset="gbk"><title>{TITLE}</title></head><body>
<div><b>{TITLE}</b></div><center><table><tr>{nav}</tr></table>
<table width="750"><tr><td width="550">
<table width="100%"><tr><td>&#160;</td><td nowrap align="right">{bar}</td></tr></table>
<table width="100%"><tr><td><img src="/fin_title.gif" alt="财经"></td><td align="right"><table><form action="/q">
<tr><td>输入代号查询(可同时多个)：<select name="m"><option>上海股市(.SS)</option><option>深圳股市(.SZ)</option></select>
<input size="10" name="s"> ( <a href="/lookup">代码查询</a>)</td></tr></form></table></td></tr></table>
{"".join(f"<p>{p}</p>" for p in PARAS)}
<table><tr><td class="hd">相关报道：</td></tr>{related}</table>
<table><tr><td>第1页/共1页 &lt;&lt; 上一页 | 下一页 &gt;&gt;</td></tr></table></td>
<td width="200"><a href="/top/1">财经新闻排行</a></td></tr></table>
<div class="footer">Copyright &copy; 2005 示例门户 版权所有 不得转载</div></center></body></html>"""


def test_the_portals_channel_and_quote_bars_do_not_open_the_body() -> None:
    rec = clean_html(_portal().encode("gbk"))
    assert (rec.title, rec.text) == (TITLE, "\n".join(PARAS))


def test_short_words_joined_by_dashes_in_prose_or_unlinked_are_no_menu() -> None:
    """A route or a score joined by dashes is the story's: it is no menu unless its items are links."""
    route = "北京 - 天津 - 济南 - 南京 - 上海"
    assert nav(route, Context(link_density=0.0)) is None
    assert nav(route, Context(link_density=0.45)) is not None
    assert nav("列车途经北京 - 天津 - 济南 - 南京 - 上海，全程约四个半小时。", Context(link_density=0.4)) is None
