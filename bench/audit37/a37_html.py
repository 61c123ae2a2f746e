# ruff: noqa: E501
"""Audit37 farm HTML templates: a WordPress single post, a generic CMS article page, and a template like a
real news site's (nav, JSON-LD, sidebar, related list, comments, footer). Each takes the rendered (already
damaged and escaped) pieces; none states more metadata than it is given."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from a37_chrome import Chrome


@dataclass
class Parts:
    lang: str
    title: str  # escaped
    paras: list[str]  # escaped
    info: str  # escaped, "" for none
    info_at_end: bool
    charset_tag: str
    title_tag: str  # escaped
    spam: list[str]
    crumb: str  # escaped, "" for none
    date_iso: str  # "" when the page states no machine date
    date_text: str
    author: str  # "" when no byline
    ch: Chrome
    feet: list[str]  # which footers: share, prevnext, related, copyright


def _nav(ch: Chrome) -> str:
    return "".join(f'<li><a href="/{i}/">{escape(x)}</a></li>' for i, x in enumerate(ch.nav))


def _related(ch: Chrome, cls: str) -> str:
    items = "".join(f'<li><a href="/news/{i}.html">{escape(x)}</a></li>' for i, x in enumerate(ch.related))
    return f'<div class="{cls}"><h3>{escape(ch.related_head.rstrip(":： "))}</h3><ul>{items}</ul></div>'


def _comments(ch: Chrome) -> str:
    cs = "".join(f'<li class="comment"><div class="comment-author">{escape(a)}</div><div class="comment-content"><p>{escape(b)}</p></div></li>' for a, b in ch.comments)
    return f'<div id="comments" class="comments-area"><h3 class="comments-title">{escape(ch.comments_head)}</h3><ol class="comment-list">{cs}</ol></div>'


def _feet(p: Parts) -> str:
    out = []
    if "share" in p.feet:
        out.append(f'<div class="share-links">{escape(p.ch.share)}</div>')
    if "prevnext" in p.feet:
        a, _, b = p.ch.prev_next.partition(" | ") if " | " in p.ch.prev_next else p.ch.prev_next.partition(" ｜ ")
        out.append(f'<div class="post-nav"><a href="/p/1.html" rel="prev">{escape(a)}</a> <a href="/p/3.html" rel="next">{escape(b)}</a></div>')
    if "related" in p.feet:
        out.append(_related(p.ch, "related-posts"))
    return "\n".join(out)


def _body(p: Parts, br: bool = False) -> str:
    paras = ([f"<p class=\"src\">{p.info}</p>"] if p.info and not p.info_at_end else []) + [f"<p>{x}</p>" for x in p.paras]
    if p.info and p.info_at_end:
        paras.append(f"<p class=\"src\">{p.info}</p>")
    if br:
        return "<br /><br />\n".join(x[x.index(">") + 1 : -4] for x in paras)
    return "\n".join(paras)


def _spam(p: Parts) -> str:
    return "".join(f'<div class="top-keywords"><a href="/tag/{i}">{escape(s)}</a></div>' for i, s in enumerate(p.spam))


def wp_page(p: Parts) -> str:
    t = f'<time class="entry-date published" datetime="{p.date_iso}">{escape(p.date_text)}</time>' if p.date_iso else ""
    by = f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x/">{escape(p.author)}</a></span></span>' if p.author else ""
    copy = escape(p.ch.copyright) if "copyright" in p.feet else "Powered by WordPress"
    return (f'<!DOCTYPE html>\n<html lang="{p.lang}"><head>{p.charset_tag}<title>{p.title_tag}</title>'
            f'<link rel="stylesheet" href="/wp-content/themes/newsup/style.css" /></head>\n<body class="post-template-default single single-post">\n{_spam(p)}'
            f'<header id="masthead"><div class="site-title"><a href="/">{escape(p.ch.farm)}</a></div><nav class="main-navigation"><ul>{_nav(p.ch)}</ul></nav></header>\n'
            + (f'<div class="breadcrumbs">{p.crumb}</div>\n' if p.crumb else "")
            + f'<main id="main"><article class="post type-post status-publish format-standard">\n'
            f'<header class="entry-header"><h1 class="entry-title">{p.title}</h1><div class="entry-meta"><span class="posted-on">{t}</span>{by}</div></header>\n'
            f'<div class="entry-content">\n{_body(p)}\n</div>\n</article>\n{_feet(p)}\n{_comments(p.ch)}</main>\n'
            f'<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">{escape(p.ch.sidebar_head)}</h2><ul>'
            + "".join(f'<li><a href="/w/{i}">{escape(x)}</a></li>' for i, x in enumerate(p.ch.related)) + '</ul></section></aside>\n'
            f'<footer id="colophon"><p>{copy}</p></footer>\n</body></html>\n')


def cms_page(p: Parts, br: bool) -> str:
    meta = f'<span class="date">{escape(p.date_text)}</span> ' if p.date_text and not p.info else ""
    meta += f'<span class="author">{escape(p.author)}</span>' if p.author and not p.info else ""
    copy = escape(p.ch.copyright) if "copyright" in p.feet else escape(p.ch.farm)
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head>{p.charset_tag}<title>{p.title_tag}</title>'
            f'<meta name="keywords" content="{escape(" ".join(p.spam) or p.ch.farm)}" /></head>\n<body>\n{_spam(p)}'
            f'<div id="header"><div class="logo"><a href="/">{escape(p.ch.farm)}</a></div><ul class="menu">{_nav(p.ch)}</ul></div>\n'
            f'<div id="wrapper"><div class="breadcrumb">{p.crumb or escape(p.ch.nav[0])}</div>\n'
            f'<div class="article"><h2 class="title">{p.title}</h2>\n<div class="info">{meta}</div>\n'
            f'<div class="text">\n{_body(p, br)}\n</div>\n{_feet(p)}</div>\n'
            f'<div class="sidebar"><h4>{escape(p.ch.sidebar_head)}</h4><ul>' + "".join(f'<li><a href="/s/{i}">{escape(x)}</a></li>' for i, x in enumerate(p.ch.related)) + '</ul></div></div>\n'
            f'<div id="footer"><p>{copy}</p></div>\n</body></html>\n')


def news_page(p: Parts, ld_title: str) -> str:
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ld_title}
    if p.date_iso:
        ld["datePublished"] = p.date_iso
    if p.author:
        ld["author"] = {"@type": "Person", "name": p.author}
    byline = (f'<span class="byline">{escape(p.author)}</span> ' if p.author else "") + (f'<time datetime="{p.date_iso}">{escape(p.date_text)}</time>' if p.date_iso else "")
    copy = escape(p.ch.copyright) if "copyright" in p.feet else escape(p.ch.farm)
    return (f'<!DOCTYPE html>\n<html lang="{p.lang}"><head>{p.charset_tag}<title>{p.title_tag}</title>'
            f'<meta property="og:site_name" content="{escape(p.ch.farm)}" /><meta property="og:type" content="article" />'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=True)}</script></head>\n<body>\n{_spam(p)}'
            f'<header class="site-header"><a class="logo" href="/">{escape(p.ch.farm)}</a><nav class="primary-nav"><ul>{_nav(p.ch)}</ul></nav></header>\n'
            + (f'<nav class="breadcrumb" aria-label="breadcrumb">{p.crumb}</nav>\n' if p.crumb else "")
            + f'<div class="layout"><main class="content"><article class="story">\n<h1 class="story-headline">{p.title}</h1>\n'
            f'<div class="story-meta">{byline}</div>\n<div class="story-body">\n{_body(p)}\n</div>\n</article>\n{_feet(p)}\n{_comments(p.ch)}</main>\n'
            f'<aside class="rail"><h3>{escape(p.ch.sidebar_head)}</h3><ol>' + "".join(f'<li><a href="/r/{i}">{escape(x)}</a></li>' for i, x in enumerate(p.ch.related)) + '</ol></aside></div>\n'
            f'<footer class="site-footer"><ul>{_nav(p.ch)}</ul><p>{copy}</p></footer>\n</body></html>\n')
