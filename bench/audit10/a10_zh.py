# ruff: noqa: E501
"""Audit10 Chinese HTML templates: mobile portals (凤凰网, 腾讯新闻, 澎湃, 网易, 新浪), 政务公开 notices,
学习强国 copies, PbootCMS / Z-Blog / 织梦 mobile, a 2000s table layout, paged articles, source and
author in odd places, live blogs, caption-only galleries."""

from __future__ import annotations

from html import escape as e

from a10_texts import Story

IND = "\u3000\u3000"


def ps(paras: tuple[str, ...] | list[str], attrs: str = "", indent: str = "") -> str:
    return "".join(f"<p{attrs}>{indent}{e(p)}</p>\n" for p in paras)


def doc(title: str, body: str, charset: str = "utf-8", head: str = "", mobile: bool = False) -> str:
    vp = '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">' if mobile else ""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">{vp}<title>{e(title)}</title>{head}</head>\n'
            f'<body>\n{body}\n</body></html>\n')


ONE_P = ' class="one-p"'
ART_P = ' class="art_p"'
HOT = ["男子高速上开车打瞌睡被查", "今冬首场寒潮来袭 多地降温超10℃", "这种水果别再随便吃了", "明年起这些新规将施行"]


def hot_list(cls: str = "hot-list", head: str = "热门推荐") -> str:
    return f'<div class="{cls}"><h3>{head}</h3><ul>' + "".join(f'<li><a href="/a/{i}.html">{t}</a></li>' for i, t in enumerate(HOT)) + "</ul></div>"


def ifeng_m(s: Story, source: str) -> str:
    body = (f'<div class="header"><a class="logo" href="//m.ifeng.com">凤凰网</a><a class="open-app">打开APP</a></div>'
            f'<div class="article"><h1 class="title">{e(s.title)}</h1>'
            f'<div class="info"><span class="time">{s.date} 09:12:36</span><span class="source">来源：<a href="#">{e(source)}</a></span></div>'
            f'<div class="article-content">{ps(s.paras)}</div>'
            '<div class="open-more"><a>打开凤凰新闻，查看更多精彩内容</a></div></div>'
            f'{hot_list()}<div class="footer"><a>凤凰网首页</a> | <a>用户反馈</a><p>Copyright © 2026 Phoenix New Media Limited All Rights Reserved.</p></div>')
    return doc(f"{s.title}_凤凰网资讯_凤凰网", body, mobile=True)


def qq_m(s: Story, media: str) -> str:
    data = f'<script>window.DATA = {{"article_id":"20261118A0ABCD00","title":"{s.title.replace(chr(34), "")}","media":"{media}","pubtime":"{s.date} 08:20:11","catalog1":"news"}};</script>'
    body = (f'<div id="header"><span class="logo">腾讯新闻</span><a class="download">打开APP</a></div>'
            f'<div class="content-article"><h1>{e(s.title)}</h1><div class="author-info"><span class="media-name">{e(media)}</span><span class="time">{s.date} 08:20</span></div>'
            + ps(s.paras, ONE_P) + '</div>'
            '<div class="disclaimer">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>'
            '<div class="open-app-mask"><a>腾讯新闻 打开APP 阅读全文</a></div>'
            f'{hot_list("recommend", "为你推荐")}')
    return doc(f"{s.title}_腾讯新闻", data + body, mobile=True)


def thepaper_m(s: Story) -> str:
    txt = "<br/><br/>".join(e(p) for p in s.paras)
    body = (f'<div class="head"><a class="logo">澎湃新闻</a></div><div class="news_title">{e(s.title)}</div>'
            f'<div class="news_about"><p>澎湃新闻记者 {e(s.author or "")}</p><p><span>{s.date} 10:32</span>&nbsp;来源：澎湃新闻</p></div>'
            f'<div class="news_part_father"><div class="news_txt">{txt}<br/><br/></div></div>'
            '<div class="news_editor">责任编辑：王卉　图片编辑：蒋立冬</div><div class="news_editor">校对：张亮</div>'
            '<div class="copyright">澎湃新闻报料：021-962866<br/>澎湃新闻，未经授权不得转载</div>'
            '<div class="news_tags"><span>#老旧小区</span><span>#加装电梯</span></div>')
    return doc(f"{s.title}_澎湃号·政务_澎湃新闻-The Paper", body, mobile=True)


