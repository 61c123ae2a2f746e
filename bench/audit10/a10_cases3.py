# ruff: noqa: E501
"""Audit10 wave 3 (written after wave 2's fixes, run blind before any fix of its own): seed-recipe
dumps of a column-prefixed headline with Latin abbreviations in the text and a glossed info line;
Baidu MIP, 百家号 mobile, a stock page with quote tags, an 央视网 commentary with a video box, a
paragraph broken by <br> inside one <p>; Polish (cp1250, also labelled ISO-8859-1), Greek (cp1253),
Ukrainian, Hindi, Hebrew (cp1255), Japanese (Sankei-like, EUC-JP labelled Shift_JIS) and Korean
(▶ 관련기사 lines, a [서울신문] lead) pages."""

from __future__ import annotations

from html import escape as e

import a10_texts3 as T3
import a10_zh as Z
from a10_cases import EM, a7, dump, exp, gl, hc, tc
from a10_intl import doc as idoc
from a10_intl import ps as ips
from build import Case


def zh3() -> list[Case]:
    ai, st, cv = T3.AI_CLINIC, T3.STOCK, T3.CCTV_VIDEO
    ap = list(ai.paras)
    mip = ('<!DOCTYPE html><html mip><head><meta charset="utf-8"><link rel="stylesheet" href="https://c.mipcdn.com/static/v2/mip.css">'
           f'<title>{e(ai.title)}_江城晚报</title></head><body><mip-fixed type="top"><div class="top-bar"><a>江城晚报</a><a>下载APP</a></div></mip-fixed>'
           f'<div class="article"><h1>{e(ai.title)}</h1><div class="info">{ai.date} 09:40 来源：{ai.publisher} 作者：{ai.author}</div>'
           f'<div class="content">{Z.ps(ap[:2])}<mip-img src="/img/1.jpg" alt="社区卫生服务中心"></mip-img>{Z.ps(ap[2:])}</div></div>'
           '<mip-link href="/list/"><div class="more">查看更多新闻</div></mip-link><script src="https://c.mipcdn.com/static/v2/mip.js"></script></body></html>')
    bjh = (f'<div class="header"><span>百度</span><a>打开百度APP阅读</a></div><div class="article"><h1 class="title">{e(ai.title)}</h1>'
           f'<div class="author-info"><span class="author-name">江城晚报</span><span class="date">{ai.date} 09:40</span><span>江城晚报官方账号</span></div>'
           f'<div class="article-content">{Z.ps(ap)}</div></div><div class="open-app">打开百度APP阅读全文</div>'
           '<div class="recommend"><h3>相关推荐</h3><a>城东社区医院开设夜间门诊</a><a>家庭医生签约率超七成</a></div>')
    stock_p = [p.replace("江南酒业", '<a class="stock" href="/s/sz000001">江南酒业</a>(<span class="q">000001</span>)')
               .replace("古井春", '<span class="stock">[$古井春(000002)$]</span>') for p in st.paras]
    st_exp = [st.paras[0], st.paras[1].replace("江南酒业", "江南酒业(000001)").replace("古井春", "古井春"), st.paras[2]]
    video = '<div class="video-box"><div class="player">视频加载中...</div><p class="video-title">【视频】一老一小 民生关切</p></div>'
    cv_inner = video + Z.ps(cv.paras) + '<p class="editor">编辑：马晓　责任编辑：张黎</p>'
    br_p = "<p>" + "<br>".join(f"{'&nbsp;' * 4}{e(p)}" for p in ap) + "</p>"
    return [
        tc("w3_d_column_title_ai_glossed", "dump3", dump(ai, g=gl, ind=EM, info=[gl(f"发布时间:{ai.date} 09:40 来源:{ai.publisher} 作者:{ai.author}")]),
           exp(ai, "published publisher author")),
        tc("w3_d_column_title_plain_latin", "dump3", dump(ai, tail=a7.T_RELATED), exp(ai)),
        hc("w3_h_mip_page", "zh3", mip, exp(ai, "published publisher author")),
        hc("w3_h_baijiahao_mobile", "zh3", Z.doc(f"{ai.title}", bjh, mobile=True), exp(ai, "published")),
        hc("w3_h_stock_quote_tags", "zh3", Z.cms(st, "".join(f"<p>{p}</p>" for p in stock_p)), exp(st, "published publisher", paras=st_exp)),
        hc("w3_h_cctv_video_editors", "zh3", Z.cms(cv, cv_inner), exp(cv, "published publisher")),
        hc("w3_h_br_inside_one_p", "zh3", Z.cms(ai, br_p), exp(ai, "published publisher")),
    ]


