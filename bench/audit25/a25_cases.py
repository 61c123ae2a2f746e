# ruff: noqa: E501
"""Audit25 cases: reposted articles in the forms users and corpus builders hold them: browser "Save Page As"
HTML (``sv``), Wayback Machine and archive.today captures (``wb``), print views (``pr``), search-engine cache
copies (``gc``), reader-mode exports, web clips, feeds and copy-paste text (``rd``), reposts of reposts: a
farm page or seed dump wrapping one of those (``rr``), and controls whose own prose talks about archives,
captures, caches and printing (``ctl``: nothing may be dropped).

Expectations: the first publisher's title and paragraphs, nothing of the wrapper; the metadata the page
states (the article's own date, never a capture's, a clip's or a cache's date); ``url`` the original
article URL the wrapper names (saved-from comment, the Wayback original, archive.today's "Saved from", the
cache's "cache of URL", a print view's 本文网址 line, a reader view's source link, a clip's source-url, a
feed item's link): that is where the article came from, which is what ``url`` means in the README."""

from __future__ import annotations

import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a25_texts as T  # noqa: E402
from a18_build import A8, case, dump, enc, g  # noqa: E402
from a25_texts import Story  # noqa: E402
from a25_wrap import Site, archive_today, article_page, ps, saved_comment, saved_page, wayback  # noqa: E402

S2T = g()
CRLF = "\r\n"

WH = Site("zh", "武汉新闻网", "www.whxw.example.cn", "/news/2016-03/12/content_88123.htm", {})
YL = Site("zh", "云岭日报", "www.ylrb.example.cn", "/html/2016-05/20/content_5521.htm", {})
JC = Site("zh", "江城晚报", "news.jcwb.example.com", "/shehui/20170113/113344.shtml", {})
HB = Site("zh", "海滨日报网", "www.hbrb.example.cn", "/2016/0909/c1008-2291.html", {})
HG = Site("en", "The Harbour Gazette", "www.harbourgazette.example.co.uk", "/news/2016/03/10/seawall-repairs-finish-early", {})
VP = Site("ru", "Волжская правда", "vpravda.example.ru", "/news/society/2016/04/18/parom.html", {})
MS = Site("ja", "みなと新報", "www.minato-shimpo.example.jp", "/news/20160602/lib0602.html", {})
DV = Site("es", "El Diario del Valle", "www.diariodelvalle.example.es", "/comarca/2016/11/07/horno-lena.html", {})


def body(s: Story) -> str:
    return "\n".join(s.paras)


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra


def zh_info(s: Story, time: str = "10:21") -> str:
    a = f' <span class="author">作者：{s.author}</span>' if s.author else ""
    return f'<span class="time">{s.published} {time}</span> <span class="source">来源：{s.publisher}</span>{a}'


def en_info(s: Story) -> str:
    month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][int(s.published[5:7]) - 1]
    return f'<span class="byline">By <a href="/authors/{s.author.lower().replace(" ", "-")}">{s.author}</a></span> <time datetime="{s.published}T09:30:00+00:00">{int(s.published[8:])} {month} {s.published[:4]}</time>'


RU_INFO = '<span class="date">18.04.2016 12:05</span> <span class="author">Автор: Наталья Громова</span>'
JA_INFO = '<time datetime="2016-06-02T10:15:00+09:00">2016年6月2日 10:15</time>'
ES_INFO = '<span class="autor">Por Carmen Ruiz</span> <time datetime="2016-11-07T08:00:00+01:00">7 de noviembre de 2016</time>'

CONSENT = {
    "zh": '<div id="cookie-notice" class="cookie-bar" style="position:fixed;bottom:0"><p>本网站使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。详情请阅读我们的隐私政策。</p><button>我知道了</button></div>\n',
    "en": '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="dialog" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. By clicking "Accept all cookies" you agree to the storing of cookies on your device. You can change your choice at any time in Privacy settings.</p><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>\n',
    "ru": '<div class="cookie-consent" role="dialog"><p>Мы используем файлы cookie, чтобы сайт работал удобнее для вас. Продолжая пользоваться сайтом, вы соглашаетесь с политикой обработки персональных данных.</p><button>Принять</button></div>\n',
    "ja": '<div id="cookie-consent" class="cmp-banner"><p>当サイトでは、利便性の向上と利用状況の分析のためにCookieを使用しています。サイトを閲覧し続けることで、Cookieの使用に同意したものとみなされます。</p><button>同意する</button></div>\n',
    "es": '<div id="cmp-app-container" class="didomi-popup" role="dialog"><div class="didomi-popup-container"><h1 class="didomi-popup-title">Valoramos tu privacidad</h1><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios, elaborar información estadística y mostrarte publicidad relacionada con tus preferencias mediante el análisis de tus hábitos de navegación. Puedes aceptar todas las cookies pulsando el botón «Aceptar» o configurarlas o rechazar su uso.</p><button>Configurar</button><button>Aceptar y cerrar</button></div></div>\n',
}
PAYWALL_EN = ('<div class="tp-modal" role="dialog"><div class="tp-backdrop"></div><div class="tp-iframe-wrapper"><div class="regwall"><h2>Sign in to continue reading</h2>'
              '<p>You have reached your limit of free articles this month. Create a free account or sign in to keep reading The Harbour Gazette.</p>'
              '<a class="btn" href="/register">Create account</a> <a class="btn" href="/login">Sign in</a><p>Already a subscriber? <a href="/login">Log in here</a></p></div></div></div>\n')
