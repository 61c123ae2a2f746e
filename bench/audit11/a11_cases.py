# ruff: noqa: E501
"""Audit11 cases: repost PROVENANCE. A repost says where it copied from (本文转载自X, 来源：X（ID：…）,
原文链接, "This article was originally published on X", "The post … appeared first on X", Источник:,
Publicado originalmente en, Fonte:, 出典：, 転載元：, 출처:); the tool must report the ORIGINAL publisher
(and the author and date when the note states them), drop the note from the body, and not take the
repost site for the publisher. Decoys: "source" in prose, 来源于 opening a body sentence, a quote
naming an outlet, an article about a news agency. Groups: ``zdump`` Chinese text dumps like the seed,
``zh`` Chinese HTML (farm templates and real-site shapes), ``en`` English, ``intl`` other languages."""

from __future__ import annotations

import dataclasses
import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit7"))
from sibling import load  # noqa: E402

a7 = load(HERE.parent / "audit7" / "a7_cases.py", "a7_cases")  # the farm dump builder and the seed's gloss
sys.path.insert(0, str(HERE.parent / "audit10"))
sys.path.insert(0, str(HERE))

import a10_intl as I  # noqa: E402
import a10_zh as Z  # noqa: E402
import a11_texts as T  # noqa: E402
from a11_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)

IDS = "\u3000\u3000"


def exp(s: Story, keys: str = "", paras: tuple[str, ...] | list[str] | None = None, title: str | None = None, **extra: object) -> Exp:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.date}
    return Exp(title or s.title, "\n".join(paras if paras is not None else s.paras), {k: vals[k] for k in keys.split()} | extra)


def hc(name: str, group: str, html: str, ex: Exp, codec: str = "utf-8") -> Case:
    return Case(name, group, {f"{name}.html": html.encode(codec)}, [ex])


def tc(name: str, group: str, text: str, ex: Exp, codec: str = "utf-8") -> Case:
    return Case(name, group, {f"{name}.txt": text.encode(codec)}, [ex])


def zdump(s: Story, paras: list[str] | None = None, **kw: object) -> str:
    return str(a7.dump((s.title, list(s.paras)), paras=paras if paras is not None else list(s.paras), **kw))


def farm(s: Story, inner: str, info: str) -> str:
    """A spam farm's article template: the farm's name in the logo, the title tag and the footer."""
    body = ('<div class="top"><a class="logo">转载快报网</a><ul class="nav"><li><a>首页</a></li><li><a>资讯</a></li><li><a>生活</a></li></ul></div>'
            '<div class="crumb">当前位置：<a>首页</a> &gt; <a>资讯</a> &gt; 正文</div>'
            f'<div class="main"><div class="article"><h1>{e(s.title)}</h1><div class="info">{info}</div>'
            f'<div class="content">{inner}</div><p class="editor">责任编辑：小编</p></div>{Z.hot_list()}</div>'
            '<div class="footer">版权所有 2026 转载快报网 www.zzkb.cn 备案号：粤ICP备00000000号</div>')
    return Z.doc(f"{s.title}_转载快报网", body, head='<meta property="og:site_name" content="转载快报网">')


def wp(s: Story, inner: str, byline: str = "", site: str = "Daily Aggregator", lang: str = "en") -> str:
    """A WordPress scraper's post page: the scraping site's name everywhere, the post in entry-content."""
    meta = f'<div class="entry-meta"><span class="posted-on">{byline}</span></div>' if byline else ""
    body = (f'<header class="site-header"><p class="site-title"><a href="/">{site}</a></p><nav><a>Home</a> <a>News</a> <a>Contact</a></nav></header>'
            f'<main><article class="post"><h1 class="entry-title">{e(s.title)}</h1>{meta}<div class="entry-content">{inner}</div></article>'
            '<aside class="widget"><h3>Recent Posts</h3><ul><li><a>Ten gadgets for your kitchen</a></li><li><a>Best budget phones this year</a></li><li><a>How to save on heating</a></li></ul></aside></main>'
            f'<footer class="site-footer">Copyright © 2026 {site}. Powered by WordPress.</footer>')
    return I.doc(f"{s.title} – {site}", body, lang, head=f'<meta property="og:site_name" content="{site}">')


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{e(p)}</p>\n" for p in paras)


def plain(s: Story, head: list[str] | None = None, tail: list[str] | None = None, paras: tuple[str, ...] | list[str] | None = None) -> str:
    """A copy-paste dump of a Latin-script article: title, lines, paragraphs, lines, blank lines between."""
    lines = [s.title, *(head or []), *(paras if paras is not None else s.paras), *(tail or [])]
    return "\n\n".join(lines) + "\n"


