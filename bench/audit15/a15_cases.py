# ruff: noqa: E501
"""Audit15 cases: the TITLE field and the boundary between title and body.

A page's `<title>` is often wrong (keyword spam, a site name after | - _ – — :: » · ｜ ——, the blog's name
first), og:title is a social headline, the h1 is the site logo or one of several, the headline sits in a
div or a bold paragraph, a kicker stands above it and a dek (subtitle, standfirst, chapô) below it, the
headline is repeated as the first body line. The tool must report the headline exactly (legitimate |, -,
colons, quotes, numbers and question marks kept; a traditional-script, glossed headline repaired like the
body) and the exact body.

Expectation for kickers and deks (decided before the first run): a kicker (topic label above the headline)
and a dek (subtitle / standfirst / summary under the headline, marked as such by its class) belong to
neither the title nor the body. A lead paragraph inside the article's body container is body.
Corrected after the first run (REPORT.md): in a text dump, a dek line between the headline and the
byline/date line stays the body's first paragraph, as the project decided before this audit
(tests/test_foreign_dumps_and_titles.py::test_the_header_under_a_standfirst_is_still_header, audit5).

Groups: ``zh`` Chinese pages, ``en`` English pages, ``intl`` ja/ko/ru/es/de/fr/ar pages, ``zdump`` seed-like
Chinese dumps, ``edump`` English dumps, ``idump`` other languages' dumps.
"""

from __future__ import annotations

import json
import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit7"))
sys.path.insert(0, str(HERE.parent / "audit3"))
from sibling import load  # noqa: E402

a7 = load(HERE.parent / "audit7" / "a7_cases.py", "a7_cases")  # the farm dump builder and seed glossing
sys.path.insert(0, str(HERE))

import a15_texts as T  # noqa: E402
from a15_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)

IDS = "\u3000\u3000"
SPAM = "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清-成人无码视频在线播放"


def ex(s: Story, paras: tuple[str, ...] | list[str] | None = None, title: str | None = None) -> Exp:
    return Exp(title if title is not None else s.title, "\n".join(paras if paras is not None else s.paras), {})


def hc(name: str, group: str, html: str, x: Exp) -> Case:
    return Case(name, group, {f"{name}.html": html.encode()}, [x])


def tc(name: str, group: str, text: str, x: Exp) -> Case:
    return Case(name, group, {f"{name}.txt": text.encode()}, [x])


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{e(p)}</p>\n" for p in paras)


def doc(title_tag: str, body: str, head: str = "", lang: str = "zh-CN", rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{d}><head><meta charset="utf-8"><title>{e(title_tag)}</title>{head}</head>\n'
            f'<body>\n{body}\n</body></html>\n')


def og(title: str, site: str = "") -> str:
    s = f'<meta property="og:site_name" content="{e(site)}">' if site else ""
    return f'<meta property="og:title" content="{e(title)}">{s}<meta property="og:type" content="article">'


ZSIDE = ('<div class="right"><div class="box"><h3>热点排行</h3><ul><li><a>我市新增三条公交线路</a></li><li><a>城东菜市场完成提升改造</a></li>'
         '<li><a>市民文化节下月开幕</a></li><li><a>中秋假期高速公路免费通行吗？</a></li></ul></div></div>')
ZINFO = '<div class="info">发布时间：2026-11-20 09:30　来源：江城日报　作者：李静</div>'


def zpage(title_tag: str, above: str, paras: tuple[str, ...] | list[str], header: str = '<div class="logo"><a href="/">江城新闻网</a></div>',
          top: str = "", head: str = "", side: str = ZSIDE, info: str = ZINFO) -> str:
    """A Chinese news CMS article page (DedeCMS/PHPCMS-like): logo, nav, crumb, headline area, info, content, sidebar, footer."""
    body = (f'<div class="top">{header}<ul class="nav"><li><a>首页</a></li><li><a>本地</a></li><li><a>民生</a></li><li><a>财经</a></li></ul></div>\n'
            '<div class="place">当前位置：<a>首页</a> &gt; <a>本地新闻</a> &gt; 正文</div>\n'
            f'<div class="main"><div class="left"><div class="article">{above}{info}\n<div class="content">{top}{ps(paras)}</div>'
            '<div class="page-nav">上一篇：<a>我市启动秋季消防安全检查</a><br>下一篇：<a>城南公园改造完成</a></div></div></div>\n'
            f'{side}</div>\n<div class="footer">Copyright © 2026 江城新闻网 版权所有　京ICP备12345678号-1</div>')
    return doc(title_tag, body, head)


