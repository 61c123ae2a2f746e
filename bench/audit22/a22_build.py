# ruff: noqa: E501
"""Audit22 page builders: full pages of the CMS templates Chinese farms and portals really run (EmpireCMS,
PHPCMS v9, Discuz! portal article and forum thread, DedeCMS 5.7's default article template, a WordPress
Chinese theme, m./wap mobile pages, AMP, news-app share pages whose text sits in a script state object or
JSON-LD only), each with head, nav, crumb, article, sidebar and footer. ``f`` is the farm's rewriting of the
article lines (audit14's s2t + readings), ``z`` adds the seed's invisible damage, ``chrome`` rewrites the
site's own strings (a Big5 farm converts its whole page)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit14"))
from sibling import load  # noqa: E402

a14 = load(HERE.parent / "audit14" / "a14_build.py", "a14_build")
ob, A8, g, plain = a14.ob, a14.A8, a14.g, a14.plain
from a22_texts import Story  # noqa: E402

Gl = Callable[[str], str]
IDEO = "\u3000\u3000"


def t2(text: str) -> str:
    """A farm's whole-page s2t (its chrome, for a Big5 page)."""
    return str(ob.convert(text, "s2t"))


def zw(f: Gl, seed: int = 7) -> Gl:
    """``f`` then the seed's zero-width characters and odd spaces inside the line."""
    def h(line: str) -> str:
        return str(ob.odd_spaces(ob.invisibles(f(line), seed), seed))
    return h


def lines(s: Story, f: Gl, paras: list[str] | None = None) -> list[str]:
    return [e(f(p)) for p in (paras if paras is not None else s.paras)]


def ps(items: list[str], style: str = "p") -> str:
    """Paragraph markup as CMS editors leave it: ``p``, ``ideo`` (U+3000 indent), ``nbsp`` (&nbsp; indent),
    ``br`` (one block, <br /> pairs), ``div`` (one <div> a paragraph), ``center`` (<p align=left> soup)."""
    if style == "ideo":
        return "\n".join(f"<p>{IDEO}{x}</p>" for x in items)
    if style == "nbsp":
        return "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{x}</p>" for x in items)
    if style == "br":
        return "<br />\r\n<br />\r\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{x}" for x in items)
    if style == "div":
        return "\n".join(f"<div>{IDEO}{x}</div>" for x in items)
    if style == "span":
        return "\n".join(f'<p style="text-indent:2em;"><span style="font-size:16px;font-family:宋体;">{x}</span></p>' for x in items)
    return "\n".join(f"<p>{x}</p>" for x in items)


def cs_meta(charset: str | None, how: str = "http-equiv") -> str:
    if charset is None:
        return ""
    if how == "http-equiv":
        return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
    return f'<meta charset="{charset}">'


HOT = ["住建部：今年将新开工改造城镇老旧小区两万个", "全国铁路暑运预计发送旅客超9亿人次", "多地中小学推行课后延时服务",
       "新能源汽车下乡活动启动 首批车型公布", "国产大飞机累计交付突破百架"]


def ul(items: list[str], base: str = "/html/news/") -> str:
    return "<ul>" + "".join(f'<li><a href="{base}{1200 + i}.html" target="_blank">{x}</a></li>' for i, x in enumerate(items)) + "</ul>"


