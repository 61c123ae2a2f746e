# ruff: noqa: E501
"""Audit5 cases: real-site templates (group site), the same articles scraped into spam-farm
templates and legacy encodings (group farm), and copy-pastes of the rendered pages (group dump).

Expected values are the article as its first publisher wrote it: the headline, the body paragraphs
(captions, credits, editor lines, disclaimers, share/related/comment furniture removed), and the
metadata the page states (published date part, author, original publisher).
"""

from __future__ import annotations

import dataclasses
from html import escape as e

import a5_articles as A
import a5_sites_intl as I
import a5_sites_zh as Z
from a5_render import render
from articles import Article
from build import SPAM, Case, Exp, _obf

SITE, FARM, DUMP = "site", "farm", "dump"


def exp(a: Article, keys: str = "published publisher author", paras: tuple[str, ...] | None = None, title: str | None = None) -> Exp:
    vals = {"publisher": a.publisher, "author": a.author, "published": a.date}
    return Exp(title or a.title, "\n".join(paras if paras is not None else a.paras), {k: vals[k] for k in keys.split()})


def hc(name: str, group: str, html: str, ex: Exp, codec: str = "utf-8", args: list[str] | None = None, ext: str = "html") -> Case:
    return Case(name, group, {f"{name}.{ext}": html.encode(codec)}, [ex], args=args or [])


SH_TP = dataclasses.replace(A.SH, author="吴双")
WY_TT = A.WY
RM_NB = dataclasses.replace(A.RM, paras=A.RM_BODY, author=None)


def site_cases() -> list[Case]:
    """Each real site's own article page, faithful in structure."""
    rm = exp(A.RM, paras=A.RM_BODY)
    return [
        hc("zh_xinhua", SITE, Z.xinhua(A.XH), exp(A.XH)),
        hc("zh_xinhua_caption", SITE, Z.xinhua(A.XH, caption="这是9月2日拍摄的兰考县东坝头镇整治后的农田（无人机照片）。新华社记者 郝源 摄"), exp(A.XH)),
        hc("zh_xinhua_old_no_h1", SITE, Z.xinhua_old(A.XH), exp(A.XH)),
        hc("zh_people_byline", SITE, Z.people(A.RM), rm),
        hc("zh_people_edition_line", SITE, Z.people(RM_NB), exp(RM_NB, "published publisher")),
        hc("zh_sina_orig_title", SITE, Z.sina(A.SN, orig_title="存款利率再下行 大额存单三年期跌破2%"), exp(A.SN)),
        hc("zh_sina_video", SITE, Z.sina(A.SN, video=True), exp(A.SN)),
        hc("zh_sohu_back_inline", SITE, Z.sohu(A.SH), exp(A.SH, "published publisher")),
        hc("zh_sohu_back_own_p", SITE, Z.sohu(A.SH, back_inline=False), exp(A.SH, "published publisher")),
        hc("zh_163", SITE, Z.netease(A.WY), exp(A.WY)),
        hc("zh_ifeng_hashed", SITE, Z.ifeng(A.WY), exp(A.WY, "published publisher")),
        hc("zh_chinanews", SITE, Z.chinanews(A.ZX), exp(A.ZX)),
        hc("zh_thepaper", SITE, Z.thepaper(SH_TP, "吴双"), exp(SH_TP)),
        hc("zh_cctv", SITE, Z.cctv(A.CC), exp(A.CC, "published publisher")),
        hc("zh_gmw_xinhua", SITE, Z.gmw(A.XH), exp(A.XH)),
        hc("zh_huanqiu_h3", SITE, Z.huanqiu(A.HQ), exp(A.HQ)),
        hc("zh_toutiao_ssr", SITE, Z.toutiao(WY_TT), exp(WY_TT, "published publisher")),
        hc("zh_toutiao_json_only", SITE, Z.toutiao(WY_TT, ssr=False), exp(WY_TT, "")),
        hc("tw_cna", SITE, I.cna(A.TW), exp(A.TW)),
        hc("tw_udn", SITE, I.udn(A.UDN), exp(A.UDN)),
        hc("hk_mingpao", SITE, I.mingpao(A.MP), exp(A.MP, "published publisher")),
        hc("en_reuters", SITE, I.reuters(A.EN_R), exp(A.EN_R)),
        hc("en_ap", SITE, I.ap(A.EN_AP), exp(A.EN_AP, "published author")),
        hc("en_bbc", SITE, I.bbc(A.EN_BBC), exp(A.EN_BBC, "published author")),
        hc("en_guardian", SITE, I.guardian(A.EN_GU), exp(A.EN_GU)),
        hc("en_wordpress_local", SITE, I.wordpress(A.EN_WP), exp(A.EN_WP)),
        hc("en_medium", SITE, I.medium(A.EN_MD), exp(A.EN_MD, "published author")),
        hc("ja_nhk", SITE, I.nhk(A.JA_NHK), exp(A.JA_NHK, "published")),
        hc("ja_yahoo_br", SITE, I.yahoo(A.JA_Y), exp(A.JA_Y, "published publisher")),
        hc("ru_ria", SITE, I.ria(A.RU_RIA), exp(A.RU_RIA, "published publisher")),
        hc("ru_lenta", SITE, I.lenta(A.RU_LENTA), exp(A.RU_LENTA, "published author")),
        hc("es_elpais", SITE, I.elpais(A.ES_EP), exp(A.ES_EP, "published author")),
        hc("es_clarin", SITE, I.clarin(A.ES_CL), exp(A.ES_CL, "published author")),
        hc("zh_wechat_hidden_content", SITE, Z.wechat(A.SH, "正定发布"), exp(A.SH, "published")),
        hc("ja_asahi_paywall", SITE, I.asahi(A.JA_AS), exp(A.JA_AS, "published author")),
        hc("ru_tass", SITE, I.tass(A.RU_TASS), exp(A.RU_TASS, "published publisher")),
        hc("zh_163_otitle_wangyihao", SITE, Z.netease(A.WY).replace('<p class="f_center">', '<p class="otitle">（原标题：北京口袋公园今年将达50处）</p>\n<p class="f_center">').replace(
            '<div class="post_author">', '<div class="post_statement"><p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>\n<div class="post_author">'),
           exp(A.WY, "published publisher")),
    ]


