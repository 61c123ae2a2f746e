# ruff: noqa: E501
"""Audit41's chrome and page shapes: the seed's text dump (spam keyword line, NBSP lines around a converted and
annotated crumb, the title between blank lines, em-space indents, a blank line between paragraphs) with optional
info line and footers, and four farm HTML templates of our own: a div farm, an old table-layout farm with
<br> paragraphs, a blog theme with Open Graph tags, and a mobile share page."""

from __future__ import annotations

import html
import random
from collections.abc import Callable

SPAM_WORDS = ("国产精品", "免费视频", "在线观看", "午夜影院", "高清无码", "亚洲综合", "日韩精品", "久久精品", "澳门赌场",
              "百家乐", "彩票平台", "体育投注", "真人娱乐", "无码专区", "美女直播", "夜夜爽", "不卡", "91")
CRUMB_HEADS = ("当前位置 : 首页", "当前位置：首页", "您现在的位置：首页", "位置：网站首页", "首页")
CRUMB_SEPS = (" > ", " » ", " >> ", " - ", "&gt;")
CHANNELS = ("资讯中心", "时政要闻", "社会新闻", "财经频道", "科技前沿", "体育新闻", "文化教育", "地方动态", "健康生活")
FOOT_LINES = (
    "版权声明：本站部分内容来源于网络，如有侵权请联系删除。",
    "免责声明：本文仅代表作者个人观点，与本站无关。",
    "分享到：微信 微博 QQ空间",
    "（责任编辑：王明）",
    "扫一扫，关注我们的微信公众号",
)
NAV = ("首页", "新闻", "财经", "体育", "娱乐", "科技", "教育", "健康", "房产", "汽车")
OTHER_TITLES = ("多地出台措施促进消费回暖", "今年夏粮收购工作全面展开", "城市更新行动取得阶段性成效",
                "新一批国家级非遗代表性项目名录公布", "高校毕业生就业服务专项行动启动", "秋冬季节如何科学进补")


def spam_title(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 5)):
        words = rng.sample(SPAM_WORDS, rng.randint(2, 4))
        parts.append(("久久" if rng.random() < 0.5 else "") + "".join(words))
    return rng.choice(("-", "_", ",", "|")).join(parts)


def crumb(rng: random.Random) -> str:
    sep = rng.choice(CRUMB_SEPS[:4])
    return sep.join([rng.choice(CRUMB_HEADS), *rng.sample(CHANNELS, rng.randint(1, 2))])


def info_line(date: str, source: str | None, author: str | None, rng: random.Random) -> str:
    t = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}" + (f":{rng.randint(0, 59):02d}" if rng.random() < 0.5 else "")
    parts = [f"{rng.choice(('发布时间：', '时间：', '日期：', ''))}{date} {t}"]
    if source:
        parts.append(f"来源：{source}")
    if author:
        parts.append(f"作者：{author}")
    return rng.choice(("　", "  ", " | ", "\xa0\xa0")).join(parts)


def footers(rng: random.Random) -> list[str]:
    out = rng.sample(FOOT_LINES, rng.randint(1, 3))
    if rng.random() < 0.5:
        a, b = rng.sample(OTHER_TITLES, 2)
        out += [f"上一篇：{a}", f"下一篇：{b}"]
    return out


def text_dump(head: list[str], title: str, info: str | None, paras: list[str], foot: list[str], indent: str) -> str:
    """The seed's layout: spam line, blank, NBSP, crumb, NBSP, blank, title, two blanks, paragraphs a blank
    line apart (indented), then the footers."""
    lines = [head[0], "", "\xa0", head[1], "\xa0", "", title, ""]
    if info:
        lines += [info, ""]
    lines.append("")
    for p in paras:
        lines += [indent + p, ""]
    lines += foot
    return "\n".join(lines) + "\n"


E = html.escape


def _ps(paras: list[str], indent: str) -> str:
    return "\n".join(f"<p>{E(indent + p)}</p>" for p in paras)


def farm_div(d: dict[str, object]) -> str:
    rel = "".join(f'<li><a href="/n/{i}.html">{E(t)}</a><span>2026-0{i % 9 + 1}-1{i}</span></li>' for i, t in enumerate(d["others"]))  # type: ignore[arg-type]
    return f"""<!DOCTYPE html>
<html><head>{d["meta"]}<title>{E(str(d["spam"]))}</title>
<meta name="keywords" content="{E(str(d["spam"]))}"><meta name="description" content="{E(str(d["spam"]))}">
</head><body>
<div class="top"><div class="logo"><a href="/">{E(str(d["spam"]).split("-")[0])}</a></div>
<ul class="nav">{"".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(NAV))}</ul></div>
<div class="crumb">{E(str(d["crumb"]))}</div>
<div class="main"><div class="article">
<h1>{E(str(d["title"]))}</h1>
<div class="info">{E(str(d["info"] or ""))}</div>
<div class="content">
{_ps(d["paras"], str(d["indent"]))}
</div>
<div class="pages"><a href="/n/1.html">上一篇：{E(str(d["others"][0]))}</a> <a href="/n/2.html">下一篇：{E(str(d["others"][1]))}</a></div>
</div>
<div class="side"><h3>相关文章</h3><ul>{rel}</ul></div></div>
<div class="foot"><p>{"</p><p>".join(E(x) for x in d["foot"])}</p><p>Copyright © 2026 版权所有 备案号：京ICP备12345678号-1</p></div>
</body></html>"""  # type: ignore[index,arg-type]