def empire(s: Story, *, f: Gl = plain, chrome: Gl = plain, charset: str | None = "utf-8", how: str = "http-equiv",
           info: str = "", body: str | None = None, style: str = "ideo", top: str = "", tail: str = "", site: str = "东方资讯网") -> str:
    """EmpireCMS 7.x news template: <div class="box"> crumb, h1, info with the click-count script, #text,
    上一篇/下一篇, 相关信息, right column 点击排行 / 推荐资讯."""
    c = chrome
    content = body if body is not None else ps(lines(s, f), style)
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{cs_meta(charset, how)}\n<title>{e(f(s.title))}_{c("国内新闻")}_{c(site)}</title>\n'
            f'<meta name="keywords" content="{e(f(s.title))}" />\n<meta name="description" content="{e(f(s.paras[0])[:60])}" />\n'
            f'<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />\n<script type="text/javascript" src="/e/data/js/ajax.js"></script>\n</head>\n<body class="listpage">\n'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="top"><tr><td><div class="top_right">'
            f'<a href="/e/member/login/">{c("登录")}</a> | <a href="/e/member/register/">{c("注册")}</a> | <a onclick="window.external.addFavorite(location.href,document.title)">{c("加入收藏")}</a></div></td></tr></table>\n'
            f'<div class="nav"><ul><li class="curr"><a href="/">{c("网站首页")}</a></li><li><a href="/news/">{c("新闻中心")}</a></li><li><a href="/news/guonei/">{c("国内新闻")}</a></li>'
            f'<li><a href="/news/shehui/">{c("社会万象")}</a></li><li><a href="/keji/">{c("科技")}</a></li><li><a href="/e/tool/gbook/?bid=1">{c("留言板")}</a></li></ul></div>\n'
            f'<div class="position">{c("现在的位置：")}<a href="/">{c("首页")}</a>&nbsp;>&nbsp;<a href="/news/">{c("新闻中心")}</a>&nbsp;>&nbsp;<a href="/news/guonei/">{c("国内新闻")}</a></div>\n'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box"><tr><td width="300" valign="top">\n'
            f'<div class="title_info"><h1>{e(f(s.title))}</h1>\n<div class="info_text">{info} {c("点击：")}<script src="/e/public/ViewClick/?classid=3&id=1187&addclick=1"></script>{c("次")}</div></div>\n'
            f'<div id="text">\n{top}{content}\n{tail}</div>\n'
            f'<div class="info_text2">[ <a href="/e/member/fava/add/?classid=3&id=1187">{c("收藏")}</a> ] [ <a href="javascript:window.print()">{c("打印")}</a> ] [ <a href="javascript:window.close()">{c("关闭")}</a> ]</div>\n'
            f'<div class="info_next">{c("上一篇：")}<a href="/news/guonei/2026/1186.html">{c(HOT[1])}</a><br />{c("下一篇：")}<a href="/news/guonei/2026/1188.html">{c(HOT[2])}</a></div>\n'
            f'<div class="otherlink"><h3>{c("相关信息")}</h3>{c(ul(HOT[2:]))}</div>\n'
            f'</td><td class="sider" valign="top"><div class="title"><span>{c("点击排行")}</span></div>{c(ul(HOT, "/news/hot/"))}'
            f'<div class="title"><span>{c("推荐资讯")}</span></div>{c(ul(HOT[::-1], "/news/tj/"))}</td></tr></table>\n'
            f'<div class="footer">{c("关于本站")} | {c("广告服务")} | {c("联系我们")} | {c("网站地图")}<br />Copyright &copy; 2010-2026 {c(site)} All Rights Reserved. <a href="https://beian.miit.gov.cn/">{c("豫ICP备10023456号")}</a><br />Powered by <strong><a href="http://www.phome.net" target="_blank">EmpireCMS</a></strong></div>\n</body>\n</html>\n')


def phpcms(s: Story, *, f: Gl = plain, chrome: Gl = plain, charset: str | None = "utf-8", how: str = "http-equiv",
           date: str = "", source: str = "", body: str | None = None, style: str = "p", tail: str = "", pages: str = "",
           editor: str = "", site: str = "华南新闻网", title: str | None = None) -> str:
    """PHPCMS v9 default show.html: crumbs, #Article with h1 holding the date/source span, .content, #pages,
    责任编辑 line, 分享到, 相关热词搜索, 上一篇/下一篇, right column 频道总排行 / 频道本月排行."""
    c = chrome
    h = title if title is not None else e(f(s.title))
    content = body if body is not None else ps(lines(s, f), style)
    ed = f'<p style="color:#93a3ab; text-align:right;">【{c("责任编辑")}：<span>{editor}</span>】</p>' if editor else ""
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{cs_meta(charset, how)}\n<meta http-equiv="X-UA-Compatible" content="IE=7" />\n'
            f'<title>{h} - {c("社会新闻")} - {c(site)}</title>\n<meta name="keywords" content="{c("社会,民生")}">\n<meta name="description" content="{e(f(s.paras[0])[:70])}">\n'
            f'<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />\n<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />\n'
            f'<script type="text/javascript" src="/statics/js/jquery.min.js"></script>\n</head>\n<body>\n'
            f'<div class="body-top"><div class="content"><div class="login lh24 blue"><a href="/index.php?m=member&c=index&a=login">{c("登录")}</a> <span> | </span><a href="/index.php?m=member&c=index&a=register">{c("注册")}</a></div></div></div>\n'
            f'<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.jpg" /></a></div>'
            f'<div class="nav-bar"><map><ul class="nav-site"><li><a href="/"><span>{c("首页")}</span></a></li><li class="line">|</li><li><a href="/news/"><span>{c("新闻")}</span></a></li>'
            f'<li class="line">|</li><li><a href="/shehui/"><span>{c("社会")}</span></a></li><li class="line">|</li><li><a href="/tiyu/"><span>{c("体育")}</span></a></li></ul></map></div></div>\n'
            f'<div class="main"><div class="col-left"><div class="crumbs"><a href="/">{c("首页")}</a><span> &gt; </span><a href="/news/">{c("新闻")}</a> &gt;  <a href="/shehui/">{c("社会")}</a> &gt;  {c("正文")}</div>\n'
            f'<div id="Article"><h1>{h}<br /><span>{date}&nbsp;&nbsp;&nbsp;{c("来源：")}{source}&nbsp;&nbsp;&nbsp;{c("评论：")}<a href="#comment_iframe" id="comment">0</a> {c("点击：")}<span id="hits"></span></span></h1>\n'
            f'<div class="content">\n{content}\n{tail}\n</div>\n'
            f'<div id="pages" class="text-c">{pages}</div>\n{ed}\n'
            f'<div class="bk15"></div><div class="share">{c("分享到：")}<a class="bds_qzone">{c("QQ空间")}</a><a class="bds_tsina">{c("新浪微博")}</a><a class="bds_weixin">{c("微信")}</a></div>\n'
            f'<p class="f14"><strong>{c("上一篇：")}</strong><a href="/shehui/2026/0913/2201.html">{c(HOT[3])}</a><br />'
            f'<strong>{c("下一篇：")}</strong><a href="/shehui/2026/0915/2203.html">{c(HOT[4])}</a></p>\n'
            f'<div class="related"><h5 class="blue fn">{c("延伸阅读：")}</h5>{c(ul(HOT[:3], "/shehui/2026/"))}</div>\n'
            f'<div id="comment_iframe"><h5>{c("网友评论")}</h5><p>{c("已有0人参与，点击查看")}</p></div></div></div>\n'
            f'<div class="col-auto"><div class="box"><h5 class="title-2">{c("频道总排行")}</h5>{c(ul(HOT, "/paihang/"))}</div>'
            f'<div class="box"><h5 class="title-2">{c("频道本月排行")}</h5>{c(ul(HOT[::-1], "/yue/"))}</div></div></div>\n'
            f'<div class="footer"><p class="info"><a href="/about/">{c("关于我们")}</a> | <a href="/contact/">{c("联系方式")}</a> | <a href="/copyright/">{c("版权声明")}</a><br />'
            f'Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> <em>v9</em> &copy; 2026 {c(site)}</p></div>\n</body>\n</html>\n')