def netease_m(s: Story) -> str:
    parts = []
    for i, p in enumerate(s.paras):
        parts.append(f"<p>{e(p)}</p>")
        if i in (0, 2):
            parts.append('<div class="js-open-app"><a>打开网易新闻 查看精彩图片</a></div>')
    body = (f'<header><a class="logo">网易</a><a class="btn">打开</a></header><article><h1 class="title">{e(s.title)}</h1>'
            f'<div class="info"><span class="time">{s.date} 14:06:30</span><span class="source">来源: {e(s.publisher or "")}</span></div>'
            f'<div class="article-body">{"".join(parts)}</div></article>'
            '<div class="more-news"><h3>相关推荐</h3><a>夜班公交司机的一天</a><a>城市夜经济观察</a></div>')
    return doc(f"{s.title}|网易", body, mobile=True)


def sina_m(s: Story) -> str:
    body = (f'<header class="sina-header"><a>新浪新闻</a></header><section class="art_main"><h1 class="art_tit_h1">{e(s.title)}</h1>'
            f'<section class="art_info"><time class="weibo_time">{s.date.replace("-", "-")} 16:45</time><cite class="weibo_name">{e(s.publisher or "")}</cite></section>'
            '<section class="art_pic_card art_content">' + ps(s.paras, ART_P) +
            '<p class="art_p">(责任编辑：郭明)</p></section></section>'
            '<section class="look_more"><a>点击查看全文</a></section><footer>新浪网 版权所有</footer>')
    return doc(f"{s.title}|新浪新闻", body, mobile=True)


XXGK_ROWS = [("索引号", "11420100MB0000000X/2026-01234", "分类", "城乡建设、环境保护\\通知"),
             ("发布机构", "临江市人民政府办公室", "成文日期", "2026年10月28日"),
             ("发文字号", "临政办发〔2026〕31号", "发布日期", "2026年10月30日")]


def gov_xxgk(s: Story, form: str = "table", charset: str = "utf-8") -> str:
    if form == "table":
        rows = "".join(f"<tr><td class=\"t\">{a}：</td><td>{b}</td><td class=\"t\">{c}：</td><td>{d}</td></tr>" for a, b, c, d in XXGK_ROWS)
        meta = f'<table class="xxgk-table" cellpadding="0" cellspacing="0">{rows[:0]}{rows}<tr><td class="t">标题：</td><td colspan="3">{e(s.title)}</td></tr></table>'
    else:
        meta = '<div class="xxgk_top"><ul>' + "".join(f"<li><b>{a}：</b>{b}</li><li><b>{c}：</b>{d}</li>" for a, b, c, d in XXGK_ROWS) + f"<li class=\"w100\"><b>名　　称：</b>{e(s.title)}</li></ul></div>"
    body = (f'<div class="gov-top"><span>临江市人民政府</span><a>无障碍</a><a>长者模式</a></div>'
            '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>'
            '<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府文件</a></div>'
            f'{meta}<div class="article"><h1>{e(s.title)}</h1><div class="wh">临政办发〔2026〕31号</div>'
            f'<div class="view TRS_UEDITOR">{ps(s.paras[:-2], indent=IND)}<p style="text-align:right">{s.paras[-2]}</p><p style="text-align:right">{s.paras[-1]}</p></div></div>'
            '<div class="tools">【<a>打印</a>】【<a>关闭</a>】<span>扫一扫在手机打开当前页</span></div>'
            '<div class="footer"><p>主办：临江市人民政府办公室　网站标识码：4201000001</p><p>鄂ICP备05000000号　鄂公网安备42010002000000号</p></div>')
    return doc(f"{s.title}_政府文件_临江市人民政府", body, charset)


