# ruff: noqa: E501
"""Page shapes for audit3, written for this audit from the structure of common CMS themes.

Every template takes the (already obfuscated) title and paragraphs as HTML-ready strings and a
``Wrap`` of the site furniture; the boilerplate wording is ours.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape

SPAM = "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清-成人无码视频在线播放"
SPAM_TW = "久久精品國產免費觀看-亞洲日韓精品一區二區-午夜福利影院高清-成人無碼視頻在線播放"
BET = "澳门新葡京娱乐场-皇冠体育投注-百家乐真人荷官-时时彩计划网"


@dataclass
class Wrap:
    spam: str | None = SPAM
    crumb: str = "当前位置：首页 > 新闻中心 > 社会"
    info: str = ""  # 来源/时间/作者 line under the title (HTML)
    tail: list[str] = field(default_factory=list)  # lines after the body (责任编辑, 原标题 ...)
    related: list[str] = field(default_factory=list)
    comments: list[tuple[str, str]] = field(default_factory=list)  # (user, text)
    charset_meta: str | None = "utf-8"
    jsonld: dict[str, object] | None = None
    og: dict[str, str] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)  # multi-page links (hrefs), current first
    hidden: str = ""  # anti-copy span text inserted into paragraphs
    hidden_style: str = "display:none"
    indent: str = "　　"


def _meta(w: Wrap) -> str:
    out = []
    if w.charset_meta:
        out.append(f'<meta http-equiv="Content-Type" content="text/html; charset={w.charset_meta}" />')
    for k, v in w.og.items():
        out.append(f'<meta property="{k}" content="{escape(v)}" />')
    if w.jsonld:
        out.append(f'<script type="application/ld+json">{json.dumps(w.jsonld, ensure_ascii=False)}</script>')
    return "\n".join(out)


def _hide(p: str, w: Wrap, i: int) -> str:
    """Put the anti-copy text in the middle of every other paragraph."""
    if not w.hidden or i % 2:
        return p
    cut = len(p) // 2
    while cut < len(p) and p[cut] in "<>&;":
        cut += 1
    if "<" in p[cut - 12:cut + 12]:  # never inside a tag: leave this paragraph alone
        return p
    return f'{p[:cut]}<span style="{w.hidden_style}">{w.hidden}</span>{p[cut:]}'


def _related(w: Wrap, head: str = "相关阅读") -> str:
    if not w.related:
        return ""
    items = "".join(f'<li><a href="/html/{9100 + i}.html" title="{escape(r)}">{escape(r)}</a><span>05-0{i + 1}</span></li>' for i, r in enumerate(w.related))
    return f'<div class="related"><h3>{head}</h3><ul>{items}</ul></div>'


def _pages(w: Wrap) -> str:
    if not w.pages:
        return ""
    links = "".join(f'<li class="thisclass"><a>{i + 1}</a></li>' if i == 0 else f'<li><a href="{h}">{i + 1}</a></li>' for i, h in enumerate(w.pages))
    return f'<div class="dede_pages"><ul class="pagelist"><li><a>共{len(w.pages)}页: </a></li>{links}<li><a href="{w.pages[1]}">下一页</a></li></ul></div>'


def dedecms(title: str, paras: list[str], w: Wrap) -> str:
    body = "\n".join(f"<p>{w.indent}{_hide(p, w, i)}</p>" for i, p in enumerate(paras))
    tail = "".join(f"<p>{t}</p>" for t in w.tail)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
{_meta(w)}
<title>{title}_{escape(w.spam or '新闻')}</title>
<meta name="keywords" content="{escape(w.spam or '')}" />
</head><body class="articleview">
<div class="header_top"><div class="w960 center"><span class="time">{w.spam or ''}</span>
<div class="toplinks"><a href="/plus/heightsearch.php">高级搜索</a>|<a href="/data/sitemap.html">网站地图</a></div></div></div>
<div class="header"><div id="navMenu"><ul><li><a href="/">主页</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/keji/">科技</a></li><li><a href="/shehui/">社会</a></li></ul></div></div>
<div class="w960 center clear mt1"><div class="pleft">
<div class="place"><strong>{w.crumb.split('：')[0]}：</strong> <a href="/">主页</a> &gt; <a href="/news/">新闻中心</a> &gt; </div>
<div class="viewbox"><div class="title"><h2>{title}</h2></div>
<div class="info">{w.info}</div>
<div class="content"><table width="100%"><tr><td>
{body}
{tail}
</td></tr></table></div>
{_pages(w)}
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/news/8800.html">{escape(w.related[0]) if w.related else '没有了'}</a></li><li>下一篇：<a href="/news/8802.html">没有了</a></li></ul></div></div>
</div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd class="light">{_related(w, '推荐内容')}</dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><p class="powered">Powered by <a href="http://www.dedecms.com">DedeCMS</a> &copy; 2004-2026 资讯网 版权所有</p><div class="copyright">豫ICP备20261234号-2 本站部分内容来源于网络，如有侵权请联系删除。</div></div>
</body></html>"""


