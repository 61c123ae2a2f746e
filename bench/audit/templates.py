# ruff: noqa: E501
"""Page templates the audit wraps articles in: a seed-like text dump and spam CMS themes.

Written for the audit from the structure of common CMS themes (DedeCMS, PHPCMS, Discuz,
WordPress); the boilerplate words are ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape, unescape

SPAM = {
    "zh": "久久久精品国产免费观看-日韩精品一区二区三区-午夜福利影院-高清无码在线播放",
    "zh2": "最新电影免费看-在线观看视频网站-国产精品不卡-成人影院入口",
    "bet": "彩票开奖结果查询-体育直播在线-时时彩平台-百家乐娱乐城",
    "tw": "久久精品國產免費觀看-日韓精品一區二區-午夜福利影院-高清無碼在線播放",
}


@dataclass
class Page:
    """What goes around the article; every field optional."""

    spam: str | None = None
    crumb: str | None = None
    meta_line: str | None = None  # 来源/时间 line under the title
    before: list[str] = field(default_factory=list)  # lines between meta and body
    after: list[str] = field(default_factory=list)  # lines after the body (editor, share, prev/next)
    related: list[str] = field(default_factory=list)
    related_head: str = "相关阅读"
    footer: list[str] = field(default_factory=list)
    indent: str = "\u2003\u2003"
    blank_lines: bool = True


def text_dump(title: str, paras: list[str], page: Page) -> str:
    """A plain text dump shaped like the seed: spam line, NBSP lines, crumb, title, indented paragraphs."""
    out: list[str] = []
    if page.spam:
        out += [page.spam, "", "\xa0"]
    if page.crumb:
        out += [page.crumb, "\xa0", ""]
    out += [title, ""]
    if page.meta_line:
        out += [page.meta_line, ""]
    out += page.before
    sep = ["", ""] if page.blank_lines else []
    for p in paras:
        out += [page.indent + p, *sep[:1]]
    out += page.after
    if page.related:
        out += [page.related_head, *page.related, ""]
    out += page.footer
    return "\n".join(out) + "\n"


def _p(paras: list[str], indent: str = "") -> str:
    return "\n".join(f"<p>{indent}{p}</p>" for p in paras)


def dedecms(title: str, paras: list[str], page: Page, charset: str, raw_html: bool = False,
            hidden: str = "") -> str:
    """DedeCMS-like article page (``div.position``, ``div.info``, ``div.content``, ``ul.pages``)."""
    body = "\n".join(paras) if raw_html else _p(paras, "&nbsp;&nbsp;&nbsp;&nbsp;")
    rel = "".join(f'<li><a href="/a/{i + 100}.html">{escape(r)}</a></li>' for i, r in enumerate(page.related))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{escape(page.spam or title)}_{escape(title)}</title>
<meta name="keywords" content="{escape(page.spam or '')}" />
<meta name="description" content="{escape(paras[0][:60])}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head><body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">资讯网</a></h1></div>
<div class="banner"></div></div><div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
<li><a href="/"><span>主页</span></a></li><li><a href="/news/"><span>新闻</span></a></li>
<li><a href="/video/"><span>视频</span></a></li><li><a href="/tiyu/"><span>体育</span></a></li></ul></div></div></div>
{hidden}
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>{page.crumb or '当前位置:'}</strong></div>
<div class="viewbox"><div class="title"><h2>{title}</h2></div>
<div class="info"><small>时间:</small>2026-03-05 10:21<small>来源:</small>未知<small>作者:</small>admin<small>点击:</small><script src="/plus/count.php?view=yes&aid=8812&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="intro">{escape(unescape(re.sub("<[^>]+>", "", paras[0])).strip()[:40])}</div>
<div class="content"><table width='100%'><tr><td>
{body}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/8811.html'>周末天气晴好适宜出行</a> </li>
<li>下一篇：<a href='/a/8813.html'>本市启动夏季用电高峰保障</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=8812">收藏</a></li>
<li id="act-err"><a href="/plus/erraddsave.php?aid=8812">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=8812">推荐</a></li>
<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div></div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd class="light"><ul class="d4">{rel}</ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light"><ul class="c1 ico2">{rel}</ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body">
<p class="powered">{'<br/>'.join(page.footer)}</p></div><div class="footer_right"></div></div>
</body></html>
"""


def phpcms(title: str, paras: list[str], page: Page, charset: str, pages_html: str = "",
           pub: str = "2026-04-18 09:32:15", source: str = "人民网") -> str:
    """PHPCMS v9-like show page (``div#Article``, ``div.content``, ``div#pages``)."""
    rel = "".join(f'<li><a href="/html/2026/news_0418/{i + 61}.html" target="_blank">{escape(r)}</a><span>(04-18)</span></li>'
                  for i, r in enumerate(page.related))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{escape(title)} - {escape(page.spam or '新闻中心')}</title>