def zh_dumps() -> list[Case]:
    o, r, c, m, b, rc, t, sc, f = T.ORCHARD, T.RIVER, T.CANTEEN, T.MUSEUM, T.BUS, T.RECYCLE, T.TEA, T.SCHOOL, T.FRAUD
    G = "zdump"
    bus_app = dataclasses.replace(b, publisher="海川新闻")
    return [
        tc("zd_wechat_note_head", G, zdump(c, [f"本文转载自微信公众号“{c.publisher}”（ID：guichengfabu），作者：{c.author}", *(IDS + p for p in c.paras)], ind=""),
           exp(c, "publisher author")),
        tc("zd_source_with_id_tail", G, zdump(rc, tail=[f"来源：{rc.publisher}（ID：nanhuguancha）"]), exp(rc, "publisher")),
        tc("zd_link_tail_info_head", G, zdump(o, info=[f"{o.date} 来源：{o.publisher} 作者：{o.author}"], tail=["原文链接：https://www.qingmeinews.cn/2026/0408/1123.html"]),
           exp(o, "publisher author published")),
        tc("zd_original_title_head", G, zdump(o, ["原标题：无人机授粉 梨园坐果率提高", *(IDS + p for p in o.paras)], ind="", info=[f"{o.date} 来源：{o.publisher}"]),
           exp(o, "publisher published")),
        tc("zd_author_then_source", G, zdump(r, info=[f"作者：{r.author}　来源：{r.publisher}　{r.date}"]), exp(r, "publisher author published")),
        tc("zd_wenzhang_laiyuanyu_tail", G, zdump(r, tail=[f"文章来源于微信公众号：{r.publisher}"]), exp(r, "publisher")),
        tc("zd_kehuduan_tail", G, zdump(bus_app, tail=["本文来自海川新闻客户端"]), exp(bus_app, "publisher")),
        tc("zd_editor_before_author", G, zdump(sc, info=[f"编辑：王小丽　作者：{sc.author}　来源：{sc.publisher}"], tail=["责任编辑：王小丽"]), exp(sc, "publisher author")),
        tc("zd_zhuanzi_qinshan_tail", G, zdump(sc, tail=[f"转自{sc.publisher}，版权归原作者所有，如有侵权请联系删除。"]), exp(sc, "publisher")),
        tc("zd_tuwen_source_qinshan", G, zdump(t, tail=[f"图文来源：{t.publisher}，侵删"]), exp(t, "publisher")),
        tc("zd_bar_label_source", G, zdump(m, info=[f"来源 | {m.publisher}"]), exp(m, "publisher")),
        tc("zd_decoy_laiyuanyu_sentence", G, zdump(f, info=[f"{f.date} 来源：{f.publisher}"]), exp(f, "publisher published")),
        tc("zd_farm_source_vs_note", G, zdump(t, info=["2026-04-05 来源：转载快报网"], tail=[f"（本文转载自{t.publisher}）"]), exp(t, "publisher")),
        tc("zd_note_with_date", G, zdump(r, [f"本文转载自{r.publisher}2026年5月19日第3版", *(IDS + p for p in r.paras)], ind=""), exp(r, "publisher published")),
        tc("zd_glossed_note_tail", G, zdump(rc, tail=[a7.gl(f"本文转载自微信公众号“{rc.publisher}”")], g=a7.gl), exp(rc, "publisher")),
        tc("zd_tail_block_four", G, zdump(c, tail=[f"本文来源：{c.publisher}", f"作者：{c.author}", "原文链接：http://mp.example.cn/s/Ab3dE9",
                                                  "声明：转载此文是出于传递更多信息之目的，若有来源标注错误或侵犯了您的合法权益，请与我们联系，我们将及时更正、删除。"]),
           exp(c, "publisher author")),
        tc("zd_decoy_ju_reuters", G, zdump(dataclasses.replace(b, paras=(*b.paras[:2], "据路透社报道，类似的夜班线路在欧洲多个城市已运行多年，乘客以医护人员和夜班工人为主。", b.paras[2])),
                                             info=[f"{b.date} 来源：{b.publisher}"]),
           exp(b, "publisher", paras=(*b.paras[:2], "据路透社报道，类似的夜班线路在欧洲多个城市已运行多年，乘客以医护人员和夜班工人为主。", b.paras[2]))),
    ]


