# ruff: noqa: E501
"""Audit19 cases, part 1: multi-page articles, galleries, video pages, live blogs, Q&A, AMP/MIP, print
versions, mobile templates. Each case: one page, the expected title, exact body and the metadata the page
states (published date part, author, publisher; next_pages for paged articles)."""

from __future__ import annotations

import json
import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit4"))
sys.path.insert(0, str(HERE))

import a19_texts as T  # noqa: E402
from a19_frames import dede_article, dede_pager, doc, en_chrome, ps, zh_chrome  # noqa: E402
from a19_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)


def exp(s: Story, keys: str = "", paras: tuple[str, ...] | list[str] | None = None, title: str | None = None, **extra: object) -> Exp:
    vals = {"published": s.date, "author": s.author, "publisher": s.publisher}
    meta: dict[str, object] = {k: vals[k] for k in keys.split()}
    meta.update(extra)
    return Exp(title or s.title, "\n".join(paras if paras is not None else s.paras), meta)


def hc(name: str, group: str, html: str, x: Exp, codec: str = "utf-8", args: tuple[str, ...] = ()) -> Case:
    return Case(name, group, {f"{name}.html": html.encode(codec)}, [x], args=list(args))


def ld(s: Story, kind: str = "NewsArticle", **more: object) -> str:
    data: dict[str, object] = {"@context": "https://schema.org", "@type": kind, "headline": s.title, "datePublished": f"{s.date}T08:00:00+08:00"}
    if s.author:
        data["author"] = {"@type": "Person", "name": s.author}
    data.update(more)
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