<meta name="keywords" content="{escape(page.spam or '')}">
<meta name="description" content="{escape(paras[0][:50])}">
</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.gif" /></a></div>
<div class="nav-bar"><map><ul class="nav-site"><li><a href="/"><span>首页</span></a></li><li class="line">|</li>
<li><a href="/html/news/"><span>新闻</span></a></li><li class="line">|</li><li><a href="/html/pic/"><span>图片</span></a></li></ul></map></div></div>
<div class="main"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/news/">新闻</a> &gt;  <a href="/html/news/guonei/">国内</a> &gt;  正文</div>
<div class="col-left"><div id="Article"><h1>{title}<br />
<span>{pub}&nbsp;&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：</span></h1>
<div class="content">
{_p(paras)}
</div>
<div id="pages" class="text-c">{pages_html}</div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/tag/yl.html">养老</a> <a href="/tag/sq.html">社区</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/html/news/611.html">夏季防汛工作部署会召开</a><br />
<strong>下一篇：</strong><a href="/html/news/613.html">新能源汽车下乡活动启动</a></p>
<div class="bk15"></div><div class="box"><h5>相关阅读</h5><ul class="list lh24 f14">{rel}</ul></div>
<div id="comment_iframe" class="comment"><h5>网友评论</h5><p>暂无评论</p></div></div></div>
<div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg">{rel}</ul></div></div></div>
<div class="footer"><p class="info">{'<br />'.join(page.footer)}</p></div>
</body></html>
"""


def discuz(title: str, paras: list[str], page: Page, charset: str, author: str = "bluesky") -> str:
    """Discuz! X thread view: the article is the first post's ``td.t_f``."""
    body = "<br />\r\n".join(paras)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{escape(title)} - 時事討論 -  {escape(page.spam or '論壇')} -  Powered by Discuz!</title>
<meta name="keywords" content="{escape(title)}" /><meta name="generator" content="Discuz! X3.4" />
</head><body id="nv_forum" class="pg_viewthread">
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="論壇">論壇</a></h2></div>
<div id="nv"><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true">論壇</a></li><li id="mn_home"><a href="home.php" hidefocus="true">家園</a></li></ul></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首頁">論壇</a> <em>&rsaquo;</em> <a href="forum.php">論壇</a> <em>&rsaquo;</em> <a href="forum-2-1.html">時事討論</a> <em>&rsaquo;</em> <a href="thread-4411-1-1.html">{title}</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1523</span><span class="pipe">|</span><span class="xg1">回復:</span> <span class="xi1">2</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{title}</span></h1></td></tr></table>
<div id="post_1"><table id="pid1" class="plhin" summary="pid1" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-77.html" class="xw1">{author}</a></div></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup">中級會員</a></em></p><dl class="pil cl"><dt>積分</dt><dd>356</dd></dl></td>
<td class="plc"><div class="pi"><strong><a href="thread-4411-1-1.html" id="postnum1">樓主</a></strong>
<div class="pti"><div class="authi"><em id="authorposton1">發表於 2026-5-12 21:08</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=4411&amp;page=1&amp;authorid=77" rel="nofollow">只看該作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">
<i class="pstatus"> 本帖最後由 {author} 於 2026-5-12 21:15 編輯 </i><br />
<br />
{body}<br />
</td></tr></table></div></div></div>
<div class="sign">人生就像一杯茶，不會苦一輩子，但總會苦一陣子。</div></td></tr></table></div>
<div id="post_2"><table id="pid2" class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls"><div class="authi"><a href="space-uid-90.html" class="xw1">路人甲</a></div></td>
<td class="plc"><div class="pi"><strong>沙發</strong><em id="authorposton2">發表於 2026-5-12 22:30</em></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_2">
終於通車了，希望之後班距可以再縮短一點。</td></tr></table></div></div></div></td></tr></table></div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手機版</a></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">{'<br />'.join(page.footer)}</p></div></div></div>
</body></html>
"""


def wordpress(title: str, paras: list[str], page: Page, charset: str = "UTF-8", lang: str = "en-US",
              date_iso: str = "2026-02-10T08:30:00+00:00", date_text: str = "February 10, 2026",
              author: str = "Staff Writer", comments: list[str] | None = None) -> str:
    """A WordPress theme single post (``article.post``, ``div.entry-content``, comments, related)."""
    rel = "".join(f'<li><a href="/2026/02/{i}/">{escape(r)}</a></li>' for i, r in enumerate(page.related))
    com = "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Reader{i}</b> '
                  f'<time>February 11, 2026 at 9:0{i} am</time></footer><div class="comment-content"><p>{escape(c)}</p></div>'
                  f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
                  for i, c in enumerate(comments or []))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} &#8211; {escape(page.spam or 'City Desk')}</title>
<meta property="og:type" content="article" /><meta property="og:title" content="{escape(title)}" />
<meta property="article:published_time" content="{date_iso}" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css' media='all' />
</head><body class="post-template-default single single-post postid-4412 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{escape(page.spam or 'City Desk')}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/news/">News</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2026/02/10/x/" rel="bookmark"><time class="entry-date published" datetime="{date_iso}">{date_text}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/staff/">{author}</a></span></span></div></header>
<div class="entry-content">
{_p(paras)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li><a href="#" class="share-twitter">Twitter</a></li><li><a href="#" class="share-facebook">Facebook</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul>{rel}</ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/" rel="category tag">News</a></span></footer></article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2026/02/09/y/" rel="prev">Previous post: Bridge repairs to close lanes</a></div><div class="nav-next"><a href="/2026/02/11/z/" rel="next">Next post: School board approves budget</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments or [])} thoughts on &ldquo;{title}&rdquo;</h2><ol class="comment-list">{com}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published.</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{rel}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">{'<br>'.join(page.footer)}</div></footer></div>
</body></html>
"""


def plain_news(title: str, paras: list[str], charset: str | None, lang: str, byline: str = "", date: str = "") -> str:
    """A clean original: a small news site page with nothing spammy in it."""
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"""<!doctype html><html lang="{lang}"><head>{meta}<title>{escape(title)}</title></head><body>
<header><a href="/">Home</a> <a href="/local">Local</a></header>
<main><article><h1>{title}</h1><p class="byline">{byline} <time>{date}</time></p>
{_p(paras)}
</article></main><footer>© 2026 Example Daily</footer></body></html>
"""
