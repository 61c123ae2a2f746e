# ruff: noqa: E501
"""Audit10 wave 2 (written after the first fixes, run blind before any fix of its own): article
formats whose lines look like furniture (timelines and schedules led by dates, an article ending with
its own bulleted tips, footnotes), newspaper kicker/subtitle headlines, bilingual paragraphs, bold
speaker names, an old blog template, a forum print view, and Indonesian, Italian, Turkish, Arabic and
Dutch pages (cp1254, cp1256, latin-1)."""

from __future__ import annotations

import dataclasses
from html import escape as e

import a10_texts2 as T2
import a10_zh as Z
from a10_cases import EM, IDS, a7, dump, exp, gl, hc, tc
from a10_intl import doc as idoc
from a10_intl import ps as ips
from a10_texts import Story
from build import Case

B = "●"


def _sina_blog(s: Story) -> str:
    body = ('<div class="blogtoparea"><a>江城老李的博客</a><a>首页</a><a>博文目录</a><a>图片</a><a>关于我</a></div>'
            f'<div class="articalTitle"><h2 class="titName">{e(s.title)}</h2><span class="time">({s.date} 10:00:00)</span></div>'
            '<div class="articalTag"><span>标签：</span><a>老电影</a><a>冬天</a><span>分类：</span><a>生活随笔</a></div>'
            f'<div class="articalContent">{"".join(f"<p>{IDS}{e(p)}</p>" for p in s.paras)}</div>'
            '<div class="shareUp">分享：<a>微博</a><a>QQ空间</a></div><div class="IL">喜欢<span>0</span>赠金笔</div>'
            '<div class="articalInfo">阅读(123)┊ 评论 (0)┊ 收藏(0)┊转载(0)┊ 喜欢▼ ┊打印┊举报</div>'
            '<div class="articalfrontback"><div>前一篇：<a>秋天的银杏大道</a></div><div>后一篇：<a>腊八粥</a></div></div>')
    return Z.doc(f"{s.title}_江城老李_新浪博客", body)


def zh_html2() -> list[Case]:
    tl, sc, tp, kk, bl, fn, iv = T2.TIMELINE, T2.SCHEDULE, T2.TIPS, T2.KICKER, T2.BILINGUAL, T2.FOOTNOTES, T2.INTERVIEW_BOLD
    tips_ul = Z.ps(tp.paras[:3]) + "<ul>" + "".join(f"<li>{e(p[2:])}</li>" for p in tp.paras[3:]) + "</ul>"
    kicker_h = (f'<div class="article"><h3 class="yinti">石桥村盘活闲置耕地</h3><h1>{e(kk.title)}</h1><h2 class="futi">——城里人周末来种菜</h2>'
                f'<div class="info">{kk.date} 08:30　来源：{kk.publisher}　作者：{kk.author}</div><div class="content">{Z.ps(kk.paras)}</div></div>')
    strong = "".join(f"<p><strong>{e(p.split('：', 1)[0])}：</strong>{e(p.split('：', 1)[1])}</p>" for p in iv.paras)
    iv_info = f"{iv.date} 09:00　来源：{iv.publisher}　记者：{iv.author}"
    return [
        hc("w2_h_timeline_dates", "zh2", Z.cms(tl, Z.ps(tl.paras)), exp(tl, "published publisher")),
        hc("w2_h_schedule_dates_times", "zh2", Z.cms(sc, Z.ps(sc.paras)), exp(sc, "published publisher")),
        hc("w2_h_tips_bullets_end", "zh2", Z.cms(tp, Z.ps(tp.paras)), exp(tp, "published publisher")),
        hc("w2_h_tips_ul_end", "zh2", Z.cms(tp, tips_ul), exp(tp, "published publisher", paras=[*tp.paras[:3], *(p[2:] for p in tp.paras[3:])])),
        hc("w2_h_kicker_subtitle", "zh2", Z.doc(f"{kk.title}_乡村振兴网", kicker_h), exp(kk, "published publisher author")),
        hc("w2_h_bilingual", "zh2", Z.cms(bl, Z.ps(bl.paras)), exp(bl, "published publisher")),
        hc("w2_h_footnotes", "zh2", Z.cms(fn, Z.ps(fn.paras)), exp(fn, "published publisher")),
        hc("w2_h_interview_strong_names", "zh2", Z.cms(iv, strong, iv_info), exp(iv, "published publisher author")),
        hc("w2_h_sina_blog_old", "zh2", _sina_blog(T2.SINA_BLOG), exp(T2.SINA_BLOG, "published")),
    ]