# ------------------------------------------------------------------------------------------- paged
def paged() -> list[Case]:
    z = T.ZH_PAGED
    base = "/a/2026/1118/305"
    info = "2026-11-18 09:30 来源：江城日报 作者：陈立新 点击：<script src=\"/plus/count.php?aid=305\"></script>"
    mid = doc(f"{z.title}(2)_江城新闻网", dede_article(z, z.title, z.paras[2:4], dede_pager(2, 3, base), info), "zh-CN")
    last = doc(f"{z.title}(3)_江城新闻网", dede_article(z, f"{z.title}(3)", z.paras[4:6], dede_pager(3, 3, base), info), "zh-CN")
    en = T.EN_PAGED
    wp_url = "https://riversidegazette.example/2026/11/14/flooded-library-rebuilt"
    wp_links = (f'<div class="page-links">Pages: <span class="post-page-numbers current" aria-current="page">1</span> '
                f'<a href="{wp_url}/2/" class="post-page-numbers">2</a> <a href="{wp_url}/3/" class="post-page-numbers">3</a></div>')
    en_head = f'<meta property="article:published_time" content="{en.date}T07:00:00+00:00"><meta name="author" content="{en.author}">'

    def en_page(paras: tuple[str, ...], pager: str) -> str:
        inner = (f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{e(en.title)}</h1>'
                 f'<div class="entry-meta">By <span class="author vcard"><a href="/author/dmorrow/">{en.author}</a></span> · <time class="entry-date published" datetime="{en.date}T07:00:00+00:00">November 14, 2026</time></div></header>'
                 f'<div class="entry-content">{ps(paras)}{pager}</div>'
                 '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/local/">Local</a></span></footer></article>')
        return doc(f"{en.title} – Riverside Gazette", en_chrome(inner), "en-GB", en_head)

    en_mid_pager = (f'<p class="pager-text">Page 2 of 3</p><nav class="post-pagination"><a href="{wp_url}/" class="prev">« Previous page</a> | '
                    f'<a href="{wp_url}/3/" class="next">Next page »</a></nav>')
    de = T.DE_PAGED
    de_inner = (f'<article class="article"><header><span class="article-kicker">Verkehr</span><h1 class="article-title">{e(de.title)}</h1>'
                f'<p class="article-meta">Von <span class="author">{de.author}</span> | <time datetime="{de.date}T16:45:00+01:00">10.11.2026, 16:45 Uhr</time></p></header>'
                f'<div class="article-body">{ps(de.paras[:2])}'
                '<div class="article-pagination"><p class="next-teaser">Lesen Sie auf Seite 2: <a href="/lokales/stadtbahn-verzoegerung-seite-2.html">Wer die Mehrkosten trägt</a></p>'
                '<p>Seite 1 von 2</p><a class="next-page" href="/lokales/stadtbahn-verzoegerung-seite-2.html">Weiter zu Seite 2</a></div></div></article>')
    ru = T.RU_PAGED
    ru_inner = (f'<div class="news-detail"><h1>{e(ru.title)}</h1><div class="news-date">05.10.2026 12:40</div><div class="news-author">Автор: {ru.author}</div>'
                f'<div class="news-text">{ps(ru.paras[2:4])}</div>'
                '<div class="pagination">Страница 2 из 3<br><a href="?page=1">« Назад</a> <a href="?page=1">1</a> <b>2</b> <a href="?page=3">3</a> <a href="?page=3">Далее »</a></div></div>')
    ja = T.JA_PAGED

    def ja_page(paras: tuple[str, ...], pager: str) -> str:
        inner = (f'<article><header><h1 class="article_header_title">{e(ja.title)}</h1><p class="article_header_date"><time datetime="{ja.date}T18:00:00+09:00">9/22(火) 18:00</time></p></header>'
                 f'<div class="article_body">{ps(paras)}{pager}</div>'
                 '<div class="provider">地域ニュース配信</div><section class="related"><h2>関連記事</h2><ul><li><a href="/a/77">駅前広場、来春リニューアル</a></li><li><a href="/a/78">市電の新型車両、運行開始</a></li></ul></section></article>')
        return doc(f"{ja.title}（地域ニュース） - ヤマトニュース", inner, "ja")

    ja_p1_pager = ('<p class="nextPageLink">次ページは：<a href="?page=2">学生たちが描く商店街の未来</a></p>'
                   '<ul class="pagination"><li class="current">1</li><li><a href="?page=2">2</a></li><li class="next"><a href="?page=2">次へ</a></li></ul>')
    ja_last_pager = '<ul class="pagination"><li class="prev"><a href="?page=1">前へ</a></li><li><a href="?page=1">1</a></li><li class="current">2</li></ul>'
    es = T.ES_PAGED
    es_inner = (f'<article><h1 class="titular">{e(es.title)}</h1><div class="firma">Por <a rel="author" href="/autor/lucia-herrera/">{es.author}</a> · '
                f'<time datetime="{es.date}T10:00:00+02:00">19 oct 2026 - 10:00 CEST</time></div>'
                f'<div class="cuerpo">{ps(es.paras[2:])}</div>'
                '<nav class="paginacion"><a href="?pagina=1" class="anterior">‹ Anterior</a> <span>Página 2 de 2</span></nav>'
                '<section class="relacionadas"><h3>Te puede interesar</h3><ul><li><a href="/x1">La lonja amplía su horario</a></li><li><a href="/x2">Vuelve el mercadillo navideño</a></li></ul></section></article>')
    return [
        hc("zh_paged_middle", "paged", mid, exp(z, "published publisher author", z.paras[2:4], next_pages=[f"{base}_3.html"])),
        hc("zh_paged_last_titled", "paged", last, exp(z, "published publisher author", z.paras[4:6], next_pages=[])),
        hc("en_wp_nextpage_p1", "paged", en_page(en.paras[:2], wp_links), exp(en, "published author", en.paras[:2], next_pages=[f"{wp_url}/2/", f"{wp_url}/3/"])),
        hc("en_paged_middle", "paged", en_page(en.paras[2:4], en_mid_pager), exp(en, "published author", en.paras[2:4], next_pages=[f"{wp_url}/3/"])),
        hc("de_seite_1_von_2", "paged", doc(f"{de.title} - Stadtkurier", en_chrome(de_inner, "Stadtkurier"), "de"), exp(de, "published author", de.paras[:2], next_pages=["/lokales/stadtbahn-verzoegerung-seite-2.html"])),
        hc("ru_stranitsa_2_iz_3", "paged", doc(f"{ru.title} — Томские вести", en_chrome(ru_inner, "Томские вести"), "ru"), exp(ru, "published author", ru.paras[2:4], next_pages=["?page=3"])),
        hc("ja_next_page_teaser", "paged", ja_page(ja.paras[:3], ja_p1_pager), exp(ja, "published", ja.paras[:3], next_pages=["?page=2"])),
        hc("ja_last_page", "paged", ja_page(ja.paras[3:], ja_last_pager), exp(ja, "published", ja.paras[3:], next_pages=[])),
        hc("es_pagina_2_de_2", "paged", doc(f"{es.title} | Diario del Sur", en_chrome(es_inner, "Diario del Sur"), "es"), exp(es, "published author", es.paras[2:], next_pages=[])),
    ]