ESIDE = ('<aside class="sidebar"><h3>Most read</h3><ol><li><a>Council approves new budget</a></li><li><a>Weekend weather: sun at last</a></li>'
         '<li><a>School wins robotics prize</a></li></ol></aside>')
EMETA = '<div class="article-meta"><span class="byline">By Nora Quinn</span> <time datetime="2026-06-03T08:00:00Z">June 3, 2026</time></div>'


def epage(title_tag: str, above: str, paras: tuple[str, ...] | list[str], header: str = '<a class="logo" href="/">Coastal Daily</a>',
          top: str = "", head: str = "", side: str = ESIDE, meta: str = EMETA, lang: str = "en") -> str:
    """A regional news site's article page: masthead, nav, article header, body, sidebar, footer."""
    body = (f'<header class="masthead">{header}<nav><a>News</a> <a>Sport</a> <a>Business</a> <a>Opinion</a></nav></header>\n'
            f'<main><article><header class="article-header">{above}{meta}</header>\n'
            f'<div class="article-body">{top}{ps(paras)}</div></article>\n{side}</main>\n'
            '<footer><p>© 2026 Coastal Daily. All rights reserved.</p><a>Privacy</a> <a>Contact us</a></footer>')
    return doc(title_tag, body, head, lang)


# ----------------------------------------------------------------------------------------------------
def zh_cases() -> list[Case]:
    br, zf, nt, en, pw, cn, wd = T.BRIDGE, T.ZHUANFANG, T.NIGHT, T.ENGINEER, T.POWER, T.CANTEEN, T.WENDA
    G = "zh"
    logo_h1 = '<h1 class="logo"><a href="/"><img src="/images/logo.png" alt="城市资讯网">城市资讯网</a></h1>'
    gl_title, gl_paras = a7.gl(cn.title), [a7.gl(p) for p in cn.paras]
    return [
        hc("zh_logo_h1_title_in_div", G, zpage(SPAM, f'<div class="arc_title">{e(br.title)}</div>', br.paras, header=logo_h1), ex(br)),
        hc("zh_three_h1", G, zpage(f"{br.title}_江城新闻网", f"<h1>{e(br.title)}</h1>", br.paras, header='<h1 class="logo"><a href="/">江城新闻网</a></h1>',
                                   side='<div class="right"><h1>热点排行</h1><ul><li><a>我市新增三条公交线路</a></li><li><a>城东菜市场完成提升改造</a></li></ul></div>'), ex(br)),
        hc("zh_cctv_suffixes_no_h1", G, zpage(f"{pw.title}_新闻频道_央视网(cctv.com)", "", pw.paras, header='<div class="logo"><a>央视网</a></div>'), ex(pw)),
        hc("zh_zhuanfang_pipe_h1", G, zpage(f"{zf.title}｜江城新闻网", f"<h1>{e(zf.title)}</h1>", zf.paras), ex(zf)),
        hc("zh_zhuanfang_pipe_og_no_h1", G, zpage(f"{zf.title}｜江城新闻网", "", zf.paras, head=og(zf.title, "江城新闻网")), ex(zf)),
        hc("zh_wenda_pipe_div_title", G, zpage(f"{wd.title} - 江城新闻网", f'<div class="title">{e(wd.title)}</div>', wd.paras), ex(wd)),
        hc("zh_dash_subtitle_title_tag_only", G, zpage(f"{en.title}——江城新闻网", "", en.paras), ex(en)),
        hc("zh_dash_subtitle_h1_and_site", G, zpage(f"{en.title}——江城新闻网", f"<h1>{e(en.title)}</h1>", en.paras), ex(en)),
        hc("zh_og_social_differs", G, zpage(f"{br.title}_江城新闻网", f"<h1>{e(br.title)}</h1>", br.paras, head=og("木桥加固完工！老城区居民：终于放心了", "江城新闻网")), ex(br)),
        hc("zh_kicker_div_and_subtitle_h2", G, zpage(f"{cn.title}_江城新闻网", f'<div class="kicker">民生观察</div><h1>{e(cn.title)}</h1><h2 class="subtitle">小区居民下楼就能吃上热乎饭</h2>', cn.paras), ex(cn)),
        hc("zh_headline_repeated_centered_p", G, zpage(f"{nt.title}_江城新闻网", f"<h1>{e(nt.title)}</h1>", nt.paras,
                                                       top=f'<p style="text-align: center;"><strong>{e(nt.title)}</strong></p>'), ex(nt)),
        hc("zh_trad_pinyin_h1_spam_title", G, zpage(SPAM, f"<h1>{e(gl_title)}</h1>", gl_paras, info='<div class="info">發佈時間：2026-11-18 10:00　來源：江城日報</div>'), ex(cn)),
        hc("zh_quotes_number_title_domain_suffix", G, zpage(f"{nt.title}-城市资讯网-www.csxx365.com", f"<h1>{e(nt.title)}</h1>", nt.paras), ex(nt)),
        hc("zh_question_bold_p_no_h1", G, zpage(f"{pw.title}_财经频道_江城新闻网", "", pw.paras, top=f'<p align="center"><b>{e(pw.title)}</b></p>'), ex(pw)),
        hc("zh_thepaper_title_tag_only", G, zpage(f"{cn.title}_澎湃号·政务_澎湃新闻-The Paper", "", cn.paras, header='<div class="logo"><a>澎湃新闻</a></div>'), ex(cn)),
        hc("zh_crumb_ends_title_spam_tag", G, zpage(SPAM, "", br.paras).replace("&gt; 正文</div>", f"&gt; {e(br.title)}</div>"), ex(br)),
        hc("zh_daodu_summary_dek", G, zpage(f"{zf.title}_江城新闻网", f'<h1>{e(zf.title)}</h1><p class="summary">【导读】一根竹子，如何变成年轻人喜欢的耳环和灯罩？</p>', zf.paras), ex(zf)),
    ]