def dede(a: Article, paras_html: str, source: str, charset: str = "gb2312", title_tag: str | None = None) -> str:
    """A DedeCMS article template (default 'article_article.htm'): h2 title, info with 作者:admin and
    the hit-counter script, .content > table, 分隔线, 上一篇/下一篇."""
    body = f'''<div class="header"><div class="top"><span>欢迎访问新闻资讯网！</span><a>设为首页</a> <a>加入收藏</a></div><div class="nav"><a href="/">主页</a> <a href="/news/">新闻资讯</a> <a href="/shehui/">社会</a></div></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/news/'>新闻资讯</a> &gt; </div>
<div class="viewbox"><div class="title"><h2>{e(a.title)}</h2></div>
<div class="info"><small>时间:</small>2026-09-03 10:21<small>来源:</small>{source} <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=1234&amp;mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="content"><table width='100%'><tr><td>
{paras_html}
</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/news/1233.html'>秋粮收购工作全面展开</a> </li><li>下一篇：没有了 </li></ul></div></div></div></div>
<div class="pright"><div class="hot mt1"><dl class="tbox"><dt><strong>热点内容</strong></dt><dd><ul class="c1 ico2"><li><a>久久精品国产免费观看高清</a></li><li><a>亚洲日韩精品一区二区</a></li></ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><p>Copyright &copy; 2002-2026 新闻资讯网 版权所有 Power by DedeCms</p><p>备案号：京ICP备12345678号</p></div>'''
    return Z.doc(title_tag or f"{a.title}_新闻资讯网", body, charset)