# ----------------------------------------------------------------------------------------- gallery
def gallery() -> list[Case]:
    z = T.ZH_GALLERY
    slides = "".join(f'<li class="pic-item"><div class="pic"><a href="/photo/2026/1121/big{i}.jpg" target="_blank"><img src="/photo/2026/1121/{i}.jpg" alt=""></a><span class="view-big">查看原图</span></div>'
                     f'<p class="pic-num">{i}/4</p><p class="pic-text">{e(c)}</p><p class="pic-author">（摄影：王峰）</p></li>\n' for i, c in enumerate(z.paras[1:], 1))
    zh_inner = (f'<div class="photo-article"><h1>{e(z.title)}</h1><div class="info">2026-11-21 10:20 来源：江城新闻网 编辑：何静</div>'
                f'<div class="photo-intro"><p>{e(z.paras[0])}</p></div><ul class="photo-list">{slides}</ul>'
                '<div class="pic-ctrl"><a class="prev-pic">上一张</a> <a class="next-pic">下一张</a> <a class="pic-list">图集列表</a></div>'
                '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
                '<div class="more-photo"><h3>更多图集</h3><ul><li><a href="/photo/1.html"><img src="/p1.jpg">江城初雪</a></li><li><a href="/photo/2.html"><img src="/p2.jpg">老街灯会</a></li></ul></div></div>')
    en = T.EN_GALLERY
    en_slides = "".join(f'<figure class="gallery-slide" data-index="{i}"><div class="slide-counter">{i} of 4</div><img src="/img/harvest-{i}.jpg" alt="">'
                        f'<figcaption><span class="caption-text">{e(c)}</span> <span class="credit">Photograph: Jess Reed/Riverside Gazette</span></figcaption></figure>\n'
                        + ('<div class="ad-slot"><span class="ad-label">Advertisement</span></div>' if i == 2 else "")
                        for i, c in enumerate(en.paras[1:], 1))
    en_inner = (f'<article class="gallery"><h1>{e(en.title)}</h1><p class="byline"><time datetime="{en.date}T09:00:00+01:00">Mon 28 Sep 2026 09.00 BST</time></p>'
                f'<div class="gallery-intro"><p>{e(en.paras[0])}</p></div><button class="start-slideshow">Start slideshow</button>'
                f'<div class="gallery-slides">{en_slides}</div><div class="share-bar"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div></article>')
    de = T.DE_GALLERY
    de_slides = "".join(f'<div class="gallery-item"><img src="/bilder/licht-{i}.jpg" alt="Lichterfest"><div class="gallery-caption"><span class="count">Bild {i} von 3</span>'
                        f'<p>{e(c)}</p><span class="copyright">Foto: Markus Lenz</span></div></div>\n' for i, c in enumerate(de.paras[1:], 1))
    de_inner = (f'<div class="bildergalerie"><span class="kicker">Bildergalerie</span><h1>{e(de.title)}</h1><p class="meta">Veröffentlicht am 12.10.2026</p>'
                f'<p class="teaser">{e(de.paras[0])}</p>{de_slides}<a class="weitere">Weitere Bildergalerien</a></div>')
    vi = T.VI_GALLERY
    vi_imgs = "".join(f'<figure class="tplCaption"><div class="fig-picture"><img src="/anh/{i}.jpg" alt=""></div><figcaption><p class="Image">{e(c)} Ảnh: <em>Minh Đức</em></p></figcaption></figure>\n'
                      for i, c in enumerate(vi.paras[1:], 1))
    vi_inner = (f'<section class="section page-detail"><div class="sidebar-1"><span class="date">Thứ tư, 28/10/2026, 07:00 (GMT+7)</span>'
                f'<h1 class="title-detail">{e(vi.title)}</h1><p class="description">{e(vi.paras[0])}</p>'
                f'<article class="fck_detail">{vi_imgs}</article><div class="footer-content"><a>Chia sẻ</a> <a>Lưu</a></div></div></section>')
    return [
        hc("zh_photo_gallery_captions", "gallery", doc(f"{z.title}_图片频道_江城新闻网", zh_chrome(zh_inner), "zh-CN"), exp(z, "published")),
        hc("en_gallery_figcaptions", "gallery", doc(f"{en.title} | Riverside Gazette", en_chrome(en_inner), "en-GB"), exp(en, "published")),
        hc("de_bildergalerie", "gallery", doc(f"{de.title} | Hafenblatt", en_chrome(de_inner, "Hafenblatt"), "de"), exp(de, "published")),
        hc("vi_photo_story", "gallery", doc(f"{vi.title} - Báo Du lịch", vi_inner, "vi"), exp(vi, "published")),
    ]