def zh_dumps2() -> list[Case]:
    tl, sc, tp, kk, bl, fn, iv, sb = (T2.TIMELINE, T2.SCHEDULE, T2.TIPS, T2.KICKER, T2.BILINGUAL, T2.FOOTNOTES, T2.INTERVIEW_BOLD, T2.SINA_BLOG)
    tips_nocolon = dataclasses.replace(tp, paras=(*tp.paras[:2], "温馨提示", *tp.paras[3:]))
    gl_zh = lambda s: s if s.isascii() or s[:1].isascii() else gl(s)  # noqa: E731  (the English lines stay as written)
    forum = ("\n".join([f"作者: 江城老李    时间: {sb.date} 10:00    标题: {sb.title}", "", *sb.paras, "",
                        "-----------------------------------------------------", "本文来自江城论坛，转载请注明出处。"]) + "\n")
    blog_tail = ["分享：", "喜欢", "0", "赠金笔", "阅读(123)┊ 评论 (0)┊ 收藏(0)┊转载(0)┊ 喜欢▼ ┊打印┊举报", "前一篇：秋天的银杏大道", "后一篇：腊八粥"]
    return [
        tc("w2_d_timeline_glossed", "dump2", dump(tl, g=gl, ind=EM), exp(tl)),
        tc("w2_d_schedule_info", "dump2", dump(sc, info=[f"{sc.date} 08:00　来源：{sc.publisher}"], tail=a7.T_SHARE), exp(sc, "published publisher")),
        tc("w2_d_tips_bullets", "dump2", dump(tp, tail=a7.T_ICP), exp(tp)),
        tc("w2_d_tips_bullets_no_colon", "dump2", dump(tips_nocolon), exp(tips_nocolon)),
        tc("w2_d_kicker_title_subtitle", "dump2", dump(kk, title="石桥村盘活闲置耕地\n\n" + kk.title + "\n\n——城里人周末来种菜", info=[f"来源：{kk.publisher}　作者：{kk.author}"]),
           exp(kk, "publisher author")),
        tc("w2_d_bilingual_glossed", "dump2", dump(bl, g=gl_zh, ind=EM), exp(bl)),
        tc("w2_d_footnotes", "dump2", dump(fn, tail=a7.T_PREVNEXT), exp(fn)),
        tc("w2_d_interview_names", "dump2", dump(iv, g=gl, ind=EM, info=[f"来源：{iv.publisher}　记者：{iv.author}"]), exp(iv, "publisher author")),
        tc("w2_d_byline_at_end_tongxunyuan", "dump2", dump(kk, tail=[f"（记者 {kk.author} 通讯员 刘芳）", *a7.T_EDITOR]), exp(kk, "author")),
        tc("w2_d_date_weather_above", "dump2", dump(kk, head=["2026年11月30日 星期一 农历十月廿一", "今日天气：晴 3～12℃ 空气质量：良"]), exp(kk)),
        tc("w2_d_forum_print_view", "dump2", forum, exp(sb, "published")),
        tc("w2_d_sina_blog_copy", "dump2", dump(sb, head=["江城老李的博客", "首页 博文目录 图片 关于我"], crumb=[], nbsp=False, info=[f"({sb.date} 10:00:00)", "标签：老电影 冬天 分类：生活随笔"], tail=blog_tail),
           exp(sb, "published")),
    ]