def xuexi(s: Story) -> str:
    body = (f'<div class="render-detail-title">{e(s.title)}</div>'
            f'<div class="render-detail-resource">来源：{e(s.publisher or "")}</div><div class="render-detail-editor">作者：{e(s.author or "")}</div>'
            f'<div class="render-detail-time">{s.date}</div>'
            f'<div class="render-detail-content">{ps(s.paras)}</div>'
            '<div class="render-detail-editors">责任编辑：孙晴　统筹：刘一鸣</div>'
            '<div class="action-bar"><span>学习强国</span><a>分享</a><a>收藏</a><a>点赞</a></div>')
    return doc(s.title, body, mobile=True)


def pboot(s: Story) -> str:
    body = ('<nav class="navbar"><a class="navbar-brand">山城资讯网</a><ul><li><a>首页</a></li><li><a>新闻动态</a></li><li><a>关于我们</a></li></ul></nav>'
            '<div class="container"><div class="position">当前位置：<a>首页</a> > <a>新闻动态</a></div>'
            f'<h2 class="text-center fs-sm-28 fs-20 mt-3">{e(s.title)}</h2>'
            f'<div class="text-center border-bottom text-secondary pb-2 mb-3"><i class="fa fa-calendar"></i> {s.date} &nbsp;&nbsp;<i class="fa fa-user"></i> {e(s.author or "")}'
            ' &nbsp;&nbsp;<i class="fa fa-eye"></i> 256</div>'
            f'<div class="content">{ps(s.paras)}</div>'
            '<div class="text-secondary lh-2"><p>上一篇：<a>县城新建三所幼儿园</a></p><p>下一篇：没有了！</p></div></div>'
            '<div class="footer"><p>Copyright © 2026 山城资讯网 All Rights Reserved.</p><p>渝ICP备12345678号</p></div>')
    return doc(f"{s.title}-山城资讯网", body)


def zblog_m(s: Story) -> str:
    body = ('<header class="m-top"><a class="menu">菜单</a><a class="site">小城故事</a><a class="search">搜索</a></header>'
            f'<article class="post"><h1 class="post-title">{e(s.title)}</h1>'
            f'<div class="post-meta"><span>作者：admin</span><span>分类：地方新闻</span><time>{s.date}</time><span>浏览：88</span></div>'
            f'<div class="post-content">{ps(s.paras)}<p>本文来源：{e(s.publisher or "")}</p></div>'
            '<div class="post-tags">标签：<a>非遗</a><a>竹编</a></div>'
            '<div class="post-nav"><p>上一篇：<a>社区开办老年食堂</a></p><p>下一篇：<a>秋粮收购开始</a></p></div></article>'
            '<div class="comment"><h3>发表评论</h3><p>暂无评论，快来抢沙发吧~</p></div>'
            '<footer>Powered By Z-BlogPHP</footer>')
    return doc(f"{s.title} - 小城故事", body, mobile=True)


def dede_m(s: Story) -> str:
    body = ('<header class="m-header"><a class="back">返回</a><span>江城新闻网手机站</span></header>'
            f'<div class="m-article"><h1>{e(s.title)}</h1>'
            f'<div class="m-info">来源：{e(s.publisher or "")} 时间：{s.date} 点击：<script src="/plus/count.php?aid=12&mid=1"></script></div>'
            f'<div class="m-body">{ps(s.paras, indent=IND)}</div>'
            '<div class="m-page"><p>上一篇：<a>城东片区启动雨污分流改造</a></p><p>下一篇：<a>江城公布第一批城市更新项目</a></p></div></div>'
            + hot_list("m-list", "猜你喜欢")
            + '<footer class="m-footer"><a>电脑版</a> | <a>返回顶部</a></footer>')
    return doc(f"{s.title}_江城新闻网", body, "utf-8", mobile=True)