# ------------------------------------------------------------------------------------------- video
def video() -> list[Case]:
    z = T.ZH_VIDEO
    zh_inner = (f'<div class="video-page"><h1>{e(z.title)}</h1><div class="info">2026-11-20 08:15:32 来源：{z.publisher}</div>'
                '<div class="video-box"><video src="/v/2026/1120/x.mp4" poster="/v/x.jpg" controls></video><div class="vjs-control-bar"><span>播放</span> <span>00:00 / 01:48</span> <span>全屏</span></div></div>'
                f'<div class="video-summary">{ps(z.paras)}</div><div class="editor">（责任编辑：张敏）</div>'
                '<div class="related-video"><h3>相关视频</h3><ul><li><a href="/v/1.html">暴雨中民警背老人过街</a><span>01:12</span></li><li><a href="/v/2.html">江城夜景延时摄影</a><span>03:05</span></li></ul></div></div>')
    es = T.ES_VIDEO
    es_inner = (f'<article class="video-article"><div class="player"><button class="play">Reproducir</button><span class="duration">Duración 02:45</span></div>'
                f'<h1>{e(es.title)}</h1><div class="firma"><span class="autor">{es.author}</span> <time datetime="{es.date}T12:30:00+01:00">02/12/2026 12:30</time></div>'
                f'<div class="entradilla">{ps(es.paras)}</div>'
                '<section class="mas-videos"><h2>Más vídeos</h2><ul><li><a href="/v/1">Cómo se hace el mazapán de Toledo</a> <span>03:10</span></li><li><a href="/v/2">La última fábrica de alpargatas</a> <span>04:22</span></li></ul></section></article>')
    ar = T.AR_VIDEO
    ar_inner = (f'<div class="video-details"><div class="player-wrap"><iframe src="https://player.example.net/embed/abc123" allowfullscreen></iframe><span class="watch">مشاهدة</span></div>'
                f'<h1 class="video-title">{e(ar.title)}</h1><span class="date">الثلاثاء 3 نوفمبر 2026</span><div class="video-desc">{ps(ar.paras)}</div>'
                '<div class="related-videos"><h3>فيديوهات ذات صلة</h3><ul><li><a href="/v/9">جولة داخل المتحف الوطني</a></li><li><a href="/v/10">مهرجان الكتاب في دورته العاشرة</a></li></ul></div></div>')
    return [
        hc("zh_video_summary", "video", doc(f"{z.title}_视频_江城新闻网", zh_chrome(zh_inner), "zh-CN"), exp(z, "published publisher")),
        hc("es_video_entradilla", "video", doc(f"{es.title} | Diario del Sur", en_chrome(es_inner, "Diario del Sur"), "es"), exp(es, "published author")),
        hc("ar_video_page", "video", doc(f"{ar.title} - أخبار المدينة", ar_inner, "ar", dir_="rtl", head=f'<meta property="article:published_time" content="{ar.date}T09:00:00+03:00">'), exp(ar, "published")),
    ]