def dz_portal(s: Story, *, f: Gl = plain, chrome: Gl = plain, charset: str | None = "utf-8", xg1: str = "", summary: str = "",
              body: str | None = None, style: str = "p", comments: str = "", site: str = "江城论坛") -> str:
    """Discuz! X3 portal.php?mod=view: #pt crumb with &rsaquo;, .h hm h1.ph, p.xg1 (date| 发布者| 查看| 评论| 原作者| 来自),
    .s 摘要, td#article_content, 上一篇/下一篇, 相关阅读, 最新评论, right column, footer with Discuz!'s credit."""
    c = chrome
    content = body if body is not None else ps(lines(s, f), style)
    sm = f'<div class="s"><div><strong>{c("摘要")}</strong>: {summary}</div></div>' if summary else ""
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{cs_meta(charset)}\n<title>{e(f(s.title))} - {c("新闻资讯")} -  {c(site)} -  Powered by Discuz!</title>\n'
            f'<meta name="keywords" content="{e(f(s.title))}" />\n<meta name="generator" content="Discuz! X3.4" />\n'
            f'<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Ab3" />\n<script src="data/cache/common.js?Ab3" type="text/javascript"></script>\n</head>\n'
            f'<body id="nv_portal" class="pg_view">\n<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage(\'/\');">{c("设为首页")}</a>'
            f'<a href="/" onclick="addFavorite(this.href, \'{c(site)}\');return false;">{c("收藏本站")}</a></div></div></div>\n'
            f'<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{c(site)}"><img src="static/image/common/logo.png" alt="{c(site)}" border="0" /></a></h2></div>\n'
            f'<div id="nv"><ul><li class="a" id="mn_portal"><a href="portal.php" hidefocus="true">{c("门户")}</a></li><li id="mn_forum"><a href="forum.php" hidefocus="true">{c("论坛")}</a></li>'
            f'<li id="mn_group"><a href="group.php">{c("群组")}</a></li><li id="mn_home"><a href="home.php">{c("动态")}</a></li></ul></div></div></div>\n'
            f'<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="{c("首页")}">{c(site)}</a> <em>&rsaquo;</em> '
            f'<a href="portal.php">{c("门户")}</a> <em>&rsaquo;</em> <a href="portal.php?mod=list&catid=2">{c("新闻资讯")}</a> <em>&rsaquo;</em> {c("查看内容")}</div></div>\n'
            f'<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">\n<div class="h hm"><h1 class="ph">{e(f(s.title))} </h1>\n<p class="xg1">{xg1}</p></div>\n'
            f'{sm}\n<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">\n{content}\n</td></tr></table>\n'
            f'<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&ac=favorite&type=article&id=3345" class="oshr ofav">{c("收藏")}</a>'
            f'<a href="misc.php?mod=invite&action=article&id=3345" class="oshr oivt">{c("邀请")}</a></div>\n'
            f'<div class="pren pbm cl"><em>{c("上一篇：")}</em><a href="portal.php?mod=view&aid=3344">{c(HOT[0])}</a><br /><em>{c("下一篇：")}</em>{c("没有了")}</div></div></div>\n'
            f'<div class="bm"><div class="bm_h cl"><h3>{c("相关阅读")}</h3></div><div class="bm_c xld">{c(ul(HOT[1:4], "portal.php?mod=view&aid="))}</div></div>\n'
            f'<div id="comment" class="bm"><div class="bm_h cl"><h3>{c("最新评论")}</h3></div><div id="comment_ul" class="bm_c">{comments}</div></div></div>\n'
            f'<div class="sd pph"><div class="bm"><div class="bm_h cl"><h2>{c("热门文章")}</h2></div><div class="bm_c">{c(ul(HOT, "portal.php?mod=view&aid=9"))}</div></div></div></div></div>\n'
            f'<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mobile=yes">{c("手机版")}</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom">{c("小黑屋")}</a>'
            f'<span class="pipe">|</span><strong><a href="/" target="_blank">{c(site)}</a></strong> ( <a href="https://beian.miit.gov.cn/">{c("鄂ICP备15008877号")}</a> )</p></div>'
            f'<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2026 <a href="https://code.dismall.com" target="_blank">Discuz! Team</a>.</p></div></div>\n</body>\n</html>\n')


