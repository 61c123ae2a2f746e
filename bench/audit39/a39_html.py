# ruff: noqa: E501
"""Audit39 page templates: six families of pages Taiwan and Hong Kong readers meet — a Taiwan news portal
(header, 首頁 > 生活, share bar, 延伸閱讀, 熱門新聞, 留言, 版權所有 footer, JSON-LD), a Hong Kong news
site (a 明報-style 記者 byline), a Blogger repost (張貼者 is the blogger, not the reporter; a 新聞來源 line),
a PTT-style forum post (the 1.媒體來源 … 4.完整新聞內文 form, 推文 under it), a Big5 legacy CMS in tables
and ``<font>`` with a 發佈日期 line in ROC years, and a mobile page. Each places the pieces of ``Parts``
where its family does; a piece the draw left out ('') leaves no trace."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from a39_chrome import Chrome


@dataclass
class Info:
    """What the page states about the article, as the page writes it ('' where it does not)."""
    date: str = ""
    iso: str = ""
    source: str = ""
    author: str = ""
    blogger: str = ""
    org: str = ""  # the outlet a Hong Kong byline names before 記者


@dataclass
class Parts:
    title_tag: str  # escaped
    title: str  # escaped
    story_title: str  # plain, as the page converted it (for JSON-LD and the forum's fields)
    info: Info
    blocks: list[str]  # the article's paragraphs as HTML (each a <p> or a <br> run), promo included
    paras: list[str]  # the paragraphs as plain text (the forum writes them as text)
    chrome: Chrome
    charset_meta: str
    url: str
    lang: str
    source_note: str = ""  # a repost's own 新聞來源 line after the story ('' when none)
    jsonld: bool = False
    forum: bool = False

    @property
    def content(self) -> str:
        return "\n".join(self.blocks)


def _head(p: Parts, extra: str = "") -> str:
    ld = ""
    if p.jsonld:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.story_title, "datePublished": p.info.iso or None,
                "author": {"@type": "Person", "name": p.info.author} if p.info.author else None, "publisher": {"@type": "Organization", "name": p.chrome.site}}
        ld = f'<script type="application/ld+json">{json.dumps({k: v for k, v in data.items() if v}, ensure_ascii=False)}</script>'
    og = f"[新聞] {p.title}" if p.forum else p.title  # (PTT's og:title carries the board's tag as its <title> does)
    return f'<!DOCTYPE html>\n<html lang="{p.lang}"><head>{p.charset_meta}<title>{p.title_tag}</title><meta property="og:title" content="{og}">{extra}{ld}</head>\n'


def _list(title: str, items: str, tag: str = "ul", cls: str = "") -> str:
    return f'<section class="{cls}"><h3>{title}</h3><{tag}>{items}</{tag}></section>' if items else ""


def tw_portal(p: Parts) -> str:
    c, i = p.chrome, p.info
    info = "".join((f'<time datetime="{i.iso}">{escape(i.date)}</time>' if i.date else "", f'<span class="source">來源：{escape(i.source)}</span>' if i.source else "",
                    f'<span class="reporter">記者 {escape(i.author)}</span>' if i.author else ""))
    return (_head(p) + f'<body><header class="site-header"><a class="logo" href="/">{escape(c.site)}</a>' + (f'<nav class="main-nav"><ul>{c.nav}</ul></nav>' if c.nav else "") + "</header>\n"
            + (f'<div class="breadcrumb">{c.crumb}</div>' if c.crumb else "")
            + f'<main class="container"><article class="article"><h1 class="article-title">{p.title}</h1>\n<div class="article-info">{info}</div>\n'
            + (f'<div class="share-bar">{c.share}</div>' if c.share else "")
            + f'<div class="article-body">\n{p.content}\n' + (f'<p class="editor">{escape(c.editor)}</p>' if c.editor else "") + "</div>\n"
            + (f'<div class="article-tags">{c.tags}</div>' if c.tags else "")
            + _list("延伸閱讀", c.related, cls="related-news")
            + (f'<section class="comments"><h3>留言</h3>{c.comments}</section>' if c.comments else "")
            + "</article>\n" + (f'<aside class="sidebar">{_list("熱門新聞", c.hot, "ol", "hot-news")}</aside>' if c.hot else "") + "</main>\n"
            + (f'<footer class="site-footer"><p>{escape(c.disclaimer)}</p><p>{c.footer}</p></footer>' if c.footer or c.disclaimer else "")
            + "\n</body></html>\n")


def hk_news(p: Parts) -> str:
    c, i = p.chrome, p.info
    return (_head(p) + f'<body><div id="header"><div class="logo"><a href="/">{escape(c.site)}</a></div>' + (f'<ul class="menu">{c.nav}</ul>' if c.nav else "") + "</div>\n"
            + (f'<div id="breadcrumb">{c.crumb}</div>' if c.crumb else "")
            + f'<div id="content"><div class="article"><h1 class="news-title">{p.title}</h1>\n'
            + (f'<div class="news-meta"><span class="date">{escape(i.date)}</span></div>' if i.date else "")
            + (f'<div class="reporter">{escape(i.org)}記者 {escape(i.author)}</div>' if i.author else "")
            + (f'<div class="share">{c.share}</div>' if c.share else "")
            + f'<div id="article-body" class="news-content">\n{p.content}\n</div>\n'
            + (f'<div class="tags">{c.tags}</div>' if c.tags else "")
            + (f'<div class="related-news"><h4>相關新聞</h4><ul>{c.related}</ul></div>' if c.related else "")
            + "</div>" + (f'<div class="popular"><h4>熱門</h4><ol>{c.hot}</ol></div>' if c.hot else "") + "</div>\n"
            + (f'<div id="footer"><p>{escape(c.disclaimer)}</p><p>{c.footer}</p></div>' if c.footer or c.disclaimer else "")
            + "\n</body></html>\n")


def blog(p: Parts) -> str:
    c, i = p.chrome, p.info
    n = c.comments.count('class="comment"')
    comments = f'<div class="comments" id="comments"><h4>{n} 則留言：</h4>{c.comments}</div>' if c.comments else ""
    tags = f' 標籤： {c.tags}' if c.tags else ""
    return (_head(p) + f'<body class="variant-simple"><div class="header-outer"><h1 class="title"><a href="/">{escape(c.site)}</a></h1><p class="description">每天分享生活好康與即時新聞</p></div>\n'
            + '<div class="main-inner"><div class="date-outer">' + (f'<h2 class="date-header"><span>{escape(i.date)}</span></h2>' if i.date else "")
            + f'<div class="post hentry"><h3 class="post-title entry-title">{p.title}</h3>\n<div class="post-body entry-content" id="post-body-7321">\n{p.content}\n'
            + (f"<p>{p.source_note}</p>" if p.source_note else "") + "</div>\n"
            + f'<div class="post-footer">張貼者： <span class="fn">{escape(i.blogger)}</span> 於 <a class="timestamp-link" href="{p.url}"><abbr class="published" title="{i.iso}">上午10:30</abbr></a>{tags}</div>'
            + (f'<div class="post-share-buttons">{c.share}</div>' if c.share else "") + "</div>\n" + comments + "</div></div>\n"
            + '<div class="sidebar">' + (f'<div class="widget PopularPosts"><h2>熱門文章</h2><ul>{c.hot}</ul></div>' if c.hot else "")
            + '<div class="widget BlogArchive"><h2>網誌存檔</h2><ul><li><a href="/2026/">► 2026</a> (128)</li><li><a href="/2025/">► 2025</a> (342)</li></ul></div></div>\n'
            + f'<div class="footer-outer">{c.footer} 技術提供：<a href="https://www.blogger.com">Blogger</a>.</div>\n</body></html>\n')


def forum(p: Parts) -> str:
    c, i = p.chrome, p.info
    meta = "".join(f'<div class="article-metaline"><span class="article-meta-tag">{k}</span><span class="article-meta-value">{v}</span></div>'
                   for k, v in (("作者", "kimo520 (小K)"), ("標題", f"[新聞] {p.title}"), ("時間", "Tue Dec  1 10:30:12 2026")))
    text = (f"1.媒體來源:\n{escape(i.source)}\n\n2.記者署名:\n{escape(i.author)}\n\n3.完整新聞標題:\n{p.title}\n\n4.完整新聞內文:\n"
            + "\n\n".join(p.blocks) + f"\n\n5.完整新聞連結 (或短網址):\n{p.url}\n\n6.備註:\n天氣變化大，大家注意\n\n--\n")
    pushes = "".join(f'<div class="push"><span class="hl push-tag">{t} </span><span class="f3 hl push-userid">{u}</span><span class="f3 push-content">: {escape(x)}</span><span class="push-ipdatetime"> 12/01 1{n}:3{n}\n</span></div>'
                     for n, (t, u, x) in enumerate((("推", "abc123", "推"), ("→", "tonyli", "長知識了"), ("推", "winnie88", "感謝分享")))) if c.comments else ""
    return (_head(p) + '<body><div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a><span>&rsaquo;</span><a class="board" href="/bbs/Gossiping/index.html"><span class="board-label">看板 </span>Gossiping</a></div></div>\n'
            + f'<div id="main-container"><div id="main-content" class="bbs-screen bbs-content">{meta}\n{text}'
            + '<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 111.243.12.34 (臺灣)\n</span><span class="f2">※ 文章網址: <a href="https://www.ptt.cc/bbs/Gossiping/M.1764555012.A.1F3.html" target="_blank" rel="noopener">https://www.ptt.cc/bbs/Gossiping/M.1764555012.A.1F3.html</a>\n</span>'
            + f"{pushes}</div></div>\n</body></html>\n")


def big5cms(p: Parts) -> str:
    c, i = p.chrome, p.info
    nav = " | ".join(f"<a href=\"/{k}/\">{x}</a>" for k, x in enumerate(("首頁", "最新消息", "地方新聞", "生活資訊", "聯絡我們"))) if c.nav else ""
    info = "　".join(x for x in (f"發佈日期：{escape(i.date)}" if i.date else "", f"資料來源：{escape(i.source)}" if i.source else "",
                                f"記者：{escape(i.author)}" if i.author else "", "瀏覽人次：1234" if i.date else "") if x)
    rows = "".join(f'<tr><td><font size="2">・{x}</font></td></tr>' for x in c.related.replace("<li>", "").split("</li>") if x)
    hot = "".join(f'<tr><td><font size="2">{x}</font></td></tr>' for x in c.hot.replace("<li>", "").split("</li>") if x)
    return (f'<html><head>{p.charset_meta}<title>{p.title_tag}</title></head>\n<body bgcolor="#FFFFFF" topmargin="0">'
            + f'<table width="980" align="center" border="0"><tr><td><img src="/images/logo.gif" alt="{escape(c.site)}"></td><td align="right"><font size="2">{nav}</font></td></tr></table>\n'
            + '<table width="980" align="center" border="0"><tr><td width="700" valign="top">' + (f'<font size="2">{c.crumb}</font>' if c.crumb else "")
            + f'<table width="100%" border="0"><tr><td align="center"><font size="4" color="#003399"><b>{p.title}</b></font></td></tr>\n'
            + (f'<tr><td align="center"><font size="2" color="#666666">{info}</font></td></tr>' if info else "")
            + f'<tr><td class="content"><font size="3">\n{p.content}\n</font></td></tr></table>\n'
            + (f'<table width="100%"><tr><td bgcolor="#EEEEEE"><b>相關新聞</b></td></tr>{rows}</table>' if rows else "")
            + '</td><td width="260" valign="top">' + (f'<table width="100%"><tr><td bgcolor="#EEEEEE"><b>熱門新聞</b></td></tr>{hot}</table>' if hot else "") + "</td></tr></table>\n"
            + f'<table width="980" align="center"><tr><td align="center"><font size="2">{c.footer}<br>建議使用IE 8.0以上版本瀏覽器，最佳解析度1024x768</font></td></tr></table>\n</body></html>\n')


def wap(p: Parts) -> str:
    c, i = p.chrome, p.info
    info = " ".join(x for x in (f"<span>{escape(i.date)}</span>" if i.date else "", f"<span>來源：{escape(i.source)}</span>" if i.source else "") if x)
    return (_head(p, '<meta name="viewport" content="width=device-width,initial-scale=1">') + f'<body><div class="m-top"><a href="/" class="m-logo">{escape(c.site)}</a><a href="/app" class="open-app">打開APP</a></div>\n'
            + f'<div class="m-article"><h1>{p.title}</h1>' + (f'<div class="m-info">{info}</div>' if info else "")
            + f'\n<div class="m-content">\n{p.content}\n</div>\n<div class="m-more"><a href="/app">打開APP閱讀更多精彩內容</a></div>'
            + (f'<div class="m-related"><h3>相關推薦</h3><ul>{c.related}</ul></div>' if c.related else "") + "</div>\n"
            + f'<div class="m-footer"><a href="/?pc=1">電腦版</a> | <a href="#top">回頂部</a><p>{c.footer}</p></div>\n</body></html>\n')


TEMPLATES: dict[str, Callable[[Parts], str]] = {"tw_portal": tw_portal, "hk_news": hk_news, "blog": blog, "forum": forum, "big5cms": big5cms, "wap": wap}
