# ruff: noqa: E501
"""Chinese templates audits 4 and 5 did not cover, reproduced in structure (class/id names,
nesting, furniture) from the real CMSs and platforms; every text in them is invented."""

from __future__ import annotations

import json
from html import escape as e

from a5_sites_zh import IND, doc
from articles import Article


def _ps(paras: tuple[str, ...] | list[str], attrs: str = "", indent: str = IND) -> str:
    return "\n".join(f"<p{attrs}>{indent}{e(p)}</p>" for p in paras)


def _jam(text: str, every: int, noise: str) -> str:
    """Discuz's anti-scrape jammer: noise spans after every ``every`` chars."""
    return "".join(text[i:i + every] + (noise.format(n=i) if i + every < len(text) else "") for i in range(0, len(text), every))


def discuz(a: Article, jammer: str = "class", source_line: str = "（来源：中国新闻网）", charset: str = "utf-8") -> str:
    """Discuz! X3.4 viewthread: #pt crumb, thread header with 查看/回复 counters, #postlist of posts
    (div#post_N > table#pidN: td.pls profile, td.plc with 楼主/沙发, td.t_f#postmessage_N with the
    <br>-separated message, div.sign signature, 回复/举报 bar). ``jammer``: "class" (<font
    class="jammer"> hidden by the page's CSS), "style" (inline display:none spans), "white"
    (<font color="#ffffff"> noise)."""
    noise = {"class": '<font class="jammer">k{n}q9x</font>', "style": '<span style="display:none">{n}jz3</span>',
             "white": '<font color="#ffffff">x{n}w</font>'}[jammer]
    msg = "<br />\r\n<br />\r\n".join(_jam(e(p), 23, noise) for p in [*a.paras, source_line])
    def post(pid: int, num: str, user: str, when: str, body: str, sign: str) -> str:
        return f'''<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={pid}" class="xw1">{user}</a></div></div>
<div class="p_pop blk bui card_gender_0"><div class="m z"><div><img src="uc_server/avatar.php?uid={pid}" /></div></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a class="xi2">356</a></p>主题</th><th><p><a class="xi2">2148</a></p>帖子</th><td><p><a class="xi2">6520</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=14">金牌会员</a></em></p><dl class="pil cl"><dt>积分</dt><dd>6520</dd></dl></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;ptid=88&amp;pid={pid}" id="postnum{pid}"><em>{num}</em></a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /> <em id="authorposton{pid}">发表于 {when}</em> <span class="pipe">|</span> <a href="forum.php?mod=viewthread&amp;tid=88&amp;authorid={pid}">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{body}</td></tr></table></div></div></div>
<div class="sign" style="max-height:100px;maxHeightIE:100px;">{sign}</div></td></tr>
<tr><td class="plc plm"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply">回复</a></em><p><a href="javascript:;">举报</a></p></div></div></td></tr></table></div>'''
    first = post(1001, "楼主", "江城老张", "2026-10-22 15:20:11",
                 f'<i class="pstatus"> 本帖最后由 江城老张 于 2026-10-22 15:31 编辑 </i><br />\r\n<br />\r\n{msg}', "周末骑行群欢迎加入，每周六早上七点汉口江滩集合。")
    second = post(1002, "沙发", "骑遍大武汉", "2026-10-22 16:02:45", "终于等到了！一期已经骑了好多遍，二期开放第一个周末就去。<br />\r\n驿站有没有充电桩啊？", "人生就像骑自行车，想保持平衡就得往前走。")
    third = post(1003, "板凳", "汉阳小美", "2026-10-22 17:40:02", "芦苇荡那一段拍照应该很好看，期待。", "")
    style = "<style>.t_f font.jammer, .jammer { display: none; }</style>" if jammer == "class" else ""
    body = f'''<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging">登录</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="江城论坛"><img src="static/image/common/logo.png" alt="江城论坛" /></a></h2></div>
<div id="nv"><ul><li class="a"><a href="forum.php">论坛</a></li><li><a href="home.php">家园</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">江城论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">武汉生活</a> <em>&rsaquo;</em> <a href="thread-88-1-1.html">{e(a.title)}</a></div></div>
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-12-1.html">返回列表</a></span><a id="newspecial" href="forum.php?mod=post&amp;action=newthread">发帖</a> <a id="post_reply" href="forum.php?mod=post&amp;action=reply">回复</a></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3521</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">2</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=typeid&amp;typeid=3">[转载]</a> <span id="thread_subject">{e(a.title)}</span></h1>
<span class="xg1"><a href="forum.php?mod=viewthread&amp;tid=88" onclick="return copyThreadUrl(this)">[复制链接]</a></span></td></tr></table>
{first}
{second}
{third}
</div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="./">江城论坛</a></strong> ( <a href="https://beian.miit.gov.cn/">鄂ICP备12345678号</a> )</p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2026 Comsenz Inc.</p></div></div>'''
    return doc(f"{a.title} - 武汉生活 - 江城论坛 - Powered by Discuz!", body, charset, head=style)