def phpcms(a: Article, paras_html: str, source: str) -> str:
    """PHPCMS v9 default show.html: the info span sits INSIDE the h1 after a <br />."""
    body = f'''<div class="header"><div class="logo"><a href="/">新闻资讯网</a></div><div class="nav"><a>首页</a> <a>社会</a> <a>财经</a></div></div>
<div class="main"><div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/shehui/">社会</a> &gt;  正文</div>
<div id="Article"><h1>{e(a.title)}<br /><span>2026-09-03 08:21:00&nbsp;&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击:<span id="hits"></span></span></h1>
<div class="content">
{paras_html}
</div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a>图书角</a> <a>乡村教育</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/shehui/1.html">乡村教师的一天</a><br /><strong>下一篇：</strong><a href="/shehui/3.html">“流动书屋”开进大山</a></p></div></div></div>
<div class="footer"><p>Powered by PHPCMS v9 &copy; 2026 新闻资讯网</p></div>'''
    return Z.doc(SPAM, body)


def wpfarm(a: Article, content_html: str) -> str:
    """A WordPress farm: entry-meta 作者 admin, the scraped content with the source's furniture, the
    farm's own 本文来自网络 line, tags and post navigation."""
    body = f'''<header class="site-header"><p class="site-title"><a href="/">新闻资讯网</a></p><p class="site-description">最新最全的新闻资讯门户 www.xwzx365.com</p></header>
<main id="main"><article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{e(a.title)}</h1>
<div class="entry-meta"><span class="posted-on">2026年9月3日</span> <span class="byline">作者 <a>admin</a></span> <span class="cat-links">分类：<a>财经</a></span> <span>阅读(1024)</span></div></header>
<div class="entry-content">
{content_html}
<p>本文来自网络，不代表新闻资讯网立场，转载请注明出处：https://www.xwzx365.com/1234.html</p>
</div>
<footer class="entry-footer"><span class="tags-links">标签：<a rel="tag">大额存单</a> <a rel="tag">利率</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a>上一篇 秋季理财怎么选</a></div><div class="nav-next"><a>下一篇 国债发行火爆</a></div></nav></main>'''
    return Z.doc(f"{a.title} - 新闻资讯网", body)


def _ps(paras: tuple[str, ...] | list[str], indent: str = Z.IND) -> str:
    return "\n".join(f"<p>{indent}{e(p)}</p>" for p in paras)


