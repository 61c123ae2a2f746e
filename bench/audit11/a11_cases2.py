# ruff: noqa: E501
"""Audit11 wave 2 (names ``w2_``): provenance shapes wave 1 left out, written after wave 1's fixes and
run before any fix of their own: WeChat's 以下文章来源于X ，作者Y header, 本文首发于X, 原载《X》, a
traditional-script note, 编者按 carrying the note, English "originally appeared on X's blog", "Reprinted
with permission from X", "A version of this story appeared in X", "Cross-posted from X", German, French
and Russian first-published notes; decoys: 首发 and "first appeared" in prose."""

from __future__ import annotations

import dataclasses

import a11_texts as T
from a11_cases import IDS, exp, hc, plain, ps, tc, wp, zdump
from a11_texts import Story
from build import Case

DE = Story("Stadtbibliothek verlängert Öffnungszeiten am Samstag",
           ("Die Stadtbibliothek öffnet ab dem kommenden Monat auch samstags bis 18 Uhr, teilte die Stadtverwaltung am Dienstag mit.",
            "Bisher schloss die Bibliothek am Samstag bereits um 13 Uhr, was vor allem Familien und Berufstätige bemängelt hatten.",
            "Die längeren Öffnungszeiten werden zunächst für ein Jahr getestet und mit zwei zusätzlichen Teilzeitstellen abgedeckt."),
           "Neue Lahnzeitung", "Jana Weber", "2026-03-10")
FR = Story("La piscine municipale rouvre après huit mois de travaux",
           ("La piscine municipale de Saint-Aubin a rouvert ses portes lundi après huit mois de travaux de rénovation énergétique.",
            "Le bassin principal a été entièrement refait et une pompe à chaleur remplace désormais l'ancienne chaudière au gaz.",
            "La mairie estime que la facture énergétique de l'équipement baissera d'environ quarante pour cent."),
           "Le Courrier du Val", "Claire Dubois", "2026-02-02")


def wave2() -> list[Case]:
    c, r, o, m, sc, rc = T.CANTEEN, T.RIVER, T.ORCHARD, T.MUSEUM, T.SCHOOL, T.RECYCLE
    lb, co, be, g = T.LIBRARY, T.COFFEE, T.BEES, T.GLACIER
    ru = T.RU_PARK
    tw = dataclasses.replace(rc, title="舊衣回收箱進社區 一年回收舊衣物八十噸", publisher="南湖觀察")
    wechat_head = f'<section><span>以下文章来源于{c.publisher}</span><span> ，作者{c.author}</span></section>'
    decoy = dataclasses.replace(m, paras=(*m.paras[:2], "这批文物首发于去年出版的考古报告，此次是首次公开展出。", *m.paras[2:]))
    decoy_en = dataclasses.replace(co, paras=(*co.paras[:2], "The idea first appeared in a neighbourhood newsletter, she said, long before apps were common.", *co.paras[2:]))
    return [
        hc("w2_wechat_yixia_laiyuanyu", "zh2", wp(c, wechat_head + ps(c.paras), site="转载快报", lang="zh-CN"), exp(c, "publisher author")),
        tc("w2_shoufa_yu_tail", "zd2", zdump(r, tail=[f"本文首发于{r.publisher}，转载请注明出处。"]), exp(r, "publisher")),
        tc("w2_yuanzai_book_tail", "zd2", zdump(o, tail=[f"（原载《{o.publisher}》2026年4月8日第5版）"]), exp(o, "publisher")),
        hc("w2_traditional_note_tw", "zh2", wp(tw, ps(tw.paras) + f"<p>本文轉載自「{tw.publisher}」，版權歸原作者所有。</p>", site="轉載快報", lang="zh-TW"), exp(tw, "publisher")),
        tc("w2_editor_note_carries_source", "zd2", zdump(sc, [f"编者按：本文转载自{sc.publisher}，有删节。", *(IDS + p for p in sc.paras)], ind=""), exp(sc, "publisher")),
        tc("w2_decoy_shoufa_prose", "zd2", zdump(decoy, info=[f"{m.date} 来源：{m.publisher}"]), exp(decoy, "publisher")),
        hc("w2_en_originally_appeared_blog", "en2", wp(lb, ps(lb.paras) + f"<p><em>This post originally appeared on {lb.publisher}.</em></p>"), exp(lb, "publisher")),
        hc("w2_en_reprinted_permission", "en2", wp(be, ps(be.paras) + f"<p>Reprinted with permission from {be.publisher}.</p>"), exp(be, "publisher")),
        tc("w2_en_version_appeared", "en2", plain(co, tail=[f"A version of this story appeared in {co.publisher}."]), exp(co, "publisher")),
        hc("w2_en_cross_posted", "en2", wp(g, f"<p><em>Cross-posted from {g.publisher}.</em></p>" + ps(g.paras)), exp(g, "publisher")),
        tc("w2_en_decoy_first_appeared_prose", "en2", plain(decoy_en, [f"Source: {co.publisher}"]), exp(decoy_en, "publisher")),
        hc("w2_de_erschien_zuerst", "intl2", wp(DE, ps(DE.paras) + f"<p>Dieser Artikel erschien zuerst bei {DE.publisher}.</p>", site="Nachrichten Heute", lang="de"), exp(DE, "publisher")),
        hc("w2_fr_initialement_publie", "intl2", wp(FR, ps(FR.paras) + f"<p>Cet article a été initialement publié sur {FR.publisher}.</p>", site="Actu Express", lang="fr"), exp(FR, "publisher")),
        tc("w2_ru_vpervye_opublikovan", "intl2", plain(ru, tail=[f"Материал впервые опубликован на сайте «{ru.publisher}»."]), exp(ru, "publisher")),
    ]