def table_layout(s: Story, charset: str = "gbk") -> str:
    nav = "".join(f'<tr><td height="24">&middot; <a href="/list{i}.asp">{n}</a></td></tr>' for i, n in enumerate(["本地新闻", "国内新闻", "图片新闻", "通知公告", "便民服务"]))
    paras = "<br><br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{e(p)}" for p in s.paras)
    body = ('<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/images/top.jpg" width="760" height="90"></td></tr>'
            '<tr><td colspan="2" bgcolor="#0055A4" height="28"><font color="#FFFFFF">首页 | 新闻中心 | 政务公开 | 便民服务 | 联系我们</font></td></tr>'
            f'<tr><td width="180" valign="top"><table width="100%">{nav}</table></td>'
            '<td width="580" valign="top"><table width="100%" border="0" cellpadding="4">'
            f'<tr><td align="center" height="40"><font size="4" color="#CC0000"><b>{e(s.title)}</b></font></td></tr>'
            f'<tr><td align="center" bgcolor="#F2F2F2"><font size="2">发布时间：{s.date}&nbsp;&nbsp;来源：{e(s.publisher or "")}&nbsp;&nbsp;作者：{e(s.author or "")}&nbsp;&nbsp;浏览次数：123</font></td></tr>'
            f'<tr><td class="content" style="font-size:14px;line-height:24px">{paras}</td></tr>'
            '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr>'
            '<tr><td colspan="2" align="center"><font size="2">版权所有：江城晚报社　技术支持：江城网络<br>建议使用IE6.0以上浏览器 1024*768分辨率浏览</font></td></tr></table>')
    return doc(f"{s.title}--江城晚报网", body, charset)


def paged(s: Story, shown: int, pager: str, inside: bool) -> str:
    pg = f'<div class="pages">{pager}</div>'
    content = ps(s.paras[:shown]) + (pg if inside else "")
    body = ('<div class="top"><a>山城新闻网</a></div><div class="crumb">您现在的位置：<a>首页</a> &gt; <a>教育</a> &gt; 正文</div>'
            f'<div class="show"><h1>{e(s.title)}</h1><div class="info">{s.date} 09:00　来源：{e(s.publisher or "")}　作者：{e(s.author or "")}</div>'
            f'<div class="content">{content}</div>{"" if inside else pg}</div>' + hot_list())
    return doc(f"{s.title}_山城新闻网", body)


def odd_source(s: Story, where: str) -> str:
    src = {"img_alt": f'<span class="src">来源：<img src="/logo/src_gmrb.png" alt="{s.publisher}" height="16"></span>',
           "span_link": f'<span class="source">来源：<a href="http://epaper.example.com/" target="_blank">{s.publisher}</a></span>',
           "footer": ""}[where]
    foot = f'<div class="article-footer"><span>作者：{s.author}</span>　<span>编辑：陈默</span>　<span>来源：{s.publisher}</span></div>' if where == "footer" else ""
    body = ('<div class="header"><a>枫林网</a><ul><li>首页</li><li>社区</li><li>民生</li></ul></div>'
            f'<div class="main"><h1>{e(s.title)}</h1><div class="meta"><span class="date">{s.date} 07:45</span>{src}</div>'
            f'<div class="article-body">{ps(s.paras)}</div>{foot}</div>' + hot_list("side", "阅读排行"))
    return doc(f"{s.title}_枫林网", body)


def cms(s: Story, inner: str, info: str = "", side: str = "", title_tag: str | None = None, charset: str = "utf-8") -> str:
    default_info = f"{s.date} 10:00　来源：{e(s.publisher or '')}"
    body = ('<div class="header"><a class="logo">江城新闻网</a><ul class="nav"><li><a>首页</a></li><li><a>本地</a></li><li><a>民生</a></li><li><a>图片</a></li></ul></div>'
            '<div class="crumb"><a>首页</a> &gt; <a>本地</a> &gt; 正文</div>'
            f'<div class="wrap"><div class="left"><div class="article"><h1>{e(s.title)}</h1><div class="info">{info or default_info}</div>'
            f'<div class="content">{inner}</div></div></div><div class="right">{side or hot_list()}</div></div>'
            '<div class="footer">江城新闻网 版权所有 未经授权禁止转载</div>')
    return doc(title_tag or f"{s.title}_江城新闻网", body, charset)