AD_IFRAME = '<div id="div-gpt-ad-1457943753-2" class="ad-slot"><div id="google_ads_iframe_/1234/news/article_0__container__" style="border:0pt none;"><iframe id="google_ads_iframe_/1234/news/article_0" title="3rd party ad content" name="google_ads_iframe_/1234/news/article_0" width="300" height="250" scrolling="no" frameborder="0" src="about:blank" style="border:0;vertical-align:bottom;" data-load-complete="true"></iframe></div></div>\n'
TABOOLA_EN = ('<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_header_ext">You May Like</div><div class="trc_rbox_div">'
              '<a class="item-label-href" href="https://trc.taboola.com/x1"><span class="video-label">Doctors stunned by this simple trick for aching knees</span><span class="branding">Health Daily | Sponsored</span></a>'
              '<a class="item-label-href" href="https://trc.taboola.com/x2"><span class="video-label">The pension loophole thousands of retirees are using this year</span><span class="branding">Money Matters | Sponsored</span></a></div></div>\n')
ZH_COMMENTS = ('<div class="comment-box" id="comments"><h3>网友评论（3）</h3><ul class="comment-list">'
               '<li><div class="c-user">江城网友 <span class="c-time">2016-03-12 12:40</span></div><div class="c-text">我家楼下的小巷去年也建了雨水花园，今年下大雨果然没怎么积水了，希望继续推广。</div><div class="c-act"><a>回复</a> <a>赞(12)</a></div></li>'
               '<li><div class="c-user">老街坊 <span class="c-time">2016-03-12 13:05</span></div><div class="c-text">好事，就是后期的维护一定要跟上，别建完就没人管了。</div><div class="c-act"><a>回复</a> <a>赞(8)</a></div></li>'
               '</ul><div class="c-more"><a>查看全部评论</a></div></div>\n')
ZH_LOGIN_WALL = ('<div class="read-more-mask" style="display:block"><div class="mask-gradient"></div><div class="read-more-btn">展开全文</div></div>\n'
                 '<div class="login-layer" role="dialog"><div class="login-box"><h3>登录后继续阅读</h3><p>登录后可查看全文、参与评论，还可以收藏感兴趣的文章。</p><a class="btn-login">立即登录</a> <a class="btn-reg">注册账号</a></div></div>\n')


# --- sv: browser Save Page As ------------------------------------------------------------------------------------