def intl2() -> list[Case]:
    i, it, tr, ar, nl = T2.ID_KOMPAS, T2.IT_COMUNE, T2.TR_HABER, T2.AR_KHABAR, T2.NL_NIEUWS
    ip = list(i.paras)
    id_body = (ips(ip[:1]) + '<p><strong>Baca juga: </strong><a>Tarif Parkir di Pusat Kota Naik Mulai Januari</a></p>'
               + '<div class="ads-on-body"><span>ADVERTISEMENT</span></div><div class="scroll-continue">SCROLL TO CONTINUE WITH CONTENT</div>'
               + ips(ip[1:3]) + '<p><strong>Baca juga: </strong><a>Halte Baru Dibangun di Koridor Utara</a></p>' + ips(ip[3:]))
    id_page = idoc(f"{i.title} - Warta Kota", '<header><a>Warta Kota</a><nav><a>News</a><a>Megapolitan</a><a>Otomotif</a></nav></header>'
                   f'<article><h1 class="detail__title">{e(i.title)}</h1><div class="detail__author">Penulis: {e(i.author or "")}</div>'
                   f'<div class="detail__date">Sabtu, 29 Nov 2026 10:15 WIB</div><div class="detail__body-text">{id_body}</div>'
                   '<div class="detail__body-tag">Tag: bus listrik, transportasi</div></article><footer>Copyright © 2026 Warta Kota. All rights reserved.</footer>', "id")
    itp = list(it.paras)
    it_body = ips(itp[:2]) + '<p class="leggi-anche"><strong>Leggi anche</strong> <a>Nuove piste ciclabili in centro</a></p><div class="adv">Pubblicità</div>' + ips(itp[2:])
    it_page = idoc(f"{it.title} - La Voce di Città", '<header><a>La Voce di Città</a><nav><a>Cronaca</a><a>Politica</a><a>Sport</a></nav></header>'
                   f'<article><h1>{e(it.title)}</h1><p class="firma">di {e(it.author or "")}</p><p class="data">22 novembre 2026</p>'
                   f'<div class="testo">{it_body}</div></article><footer>© Riproduzione riservata</footer>', "it", "iso-8859-1")
    trp = list(tr.paras)
    tr_page = idoc(f"{tr.title} - Ege Postası", '<div class="header"><a>Ege Postası</a><a>Gündem</a><a>Ekonomi</a><a>Spor</a></div>'
                   f'<div class="haber"><h1>{e(tr.title)}</h1><div class="yazar">{e(tr.author or "")}</div><div class="tarih">27.11.2026 14:30</div>'
                   f'<div class="haber-metni">{ips(trp)}</div><div class="ilgili"><h3>İlgili Haberler</h3><ul><li><a>Sahil yoluna yeni otopark</a></li></ul></div></div>'
                   '<div class="footer">© 2026 Ege Postası. Tüm hakları saklıdır.</div>', "tr", "iso-8859-9")
    arp = list(ar.paras)
    ar_body = ips(arp[:1]) + '<p><strong>اقرأ أيضا:</strong> <a>تطوير شبكة الطرق في المدينة</a></p>' + ips(arp[1:])
    ar_page = idoc(f"{ar.title} | صحيفة المدينة", f'<div class="header"><a>صحيفة المدينة</a><a>محليات</a><a>اقتصاد</a></div><div class="article"><h1>{e(ar.title)}</h1>'
                   f'<div class="author">بقلم: {e(ar.author or "")}</div><div class="date">24/11/2026</div><div class="article-body">{ar_body}</div></div>'
                   '<div class="footer">جميع الحقوق محفوظة © 2026</div>', "ar", "windows-1256")
    nlp = list(nl.paras)
    nl_body = ips(nlp[:1]) + '<p class="lees-ook"><strong>Lees ook:</strong> <a>Parkeertarief binnenstad omhoog</a></p>' + ips(nlp[1:])
    nl_page = idoc(f"{nl.title} | Stadsblad", '<header><a>Stadsblad</a><nav><a>Nieuws</a><a>Sport</a><a>Cultuur</a></nav></header>'
                   f'<article><h1>{e(nl.title)}</h1><p class="byline">Door {e(nl.author or "")}</p><time datetime="{nl.date}T09:12:00+01:00">25 nov 2026, 09:12</time>'
                   f'<div class="article-body">{nl_body}</div></article><footer>© Stadsblad 2026</footer>', "nl")
    id_dump = "\n\n".join(["Warta Kota - Megapolitan", i.title, f"Penulis: {i.author}", "Sabtu, 29 Nov 2026 10:15 WIB", ip[0], "Baca juga: Tarif Parkir di Pusat Kota Naik Mulai Januari",
                           "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", *ip[1:], "Tag: bus listrik, transportasi"]) + "\n"
    it_dump = "\n\n".join(["Home > Cronaca > Città", it.title, f"di {it.author}", "22 novembre 2026", *itp[:2], "Leggi anche: Nuove piste ciclabili in centro",
                           *itp[2:], "© Riproduzione riservata"]) + "\n"
    return [
        hc("w2_id_detik_baca_juga", "intl2", id_page, exp(i, "published author")),
        tc("w2_id_dump", "intl2", id_dump, exp(i, "published author")),
        hc("w2_it_latin1_leggi_anche", "intl2", it_page, exp(it, "published author"), "iso-8859-1"),
        tc("w2_it_dump_cp1252", "intl2", it_dump, exp(it, "published author"), "cp1252"),
        hc("w2_tr_iso8859_9", "intl2", tr_page, exp(tr, "published author"), "iso-8859-9"),
        hc("w2_tr_cp1254_says_utf8", "intl2", tr_page.replace("iso-8859-9", "utf-8"), exp(tr, "published author"), "cp1254"),
        hc("w2_ar_cp1256", "intl2", ar_page, exp(ar, "published author"), "cp1256"),
        hc("w2_nl_lees_ook", "intl2", nl_page, exp(nl, "published author")),
    ]


def build_all2() -> list[Case]:
    return [*zh_html2(), *zh_dumps2(), *intl2()]
