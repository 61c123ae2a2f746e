# ruff: noqa: E501
"""Chinese portal templates, reproduced in structure (class/id names, nesting, furniture) from the
real sites' article pages; every text in them (articles, editors, related headlines) is invented."""

from __future__ import annotations

import json
from html import escape as e

from articles import Article

IND = "\u3000\u3000"


def ps(paras: tuple[str, ...] | list[str], attrs: str = "", indent: str = IND) -> str:
    return "\n".join(f"<p{attrs}>{indent}{e(p)}</p>" for p in paras)


def doc(title: str, body: str, charset: str | None = "utf-8", head: str = "", lang: str = "zh-CN") -> str:
    cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />' if charset else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{cs}\n<title>{e(title)}</title>\n'
            f'<meta name="keywords" content="news" />\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n')


def xinhua(a: Article, editor: str = "王敏", caption: str | None = None) -> str:
    """news.cn 2020+ detail page: split date spans, 字体/分享 bar, #detail, 【纠错】 + 【责任编辑:X】."""
    paras = ps(a.paras)
    if caption:
        paras = paras.replace("</p>\n", f'</p>\n<p style="text-align: center;"><img src="https://www.news.cn/local/2026-09/03/1.jpg" /></p>\n<p style="text-align: center;">{IND}{e(caption)}</p>\n', 1)
    body = f'''<div class="header domPC"><div class="topnav"><a href="http://www.news.cn/">新华网</a> <a href="http://www.news.cn/politics/">时政</a> <a href="http://www.news.cn/world/">国际</a> <a href="http://www.news.cn/fortune/">财经</a></div></div>
<div class="header domPC"><div class="head-line clearfix"><h1><span class="title">{e(a.title)}</span><span class="btn-audio"></span></h1>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> 2026</em></span><span class="day"><em> 09</em>/<em>03</em></span><span class="time"> 10:21:35</span></div>
<div class="source">来源：新华网</div><div class="head-share">字体：<a>小</a> <a>中</a> <a>大</a>　分享到：<a class="wx"></a><a class="wb"></a></div></div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail">
{paras}
</div>
<div id="articleEdit"><span class="tiyi1 domPC"><a href="javascript:void(0);" class="advise">【纠错】</a><div class="tiyi01" id="advisebox01" style="display:none"><div><span>错误描述</span><textarea></textarea></div><a>提交</a></div></span><span class="editor">【责任编辑:{editor}】</span></div>
<div class="columBox xglj"><div class="col-tit"><span>相关新闻</span></div><ul class="dataList"><li><a href="http://www.news.cn/local/1.htm">河南滩区迁建群众住进新社区</a></li><li><a href="http://www.news.cn/local/2.htm">黄河流域秋粮长势良好</a></li></ul></div>
</div><div class="main-right right"><div class="columBox"><div class="col-tit"><span>热点</span></div><ul><li><a>新华全媒头条</a></li></ul></div></div></div>
<div class="foot"><p>Copyright © 2000-2026 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>'''
    return doc(f"{a.title}-新华网", body)


def xinhua_old(a: Article) -> str:
    """The pre-2020 news.cn template: no h1 (div.h-title), h-info above, #p-detail .main-aticle."""
    body = f'''<div class="domPC"><div class="h-news"><div class="h-p3 clearfix"><div class="h-info"><span class="h-time">2026-09-03 10:21:35</span> <span>来源： <em id="source">新华网</em></span></div>
<div class="h-title">{e(a.title)}</div></div></div>
<div class="h-p4 clearfix"><div class="h-share"><span>分享到：</span><a class="bds_weixin"></a></div><div class="h-font">字号：<a>大</a> <a>中</a> <a>小</a></div></div></div>
<div id="p-detail"><div class="main-aticle">
{ps(a.paras)}
</div>
<div class="p-right left"><div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">责任编辑： 王敏 </span></div></div></div>'''
    return doc(f"{a.title}-新华网", body)