def sv_cases() -> list[A8]:
    c: list[A8] = []
    s = T.RAIN
    html = article_page(s, WH, zh_info(s), asset="./content_88123_files", in_article=AD_IFRAME, after=ZH_COMMENTS + CONSENT["zh"])
    m = meta(s, "publisher", "author", "published", url=WH.url)
    c.append(case("sv01_zh_chrome_complete_comments_consent", "sv", saved_page(html, WH.url, "./content_88123_files").encode(), "html", s.title, body(s), meta=m))
    # IE's "Web page, complete": uppercase tags, unquoted attributes, MSHTML generator, gb2312 bytes
    ie = (f"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n{saved_comment(YL.url)}<HTML><HEAD><TITLE>{T.BUS.title}_云岭日报</TITLE>\n"
          '<META content="text/html; charset=gb2312" http-equiv=Content-Type>\n<LINK rel=stylesheet type=text/css href="content_5521_files/style.css">\n'
          '<META name=GENERATOR content="MSHTML 11.00.9600.18231"></HEAD>\n<BODY>\n'
          '<TABLE border=0 cellSpacing=0 cellPadding=0 width=960 align=center><TBODY><TR><TD><IMG src="content_5521_files/logo.gif"></TD>'
          '<TD><A href="http://www.ylrb.example.cn/">首页</A> | <A href="http://www.ylrb.example.cn/news/">新闻</A> | <A href="http://www.ylrb.example.cn/epaper/">数字报</A></TD></TR></TBODY></TABLE>\n'
          '<TABLE border=0 cellSpacing=0 cellPadding=0 width=960 align=center><TBODY><TR><TD class=crumb>您现在的位置：<A href="http://www.ylrb.example.cn/">首页</A> &gt;&gt; <A href="http://www.ylrb.example.cn/news/">本地新闻</A></TD></TR>\n'
          f'<TR><TD align=middle><FONT size=5><B>{T.BUS.title}</B></FONT></TD></TR>\n'
          f'<TR><TD align=middle class=info>作者：{T.BUS.author}&nbsp;&nbsp;来源：云岭日报&nbsp;&nbsp;发布时间：2016-05-20 08:30&nbsp;&nbsp;点击数：<SPAN id=hits>1386</SPAN></TD></TR>\n'
          '<TR><TD class=content>\n' + "\n".join(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{p}</P>" for p in T.BUS.paras) + '\n</TD></TR>\n'
          '<TR><TD align=right>【<A href="javascript:window.print()">打印</A>】【<A href="javascript:window.close()">关闭</A>】</TD></TR></TBODY></TABLE>\n'
          '<TABLE width=960 align=center><TBODY><TR><TD align=middle>主办：云岭日报社 版权所有 滇ICP备05001234号</TD></TR></TBODY></TABLE>\n</BODY></HTML>\n')
    c.append(case("sv02_zh_ie_saved_gb2312_table", "sv", enc(ie, "gb2312"), "htm", T.BUS.title, body(T.BUS), meta=meta(T.BUS, "publisher", "author", "published", url=YL.url)))
    # a farm page (s2t + readings) saved from the browser
    f = T.TRAIN
    farm_url = "http://www.jjkan.example.com/news/2017/0114/33281.html"
    farm = article_page(Story(S2T(f.title), tuple(S2T(p) for p in f.paras)), Site("zh", "久久看资讯", "www.jjkan.example.com", "/news/2017/0114/33281.html", {}),
                        f'<span>{f.published} 08:00</span> <span>來源：{f.publisher}</span>', title_tag="久久精品国产免费观看在线-亚洲日韩精品一区二区-午夜福利免费视频",
                        asset="./33281_files", after=CONSENT["zh"])
    c.append(case("sv03_zh_farm_s2t_gloss_saved", "sv", saved_page(farm, farm_url, "./33281_files").encode(), "html", f.title, body(f),
                  meta=meta(f, "publisher", "published", url=farm_url, script="simplified")))
    s = T.EN
    html = article_page(s, HG, en_info(s), asset="./seawall_files", top=CONSENT["en"], in_article=TABOOLA_EN, after=PAYWALL_EN)
    c.append(case("sv04_en_consent_paywall_taboola", "sv", saved_page(html, HG.url, "./seawall_files").encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=HG.url)))
    s = T.RU
    html = article_page(s, VP, RU_INFO, charset="windows-1251", asset="./parom_files", after=CONSENT["ru"])
    c.append(case("sv05_ru_cp1251_saved_consent", "sv", enc(saved_page(html, VP.url, "./parom_files").replace("charset=UTF-8", "charset=windows-1251", 1), "cp1251"), "html", s.title, body(s), meta=meta(s, "author", "published", url=VP.url)))
    s = T.JA
    html = article_page(s, MS, JA_INFO, charset="Shift_JIS", asset="./lib0602_files", top=CONSENT["ja"])
    c.append(case("sv06_ja_sjis_saved_consent_top", "sv", enc(saved_page(html, MS.url, "./lib0602_files").replace("charset=UTF-8", "charset=Shift_JIS", 1), "cp932"), "html", s.title, body(s), meta=meta(s, "published", url=MS.url)))
    s = T.ES
    html = article_page(s, DV, ES_INFO, asset="./horno-lena_files", top=CONSENT["es"], in_article=AD_IFRAME)
    c.append(case("sv07_es_saved_didomi_top", "sv", saved_page(html, DV.url, "./horno-lena_files").encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=DV.url)))
    s = T.TEACH
    html = article_page(s, HB, zh_info(s), asset="./c1008-2291_files", in_article=ZH_LOGIN_WALL, after=ZH_COMMENTS.replace("雨水花园", "海风书屋").replace("积水", "书").replace("小巷", "学校"))
    c.append(case("sv08_zh_login_wall_expanded", "sv", saved_page(html, HB.url, "./c1008-2291_files").encode(), "html", s.title, body(s), meta=meta(s, "publisher", "author", "published", url=HB.url)))
    return c


# --- wb: Wayback Machine and archive.today ------------------------------------------------------------------------