def en_cases() -> list[Case]:
    hb, pk, st, fi, fd, tp = T.HARBOUR, T.PARKING, T.STORM, T.FIRE, T.FOURDAY, T.TIDEPOOL
    G = "en"
    dek = "The scheme will close two streets to traffic from next summer, but traders remain split"
    kubrick = ('<div id="page"><div id="header"><div id="headerimg"><h1><a href="/">Harbour Notes</a></h1><div class="description">Life by the water, one tide at a time</div></div></div>'
               '<div id="content" class="narrowcolumn"><div class="post" id="post-214">'
               f'<h2><a href="/2026/06/03/rock-pools/" rel="bookmark" title="Permanent Link to {e(tp.title)}">{e(tp.title)}</a></h2><small>June 3rd, 2026</small>'
               f'<div class="entry">{ps(tp.paras)}</div><p class="postmetadata">Posted in <a>Family</a> | <a>3 Comments »</a></p></div></div>'
               '<div id="sidebar"><ul><li><h2>Archives</h2><ul><li><a>May 2026</a></li><li><a>April 2026</a></li></ul></li></ul></div>'
               '<div id="footer"><p>Harbour Notes is proudly powered by WordPress</p></div></div>')
    blogger = ('<div class="header"><h1 class="title"><a href="/">Harbour Notes</a></h1><p class="description">Life by the water</p></div>'
               '<div class="main"><h2 class="date-header"><span>Wednesday, June 3, 2026</span></h2><div class="post hentry">'
               f'<h3 class="post-title entry-title">{e(tp.title)}</h3><div class="post-body entry-content">{"<br><br>".join(e(p) for p in tp.paras)}</div>'
               '<div class="post-footer">Posted by Jen at 9:14 PM <a>2 comments</a> Labels: <a>family</a>, <a>beach</a></div></div></div>'
               '<div class="sidebar"><h2>Blog Archive</h2><ul><li><a>2026 (14)</a></li></ul></div>')
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Is the four-day week working? 12 councils report back on the first year of th…",
                     "datePublished": "2026-06-03T08:00:00Z"})
    return [
        hc("en_wp_kubrick_blog_archive", G, doc(f"Harbour Notes » Blog Archive » {tp.title}", kubrick, lang="en"), ex(tp)),
        hc("en_blogger_site_colon_post", G, doc(f"Harbour Notes: {tp.title}", blogger, lang="en"), ex(tp)),
        hc("en_logo_h1_article_h1_sidebar_h1", G, epage(f"{hb.title} | Coastal Daily", f"<h1>{e(hb.title)}</h1>", hb.paras, header='<h1 class="logo"><a href="/">Coastal Daily</a></h1>',
                                                       side='<aside class="sidebar"><h1>Most read</h1><ol><li><a>Council approves new budget</a></li><li><a>School wins robotics prize</a></li></ol></aside>'), ex(hb)),
        hc("en_kicker_and_standfirst", G, epage(f"{hb.title} | Coastal Daily", f'<p class="kicker">Exclusive</p><h1 class="headline">{e(hb.title)}</h1><p class="standfirst">{e(dek)}</p>', hb.paras), ex(hb)),
        hc("en_dek_h2_in_header", G, epage(f"{hb.title} - Coastal Daily", f'<h1>{e(hb.title)}</h1><h2 class="dek">{e(dek)}</h2>', hb.paras), ex(hb)),
        hc("en_og_social_differs", G, epage(f"{hb.title} | Coastal Daily", f"<h1>{e(hb.title)}</h1>", hb.paras,
                                            head=og("Harbour front to go car-free — here's what it means for you", "Coastal Daily")), ex(hb)),
        hc("en_jsonld_truncated_headline", G, epage(f"{fd.title} :: Coastal Daily :: Politics", f"<h1>{e(fd.title)}</h1>", fd.paras,
                                                    head=f'<script type="application/ld+json">{ld}</script>'), ex(fd)),
        hc("en_qa_og_no_h1", G, epage(f"{pk.title} - Coastal Daily", "", pk.paras, head=og(pk.title, "Coastal Daily")), ex(pk)),
        hc("en_qa_h1", G, epage(f"{pk.title} | Coastal Daily", f"<h1>{e(pk.title)}</h1>", pk.paras), ex(pk)),
        hc("en_live_badge", G, epage(f"{st.title} | Coastal Daily", f'<span class="live-badge">LIVE</span><h1>{e(st.title)}</h1>', st.paras,
                                     meta='<div class="article-meta">Updated <time datetime="2026-06-03T10:42:00Z">10:42</time></div>'), ex(st)),
        hc("en_dash_title_h1", G, epage(f"{fi.title} - Coastal Daily", f"<h1>{e(fi.title)}</h1>", fi.paras), ex(fi)),
        hc("en_dash_title_tag_only", G, epage(f"{fi.title} - Coastal Daily", "", fi.paras), ex(fi)),
        hc("en_question_number_double_colon", G, epage(f"{fd.title} :: Coastal Daily :: Politics", "", fd.paras), ex(fd)),
        hc("en_headline_repeated_h2_in_body", G, epage(f"{fi.title} | Coastal Daily", f"<h1>{e(fi.title)}</h1>", fi.paras, top=f"<h2>{e(fi.title)}</h2>"), ex(fi)),
        hc("en_middot_site_suffix_div_title", G, epage(f"{hb.title} · Coastal Daily", f'<div class="article-title">{e(hb.title)}</div>', hb.paras), ex(hb)),
    ]