def dz_reply(no: int, floor: str, user: str, when: str, msg: str, chrome: Gl = plain) -> str:
    c = chrome
    return (f'<div id="post_{1000 + no}"><table id="pid{1000 + no}" class="plhin" summary="pid{1000 + no}" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-{50 + no}.html" class="xw1">{user}</a></div></div>'
            f'<div class="avatar"><img src="uc_server/avatar.php?uid={50 + no}&size=middle" /></div><p><em>{c("注册会员")}</em></p></td>\n'
            f'<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&goto=findpost&ptid=88&pid={1000 + no}" id="postnum{1000 + no}">{c(floor)}</a></strong>'
            f'<div class="pti"><div class="authi"><em id="authorposton{1000 + no}">{c("发表于")} {when}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&tid=88&page=1&authorid={50 + no}">{c("只看该作者")}</a></div></div></div>\n'
            f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{1000 + no}">\n{msg}</td></tr></table></div></div></div></td></tr>\n'
            f'<tr><td class="plc plm"></td></tr><tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&action=reply&fid=2&tid=88&repquote={1000 + no}">{c("回复")}</a></em>'
            f'<p><a href="javascript:;" id="mgc_post_{1000 + no}">{c("使用道具")}</a><a href="javascript:;" onclick="showWindow(\'miscreport{1000 + no}\')">{c("举报")}</a></p></div></div></td></tr></table></div>\n')


def dz_thread(s: Story, *, first: str, replies: list[tuple[str, str, str, str]], f: Gl = plain, chrome: Gl = plain, charset: str | None = "gbk",
              user: str = "江边观潮", when: str = "2026-8-10 20:45", sign: str = "", forum: str = "新闻杂谈", site: str = "江城论坛",
              views: int = 1532, pager: str = "") -> str:
    """Discuz! X3 forum.php?mod=viewthread: #pt crumb, thread subject, 查看/回复 counts, 楼主 post with its
    t_f message, signature, then 沙发/板凳/地板 replies, the fast-reply box and the footer."""
    c = chrome
    sg = f'<div class="sign" style="max-height:100px;maxHeightIE:100px;">{sign}</div>' if sign else ""
    rep = "".join(dz_reply(i + 1, fl, u, w, m, c) for i, (fl, u, w, m) in enumerate(replies))
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{cs_meta(charset)}\n<title>{e(f(s.title))} - {c(forum)} -  {c(site)} -  Powered by Discuz!</title>\n'
            f'<meta name="keywords" content="{e(f(s.title))}" />\n<meta name="description" content=" {e(f(s.title))} ,{c(site)}" />\n<meta name="generator" content="Discuz! X3.4" />\n'
            f'<script src="data/cache/common.js?Zx9" type="text/javascript"></script>\n</head>\n<body id="nv_forum" class="pg_viewthread">\n'
            f'<div id="hd"><div class="wp"><div id="nv"><ul><li id="mn_portal"><a href="portal.php">{c("门户")}</a></li><li class="a" id="mn_forum"><a href="forum.php">{c("论坛")}</a></li>'
            f'<li id="mn_home"><a href="home.php">{c("动态")}</a></li></ul></div></div></div>\n'
            f'<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="{c("首页")}">{c(site)}</a> <em>&raquo;</em> <a href="forum.php">{c("论坛")}</a> <em>&rsaquo;</em> '
            f'<a href="forum.php?gid=1">{c("本地生活")}</a> <em>&rsaquo;</em> <a href="forum-2-1.html">{c(forum)}</a> <em>&rsaquo;</em> <a href="thread-88-1-1.html">{e(f(s.title))}</a></div></div>\n'
            f'<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl "><div class="pgt">{pager}</div><span class="y pgb"><a href="forum-2-1.html">{c("返回列表")}</a></span>'
            f'<a id="newspecial" href="forum.php?mod=post&action=newthread&fid=2">{c("发新帖")}</a></div>\n'
            f'<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">{c("查看")}:</span> <span class="xi1">{views}</span>'
            f'<span class="pipe">|</span><span class="xg1">{c("回复")}:</span> <span class="xi1">{len(replies)}</span></div></td>'
            f'<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&fid=2&filter=typeid&typeid=5">[{c("转载")}]</a> <span id="thread_subject">{e(f(s.title))}</span></h1></td></tr></table>\n'
            f'<div id="post_1000"><table id="pid1000" class="plhin" summary="pid1000" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-9.html" class="xw1">{c(user)}</a></div></div>'
            f'<div class="avatar"><img src="uc_server/avatar.php?uid=9&size=middle" /></div><p><em>{c("版主")}</em></p><dl class="pil cl"><dt>{c("积分")}</dt><dd>3021</dd></dl></td>\n'
            f'<td class="plc"><div class="pi"><div id="fj" class="y"></div><strong><a href="forum.php?mod=viewthread&tid=88" id="postnum1000">{c("楼主")}</a></strong>'
            f'<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_moderator.gif" /><em id="authorposton1000">{c("发表于")} {when}</em><span class="pipe">|</span>'
            f'<a href="forum.php?mod=viewthread&tid=88&page=1&authorid=9">{c("只看该作者")}</a><span class="pipe">|</span><a href="forum.php?mod=viewthread&tid=88&extra=page%3D1&ordertype=1">{c("倒序浏览")}</a></div></div></div>\n'
            f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1000">\n{first}</td></tr></table></div></div></div>\n'
            f'</td></tr><tr><td class="plc plm">{sg}</td></tr><tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&action=reply&fid=2&tid=88&reppost=1000">{c("回复")}</a></em>'
            f'<p><a href="javascript:;">{c("使用道具")}</a><a href="javascript:;">{c("举报")}</a></p></div></div></td></tr></table></div>\n{rep}</div>\n'
            f'<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform" action="forum.php?mod=post&action=reply&fid=2&tid=88"><table cellspacing="0" cellpadding="0"><tr><td class="plc">'
            f'<textarea rows="6" cols="80" name="message" id="fastpostmessage" class="pt"></textarea><button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc vm"><strong>{c("发表回复")}</strong></button></td></tr></table></form></div></div></div>\n'
            f'<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mobile=yes">{c("手机版")}</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom">{c("小黑屋")}</a>'
            f'<span class="pipe">|</span><strong><a href="/">{c(site)}</a></strong></p><p class="xs0">GMT+8, 2026-8-12 09:14 , Processed in 0.061512 second(s), 23 queries .</p></div>'
            f'<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2026 <a href="https://code.dismall.com">Discuz! Team</a>.</p></div></div>\n</body>\n</html>\n')


