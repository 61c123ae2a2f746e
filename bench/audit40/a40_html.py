# ruff: noqa: E501
"""Audit40 page templates: portal and app-era families and their repost farms, each in its own markup: a
163-like portal (post_main / post_body, 本文来源 + 责任编辑 line with a code), a Sina-like portal (date-source
block, #artibody with data attributes, show_author), a QQ-like portal (window.DATA state, content-article
one-p paragraphs), a 百家号-like author page (author card, 关注, 举报, 推荐阅读 feed), a news-app H5 share
page (folded body, 打开APP阅读全文, lazy images, __INITIAL_STATE__ JSON), an AMP page (JSON-LD, amp-img), an
aggregator that frames the story under its own heading, and a spam farm (keyword <title> and logo <h1>,
当前位置 crumbs, the portal's dateline copied above the body)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from html import escape, unescape

from a40_chrome import Chrome40


@dataclass
class Info40:
    """What the page states about the article, in the page's own wording (converted by ``cv``)."""
    cv: Callable[[str], str]
    date: str = ""  # shown ('' when none)
    iso: str = ""  # for <time>, meta, JSON-LD and state ('' when none)
    source: str = ""
    author: str = ""

    def t(self, s: str) -> str:
        return escape(self.cv(s))


@dataclass
class Parts40:
    title_tag: str  # escaped
    title: str  # escaped, may hold readings
    plain_title: str  # the title as text (for JSON state)
    info: Info40
    content: str  # the article's blocks as HTML
    plain: list[str]  # the article's paragraphs as the page's text (for JSON state)
    chrome: Chrome40
    charset_meta: str
    css: str = ""
    url: str = ""
    extra_head: str = ""
    dateline_copy: str = ""  # spam farm: the portal's date/source line copied above the body


def _head(p: Parts40, extra: str = "", html_attr: str = 'lang="zh-CN"') -> str:
    c = p.chrome
    kw = f'<meta name="keywords" content="{escape(c.spam)}">' if c.spam else ""
    style = f"<style>{p.css}</style>" if p.css else ""
    return f'<!DOCTYPE html>\n<html {html_attr}><head>{p.charset_meta}<meta name="viewport" content="width=device-width, initial-scale=1"><title>{p.title_tag}</title>{kw}{p.extra_head}{extra}{style}</head>\n'


def _ul(items: str, cls: str = "") -> str:
    return f'<ul class="{cls}">{items}</ul>' if items else ""


def _footer(c: Chrome40, tag: str = "div", cls: str = "footer") -> str:
    return f'<{tag} class="{cls}">{c.footer}</{tag}>' if c.footer else ""


def netease(p: Parts40) -> str:
    c, i = p.chrome, p.info
    info = "".join(x for x in (escape(i.date), f'{i.t("来源: ")}<a id="ne_article_source" href="#">{i.t(i.source)}</a>' if i.source else "",
                               f'<span class="post_author_name">{i.t("作者：")}{i.t(i.author)}</span>' if i.author else "") if x)
    rep = f'<a class="post_jubao" href="javascript:;">{i.t("举报")}</a>' if c.report else ""
    return (_head(p) + f'<body><div class="ne_wrap"><div class="N-nav-channel">{c.nav}</div></div>\n'
            + (f'<div class="post_crumb">{c.crumb}</div>' if c.crumb else "")
            + f'<div class="container clearfix"><div class="post_main"><h1 class="post_title">{p.title}</h1><div class="post_info">{info}&nbsp;&nbsp;{rep}</div>\n'
            + f'<div class="post_content" id="content"><div class="post_body">{p.content}\n'
            + (f'<div class="post_author">{i.t("本文来源：")}{i.t(i.source)} {c.editor}</div>' if c.editor and i.source else f'<div class="post_author">{c.editor}</div>' if c.editor else "")
            + "</div>" + (f'<div class="post_page">{c.pager}</div>' if c.pager else "") + "</div>\n"
            + (f'<div class="post_share">{i.t("分享到：")}{c.share}</div>' if c.share else "")
            + (f'<div class="tie-area" id="tie"><div class="tie-titlebar"><span class="tie-cnt">{c.comment_count}</span>{i.t("跟贴")} <span>{c.comment_count * 7}</span>{i.t("参与")}</div>{c.comments}</div>' if c.comments else "")
            + (f'<div class="post_recommends"><h3>{i.t("相关新闻")}</h3>{_ul(c.related, "post_recommend_list")}</div>' if c.related else "")
            + "</div>"
            + (f'<div class="post_side"><div class="side_hot"><h3>{i.t("热门推荐")}</h3>{_ul(c.hot)}</div></div>' if c.hot else "")
            + "</div>\n" + _footer(c, "div", "N-footer") + "\n</body></html>\n")