def phpcms_br(title: str, paras: list[str], w: Wrap) -> str:
    """PHPCMS-like show page whose body is one div of <br>-separated paragraphs (no <p>)."""
    body = "<br />\n<br />\n".join(w.indent + _hide(p, w, i) for i, p in enumerate(paras))
    tail = "".join(f"<br /><br />{t}" for t in w.tail)
    return f"""<!DOCTYPE html><html><head>{_meta(w)}
<title>{title} - {escape(w.spam or '')}</title></head><body>
<div class="top_nav"><a href="/">网站首页</a> | <a href="/index.php?m=content&c=index&a=lists&catid=6">国内</a> | <a href="/index.php?m=content&c=index&a=lists&catid=7">国际</a></div>
<div class="spam_bar">{w.spam or ''}</div>
<div class="crumbs">{w.crumb}</div>
<div id="Article"><h1>{title}<br /><span>{w.info}</span></h1>
<div class="content">{body}{tail}</div>
{_pages(w)}
</div>
{_related(w)}
<div class="bk15"></div><div class="footer">Copyright &copy; 2026 本站 All Rights Reserved. 京ICP备2026000001号</div>
</body></html>"""


def discuz(title: str, paras: list[str], w: Wrap) -> str:
    """Discuz! X thread: first post is the article, then replies; jammer anti-copy fonts."""
    body = "<br />\r\n".join(w.indent + _hide(p, w, i) for i, p in enumerate(paras))
    replies = "".join(
        f'<div id="post_{700 + i}"><table class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1" href="space-uid-{i}.html">{escape(u)}</a></div></td>'
        f'<td class="plc"><div class="pi"><strong><a href="#">{i + 2}#</a></strong></div><div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_{700 + i}">{escape(t)}</td></tr></table></div></div></div></td></tr></table></div>'
        for i, (u, t) in enumerate(w.comments))
    return f"""<!DOCTYPE html><html><head>{_meta(w)}
<title>{title} - 新闻速递 - {escape(w.spam or '论坛')} - Powered by Discuz!</title>
<style>.jammer{{display:none}}</style></head><body id="nv_forum" class="pg_viewthread">
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./">社区论坛</a></h2></div><div id="nv"><ul><li><a href="forum.php">论坛</a></li><li><a href="home.php">家园</a></li></ul></div></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">论坛</a> <em>&rsaquo;</em> <a href="forum.php">新闻速递</a> <em>&rsaquo;</em> <a href="#">{title}</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3521</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{title}</span></h1></td></tr></table>
<div id="post_699"><table class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1" href="space-uid-1.html">admin</a></div></td>
<td class="plc"><div class="pi"><strong><a href="#">楼主</a></strong><div class="authi"><em>发表于 {w.info}</em></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_699">
{body}
</td></tr></table></div></div></div></td></tr></table></div>
{replies}
</div></div>
<div id="ft" class="wp cl"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> X3.4 &copy; 2001-2026 Comsenz Inc.</p><p>{w.spam or ''}</p></div>
</body></html>"""