def wb_cases() -> list[A8]:
    c: list[A8] = []
    s = T.RAIN
    ts = "20160314082233"
    html = article_page(s, WH, zh_info(s))
    m = meta(s, "publisher", "author", "published", url=WH.url)
    c.append(case("wb01_zh_capture", "wb", wayback(html, WH.url, ts).encode(), "html", s.title, body(s), meta=m))
    # a GBK farm page (seed-like rewriting) captured
    f = T.TRAIN
    farm_url = "http://www.jjkan.example.com/news/2017/0114/33281.html"
    farm = article_page(Story(S2T(f.title), tuple(S2T(p) for p in f.paras)), Site("zh", "久久看资讯", "www.jjkan.example.com", "/news/2017/0114/33281.html", {}),
                        f'<span>{f.published} 08:00</span> <span>來源：{f.publisher}</span>', charset="gbk", title_tag="久久精品国产免费观看在线-亚洲日韩精品一区二区-午夜福利免费视频")
    c.append(case("wb02_zh_farm_gbk_s2t_capture", "wb", enc(wayback(farm, farm_url, "20170201101500"), "gbk"), "html", f.title, body(f),
                  meta=meta(f, "publisher", "published", url=farm_url, script="simplified")))
    s = T.EN
    html = article_page(s, HG, en_info(s), head_extra=f'<meta property="article:published_time" content="{s.published}T09:30:00+00:00">\n<link rel="canonical" href="{HG.url}">\n')
    c.append(case("wb03_en_capture_meta_date", "wb", wayback(html, HG.url, "20190722153012").encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=HG.url)))
    # the page saved from the browser while the toolbar was showing (display:block, a saved-from comment of the archive URL)
    s = T.RU
    html = article_page(s, VP, RU_INFO, charset="utf-8")
    cap = "https://web.archive.org/web/20160420054410/" + VP.url
    page = saved_comment(cap) + wayback(html, VP.url, "20160420054410", shown=True)
    c.append(case("wb04_ru_capture_saved_toolbar_shown", "wb", page.encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=VP.url)))
    # no date on the page but the original URL's; the capture's stamp (2016-03-14) is in every rewritten link
    s = T.RAIN
    site = Site("zh", "武汉新闻网", "www.whxw.example.cn", "/news/2016/03/12/88123.html", {})
    html = article_page(s, site, f'<span class="source">来源：{s.publisher}</span>', head_extra=f'<link rel="canonical" href="{site.url}">\n')
    c.append(case("wb05_zh_capture_date_only_in_url", "wb", wayback(html, site.url, ts).encode(), "html", s.title, body(s), meta=meta(s, "publisher", "published", url=site.url)))
    s = T.JA
    html = article_page(s, MS, JA_INFO, charset="Shift_JIS")
    c.append(case("wb06_ja_sjis_capture", "wb", enc(wayback(html, MS.url, "20160605231100"), "cp932"), "html", s.title, body(s), meta=meta(s, "published", url=MS.url)))
    s = T.ES
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"' + s.title +
          '","datePublished":"2016-11-07T08:00:00+01:00","dateModified":"2016-11-07T12:40:00+01:00","author":{"@type":"Person","name":"Carmen Ruiz"}}</script>\n')
    html = article_page(s, DV, ES_INFO, head_extra=ld)
    c.append(case("wb07_es_capture_jsonld", "wb", wayback(html, DV.url, "20161230194501").encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=DV.url)))
    s = T.EN
    c.append(case("wb08_en_archive_today", "wb", archive_today(s, HG.url, "14 Mar 2016 08:22:33 UTC", ps(s.paras), f"By {s.author} | 10 March 2016", HG.name).encode(), "html",
                  s.title, body(s), meta=meta(s, "author", "published", url=HG.url)))
    # the capture copied from the browser window into a text file (the toolbar's lines first)
    s = T.TEACH
    tb = ["The Wayback Machine - https://web.archive.org/web/20161002101010/" + HB.url, "37 captures", "12 Sep 2016 - 05 Jan 2021",
          "AUG\tSEP\tOCT", "Previous capture\t02\tNext capture", "2015\t2016\t2017", "About this capture"]
    txt = "\n".join(tb) + "\n首页 | 新闻 | 社会 | 教育\n当前位置：首页 > 新闻 > 正文\n" + s.title + f"\n{s.published} 09:00 来源：{s.publisher} 作者：{s.author}\n" + "\n".join(s.paras) + "\n分享到：微信 微博 QQ空间\n相关新闻\n关于我们 | 联系我们 | 网站地图\nCopyright © 2016 海滨日报网 版权所有\n"
    c.append(case("wb09_zh_capture_copied_text", "wb", txt.encode(), "txt", s.title, body(s), meta=meta(s, "publisher", "author", "published")))
    return c


# --- pr: print views --------------------------------------------------------------------------------------------

def zh_print(s: Story, url: str, site: str, charset: str = "utf-8", info: str | None = None) -> str:
    inf = info if info is not None else f"来源：{s.publisher}　作者：{s.author or ''}　发布时间：{s.published} 10:21"
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{e(s.title)}--打印本页--{site}</title>'
            '<style>body{font-size:14px}</style></head>\n<body onload="window.print()">\n'
            '<table width="680" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            f'<tr><td align="center" height="40"><b><font style="font-size:20px">{e(s.title)}</font></b></td></tr>\n'
            f'<tr><td align="center" class="info">{inf}</td></tr>\n'
            f'<tr><td>本文网址：{url}</td></tr>\n<tr><td height="10"><hr size="1"></td></tr>\n'
            '<tr><td class="content">' + "".join(f"<p>　　{e(p)}</p>" for p in s.paras) + '</td></tr>\n'
            '<tr><td align="center"><a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr>\n'
            f'<tr><td align="center">{site} 版权所有 未经授权禁止转载</td></tr>\n</table>\n</body></html>\n')