# -------------------------------------------------------------------------------------------- live
def live() -> list[Case]:
    z = T.ZH_LIVE
    zh_items = "".join(f'<li class="live-item"><p><span class="time">{p[:5]}</span> {e(p[6:])}</p><div class="live-tools"><a>点赞</a> <a>分享</a></div></li>\n' for p in reversed(z.paras))
    zh_inner = (f'<div class="live-page"><h1>{e(z.title)}</h1><div class="live-status">直播中 · 12.3万人观看</div><div class="live-refresh">自动刷新 <a>手动刷新</a></div>'
                f'<ul class="live-list">{zh_items}</ul><div class="live-more"><a>加载更多</a></div></div>')
    fr = T.FR_LIVE
    fr_posts = "".join(f'<section class="post"><p><time>{p[:5]}</time> {e(p[6:])}</p><div class="post__actions"><a>Partager</a> <a>Copier le lien</a></div></section>\n' for p in reversed(fr.paras))
    fr_inner = (f'<div class="live"><span class="flag-live">En direct</span><h1>{e(fr.title)}</h1><p class="meta">Publié le 2 novembre 2026 à 06h30</p>'
                f'<div class="live__posts">{fr_posts}</div><button class="load-more">Voir plus de contributions</button></div>')
    ru = T.RU_LIVE
    ru_posts = "".join(f'<div class="online-item"><p><b>{p[:5]}</b> {e(p[6:])}</p></div>\n' for p in reversed(ru.paras))
    ru_inner = (f'<div class="online"><h1>{e(ru.title)}</h1><div class="date">20 декабря 2026, 10:00</div><div class="online-note">Трансляция обновляется</div>'
                f'<div class="online-feed">{ru_posts}</div><div class="subscribe">Подписывайтесь на наш канал в Telegram</div></div>')
    return [
        hc("zh_live_newest_first", "live", doc(f"{z.title}_江城新闻网", zh_chrome(zh_inner), "zh-CN"), exp(z, "", list(reversed(z.paras)))),
        hc("fr_en_direct", "live", doc(f"{fr.title} - Ouest Matin", en_chrome(fr_inner, "Ouest Matin"), "fr"), exp(fr, "published", list(reversed(fr.paras)))),
        hc("ru_online_feed", "live", doc(f"{ru.title} — Городские новости", en_chrome(ru_inner, "Городские новости"), "ru"), exp(ru, "published", list(reversed(ru.paras)))),
    ]


