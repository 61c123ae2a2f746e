# ruff: noqa: E501
"""Audit16 wave 2 (names ``w2_``): 14 more blind cases written after the first run, before any fix and before
reading pipeline code. Same expectations as a16_cases.py: the boxes, labels and widgets inside the body go;
FAQ questions, a Chinese essay's 注释 footnotes, a 核心提示 summary line, subheadings and live entries stay."""

from __future__ import annotations

import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import a16_texts as T  # noqa: E402
from a16_cases import ex, hc  # noqa: E402
from a16_frames import mix, news_site, p, wordpress, zh_portal  # noqa: E402
from build import Case  # noqa: E402  (audit4's case records)


def en2() -> list[Case]:
    fe, bk, wi, tr, fq, gl, ba = T.FERRY, T.BAKERY, T.WIND, T.TRAMS, T.FAQ, T.GLASS, T.BEES
    G = "en"
    nyt_ad = ('<div class="css-1xt5d3 ad mid1-wrapper" data-testid="StandardAd"><div class="css-kabr81"><p class="css-ae0xkf">Advertisement</p>'
              '<a href="#after-dfp-ad-mid1" class="css-1o7m0ew">SKIP ADVERTISEMENT</a><div id="dfp-ad-mid1" class="place-ad"></div><div id="after-dfp-ad-mid1"></div></div></div>')
    nyt_p = lambda t: f'<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">{e(t)}</p></div></div>'  # noqa: E731
    nyt = news_site("en-US", wi.title, mix([nyt_p(x) for x in wi.paras], {2: nyt_ad}, tag=lambda x: x), "The Coastal Record", ["World", "U.S.", "Climate", "Business"],
                    '<span class="css-1n7hynb">By Dana Reyes</span> <time datetime="2026-11-20T10:00:00.000Z">Nov. 20, 2026</time>', body_cls="meteredContent css-1r7ky0e", tag="section")
    trinity = ('<div class="trinity-tts-pb" dir="ltr"><div class="trinity-player-iframe-wrapper" data-id="trinity-1"><div class="trinity-player-placeholder">'
               'Getting your Trinity Audio player ready...</div></div></div>')
    pull = f'<blockquote class="pull-quote"><p>{e(bk.paras[1].split(". ", 1)[1])}</p></blockquote>'
    nl_line = "<p><em>Sign up for our free morning newsletter to get the day's local news in your inbox before breakfast.</em></p>"
    live = [("08:02", "Engineers on site since dawn", "Engineers have been at the campus stop since six this morning checking the overhead line."),
            ("09:15", "First test run completed", "An empty tram has completed a test run along the whole extension without problems."),
            ("10:00", "Line open to passengers", "The extension is now open, and the first passengers are on their way to the campus.")]
    key_events = ('<div class="key-events" data-component="key-events"><h2 class="key-events__title">Key events</h2><ul>'
                  + "".join(f'<li><a href="#block-{i}"><time>{t}</time> {e(h)}</a></li>' for i, (t, h, _) in enumerate(live))
                  + '</ul><button class="key-events__toggle">Show key events only</button></div>')
    live_html = key_events + "".join(f'<div class="block" id="block-{i}"><p class="block-time"><time>{t}</time></p><h3 class="block-title">{e(h)}</h3><p>{e(x)}</p></div>'
                                     for i, (t, h, x) in enumerate(live))
    live_exp = [y for t, h, x in live for y in (t, h, x)]
    faq_html = "\n".join(f"<h3>{e(x)}</h3>" if x.endswith("?") else p(x) for x in fq.paras)
    faq_html = faq_html.replace("<h3>Will my bill go up?</h3>", '<div class="ad-slot"><span class="ad-slot__label">Advertisement</span></div>\n<h3>Will my bill go up?</h3>')
    gallery = ('<div class="inline-gallery" data-component="gallery"><div class="gallery__slide"><img src="/g1.jpg" alt=""><span class="gallery__count">1 of 5</span>'
               '<p class="gallery__caption">An apprentice shapes a goblet stem in the workshop behind the station.</p><button class="gallery__expand">Expand</button></div>'
               '<button class="gallery__prev">Previous</button><button class="gallery__next">Next</button></div>')
    return [
        hc("w2_en_nyt_skip_advertisement", G, nyt, ex(wi)),
        hc("w2_en_trinity_audio_placeholder", G, wordpress(fe.title, trinity + mix(fe.paras, {})), ex(fe)),
        hc("w2_en_pull_quote_class_duplicate", G, wordpress(bk.title, mix(bk.paras, {3: pull})), ex(bk)),
        hc("w2_en_newsletter_italic_line", G, wordpress(ba.title, mix(ba.paras, {2: nl_line})), ex(ba)),
        hc("w2_en_live_key_events_box", G, news_site("en-GB", tr.title, live_html, "The Northern Courier", ["News", "Live", "Sport"], "Updated 10:00 GMT", body_cls="content__article-body"),
           ex(tr, live_exp)),
        hc("w2_en_faq_h3_questions_kept", G, news_site("en-GB", fq.title, faq_html, "District Gazette", ["News", "Money", "Home"], "By Priya Nair, 20 November 2026"), ex(fq)),
        hc("w2_en_inline_gallery_counter", G, wordpress(gl.title, mix(gl.paras, {2: gallery})), ex(gl)),
    ]


