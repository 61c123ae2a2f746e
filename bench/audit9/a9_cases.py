# ruff: noqa: E501
"""Audit9 cases: shapes audits 4 and 5 did not cover (CMSs, platforms, script-state bodies, body
tables and lists, embeds, stacked articles, spam soup), in Chinese, Japanese, Korean, Russian,
Portuguese/Spanish and English.

Expected values are what a careful editor keeps: the headline, the body paragraphs (body tables one
row per line with cells joined by a space, list items one per line, quotes the article makes kept;
captions, pull quotes repeating the text, embeds, promos, signatures, replies, subtitles/standfirsts
dropped as in audit5), and the metadata the page states.
"""

from __future__ import annotations

import dataclasses
from html import escape as e

import a9_articles as A
import a9_sites_intl as I
import a9_sites_zh as Z
from articles import Article
from build import Case, Exp

ZH, JA, KO, RU, PT, EN = "zh", "ja", "ko", "ru", "pt_es", "en"


def exp(a: Article, keys: str = "published author", paras: tuple[str, ...] | list[str] | None = None, title: str | None = None,
        **extra: object) -> Exp:
    vals = {"publisher": a.publisher, "author": a.author, "published": a.date}
    meta = {k: vals[k] for k in keys.split()} | extra
    return Exp(title or a.title, "\n".join(paras if paras is not None else a.paras), meta)


def hc(name: str, group: str, html: str, ex: Exp, codec: str = "utf-8") -> Case:
    return Case(name, group, {f"{name}.html": html.encode(codec)}, [ex])


def _ps(paras: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"<p>{e(p)}</p>" for p in paras)


def _table(rows: tuple[str, ...], cls: str = "", thead: bool = True) -> str:
    head, *rest = rows
    h = "".join(f"<th>{e(c)}</th>" for c in head.split(" "))
    b = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r.split(" ")) + "</tr>" for r in rest)
    return f'<table{cls}>' + (f"<thead><tr>{h}</tr></thead>" if thead else f"<tr>{h}</tr>") + f"<tbody>{b}</tbody></table>"


def _en_rows(rows: tuple[str, ...]) -> str:
    """EN_MATCH rows: the player's name is two words, one cell."""
    out = []
    for r in rows:
        w = r.split(" ")
        cells = w if r.startswith("Player") else [" ".join(w[:2]), *w[2:]]
        tag = "th" if r.startswith("Player") else "td"
        out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in cells) + "</tr>")
    return f'<table class="stats-table"><thead>{out[0]}</thead><tbody>{"".join(out[1:])}</tbody></table>'


FORUM_Z = dataclasses.replace(A.FORUM)
SIDE_RANK = ('<div class="hot-rank"><h3>排行榜</h3><table class="rank-table"><tr><td>1</td><td><a href="/n/11.html">市区新增三条公交线路</a></td><td>8812</td></tr>'
             '<tr><td>2</td><td><a href="/n/12.html">地铁五号线南延段开工</a></td><td>6540</td></tr><tr><td>3</td><td><a href="/n/13.html">燃气管网改造完成</a></td><td>5231</td></tr></table></div>')
SIDE_WEATHER = ('<div class="weather-box"><table><tr><td>今天</td><td>多云</td><td>14～22℃</td></tr><tr><td>明天</td><td>小雨</td><td>12～18℃</td></tr>'
                '<tr><td>后天</td><td>阴</td><td>11～17℃</td></tr></table></div>')