KOP = '<p dmcf-ptype="general">{}</p>'
RUP = '<div class="article__block"><div class="article__text">{}</div></div>'


def intl_cases() -> list[Case]:
    jm, jo, ko, ru, es, de, fr, ar = T.JA_MISO, T.JA_OFFICE, T.KO_LIB, T.RU_BRIDGE, T.ES_LIB, T.DE_BIKE, T.FR_PARK, T.AR_LIB
    G = "intl"
    livedoor = ('<div id="container"><div id="header"><h1 class="blog-title"><a href="/">港町ぐらし日記</a></h1><p class="blog-description">海の見える町での毎日を綴ります</p></div>'
                '<div id="main"><div class="article"><p class="article-date">2026年06月03日</p>'
                f'<h2 class="article-title"><a href="/archives/1234.html">{e(jm.title)}</a></h2><div class="article-body-inner">{"<br><br>".join(e(p) for p in jm.paras)}</div>'
                '<div class="article-footer">カテゴリ：<a>手作り</a> コメント(3)</div></div></div>'
                '<div id="sidebar"><h3>最新記事</h3><ul><li><a>梅雨入り前の庭仕事</a></li><li><a>港の朝市に行ってきました</a></li></ul></div></div>')
    daum = ('<div id="kakaoHead"><h1 class="doc-title"><a class="link_daum" href="/">Daum</a><a class="link_news">뉴스</a></h1></div>'
            f'<div class="head_view"><h3 class="tit_view" data-translation="true">{e(ko.title)}</h3>'
            '<span class="info_view"><span class="txt_info">한빛일보</span> <span class="txt_info">입력 <span class="num_date">2026. 6. 3. 09:12</span></span></span></div>'
            f'<div class="news_view"><div class="article_view"><section>{"".join(KOP.format(e(p)) for p in ko.paras)}</section></div></div>'
            '<div class="box_side"><strong class="tit_side">많이 본 뉴스</strong><ol><li><a>주말 날씨 맑음</a></li><li><a>지하철 요금 인상</a></li></ol></div>')
    naver = ('<div class="Ngnb"><h1 class="Nlogo"><a href="/">NAVER</a> <a>뉴스</a></h1></div>'
             f'<div class="media_end_head"><h2 id="title_area" class="media_end_head_headline"><span>{e(ko.title)}</span></h2>'
             '<span class="media_end_head_info_datestamp_time">2026.06.03. 오전 9:12</span></div>'
             '<div id="newsct_article"><article id="dic_area" class="go_trans _article_content">'
             '<strong class="media_end_summary">밤·휴일에도 예약 도서 수령 가능<br>2028년까지 구립도서관 확대</strong><br><br>'
             f'{"<br><br>".join(e(p) for p in ko.paras)}</article></div>')
    ria = ('<div class="header"><a class="logo">Городские новости</a></div>'
           f'<div class="article"><div class="article__header"><h1 class="article__title">{e(ru.title)}</h1><h2 class="article__second-title">Ремонт обещают закончить к осени следующего года</h2>'
           '<div class="article__info-date">09:12 03.06.2026</div></div>'
           f'<div class="article__body">{"".join(RUP.format(e(p)) for p in ru.paras)}</div></div>')
    dle = ('<div class="header"><a class="logo">Городские новости</a><ul class="menu"><li><a>Главная</a></li><li><a>Новости</a></li><li><a>Спорт</a></li></ul></div>'
           f'<div class="fullstory"><div class="fullstory-title">{e(ru.title)}</div><div class="fullstory-info">3-06-2026, 09:12 | Просмотров: 412</div>'
           f'<div class="fullstory-text">{"<br><br>".join(e(p) for p in ru.paras)}</div></div>'
           '<div class="related"><b>Похожие новости:</b><ul><li><a>Мост через Вятку закроют на ремонт</a></li></ul></div>')
    spiegel_h1 = f'<h1><span class="kicker">Verkehrswende</span> <span class="visually-hidden">:</span> <span class="headline">{e(de.title)}</span></h1>'
    return [
        hc("ja_livedoor_colon_blog", G, doc(f"{jm.title} : 港町ぐらし日記", livedoor, lang="ja"), ex(jm)),
        hc("ja_logo_img_h1_headline_h2", G, epage(f"{jo.title}：港町新聞デジタル", f'<h2 class="headline">{e(jo.title)}</h2>', jo.paras, lang="ja",
                                                   header='<h1 class="logo"><a href="/"><img src="/logo.svg" alt="港町新聞デジタル"></a></h1>',
                                                   meta='<div class="article-meta"><time datetime="2026-06-03T09:12:00+09:00">2026年6月3日 9時12分</time></div>'), ex(jo)),
        hc("ko_daum_tit_view", G, doc(f"{ko.title} | Daum 뉴스", daum, lang="ko"), ex(ko)),
        hc("ko_naver_summary_dek", G, doc(f"{ko.title} : 네이버 뉴스", naver, lang="ko"), ex(ko)),
        hc("ru_ria_second_title_dek", G, doc(f"{ru.title} - Городские новости, 03.06.2026", ria, lang="ru"), ex(ru)),
        hc("ru_dle_raquo_div_title", G, doc(f"{ru.title} » Городские новости", dle, lang="ru"), ex(ru)),
        hc("es_antetitulo_subtitulo", G, epage(f"{es.title} | Diario del Valle", f'<p class="antetitulo">VERANO</p><h1>{e(es.title)}</h1><h2 class="subtitulo">Las cuatro salas municipales abrirán hasta las diez de la noche en julio y agosto</h2>', es.paras, lang="es",
                                               header='<a class="logo">Diario del Valle</a>', meta='<div class="article-meta">Por María López | 3 de junio de 2026</div>'), ex(es)),
        hc("de_spiegel_kicker_span_h1", G, epage(f"Verkehrswende: {de.title} - Stadtanzeiger", spiegel_h1 + '<div class="intro">Vier Kilometer, 1,8 Millionen Euro: Der Rat gibt grünes Licht für den Leinpfad.</div>', de.paras, lang="de",
                                                 header='<a class="logo">Stadtanzeiger</a>', head=og(de.title, "Stadtanzeiger"), meta='<div class="article-meta">Von Jan Müller · 03.06.2026</div>'), ex(de)),
        hc("fr_colon_title_chapo", G, epage(f"{fr.title} - Le Courrier du Val", f'<h1 class="article__title">{e(fr.title)}</h1><p class="article__desc">Samedi payant, abonnement plus cher, demi-heure gratuite : le point sur les nouvelles règles.</p>', fr.paras, lang="fr",
                                            header='<a class="logo">Le Courrier du Val</a>', meta='<div class="article-meta">Publié le 3 juin 2026 à 09h12</div>'), ex(fr)),
        hc("fr_colon_title_tag_only", G, epage(f"{fr.title} - Le Courrier du Val", "", fr.paras, lang="fr", header='<a class="logo">Le Courrier du Val</a>',
                                               meta='<div class="article-meta">Publié le 3 juin 2026 à 09h12</div>'), ex(fr)),
        hc("ar_h1_subhead_dek", G, doc(f"{ar.title} | أخبار | صحيفة الوادي",
                                      '<header><a class="logo">صحيفة الوادي</a><nav><a>الرئيسية</a> <a>أخبار</a> <a>رياضة</a></nav></header>'
                                      f'<main><article><h1>{e(ar.title)}</h1><p class="article__subhead">حافلة تحمل ثلاثة آلاف كتاب تجوب الأحياء طوال الأسبوع</p>'
                                      f'<div class="date">3 يونيو 2026</div><div class="wysiwyg">{ps(ar.paras)}</div></article></main>'
                                      '<footer>جميع الحقوق محفوظة © 2026 صحيفة الوادي</footer>', lang="ar", rtl=True), ex(ar)),
        hc("ar_title_tag_only", G, doc(f"{ar.title} - صحيفة الوادي",
                                      '<header><a class="logo">صحيفة الوادي</a></header>'
                                      f'<main><div class="post"><div class="date">3 يونيو 2026</div><div class="post-content">{ps(ar.paras)}</div></div></main>'
                                      '<footer>جميع الحقوق محفوظة © 2026 صحيفة الوادي</footer>', lang="ar", rtl=True), ex(ar)),
    ]