def pr_cases() -> list[A8]:
    c: list[A8] = []
    s = T.RAIN
    c.append(case("pr01_zh_print_php", "pr", zh_print(s, WH.url, "武汉新闻网").encode(), "html", s.title, body(s), meta=meta(s, "publisher", "author", "published", url=WH.url)))
    s = T.BUS
    gov = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{e(s.title)}</title></head><body>\n'
           '<div class="print-bar">【字体：<a>大</a> <a>中</a> <a>小</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
           f'<div class="print-title"><h2>{e(s.title)}</h2></div>\n<div class="print-info">发布日期：2016-05-20　来源：云岭日报　作者：{s.author}　浏览次数：2031</div>\n'
           f'<div class="print-content">{ps(s.paras)}</div>\n'
           '<div class="print-bar">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n</body></html>\n')
    c.append(case("pr02_zh_print_bar_gb2312", "pr", enc(gov, "gb2312"), "html", s.title, body(s), meta=meta(s, "publisher", "author", "published")))
    s = T.EN
    en = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(s.title)} | Print | The Harbour Gazette</title></head><body class="print">\n'
          '<div class="print-header"><img src="/static/img/logo-print.png" alt="The Harbour Gazette"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div>\n'
          f'<h1>{e(s.title)}</h1>\n<p class="byline">By {s.author}, Thursday 10 March 2016</p>\n{ps(s.paras)}\n'
          f'<div class="print-footer"><p>Printed from {HG.url} on 14 March 2016.</p>'
          '<p>© 2016 The Harbour Gazette. All rights reserved. This copy is for your personal, non-commercial use only.</p></div>\n</body></html>\n')
    c.append(case("pr03_en_printer_friendly", "pr", en.encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=HG.url)))
    s = T.RU
    ru = (f'<html><head><meta charset="windows-1251"><title>Версия для печати: {e(s.title)}</title></head><body>\n'
          '<div class="print-top">Волжская правда<br><a href="javascript:window.print()">Распечатать</a> | <a href="javascript:window.close()">Закрыть</a></div>\n'
          f'<h1>{e(s.title)}</h1>\n<div class="date">18.04.2016 12:05</div>\n{ps(s.paras)}\n<div class="author">Наталья Громова</div>\n'
          f'<div class="print-bottom">Адрес страницы: {VP.url}<br>© 2016 Волжская правда. При перепечатке ссылка обязательна.</div>\n</body></html>\n')
    c.append(case("pr04_ru_print_cp1251", "pr", enc(ru, "cp1251"), "html", s.title, body(s), meta=meta(s, "published", url=VP.url)))
    s = T.JA
    ja = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>印刷用ページ - みなと新報</title></head><body>\n'
          '<div class="print-head">みなと新報　<a href="javascript:window.print()">このページを印刷する</a>　<a href="javascript:window.close()">閉じる</a></div>\n'
          f'<h1>{e(s.title)}</h1>\n<p class="date">2016年6月2日 10:15</p>\n{ps(s.paras)}\n'
          f'<p class="url">この記事のURL：{MS.url}</p>\n<p>Copyright (C) みなと新報社 記事・写真の無断転載を禁じます。</p>\n</body></html>\n')
    c.append(case("pr05_ja_print_sjis", "pr", enc(ja, "cp932"), "html", s.title, body(s), meta=meta(s, "published", url=MS.url)))
    # a print view copied into a text file (CRLF, a browser's print header/footer lines)
    s = T.TEACH
    lines = [f"2016/9/10 下午3:12\t{s.title}--打印本页--海滨日报网", s.title, f"来源：{s.publisher}　作者：{s.author}　发布时间：{s.published} 08:30",
             f"本文网址：{HB.url}", *s.paras, "打印　关闭窗口", "海滨日报网 版权所有 未经授权禁止转载", f"{HB.url.replace('/2016/', '/print/2016/')}\t1/1"]
    c.append(case("pr06_zh_print_text_crlf", "pr", CRLF.join(lines).encode(), "txt", s.title, body(s), meta=meta(s, "publisher", "author", "published", url=HB.url)))
    return c


# --- gc: search-engine cache copies -------------------------------------------------------------------------------

def google_cache_head(orig: str, stamp: str, zh: bool = False) -> str:
    if zh:
        note = (f'<span>这是 Google 对 <a href="{orig}">{orig}</a> 的缓存。 这是该网页在 {stamp} 的快照。 当前页在此期间可能已经更改。</span> <a href="https://support.google.com/websearch/answer/1687222">了解详情</a>'
                '<div><span>完整版本</span> <a>纯文字版本</a> <a>查看源代码</a></div><div>提示：要在此页面上快速找到您的搜索字词，请按 <b>Ctrl+F</b> 或者 <b>⌘-F</b>（Mac），然后使用查找栏搜索。</div>')
    else:
        note = (f'<span>This is Google\'s cache of <a href="{orig}">{orig}</a>. It is a snapshot of the page as it appeared on {stamp}.</span> '
                '<span>The <a href="' + orig + '">current page</a> could have changed in the meantime.</span> <a href="https://support.google.com/websearch/answer/1687222">Learn more</a>'
                '<div><span>Full version</span> <a>Text-only version</a> <a>View source</a></div><div>Tip: To quickly find your search term on this page, press <b>Ctrl+F</b> or <b>⌘-F</b> (Mac) and use the find bar.</div>')
    return (f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><base href="{orig}"><style>body{{margin-left:0;margin-right:0;margin-top:0}}#bN015htcoyT__google-cache-hdr{{background:#f5f5f5;font:13px arial,sans-serif;text-align:left;color:#202020;border:0;margin:0;border-bottom:1px solid #cecece;line-height:16px;padding:16px 28px 24px 28px}}</style>'
            f'<div id="bN015htcoyT__google-cache-hdr"><div>{note}</div></div><div style="position:relative;">')