def zh_cases() -> list[Case]:
    hol_rows_html = Z._ps(A.HOLIDAY.paras[:2]) + _table(A.HOLIDAY_ROWS, ' class="data-table"') + Z._ps(A.HOLIDAY.paras[-1:])
    flu = A.FLU
    flu_ol = Z._ps(flu.paras[:2]) + "<ol>" + "".join(f"<li>{e(i[3:])}</li>" for i in A.FLU_ITEMS) + "</ol>" + Z._ps(flu.paras[-1:])
    flu_ol_exp = [*flu.paras[:2], *(i[3:] for i in A.FLU_ITEMS), flu.paras[-1]]
    flu_p = Z._ps(flu.paras)
    b = A.BRIDGE
    inline_read = (Z._ps(b.paras[:2]) + '<p><strong>相关阅读：</strong><a href="/n/1.html">黔北又一座山区特大桥开工建设</a></p>'
                   + '<p style="text-align:center"><img src="/up/1.jpg" /></p><p style="text-align:center">10月21日，清溪河特大桥主拱合龙现场。新华社记者 龚岩 摄</p>'
                   + Z._ps(b.paras[2:]) + '<p>延伸阅读：<a href="/n/2.html">山区桥梁建设的“贵州速度”</a></p>')
    es = A.ESSAY
    split = (f'<div class="article-content">{Z._ps(es.paras[:2])}</div><div class="ad-slot"><span>广告</span><a href="/ad">县城文旅节门票八折</a></div>'
             f'<div class="article-content">{Z._ps(es.paras[2:])}</div>')
    fo = A.FOREST
    gallery = ('<div class="photo-gallery swiper"><div class="swiper-wrapper">'
               + "".join(f'<div class="swiper-slide"><img src="/g/{i}.jpg" /><div class="slide-text"><span class="num">{i}/3</span>{t}</div></div>'
                         for i, t in enumerate(("林下种植的大球盖菇", "村民在杉木林中采菇", "合作社分拣车间"), 1))
               + '</div></div>' + Z._ps(fo.paras))
    logo_h1 = '<h1 class="site-name">三农资讯</h1>'
    return [
        hc("zh_discuz_jammer_class", ZH, Z.discuz(A.FORUM), exp(A.FORUM, "published publisher")),
        hc("zh_discuz_jammer_style_gbk", ZH, Z.discuz(A.FORUM, "style", charset="gbk"), exp(A.FORUM, "published publisher"), "gbk"),
        hc("zh_discuz_jammer_white", ZH, Z.discuz(A.FORUM, "white"), exp(A.FORUM, "published publisher")),
        hc("zh_phpcms_multipage", ZH, Z.phpcms_pages(b, 2, "/html/2026/news_1021/612_2.html"),
           exp(b, "published publisher", paras=b.paras[:2], next_pages=["/html/2026/news_1021/612_2.html"])),
        hc("zh_empire_table_sidebar", ZH, Z.empire(A.HOLIDAY, 2, A.HOLIDAY_ROWS), exp(A.HOLIDAY, "published publisher author")),
        hc("zh_empire_gbk_multipage", ZH, Z.empire(fo, 2, (), "gbk", Z.EMPIRE_PAGES).replace(Z._ps(fo.paras[2:]), ""),
           exp(fo, "", paras=fo.paras[:2], published="2026-10-08", next_pages=["/news/2026-10-20/86_2.html", "/news/2026-10-20/86_3.html"]), "gbk"),
        hc("zh_toutiao_copy", ZH, Z.toutiao_copy(A.WECHAT), exp(A.WECHAT)),
        hc("zh_baijiahao_h2", ZH, Z.baijiahao(es), exp(es, "author", title=es.title)),
        hc("zh_wechat_farm_promos", ZH, Z.wechat_farm(A.WECHAT), exp(A.WECHAT, "")),
        hc("zh_wechat_mp_promos", ZH, Z.wechat_mp(A.WECHAT), exp(A.WECHAT)),
        hc("zh_zhihu_two_answers", ZH, Z.zhihu(A.ANSWER, es), exp(A.ANSWER)),
        hc("zh_body_table_side_rank", ZH, Z.local_site(A.HOLIDAY, hol_rows_html, side=SIDE_RANK), exp(A.HOLIDAY, "published publisher author")),
        hc("zh_body_table_side_weather", ZH, Z.local_site(A.HOLIDAY, hol_rows_html, side=SIDE_WEATHER), exp(A.HOLIDAY, "published")),
        hc("zh_body_table_no_thead", ZH, Z.local_site(A.HOLIDAY, Z._ps(A.HOLIDAY.paras[:2]) + _table(A.HOLIDAY_ROWS, thead=False) + Z._ps(A.HOLIDAY.paras[-1:])), exp(A.HOLIDAY, "published")),
        hc("zh_ol_list", ZH, Z.local_site(flu, flu_ol), exp(flu, "published publisher author", paras=flu_ol_exp)),
        hc("zh_numbered_p_list", ZH, Z.local_site(flu, flu_p), exp(flu, "published publisher author")),
        hc("zh_inline_related_caption", ZH, Z.local_site(b, inline_read), exp(b, "published publisher author")),
        hc("zh_split_siblings_ad", ZH, Z.local_site(es, split), exp(es, "published")),
        hc("zh_gallery_slides", ZH, Z.local_site(fo, gallery), exp(fo, "published publisher author")),
        hc("zh_two_h1_site_name", ZH, Z.local_site(fo, Z._ps(fo.paras), title_tag=f"{fo.title}_三农资讯", extra_h1=logo_h1), exp(fo, "published")),
        hc("zh_spam_soup_inline_white", ZH, Z.spam_soup(b), exp(b, "publisher")),
        hc("zh_spam_soup_css_white", ZH, Z.spam_soup(b, "css"), exp(b, "publisher")),
        hc("zh_next_data_html", ZH, Z.next_shell(es), exp(es, "published author")),
        hc("zh_next_data_blocks", ZH, Z.next_shell(es, blocks=True), exp(es, "")),
        hc("zh_nuxt2_shell", ZH, Z.nuxt_shell(A.WECHAT), exp(A.WECHAT, "")),
        hc("zh_stacked_next_article", ZH, Z.stacked(b, fo), exp(b, "published publisher")),
        hc("zh_stacked_longer_second", ZH, Z.stacked(fo, A.HOLIDAY), exp(fo, "published publisher")),
        hc("zh_trs_gov_page", ZH, Z.trs_gov(flu), exp(flu, "published publisher")),
    ]


