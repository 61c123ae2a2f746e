# ruff: noqa: E501
"""Audit16 page frames: the markup around an article body on real CMSes and news sites (structure, class
names and furniture reproduced; every text of our own). Each frame takes the title and the body's inner
HTML (paragraphs plus the boxes a case puts between them) and returns the whole page."""

from __future__ import annotations

from collections.abc import Callable
from html import escape as e


def p(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{e(text)}</p>' if cls else f"<p>{e(text)}</p>"


def mix(paras: tuple[str, ...] | list[str], ins: dict[int, str], tag: Callable[[str], str] = p) -> str:
    """The paragraphs with ins[i] placed BEFORE paragraph i (ins[len] after the last)."""
    out: list[str] = []
    for i, text in enumerate(paras):
        out.append(ins.get(i, ""))
        out.append(tag(text))
    out.append(ins.get(len(paras), ""))
    return "\n".join(x for x in out if x)


def doc(lang: str, title_tag: str, body: str, head: str = "", body_attrs: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{e(title_tag)}</title>{head}</head>\n<body{body_attrs}>\n{body}\n</body></html>\n")


# --- English CMSes ------------------------------------------------------------------------------------
def wordpress(title: str, content: str, site: str = "Harbour Gazette", after: str = "") -> str:
    """A WordPress (GeneratePress-like) single post: entry-header, entry-content, entry footer, post nav, comments, sidebar."""
    body = (f'<div class="site grid-container container hfeed" id="page"><header class="site-header" id="masthead"><div class="inside-header">'
            f'<div class="site-branding"><p class="main-title"><a href="/" rel="home">{site}</a></p><p class="site-description">News from the coast and the islands</p></div>'
            '<nav id="site-navigation" class="main-navigation"><ul id="menu-primary" class="menu"><li class="menu-item"><a href="/news/">News</a></li><li class="menu-item"><a href="/islands/">Islands</a></li><li class="menu-item"><a href="/business/">Business</a></li><li class="menu-item"><a href="/opinion/">Opinion</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></div></header>'
            '<div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">'
            '<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-news">'
            f'<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(title)}</h1>'
            '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-20T08:10:00+00:00">November 20, 2026</time></span> '
            '<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/gwhitfield/">Grace Whitfield</a></span></span></div></header>'
            f'<div class="entry-content" itemprop="text">\n{content}\n</div>'
            '<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/news/" rel="category tag">News</a></span></footer></div></article>'
            '<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="/2026/11/19/harbour-wall/" rel="prev">Harbour wall repairs delayed again</a></span></div>'
            '<div class="nav-next"><span class="next"><a href="/2026/11/21/winter-timetable/" rel="next">Winter timetable starts on Sunday</a></span></div></nav>'
            f'{after}'
            '<div class="comments-area" id="comments"><div class="comment-respond" id="respond"><h3 class="comment-reply-title">Leave a Comment</h3><p class="comment-notes">Your email address will not be published.</p></div></div>'
            '</main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
            '<li><a href="/a">Lifeboat crew rescues two kayakers</a></li><li><a href="/b">New café opens in the old customs house</a></li><li><a href="/c">Island school gets a new roof</a></li></ul></aside></div></div>'
            f'<footer class="site-info"><div class="inside-site-info"><div class="copyright-bar">&copy; 2026 {site} &bull; Built with GeneratePress</div></div></footer></div>')
    return doc("en-GB", f"{title} - {site}", body, body_attrs=' class="post-template-default single single-post postid-4821 single-format-standard"')


def arc(title: str, content: str, top: str = "", site: str = "The Harbor Times") -> str:
    """An Arc XP (Fusion) story page: hashed styled-component classes, data-qa attributes, ad slots."""
    body = (f'<div id="fusion-app"><div class="layout-section"><header class="site-header"><nav class="nav-sections"><a href="/" class="logo">{site}</a>'
            '<ul><li><a href="/local/">Local</a></li><li><a href="/politics/">Politics</a></li><li><a href="/climate/">Climate</a></li><li><a href="/sports/">Sports</a></li></ul>'
            '<a class="subscribe-btn" href="/subscribe/">Subscribe</a> <a href="/login/">Sign in</a></nav></header>'
            '<main><article class="article-layout"><div class="headline-wrapper"><span class="kicker"><a href="/local/">Local</a></span>'
            f'<h1 class="headline" data-qa="headline"><span data-qa="headline-text">{e(title)}</span></h1></div>'
            '<div class="byline-wrapper" data-qa="author-byline">By <a href="/people/dana-reyes/" rel="author">Dana Reyes</a></div>'
            '<div class="display-date" data-qa="display-date">November 20, 2026 at 6:00 a.m. EST</div>'
            f'{top}'
            f'<div class="article-body grid-center grid-body" data-qa="article-body">\n{content}\n</div></article>'
            '<div class="more-stories" data-qa="more-stories"><h2>More from Local</h2><ul><li><a href="/x">Schools delay start over heating fault</a></li><li><a href="/y">A new bus route for the hospital</a></li><li><a href="/z">Fire at a storage yard overnight</a></li></ul></div></main>'
            f'<footer class="site-footer"><p>&copy; 1877-2026 {site}</p><ul><li><a href="/terms/">Terms of Use</a></li><li><a href="/privacy/">Privacy Policy</a></li></ul></footer></div></div>')
    return doc("en-US", f"{title} - {site}", body)


def arc_p(text: str) -> str:
    return f'<p class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles font-copy" data-el="text" data-testid="drop-cap-letter">{e(text)}</p>'


def ghost(title: str, content: str, site: str = "Valley Notes", excerpt: str = "") -> str:
    """A Ghost (Casper/Source-like) post: gh-canvas header, gh-content section with kg-* cards."""
    body = (f'<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{site}</a></div>'
            '<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li></ul></nav>'
            '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>'
            '<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-local featured">'
            '<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/local/">Local</a></section>'
            f'<h1 class="article-title">{e(title)}</h1>' + (f'<p class="article-excerpt">{e(excerpt)}</p>' if excerpt else "")
            + '<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tom/">Tom Okafor</a></h4>'
            '<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-20">Nov 20, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></div></header>'
            f'<section class="gh-content gh-canvas">\n{content}\n</section></article></main>'
            '<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><h2 class="post-card-title">The last ferry of the season</h2></article><article class="post-card"><h2 class="post-card-title">Notes from the allotment</h2></article></div></aside></div>'
            f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{site}</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>')
    return doc("en", f"{title}", body, body_attrs=' class="post-template tag-local"')


def drupal(title: str, content: str, site: str = "Lowbridge Echo", after: str = "") -> str:
    """A Drupal 9/10 article node (Olivero-like): node--type-article, field--name-body, paragraphs."""
    body = (f'<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><header class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">{site}</a></div>'
            '<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="primary-nav"><ul class="menu"><li class="menu__item"><a href="/news">News</a></li><li class="menu__item"><a href="/whats-on">What\'s on</a></li><li class="menu__item"><a href="/sport">Sport</a></li></ul></nav></header>'
            '<div class="region region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>'
            '<main role="main"><div class="region region--content"><div id="block-mainpagecontent" class="block block-system block-system-main-block">'
            '<article role="article" class="node node--type-article node--promoted node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(title)}</span></h1>'
            '<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><a href="/user/12">Priya Nair</a></span> <span class="field field--name-created">Fri, 11/20/2026 - 09:30</span></div>'
            f'<div class="node__content">\n{content}\n</div></article></div>{after}</div></main>'
            f'<footer class="site-footer"><div class="region region--footer"><p>&copy; 2026 {site}. All rights reserved.</p></div></footer></div></div>')
    return doc("en", f"{title} | {site}", body)


def dbody(html: str) -> str:
    return f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{html}</div>'


def dpara(kind: str, html: str, n: int) -> str:
    return f'<div class="paragraph paragraph--type--{kind} paragraph--view-mode--default" data-paragraph-id="{n}">{html}</div>'


# --- Chinese ---------------------------------------------------------------------------------------------
def zh_portal(title: str, content: str, info: str, site: str = "江城新闻网", before: str = "", after: str = "") -> str:
    """A Chinese city portal (TRS / 新浪-like artibody): header nav, crumb, h1, info line, body, end furniture."""
    body = (f'<div class="top-bar"><div class="w1200"><a href="/" class="logo">{site}</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/bd/">本地</a></li>'
            '<li><a href="/ms/">民生</a></li><li><a href="/jj/">经济</a></li><li><a href="/wh/">文化</a></li></ul></div></div>'
            '<div class="w1200 main clearfix"><div class="l-main"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/bd/">本地新闻</a> &gt; 正文</div>'
            f'<div class="article-box"><h1 class="main-title">{e(title)}</h1><div class="date-source">{info}</div>{before}'
            f'<div class="article" id="artibody">\n{content}\n</div>{after}'
            '<div class="article-editor">责任编辑：周晓</div></div></div>'
            '<div class="r-side"><div class="side-box"><h3>热点排行</h3><ul><li><a href="/a">冬季供暖今起全面启动</a></li><li><a href="/b">市民公园新增健身步道</a></li><li><a href="/c">多条公交线路优化调整</a></li></ul></div></div></div>'
            f'<div class="footer"><p>{site} 版权所有 未经授权禁止转载</p><p>备案号：江ICP备2026000001号</p></div>')
    return doc("zh-CN", f"{title}_{site}", body)


# --- other languages ---------------------------------------------------------------------------------
def news_site(lang: str, title: str, content: str, site: str, nav: list[str], meta: str, body_cls: str = "article-body",
              tag: str = "div", before: str = "", after: str = "", title_sep: str = " - ", foot: str = "") -> str:
    """A generic national or regional news site in another language: header nav, h1, meta line, body, related, footer."""
    links = "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    body = (f'<header class="header"><a class="brand" href="/">{e(site)}</a><nav class="menu"><ul>{links}</ul></nav></header>'
            f'<main class="main"><article class="story"><h1 class="story-title">{e(title)}</h1><div class="story-meta">{meta}</div>{before}'
            f'<{tag} class="{body_cls}">\n{content}\n</{tag}>{after}</article></main>'
            f'<footer class="footer"><p>&copy; 2026 {e(site)}{foot}</p></footer>')
    return doc(lang, f"{title}{title_sep}{site}", body)