def zh_html() -> list[Case]:
    o, r, c, m, b, rc, t, sc, f = T.ORCHARD, T.RIVER, T.CANTEEN, T.MUSEUM, T.BUS, T.RECYCLE, T.TEA, T.SCHOOL, T.FRAUD
    G = "zh"
    wechat = ('<div class="rich_media"><h1 class="rich_media_title">{t}</h1><div class="rich_media_meta_list"><span class="rich_media_meta_text">转载快报</span>'
              '<em id="publish_time">{d}</em></div><div class="rich_media_content" id="js_content">{inner}</div></div>')
    laiyuan_span = f'<section style="color:#888"><span>文章来源于</span><span>{sc.publisher}</span></section>'
    return [
        hc("zh_farm_note_top", G, farm(m, f"<p>本文转载自微信公众号“{m.publisher}”（ID：linximedia）</p>" + ps(m.paras), "2026-05-20 来源：网络整理"), exp(m, "publisher")),
        hc("zh_farm_link_note_tail", G, farm(o, ps(o.paras) + '<p>原文链接：<a href="https://www.qingmeinews.cn/2026/0408/1123.html">https://www.qingmeinews.cn/2026/0408/1123.html</a></p>'
                                             + f"<p>本文转载自{o.publisher}，版权归原作者所有。</p>", "2026-04-09 来源：转载快报网"), exp(o, "publisher")),
        hc("zh_wechat_source_id_author", G, Z.doc(c.title, wechat.format(t=e(c.title), d=c.date, inner=f"<p>来源：{c.publisher}（ID：gcfb2026）</p><p>作者：{c.author}</p>" + ps(c.paras))),
           exp(c, "publisher author")),
        hc("zh_info_spans_editor_author", G, Z.cms(r, ps(r.paras), f"<span>{r.date} 08:30</span><span>来源：{r.publisher}</span><span>作者：{r.author}</span><span>编辑：李娜</span>"),
           exp(r, "publisher author published")),
        hc("zh_tail_source_author_ps", G, farm(b, ps(b.paras) + f"<p>来源：{b.publisher}</p><p>作者：{b.author}</p>", "2026-07-11 10:02"), exp(b, "publisher author")),
        hc("zh_original_title_source_tail", G, Z.cms(rc, ps(rc.paras) + "<p>原标题：《旧衣有了好去处》</p>" + f"<p>来源：{rc.publisher}</p>", f"{rc.date}"),
           exp(rc, "publisher")),
        hc("zh_decoy_fraud_cms", G, Z.cms(f, ps(f.paras)), exp(f, "publisher published")),
        hc("zh_wechat_laiyuanyu_spans", G, Z.doc(sc.title, wechat.format(t=e(sc.title), d=sc.date, inner=laiyuan_span + ps(sc.paras))), exp(sc, "publisher")),
        hc("zh_farm_kehuduan_tail", G, farm(o, ps(o.paras) + f"<p>（本文来自{o.publisher}客户端）</p>", "2026-04-09 来源：转载快报网"), exp(o, "publisher")),
        hc("zh_farm_disclaimer_tail", G, farm(t, ps(t.paras) + f"<p>文章来源：{t.publisher}</p><p>声明：本站转载此文目的在于传递更多信息，并不代表本站赞同其观点和对其真实性负责。如涉及作品内容、版权和其它问题，请在30日内与本站联系。</p>",
                                               "2026-04-04 来源：网络"), exp(t, "publisher")),
        hc("zh_zhuanzai_label_colon", G, farm(rc, "<p>转载自：南湖观察</p>" + ps(rc.paras), "2026-03-22 来源：转载快报网"), exp(rc, "publisher")),
    ]