JA_RICE, JA_LIB = A.JA_RICE, A.JA_LIBRARY
JA_LIB_NOSPACE = dataclasses.replace(JA_LIB, author="佐藤美咲")


def ja_ko_cases() -> list[Case]:
    return [
        hc("ja_yahoo_2026", JA, I.yahoo_jp(JA_RICE), exp(JA_RICE, "published publisher")),
        hc("ja_livedoor_ad_inside", JA, I.livedoor(JA_LIB), exp(JA_LIB, "published")),
        hc("ja_mainichi_reporter_bracket", JA, I.mainichi(JA_LIB_NOSPACE), exp(JA_LIB_NOSPACE, "published author")),
        hc("ja_ameblo_copy", JA, I.ameblo(JA_RICE), exp(JA_RICE, "published")),
        hc("ja_yahoo_sjis", JA, I.yahoo_jp(JA_RICE).replace('charset=utf-8', 'charset=shift_jis'), exp(JA_RICE, "published"), "shift_jis"),
        hc("ja_nhk_easy_ruby", JA, I.nhk_easy(JA_LIB, ("図書館", "利用者", "会社員")), exp(JA_LIB, "published")),
        hc("ko_yonhap", KO, I.yonhap(A.KO_PORT), exp(A.KO_PORT, "published publisher author")),
        hc("ko_naver_br", KO, I.naver(A.KO_PORT), exp(A.KO_PORT, "published")),
        hc("ko_ndsoft_local", KO, I.ndsoft(A.KO_SCHOOL), exp(A.KO_SCHOOL, "published author")),
        hc("ko_tistory_copy", KO, I.tistory(A.KO_SCHOOL), exp(A.KO_SCHOOL, "")),
        hc("ko_naver_euckr", KO, I.naver(A.KO_PORT).replace('charset=utf-8', 'charset=euc-kr'), exp(A.KO_PORT, "published"), "euc-kr"),
    ]


PT_SUB = "Composições serão testadas sem passageiros por seis meses antes da inauguração"
ES_SUB = "Las descargas duplicaron las del año pasado en las primeras semanas de octubre"