def wordpress(title: str, paras: list[str], w: Wrap) -> str:
    body = "\n".join(f"<p>{_hide(p, w, i)}</p>" for i, p in enumerate(paras))
    comments = "".join(
        f'<li class="comment" id="comment-{30 + i}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{escape(u)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{30 + i}"><time datetime="2026-05-07T08:0{i}:00+08:00">2026年5月7日 上午8:0{i}</time></a></div></footer><div class="comment-content"><p>{escape(t)}</p></div></article></li>'
        for i, (u, t) in enumerate(w.comments))
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{w.charset_meta or 'UTF-8'}" />
<title>{title} &#8211; {escape(w.spam or '博客')}</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css' media='all' />
{_meta(Wrap(charset_meta=None, jsonld=w.jsonld, og=w.og))}
</head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{escape(w.spam or '资讯博客')}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/">首页</a></li><li><a href="/category/news/">新闻</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-4521" class="post-4521 post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{w.info}</div></header>
<div class="entry-content">
{body}
{''.join(f'<p>{t}</p>' for t in w.tail)}
</div>
<footer class="entry-footer"><span class="cat-links">发布在 <a href="/category/news/" rel="category tag">新闻</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2026/05/4520.html" rel="prev">{escape(w.related[0]) if w.related else '上一篇'}</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">《{title}》有{len(w.comments)}条评论</h2><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">发表回复</h3><form action="/wp-comments-post.php" method="post"><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="发表评论" /></form></div></div>
</main><aside id="secondary" class="widget-area">{_related(w, '近期文章')}</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">自豪地采用WordPress</div></footer></div></body></html>"""


def modern(title: str, paras: list[str], w: Wrap, teaser_only: bool = False) -> str:
    """Div soup of a modern news app page: hashed class names, JSON-LD, an 'open the app' cut."""
    shown = paras[:1] if teaser_only else paras
    body = "".join(f'<div class="p_2b9f"><span class="t_7ac1">{_hide(p, w, i)}</span></div>' for i, p in enumerate(shown))
    more = '<div class="more_e31"><div class="mask_0a"></div><a class="openapp_c2" href="app://article/8812">打开APP阅读全文</a></div>' if teaser_only else ""
    related = "".join(f'<div class="card_11f"><a href="/a/{8800 + i}"><div class="ttl_9d2">{escape(r)}</div><div class="src_aa">资讯号 · 12万阅读</div></a></div>' for i, r in enumerate(w.related))
    return f"""<!doctype html><html><head>{_meta(w)}<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title></head><body><div id="app"><div class="hdr_01"><div class="logo_9e">看点资讯</div><div class="dl_7f">下载APP</div></div>
<div class="main_4c1"><div class="art_3fa"><div class="h_81c">{title}</div><div class="meta_f00">{w.info}</div>
<div class="ct_5d2">{body}</div>{more}</div>
<div class="rec_2e"><div class="rh_d1">为你推荐</div>{related}</div></div>
<div class="ftr_6b">{w.spam or ''} · 违法和不良信息举报电话：12377</div></div>
<script>window.__INITIAL_STATE__={{"articleId":"8812","liked":false}}</script></body></html>"""


def text_dump(title: str, paras: list[str], w: Wrap, nbsp_lines: bool = True, blank: bool = True,
              indent: str = "\u2003\u2003", head: list[str] | None = None) -> str:
    """Seed-shaped text dump: spam line, NBSP lines, crumb, title, indented paragraphs."""
    out: list[str] = []
    if w.spam:
        out += [w.spam, ""] + (["\xa0"] if nbsp_lines else [])
    if w.crumb:
        out += [w.crumb] + (["\xa0", ""] if nbsp_lines else [])
    out += [title, ""]
    if head:
        out += [*head, ""]
    for p in paras:
        out += [indent + p] + ([""] if blank else [])
    out += w.tail
    if w.related:
        out += ["相关阅读："] + [f"· {r}" for r in w.related]
    return "\n".join(out) + "\n"