def people(a: Article, paras: tuple[str, ...] | None = None, edition: bool = True) -> str:
    """people.com.cn: .rm_txt > h1, .channel 'date | 来源：人民网－人民日报', .rm_txt_con, (责编：X、Y)."""
    ed = '<p style="text-indent: 2em;">　　《 人民日报 》（ 2026年09月03日 11 版）</p>' if edition else ""
    body = f'''<div class="path"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://society.people.com.cn/">社会·法治</a></div>
<div class="main"><div class="layout rm_txt cf"><div class="col col-1 fl">
<h3 class="pre"></h3><h1>{e(a.title)}</h1><h4 class="sub"></h4><p class="author"></p>
<div class="channel cf"><div class="col-1-1 fl">2026年09月03日08:21 | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a></div><div class="col-1-2 fr"><span>分享到：</span><a class="wx"></a></div></div>
<div class="rm_txt_con cf">
{ps(paras or a.paras, ' style="text-indent: 2em;"', "")}
{ed}
<div class="edit cf">(责编：赵欣悦、岳弘彬)</div>
</div>
<div class="rm_relevant cf"><div class="title">分享让更多人看到</div></div>
<div class="box_news"><h2>推荐阅读</h2><ul><li><a>乡村教师的一天</a></li><li><a>“流动书屋”开进大山</a></li></ul></div>
</div></div></div>'''
    return doc(f"{a.title}--社会·法治--人民网", body)


def sina(a: Article, video: bool = False, orig_title: str | None = None) -> str:
    """finance.sina.com.cn: h1.main-title, .date-source, #artibody with 原标题, author line, QR box,
    p.article-editor; 文章关键词, app line and 特别声明 after it."""
    vid = ('<div class="video_box"><div class="video_wrap" id="video_83021"><div id="myFlashDiv"></div></div>'
           '<p class="video_descr">视频加载中，请稍候...</p></div>') if video else ""
    ot = f"<p>{IND}原标题：{e(orig_title)}</p>\n" if orig_title else ""
    body = f'''<div class="main-content w1240"><h1 class="main-title">{e(a.title)}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="top-bar-inner clearfix"><div class="date-source"><span class="date">2026年09月03日 07:35</span><a href="https://www.bbtnews.com.cn/" target="_blank" rel="nofollow" class="source ent-source">{e(a.publisher or "")}</a></div><div class="tools clearfix"><a class="share">分享到：</a><span class="fs">大</span><span class="fs">小</span></div></div></div></div>
<div class="article-content clearfix"><div class="article-content-left"><div class="article" id="artibody" data-sudaclick="blk_content">
<!-- 行情图 --><div class="ct_hqimg" id="hqimg_wrap"></div>
{vid}
{ot}{ps(a.paras)}
<!-- news_keyword_pub,stock,hk_stock -->
<p>{IND}北京商报记者 {e(a.author or "")}</p>
<div class="appendQr_wrap"><div class="appendQr_normal"><div class="appendQr_normal_txt"><p>新浪财经公众号</p><p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p></div></div></div>
<p class="article-editor">责任编辑：王子怡 </p>
</div>
<div class="keywords" id="keywords" data-wbkey="大额存单 利率"><label>文章关键词：</label><a href="https://tags.news.sina.com.cn/1">大额存单</a> <a href="https://tags.news.sina.com.cn/2">利率</a></div>
<div class="article-bottom clearfix"><p>海量资讯、精准解读，尽在新浪财经APP</p></div>
<div class="statement"><p>特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪网联系。</p></div>
</div></div></div>'''
    return doc(f"{a.title}|大额存单|利率_新浪财经_新浪网", body)