def ru_pt_cases() -> list[Case]:
    return [
        hc("ru_rbc_inline_promo", RU, I.rbc(A.RU_GRAIN), exp(A.RU_GRAIN, "published author")),
        hc("ru_kommersant_authors_line", RU, I.kommersant(A.RU_THEATRE), exp(A.RU_THEATRE, "published author")),
        hc("ru_dle_farm_1251", RU, I.dle(A.RU_GRAIN), exp(A.RU_GRAIN, "published"), "cp1251"),
        hc("pt_folha_read_more_aside", PT, I.folha(A.PT_METRO, PT_SUB), exp(A.PT_METRO, "published author")),
        hc("pt_g1_whatsapp_promo", PT, I.g1(A.PT_METRO, PT_SUB), exp(A.PT_METRO, "published author")),
        hc("es_infobae_seguir_leyendo", PT, I.infobae(A.ES_HARBOR, ES_SUB), exp(A.ES_HARBOR, "published author")),
    ]


F, M, G, L, S, N = A.EN_FERRY, A.EN_MATCH, A.EN_GUIDE, A.EN_LETTER, A.EN_SUB, A.EN_NEXT
STANDINGS = ('<div class="widget standings"><h3 class="widget-title">Standings</h3><table><tr><th>Team</th><th>W-L</th></tr><tr><td>Gulls</td><td>5-1</td></tr>'
             '<tr><td>Lakeshore</td><td>4-2</td></tr><tr><td>Riverton</td><td>2-4</td></tr></table></div>')
TIMETABLE = ("Day Departs Arrives", "Friday 18:30 19:45", "Sunday 16:00 17:15")
TWEET = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Great news for Carrow! Two extra winter ferries from December. Thank you to everyone who signed '
         '<a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Carrow Community Council (@CarrowCC) <a href="https://twitter.com/CarrowCC/status/1">October 21, 2026</a></blockquote>'
         '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
TWEET_LINES = ("Great news for Carrow! Two extra winter ferries from December. Thank you to everyone who signed pic.twitter.com/x1",
               "— Carrow Community Council (@CarrowCC) October 21, 2026")
LIVE_POSTS = [("14:05", "Ferry company confirms Friday sailing", "The operator says the extra Friday sailing will leave the mainland at 18:30, starting on 5 December."),
              ("13:20", "Petition organisers welcome decision", "Organiser Agnes Boyd said the decision showed that a small community could be heard if it spoke with one voice."),
              ("12:45", "Council to meet ferry operator", "Island councillors will meet the ferry company next week to discuss fares for the new sailings.")]
LIVE_LEAD = "Follow the latest on the Carrow Island ferry timetable."