def gc_cases() -> list[A8]:
    c: list[A8] = []
    s = T.EN
    html = article_page(s, HG, en_info(s))
    c.append(case("gc01_en_google_cache", "gc", (google_cache_head(HG.url, "14 Mar 2016 08:22:33 GMT") + html).encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=HG.url)))
    s = T.RAIN
    html = article_page(s, WH, zh_info(s))
    c.append(case("gc02_zh_google_cache", "gc", (google_cache_head(WH.url, "2016年3月14日 08:22:33 GMT", zh=True) + html).encode(), "html", s.title, body(s),
                  meta=meta(s, "publisher", "author", "published", url=WH.url)))
    # 百度快照: its note above the page, the query's words highlighted inside the article
    s = T.BUS
    hl = [p.replace("流动图书馆", '<b style="color:black;background-color:#ffff66">流动图书馆</b>') for p in (e(x) for x in s.paras)]
    html = article_page(s, YL, zh_info(s), charset="gbk", paras_html="\n".join(f"<p>{p}</p>" for p in hl))
    bd = ('<meta http-equiv="content-type" content="text/html;charset=gbk"><div style="position:relative;margin:0 0 10px;padding:0;">'
          '<div id="bd_snap" style="font-size:12px;border-bottom:1px solid #ccc;"><div id="bd_snap_note"><b>百度快照</b>　'
          f'您查询的关键词仅在网页标题或指向此网页的链接中出现。</div><div>百度和网页 <a href="{YL.url}">{YL.url}</a> 的作者无关，不对其内容负责。百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。</div></div></div>'
          '<div style="position:relative">')
    c.append(case("gc03_zh_baidu_snapshot_gbk_highlight", "gc", enc(bd + html, "gbk"), "html", s.title, body(s), meta=meta(s, "publisher", "author", "published", url=YL.url)))
    s = T.RU
    html = article_page(s, VP, RU_INFO)
    ya = ('<div class="b-page__cache" style="border-bottom:1px solid #ccc;padding:10px;font:13px Arial">'
          f'Это копия страницы <a href="{VP.url}">{VP.url}</a>, сохранённая 20 апр 2016 05:44:10 GMT. Текущая страница могла измениться. '
          '<a href="https://yandex.ru/support/search/results/cache.html">Что такое сохранённая копия</a> | <a>Только текст</a></div>')
    c.append(case("gc04_ru_yandex_cache", "gc", html.replace("<body>\n", "<body>\n" + ya, 1).encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=VP.url)))
    # the cache copy copied into a text file
    s = T.TRAIN
    lines = [f"This is Google's cache of http://{JC.host}{JC.path}. It is a snapshot of the page as it appeared on 15 Jan 2017 03:10:41 GMT.",
             "The current page could have changed in the meantime. Learn more", "Full version Text-only version View source",
             "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
             "江城晚报 首页 新闻 社会 体育 娱乐", "首页 > 社会新闻 > 正文", s.title, f"{s.published} 07:45 来源：{s.publisher}", *s.paras,
             "责任编辑：吴娜", "分享到：微信 微博 QQ空间", "关于我们 | 联系我们 | 广告服务 | 网站地图", "Copyright © 2017 江城晚报 版权所有"]
    c.append(case("gc05_zh_google_cache_copied_text", "gc", "\n".join(lines).encode(), "txt", s.title, body(s), meta=meta(s, "publisher", "published", url=f"http://{JC.host}{JC.path}")))
    return c


# --- rd: reader modes, clips, feeds, copy-paste text ----------------------------------------------------------------

def firefox_reader(s: Story, url: str, host: str, credits: str, lang: str, minutes: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width; user-scalable=0">'
            f'<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css"><title>{e(s.title)}</title></head>\n'
            '<body class="light sans-serif loaded" dir="ltr" style="--font-size: 20px; --content-width: 30em;">\n<div class="top-anchor"></div>\n'
            '<div id="toolbar" class="toolbar-container"><div class="toolbar reader-toolbar"><div class="reader-controls" articledir="ltr">'
            '<button class="close-button button" data-telemetry-id="reader-close" aria-label="Close Reader View"><span class="hover-label">Close Reader View</span></button>'
            '<ul class="dropdown style-dropdown"><li><button class="dropdown-toggle button style-button" aria-label="Type controls"><span class="hover-label">Type controls</span></button></li></ul>'
            '<button class="button narrate-toggle" aria-label="Listen"><span class="hover-label">Listen</span></button>'
            '<button class="button pocket-button" aria-label="Save to Pocket"><span class="hover-label">Save to Pocket</span></button></div></div></div>\n'
            '<div class="container" style="--font-size: 20px;">\n<div class="header reader-header reader-show-element">'
            f'<a class="domain reader-domain" href="{url}">{host}</a><div class="domain-border"></div>'
            f'<h1 class="reader-title">{e(s.title)}</h1><div class="credits reader-credits">{e(credits)}</div>'
            f'<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time">{minutes}</div></div></div>\n<hr>\n'
            '<div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>\n'
            f'{ps(s.paras)}\n</div></div></div></div>\n<div><div class="reader-message"></div></div>\n</div>\n</body></html>\n')