# ---------------------------------------------------------------------------------------------- qa
def qa() -> list[Case]:
    es = T.ES_QA

    def es_p(p: str) -> str:
        return f"<p><strong>{e(p)}</strong></p>" if p.endswith("?") else f"<p>{e(p)}</p>"
    es_inner = (f'<article><span class="antetitulo">Entrevista</span><h1>{e(es.title)}</h1><h2 class="subtitulo">La directora de la red de bibliotecas repasa quince años al frente</h2>'
                f'<div class="firma">{es.author} · <time datetime="{es.date}">8 nov 2026</time></div>'
                f'<div class="cuerpo">{"".join(es_p(p) for p in es.paras)}</div><div class="etiquetas"><a>Bibliotecas</a> <a>Cultura</a></div></article>')
    fr = T.FR_QA
    fr_body = "".join(f"<h3>{e(p)}</h3>" if p.endswith("?") else f"<p>{e(p)}</p>" for p in fr.paras)
    fr_inner = (f'<article><p class="kicker">Entretien</p><h1>{e(fr.title)}</h1><p class="auteur">Propos recueillis par {fr.author}</p><p class="date">Publié le 30 octobre 2026</p>'
                f'<div class="article__content">{fr_body}</div><p class="abo">Cet article vous a plu ? Abonnez-vous à notre newsletter.</p></article>')
    ko = T.KO_QA
    ko_inner = (f'<div class="article-view"><h3 class="heading">{e(ko.title)}</h3><ul class="infomation"><li>기자명 {ko.author} 기자</li><li>입력 2026.11.11 14:20</li></ul>'
                f'<article id="article-view-content-div">{ps(ko.paras)}<p>{ko.author} 기자 jhpark@dongnenews.example</p></article>'
                '<div class="copyright">저작권자 © 동네뉴스 무단전재 및 재배포 금지</div></div>')
    return [
        hc("es_entrevista_dash", "qa", doc(f"{es.title} | Diario del Sur", en_chrome(es_inner, "Diario del Sur"), "es"), exp(es, "published author")),
        hc("fr_entretien_h3_questions", "qa", doc(f"{fr.title} - Ouest Matin", en_chrome(fr_inner, "Ouest Matin"), "fr"), exp(fr, "published author")),
        hc("ko_interview_qa", "qa", doc(f"{ko.title} - 동네뉴스", ko_inner, "ko"), exp(ko, "published author")),
    ]


# --------------------------------------------------------------------------------------- amp / mip
def amp() -> list[Case]:
    vi = T.VI_AMP
    vi_head = ('<script async src="https://cdn.ampproject.org/v0.js"></script><link rel="canonical" href="https://tinmoi.example/ha-noi-xe-buyt-dien-4567.html">'
               '<style amp-boilerplate>body{visibility:hidden}</style>' + ld(vi))
    vi_body = ('<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/giao-thong">Giao thông</a></li></ul></amp-sidebar>'
               '<header class="amp-header"><button on="tap:menu.toggle">☰</button><a class="logo">Tin Mới</a></header>'
               f'<article><span class="date">Thứ tư, 25/11/2026, 08:30 (GMT+7)</span><h1 class="title-detail">{e(vi.title)}</h1>'
               f'<p class="description">{e(vi.paras[0])}</p><amp-img src="/anh/bus.jpg" width="680" height="408" layout="responsive"></amp-img>'
               f'<article class="fck_detail">{ps(vi.paras[1:])}<p style="text-align:right;"><strong>{vi.author}</strong></p></article>'
               '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share>'
               '<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"></amp-ad>'
               '<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul><li><a href="/x">Xe buýt điện chạy thử nghiệm</a></li><li><a href="/y">Giá vé tháng xe buýt</a></li></ul></div></article>')
    ar = T.AR_AMP
    ar_head = '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>' + ld(ar)
    ar_body = ('<header><a class="logo">صحيفة المدينة</a></header>'
               f'<article><h1>{e(ar.title)}</h1><div class="meta"><span class="author">بقلم: {ar.author}</span> <span class="date">14 أكتوبر 2026</span></div>'
               f'<amp-img src="/img/old-city.jpg" width="800" height="450" layout="responsive" alt="المدينة القديمة"></amp-img><div class="article-body">{ps(ar.paras)}</div>'
               '<amp-accordion><section><h4>اقرأ أيضا</h4><ul><li><a>مهرجان التراث يعود في الربيع</a></li><li><a>ترميم السوق القديم</a></li></ul></section></amp-accordion>'
               '<amp-ad width="320" height="100" type="adsense"></amp-ad></article><footer>جميع الحقوق محفوظة © 2026</footer>')
    z = T.ZH_MIP
    zh_body = ('<mip-fixed type="top" class="app-bar"><div class="open-app">打开江城晚报APP，看更多本地新闻 <a>立即打开</a></div></mip-fixed>'
               f'<div class="mip-article"><h1>{e(z.title)}</h1><div class="info"><span>2026-11-12 07:50</span> <span>来源：{z.publisher}</span></div>'
               f'<div class="article-content">{ps(z.paras[:2])}<mip-img src="/p/park.jpg"></mip-img>{ps(z.paras[2:])}</div>'
               '<mip-ad type="ad-baidu" cpro_psid="u1234"></mip-ad>'
               '<div class="recommend"><h3>相关推荐</h3><mip-link href="/a/1.html">江城今冬首场雪预计下周到来</mip-link><mip-link href="/a/2.html">市区新增三条公交线路</mip-link></div></div>'
               '<mip-fixed type="bottom"><div class="app-download">下载客户端 阅读体验更佳</div></mip-fixed>')
    zh_head = '<link rel="stylesheet" href="https://c.mipcdn.com/static/v2/mip.css"><link rel="canonical" href="https://www.jcwb.example/a/2026/1112/88.html">'
    return [
        hc("vi_amp_author_tail", "amp", doc(f"{vi.title} - Tin Mới", vi_body, "vi", vi_head, html_attrs=" amp"), exp(vi, "published author")),
        hc("ar_amp_article", "amp", doc(f"{ar.title} | صحيفة المدينة", ar_body, "ar", ar_head, html_attrs=" ⚡", dir_="rtl"), exp(ar, "published author")),
        hc("zh_mip_page", "amp", doc(f"{z.title}-江城晚报", zh_body, "zh-CN", zh_head, html_attrs=" mip"), exp(z, "published publisher")),
    ]