# ----------------------------------------------------------------------------------------------------
def zd(s: Story, **kw: object) -> str:
    return str(a7.dump((s.title, list(s.paras)), **kw))


def zdump_cases() -> list[Case]:
    br, zf, nt, en, pw, cn, wd = T.BRIDGE, T.ZHUANFANG, T.NIGHT, T.ENGINEER, T.POWER, T.CANTEEN, T.WENDA
    G = "zdump"
    info = ["来源：江城日报　发布时间：2026-11-20 09:30"]
    return [
        tc("zd_dek_line_before_info", G, zd(cn, info=["小区居民下楼就能吃上热乎饭", *info]), ex(cn, ["小区居民下楼就能吃上热乎饭", *cn.paras])),
        tc("zd_headline_repeated_after_info", G, zd(br, info=[*info, "", br.title]), ex(br)),
        tc("zd_zhuanfang_pipe_glossed", G, zd(zf, g=a7.gl, info=info), ex(zf)),
        tc("zd_question_title_glossed", G, zd(pw, g=a7.gl, info=info), ex(pw)),
        tc("zd_pipe_spam_lines_wenda_title", G, zd(wd, head=["高清影视｜免费追剧｜在线观看｜最新电影", "澳门新葡京 | 皇冠体育 | 真人娱乐 | 注册送彩金"], info=info), ex(wd)),
        tc("zd_dash_subtitle_title_site_suffix", G, zd(en, title=f"{en.title}——江城新闻网", info=info), ex(en)),
        tc("zd_dash_subtitle_title_plain", G, zd(en, info=info), ex(en)),
        tc("zd_quotes_number_title", G, zd(nt, info=info), ex(nt)),
        tc("zd_kicker_line_above_title", G, zd(cn, title=f"民生观察\n\n{cn.title}", info=info), ex(cn)),
        tc("zd_crumb_then_keyword_lines", G, zd(br, head=[SPAM], crumb=["当前位置 : 首页 > 本地新闻 > 正文", "\xa0", "关键词：木桥 加固 老城区 廊桥"], info=info), ex(br)),
    ]