def sina(p: Parts40) -> str:
    c, i = p.chrome, p.info
    ds = (f'<span class="date">{escape(i.date)}</span>' if i.date else "") + (f'<a href="#" class="source ent-source" rel="nofollow">{i.t(i.source)}</a>' if i.source else "")
    au = f'<p class="article-editor">{i.t("作者：")}{i.t(i.author)}</p>' if i.author else ""
    return (_head(p, f'<meta property="article:published_time" content="{i.iso}" />' if i.iso else "")
            + f'<body><div class="top-nav">{c.nav}</div>\n'
            + (f'<div class="channel-path">{c.crumb}</div>' if c.crumb else "")
            + f'<div class="main-content w1240"><h1 class="main-title">{p.title}</h1><div class="top-bar-wrap"><div class="date-source">{ds}</div>'
            + (f'<div class="share-wrap" data-sudaclick="share">{c.share}</div>' if c.share else "")
            + f'<div class="comment-count"><a href="#cmt">{c.comment_count}</a>{i.t("条评论")}</div></div>\n'
            + f'<div class="article-content clearfix"><div class="article" id="artibody" data-sudaclick="blk_content">{au}{p.content}\n'
            + (f'<p class="show_author">{c.editor}</p>' if c.editor else "") + "</div></div>"
            + (f'<div class="page-tools">{c.pager}</div>' if c.pager else "")
            + (f'<div class="keywords">{i.t("文章关键词：")}<a href="#">{i.t("热点")}</a></div>')
            + (f'<div id="bottom_sina_comment" class="sina-comment-wrap"><div class="hd"><span>{i.t("我要评论")}</span></div>{c.comments}</div>' if c.comments else "")
            + (f'<div class="blk-related"><h3>{i.t("相关新闻")}</h3>{_ul(c.related)}</div>' if c.related else "")
            + (f'<div class="feed-card" data-sudaclick="feed">{c.feed}</div>' if c.feed else "")
            + "</div>"
            + (f'<div class="right-side"><div class="hot-news"><h3>{i.t("24小时热榜")}</h3>{_ul(c.hot)}</div></div>' if c.hot else "")
            + "\n" + _footer(c, "div", "page-footer") + "\n</body></html>\n")


def qqnews(p: Parts40) -> str:
    c, i = p.chrome, p.info
    data = {"article_id": "20261118A0" + str(abs(hash(p.url)) % 10**5), "title": p.plain_title, "media": i.cv(i.source) if i.source else "", "pubtime": i.iso.replace("T", " ")[:19] if i.iso else "", "site": "news"}
    return (_head(p, f"<script>window.DATA = {json.dumps(data, ensure_ascii=False)};</script>")
            + f'<body><div class="qq-top"><div class="qq-nav">{c.nav}</div></div>\n'
            + f'<div class="qq-main"><div class="LEFT"><h1>{p.title}</h1>'
            + (f'<div class="media-info"><a class="author">{i.t(i.source)}</a>' + (f'<span class="time">{escape(i.date)}</span>' if i.date else "") + "</div>" if i.source else f'<div class="media-info"><span class="time">{escape(i.date)}</span></div>' if i.date else "")
            + f'<div class="content clearfix"><div class="content-article">{p.content}\n'
            + (f'<p class="one-p editor">{c.editor}</p>' if c.editor else "") + "</div></div>"
            + (f'<div class="shareBtn">{c.share}</div>' if c.share else "")
            + (f'<div id="Comment"><div class="cmt-hd">{i.t("评论")}<em>{c.comment_count}</em></div>{c.comments}</div>' if c.comments else "")
            + (f'<div class="recommend"><h3>{i.t("为你推荐")}</h3>{c.feed}</div>' if c.feed else "")
            + "</div>"
            + (f'<div class="RIGHT"><div class="hotnews"><h3>{i.t("热点精选")}</h3>{_ul(c.hot)}</div>' + (f'<div class="related"><h3>{i.t("相关阅读")}</h3>{_ul(c.related)}</div>' if c.related else "") + "</div>" if c.hot or c.related else "")
            + "</div>\n" + _footer(c, "div", "qq-footer") + "\n</body></html>\n")