# ------------------------------------------------------------------------------------------- print
def printing() -> list[Case]:
    z = T.ZH_PRINT
    zh = ('<body onload="window.print()"><table width="700" align="center" cellpadding="0" cellspacing="0">'
          '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
          f'<tr><td class="title" align="center"><b>{e(z.title)}</b></td></tr>'
          f'<tr><td align="center" class="info">发布日期：2026-11-01　来源：{z.publisher}　浏览次数：<span id="hits">1024</span></td></tr>'
          f'<tr><td class="content">{ps(z.paras)}</td></tr></table>')
    zh_page = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>打印页面</title></head>\n'
               f'{zh}</body></html>\n')
    en = T.EN_PRINT
    en_page = doc(f"{en.title} - Printer-friendly version",
                  '<div id="print-header"><img src="/logo-print.png" alt="Riverside Gazette"> <a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div>'
                  f'<div class="print-content"><h2>{e(en.title)}</h2><p class="print-byline">By {en.author} | Published November 4, 2026</p>{ps(en.paras)}</div>'
                  '<div class="print-footer"><p>This story was printed from riversidegazette.example, located at https://riversidegazette.example/news/2026/11/04/cycle-path-approved</p>'
                  '<p>© 2026 Riverside Gazette. All rights reserved.</p></div>', "en")
    de = T.DE_PRINT
    de_page = doc(f"Druckversion: {de.title}",
                  '<div class="print-head">Westend Kurier – Druckversion <a onclick="window.print()">Artikel drucken</a></div>'
                  f'<h1>{e(de.title)}</h1><p class="autor">Von {de.author}, 01.12.2026</p>{ps(de.paras)}'
                  '<p class="quelle">Quelle: https://westend-kurier.example/lokales/neue-kita-im-westend-1234</p><p>© Westend Kurier 2026</p>', "de")
    return [
        hc("zh_gov_print_gbk", "print", zh_page, exp(z, "published publisher"), codec="gbk"),
        hc("en_printer_friendly", "print", en_page, exp(en, "published author")),
        hc("de_druckversion", "print", de_page, exp(de, "published author")),
    ]