def sohu(a: Article, back_inline: bool = True) -> str:
    """www.sohu.com/a/…: .text-title h1, .article-info, article.article#mp-editor with the hidden
    original-title <p>, 返回搜狐，查看更多 (inside the last <p>), 责任编辑, 平台声明, 阅读 count."""
    back = ('<a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;">'
            '<span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>')
    paras = [f"<p>{e(p)}</p>" for p in a.paras]
    if back_inline:
        paras[-1] = paras[-1][:-4] + back + "</p>"
    else:
        paras.append(f"<p>{back}</p>")
    body = f'''<div class="location-without-nav"><a href="//www.sohu.com">搜狐</a> &gt; <a href="//travel.sohu.com">旅游</a> &gt; 正文</div>
<div class="left main"><div class="text"><div class="text-title"><h1>{e(a.title)}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="1788433920000">2026-09-03 19:12</span><div class="area"><span>发布于：</span><span>河北省</span></div><span data-role="original-link">来源: <a href="https://www.thepaper.cn/">{e(a.publisher or "")}</a></span></div></div>
<article class="article" id="mp-editor"><!-- 政务账号添加来源标示处 --><!-- 政务账号添加来源标示处 -->
<p data-role="original-title" style="display:none">原标题：{e(a.title)}</p>
{chr(10).join(paras)}
<p data-role="editor-name">责任编辑：<span>李清</span></p>
</article>
<div id="articleTransfer"><div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>
<div class="article-oper clearfix"><div class="read-num">阅读 (<em>3217</em>)</div><span class="uninterested">不感兴趣</span></div></div></div>'''
    return doc(f"{a.title}_夜市_游客_正定", body)


def netease(a: Article) -> str:
    """www.163.com/dy|news/article: h1.post_title, .post_info, .post_body with the paper's own
    编辑/校对 line, a commented editor, .post_author 本文来源 + 责任编辑 X_NBJS6695."""
    body = f'''<div class="post_main"><h1 class="post_title">{e(a.title)}</h1>
<div class="post_info">2026-09-03 10:21:35　来源: <a href="https://www.bjnews.com.cn/" target="_blank">{e(a.publisher or "")}</a> <img src="//static.ws.126.net/cnews/img/lbs.png" class="icon" alt=""> 北京</div>
<div class="post_content" id="content"><div class="post_body">
<p class="f_center"><img src="https://nimg.ws.126.net/1.jpg"><br></p>
{ps(a.paras, "", "")}
<p>编辑 刘梅 校对 赵琳</p>
<!-- 责任编辑：谷一_NBJS6695 -->
</div>
<div class="post_author"><a href="https://www.163.com/"><img src="https://static.ws.126.net/163/f2e/product/post_nodejs/static/logo.png" alt="谷一" width="13" height="12" class="icon"></a>
 本文来源：{e(a.publisher or "")}  责任编辑：  谷一_NBJS6695</div></div>
<div class="post_recommends"><h3>相关推荐</h3><ul><li><a>北京新增一批滨水绿道</a></li><li><a>城市副中心公园建设提速</a></li></ul></div></div>'''
    return doc(f"{a.title}|公园|绿地_网易新闻", body)


def ifeng(a: Article) -> str:
    """news.ifeng.com/c/…: CSS-module hashed classes, time + 来自 region, source, and the same
    article again as JSON in var allData (server-rendered React)."""
    data = {"docData": {"title": a.title, "newsTime": "2026-09-03 10:21:35", "source": a.publisher,
                        "contentData": {"contentList": [{"data": "".join(f"<p>{p}</p>" for p in a.paras), "type": "text"}]}}}
    body = f'''<div id="root"><div class="header-1Z9Kx8R4"><a href="//www.ifeng.com">凤凰网首页</a> <a>资讯</a></div>
<div class="main_content-r5RGqegj"><div class="artical-25JfwmD5"><h1 class="topic-3bY8Hw-9">{e(a.title)}</h1>
<div class="info-3Ht6Fk1n clearfix"><div class="infoCon-2_4LPXma"><p class="time-1Mgp9W-1"><span>2026年09月03日 10:21:35</span><span><a class="ip-1Hyu-J8_">来自 北京</a></span></p><p class="source-2pXi2vGI"><span>来源：</span><a href="https://www.bjnews.com.cn/">{e(a.publisher or "")}</a></p></div></div>
<div class="main_content-LcrEruCc"><div class="text-3w2e3DBc">
{ps(a.paras, "", "")}
</div></div>
<div class="share-2Hkg3f0b"><span>分享到：</span></div><div class="tags-1IcP4G_h"><span>口袋公园</span><span>北京</span></div></div>
<div class="hotNews-3Be5E2Hd"><h3>24小时热榜</h3><ul><li><a>秋分时节话秋收</a></li></ul></div></div></div>
<script>var allData = {json.dumps(data, ensure_ascii=False)};</script>'''
    return doc(f"{a.title}_凤凰网资讯_凤凰网", body)