def en_cases() -> list[Case]:
    fp = list(F.paras)
    pull_aside = _ps(fp[:3]) + '<aside class="pullquote"><p>“Nobody should have to choose between a hospital appointment and getting home the same day.”</p></aside>' + _ps(fp[3:])
    pull_wp = _ps(fp[:3]) + '<figure class="wp-block-pullquote"><blockquote><p>Nobody should have to choose between a hospital appointment and getting home the same day.</p><cite>Ruth Calloway</cite></blockquote></figure>' + _ps(fp[3:])
    tweet = _ps(fp[:1]) + TWEET + _ps(fp[1:])
    gallery = (_ps(fp[:2]) + '<div class="gallery"><figure class="gallery-item"><img src="/1.jpg"><figcaption>1 of 3: The ferry leaves Port Ellen on Friday evening.</figcaption></figure>'
               '<figure class="gallery-item"><img src="/2.jpg"><figcaption>2 of 3: Passengers queue at the terminal.</figcaption></figure><figure class="gallery-item"><img src="/3.jpg"><figcaption>3 of 3: The petition was handed in last month.</figcaption></figure></div>' + _ps(fp[2:]))
    readmore = (_ps(fp[:1]) + '<p><strong>Read more:</strong> <a href="/n/5">Carrow Island school to get new roof</a></p>' + _ps(fp[1:3])
                + '<p>RELATED: <a href="/n/6">Ferry fares to rise by 3% in January</a></p>' + _ps(fp[3:]))
    stats = _ps(M.paras[:3]) + _en_rows(A.EN_MATCH_ROWS) + _ps(M.paras[-1:])
    steps = _ps(G.paras[:2]) + '<ol class="wp-block-list">' + "".join(f"<li>{e(s)}</li>" for s in A.EN_GUIDE_STEPS) + "</ol>" + _ps(G.paras[-1:])
    bio = steps + '<div class="author-box"><h4>About the author</h4><p>Priya Nair is a freelance energy writer who has covered home retrofits for ten years.</p></div>'
    split = (f'{_ps(S.paras[:2])}</div><div class="inline-newsletter"><p>Get the best of Coastline News in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>'
             f'<div class="article-body">{_ps(S.paras[2:])}')
    timetable_exp = [*fp[:3], *TIMETABLE, fp[3]]
    timetable = _ps(fp[:3]) + _table(TIMETABLE, ' class="timetable"') + _ps(fp[3:])
    soup = en_spam_soup(F)
    live_exp = [x for _, h, p in LIVE_POSTS for x in (h, p)]
    paywall = _ps(N.paras[:2]) + '<div class="paywall-prompt"><h3>Subscribe to keep reading</h3><p>Get unlimited access for $1 a week. Already a subscriber? Log in</p><button>Subscribe</button></div>'
    dropcap = f'<p><span class="dropcap">{e(fp[0][0])}</span>{e(fp[0][1:])}</p>' + _ps(fp[1:])
    sr_only = _ps(fp[:1]).replace("petition.", '<a href="https://petitions.example/carrow">petition<span class="screen-reader-text"> (opens in a new tab)</span></a>.') + _ps(fp[1:])
    return [
        hc("en_dropcap_span", EN, I.news_page(F, dropcap), exp(F)),
        hc("en_screen_reader_text_in_link", EN, I.news_page(F, sr_only), exp(F)),
        hc("en_wp_astra_blockquote", EN, I.wp_astra(L, 2), exp(L)),
        hc("en_pullquote_aside", EN, I.news_page(F, pull_aside), exp(F)),
        # Embedded posts are kept, as the Scrapinghub truth keeps them. A pull quote repeating a sentence of the
        # article goes with its cite (session 7, audit16: the text stays once, in the body; WCXB +0.009)
        hc("en_pullquote_wp_block", EN, I.news_page(F, pull_wp), exp(F)),
        hc("en_tweet_embed", EN, I.news_page(F, tweet), exp(F, paras=[fp[0], *TWEET_LINES, *fp[1:]])),
        hc("en_gallery_captions", EN, I.news_page(F, gallery), exp(F)),
        hc("en_read_more_inline", EN, I.news_page(F, readmore), exp(F)),
        hc("en_stats_table_widget_side", EN, I.news_page(M, stats, side=STANDINGS), exp(M)),
        hc("en_timetable_table", EN, I.news_page(F, timetable), exp(F, paras=timetable_exp)),
        hc("en_ol_steps", EN, I.news_page(G, steps), exp(G)),
        hc("en_author_bio_box", EN, I.news_page(G, bio), exp(G)),
        hc("en_split_newsletter", EN, I.news_page(S, split), exp(S)),
        hc("en_two_h1_site_title", EN, I.news_page(N, _ps(N.paras), extra_top='<h1 class="site-title">Riverside Chronicle</h1>'), exp(N)),
        hc("en_paywall_teaser", EN, I.news_page(N, paywall), exp(N, paras=N.paras[:2])),
        hc("en_substack", EN, I.substack(S, "Notes from fifty-two farm visits"), exp(S)),
        hc("en_amp", EN, I.amp(N), exp(N)),
        hc("en_next_data_html", EN, I.next_data(N, False), exp(N, "")),
        hc("en_next_data_blocks", EN, I.next_data(N, True), exp(N, "")),
        hc("en_nuxt2_shell", EN, I.nuxt2(F), exp(F, "")),
        hc("en_infinite_scroll", EN, I.infinite(F, N), exp(F)),
        hc("en_infinite_scroll_longer_second", EN, I.infinite(N, S), exp(N)),
        hc("en_live_blog", EN, I.live_blog("Carrow ferry timetable: live updates", LIVE_LEAD, LIVE_POSTS),
           Exp("Carrow ferry timetable: live updates", "\n".join(live_exp), {})),
        hc("en_spam_soup", EN, soup, exp(F, "")),
    ]