def farm_cases() -> list[Case]:
    o = _obf()
    xh_copy = _ps(A.XH.paras) + "\n<p>【纠错】 【责任编辑:王敏】</p>"
    sina_copy = (f"<p>{Z.IND}原标题：存款利率再下行 大额存单三年期跌破2%</p>\n" + _ps(A.SN.paras) + f"\n<p>{Z.IND}北京商报记者 孟亦凡</p>\n<p>新浪财经公众号</p>\n"
                 "<p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p>\n<p>责任编辑：王子怡</p>\n<p>文章关键词： 大额存单 利率</p>\n"
                 "<p>特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪网联系。</p>")
    people_copy = _ps(A.RM_BODY) + "\n<p>　　《 人民日报 》（ 2026年09月03日 11 版）</p>\n<p>(责编：赵欣悦、岳弘彬)</p>"
    seed_paras = tuple(o.fold(o.gloss(p, "s2t")) for p in A.RM_BODY)
    seed_html = _ps(seed_paras, "  ") + "\n<p>(" + o.gloss("责编", "s2t") + ":趙欣悅、岳弘彬)</p>"
    zw = dataclasses.replace(A.SH, paras=tuple(o.invisibles(p, 5, every=7) for p in A.SH.paras))
    tagged = [A.WY.paras[0], A.WY.paras[1].replace("座椅", '<a href="https://www.xwzx365.com/tag/zuoyi/" target="_blank">座椅</a>').replace("健身器材", '<a href="https://www.xwzx365.com/tag/jianshen/">健身器材</a>'), A.WY.paras[2]]
    netease_tagged = Z.netease(A.WY)
    for p in A.WY.paras[1:2]:
        netease_tagged = netease_tagged.replace(e(p), tagged[1])
    return [
        hc("f_dede_xinhua_gbk", FARM, dede(A.XH, xh_copy, "新华网"), exp(A.XH), "gbk"),
        hc("f_dede_xinhua_gbk_says_utf8", FARM, dede(A.XH, xh_copy, "新华网", charset="utf-8"), exp(A.XH), "gbk"),
        hc("f_dede_pagination", FARM, dede(A.XH, xh_copy + """<div class="dede_pages"><ul class="pagelist"><li><a>共3页: </a></li><li><a href='#'>上一页</a></li><li class="thisclass"><a href='#'>1</a></li><li><a href='1234_2.html'>2</a></li><li><a href='1234_3.html'>3</a></li><li><a href='1234_2.html'>下一页</a></li></ul></div>""", "新华网"), exp(A.XH, "published author"), "gbk"),
        hc("f_dede_spam_title_no_h1_title", FARM, dede(A.XH, xh_copy, "新华网", title_tag=SPAM), exp(A.XH), "gbk"),
        hc("f_phpcms_info_in_h1", FARM, phpcms(RM_NB, people_copy, "人民网－人民日报"), exp(RM_NB, "published publisher")),
        hc("f_wp_sina_copy", FARM, wpfarm(A.SN, sina_copy), exp(A.SN, "published publisher author")),
        hc("f_sohu_zero_width", FARM, Z.sohu(zw), exp(A.SH, "published publisher")),
        hc("f_163_tag_links", FARM, netease_tagged, exp(A.WY)),
        hc("f_cna_big5_says_gb2312", FARM, I.cna(A.TW, charset="gb2312"), exp(A.TW), "big5"),
        hc("f_udn_big5_no_label", FARM, I.udn(A.UDN, charset=None), exp(A.UDN), "big5"),
        hc("f_yahoo_sjis_no_label", FARM, I.yahoo(A.JA_Y, charset=None), exp(A.JA_Y, "published publisher"), "shift_jis"),
        hc("f_lenta_1251_says_latin1", FARM, I.lenta(A.RU_LENTA, charset="iso-8859-1"), exp(A.RU_LENTA, "published author"), "cp1251"),
        hc("f_elpais_latin1_says_utf8", FARM, I.elpais(A.ES_EP, charset="utf-8"), exp(A.ES_EP, "published author"), "latin-1"),
        hc("f_chinanews_gbk_http_utf8", FARM, Z.chinanews(A.ZX), exp(A.ZX), "gbk", ["--content-type", "text/html; charset=utf-8"]),
        hc("f_seed_people_dede_s2t", FARM, dede(RM_NB, seed_html, "人民网－人民日报", charset="utf-8", title_tag=SPAM).replace(e(RM_NB.title), e(o.gloss(RM_NB.title, "s2t"))),
           exp(RM_NB, "published publisher")),
    ]


def _seed_dump(a: Article, tail: list[str], paras: tuple[str, ...] | None = None) -> str:
    """The seed's shape for our article: spam line, crumb, title, two-space indented folded paragraphs
    (s2t + readings), then the source site's furniture lines, glossed the same way."""
    o = _obf()
    crumb = o.gloss("当前位置", "s2t") + " : " + o.gloss("首页", "s2t") + " > " + o.gloss("资讯中心", "s2t") + " > " + o.gloss("时政要闻", "s2t")
    lines = [SPAM, "", "\xa0", crumb, "\xa0", "", o.gloss(a.title, "s2t"), "", ""]
    for p in paras or a.paras:
        lines += ["  " + o.fold(o.gloss(p, "s2t")), ""]
    lines += [o.fold(o.gloss(t, "s2t")) for t in tail]
    return "\n".join(lines) + "\n"


def tc(name: str, text: str, ex: Exp, codec: str = "utf-8") -> Case:
    return Case(name, DUMP, {f"{name}.txt": text.encode(codec)}, [ex])