# ------------------------------------------------------------------------------------------ mobile
def mobile() -> list[Case]:
    z = T.ZH_MOBILE
    zh_body = ('<div class="m-top-banner"><img src="/m/app-icon.png"><div class="txt">江城晚报客户端<br>打开APP，阅读体验更佳</div><a class="open-btn">打开</a></div>'
               '<div class="m-header"><a class="back">返回</a><span>江城晚报</span></div>'
               f'<div class="m-article"><h1>{e(z.title)}</h1><div class="m-info"><span class="src">{z.publisher}</span> <span class="author">记者 {z.author}</span> <span class="time">2026-11-19 08:12</span></div>'
               f'<div class="m-content">{ps(z.paras)}</div>'
               '<div class="m-open-app"><a>打开APP，查看更多精彩内容</a></div>'
               '<div class="m-hot"><h3>24小时热文</h3><ul><li><a>江城今冬首场雪预计下周到来</a></li><li><a>市区新增三条公交线路</a></li></ul></div></div>'
               '<div class="m-footer"><a>电脑版</a> | <a>客户端</a> | <a>返回顶部</a></div>')
    ko = T.KO_MOBILE
    ko_body = ('<div class="app-banner">앱에서 더 편하게 보기 <a class="btn-app">앱으로 보기</a> <button class="close">닫기</button></div>'
               f'<div class="m-article"><h2 class="tit">{e(ko.title)}</h2><div class="byline">{ko.author} 기자 <span class="date">입력 2026.11.27 09:10</span></div>'
               f'<div class="article-body">{ps(ko.paras)}<p>{ko.author} 기자 sylee@citynews.example</p><p>ⓒ 시티뉴스, 무단전재-재배포 금지</p></div>'
               '<div class="app-promo">앱 설치하고 더 많은 뉴스 보기</div><div class="m-foot"><a>PC버전</a> <a>맨위로</a></div></div>')
    ru = T.RU_MOBILE
    ru_body = ('<div class="smart-banner">Читайте новости в нашем приложении <a>Скачать</a></div>'
               f'<article class="m-news"><h1>{e(ru.title)}</h1><div class="m-meta"><span>23 ноября 2026, 11:05</span> <span class="m-author">{ru.author}</span></div>'
               f'<div class="m-text">{ps(ru.paras)}</div><a class="read-in-app">Читать в приложении</a></article>'
               '<div class="m-footer"><a>Полная версия сайта</a></div>')
    tt = T.ZH_TOUTIAO
    share_body = ('<div class="share-header"><img src="/logo.png"><span>江城头条</span><a class="open">打开APP</a></div>'
                  f'<div class="article"><h1>{e(tt.title)}</h1><div class="meta"><span>{tt.publisher}</span> <span>2026-12-10 19:02</span></div>'
                  f'<div class="article-content">{ps(tt.paras)}</div><div class="unfold-mask"><a class="unfold-btn">打开APP阅读全文</a></div></div>'
                  '<div class="recommend"><div class="rec-title">相关推荐</div><a class="rec-item">春运首日 高速车流平稳</a><a class="rec-item">服务区推出返乡年夜饭</a></div>'
                  '<div class="download-bar">下载江城头条，看更多热门资讯</div>')
    return [
        hc("zh_m_open_app_banners", "mobile", doc(f"{z.title}-江城晚报手机版", zh_body, "zh-CN"), exp(z, "published author publisher")),
        hc("ko_m_app_banner", "mobile", doc(f"{ko.title} - 시티뉴스 모바일", ko_body, "ko"), exp(ko, "published author")),
        hc("ru_m_smart_banner", "mobile", doc(f"{ru.title} — мобильная версия", ru_body, "ru"), exp(ru, "published author")),
        hc("zh_app_share_page", "mobile", doc(f"{tt.title} - 江城头条", share_body, "zh-CN"), exp(tt, "published publisher")),
    ]


def build_part1() -> list[Case]:
    return [*paged(), *gallery(), *video(), *live(), *qa(), *amp(), *printing(), *mobile()]
