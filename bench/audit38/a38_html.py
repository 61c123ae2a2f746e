# ruff: noqa: E501
"""Audit38 page templates: ten families of Chinese news pages in their own markup (DedeCMS, PHPCMS v9,
EmpireCMS, Discuz! portal, a WordPress news theme, a WeChat article copy, a Toutiao-style app share page, a
mobile m./wap page, a portal with JSON-LD and <time>, a 2000s table layout). Each takes the page's Parts
(the article's title, info, content blocks already rendered, and the drawn chrome) and places every piece
where its family does; a piece the draw left out ('') leaves no trace."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape, unescape

from a38_chrome import Chrome, Cv


@dataclass
class Info:
    """What the page states about the article, in the page's own wording (converted by ``cv``)."""
    cv: Cv
    date: str = ""  # as shown ('' when the page shows none)
    iso: str = ""  # for <time>, meta and JSON-LD ('' when none)
    source: str = ""
    author: str = ""
    hits: bool = False

    def lab(self, s: str) -> str:
        return escape(self.cv(s))

    def line(self, sep: str = "　", date_label: str = "发布时间：") -> str:
        parts = []
        if self.date:
            parts.append(self.lab(date_label) + escape(self.cv(self.date)) if date_label else escape(self.date))
        if self.source:
            parts.append(self.lab("来源：") + escape(self.cv(self.source)))
        if self.author:
            parts.append(self.lab("作者：") + escape(self.cv(self.author)))
        if self.hits:
            parts.append(self.lab("点击：") + '<script src="/plus/count.php?aid=1234&mid=1"></script>')
        return sep.join(parts)


@dataclass
class Parts:
    title_tag: str  # escaped
    title: str  # escaped, may hold readings
    info: Info
    blocks: list[str]  # the content's blocks as HTML (paragraphs, lists, tables, captions, promos)
    chrome: Chrome
    charset_meta: str  # '' or a <meta> tag
    css: str = ""  # the page's own style rules (anti-copy classes, a hidden keyword class)
    url: str = ""
    extra_head: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def content(self) -> str:
        return "\n".join(self.blocks)


def _head(p: Parts, lang: str = "zh-CN", doctype: str = "<!DOCTYPE html>") -> str:
    c = p.chrome
    kw = f'<meta name="keywords" content="{c.spam}">' if c.spam else ""
    style = f"<style>{p.css}</style>" if p.css else ""
    return f'{doctype}\n<html lang="{lang}"><head>{p.charset_meta}<title>{p.title_tag}</title>{kw}{p.extra_head}{style}</head>\n'


def _hidden_kw(c: Chrome) -> str:
    return f'<div class="hidekw">{c.hidden_kw}</div>' if c.hidden_kw else ""


def _spam_top(c: Chrome, cls: str = "topkey") -> str:
    return f'<div class="{cls}"><marquee>{escape(c.spam)}</marquee></div>' if c.spam else ""


def _ul(items: str, cls: str = "") -> str:
    return f'<ul class="{cls}">{items}</ul>' if items else ""