def en_cases() -> list[Case]:
    g, lb, fe, be, co, wa, br = T.GLACIER, T.LIBRARY, T.FERRY, T.BEES, T.COFFEE, T.WIRE_ABOUT, T.BRIDGE
    G = "en"
    ferry_lead = ("OSLO, Feb 9 (Reuters) - " + fe.paras[0], *fe.paras[1:])
    conv_tail = '<p><em>This article was originally published on <a href="https://theconversation.com/x">The Conversation</a>. Read the <a href="https://theconversation.com/x">original article</a>.</em></p>'
    return [
        hc("en_conversation_note_tail", G, wp(g, ps(g.paras) + conv_tail, f"By {g.author}"), exp(g, "publisher author")),
        tc("en_dump_originally_published_by", G, plain(lb, [f"By {lb.author}"], [f"Originally published by {lb.publisher}."]), exp(lb, "publisher author")),
        hc("en_source_line_tail", G, wp(be, ps(be.paras) + f"<p>Source: {be.publisher}</p>"), exp(be, "publisher")),
        hc("en_reuters_dateline_scraper", G, wp(fe, ps(ferry_lead), "February 9, 2026"), exp(fe, "publisher", paras=ferry_lead)),
        hc("en_first_appeared_in", G, wp(co, ps(co.paras) + f"<p><em>This story first appeared in {co.publisher}.</em></p>"), exp(co, "publisher")),
        hc("en_republished_permission_head", G, wp(br, f"<p><em>Republished with permission from {br.publisher}.</em></p>" + ps(br.paras)), exp(br, "publisher")),
        hc("en_wp_rss_appeared_first", G, wp(be, ps(be.paras) + f'<p>The post <a href="https://harborcitytimes.example/bees">{e(be.title)}</a> appeared first on <a href="https://harborcitytimes.example">{be.publisher}</a>.</p>'),
           exp(be, "publisher")),
        tc("en_dump_appeared_first", G, plain(be, tail=[f"The post {be.title} appeared first on {be.publisher}."]), exp(be, "publisher")),
        hc("en_via_line_tail", G, wp(lb, ps(lb.paras) + f'<p>Via <a href="https://millbrookledger.example">{lb.publisher}</a></p>'), exp(lb, "publisher")),
        hc("en_hat_tip_tail", G, wp(co, ps(co.paras) + "<p>(H/T: Greg Malone)</p>"), exp(co)),
        tc("en_dump_read_original", G, plain(co, tail=[f"Read the original article on {co.publisher}."]), exp(co, "publisher")),
        hc("en_decoy_agency_source_prose", G, wp(wa, ps(wa.paras), f"By {wa.author} | {wa.publisher} | October 16, 2026", site="Valley Herald"), exp(wa, "publisher author")),
        hc("en_decoy_quote_originally", G, wp(br, ps(br.paras) + f"<p>Source: {br.publisher}</p>", f"By {br.author}"), exp(br, "publisher author")),
        tc("en_dump_conversation_cc", G, plain(g, [f"{g.author}, University of Tromsø"], ["This article is republished from The Conversation under a Creative Commons license. Read the original article."]),
           exp(g, "publisher")),
        hc("en_syndicated_from_head", G, wp(lb, f'<p class="syndicated">This article is syndicated from <a href="https://millbrookledger.example">{lb.publisher}</a>.</p>' + ps(lb.paras)), exp(lb, "publisher")),
    ]


def intl_cases() -> list[Case]:
    ru, es, pt, ja, ko = T.RU_PARK, T.ES_MARKET, T.PT_FAIR, T.JA_STATION, T.KO_LIB
    G = "intl"
    ru_page = wp(ru, ps(ru.paras) + f"<p>Источник: {ru.publisher}</p>", site="Новости Поволжья", lang="ru")
    ja_page = wp(ja, ps(ja.paras) + f"<p>出典：{ja.publisher}</p>", site="まとめニュース速報", lang="ja")
    ko_page = wp(ko, ps(ko.paras) + f"<p>{ko.author} 기자 seoyeon@hanbit.example</p><p>출처 : {ko.publisher}(https://www.hanbit.example)</p>", site="뉴스모아", lang="ko")
    return [
        hc("ru_istochnik_tail", G, ru_page, exp(ru, "publisher")),
        tc("ru_dump_pervoistochnik_author", G, plain(ru, tail=[f"Первоисточник: {ru.publisher}", f"Автор: {ru.author}"]), exp(ru, "publisher author")),
        hc("ru_istochnik_cp1251", G, ru_page.replace('charset=utf-8', 'charset=windows-1251'), exp(ru, "publisher"), "cp1251"),
        hc("es_publicado_originalmente", G, wp(es, ps(es.paras) + f"<p><em>Este artículo fue publicado originalmente en {es.publisher}.</em></p>", site="Noticias al Día", lang="es"), exp(es, "publisher")),
        tc("es_dump_fuente_head", G, plain(es, [f"Fuente: {es.publisher}"]), exp(es, "publisher")),
        hc("pt_fonte_tail", G, wp(pt, ps(pt.paras) + f"<p>Fonte: {pt.publisher}</p>", site="Portal Notícias Já", lang="pt-BR"), exp(pt, "publisher")),
        tc("pt_dump_publicado_originalmente", G, plain(pt, tail=[f"Publicado originalmente no {pt.publisher}."]), exp(pt, "publisher")),
        hc("ja_shutten_tail", G, ja_page, exp(ja, "publisher")),
        tc("ja_dump_tensaimoto_head", G, plain(ja, [f"転載元：{ja.publisher}（2026年11月5日）"]), exp(ja, "publisher published")),
        hc("ko_chulcheo_reporter_tail", G, ko_page, exp(ko, "publisher author")),
        tc("ko_dump_chulcheo_head", G, plain(ko, [f"[출처: {ko.publisher}]"]), exp(ko, "publisher")),
    ]


def build_all() -> list[Case]:
    return [*zh_dumps(), *zh_html(), *en_cases(), *intl_cases()]