def edump_cases() -> list[Case]:
    hb, pk, st, fi, tp = T.HARBOUR, T.PARKING, T.STORM, T.FIRE, T.TIDEPOOL
    G = "edump"
    dek = "The scheme will close two streets to traffic from next summer, but traders remain split"

    def plain(lines: list[str], paras: tuple[str, ...]) -> str:
        return "\n\n".join([*lines, *paras]) + "\n"
    return [
        tc("ed_kicker_dek_byline", G, plain(["Coastal Daily", "Home > News > Local", "EXCLUSIVE", hb.title, dek, "By Nora Quinn", "June 3, 2026"], hb.paras), ex(hb, [dek, *hb.paras])),
        tc("ed_qa_title", G, plain(["Coastal Daily", "Home > News > Local", pk.title, "June 3, 2026"], pk.paras), ex(pk)),
        tc("ed_live_badge_line", G, plain(["Coastal Daily", "LIVE", st.title, "Updated 10:42 BST, June 3, 2026"], st.paras), ex(st)),
        tc("ed_title_site_pipe_first_line", G, plain([f"{fi.title} | Coastal Daily", "June 3, 2026"], fi.paras), ex(fi)),
        tc("ed_blog_name_tagline", G, plain(["Harbour Notes", "Life by the water, one tide at a time", tp.title, "June 3rd, 2026"], tp.paras), ex(tp)),
        tc("ed_crumb_ends_title_then_title", G, plain([f"Coastal Daily » News » {hb.title}", hb.title], hb.paras), ex(hb)),
    ]