def farm_table(d: dict[str, object]) -> str:
    body = "<br>\n<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + E(p) for p in d["paras"])  # type: ignore[attr-defined]
    return f"""<html>
<head>{d["meta"]}
<title>{E(str(d["spam"]))}</title>
</head>
<body bgcolor="#FFFFFF">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="nav">{" | ".join(f'<a href="/{n}.asp">{n}</a>' for n in NAV)}</td></tr>
<tr><td class="crumb">{E(str(d["crumb"]))}</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td align="center" class="bt"><font size="4"><b>{E(str(d["title"]))}</b></font></td></tr>
<tr><td align="center" class="rq"><font color="#666666">{E(str(d["info"] or ""))}</font></td></tr>
<tr><td class="zw"><font style="font-size:14px">
{body}
</font></td></tr></table>
</td><td width="260" valign="top"><table><tr><td class="lm">热门文章</td></tr>
{"".join(f'<tr><td>·<a href="/show.asp?id={i}">{E(t)}</a></td></tr>' for i, t in enumerate(d["others"]))}
</table></td></tr></table>
<table width="960" align="center"><tr><td align="center">{"<br>".join(E(x) for x in d["foot"])}<br>Copyright 2006-2026 All Rights Reserved</td></tr></table>
</body></html>"""  # type: ignore[attr-defined]


def blog(d: dict[str, object]) -> str:
    iso = f"{d['date']}T08:30:00+08:00"
    return f"""<!doctype html>
<html lang="zh-CN"><head>{d["meta"]}
<title>{E(str(d["spam"]))}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{E(str(d["title_plain"]))}">
<meta property="article:published_time" content="{iso}">
</head><body class="single">
<header class="site-header"><a class="site-title" href="/">{E(str(d["spam"]).split("-")[0])}</a>
<nav>{"".join(f'<a href="/c/{i}">{n}</a>' for i, n in enumerate(NAV[:6]))}</nav></header>
<main><article class="post">
<header class="entry-header"><h2 class="entry-title">{E(str(d["title"]))}</h2>
<div class="entry-meta"><time datetime="{iso}">{d["date"]}</time> <span class="cat">{E(str(d["channel"]))}</span> <span class="src">{E(str(d["info"] or ""))}</span></div></header>
<div class="entry-content">
{_ps(d["paras"], str(d["indent"]))}
</div>
<footer class="entry-footer">标签：<a href="/tag/1">热点</a> <a href="/tag/2">关注</a></footer>
</article>
<aside class="widget"><h3 class="widget-title">最新文章</h3><ul>{"".join(f'<li><a href="/p/{i}">{E(t)}</a></li>' for i, t in enumerate(d["others"]))}</ul></aside>
</main><footer class="site-footer">{"".join(f"<p>{E(x)}</p>" for x in d["foot"])}</footer>
</body></html>"""  # type: ignore[attr-defined]


def mobile(d: dict[str, object]) -> str:
    body = "\n".join(f'<p><span style="font-size:16px;">{E(str(d["indent"]) + p)}</span></p>' for p in d["paras"])  # type: ignore[attr-defined]
    return f"""<!DOCTYPE html>
<html><head>{d["meta"]}<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(str(d["spam"]))}</title></head>
<body><div class="m-top"><a href="/">返回首页</a><span>{E(str(d["channel"]))}</span></div>
<section class="art">
<h1 class="tit">{E(str(d["title"]))}</h1>
<p class="src">{E(str(d["info"] or ""))}</p>
<div class="txt">
{body}
</div>
<div class="more">点击展开全文</div>
</section>
<div class="app-bar"><a href="/app">打开APP，阅读体验更佳</a></div>
<div class="rec"><h4>猜你喜欢</h4>{"".join(f'<a href="/m/{i}">{E(t)}</a>' for i, t in enumerate(d["others"]))}</div>
<div class="ft">{"".join(f"<span>{E(x)}</span>" for x in d["foot"])}</div>
</body></html>"""  # type: ignore[attr-defined]


TEMPLATES: dict[str, Callable[[dict[str, object]], str]] = {"div": farm_div, "table": farm_table, "blog": blog, "mobile": mobile}