def dede57(s: Story, *, f: Gl = plain, chrome: Gl = plain, charset: str | None = "gb2312", info: str = "", intro: str = "", body: str | None = None,
           style: str = "div", pagelist: str = "", site: str = "九州新闻网") -> str:
    """DedeCMS 5.7's default article_article.htm: .header_top, .channel-nav, .place, .viewbox with .title h2,
    .info (small 时间/来源/作者/点击 with /plus/count.php), .intro 摘要, .content table, .dede_pages
    pagelist, .boxoff, 上一篇/下一篇, .pright with 推荐内容 and 热点内容."""
    c = chrome
    content = body if body is not None else ps(lines(s, f), style)
    pl = f'<div class="dede_pages"><ul class="pagelist">{pagelist}</ul></div>' if pagelist else ""
    itr = f'<div class="intro">{intro}</div>' if intro else ""
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{cs_meta(charset)}\n<title>{e(f(s.title))}_{c(site)}</title>\n<meta name="keywords" content="" />\n'
            f'<meta name="description" content="{e(f(s.paras[0])[:80])}" />\n<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />\n</head>\n<body class="articleview">\n'
            f'<div class="header_top"><div class="w960 center"><span id="time" class="time">{c("织梦CMS - 轻松建站从此开始！")}</span><div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">{c("高级搜索")}</a>|<a href="/data/sitemap.html" target="_blank">{c("网站地图")}</a></div></div></div>\n'
            f'<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{c(site)}"/></a></h1></div></div>'
            f'<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/"><span>{c("主页")}</span></a></li><li><a href="/a/news/"><span>{c("新闻中心")}</span></a></li>'
            f'<li><a href="/a/chanpinzhanshi/"><span>{c("产品展示")}</span></a></li><li><a href="/plus/guestbook.php"><span>{c("留言本")}</span></a></li></ul></div>'
            f'<div class="search"><form name="formsearch" action="/plus/search.php"><input name="q" type="text" class="search-keyword" value="{c("在这里搜索...")}" /><button type="submit" class="search-submit">{c("搜索")}</button></form></div></div></div>\n'
            f'<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>{c("当前位置:")}</strong> <a href="/">{c("主页")}</a> &gt; <a href="/a/news/">{c("新闻中心")}</a> &gt; </div>\n'
            f'<div class="viewbox"><div class="title"><h2>{e(f(s.title))}</h2></div>\n<div class="info">{info}</div>\n{itr}\n'
            f'<div class="content"><table width="100%"><tr><td>\n{content}\n</td></tr></table></div>\n{pl}\n'
            f'<div class="boxoff"><strong>{c("------分隔线----------------------------")}</strong></div>\n'
            f'<div class="handle"><div class="context"><ul><li>{c("上一篇：")}<a href="/a/news/2026/0406/88.html">{c(HOT[0])}</a></li><li>{c("下一篇：")}{c("没有了")}</li></ul></div>'
            f'<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=89" target="_blank">{c("收藏")}</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=89&title={e(f(s.title))}" target="_blank">{c("挑错")}</a></li>'
            f'<li id="act-pus"><a href="/plus/recommend.php?aid=89" target="_blank">{c("推荐")}</a></li><li id="act-pnt"><a href="#" onClick="window.print();">{c("打印")}</a></li></ul></div></div></div></div>\n'
            f'<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>{c("推荐内容")}</strong></dt><dd class="light">{c(ul(HOT[:3], "/a/news/"))}</dd></dl></div>'
            f'<div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>{c("热点内容")}</strong></dt><dd class="light">{c(ul(HOT[2:], "/a/news/"))}</dd></dl></div></div></div>\n'
            f'<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="{c("织梦内容管理系统(DedeCMS)")}" target="_blank"><strong>DedeCMS</strong></a> &copy; 2004-2026 DesDev Inc.<br />'
            f'<div class="copyright">Copyright &copy; 2002-2026 DEDECMS. {c("织梦科技 版权所有")}</div></p></div><div class="footer_right"></div></div>\n</body>\n</html>\n')