def chinanews(a: Article) -> str:
    """www.chinanews.com.cn/…shtml: .content_left_title, .content_left_time (date + 来源 + 参与互动),
    .left_zw (ASCII parentheses in the dateline and (完)), an ad table inside, 【编辑:X】 in .left_name."""
    paras = list(a.paras)
    zw = "\n".join(f"<p>{IND}{e(p)}</p>" for p in paras[:2])
    zw += '\n<table border="0" cellspacing="0" cellpadding="0" align="left" class="adInContent"><tr><td><div id="adhzh"></div></td></tr></table>\n'
    zw += "\n".join(f"<p>{IND}{e(p)}</p>" for p in paras[2:])
    body = f'''<div class="nav"><a href="/">首页</a> <a href="/china/">国内</a> <a href="/world/">国际</a> <a href="/cj/">财经</a></div>
<div class="content_maincontent_more"><h1 class="content_left_title">{e(a.title)}</h1>
<div class="content_left_time">2026年09月03日 10:21　来源：中国新闻网　<a class="content_left_time_comment" href="#">参与互动</a></div>
<div class="left_zw" style="position:relative">
<!--正文start-->
{zw}
<!--正文end-->
</div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:王琴】</div></div></div>
<div class="share_box">分享到：</div></div>'''
    return doc(f"{a.title}-中新网", body)


def thepaper(a: Article, author: str) -> str:
    """www.thepaper.cn/newsDetail_forward_…: Next.js hashed classes, ant-space byline/date/source,
    责任编辑/图片编辑 and 校对 lines, 报料 copyright, __NEXT_DATA__ JSON."""
    nd = {"props": {"pageProps": {"detailData": {"contentDetail": {"name": a.title, "author": author, "pubTime": "2026-09-03 19:12",
                                                                      "content": "".join(f"<p>{p}</p>" for p in a.paras)}}}}}
    body = f'''<div id="__next"><div class="index_header__dnw7Z"><a>澎湃新闻</a> <a>要闻</a></div>
<div class="index_wrapper__L_zqV"><div class="index_leftcontent__Kx5bE"><div class="index_headerContent__sASF4"><h1 class="index_title__B8mhI">{e(a.title)}</h1>
<div class="index_left__LfzyH"><div class="ant-space ant-space-vertical"><div class="ant-space-item"><div>澎湃新闻记者 {e(author)}</div></div>
<div class="ant-space-item"><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item"><span>2026-09-03 19:12</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div></div></div></div>
<div class="index_cententWrap__Jv8jK">
{ps(a.paras, "", "")}
</div>
<p class="index_editorSource__2F1l6">责任编辑：王一楠 图片编辑：李晓 </p><p class="index_copyright__4s3Pz">校对：张静</p>
<div class="index_copyrightText__zzaHG">澎湃新闻报料：021-962866<br>澎湃新闻，未经授权不得转载</div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>'''
    return doc(f"{a.title}_澎湃号·媒体_澎湃新闻-The Paper", body)


def cctv(a: Article) -> str:
    """news.cctv.com: crumb, .title_area h1 + .info1 '来源：X | date', #content_area, .zebian."""
    body = f'''<div class="nav_daohang"><a href="https://www.cctv.com/">央视网首页</a> &gt; <a href="https://news.cctv.com/">新闻频道</a> &gt; 正文</div>
<div class="column_wrapper"><div class="col_w660"><div class="title_area"><h1>{e(a.title)}</h1><div class="info1">来源：{e(a.publisher or "")} | 2026年09月03日 10:21:35</div></div>
<div class="text_area"><div class="content_area" id="content_area">
<p style="text-align: center;"><img src="https://p1.img.cctvpic.com/1.jpg" /></p>
{ps(a.paras)}
</div>
<div class="zebian"><span class="zebian_left">编辑：赵亮</span><span class="zebian_right">责任编辑：刘亮</span></div></div>
<div class="share_box"><span>分享到：</span></div></div></div>'''
    return doc(f"{a.title}_新闻频道_央视网(cctv.com)", body)