def dump_cases() -> list[Case]:
    """Copy-pastes of the rendered pages (a5_render), and two seed-shaped dumps with site furniture."""
    rm = exp(A.RM, paras=A.RM_BODY)
    out = [
        tc("d_xinhua", render(Z.xinhua(A.XH)), exp(A.XH)),
        tc("d_xinhua_old", render(Z.xinhua_old(A.XH)), exp(A.XH)),
        tc("d_people", render(Z.people(RM_NB)), exp(RM_NB, "published publisher")),
        tc("d_people_byline", render(Z.people(A.RM)), rm),
        tc("d_sina", render(Z.sina(A.SN, orig_title="存款利率再下行 大额存单三年期跌破2%")), exp(A.SN)),
        tc("d_sohu", render(Z.sohu(A.SH)), exp(A.SH, "published publisher")),
        tc("d_163", render(Z.netease(A.WY)), exp(A.WY)),
        tc("d_chinanews", render(Z.chinanews(A.ZX)), exp(A.ZX)),
        tc("d_thepaper", render(Z.thepaper(SH_TP, "吴双")), exp(SH_TP)),
        tc("d_cctv", render(Z.cctv(A.CC)), exp(A.CC, "published publisher")),
        tc("d_huanqiu", render(Z.huanqiu(A.HQ)), exp(A.HQ)),
        tc("d_cna", render(I.cna(A.TW)), exp(A.TW)),
        tc("d_udn", render(I.udn(A.UDN)), exp(A.UDN)),
        tc("d_reuters", render(I.reuters(A.EN_R)), exp(A.EN_R, "published author")),
        tc("d_ap", render(I.ap(A.EN_AP)), exp(A.EN_AP, "published author")),
        tc("d_bbc", render(I.bbc(A.EN_BBC)), exp(A.EN_BBC, "published author")),
        tc("d_guardian", render(I.guardian(A.EN_GU)), exp(A.EN_GU, "published author")),
        tc("d_wordpress", render(I.wordpress(A.EN_WP)), exp(A.EN_WP, "published author")),
        tc("d_nhk", render(I.nhk(A.JA_NHK)), exp(A.JA_NHK, "")),
        tc("d_ria", render(I.ria(A.RU_RIA)), exp(A.RU_RIA, "published publisher")),
        tc("d_lenta_1251", render(I.lenta(A.RU_LENTA)), exp(A.RU_LENTA, "published author"), "cp1251"),
        tc("d_elpais", render(I.elpais(A.ES_EP)), exp(A.ES_EP, "published author")),
        tc("d_xinhua_gb18030", render(Z.xinhua(A.XH)), exp(A.XH), "gb18030"),
        tc("z_seed_xinhua_tail", _seed_dump(A.XH, ["【纠错】 【责任编辑:王敏】"]), exp(A.XH, "publisher author")),
        tc("z_seed_people_tail", _seed_dump(RM_NB, ["《 人民日报 》（ 2026年09月03日 11 版）", "", "(责编：赵欣悦、岳弘彬)"]), exp(RM_NB, "")),
        tc("z_seed_sina_tail", _seed_dump(A.SN, ["责任编辑：王子怡", "", "文章关键词： 大额存单 利率", "", "海量资讯、精准解读，尽在新浪财经APP"]), exp(A.SN, "")),
    ]
    regions = [("xinhua", Z.xinhua(A.XH), exp(A.XH)), ("sina", Z.sina(A.SN), exp(A.SN)), ("sohu", Z.sohu(A.SH), exp(A.SH, "published publisher")),
               ("thepaper", Z.thepaper(SH_TP, "吴双"), exp(SH_TP)), ("cna", I.cna(A.TW), exp(A.TW)), ("udn", I.udn(A.UDN), exp(A.UDN)),
               ("reuters", I.reuters(A.EN_R), exp(A.EN_R, "published author")), ("bbc", I.bbc(A.EN_BBC), exp(A.EN_BBC, "published author")),
               ("nhk", I.nhk(A.JA_NHK), exp(A.JA_NHK, "")), ("ria", I.ria(A.RU_RIA), exp(A.RU_RIA, "published publisher"))]
    for site, html, ex in regions:
        text = render(html)
        region = text[text.index(ex.title or ""):]
        out.append(tc(f"r_{site}_from_headline", region, ex))
        if site in ("xinhua", "sina", "sohu", "cna"):
            out.append(tc(f"z_farm_{site}_region", f"{SPAM}\n\n\xa0\n当前位置 : 首页 > 资讯中心 > 时政要闻\n\xa0\n\n{region}", ex))
    return out


def build_all() -> list[Case]:
    return site_cases() + farm_cases() + dump_cases()