def baijia(p: Parts40) -> str:
    c, i = p.chrome, p.info
    date = i.date[5:] if i.date[:4].isdigit() and i.date[4:5] == "-" else i.date  # the card writes 11-18 10:21
    return (_head(p) + f'<body><div id="ssr-content"><div class="index-module_header">{c.nav}</div>\n'
            + f'<div class="index-module_articleWrap"><div class="index-module_articleTitle"><h1 class="sKHSJ">{p.title}</h1></div>'
            + f'<div class="index-module_authorCard"><a class="author-avatar" href="/u/88"><img data-src="/avatar/88.jpg" /></a><div class="author-info"><p class="author-name">{escape(c.site)}</p>'
            + (f'<div class="author-desc"><span class="date">{i.t("发布时间：")}{escape(date)}</span><span class="location">{i.t("北京")}</span></div>' if date else "")
            + "</div>" + (f'<button class="follow-btn" type="button">{i.t("+关注")}</button>' if c.follow else "") + "</div>\n"
            + f'<div data-testid="article" class="index-module_articleContent">{p.content}\n'
            + (f'<p class="editor">{c.editor}</p>' if c.editor else "") + "</div>"
            + f'<div class="index-module_statement">{i.t("本文为百家号作者上传并发布，仅代表作者观点，不代表平台立场。")}</div>'
            + (f'<a class="report-btn" href="javascript:;">{i.t("举报/反馈")}</a>' if c.report else "")
            + (f'<div class="share-bar">{c.share}</div>' if c.share else "")
            + (f'<div class="comment-module"><div class="cmt-title">{i.t("评论")}({c.comment_count})</div>{c.comments}</div>' if c.comments else "")
            + (f'<div class="index-module_feed"><h3>{i.t("推荐阅读")}</h3>{c.feed}</div>' if c.feed else "")
            + (f'<div class="hot-list"><h3>{i.t("百度热搜")}</h3>{_ul(c.hot)}</div>' if c.hot else "")
            + "</div></div>\n" + _footer(c) + "\n</body></html>\n")


