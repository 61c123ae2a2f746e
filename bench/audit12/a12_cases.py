# ruff: noqa: E501
"""Audit12 cases: the PUBLISHED date. Visible dates in many scripts and forms, labelled ones
(发布时间 vs 更新时间, Published vs Updated), relative ones (no date unless an absolute one is elsewhere),
decoys (related items, comments, footer copyright, an event date in the body, a notice's signing date),
and the machine sources (JSON-LD datePublished vs dateModified, <time datetime>, article:published_time,
a date in the URL). Only ``published`` is checked (date part)."""

from __future__ import annotations

import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit4"))
from build import Case, Exp  # noqa: E402

ZT = "山区小学新建图书馆正式开放"
ZP = ["本月中旬，位于县城东南的一所山区小学新建的图书馆正式向学生开放，馆内藏书超过八千册。",
      "校长介绍，图书馆的建设资金来自县教育局和当地企业的共同捐助，前后用了十个月时间完工。",
      "学生们表示，以后课间和放学后都可以来这里看书，再也不用担心找不到喜欢的读物了。"]
ET = "Harbor ferry adds an evening route"
EP = ["The city ferry service added a late evening route between the north pier and the old harbor this week, running every forty minutes.",
      "Officials said ridership on the existing routes had grown by a fifth since spring, and commuters had asked for later boats for months.",
      "The new route will run on a trial basis through the winter before the council decides whether to keep it."]


def zpage(info: str, head: str = "", extra: str = "", title: str = ZT) -> str:
    paras = "".join(f"<p>{e(p)}</p>" for p in ZP)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}_地方资讯网</title>{head}</head><body>'
            '<div class="nav"><a>首页</a><a>教育</a><a>社会</a></div>'
            f'<div class="article"><h1>{e(title)}</h1><div class="info">{info}</div><div class="content">{paras}</div>{extra}</div>'
            '<div class="footer">Copyright © 2019-2026 地方资讯网 版权所有</div></body></html>')


def epage(info: str, head: str = "", extra: str = "", paras: list[str] | None = None) -> str:
    ps = "".join(f"<p>{e(p)}</p>" for p in (paras or EP))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{ET} | Bay Times</title>{head}</head><body>'
            '<header><a class="logo">Bay Times</a><nav><a>News</a><a>Sport</a></nav></header>'
            f'<article><h1>{ET}</h1><div class="byline">{info}</div><div class="story">{ps}</div>{extra}</article>'
            '<footer>© 2024 Bay Times Media. All rights reserved.</footer></body></html>')


def ipage(lang: str, title: str, paras: list[str], info: str, extra: str = "") -> str:
    ps = "".join(f"<p>{e(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title></head><body>'
            f'<article><h1>{e(title)}</h1><div class="meta">{info}</div><div class="text">{ps}</div>{extra}</article></body></html>')


def zdump(info: str, tail: str = "", title: str = ZT) -> str:
    return f"首页 > 教育 > 正文\n\n{title}\n\n{info}\n\n" + "\n\n".join(ZP) + "\n\n" + tail


def edump(info: str, tail: str = "") -> str:
    return f"{ET}\n\n{info}\n\n" + "\n\n".join(EP) + "\n\n" + tail


def h(name: str, group: str, html: str, want: str | None) -> Case:
    return Case(name, group, {f"{name}.html": html.encode()}, [Exp(None, None, {"published": want})])


def t(name: str, group: str, text: str, want: str | None) -> Case:
    return Case(name, group, {f"{name}.txt": text.encode()}, [Exp(None, None, {"published": want})])


RU = ["Городской парк на набережной открылся после реконструкции, которая длилась почти два года.",
      "В парке появились новые дорожки, освещение и площадка для детей, сообщили в администрации."]
ES = ["El ayuntamiento abrió el nuevo mercado municipal tras dos años de obras en el centro histórico.",
      "Los comerciantes dijeron que esperan más visitantes durante las fiestas de diciembre."]
DE = ["Die Stadtbibliothek hat nach der Sanierung wieder geöffnet und bietet nun längere Öffnungszeiten an.",
      "Nach Angaben der Stadt kamen am ersten Tag mehr als tausend Besucher in das Gebäude."]
JA = ["市内の小学校で、新しい図書室の利用が始まりました。蔵書は約五千冊です。",
      "校長は、子どもたちが放課後にも本を読める場所になってほしいと話しました。"]
KO = ["시내 도서관이 리모델링을 마치고 다시 문을 열었다. 열람실 좌석은 두 배로 늘었다.",
      "도서관 측은 주말에도 밤 열 시까지 운영할 계획이라고 밝혔다."]
FR = ["La commune a inauguré une nouvelle passerelle piétonne au-dessus de la rivière samedi matin.",
      "Les habitants attendaient ce projet depuis plus de dix ans, selon le maire."]