def phpcms_pages(a: Article, shown: int, next_href: str) -> str:
    """PHPCMS v9 show.html of a multi-page article: .crumbs, #Article h1 with the info span, .content
    holding this page's part, #pages with 上一页 1 2 下一页, 上一篇/下一篇, 相关阅读 box."""
    body = f'''<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.gif" /></a></div><div class="nav-bar"><map><a href="/">首页</a><span>|</span><a href="/html/news/">新闻</a><span>|</span><a href="/html/society/">社会</a></map></div></div>
<div class="main"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/news/">新闻中心</a> &gt; 正文</div>
<div class="col-left"><div id="Article"><h1>{e(a.title)}<br /><span>2026-10-21 10:05:32&nbsp;&nbsp;&nbsp;来源：{e(a.publisher or "")}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits">1209</span></span></h1>
<div class="content">{_ps(a.paras[:shown], indent="")}
<div id="pages" class="text-c"><a class="a1">上一页</a> <span>1</span> <a href="{next_href}">2</a> <a class="a1" href="{next_href}">下一页</a></div></div>
<div class="bk15"></div><div class="f14"><strong>分享到：</strong><a class="bds_tsina">新浪微博</a><a class="bds_weixin">微信</a></div>
<p class="f14"><strong>上一篇：</strong><a href="/html/news/611.html">山区公路安防工程完成年度任务</a><br /><strong>下一篇：</strong><a href="/html/news/613.html">高速服务区新增充电桩两百个</a></p></div>
<div class="box"><h5>相关阅读</h5><ul class="list blue lh24 f14"><li>·<a href="/html/news/598.html">又一座山区大桥开建</a></li><li>·<a href="/html/news/601.html">遵义至湄潭高速全线贯通</a></li></ul></div></div>
<div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg"><li><a href="/html/news/1.html">本市秋季招聘会下周举行</a></li><li><a href="/html/news/2.html">老旧小区加装电梯再提速</a></li></ul></div></div></div>
<div class="footer"><p class="info">Powered by PHPCMS v9 &copy; 2026 黔北资讯网 黔ICP备00000000号</p></div>'''
    return doc(f"{a.title} - 新闻中心 - 黔北资讯网", body)