def en_spam_soup(a: Article) -> str:
    """An English spam farm around a copied article: keyword <title> and h2s, link clouds, a hidden
    keyword block, white-on-white keyword text, zero-size keywords inside the paragraphs."""
    kw = "Best Online Casino Bonus 2026 | Free Slots No Deposit | Sports Betting Tips"
    cloud = " ".join(f'<a href="/t/{i}">{t}</a>' for i, t in enumerate(("casino bonus", "free slots", "betting tips", "poker online", "live casino", "slot games")))
    paras = "\n".join(f'<p>{e(p[:30])}<span style="font-size:0">casino bonus</span>{e(p[30:])}</p>' for p in a.paras)
    body = f'''<div class="w1"><div class="w2"><h2 class="k">{e(kw)}</h2><div class="w3">{cloud}</div>
<div style="display:none">online casino real money best betting sites free spins no deposit</div>
<div class="w4"><div class="w5"><h1>{e(a.title)}</h1><div class="w6">{paras}</div>
<div style="color:#ffffff;background:#ffffff">casino bonus free slots betting tips poker online live casino slot games casino bonus</div></div></div>
<div class="w7"><h2 class="k">Top Casino Sites | Free Spins | Slots</h2>{cloud}</div></div></div>'''
    from a5_sites_zh import doc
    return doc(kw, body, lang="en")


def more_cases() -> list[Case]:
    """Batch 2 (written after the first fixes, before looking at their output): old <br>/&nbsp;
    layouts, <details>/<dl> bodies, ?page= pagers, sectioned articles, a header <article> before
    the body's."""
    fo, g = A.FOREST, G
    nbsp = '<div id="content" class="content">' + "<br><br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + e(p) for p in fo.paras) + "</div>"
    details = _ps(g.paras[:1]) + "".join(f"<details><summary>Step {i}</summary><p>{e(t)}</p></details>" for i, t in enumerate(A.EN_GUIDE_STEPS, 1)) + _ps(g.paras[-1:])
    details_exp = [g.paras[0], *(x for i, t in enumerate(A.EN_GUIDE_STEPS, 1) for x in (f"Step {i}", t)), g.paras[-1]]
    dl = _ps(g.paras[:2]) + "<dl>" + "".join(f"<dt>Step {i}</dt><dd>{e(t)}</dd>" for i, t in enumerate(A.EN_GUIDE_STEPS, 1)) + "</dl>" + _ps(g.paras[-1:])
    pager = Z._ps(fo.paras[:2]) + '<div class="page-box"><span class="cur">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下一页</a></div>'
    sections = "".join(f'<section class="article-section"><h2>Step {i}</h2><p>{e(t)}</p></section>' for i, t in enumerate(A.EN_GUIDE_STEPS, 1))
    sectioned = I.news_page(g, _ps(g.paras[:2]) + sections + _ps(g.paras[-1:]))
    sectioned_exp = [*g.paras[:2], *(x for i, t in enumerate(A.EN_GUIDE_STEPS, 1) for x in (f"Step {i}", t)), g.paras[-1]]
    header_article = I.news_page(F, "").replace('<div class="article-body"></div>', "").replace(
        "</article>", f'</article><article class="article"><div class="article-body">{_ps(F.paras)}</div></article>', 1)
    return [
        hc("zh_nbsp_br_div", ZH, Z.local_site(fo, nbsp), exp(fo, "published publisher author")),
        hc("zh_query_pager", ZH, Z.local_site(fo, pager), exp(fo, "published", paras=fo.paras[:2], next_pages=["?page=2", "?page=3"])),
        hc("en_details_steps", EN, I.news_page(g, details), exp(g, paras=details_exp)),
        hc("en_dl_steps", EN, I.news_page(g, dl), exp(g, paras=[*g.paras[:2], *(x for i, t in enumerate(A.EN_GUIDE_STEPS, 1) for x in (f"Step {i}", t)), g.paras[-1]])),
        hc("en_sections_h2", EN, sectioned, exp(g, paras=sectioned_exp)),
        hc("en_header_article_then_body", EN, header_article, exp(F)),
    ]