def zh2() -> list[Case]:
    th, sm = T.THEORY, T.SUMMARY_ZH
    G = "zh"
    info = '<span class="date">2026年11月20日 09:30</span> <span class="source">来源：江城日报</span>'
    th_html = "\n".join(f"<p><strong>{e(x)}</strong></p>" if x == "注释：" else (f'<p style="font-size:12px">{e(x)}</p>' if x.startswith("[") else p(x)) for x in th.paras)
    sm_html = f'<p><strong>核心提示：</strong>{e(sm.paras[0][5:])}</p>' + mix(sm.paras[1:], {})
    return [
        hc("w2_zh_essay_zhushi_footnotes_kept", G, zh_portal(th.title, th_html, '<span>2026年11月20日</span> <span>来源：江城日报理论版</span>'), ex(th)),
        hc("w2_zh_hexin_tishi_kept", G, zh_portal(sm.title, sm_html, info), ex(sm)),
    ]


def intl2() -> list[Case]:
    G = "intl"
    on, fpt, pit, bd, vfr, mk = T.ONSEN, T.FAIR_PT, T.PORT_IT, T.BRIDGE_DE, T.VINES_FR, T.MARKET_KO
    ja_h = ["施設の概要", "地元の声"]
    on_body = [on.paras[0], ja_h[0], on.paras[1], ja_h[1], on.paras[2], on.paras[3]]
    toc = ('<div id="toc_container" class="toc_wrap_right no_bullets"><p class="toc_title">目次 <span class="toc_toggle">[<a href="#">非表示</a>]</span></p><ul class="toc_list">'
           + "".join(f'<li><a href="#i-{i}"><span class="toc_number toc_depth_1">{i + 1}</span> {h}</a></li>' for i, h in enumerate(ja_h)) + "</ul></div>")
    on_html = toc + "\n".join(f'<h2><span id="i-{ja_h.index(x)}">{x}</span></h2>' if x in ja_h else p(x) for x in on_body)
    pt_ad = '<div class="publicidade"><span class="publicidade__label">Publicidade</span><div id="banner-mid"></div><p class="publicidade__continua">Continua após a publicidade</p></div>'
    it_ad = '<div class="adv-inread"><div id="div-gpt-inread"></div><p class="adv-inread__note">L\'articolo continua sotto</p></div>'
    de_ad = '<div class="ad-wrapper"><div class="ad-note">Weiter nach der Anzeige</div><div id="sz-ad-mid"></div></div>'
    fr_lire = '<p><strong>À lire aussi</strong> <a href="/actualite/vignes-gel.php">Gel de printemps : les vignerons sortent les bougies</a></p>'
    fr_nl = ('<div class="newsletter-inline"><p class="newsletter-inline__title">La newsletter du Coteau</p><p>Recevez chaque matin l\'essentiel de l\'actualité de votre région.</p>'
             '<a class="btn" href="/newsletters/">Je m\'inscris</a></div>')
    ko_tail = ('<p>▶ 관련 기사 보기 <a href="/news/articleView.html?idxno=10077">청년 창업 지원금 신청 시작</a></p>'
               '<p>▶ 한빛일보 구독하고 지역 소식 받아보기 <a href="/subscribe">바로가기</a></p>')
    return [
        hc("w2_ja_mokuji_toc_h2_kept", G, news_site("ja", on.title, on_html, "まちなかブログ", ["ホーム", "地域", "おでかけ"], "2026年11月20日"), ex(on, on_body)),
        hc("w2_pt_continua_apos_publicidade", G, news_site("pt-BR", fpt.title, mix(fpt.paras, {2: pt_ad}), "Jornal da Serra", ["Cidades", "Economia", "Política"], "20.nov.2026 às 8h00"), ex(fpt)),
        hc("w2_it_articolo_continua_sotto", G, news_site("it", pit.title, mix(pit.paras, {2: it_ad}), "Città Nostra", ["Cronaca", "Politica"], "20 novembre 2026"), ex(pit)),
        hc("w2_de_weiter_nach_der_anzeige", G, news_site("de", bd.title, mix(bd.paras, {2: de_ad}), "Hafenstadt Kurier", ["Lokales", "Politik"], "20. November 2026, 9:15 Uhr"), ex(bd)),
        hc("w2_fr_a_lire_aussi_newsletter", G, news_site("fr", vfr.title, mix(vfr.paras, {1: fr_lire, 3: fr_nl}), "Le Courrier du Coteau", ["Actualité", "Vins"], "Publié le 20/11/2026 à 08:00"), ex(vfr)),
        hc("w2_ko_arrow_related_subscribe_tail", G, news_site("ko", mk.title, mix(mk.paras, {4: ko_tail}), "한빛일보", ["사회", "경제", "지역"], "입력 2026.11.20 09:00"), ex(mk)),
    ]


def build_all() -> list[Case]:
    return en2() + zh2() + intl2()