def empire(a: Article, rows_at: int, rows: tuple[str, ...], charset: str = "utf-8", pages: str = "") -> str:
    """帝国CMS 7.5 default news page: table.position crumb (现在的位置), table.title_info with h1 and
    td.info_text (时间/来源/作者/点击 + the ViewClick counter script), div#text body (``rows`` as a
    body table after paragraph ``rows_at``), 上一篇/下一篇, 相关信息, and the right column's
    点击排行 table."""
    def table(rs: tuple[str, ...], cls: str = "") -> str:
        head, *tail = rs
        th = "".join(f"<td><strong>{e(c)}</strong></td>" for c in head.split(" "))
        trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r.split(" ")) + "</tr>" for r in tail)
        return f'<table width="90%" border="1" cellspacing="0" cellpadding="3" align="center"{cls}><tbody><tr>{th}</tr>{trs}</tbody></table>'
    paras = [p for p in a.paras if p not in rows]
    text = _ps(paras[:rows_at]) + "\n" + (table(rows) if rows else "") + "\n" + _ps(paras[rows_at:])
    rank = "".join(f'<tr><td width="10%">{i}</td><td><a href="/news/{i}.html" title="{t}">{t}</a></td><td width="20%">{n}</td></tr>'
                   for i, (t, n) in enumerate((("市区新增三条公交线路", "8812"), ("地铁五号线南延段开工", "6540"), ("老城区燃气管网改造完成", "5231")), 1))
    body = f'''<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="header"><tr><td width="200"><a href="/"><img src="/skin/default/images/logo.gif" /></a></td><td class="nav"><a href="/">首页</a> | <a href="/news/">本地新闻</a> | <a href="/travel/">文旅</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="position"><tr><td>现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/news/">本地新闻</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="10"><tr valign="top"><td class="main">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="title_info"><tr><td><h1>{e(a.title)}</h1></td></tr>
<tr><td class="info_text">时间：2026-10-08 09:12:40&nbsp;&nbsp;来源：{e(a.publisher or "")}&nbsp;&nbsp;作者：{e(a.author or "")}&nbsp;&nbsp;点击：<script src=/e/public/ViewClick/?classid=2&id=185&addclick=1></script>次</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><div id="text">{text}</div>{pages}</td></tr>
<tr><td class="info_text"><div>上一篇：<a href="/news/184.html">市民公园秋季花展开幕</a></div><div>下一篇：<a href="/news/186.html">老年大学新学期开课</a></div></td></tr></table>
<table width="100%" border="0" cellpadding="3" cellspacing="1" class="box"><tr><td class="title_bg"><strong>相关信息</strong></td></tr><tr><td><ul class="list"><li><a href="/news/170.html">中秋假期全市旅游市场平稳有序</a></li><li><a href="/news/150.html">暑期文旅消费持续升温</a></li></ul></td></tr></table></td>
<td class="right" width="260"><table width="100%" border="0" cellpadding="3" cellspacing="1" class="box"><tr><td class="title">点击排行</td></tr><tr><td><table width="100%">{rank}</table></td></tr></table></td></tr></table>
<table width="960" border="0" align="center" class="copyright"><tr><td>Powered by <strong><a href="http://www.phome.net">EmpireCMS</a></strong> &copy; 2002-2026 江城在线 版权所有</td></tr></table>'''
    return doc(f"{a.title}_本地新闻_江城在线", body, charset)


EMPIRE_PAGES = ('<div class="epages"><a title="Total record">&nbsp;<b>3</b> </a>&nbsp;&nbsp;<b>1</b>&nbsp;<a href="/news/2026-10-20/86_2.html">2</a>&nbsp;'
                '<a href="/news/2026-10-20/86_3.html">3</a>&nbsp;<a href="/news/2026-10-20/86_2.html">下一页</a>&nbsp;<a href="/news/2026-10-20/86_3.html">尾页</a></div>')


def toutiao_copy(a: Article) -> str:
    """A 今日头条 article page (SSR): .article-content h1, .article-meta (原创 tag, author, time,
    region), article.syl-article-base with <p data-track>, .pgc-img figure caption, 举报 footer."""
    paras = [f'<p data-track="{i}">{e(p)}</p>' for i, p in enumerate(a.paras, 1)]
    paras.insert(1, '<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com/1.jpg" /><p class="pgc-img-caption">凌晨一点，小吃街依然热闹</p></div>')
    body = f'''<div class="main-nav"><a href="/">首页</a><a href="/ch/news_hot/">热点</a><a href="/ch/news_local/">本地</a></div>
<div class="article-content"><h1>{e(a.title)}</h1><div class="article-meta mt-4"><span class="original-tag">原创</span><span class="name"><a href="/c/user/token/x/" class="user-name">{e(a.author or "")}</a></span><span>2026-10-17 21:05</span><span class="dot">·</span><span>湖南</span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{chr(10).join(paras)}</article>
<div class="article-footer"><a class="report">举报</a></div></div>
<div class="detail-side"><div class="side-drawer"><h3>相关推荐</h3><ul><li><a>长沙夜宵地图更新了</a></li><li><a>一条老街的烟火气</a></li></ul></div></div>'''
    return doc(f"{a.title} - 今日头条", body)