def apph5(p: Parts40) -> str:
    c, i = p.chrome, p.info
    state = {"article": {"id": 77120, "title": p.plain_title, "source": i.cv(i.source) if i.source else "", "author": i.cv(i.author) if i.author else "",
                         "publishTime": i.iso, "content": "".join(f"<p>{escape(x)}</p>" for x in p.plain)}, "user": {"isLogin": False}}
    meta = " ".join(x for x in (f'<span class="src">{i.t(i.source)}</span>' if i.source else "", f'<span class="time">{escape(i.date)}</span>' if i.date else "",
                                f'<span class="au">{i.t("作者：")}{i.t(i.author)}</span>' if i.author else "") if x)
    return (_head(p) + f'<body><div id="app" data-v-3a1c><div class="open-app-top"><img class="logo" data-src="/img/logo.png" /><span>{escape(c.site)}</span>'
            + (f'<a class="btn-open" href="newsapp://article/77120">{p.info.t("打开")}</a>' if c.openapp else "") + "</div>\n"
            + f'<div class="article-wrap"><h1 class="article-title">{p.title}</h1><div class="article-info">{meta}</div>\n'
            + f'<div class="article-body{" folded" if c.openapp else ""}" style="{"max-height:1200px;overflow:hidden;" if c.openapp else ""}">{p.content}\n'
            + (f'<p class="editor">{c.editor}</p>' if c.editor else "") + "</div>"
            + (f'<div class="unfold-mask"><a class="open-app-btn" href="newsapp://article/77120">{i.t("打开APP阅读全文")}</a></div>' if c.openapp else "")
            + (f'<div class="share-panel">{c.share}</div>' if c.share else "")
            + (f'<div class="hot-comments"><h3>{i.t("热门评论")}</h3>{c.comments}<a class="more">{i.t("打开APP查看更多评论")}</a></div>' if c.comments else "")
            + (f'<div class="relate-news"><h3>{i.t("相关推荐")}</h3>{c.feed or _ul(c.related)}</div>' if c.feed or c.related else "")
            + "</div></div>\n"
            + f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>\n</body></html>\n")


def amp(p: Parts40) -> str:
    c, i = p.chrome, p.info
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": unescape(p.plain_title), "mainEntityOfPage": p.url,
                             "publisher": {"@type": "Organization", "name": c.site, "logo": {"@type": "ImageObject", "url": "/static/amp-logo.png", "width": 600, "height": 60}}}
    if i.iso:
        ld["datePublished"] = i.iso
    if i.author:
        ld["author"] = {"@type": "Person", "name": i.cv(i.author)}
    extra = ('<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
             f'<link rel="canonical" href="{p.url.replace("/amp/", "/")}"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><style amp-custom>.a-body p{{font-size:17px}}</style>')
    meta = " ".join(x for x in (f'<time datetime="{i.iso}">{escape(i.date)}</time>' if i.date else "", f'<span class="a-src">{i.t("来源：")}{i.t(i.source)}</span>' if i.source else "",
                                f'<span class="a-au">{i.t("作者：")}{i.t(i.author)}</span>' if i.author else "") if x)
    return (_head(p, extra, 'amp lang="zh-CN"') + f'<body><header class="a-head"><a href="/">{escape(c.site)}</a></header>'
            + (f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav>{c.nav}</nav></amp-sidebar>' if c.nav else "")
            + f'<article class="a-art"><h1 class="a-title">{p.title}</h1><div class="a-meta">{meta}</div>\n<div class="a-body">{p.content}\n'
            + (f'<p class="a-editor">{c.editor}</p>' if c.editor else "") + "</div>"
            + (f'<amp-social-share type="wechat"></amp-social-share><div class="a-share">{c.share}</div>' if c.share else "")
            + "</article>"
            + (f'<section class="a-related"><h2>{i.t("相关新闻")}</h2>{_ul(c.related)}</section>' if c.related else "")
            + (f'<div class="a-open"><a href="{p.url.replace("/amp/", "/")}">{i.t("打开APP阅读全文")}</a></div>' if c.openapp else "")
            + _footer(c, "footer", "a-foot") + "\n</body></html>\n")


def aggregator(p: Parts40) -> str:
    c, i = p.chrome, p.info
    src = " ".join(x for x in (f'{i.t("来源：")}{i.t(i.source)}' if i.source else "", escape(i.date), f'{i.t("作者：")}{i.t(i.author)}' if i.author else "") if x)
    return (_head(p) + f'<body><div class="agg-top"><a class="agg-logo" href="/">{escape(c.site)}</a><div class="agg-nav">{c.nav}</div></div>\n'
            + f'<div class="agg-frame"><div class="agg-frame-head"><h1 class="agg-frame-title">{i.t("今日热文精选")}</h1><span class="agg-sub">{i.t("每日为你挑选全网好文")}</span></div>\n'
            + f'<div class="agg-card"><h2 class="story-title">{p.title}</h2><div class="story-src">{src}</div>\n<div class="story-body">{p.content}\n</div>'
            + f'<div class="story-origin">{i.t("本文转载自网络，原文链接：")}<a href="{p.url}" rel="nofollow">{i.t("查看原文")}</a></div></div>'
            + (f'<div class="agg-editor">{c.editor}</div>' if c.editor else "")
            + (f'<div class="agg-share">{c.share}</div>' if c.share else "")
            + (f'<div class="agg-more"><h3>{i.t("猜你喜欢")}</h3>{c.feed or _ul(c.related)}</div>' if c.feed or c.related else "")
            + (f'<div class="agg-hot"><h3>{i.t("热门推荐")}</h3>{_ul(c.hot)}</div>' if c.hot else "")
            + (f'<div class="agg-cmt"><h3>{i.t("网友热议")}</h3>{c.comments}</div>' if c.comments else "")
            + "</div>\n" + _footer(c) + "\n</body></html>\n")


def spamfarm(p: Parts40) -> str:
    c, i = p.chrome, p.info
    logo = f'<h1 class="logo"><a href="/">{escape(c.spam)}</a></h1>' if c.spam else f'<div class="logo"><a href="/">{escape(c.site)}</a></div>'
    return (_head(p) + f'<body><div class="header">{logo}<div class="menu">{c.nav}</div></div>\n'
            + (f'<div class="weizhi">{c.crumb}</div>' if c.crumb else "")
            + f'<div class="content-box"><h1 class="art-title">{p.title}</h1>\n<div class="art-content">'
            + (f"<p>{p.dateline_copy}</p>" if p.dateline_copy else "")
            + f"{p.content}\n" + (f"<p>{c.editor}</p>" if c.editor else "") + "</div>"
            + (f'<div class="pagebreak">{c.pager}</div>' if c.pager else "")
            + (f'<div class="fenxiang">{c.share}</div>' if c.share else "")
            + (f'<div class="xgwz"><div class="tit">{i.t("相关文章")}</div>{_ul(c.related)}</div>' if c.related else "")
            + (f'<div class="rmtj"><div class="tit">{i.t("热门推荐")}</div>{_ul(c.hot)}</div>' if c.hot else "")
            + "</div>\n" + _footer(c) + "\n</body></html>\n")


TEMPLATES: dict[str, Callable[[Parts40], str]] = {
    "netease": netease, "sina": sina, "qqnews": qqnews, "baijia": baijia, "apph5": apph5, "amp": amp, "aggregator": aggregator, "spamfarm": spamfarm,
}
PAGED = ("netease", "sina", "spamfarm")
HOSTS = {"apph5": "h5.", "amp": "www.", "baijia": "baijiahao.", "qqnews": "new.", "aggregator": "kd.", "netease": "www.", "sina": "news.", "spamfarm": "www."}