def wp_begin(s: Story, *, f: Gl = plain, charset: str | None = "UTF-8", lang: str = "zh-CN", date: str = "", cat: str = "新闻资讯", body: str | None = None,
             style: str = "p", top: str = "", tail: str = "", site: str = "知更鸟资讯", views: int = 386) -> str:
    """A WordPress Chinese theme (the Begin / 知更鸟 shape): breadcrumb, header.entry-header, .begin-single-meta
    (date, 分类, 阅读), .single-content, 打赏 / 点赞, .single-tag, 本文链接/转载请注明 box, 上一篇/下一篇,
    相关文章, 猜你喜欢, 评论, sidebar widgets (热门文章, 标签云), footer."""
    content = body if body is not None else ps(lines(s, f), style)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />\n'
            f'<title>{e(f(s.title))} - {site}</title>\n<meta name="description" content="{e(f(s.paras[0])[:90])}" />\n<link rel="canonical" href="https://www.zgn-news.cn/{1500}.html" />\n'
            f'<link rel="stylesheet" id="begin-style-css" href="https://www.zgn-news.cn/wp-content/themes/begin/style.css?ver=2026" type="text/css" media="all" />\n</head>\n'
            f'<body class="post-template-default single single-post postid-1500 single-format-standard">\n<div id="page" class="hfeed site">\n'
            f'<header id="masthead" class="site-header"><div id="header-main" class="header-main"><div class="logo-site"><a href="https://www.zgn-news.cn/" rel="home">{site}</a></div>'
            f'<div id="site-nav-wrap"><nav id="site-nav" class="main-nav"><ul id="menu-main" class="down-menu nav-menu"><li><a href="https://www.zgn-news.cn/">首页</a></li>'
            f'<li><a href="https://www.zgn-news.cn/news">新闻资讯</a></li><li><a href="https://www.zgn-news.cn/life">生活百科</a></li><li><a href="https://www.zgn-news.cn/about">关于本站</a></li></ul></nav></div></div></header>\n'
            f'<nav class="breadcrumb"><a class="crumbs" href="https://www.zgn-news.cn/"><i class="be be-home"></i>首页</a><i class="be be-arrowright"></i><a href="https://www.zgn-news.cn/news">{cat}</a><i class="be be-arrowright"></i>正文</nav>\n'
            f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">\n'
            f'<article id="post-1500" class="post-1500 post type-post status-publish format-standard hentry category-news">\n'
            f'<header class="entry-header"><h1 class="entry-title">{e(f(s.title))}</h1></header>\n'
            f'<div class="begin-single-meta"><span class="my-date"><i class="be be-schedule"></i> {date}</span><span class="meta-cat"><i class="be be-sort"></i> <a href="https://www.zgn-news.cn/news" rel="category tag">{cat}</a></span>'
            f'<span class="meta-views"><i class="be be-eye"></i> 阅读 {views}</span><span class="comment"><a href="#respond"><i class="be be-speechbubble"></i> 发表评论</a></span></div>\n'
            f'<div class="entry-content"><div class="single-content">\n{top}{content}\n{tail}</div>\n'
            f'<div class="s-weixin"><ul class="weimg1"><li><strong>微信</strong></li><li>赶快加我聊天吧</li><li><img src="https://www.zgn-news.cn/wp-content/uploads/weixin.jpg" alt="weinxin" /></li></ul>'
            f'<ul class="weimg2"><li><strong>公众号</strong></li><li>关注公众号，获取最新资讯</li><li><img src="https://www.zgn-news.cn/wp-content/uploads/gzh.jpg" alt="weinxin" /></li></ul></div>\n'
            f'<div class="clear"></div><div id="social"><div class="social-main"><span class="like"><a href="javascript:;" data-action="ding" data-id="1500" class="favorite"><i class="be be-thumbs-up-o"></i>赞 <span class="count">3</span></a></span>'
            f'<div class="shang-p"><div class="shang-empty"><span></span></div><span class="tipso_style" id="tip-p"><span class="shang-s"><a title="赞助本站">赏</a></span></span></div>'
            f'<div class="share-sd"><span class="share-s"><a href="javascript:void(0)" id="share-s" title="分享"><i class="be be-share"></i>分享</a></span></div></div></div>\n'
            f'<footer class="single-footer"><ul class="single-meta"><li class="print"><a href="javascript:printme()" target="_self" title="打印"><i class="be be-print"></i></a></li></ul>'
            f'<ul id="fontsize"><li>A+</li></ul><div class="single-cat-tag"><div class="single-cat">所属分类：<a href="https://www.zgn-news.cn/news" rel="category tag">{cat}</a></div></div></footer>\n'
            f'<div class="authorbio"><ul class="spostinfo"><li><strong>版权声明：</strong>本站文章来源于网络，版权归原作者所有，如有侵权请联系我们删除。</li>'
            f'<li class="reprinted"><strong>转载请注明：</strong><a href="https://www.zgn-news.cn/1500.html" rel="bookmark" title="本文固定链接 https://www.zgn-news.cn/1500.html">{e(f(s.title))} | {site}</a></li></ul></div>\n'
            f'</div></article>\n<nav class="nav-single"><a href="https://www.zgn-news.cn/1499.html" rel="prev"><span class="meta-nav"><span class="post-nav"><i class="be be-arrowleft"></i> 上一篇</span><br/>{HOT[0]}</span></a>'
            f'<a href="https://www.zgn-news.cn/1501.html" rel="next"><span class="meta-nav"><span class="post-nav">下一篇 <i class="be be-arrowright"></i></span><br/>{HOT[1]}</span></a></nav>\n'
            f'<div id="related-img" class="wow fadeInUp"><div class="r4"><div class="related-site"><figure class="related-site-img"><a href="https://www.zgn-news.cn/1300.html"><img src="/wp-content/uploads/1.jpg" alt="{HOT[2]}" /></a></figure>'
            f'<div class="related-title"><a href="https://www.zgn-news.cn/1300.html">{HOT[2]}</a></div></div></div></div>\n'
            f'<div class="related-article"><h3 class="related-title"><i class="be be-like"></i>猜你喜欢</h3>{ul(HOT[1:], "https://www.zgn-news.cn/")}</div>\n'
            f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>发表评论</span></h3>'
            f'<form action="https://www.zgn-news.cn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" rows="4"></textarea></p>'
            f'<p class="form-submit"><input id="submit" type="submit" value="提交" /></p></form></div><p class="no-comments">目前评论：0</p></div>\n'
            f'</main></div>\n<div id="sidebar" class="widget-area all-sidebar"><aside id="hot_post-2" class="widget hot_post"><h3 class="widget-title"><span class="cat">热门文章</span></h3>{ul(HOT, "https://www.zgn-news.cn/")}</aside>'
            f'<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h3 class="widget-title">热门标签</h3><div class="tagcloud"><a href="/tag/minsheng">民生</a> <a href="/tag/jiaotong">交通</a> <a href="/tag/keji">科技</a></div></aside></div></div>\n'
            f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">Copyright &copy; {site} 版权所有. <a href="https://beian.miit.gov.cn/" rel="external nofollow">浙ICP备19012345号-2</a> '
            f'<span class="add-info">本站由 WordPress 强力驱动</span></div></footer>\n</div>\n</body>\n</html>\n')