def gmw(a: Article) -> str:
    """news.gmw.cn: h1.u-title, .m-con-source (time + 来源：新华社), .u-mainText, '[ 责编：X ]'."""
    body = f'''<div class="g-crumbs"><a href="https://www.gmw.cn/">光明网</a> &gt; <a>新闻中心</a> &gt; 正文</div>
<div class="m-title-box"><h1 class="u-title">{e(a.title)}</h1>
<div class="m-con-info"><span class="m-con-time">2026-09-03 10:21</span>　<span class="m-con-source">来源：<a href="http://www.news.cn/">{e(a.publisher or "")}</a></span></div></div>
<div class="u-mainText">
{ps(a.paras)}
</div>
<div class="m-zbTool liability"><span>[ 责编：孙宁 ]</span></div>
<div class="m-tips">阅读剩余全文（）</div>'''
    return doc(f"{a.title}_光明网", body)


def huanqiu(a: Article) -> str:
    """world.huanqiu.com/article/…: title in h3 (no h1), .metadata-info, article > section, 责编."""
    body = f'''<div class="nav-con"><a href="https://www.huanqiu.com/">环球网</a> <a>国际</a></div>
<div class="container"><div class="t-container-title"><h3>{e(a.title)}</h3></div>
<div class="metadata-info"><p class="time">2026-09-03 10:21</p><span class="source"><a href="https://www.huanqiu.com">{e(a.publisher or "")}</a></span></div>
<div class="l-con clear"><article><section data-type="rtext">
{ps(a.paras, "", "")}
</section></article></div>
<div class="editorSign"><span>责编：王冰</span></div>
<div class="r-hot"><h4>热门推荐</h4><ul><li><a>全球气候观察</a></li></ul></div></div>'''
    return doc(f"{a.title}_环球网", body)


def toutiao(a: Article, ssr: bool = True) -> str:
    """www.toutiao.com/article/…: SSR .article-content (h1, meta, syl-page-article with pgc-img);
    ssr=False is the client-rendered shell: empty #root and the article only in the JSON state."""
    content = "".join(f'<p data-track="{i}">{p}</p>' for i, p in enumerate(a.paras, 1))
    state = {"data": {"title": a.title, "source": a.publisher, "publishTime": 1788433920, "content": content}}
    script = f"<script>window._SSR_HYDRATED_DATA={json.dumps(state, ensure_ascii=False)}</script>"
    if not ssr:
        return doc(f"{a.title} - 今日头条", f'<div id="root"></div>\n{script}')
    body = f'''<div id="root"><div class="main-content"><div class="article-content"><h1>{e(a.title)}</h1>
<div class="article-meta"><span class="original-tag">原创</span><span>2026-09-03 19:12</span><span class="name"><a href="/c/user/1/">{e(a.publisher or "")}</a></span></div>
<article class="syl-article-container"><div class="syl-page-article syl-device-pc">
<div class="pgc-img"><img src="https://p3.toutiaoimg.com/1.jpg"><p class="pgc-img-caption"></p></div>
{content}
</div></article></div>
<div class="detail-like"><span>举报</span></div><div class="detail-side-interaction">评论 12</div></div></div>
{script}'''
    return doc(f"{a.title} - 今日头条", body)


def wechat(a: Article, account: str) -> str:
    """mp.weixin.qq.com/s/…: h1.rich_media_title#activity-name, #js_name account, em#publish_time, and
    #js_content with style="visibility: hidden;" (the real page reveals it by script), then the
    QR/follow and 阅读原文 furniture."""
    body = f'''<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{e(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{e(account)}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-09-03 19:12</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于北京</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
{"".join(f'<section style="margin-bottom: 16px;"><span style="font-size: 15px;letter-spacing: 1px;">{e(p)}</span></section>' for p in a.paras)}
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> <span>阅读 10万+</span> <span>在看</span></div>
</div></div></div></div>
<div id="js_pc_weapp_code" class="weapp_code_pc">微信扫一扫<br>使用小程序</div>
<div class="wx_profile_dialog">知道了</div>'''
    return doc(a.title, body)