def dede(p: Parts) -> str:
    c = p.chrome
    return (_head(p, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
            + f'<body class="articleview">{_spam_top(c)}{_hidden_kw(c)}<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" alt="{escape(c.site)}" /></a></h1></div></div>'
            + (f'<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>{c.nav}</ul></div></div>' if c.nav else "") + "</div>\n"
            + '<div class="w960 center clear mt1"><div class="pleft">'
            + (f'<div class="place"><strong>{c.crumb}</strong></div>' if c.crumb else "")
            + f'<div class="viewbox"><div class="title"><h2>{p.title}</h2></div><div class="info">{p.info.line("&nbsp;&nbsp;")}</div>\n'
            + f'<div class="content"><table width="100%"><tr><td><div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>\n{p.content}\n'
            + (f"<p>{c.editor}</p>" if c.editor else "") + "</td></tr></table></div>\n"
            + (f'<div class="dede_pages"><ul class="pagelist">{c.pager}</ul></div>' if c.pager else "")
            + '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
            + (f'<div class="handle"><div class="context"><ul><li><p>{c.prevnext}</p></li></ul></div><div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=1234">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=1234">挑错</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>' if c.prevnext else "")
            + (f'<div class="share">{c.share}</div>' if c.share else "")
            + (f'<div class="commentbox"><dl class="tbox"><dt><strong>最新评论</strong></dt><dd>{c.comments}</dd></dl></div>' if c.comments else "")
            + "</div></div>\n<div class=\"pright\">"
            + (f'<div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd class="light">{_ul(c.related, "d4")}</dd></dl></div>' if c.related else "")
            + (f'<div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light">{_ul(c.hot, "c1 ico2")}</dd></dl></div>' if c.hot else "")
            + "</div></div>\n"
            + (f'<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="DedeCMS"><strong>DedeCMS<span>V57</span></strong></a></p><div class="copyright">{c.footer}</div>'
               + (f"<p>{c.disclaimer}</p>" if c.disclaimer else "") + "</div></div>" if c.footer or c.disclaimer else "")
            + "\n</body></html>\n")


def phpcms(p: Parts) -> str:
    c = p.chrome
    info = p.info
    span = "&nbsp;&nbsp;&nbsp;".join(x for x in (escape(info.date), info.lab("来源：") + escape(info.cv(info.source)) if info.source else "",
                                                info.lab("作者：") + escape(info.cv(info.author)) if info.author else "",
                                                '评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span>') if x)
    return (_head(p) + f'<body>{_spam_top(c)}{_hidden_kw(c)}<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.png" /></a></div>'
            + (f'<div class="nav-bar"><map>{c.nav}</map></div>' if c.nav else "") + "</div>\n"
            + (f'<div class="crumbs">{c.crumb}</div>' if c.crumb else "")
            + f'<div class="main"><div class="col-left"><div id="Article"><h1>{p.title}<br /><span>{span}</span></h1>\n'
            + f'<div class="content">{p.content}\n' + (f'<p style="text-align:right">{c.editor}</p>' if c.editor else "") + "</div>\n"
            + (f'<div id="pages" class="text-c">{c.pager}</div>' if c.pager else "")
            + (f'<p style="margin-bottom:10px"><strong>相关热词搜索：</strong>{c.tags}</p>' if c.tags else "")
            + (f'<p class="f14">{c.prevnext}</p>' if c.prevnext else "")
            + (f'<div class="bdsharebuttonbox">{c.share}</div>' if c.share else "")
            + (f'<div class="box"><h5>相关阅读</h5>{_ul(c.related, "list list-point lh24 f14")}</div>' if c.related else "")
            + (f'<div class="box" id="comment_iframe"><h5>网友评论</h5>{c.comments}</div>' if c.comments else "")
            + "</div></div>"
            + (f'<div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5>{_ul(c.hot, "content digg")}</div></div>' if c.hot else "")
            + "</div>\n"
            + (f'<div class="footer"><p class="info">{c.footer}</p>' + (f"<p>{c.disclaimer}</p>" if c.disclaimer else "") + "</div>" if c.footer or c.disclaimer else "")
            + "</body></html>\n")


def empire(p: Parts) -> str:
    c = p.chrome
    return (_head(p, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
            + f'<body>{_spam_top(c)}{_hidden_kw(c)}<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="header"><tr><td><a href="/"><img src="/skin/default/images/logo.gif" border="0" /></a></td></tr>'
            + (f'<tr><td class="nav_global"><ul>{c.nav}</ul></td></tr>' if c.nav else "") + "</table>\n"
            + '<table width="960" border="0" align="center" cellpadding="0" cellspacing="10"><tr valign="top"><td class="main">'
            + (f'<table width="100%" class="position"><tr><td>{c.crumb}</td></tr></table>' if c.crumb else "")
            + f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><div class="title_info"><h1>{p.title}</h1><p class="info">{p.info.line("&nbsp;&nbsp;")}</p></div>\n'
            + f'<div id="text">{p.content}\n' + (f"<p>{c.editor}</p>" if c.editor else "") + "</div>\n"
            + (f'<div class="epages">{c.pager}</div>' if c.pager else "")
            + (f'<div class="share">{c.share}</div>' if c.share else "")
            + (f'<div class="info_text"><p>{c.prevnext}</p></div>' if c.prevnext else "")
            + "</td></tr></table>"
            + (f'<table width="100%" class="box"><tr><td class="title">相关信息</td></tr><tr><td><ul>{c.related}</ul></td></tr></table>' if c.related else "")
            + (f'<table width="100%" class="box"><tr><td class="title">网友评论</td></tr><tr><td>{c.comments}</td></tr></table>' if c.comments else "")
            + "</td>"
            + (f'<td class="sider" width="300"><table width="100%" class="box"><tr><td class="title">点击排行</td></tr><tr><td><ol class="rank">{c.hot}</ol></td></tr></table></td>' if c.hot else "")
            + "</tr></table>\n"
            + (f'<table width="960" align="center" class="footer"><tr><td align="center">{c.footer}' + (f"<br>{c.disclaimer}" if c.disclaimer else "") + "</td></tr></table>" if c.footer or c.disclaimer else "")
            + "</body></html>\n")


def discuz(p: Parts) -> str:
    c, info = p.chrome, p.info
    pipe = '<span class="pipe">|</span>'
    xg1 = pipe.join(x for x in (escape(info.date), info.lab("发布者: ") + "admin", info.lab("查看: ") + "1867", info.lab("评论: ") + "0",
                                info.lab("原作者: ") + escape(info.cv(info.author)) if info.author else "",
                                info.lab("来自: ") + escape(info.cv(info.source)) if info.source else "") if x)
    crumb = c.crumb.replace(" &gt; ", " <em>&rsaquo;</em> ") if c.crumb else ""
    return (_head(p, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
            + f'<body id="nv_portal" class="pg_view">{_spam_top(c)}{_hidden_kw(c)}<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{escape(c.site)}"><img src="static/image/common/logo.png" alt="{escape(c.site)}" border="0" /></a></h2></div>'
            + (f'<div id="nv"><ul>{c.nav}</ul></div>' if c.nav else "") + "</div></div>\n"
            + (f'<div id="pt" class="bm cl"><div class="z">{crumb}</div></div>' if crumb else "")
            + f'<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">{p.title}</h1><p class="xg1">{xg1}</p></div>\n'
            + f'<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{p.content}\n' + (f"<p>{c.editor}</p>" if c.editor else "") + "</td></tr></table>"
            + (f'<div class="ptw pbw cl"><div class="pg">{c.pager}</div></div>' if c.pager else "") + "</div>\n"
            + (f'<div class="o cl ptm pbm">{c.share}</div>' if c.share else "")
            + (f'<div class="pren pbm cl"><p>{c.prevnext}</p></div>' if c.prevnext else "")
            + "</div>"
            + (f'<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c">{_ul(c.related, "xl xl2 cl")}</div></div>' if c.related else "")
            + (f'<div id="comment" class="bm"><div class="bm_h cl"><h3>最新评论</h3></div><div id="comment_ul" class="bm_c">{c.comments}</div></div>' if c.comments else "")
            + "</div>"
            + (f'<div class="sd pph"><div class="bm"><div class="bm_h"><h2>热门文章</h2></div><div class="bm_c">{_ul(c.hot, "xl")}</div></div></div>' if c.hot else "")
            + "</div>\n"
            + '<div id="ft" class="wp cl"><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p>'
            + (f'<p class="xs0">{c.footer}</p>' if c.footer else "") + (f"<p>{c.disclaimer}</p>" if c.disclaimer else "") + "</div></div>\n</body></html>\n")


def wordpress(p: Parts) -> str:
    c, info = p.chrome, p.info
    meta = []
    if info.author:
        meta.append(f'<div class="td-post-author-name"><span>{info.lab("作者")} </span><a href="/author/editor/">{escape(info.cv(info.author))}</a></div>')
    if info.date:
        meta.append(f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{info.iso}">{escape(info.cv(info.date))}</time></span>')
    if info.source:
        meta.append(f'<span class="td-post-source">{info.lab("来源：")}{escape(info.cv(info.source))}</span>')
    return (_head(p) + f'<body class="post-template-default single single-post postid-1234 single-format-standard">{_spam_top(c)}{_hidden_kw(c)}<div class="td-header-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">{escape(c.site)}</span></a></div>'
            + (f'<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">{c.nav}</ul></div>' if c.nav else "") + "</div>\n"
            + '<div class="td-main-content-wrap td-container-wrap"><div class="td-container">'
            + (f'<div class="td-crumb-container"><div class="entry-crumbs">{c.crumb}</div></div>' if c.crumb else "")
            + f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><article id="post-1234" class="post-1234 post type-post status-publish format-standard"><div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">{p.title}</h1><div class="td-module-meta-info">{"".join(meta)}</div></header></div>\n'
            + (f'<div class="td-post-sharing-top">{c.share}</div>' if c.share else "")
            + f'<div class="td-post-content tagdiv-type">{p.content}\n' + (f"<p>{c.editor}</p>" if c.editor else "")
            + (f'<div class="page-nav page-nav-post td-pb-padding-side">{c.pager}</div>' if c.pager else "") + "</div>\n"
            + "<footer>" + (f'<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li>{c.tags}</li></ul></div>' if c.tags else "")
            + (f'<div class="td-block-row td-post-next-prev"><p>{c.prevnext}</p></div>' if c.prevnext else "") + "</footer>"
            + (f'<div class="td_block_related_posts"><h4 class="td-related-title">相关文章</h4>{_ul(c.related)}</div>' if c.related else "")
            + (f'<div id="comments" class="comments"><ol class="comment-list">{c.comments}</ol></div>' if c.comments else "")
            + "</article></div>"
            + (f'<div class="td-pb-span4 td-main-sidebar"><aside class="widget widget_recent_entries"><h4 class="block-title">热门文章</h4>{_ul(c.hot)}</aside></div>' if c.hot else "")
            + "</div></div></div>\n"
            + (f'<div class="td-footer-wrapper"><div class="td-sub-footer-copy">{c.footer}</div>' + (f"<p>{c.disclaimer}</p>" if c.disclaimer else "") + "</div>" if c.footer or c.disclaimer else "")
            + "</body></html>\n")


def wechat(p: Parts) -> str:
    c, info = p.chrome, p.info
    author = f'<span class="rich_media_meta rich_media_meta_text">{escape(info.cv(info.author))}</span>' if info.author else ""
    src = f'<span class="rich_media_meta rich_media_meta_text">{info.lab("来源：")}{escape(info.cv(info.source))}</span>' if info.source else ""
    ct = f'var ct = "1774500000";var publish_time = "{info.iso[:10]}" || "";' if info.iso else 'var ct = "1774500000";'
    return (_head(p).replace("<head>", '<head><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">', 1)
            + f'<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">{_hidden_kw(c)}<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">'
            + f'<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">\n            {p.title}\n          </h1>\n'
            + f'<div id="meta_content" class="rich_media_meta_list">\n{author}\n{src}\n<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">\n<a href="javascript:void(0);" id="js_name">\n            {escape(c.site)}\n          </a>\n</span>\n<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>\n</div>\n'
            + f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{p.content}\n'
            + (f'<p style="text-align:right;"><span style="font-size:12px;color:#888;">{c.editor}</span></p>' if c.editor else "") + "</div>\n"
            + '<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta tips_global meta_primary"><span id="readNum3">阅读</span></div><a class="media_tool_meta meta_extra" href="javascript:void(0);" id="js_report_article3">投诉</a></div>'
            + (f'<div class="rich_media_extra"><div class="rich_tips with_line title_tips"><span class="tips">精选留言</span></div>{c.comments}</div>' if c.comments else "")
            + (f'<div class="rich_media_extra"><div class="mod_title_context"><strong>相关阅读</strong></div>{_ul(c.related)}</div>' if c.related else "")
            + "</div></div></div></div></div>\n"
            + f"<script>{ct}var msg_title = '';document.getElementById('js_content').style.visibility = 'visible';</script>\n</body></html>\n")


def toutiao(p: Parts) -> str:
    c, info = p.chrome, p.info
    meta = "".join(x for x in (f"<span>{escape(info.cv(info.date))}</span>" if info.date else "",
                               f'<span class="name">{info.lab("来源：")}{escape(info.cv(info.source))}</span>' if info.source else "",
                               f'<span class="author">{info.lab("作者：")}{escape(info.cv(info.author))}</span>' if info.author else "") if x)
    state = json.dumps({"articleInfo": {"title": "", "publishTime": info.iso, "source": ""}}, ensure_ascii=True)
    return (_head(p).replace("<head>", '<head><meta name="viewport" content="width=device-width, initial-scale=1">', 1)
            + f'<body>{_hidden_kw(c)}<div id="root"><div class="ttp-site-header"><a href="/" class="logo">{escape(c.site)}</a>'
            + (f'<div class="channels">{c.nav}</div>' if c.nav else "") + '<a class="download-app" href="/download/">下载APP</a></div>\n'
            + f'<div class="main-content"><div class="article-content"><h1>{p.title}</h1><div class="article-meta mt-4">{meta}</div>\n'
            + f'<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{p.content}\n' + (f"<p>{c.editor}</p>" if c.editor else "") + "</article>"
            + (f'<div class="article-tag">{c.tags}</div>' if c.tags else "") + "</div>\n"
            + '<div class="open-app-banner"><p>打开APP，阅读更多精彩内容</p><a class="open-btn" href="snssdk://detail">打开APP</a></div>'
            + (f'<div class="detail-interaction">{c.share}</div>' if c.share else "")
            + (f'<div class="ttp-comment-wrapper"><div class="title">评论</div>{c.comments}</div>' if c.comments else "")
            + (f'<div class="related-list"><div class="title">相关推荐</div>{_ul(c.related)}</div>' if c.related else "")
            + (f'<div class="right-sidebar"><div class="hot-board"><div class="title">热榜</div>{_ul(c.hot, "hot-list")}</div></div>' if c.hot else "")
            + "</div></div>\n" + f"<script>window._SSR_HYDRATED_DATA = {state};</script>\n</body></html>\n")


def wap(p: Parts) -> str:
    c = p.chrome
    return (_head(p).replace("<head>", '<head><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"><meta name="format-detection" content="telephone=no">', 1)
            + f'<body>{_spam_top(c, "m-kw")}{_hidden_kw(c)}<header class="m-header"><a class="back" href="javascript:history.back()">返回</a><span class="m-logo">{escape(c.site)}</span><a class="m-menu" href="/nav.html">导航</a></header>\n'
            + (f'<nav class="m-nav">{c.nav}</nav>' if c.nav else "")
            + (f'<div class="m-crumb">{c.crumb}</div>' if c.crumb else "")
            + f'<div class="m-article"><h1 class="m-title">{p.title}</h1><div class="m-info">{p.info.line(" ", date_label="")}</div>\n'
            + f'<div class="m-content" id="content">{p.content}\n' + (f'<p class="m-editor">{c.editor}</p>' if c.editor else "") + "</div>"
            + (f'<div class="m-pager">{c.pager}</div>' if c.pager else "") + "</div>\n"
            + (f'<div class="m-share">{c.share}</div>' if c.share else "")
            + (f'<div class="m-prenext"><p>{c.prevnext}</p></div>' if c.prevnext else "")
            + (f'<div class="m-related"><h3>相关新闻</h3>{_ul(c.related)}</div>' if c.related else "")
            + (f'<div class="m-comment"><h3>网友评论</h3>{c.comments}</div>' if c.comments else "")
            + '<div class="m-app-banner">打开APP，阅读体验更佳</div>'
            + '<footer class="m-footer"><a href="/">首页</a> | <a href="?pc=1">电脑版</a> | <a href="#top">返回顶部</a>' + (f"<p>{c.footer}</p>" if c.footer else "")
            + (f"<p>{c.disclaimer}</p>" if c.disclaimer else "") + "</footer>\n</body></html>\n")


def portal(p: Parts) -> str:
    c, info = p.chrome, p.info
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": unescape(p.title), "mainEntityOfPage": p.url}
    if info.iso:
        ld["datePublished"] = info.iso
    if info.author:
        ld["author"] = {"@type": "Person", "name": info.cv(info.author)}
    ld["publisher"] = {"@type": "Organization", "name": c.site, "logo": {"@type": "ImageObject", "url": "/static/logo.png"}}
    meta = "".join(x for x in (f'<time datetime="{info.iso}">{escape(info.cv(info.date))}</time>' if info.date else "",
                               f'<span class="source">{info.lab("来源：")}{escape(info.cv(info.source))}</span>' if info.source else "",
                               f'<span class="author">{info.lab("作者：")}{escape(info.cv(info.author))}</span>' if info.author else "") if x)
    extra = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    return (_head(p).replace("</title>", "</title>" + extra, 1)
            + f'<body>{_spam_top(c)}{_hidden_kw(c)}<div class="top-bar"><div class="container"><a href="/" class="logo">{escape(c.site)}</a></div></div>'
            + (f'<nav class="main-nav"><div class="container">{c.nav}</div></nav>' if c.nav else "") + "\n"
            + (f'<div class="breadcrumb container">{c.crumb}</div>' if c.crumb else "")
            + f'<main class="container"><article class="article"><h1 class="article-title">{p.title}</h1><div class="article-meta">{meta}</div>\n'
            + (f'<div class="article-share">{c.share}</div>' if c.share else "")
            + f'<div class="article-body">{p.content}\n</div>' + (f'<div class="article-editor">{c.editor}</div>' if c.editor else "")
            + (f'<div class="pagination">{c.pager}</div>' if c.pager else "")
            + (f'<div class="article-tags">{c.tags}</div>' if c.tags else "")
            + (f'<div class="article-statement">{c.disclaimer}</div>' if c.disclaimer else "")
            + (f'<div class="article-nav"><p>{c.prevnext}</p></div>' if c.prevnext else "")
            + "</article>"
            + (f'<section class="related"><h2>相关阅读</h2>{_ul(c.related)}</section>' if c.related else "")
            + (f'<section class="comments"><h2>评论</h2>{c.comments}</section>' if c.comments else "")
            + (f'<aside class="sidebar"><h3>热点排行</h3>{_ul(c.hot, "rank-list")}</aside>' if c.hot else "")
            + "</main>\n" + (f'<footer class="site-footer"><div class="container">{c.footer}</div></footer>' if c.footer else "") + "\n</body></html>\n")


def table2000(p: Parts) -> str:
    c = p.chrome
    nav = c.nav.replace("</a><a", "</a> | <a")
    return ('<html>\n<head>\n' + p.charset_meta + f"\n<title>{p.title_tag}</title>\n" + (f'<meta name="keywords" content="{c.spam}">' if c.spam else "")
            + f'<style type="text/css">td {{ font-size: 12px; }} .content {{ font-size: 14px; line-height: 180%; }} {p.css}</style>\n</head>\n'
            + f'<body topmargin="0" leftmargin="0">{_spam_top(c)}{_hidden_kw(c)}<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="80"><img src="/images/banner.gif" width="778" height="80"></td></tr>'
            + (f'<tr><td bgcolor="#0066CC" height="24" align="center"><font color="#FFFFFF">{nav}</font></td></tr>' if nav else "") + "</table>\n"
            + '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            + (f'<td width="180" valign="top" bgcolor="#F5F5F5"><table width="100%"><tr><td><b>热点新闻</b></td></tr><tr><td><ul>{c.hot}</ul></td></tr></table></td>' if c.hot else "")
            + '<td valign="top"><table width="100%" border="0" cellpadding="4" cellspacing="0">'
            + (f"<tr><td>{c.crumb}</td></tr>" if c.crumb else "")
            + f'<tr><td align="center" height="40"><font size="4" color="#CC0000"><b>{p.title}</b></font></td></tr>'
            + (f'<tr><td align="center"><font color="#666666">{p.info.line("&nbsp;&nbsp;")}</font></td></tr>' if p.info.line() else "")
            + f'<tr><td class="content">{p.content}\n' + (f"<br>{c.editor}" if c.editor else "") + "</td></tr>"
            + (f'<tr><td align="center">{c.pager}</td></tr>' if c.pager else "")
            + '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            + (f"<tr><td><p>{c.prevnext}</p></td></tr>" if c.prevnext else "")
            + (f'<tr><td><b>相关文章</b><ul>{c.related}</ul></td></tr>' if c.related else "")
            + "</table></td></tr></table>\n"
            + (f'<table width="778" align="center"><tr><td align="center">{c.footer}' + (f"<br>{c.disclaimer}" if c.disclaimer else "") + "</td></tr></table>" if c.footer or c.disclaimer else "")
            + "\n</body>\n</html>\n")


TEMPLATES: dict[str, Callable[[Parts], str]] = {
    "dede": dede, "phpcms": phpcms, "empire": empire, "discuz": discuz, "wordpress": wordpress, "wechat": wechat,
    "toutiao": toutiao, "wap": wap, "portal": portal, "table2000": table2000,
}
# how each family writes its article's paragraphs: <p>, <br> lines with &nbsp; indents, WeChat's styled spans
PARA_STYLE = {"dede": "p", "phpcms": "p", "empire": "p", "discuz": "br", "wordpress": "p", "wechat": "wx", "toutiao": "p", "wap": "p",
              "portal": "p", "table2000": "br"}
# the families that split a long article over pages
PAGED = ("dede", "phpcms", "empire", "discuz", "portal", "table2000", "wordpress")
# the families served under a mobile host
HOSTS = {"wap": "m.", "toutiao": "m.", "wechat": "mp."}