def mobile(s: Story, *, f: Gl = plain, chrome: Gl = plain, charset: str | None = "utf-8", info: str = "", body: str | None = None, style: str = "p",
           tail: str = "", pager: str = "", site: str = "看点资讯") -> str:
    """A portal's m. page: viewport, fixed header with 返回 / logo / 菜单, h1, info line, .art-content folded
    behind 展开全文, 打开APP banner, 猜你喜欢 feed, footer 电脑版 | 触屏版."""
    c = chrome
    content = body if body is not None else ps(lines(s, f), style)
    pg = f'<div class="m-page">{pager}</div>' if pager else ""
    return (f'<!DOCTYPE html>\n<html>\n<head>\n{cs_meta(charset, "charset")}\n<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">\n'
            f'<meta name="format-detection" content="telephone=no">\n<meta name="applicable-device" content="mobile">\n<title>{e(f(s.title))}-{c(site)}手机版</title>\n'
            f'<link rel="canonical" href="https://www.kandian-news.com/news/2026/8812.html">\n<link rel="stylesheet" href="https://m.kandian-news.com/static/css/m.css">\n</head>\n<body>\n'
            f'<header class="m-header"><a class="m-back" href="javascript:history.back();">{c("返回")}</a><a class="m-logo" href="https://m.kandian-news.com/">{c(site)}</a><a class="m-menu" href="javascript:;">{c("菜单")}</a></header>\n'
            f'<nav class="m-nav"><a href="/">{c("推荐")}</a><a href="/news/">{c("要闻")}</a><a href="/local/">{c("本地")}</a><a href="/video/">{c("视频")}</a></nav>\n'
            f'<section class="m-article"><h1 class="m-title">{e(f(s.title))}</h1>\n<div class="m-info">{info}</div>\n'
            f'<div class="art-content" id="artContent" style="max-height:600px;overflow:hidden;">\n{content}\n{tail}</div>\n{pg}\n'
            f'<div class="m-unfold" id="unfold"><span>{c("展开全文")}</span></div>\n'
            f'<div class="m-openapp"><a href="https://app.kandian-news.com/download?from=article">{c("打开APP，阅读体验更佳")}</a></div></section>\n'
            f'<section class="m-feed"><h3>{c("猜你喜欢")}</h3>' + "".join(f'<a class="feed-item" href="/news/2026/{8700 + i}.html"><p>{c(x)}</p><span>{c("评论")} {i * 7}</span></a>' for i, x in enumerate(HOT)) + '</section>\n'
            f'<footer class="m-footer"><a href="https://www.kandian-news.com/?pc=1">{c("电脑版")}</a> | <a href="https://m.kandian-news.com/">{c("触屏版")}</a> | <a href="/feedback/">{c("意见反馈")}</a><p>&copy;2026 {c(site)}</p></footer>\n'
            '<script src="https://m.kandian-news.com/static/js/m.js"></script>\n</body>\n</html>\n')