def batch3() -> list[Case]:
    """Batch 3: the rest of the article hidden behind 展开全文 / Read more, soft hyphens, headlines
    broken by <br>."""
    b, es = A.BRIDGE, A.ESSAY
    def expand(a: Article, shown: int, button: str) -> str:
        return (Z._ps(a.paras[:shown]) + f'<div class="article-more" style="display:none">{Z._ps(a.paras[shown:])}</div>'
                f'<div class="expand-btn"><a href="javascript:;">{button}</a></div>')
    shy = _ps([F.paras[0].replace("residents", "resi&shy;dents").replace("petition", "peti&shy;tion"), *F.paras[1:]])
    shy = shy.replace("&amp;shy;", "&shy;")
    h1_br = Z.local_site(es, Z._ps(es.paras)).replace(f'<h1 class="article-title">{e(es.title)}</h1>',
                                                     '<h1 class="article-title">在县城开一家<br>独立书店的第五年</h1>')
    return [
        hc("zh_expand_hidden_most", ZH, Z.local_site(b, expand(b, 1, "展开全文")), exp(b, "published publisher author")),
        hc("zh_expand_hidden_half", ZH, Z.local_site(b, expand(b, 2, "展开全文")), exp(b, "published publisher author")),
        hc("en_read_more_hidden_rest", EN, I.news_page(F, _ps(F.paras[:2]) + f'<div class="read-more-content" hidden>{_ps(F.paras[2:])}</div><button class="read-more-btn">Read more</button>'), exp(F)),
        hc("en_soft_hyphens", EN, I.news_page(F, shy), exp(F)),
        hc("zh_h1_with_br", ZH, h1_br, exp(es, "published", title="在县城开一家独立书店的第五年")),
    ]


def batch4() -> list[Case]:
    """Batch 4: a headline linked to its own page under a spam <title>; spam keyword paragraphs
    interleaved with the article's."""
    b = A.BRIDGE
    self_link = Z.spam_soup(b).replace(f"<h1>{e(b.title)}</h1>", f'<h1><a href="/html/2026/1021/612.html">{e(b.title)}</a></h1>')
    mixed = "".join(f"<p>{e(p)}</p><p>久久精品国产免费观看 亚洲日韩精品一区二区 午夜福利影院高清</p>" for p in b.paras)
    return [
        hc("zh_h1_self_link_spam_title", ZH, self_link, exp(b, "publisher")),
        hc("zh_spam_paras_interleaved", ZH, Z.local_site(b, mixed), exp(b, "published publisher author")),
    ]


def batch5() -> list[Case]:
    """Batch 5: a table-of-contents box inside a blog post, a reposter's 本文转载自 note above the
    text, WeChat editors' ▼ pointer lines before images."""
    g, w = G, A.WECHAT
    toc = ('<div id="ez-toc-container" class="ez-toc-v2_0_17 counter-hierarchy ez-toc-grey"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p></div>'
           '<nav><ul class="ez-toc-list ez-toc-list-level-1"><li><a href="#step-1">Insulation first</a></li><li><a href="#step-2">The survey</a></li><li><a href="#step-3">Quotes</a></li></ul></nav></div>')
    note = "<p>本文转载自微信公众号“夜读江城”（ID：yedujiangcheng），作者：陈一苇，已获授权。</p>"
    arrows = "".join(f'<p>{e(p)}</p><p style="text-align:center">▼</p><p style="text-align:center"><img src="/{i}.jpg"></p>' for i, p in enumerate(w.paras))
    return [
        hc("en_toc_box_in_post", EN, I.wp_astra(g, len(g.paras) - 1).replace('<div class="entry-content clear" itemprop="text">',
                                                                           '<div class="entry-content clear" itemprop="text">' + toc, 1), exp(g, "")),
        hc("zh_reprint_note_top", ZH, Z.local_site(w, note + Z._ps(w.paras)), exp(w, "")),
        hc("zh_wechat_pointer_lines", ZH, Z.local_site(w, arrows), exp(w, "")),
    ]


def build_all() -> list[Case]:
    return [*zh_cases(), *ja_ko_cases(), *ru_pt_cases(), *en_cases(), *more_cases(), *batch3(), *batch4(), *batch5()]