def rd_cases() -> list[A8]:
    c: list[A8] = []
    s = T.EN
    c.append(case("rd01_en_firefox_reader_view", "rd", firefox_reader(s, HG.url, HG.host, f"By {s.author}", "en", "3–4 minutes").encode(), "html", s.title, body(s), meta=meta(s, "author", url=HG.url)))
    s = T.RAIN
    c.append(case("rd02_zh_firefox_reader_view", "rd", firefox_reader(s, WH.url, WH.host, f"{s.published} 10:21 来源：{s.publisher}", "zh", "3 分钟").encode(), "html", s.title, body(s),
                  meta=meta(s, "publisher", "published", url=WH.url)))
    # Instapaper's text view of a Chinese article
    s = T.TEACH
    ip = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(s.title)}</title></head><body class="text">\n'
          '<div id="controlbar"><a href="/u">Home</a> <a>Archive</a> <a>Like</a> <a>Move</a> <a>Share</a> <a>Delete</a></div>\n'
          f'<div id="titlebar"><h1>{e(s.title)}</h1><div class="origin_line"><a href="{HB.url}">{HB.host}</a> · 作者：{s.author} · 5 min</div></div>\n'
          f'<div id="story">{ps(s.paras)}</div>\n<div class="bottom_controls"><a>Archive</a> <a>Like</a> <a>Share</a></div>\n</body></html>\n')
    c.append(case("rd03_zh_instapaper_text_view", "rd", ip.encode(), "html", s.title, body(s), meta=meta(s, "author", url=HB.url)))
    # Evernote's HTML export of a web clip: the note's created/updated metas are the clip's dates
    s = T.BUS
    en_ = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/><meta name="exporter-version" content="Evernote Windows/307027 (zh-CN, DDL); Windows/6.1.1 (Win64);"/>'
           '<meta name="created" content="2016-06-03 02:14:55 +0000"/><meta name="updated" content="2016-06-03 02:15:40 +0000"/>'
           f'<meta name="source-url" content="{YL.url}"/><title>{e(s.title)}_云岭日报</title></head><body>\n'
           '<div><span><div style="margin:0 auto;width:700px;">'
           f'<div style="font-size:24px;font-weight:bold;text-align:center;">{e(s.title)}</div>'
           f'<div style="text-align:center;color:#666;">2016-05-20 08:30　来源：云岭日报　作者：{s.author}</div>'
           + "".join(f'<div style="text-indent:2em;line-height:1.8;">{e(p)}</div>' for p in s.paras) +
           '</div></span></div>\n</body></html>\n')
    c.append(case("rd04_zh_evernote_clip_export", "rd", en_.encode(), "html", s.title, body(s), meta=meta(s, "publisher", "author", "published", url=YL.url)))
    # OneNote: the note's date and time first, the clip, then "Clipped from:" with the link
    s = T.RU
    on = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft OneNote 15"><title>{e(s.title)}</title></head><body lang="ru">\n'
          f'<div style="direction:ltr;border-width:100%"><div style="direction:ltr;margin-top:0in;margin-left:0in;width:6.5in"><p style="font-size:20pt">{e(s.title)}</p>'
          '<p style="font-size:10pt;color:#767676">22 апреля 2016 г.</p><p style="font-size:10pt;color:#767676">9:41</p></div>\n'
          f'<div style="margin-left:.05in"><p>Автор: Наталья Громова | 18.04.2016 12:05</p>' + "".join(f"<p>{e(p)}</p>" for p in s.paras) +
          f'<p style="font-size:9pt">Вырезано из: &lt;<a href="{VP.url}">{VP.url}</a>&gt;</p></div></div>\n</body></html>\n')
    c.append(case("rd05_ru_onenote_clip", "rd", on.encode(), "html", s.title, body(s), meta=meta(s, "author", "published", url=VP.url)))
    # an RSS 2.0 feed of one item whose content:encoded carries the article
    s = T.TEACH
    rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           f'<channel><title>海滨日报网 - 社会</title><link>http://{HB.host}/</link><description>海滨日报网社会新闻</description><language>zh-cn</language>\n'
           f'<item><title>{e(s.title)}</title><link>{HB.url}</link><dc:creator>{s.author}</dc:creator><pubDate>Fri, 09 Sep 2016 08:30:00 +0800</pubDate>'
           f'<description>{e(s.paras[0][:40])}…</description><content:encoded><![CDATA[{ps(s.paras)}]]></content:encoded></item>\n</channel></rss>\n')
    c.append(case("rd06_zh_rss_content_encoded", "rd", rss.encode(), "xml", s.title, body(s), meta=meta(s, "author", "published", url=HB.url)))
    s = T.EN
    atom = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>The Harbour Gazette - News</title>'
            f'<link href="http://{HG.host}/"/><updated>2016-03-10T12:00:00Z</updated><id>tag:{HG.host},2016:news</id>\n'
            f'<entry><title>{e(s.title)}</title><link rel="alternate" href="{HG.url}"/><id>tag:{HG.host},2016:88123</id>'
            f'<published>{s.published}T09:30:00Z</published><updated>2016-03-11T08:00:00Z</updated><author><name>{s.author}</name></author>'
            f'<summary>Repairs finished six weeks early.</summary><content type="html">{e(ps(s.paras))}</content></entry>\n</feed>\n')
    c.append(case("rd07_en_atom_entry_content", "rd", atom.encode(), "xml", s.title, body(s), meta=meta(s, "author", "published", url=HG.url)))
    # copy-paste from the browser into a .txt (menus and all, CRLF)
    s = T.RAIN
    lines = ["跳到主要内容", "武汉新闻网", "首页", "新闻", "城市", "生活", "登录 | 注册", "当前位置：首页 > 新闻中心 > 正文", s.title,
             f"{s.published} 10:21 来源：{s.publisher} 作者：{s.author}", "字号：大 中 小", *s.paras, "责任编辑：张敏", "分享到：", "微信", "微博", "QQ空间",
             "相关新闻", "城区新增三条公交微循环线路", "全市启动春季植树活动", "关于我们 | 联系我们 | 网站地图 | 广告服务", "Copyright © 2016 武汉新闻网 版权所有"]
    c.append(case("rd08_zh_copy_paste_crlf", "rd", CRLF.join(lines).encode(), "txt", s.title, body(s), meta=meta(s, "publisher", "author", "published")))
    s = T.EN
    lines = ["Skip to main content", "Menu", "Search", "Subscribe", "Sign in", "The Harbour Gazette", "News", "Sport", "Business", "Opinion", "Home › News › Local",
             s.title, f"By {s.author}", "Thursday 10 March 2016, 9:30 am", "Share", "", *[x for p in s.paras for x in (p, "")], "Advertisement", "",
             "Most Read", "1. Ferry timetable changes for the summer", "2. New car park opens by the station", "", "About us | Contact | Advertise | Privacy policy",
             "© 2016 The Harbour Gazette. All rights reserved."]
    c.append(case("rd09_en_copy_paste_crlf", "rd", CRLF.join(lines).encode(), "txt", s.title, body(s), meta=meta(s, "author", "published")))
    s = T.ES
    lines = ["Ir al contenido", "El Diario del Valle", "Portada", "Comarca", "Deportes", "Opinión", "Suscríbete", "Iniciar sesión", s.title,
             f"Por {s.author}", "7 de noviembre de 2016 - 08:00", "Compartir en Facebook", "Compartir en Twitter", *s.paras, "Te puede interesar",
             "Abre el nuevo consultorio médico", "La feria del queso bate récords", "Aviso legal | Política de cookies | Contacto", "© 2016 El Diario del Valle"]
    c.append(case("rd10_es_copy_paste_crlf", "rd", CRLF.join(lines).encode(), "txt", s.title, body(s), meta=meta(s, "author", "published")))
    return c