DE_TEASER = "Vier Kilometer, 1,8 Millionen Euro: Der Rat gibt grünes Licht für den Leinpfad"


def idump_cases() -> list[Case]:
    jm, jo, ko, ru, es, de, fr, ar = T.JA_MISO, T.JA_OFFICE, T.KO_LIB, T.RU_BRIDGE, T.ES_LIB, T.DE_BIKE, T.FR_PARK, T.AR_LIB
    G = "idump"

    def plain(lines: list[str], paras: tuple[str, ...], tail: list[str] | None = None) -> str:
        return "\n\n".join([*lines, *paras, *(tail or [])]) + "\n"
    return [
        tc("jd_ameblo_blog_name_theme", G, plain(["港町ぐらし日記", "海の見える町での毎日を綴ります", "2026-06-03 21:15:00", jm.title, "テーマ：手作り"], jm.paras, ["いいね！", "コメント(3)"]), ex(jm)),
        tc("jd_news_site_section", G, plain(["港町新聞デジタル", "地域ニュース", jo.title, "2026年6月3日 9時12分"], jo.paras), ex(jo)),
        tc("kd_site_crumb_dankdok", G, plain(["한빛일보", "사회 > 교육", ko.title, "입력 2026.06.03 09:12 수정 2026.06.03 10:30"], ko.paras), ex(ko)),
        tc("rd_crumb_dek_date", G, plain(["Главная » Новости » Город", ru.title, "Ремонт обещают закончить к осени следующего года", "03.06.2026 09:12"], ru.paras),
           ex(ru, ["Ремонт обещают закончить к осени следующего года", *ru.paras])),
        tc("esd_site_crumb_kicker", G, plain(["Diario del Valle", "Inicio > Local", "VERANO", es.title, "Por María López | 3 de junio de 2026"], es.paras), ex(es)),
        tc("ded_dachzeile_teaser_byline", G, plain(["Stadtanzeiger", "Verkehrswende", de.title, DE_TEASER, "Von Jan Müller · 03.06.2026"], de.paras), ex(de, [DE_TEASER, *de.paras])),
        tc("frd_colon_title_publie", G, plain(["Le Courrier du Val", "Accueil > Société", fr.title, "Publié le 3 juin 2026 à 09h12"], fr.paras), ex(fr)),
        tc("ard_site_crumb_title", G, plain(["صحيفة الوادي", "الرئيسية > أخبار محلية", ar.title, "3 يونيو 2026"], ar.paras), ex(ar)),
    ]


def build_all() -> list[Case]:
    return zh_cases() + en_cases() + intl_cases() + zdump_cases() + edump_cases() + idump_cases()