def wap(s: Story, *, f: Gl = plain, chrome: Gl = plain, charset: str = "gb2312", info: str = "", pager: str = "", site: str = "手机江城网") -> str:
    """An old wap page (XHTML Mobile Profile): one <p> per block with <br/> between paragraphs, 返回 links."""
    c = chrome
    text = "<br/>\n".join(lines(s, f))
    return (f'<?xml version="1.0" encoding="{charset}"?>\n<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="application/xhtml+xml; charset={charset}"/>\n<title>{e(f(s.title))}</title>\n</head>\n<body>\n'
            f'<p><a href="/wap/index.asp">{c(site)}</a>&gt;<a href="/wap/list.asp?id=3">{c("新闻")}</a>&gt;{c("正文")}</p>\n'
            f'<p><b>{e(f(s.title))}</b><br/>{info}</p>\n<p>\n{text}\n</p>\n<p>{pager}</p>\n'
            f'<p>{c("【相关新闻】")}<br/>' + "<br/>".join(f'<a href="/wap/show.asp?id={300 + i}">{c(x)}</a>' for i, x in enumerate(HOT[:3])) + '</p>\n'
            f'<p><a href="/wap/index.asp">{c("返回首页")}</a> | <a href="/wap/list.asp?id=3">{c("返回列表")}</a><br/>{c(site)} wap.jcw.cn</p>\n</body>\n</html>\n')


def amp(s: Story, *, date_iso: str, author: str | None, publisher: str, f: Gl = plain, body: str | None = None, site: str = "海峡新闻网") -> str:
    """An AMP article: <html ⚡>, amp boilerplate, JSON-LD NewsArticle, amp-img hero, amp-social-share, related."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.hx-news.cn/2026/09/25/4411.html", "headline": s.title,
          "datePublished": date_iso, "dateModified": date_iso, "publisher": {"@type": "Organization", "name": publisher, "logo": {"@type": "ImageObject", "url": "https://www.hx-news.cn/logo.png"}},
          "image": ["https://www.hx-news.cn/img/4411.jpg"]}
    if author:
        ld["author"] = {"@type": "Person", "name": author}
    content = body if body is not None else ps(lines(s, f))
    return ('<!doctype html>\n<html ⚡ lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>\n'
            f'<title>{e(s.title)} | {site}</title>\n<link rel="canonical" href="https://www.hx-news.cn/2026/09/25/4411.html">\n<meta name="viewport" content="width=device-width">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
            '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>\n<style amp-custom>.hd{background:#c00}</style>\n</head>\n<body>\n'
            f'<header class="hd"><a href="https://www.hx-news.cn/amp/">{site}</a> <a href="https://www.hx-news.cn/amp/local/">本地</a> <a href="https://www.hx-news.cn/amp/finance/">财经</a></header>\n'
            f'<article><h1>{e(f(s.title))}</h1>\n<div class="byline"><time datetime="{date_iso}">{date_iso[:10]}</time></div>\n'
            '<amp-img src="https://www.hx-news.cn/img/4411.jpg" width="640" height="360" layout="responsive" alt=""></amp-img>\n'
            f'{content}\n</article>\n<div class="share"><amp-social-share type="wechat" width="32" height="32"></amp-social-share><amp-social-share type="weibo" width="32" height="32"></amp-social-share></div>\n'
            f'<section class="rel"><h2>相关阅读</h2>{ul(HOT[:3], "https://www.hx-news.cn/amp/")}</section>\n'
            f'<footer>&copy; 2026 {site} <a href="https://www.hx-news.cn/2026/09/25/4411.html">查看电脑版</a></footer>\n</body>\n</html>\n')


def share_page(title: str, *, script: str, visible: str = "", app: str = "新闻早知道", head: str = "") -> str:
    """A news app's share page: an empty #app the client fills from ``script`` (a state object), an
    open-in-app banner and nothing else readable without scripts."""
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n'
            f'<title>{e(title)}</title>\n<meta name="description" content="{app}，让新闻离你更近">\n{head}'
            f'<link rel="stylesheet" href="https://static.zaozhidao.cn/share/css/app.7f3a1c.css">\n</head>\n<body>\n'
            f'<div class="download-bar"><img src="https://static.zaozhidao.cn/logo.png"><span>{app}</span><a href="https://www.zaozhidao.cn/download">打开</a></div>\n'
            f'<div id="app">{visible}</div>\n<noscript>请开启JavaScript或在{app}APP内打开</noscript>\n'
            f'<script>{script}</script>\n<script src="https://static.zaozhidao.cn/share/js/vendor.2b1e.js"></script><script src="https://static.zaozhidao.cn/share/js/app.7f3a1c.js"></script>\n</body>\n</html>\n')