# --- rr: reposts of reposts --------------------------------------------------------------------------------------

SPAM = "久久精品国产免费观看在线-亚洲日韩精品一区二区-午夜福利免费视频-国产精品久久久久久"


def rr_cases() -> list[A8]:
    c: list[A8] = []
    # a seed dump of a Wayback capture: the toolbar's lines came along above the title
    s = T.TEACH
    tb = ["The Wayback Machine - https://web.archive.org/web/20161002101010/" + HB.url, "37 captures", "12 Sep 2016 - 05 Jan 2021"]
    d = dump(s, f=S2T, head=[SPAM], crumb=["当前位置 : 首页 > 资讯中心 > 社会民生"], info=[*tb, f"{s.published} 来源：{s.publisher}"])
    c.append(case("rr01_seed_dump_of_wayback_capture", "rr", d.encode(), "txt", s.title, body(s), meta=meta(s, "publisher", "published", script="simplified")))
    # a seed dump of a print view: 本文网址 line and the print buttons
    s = T.RAIN
    d = dump(s, f=S2T, head=[SPAM], info=[f"来源：{s.publisher}　作者：{s.author}　发布时间：{s.published} 10:21", f"本文网址：{WH.url}"], tail=["【打印本页】　【关闭窗口】"])
    c.append(case("rr02_seed_dump_of_print_view", "rr", d.encode(), "txt", s.title, body(s), meta=meta(s, "publisher", "published", url=WH.url, script="simplified")))
    # a farm page whose content is a print view's table, pasted with its 本文网址 line and buttons
    s = T.BUS
    inner = (f'<table width="100%"><tr><td>来源：{s.publisher}　作者：{s.author}　发布时间：{s.published}</td></tr><tr><td>本文网址：{YL.url}</td></tr>'
             f'<tr><td>{ps([S2T(p) for p in s.paras])}</td></tr><tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>')
    farm = article_page(Story(S2T(s.title), ()), Site("zh", "午夜资讯网", "www.wyzx.example.com", "/a/20160601/7781.html", {}), "2016-06-01 03:10", paras_html=inner, title_tag=SPAM)
    c.append(case("rr03_farm_wraps_print_view_gbk", "rr", enc(farm.replace("charset=utf-8", "charset=gbk"), "gbk"), "html", s.title, body(s),
                  meta=meta(s, "publisher", "author", "published", url=YL.url, script="simplified")))
    # a farm page whose content is a Google cache copy (the note kept as the first lines)
    s = T.TRAIN
    note = (f'<p>这是 Google 对 http://{JC.host}{JC.path} 的缓存。 这是该网页在 2017年1月15日 03:10:41 GMT 的快照。 当前页在此期间可能已经更改。 了解详情</p>'
            '<p>提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。</p>'
            f'<p>{s.published} 07:45 来源：{s.publisher}</p>')
    farm = article_page(Story(s.title, ()), Site("zh", "午夜资讯网", "www.wyzx.example.com", "/a/20170116/8812.html", {}), "2017-01-16 04:00", paras_html=note + ps(s.paras), title_tag=SPAM)
    c.append(case("rr04_farm_wraps_google_cache", "rr", farm.encode(), "html", s.title, body(s), meta=meta(s, "publisher", "published", url=f"http://{JC.host}{JC.path}")))
    return c


# --- ctl: the article's own prose about archives, caches and printing -------------------------------------------

def ctl_cases() -> list[A8]:
    c: list[A8] = []
    s = T.CTL_EN
    site = Site("en", "Northbridge Post", "www.northbridgepost.example.com", "/2016/04/02/lost-websites", {})
    c.append(case("ctl01_en_prose_about_wayback", "ctl", article_page(s, site, en_info(s)).encode(), "html", s.title, body(s), meta=meta(s, "author", "published")))
    s = T.CTL_ZH
    c.append(case("ctl02_zh_prose_about_snapshots_dump", "ctl", dump(s, head=[SPAM], info=[f"{s.published} 来源：{s.publisher}"]).encode(), "txt", s.title, body(s),
                  meta=meta(s, "publisher", "published")))
    return c


def build_all() -> list[A8]:
    return [*sv_cases(), *wb_cases(), *pr_cases(), *gc_cases(), *rd_cases(), *rr_cases(), *ctl_cases()]


if __name__ == "__main__":
    for a in build_all():
        print(a.case.name, a.case.group, list(a.case.files))