def baijiahao(a: Article) -> str:
    """百家号 article (CSS-module hashed names, h2 title, no h1): author name + date/region, body
    paragraphs in <p><span class="bjh-p">, an image block, 举报/反馈, 百度APP内阅读 teaser."""
    paras = "".join(f'<div class="dpu8C _2kCxD "><p><span class="bjh-p">{e(p)}</span></p></div>' for p in a.paras)
    body = f'''<div id="header"><div class="s-top-nav"><a href="https://www.baidu.com/">百度首页</a> <a>登录</a></div></div>
<div class="index-module_articleWrap_2Zphx"><div class="index-module_articleTitle_28fPT"><h2 class="index-module_articleTitle_28fPT">{e(a.title)}</h2></div>
<div class="index-module_articleSource_2dw16"><div class="index-module_authorTxt_V4CN5"><p class="index-module_authorName_7y5nA">{e(a.author or "")}</p><div class="index-module_articleSource_2dw16"><span class="index-module_date_4m2pK">2026-10-18 20:41</span><span class="index-module_source_3wpbc">湖南</span></div></div><div class="index-module_follow_6JjKu">关注</div></div>
<div data-testid="article" class="_18p7x">{paras}<div class="_1NCGf"><img src="https://pics0.baidu.com/feed/1.jpeg" width="640" /></div></div>
<div class="index-module_articleFooter_3QZgG"><span>举报/反馈</span></div></div>
<div class="index-module_recommend_1ZSka"><div class="index-module_title_2b4v5">为你推荐</div><div><a>小城书店的生存之道</a></div><div><a>县城青年的返乡创业故事</a></div></div>
<div class="index-module_openApp_3wpL9">百度APP内阅读，体验更佳</div>'''
    return doc(f"{a.title}", body)


def wechat_farm(a: Article) -> str:
    """A WordPress-style farm's copy of a 公众号 article: 点击上方蓝字关注我们 above, the account's
    原创 line, - END -, 往期推荐, 来源（ID）, 声明（如有侵权）, 点个在看, 阅读原文."""
    body = f'''<div class="site-header"><div class="logo"><a href="/">夜读资讯网</a></div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/shenghuo/">生活</a></li></ul></div>
<div class="container"><div class="content-wrap"><article class="article-content">
<header class="article-header"><h1 class="article-title">{e(a.title)}</h1><div class="article-meta"><span class="item">2026-10-18</span><span class="item">分类：<a href="/shenghuo/">生活</a></span><span class="item">阅读(862)</span></div></header>
<div class="article-body">
<p style="text-align:center;"><span style="color:#1e6bb8;">点击上方蓝字</span>　关注我们</p>
<p>原创 {e(a.author or "")} 夜读江城 2026-10-17 21:05 湖南</p>
{_ps(a.paras, indent="")}
<p style="text-align:center;">- END -</p>
<p><strong>往期推荐</strong></p>
<p><a href="/1.html">老城区的最后一家修表铺</a></p>
<p><a href="/2.html">江边夜跑的年轻人</a></p>
<p>来源：夜读江城（ID：yedujiangcheng）</p>
<p>声明：本文转自网络，版权归原作者所有，如有侵权请联系删除。</p>
<p style="text-align:center;">点个“在看”，让更多人看到</p>
<p><a href="https://mp.weixin.qq.com/s/abc">阅读原文</a></p>
</div></article></div></div>
<div class="footer">Copyright © 2026 夜读资讯网</div>'''
    return doc(f"{a.title}-夜读资讯网", body)


