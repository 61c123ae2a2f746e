# ruff: noqa: E501
"""Audit19 page frames: the markup shapes of real sites for pages that are not a plain single article.
Each frame returns a whole page (str); the cases module encodes it."""

from __future__ import annotations

from html import escape as e

from a19_texts import Story


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{e(p)}</p>\n" for p in paras)


def doc(title: str, body: str, lang: str, head: str = "", html_attrs: str = "", charset: str = "utf-8", dir_: str = "") -> str:
    d = f' dir="{dir_}"' if dir_ else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{d}{html_attrs}><head><meta charset="{charset}">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{e(title)}</title>{head}</head>\n'
            f'<body>\n{body}\n</body></html>\n')


# ---------------------------------------------------------------- Chinese CMS frames
def zh_chrome(inner: str) -> str:
    return ('<div class="top"><div class="logo"><a href="/">江城新闻网</a></div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/bd/">本地</a></li>'
            '<li><a href="/ms/">民生</a></li><li><a href="/ty/">体育</a></li><li><a href="/wh/">文化</a></li></ul></div>\n'
            '<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/bd/">本地新闻</a> &gt; 正文</div>\n'
            f'<div class="main"><div class="left">{inner}</div>\n'
            '<div class="right"><div class="hot"><h3>热门排行</h3><ul><li><a href="/a/1.html">江城今冬首场雪预计下周到来</a></li><li><a href="/a/2.html">市区新增三条公交线路</a></li>'
            '<li><a href="/a/3.html">2026年江城中考政策解读</a></li><li><a href="/a/4.html">老街夜市本周末开市</a></li></ul></div></div></div>\n'
            '<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p><p>Copyright © 2026 江城新闻网 版权所有 鄂ICP备12345678号-1</p></div>')


def dede_article(s: Story, title_h1: str, paras: tuple[str, ...], pager: str, info: str) -> str:
    return zh_chrome(
        f'<div class="viewbox"><div class="title"><h2>{e(title_h1)}</h2></div>'
        f'<div class="info"><small>时间:</small>{info}</div>'
        f'<div class="content"><table width="100%"><tr><td>{ps(paras)}</td></tr></table></div>'
        f'<div class="dede_pages"><ul class="pagelist">{pager}</ul></div>'
        '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
        '<div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/2026/1117/301.html">市区新增三条公交线路</a></li><li>下一篇：<a href="/a/2026/1118/306.html">老街夜市本周末开市</a></li></ul></div></div></div>')


def dede_pager(cur: int, total: int, base: str) -> str:
    def url(n: int) -> str:
        return f"{base}.html" if n == 1 else f"{base}_{n}.html"
    out = [f"<li><a>共{total}页: </a></li>"]
    out.append(f'<li><a href="{url(cur - 1)}">上一页</a></li>' if cur > 1 else '<li><a href="#">上一页</a></li>')
    for n in range(1, total + 1):
        out.append(f'<li class="thisclass"><a href="#">{n}</a></li>' if n == cur else f'<li><a href="{url(n)}">{n}</a></li>')
    out.append(f'<li><a href="{url(cur + 1)}">下一页</a></li>' if cur < total else '<li><a href="#">下一页</a></li>')
    return "".join(out)


def zh_list_items(items: list[tuple[str, str, str]]) -> str:
    return "".join(f'<li><h3><a href="/a/2026/{i:02d}.html">{e(t)}</a></h3><p class="intro">{e(s)}</p><span class="info">日期：{d} 点击：{100 + 37 * i}</span></li>\n'
                   for i, (t, s, d) in enumerate(items))


ZH_LIST = [
    ("老城区雨污分流改造进入收尾阶段", "记者从市住建局获悉，今年启动的老城区雨污分流改造工程已完成百分之八十五的管网铺设，预计十二月底前全部完工……", "2026-11-18"),
    ("我市新增12处口袋公园", "今年以来，我市利用边角地、闲置地新建口袋公园12处，总面积约3.6万平方米，大多位于老旧小区周边……", "2026-11-12"),
    ("社区食堂开进老小区 老人吃饭不再犯愁", "近日，位于长青街道的社区食堂正式营业，周边三个老旧小区的老年居民有了就近吃饭的地方……", "2026-11-19"),
    ("江城至临港城际铁路开通运营", "11月28日上午，江城至临港城际铁路正式开通运营，两地最快通行时间缩短至38分钟……", "2026-11-28"),
    ("市图书馆推出“夜读”服务", "从本月起，市图书馆每周五、周六延长开放至晚上十点，推出“夜读”服务，开设自习区和亲子阅读区……", "2026-11-06"),
    ("江城博物馆新展开幕", "江城博物馆“千年运河”特展昨日开幕，展出文物两百余件，展览将持续至明年三月……", "2026-11-07"),
    ("高速服务区新增充电桩 春节返乡不用排长队", "记者从省交通投资集团了解到，全省高速公路服务区今年新增充电桩620个，已实现服务区充电设施全覆盖……", "2026-12-10"),
    ("湿地公园迎来首批越冬候鸟", "随着气温下降，城郊湿地公园近日迎来今年首批越冬候鸟，白鹭、苍鹭和多种野鸭在浅滩觅食栖息……", "2026-11-21"),
]

EN_LIST = [
    ("How a small town rebuilt its flooded library", "When the river broke its banks in March, the public library took in more than a metre of water. Here is how volunteers brought it back.", "November 14, 2026"),
    ("Council approves plan for riverside cycle path", "The city council voted 9-2 on Tuesday night to approve a 4.5-mile cycle path along the east bank of the river.", "November 4, 2026"),
    ("Bakery chain to open twelve new stores", "A regional bakery chain plans to open twelve new stores across the county next year, creating around 150 jobs.", "October 21, 2026"),
    ("Bus fares frozen for another year", "Bus fares across the region will stay at their current level until at least next December, the transport authority said.", "October 21, 2026"),
    ("Harbour ferry to run all night from December", "The harbour ferry will run a 24-hour service on weekends from the first of December, the transport authority announced.", "November 16, 2026"),
    ("In pictures: the harvest festival returns to the valley", "After a two-year break, the valley's harvest festival drew thousands of visitors over the weekend, with parades and tractor races.", "September 28, 2026"),
]


def en_chrome(inner: str, site: str = "Riverside Gazette") -> str:
    return (f'<header class="site-header"><a class="site-logo" href="/">{site}</a><nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>'
            '<li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/photos/">Photos</a></li></ul></nav>'
            '<form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form></header>\n'
            f'<main id="main">{inner}</main>\n'
            '<aside class="sidebar"><section class="most-read"><h2>Most read</h2><ol><li><a href="/news/1">Weekend weather: sun at last</a></li>'
            '<li><a href="/news/2">School wins national robotics prize</a></li><li><a href="/news/3">New ward opens at county hospital</a></li></ol></section>'
            '<section class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our free newsletter.</p><form><input type="email"><button>Sign up</button></form></section></aside>\n'
            f'<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>'
            f'<li><a href="/terms">Terms</a></li></ul><p>© 2026 {site}. All rights reserved.</p></footer>')