def build_all() -> list[Case]:
    JL = lambda pub, mod: f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{ET}","datePublished":"{pub}","dateModified":"{mod}"}}</script>'  # noqa: E731
    related = '<div class="related"><h3>相关阅读</h3><ul><li><a>县城新建两所幼儿园</a> 2025-03-14</li><li><a>乡村教师培训启动</a> 2025-01-09</li></ul></div>'
    comments = '<div class="comments"><h3>网友评论</h3><p>小李 2026-12-01 09:12：太好了，孩子们有福了。</p></div>'
    ecomments = '<section class="comments"><h3>2 Comments</h3><p>Dana K. — December 2, 2026 at 8:14 am</p><p>About time!</p></section>'
    cs = [
        h("zh_cn_weekday", "zh", zpage("2026年11月20日 星期五　来源：地方资讯网"), "2026-11-20"),
        h("zh_iso_seconds", "zh", zpage("2026-11-20 10:30:00　来源：县融媒体中心"), "2026-11-20"),
        h("zh_fabu_label", "zh", zpage("发布时间：2026-11-20 09:15　作者：王晓"), "2026-11-20"),
        h("zh_update_then_publish", "zh", zpage("更新时间：2026-11-22 16:40　发布时间：2026-11-20 09:15"), "2026-11-20"),
        h("zh_publish_then_update", "zh", zpage("发布时间：2026年11月20日 09:15　更新时间：2026年11月22日 16:40"), "2026-11-20"),
        h("zh_relative_hours", "zh", zpage("3小时前　来源：地方资讯网"), None),
        h("zh_relative_yesterday", "zh", zpage("昨天 10:30　来源：地方资讯网"), None),
        h("zh_related_dates_only", "zh", zpage("来源：地方资讯网", extra=related), None),
        h("zh_comment_date_only", "zh", zpage("来源：地方资讯网", extra=comments), None),
        h("zh_related_and_real", "zh", zpage("2026-11-20 08:00　来源：地方资讯网", extra=related + comments), "2026-11-20"),
        h("zh_slash_dmy", "zh", zpage("20/11/2026　来源：地方资讯网"), "2026-11-20"),
        h("zh_dotted", "zh", zpage("2026.11.20 10:30　来源：地方资讯网"), "2026-11-20"),
        t("zdump_fabu", "zdump", zdump("发布时间：2026-11-20 09:15　来源：地方资讯网"), "2026-11-20"),
        t("zdump_update_first", "zdump", zdump("更新时间：2026-11-22　发布时间：2026-11-20"), "2026-11-20"),
        t("zdump_relative", "zdump", zdump("5分钟前　来源：地方资讯网"), None),
        t("zdump_event_in_body_only", "zdump", "首页 > 教育 > 正文\n\n" + ZT + "\n\n来源：地方资讯网\n\n" + "\n\n".join(ZP[:2]) + "\n\n据悉，该图书馆将于2026年12月1日起全面实行周末开放。\n\n", None),
        t("zdump_notice_signing", "zdump", "关于调整冬季作息时间的通知\n\n各班级：\n\n根据上级要求，自下周起全校实行冬季作息时间，上午八点十分上课，下午一点半上课。\n\n请各班主任及时通知学生和家长，做好相关准备工作。\n\n县实验小学办公室\n\n2026年11月18日\n\n", None),
        h("en_published_updated", "en", epage("By Ana Ruiz · Published Nov. 20, 2026 · Updated Nov. 22, 2026"), "2026-11-20"),
        h("en_updated_published", "en", epage("By Ana Ruiz · Updated November 22, 2026, 4:10 p.m. · Published November 20, 2026"), "2026-11-20"),
        h("en_hours_ago", "en", epage("By Ana Ruiz · 2 hours ago"), None),
        h("en_hours_ago_plus_meta", "en", epage("By Ana Ruiz · 2 hours ago", head='<meta property="article:published_time" content="2026-11-20T07:45:00+00:00">'), "2026-11-20"),
        h("en_jsonld_pub_mod", "en", epage("By Ana Ruiz", head=JL("2026-11-20T07:45:00Z", "2026-11-23T10:00:00Z")), "2026-11-20"),
        h("en_time_datetime", "en", epage('By Ana Ruiz · <time datetime="2026-11-20T07:45:00-05:00">Friday</time>'), "2026-11-20"),
        h("en_url_date", "en", epage("By Ana Ruiz", head='<link rel="canonical" href="https://baytimes.example/2026/11/20/harbor-ferry-evening-route/">'), "2026-11-20"),
        h("en_footer_year_only", "en", epage("By Ana Ruiz"), None),
        h("en_comment_date_only", "en", epage("By Ana Ruiz", extra=ecomments), None),
        h("en_event_in_body", "en", epage("By Ana Ruiz", paras=[*EP[:2], "The trial will end on March 31, 2027, when the council votes on the route."]), None),
        t("edump_published_updated", "edump", edump("Ana Ruiz\nPublished 7:45 AM EST, November 20, 2026 | Updated 10:00 AM EST, November 23, 2026"), "2026-11-20"),
        t("edump_ago", "edump", edump("By Ana Ruiz | 4 hours ago"), None),
        h("ru_genitive_g", "intl", ipage("ru", "Парк на набережной открылся", RU, "20 ноября 2026 г., 10:30"), "2026-11-20"),
        h("ru_updated_published", "intl", ipage("ru", "Парк на набережной открылся", RU, "Опубликовано: 20.11.2026 · Обновлено: 22.11.2026"), "2026-11-20"),
        h("es_de_de", "intl", ipage("es", "Abre el nuevo mercado municipal", ES, "20 de noviembre de 2026 - 10:30"), "2026-11-20"),
        h("de_dot_month", "intl", ipage("de", "Stadtbibliothek wieder geöffnet", DE, "20. November 2026, 10:30 Uhr"), "2026-11-20"),
        h("ja_reiwa", "intl", ipage("ja", "小学校に新しい図書室", JA, "令和8年11月20日"), "2026-11-20"),
        h("ja_western", "intl", ipage("ja", "小学校に新しい図書室", JA, "2026年11月20日 10時30分"), "2026-11-20"),
        h("ko_ampm", "intl", ipage("ko", "시내 도서관 재개관", KO, "입력 2026.11.20 오전 10:30 수정 2026.11.22 오후 4:10"), "2026-11-20"),
        h("fr_publie_le", "intl", ipage("fr", "Une passerelle inaugurée", FR, "Publié le 20 novembre 2026 à 10h30, mis à jour le 22 novembre 2026"), "2026-11-20"),
    ]
    return cs