def wechat_mp(a: Article) -> str:
    """mp.weixin.qq.com: #activity-name h2 (no h1), #meta_content (原创 tag, author, account link,
    em#publish_time), #js_content hidden until scripts run, with the account's promo sections inside
    (点击蓝字 关注我们, - END -, 往期推荐 cards), 阅读原文 link, the PC QR box."""
    secs = "".join(f'<section style="margin-bottom:16px;"><span style="font-size:15px;">{e(p)}</span></section>' for p in a.paras)
    body = f'''<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{e(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">{e(a.author or "")}</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">夜读江城</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年10月17日 21:05</em><em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">湖南</em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="text-align:center;"><span style="color:rgb(30,107,184);">点击蓝字</span><span>关注我们</span></section>
{secs}
<section style="text-align:center;"><span>- END -</span></section>
<section><span style="font-weight:bold;">往期推荐</span></section>
<section><a href="https://mp.weixin.qq.com/s/1">老城区的最后一家修表铺</a></section>
<section><a href="https://mp.weixin.qq.com/s/2">江边夜跑的年轻人</a></section>
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips">标签暂不可用</div>
<div class="rich_media_tool"><a id="js_view_source" href="##">阅读原文</a><span class="media_tool_meta">阅读 1.2万</span></div></div></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" /><p>微信扫一扫<br />关注该公众号</p></div></div>'''
    return doc(f"{a.title}", body, head='<meta property="og:title" content="' + e(a.title) + '" />')