def intl3() -> list[Case]:
    pl, gr, ua, hi, he, ja, ko = T3.PL_NEWS, T3.GR_NEWS, T3.UA_NEWS, T3.HI_NEWS, T3.HE_NEWS, T3.JA_SANKEI, T3.KO_SEOUL
    plp = list(pl.paras)
    pl_page = idoc(f"{pl.title} | Gazeta Miejska", '<header><a>Gazeta Miejska</a><nav><a>Wiadomości</a><a>Sport</a><a>Kultura</a></nav></header>'
                   f'<article><h1>{e(pl.title)}</h1><div class="autor">Autor: {e(pl.author or "")}</div><div class="data">26.11.2026, 12:40</div>'
                   f'<div class="tresc">{ips(plp[:2])}<p class="czytaj">Czytaj także: <a>Nowe ścieżki rowerowe w centrum</a></p>{ips(plp[2:])}</div></article>'
                   '<footer>© 2026 Gazeta Miejska. Wszelkie prawa zastrzeżone.</footer>', "pl", "windows-1250")
    gr_page = idoc(f"{gr.title} - Η Φωνή της Πόλης", f'<div class="header"><a>Η Φωνή της Πόλης</a></div><div class="article"><h1>{e(gr.title)}</h1>'
                   f'<div class="author">{e(gr.author or "")}</div><div class="date">23/11/2026 10:05</div><div class="article-body">{ips(gr.paras[:1])}'
                   f'<p><strong>Διαβάστε επίσης:</strong> <a>Νέοι ποδηλατόδρομοι στο κέντρο</a></p>{ips(gr.paras[1:])}</div></div>', "el", "windows-1253")
    ua_page = idoc(f"{ua.title} | Міські новини", f'<div class="header"><a>Міські новини</a><a>Новини</a><a>Спорт</a></div><div class="news"><h1>{e(ua.title)}</h1>'
                   f'<div class="news-date">25 листопада 2026, 11:20</div><div class="author">Автор: {e(ua.author or "")}</div><div class="news-text">{ips(ua.paras[:1])}'
                   f'<p>Читайте також: <a>У місті ремонтують ще три школи</a></p>{ips(ua.paras[1:])}</div></div>', "uk")
    hi_page = idoc(f"{hi.title} - नगर समाचार", f'<div class="header"><a>नगर समाचार</a></div><div class="story"><h1>{e(hi.title)}</h1>'
                   f'<div class="byline">{e(hi.author or "")}</div><div class="date">26 Nov 2026</div><div class="story-body">{ips(hi.paras[:1])}'
                   f'<p><strong>यह भी पढ़ें:</strong> <a>शहर में बनेंगे नए पार्क</a></p>{ips(hi.paras[1:])}</div></div>', "hi")
    he_page = idoc(f"{he.title} | חדשות העיר", f'<div class="header"><a>חדשות העיר</a></div><div class="article"><h1>{e(he.title)}</h1>'
                   f'<div class="author">{e(he.author or "")}</div><div class="date">24/11/2026</div><div class="article-body">{ips(he.paras[:1])}'
                   f'<p>קראו עוד: <a>שבילי אופניים חדשים במרכז</a></p>{ips(he.paras[1:])}</div></div>', "he", "windows-1255")
    ja_page = idoc(f"{ja.title} - 産経ニュース", '<header><a>産経ニュース</a><nav><a>政治</a><a>経済</a><a>社会</a></nav></header>'
                   f'<article><h1>{e(ja.title)}</h1><time datetime="{ja.date}T18:30:00+09:00">2026/11/26 18:30</time>'
                   f'<div class="article-body">{ips(ja.paras[:2])}<p class="related">【関連記事】<a>市営地下鉄、終電を延長へ</a></p>{ips(ja.paras[2:])}</div>'
                   '<div class="pr">ＰＲ</div></article><footer>産経新聞社 © 2026 Sankei Digital All rights reserved.</footer>', "ja", "Shift_JIS")
    kop = list(ko.paras)
    ko_page = idoc(f"{ko.title} | 서울신문", f'<div class="header"><a>서울신문</a></div><div class="article"><h1>{e(ko.title)}</h1><div class="date">입력 2026-11-27 10:30</div>'
                   f'<div class="article-body">{"<br><br>".join(e(p) for p in kop)}<br><br>▶ 관련기사 : 서울시, 겨울철 도로 제설 대책 발표<br>▶ 관련기사 : 한파 특보 시 행동 요령'
                   '<br><br>ⓒ 서울신문 무단전재 및 재배포 금지</div></div>', "ko")
    return [
        hc("w3_pl_cp1250", "intl3", pl_page, exp(pl, "published author"), "cp1250"),
        hc("w3_pl_cp1250_says_latin1", "intl3", pl_page.replace("windows-1250", "iso-8859-1"), exp(pl, "published author"), "cp1250"),
        hc("w3_gr_cp1253", "intl3", gr_page, exp(gr, "published"), "cp1253"),
        hc("w3_ua_utf8", "intl3", ua_page, exp(ua, "published author")),
        hc("w3_hi_utf8", "intl3", hi_page, exp(hi, "published")),
        hc("w3_he_cp1255", "intl3", he_page, exp(he, "published"), "cp1255"),
        hc("w3_ja_sankei_eucjp_says_sjis", "intl3", ja_page, exp(ja, "published"), "euc-jp"),
        hc("w3_ko_related_arrows_lead", "intl3", ko_page, exp(ko, "published publisher")),
    ]


def build_all3() -> list[Case]:
    return [*zh3(), *intl3()]