def zhihu(a: Article, second: Article) -> str:
    """知乎 question page: h1.QuestionHeader-title, the question's follower counts, then answers
    stacked (.List-item > .ContentItem.AnswerItem: AuthorInfo with itemprop=author, N 人赞同,
    RichText, 编辑于 date, action bar); the first answer is the article."""
    def answer(ans: Article, votes: str, user: str, badge: str, when: str) -> str:
        return f'''<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="0" itemprop="acceptedAnswer" itemscope="" itemtype="http://schema.org/Answer">
<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo" itemprop="author" itemscope="" itemtype="http://schema.org/Person"><meta itemprop="name" content="{user}" />
<span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar" /></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhihu.com/people/x">{user}</a></span></div>
<div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{badge}</div></div></div></div></div>
<div class="css-1kuhh8h"><span>{votes} 人赞同了该回答</span></div></div>
<meta itemprop="dateCreated" content="{when}T09:13:05.000Z" />
<div class="RichContent RichContent--unescapable"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" options="[object Object]" itemprop="text">{_ps(ans.paras, indent="", attrs=' data-pid="x"')}</span></div>
<div><div class="ContentItem-time"><a target="_blank" href="/question/1/answer/2"><span data-tooltip="发布于 {when} 09:13">编辑于 {when} 22:40</span></a></div></div>
<div class="ContentItem-actions RichContent-actions"><span><button class="Button VoteButton VoteButton--up">​赞同 {votes}</button></span><button class="Button ContentItem-action">​添加评论</button><button class="Button ShareMenu-toggler">​分享</button><button class="Button ContentItem-action">​收藏</button><button class="Button ContentItem-action">​喜欢</button></div></div></div></div>'''
    body = f'''<header class="AppHeader"><div class="AppHeader-inner"><a href="/">知乎</a><nav class="AppHeader-Tabs"><a>首页</a><a>知乎知学堂</a><a>发现</a><a>等你来答</a></nav></div></header>
<main role="main" class="App-main"><div class="QuestionPage" itemscope="" itemtype="http://schema.org/Question"><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-topics"><a class="TopicLink">建筑</a><a class="TopicLink">古建筑</a></div>
<h1 class="QuestionHeader-title">{e(a.title)}</h1></div><div class="QuestionHeader-side"><div class="NumberBoard QuestionFollowStatus-counts"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue">2,318</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue">1,204,577</strong></div></div></div></div></div>
<div class="Question-main"><div class="Question-mainColumn"><div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction" href="/question/1">查看全部 86 个回答</a></div>
<div class="Card AnswersNavWrapper"><div class="List">
{answer(a, "1,024", a.author or "", "古建筑测绘从业者", a.date or "")}
{answer(second, "87", "山间听雨", "设计师", "2026-10-20")}
</div></div></div>
<div class="Question-sideColumn"><div class="Card"><div class="Card-header">相关问题</div><ul><li><a>徽派建筑的马头墙有什么作用？</a></li><li><a>为什么老宅都有天井？</a></li></ul></div></div></div></div></main>'''
    ld = {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {"@type": "Question", "name": a.title}}
    return doc(f"{a.title} - 知乎", body, head=f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')


def local_site(a: Article, inner: str, title_tag: str | None = None, extra_h1: str = "", side: str = "") -> str:
    """A generic modern local-news template: header with nav, .article h1, .info line, a body
    built by the caller (``inner``), share bar, 相关新闻, and a sidebar (``side``)."""
    body = f'''<div class="top-header"><div class="wrap">{extra_h1}<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/life/">民生</a></li><li><a href="/health/">健康</a></li></ul></div></div>
<div class="wrap clearfix"><div class="left-main"><div class="article">
<h1 class="article-title">{e(a.title)}</h1>
<div class="article-info"><span class="time">{a.date} 08:30</span><span class="source">来源：{e(a.publisher or "")}</span><span class="author">记者：{e(a.author or "")}</span></div>
<div class="article-body">{inner}</div>
<div class="article-share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="article-editor">责任编辑：赵琳</div></div>
<div class="related-news"><h3>相关新闻</h3><ul><li><a href="/news/1.html">社区卫生服务中心延长服务时间</a></li><li><a href="/news/2.html">冬季用电高峰将至 电力部门提前检修</a></li></ul></div></div>
<div class="right-side">{side}</div></div>
<div class="footer"><p>Copyright © 2026 江城网 版权所有 鄂ICP备00000001号</p></div>'''
    return doc(title_tag or f"{a.title}_江城网", body)


def spam_soup(a: Article, white: str = "inline") -> str:
    """A spam farm wrapping a copied article in keyword div soup: keyword <title>, nested divs with
    random class names, keyword h2s and link clouds, a display:none keyword block, keyword text in
    white (inline style, or a class the page's CSS paints white), font-size:0 keywords inside the
    paragraphs, an off-screen link block."""
    kw = "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清"
    links = " ".join(f'<a href="/vod/{i}.html">{t}</a>' for i, t in enumerate(("国产精品视频", "日韩在线观看", "免费高清影院", "午夜福利视频", "成人影院入口", "亚洲无码专区")))
    hid = '<span style="font-size:0px">久久精品</span>'
    paras = "\n".join(f'<p>{e(p[:18])}{hid}{e(p[18:])}</p>' for p in a.paras)
    white_attr = 'style="color:#FFFFFF;background-color:#FFFFFF"' if white == "inline" else 'class="c9f"'
    css = "<style>.c9f{color:#ffffff;font-size:12px} .x3k{margin:0 auto}</style>" if white != "inline" else ""
    body = f'''<div class="x3k"><div class="a7b"><div class="q1w"><h2 class="kw">{kw}</h2></div>
<div class="z8p">{links}</div>
<div style="display:none"><a href="/a.html">澳门新葡京</a> <a href="/b.html">皇冠体育注册送彩金</a> <a href="/c.html">时时彩投注</a></div>
<div class="m2n"><div class="m2n-i"><div class="c4r"><h1>{e(a.title)}</h1>
<div class="d0t"><div class="d0t-i">{paras}</div></div>
<div {white_attr}>久久精品国产免费观看 亚洲日韩精品一区二区 午夜福利影院高清 成人无码视频在线播放 国产在线视频网站入口</div></div></div></div>
<div style="position:absolute;left:-9999px;top:-9999px">{links}</div>
<div class="f5g"><h2 class="kw">最新国产精品 | 久久视频 | 在线观看</h2>{links}</div></div></div>'''
    return doc(kw, body, head=css)


def next_shell(a: Article, blocks: bool = False) -> str:
    """A Next.js page whose visible article is only an empty shell: the text is in __NEXT_DATA__,
    as one HTML string (``blocks`` False) or as an array of paragraph blocks."""
    if blocks:
        content: object = [{"type": "paragraph", "children": [{"text": p}]} for p in a.paras]
    else:
        content = "".join(f"<p>{e(p)}</p>" for p in a.paras)
    data = {"props": {"pageProps": {"article": {"id": 9921, "title": a.title, "author": {"name": a.author}, "publishTime": f"{a.date}T20:41:00+08:00",
                                                "content": content, "tags": ["书店", "县城"]}}}, "page": "/article/[id]", "query": {"id": "9921"}, "buildId": "x1y2z3"}
    body = f'''<div id="__next"><header class="Header_header__a1b2c"><a href="/">拾光</a><nav><a href="/">首页</a><a href="/culture">文化</a></nav></header>
<main class="Article_main__d3e4f"><h1 class="Article_title__g5h6i">{e(a.title)}</h1><div class="Article_meta__j7k8l"><span>{e(a.author or "")}</span><span>{a.date}</span></div><div class="Article_content__m9n0o"></div></main>
<footer class="Footer_footer__p1q2r">© 2026 拾光</footer></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'''
    return doc(f"{a.title} - 拾光", body)


def nuxt_shell(a: Article) -> str:
    """A Nuxt 2 page: window.__NUXT__ is a JS function call (unquoted keys), the visible page only a shell."""
    html_body = "".join(f"<p>{p}</p>" for p in a.paras).replace("<", "\\u003C").replace("/", "\\u002F")
    js = (f'window.__NUXT__=(function(a,b,c){{return {{layout:"default",data:[{{detail:{{id:5521,title:"{a.title}",author:"{a.author}",'
          f'content:"{html_body}",tags:[a,b]}}}}],fetch:{{}},error:c,state:{{user:{{login:c}}}}}}}}("夜经济","米粉",null));')
    body = f'''<div id="__nuxt"><div id="__layout"><div class="page-detail"><div class="header"><a href="/">城事</a></div><div class="detail-wrap"><h1 class="detail-title">{e(a.title)}</h1><div class="detail-content"></div></div></div></div></div>
<script>{js}</script>'''
    return doc(f"{a.title}_城事", body)


def stacked(first: Article, second: Article) -> str:
    """An infinite-scroll article page: the first article, then the next one already loaded below it
    (its own <article> with an h2 headline), under one list container."""
    def item(a: Article, tag: str, n: int) -> str:
        return f'''<article class="article-item" data-id="{n}"><{tag} class="article-title">{e(a.title)}</{tag}><div class="article-info"><span>{a.date}</span> <span>来源：{e(a.publisher or "")}</span></div>
<div class="article-content">{_ps(a.paras)}</div><div class="article-tools">分享到：<a>微信</a></div></article>'''
    body = f'''<div class="header"><a href="/">黔山网</a> <a href="/news/">新闻</a> <a href="/travel/">旅游</a></div>
<div class="article-list" id="infinite">{item(first, "h1", 1)}
<div class="next-article-tip">继续阅读下一篇</div>
{item(second, "h2", 2)}</div>
<div class="footer">© 2026 黔山网</div>'''
    return doc(f"{first.title}_黔山网", body)


def trs_gov(a: Article) -> str:
    """A government portal on TRS WCM: 当前位置 crumb, .pages-title, .pages-date with the source in
    a span, div.pages_content#UCAP-CONTENT holding div.TRS_Editor (with its own <style>), 扫一扫在手机打开当前页,
    【打印】【关闭】, 我要纠错."""
    body = f'''<div class="header"><a href="/">江城市人民政府</a><ul class="nav"><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmdt/">部门动态</a></div>
<div class="pages-title">{e(a.title)}</div>
<div class="pages-date">{a.date} 09:00 <span class="font">来源：{e(a.publisher or "")}</span><span class="font index_switchsize">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="pages_content" id="UCAP-CONTENT"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>{_ps(a.paras)}</div></div>
<div class="pages_print"><span class="qr">扫一扫在手机打开当前页</span><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="jiucuo"><a>我要纠错</a></div>
<div class="footer"><p>主办：江城市人民政府办公室　网站标识码：4201000001　鄂ICP备00000002号</p></div>'''
    return doc(f"{a.title}_部门动态_江城市人民政府", body)
