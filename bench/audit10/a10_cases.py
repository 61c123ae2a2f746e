# ruff: noqa: E501
"""Audit10 cases: shapes audits 3-9 left out. Groups: ``zh`` Chinese HTML (mobile portals, 政务公开,
学习强国, PbootCMS / Z-Blog / 织梦 mobile, table layouts, paged articles, odd source/author spots, article
formats), ``dump`` seed-like text dumps from other outlets with other copy damage, ``intl`` German,
French, Portuguese, Vietnamese, Korean, Russian and Japanese pages and dumps (legacy encodings, some
mislabelled). Expected values are the article as its first publisher wrote it."""

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
sys.path.insert(0, str(HERE))

import a10_intl as I  # noqa: E402
import a10_texts as T  # noqa: E402
import a10_zh as Z  # noqa: E402
from a10_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)

EM = "\u2003\u2003"
IDS = "\u3000\u3000"
gl = a7.gl


def exp(s: Story, keys: str = "", paras: tuple[str, ...] | list[str] | None = None, title: str | None = None, **extra: object) -> Exp:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.date}
    return Exp(title or s.title, "\n".join(paras if paras is not None else s.paras), {k: vals[k] for k in keys.split()} | extra)


def hc(name: str, group: str, html: str, ex: Exp, codec: str = "utf-8", errors: str = "strict") -> Case:
    return Case(name, group, {f"{name}.html": html.encode(codec, errors)}, [ex])


def tc(name: str, group: str, text: str, ex: Exp, codec: str = "utf-8") -> Case:
    return Case(name, group, {f"{name}.txt": text.encode(codec)}, [ex])


def dump(s: Story, **kw: object) -> str:
    return str(a7.dump((s.title, list(s.paras)), **kw))


def zh_html() -> list[Case]:
    el, nb, lib, ty, fl, yr, tb, co, ga, mk, xi, pg = (T.ELEVATOR, T.NIGHT_BUS, T.LIBRARIAN, T.TYPHOON_LIVE, T.FLASH, T.YEAR_REVIEW,
                                                        T.SUBSIDY_TABLE, T.CORRECTION, T.GALLERY, T.MARKET, T.XI_STUDY, T.PAGED)
    nb_cns = dataclasses.replace(nb, publisher="中国新闻网")
    lib_info = f"{lib.date} 08:00　来源：{lib.publisher}　记者：{lib.author}"
    lib_inner = (f'<blockquote class="editor-note"><p><strong>编者按：</strong>{e(lib.paras[0][4:])}</p></blockquote>'
                 + Z.ps(lib.paras[1:-1])
                 + f'<div class="reporter-note"><p><strong>记者手记：</strong>{e(lib.paras[-1][5:])}</p></div>')
    live = '<ul class="live-list">' + "".join(f'<li><span class="time">{p[:5]}</span> {e(p[6:])}</li>' for p in ty.paras) + "</ul>"
    figs = "".join(f'<figure><img src="/g/{i}.jpg" alt=""><figcaption>{e(p)}</figcaption></figure>' for i, p in enumerate(ga.paras))
    slides = "".join(f'<div class="pic-item"><img src="/g/{i}.jpg"><p class="pic-txt"><span class="num">{i + 1}/{len(ga.paras)}</span>{e(p)}</p></div>'
                     for i, p in enumerate(ga.paras))
    rows = tb.paras[2:7]
    tbl = ('<table border="1" cellspacing="0" cellpadding="4" style="width:100%">'
           + "".join("<tr>" + "".join(f"<td><p>{'<strong>' + c + '</strong>' if i == 0 else c}</p></td>" for c in r.split(" ")) + "</tr>"
                     for i, r in enumerate(rows)) + "</table>")
    tb_inner = Z.ps(tb.paras[:2]) + tbl + Z.ps(tb.paras[7:])
    side_tbl = ('<div class="weather"><h3>江城天气</h3><table><tr><td>今天</td><td>晴</td><td>3～12℃</td></tr><tr><td>明天</td><td>多云</td><td>5～13℃</td></tr></table></div>' + Z.hot_list())
    long_inner = (Z.ps(yr.paras[:20]) + '<div class="ad"><iframe src="/ad/300x250.html"></iframe><span>广告</span></div>'
                  + '<p class="related-inline">相关阅读：<a>宁川县2027年民生实事项目征集启动</a></p>' + Z.ps(yr.paras[20:]))
    big_side = '<div class="side-news"><h3>相关新闻</h3><ul>' + "".join(
        f"<li><a>{t}</a><span>2026-11-2{i}</span></li>" for i, t in enumerate(
            ["城东片区雨污分流改造工程进入收尾阶段，预计年底前全部完工", "我市第二水厂扩建工程完成主体施工，明年夏季投入使用",
             "江城启动新一轮黑臭水体排查整治行动，覆盖全部建成区河道", "城西片区三个老旧小区完成管网改造，居民告别“马路拉链”",
             "市生态环境局公布第三季度地表水水质情况，优良比例提升"])) + "</ul></div>"
    c = [
        hc("zh_ifeng_mobile", "zh", Z.ifeng_m(nb_cns, "中国新闻网"), exp(nb_cns, "published publisher")),
        hc("zh_qq_mobile_window_data", "zh", Z.qq_m(el, "澎湃新闻"), exp(el, "published publisher")),
        hc("zh_thepaper_mobile_br", "zh", Z.thepaper_m(el), exp(el, "published publisher author")),
        hc("zh_163_mobile_open_app_mid", "zh", Z.netease_m(mk), exp(mk, "published publisher", paras=T.MARKET_BODY)),
        hc("zh_sina_mobile_cite", "zh", Z.sina_m(xi), exp(xi, "published publisher")),
        hc("zh_gov_xxgk_table", "zh", Z.gov_xxgk(T.HEATING_NOTICE), exp(T.HEATING_NOTICE, "publisher", published="2026-10-30")),
        hc("zh_gov_xxgk_ul_gbk", "zh", Z.gov_xxgk(T.HEATING_NOTICE, "ul", "gbk"), exp(T.HEATING_NOTICE, "publisher", published="2026-10-30"), "gbk"),
        hc("zh_xuexi_copy", "zh", Z.xuexi(xi), exp(xi, "published publisher author")),
        hc("zh_pbootcms_h2", "zh", Z.pboot(pg), exp(pg, "published author")),
        hc("zh_zblog_mobile_admin", "zh", Z.zblog_m(pg), exp(pg, "published publisher")),
        hc("zh_dede_mobile_short", "zh", Z.dede_m(fl), exp(fl, "published publisher")),
        hc("zh_table_layout_gbk_correction", "zh", Z.table_layout(co), exp(co, "published publisher author"), "gbk"),
        hc("zh_paged_pager_below", "zh", Z.paged(pg, 2, '共3页: <a>上一页</a> <b>1</b> <a href="/jy/2026/1105/88_2.html">2</a> <a href="/jy/2026/1105/88_3.html">3</a> <a href="/jy/2026/1105/88_2.html">下一页</a>', False),
           exp(pg, "published publisher author", paras=pg.paras[:2], next_pages=["/jy/2026/1105/88_2.html", "/jy/2026/1105/88_3.html"])),
        hc("zh_paged_pager_inside", "zh", Z.paged(pg, 2, '<a>第1页</a> <a href="/jy/2026/1105/88_2.html">第2页</a> <a href="/jy/2026/1105/88_2.html">下一页</a> <a href="/jy/2026/1105/88_2.html">尾页</a>', True),
           exp(pg, "published", paras=pg.paras[:2], next_pages=["/jy/2026/1105/88_2.html"])),
        hc("zh_source_img_alt", "zh", Z.odd_source(xi, "img_alt"), exp(xi, "published publisher")),
        hc("zh_source_span_link", "zh", Z.odd_source(xi, "span_link"), exp(xi, "published publisher")),
        hc("zh_author_in_footer", "zh", Z.odd_source(xi, "footer"), exp(xi, "published publisher author")),
        hc("zh_editor_note_reporter_note", "zh", Z.cms(lib, lib_inner, lib_info), exp(lib, "published publisher author")),
        hc("zh_live_list_times", "zh", Z.cms(ty, live), exp(ty, "published publisher")),
        hc("zh_gallery_figcaptions_only", "zh", Z.cms(ga, figs, f"{ga.date} 16:20　来源：{ga.publisher}　摄影：{ga.author}"), exp(ga, "published publisher")),
        hc("zh_gallery_slides_numbered", "zh", Z.cms(ga, slides), exp(ga, "published publisher")),
        hc("zh_table_td_p_strong", "zh", Z.cms(tb, tb_inner, side=side_tbl), exp(tb, "published publisher")),
        hc("zh_long_40_ad_mid", "zh", Z.cms(yr, long_inner), exp(yr, "published publisher")),
        hc("zh_short_two_big_side", "zh", Z.cms(fl, Z.ps(fl.paras, indent=IDS), side=big_side), exp(fl, "published publisher")),
        hc("zh_original_title_p", "zh", Z.cms(mk, Z.ps(mk.paras)), exp(mk, "published publisher", paras=T.MARKET_BODY)),
        hc("zh_correction_note_cms", "zh", Z.cms(co, Z.ps(co.paras)), exp(co, "published publisher")),
    ]
    return c


AD_LINES = ["【广告】扫码领取全年免费体检名额", "↓↓↓点击下方链接，领取新人红包↓↓↓"]
SPAM_LINES = ["hg0088皇冠体育 www.hg0088.com 真人百家乐 注册送38元", "澳门威尼斯人官网-金沙娱乐场-新葡京娱乐网址"]
XXGK_TXT = ["索引号：11420100MB0000000X/2026-01234\t分类：城乡建设、环境保护\\通知", "发布机构：临江市人民政府办公室\t成文日期：2026年10月28日",
            "发文字号：临政办发〔2026〕31号\t发布日期：2026年10月30日"]


def zh_dumps() -> list[Case]:
    el, lib, ty, fl, yr, tb, co, ga, mk, xi, pg, hn = (T.ELEVATOR, T.LIBRARIAN, T.TYPHOON_LIVE, T.FLASH, T.YEAR_REVIEW, T.SUBSIDY_TABLE,
                                                        T.CORRECTION, T.GALLERY, T.MARKET, T.XI_STUDY, T.PAGED, T.HEATING_NOTICE)
    glued = dataclasses.replace(el, paras=("".join(IDS + p for p in el.paras),))
    with_ads = [*el.paras[:2], AD_LINES[0], *el.paras[2:4], AD_LINES[1], *el.paras[4:]]
    with_spam = [*xi.paras[:1], SPAM_LINES[0], *xi.paras[1:3], SPAM_LINES[1], *xi.paras[3:]]
    tbf = dataclasses.replace(tb, paras=tuple(p.replace(" ", "\u3000") if 2 <= i < 7 else p for i, p in enumerate(tb.paras)))
    big_tail = ["相关新闻", *[f"· {t}" for t in ["城东片区雨污分流改造工程进入收尾阶段，预计年底前全部完工", "我市第二水厂扩建工程完成主体施工，明年夏季投入使用",
                                                 "江城启动新一轮黑臭水体排查整治行动，覆盖全部建成区河道"]], *a7.T_ICP]
    sparse = lambda s: a7.ob.fold(a7.ob.gloss(s, "s2t", "tone", "()", 0.12))  # noqa: E731
    body_only = dump(el, crumb=[gl(a7.CRUMB)], paras=[gl(p) for p in el.paras], ind=EM)
    title_only = dump(el, crumb=[gl(a7.CRUMB)], title=gl(el.title), ind=EM)
    return [
        tc("d_glued_paragraphs", "dump", dump(glued, ind="", g=gl), exp(el)),
        tc("d_glued_paragraphs_plain", "dump", dump(glued, ind=""), exp(el)),
        tc("d_glued_title_and_lead", "dump", dump(fl, title=fl.title + IDS + fl.paras[0], paras=list(fl.paras[1:]), tail=a7.T_RELATED), exp(fl)),
        tc("d_body_trad_title_simpl", "dump", body_only, exp(el)),
        tc("d_title_trad_body_simpl", "dump", title_only, exp(el)),
        tc("d_sparse_glosses", "dump", dump(el, g=sparse, ind=EM), exp(el)),
        tc("d_ads_mid_article", "dump", dump(el, paras=with_ads, g=gl, ind=EM), exp(el)),
        tc("d_spam_lines_between_paras", "dump", dump(xi, paras=with_spam, ind=EM, tail=["来源：光明日报"]), exp(xi, "publisher")),
        tc("d_xuexi_copy", "dump", dump(xi, head=["学习强国"], crumb=[], nbsp=False, info=[f"来源：{xi.publisher}　作者：{xi.author}　{xi.date}"],
                                        tail=[f"本文来源：{xi.publisher}", "责任编辑：孙晴", "分享　收藏　点赞"]), exp(xi, "publisher author published")),
        tc("d_gov_xxgk_lines", "dump", dump(hn, head=["临江市人民政府 - 政务公开"], crumb=["当前位置：首页 > 政务公开 > 政府文件"], info=["临政办发〔2026〕31号"],
                                            paras=list(hn.paras), ind=IDS).replace(hn.title, "\n".join(XXGK_TXT) + "\n\n" + hn.title, 1),
           exp(hn, "publisher", published="2026-10-30")),
        tc("d_gov_xxgk_glossed", "dump", dump(hn, g=gl, info=XXGK_TXT, ind=EM), exp(hn, "publisher", published="2026-10-30")),
        tc("d_qa_bianzhean_shouji", "dump", dump(lib, g=gl, ind=EM, info=[f"来源：{lib.publisher}　记者：{lib.author}　{lib.date}"]), exp(lib, "publisher author published")),
        tc("d_live_times", "dump", dump(ty, g=gl, ind=EM, info=[f"{ty.date} 23:50　来源：{ty.publisher}"]), exp(ty, "publisher published")),
        tc("d_correction_tail", "dump", dump(co, g=gl, ind=EM, tail=["（责任编辑：刘洋）"]), exp(co)),
        tc("d_gallery_captions", "dump", dump(ga, info=[f"{ga.date}　来源：{ga.publisher}　摄影：{ga.author}"], paras=[x for i, p in enumerate(ga.paras) for x in (f"图{i + 1}/{len(ga.paras)}", p)]),
           exp(ga, "publisher published")),
        tc("d_long_40_glossed", "dump", dump(yr, g=gl, ind=EM), exp(yr)),
        tc("d_short_two_big_tail", "dump", dump(fl, g=gl, ind=EM, tail=big_tail), exp(fl)),
        tc("d_table_ideographic_spaces", "dump", dump(tbf, tail=a7.T_PREVNEXT), exp(tbf)),
        tc("d_table_ideographic_glossed", "dump", dump(tbf, g=gl, ind=EM), exp(tbf)),
        tc("d_ifeng_copy", "dump", dump(el, head=[], crumb=["凤凰网资讯 > 社会 > 正文"], paras=[*el.paras[:2], "打开凤凰新闻，查看更多高清图片", *el.paras[2:]],
                                        tail=["特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。"]), exp(el)),
        tc("d_qq_copy", "dump", dump(el, head=["腾讯新闻 打开APP"], crumb=[], info=["澎湃新闻　2026-11-20 08:20"],
                                     tail=["免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。", "举报"]), exp(el, "publisher published")),
        tc("d_thepaper_copy", "dump", dump(el, head=[a7.SPAM], info=["澎湃新闻记者 周立新", "2026-11-20 10:32 来源：澎湃新闻"], tail=["责任编辑：王卉　图片编辑：蒋立冬", "校对：张亮"]),
           exp(el, "publisher author published")),
        tc("d_paged_title_count", "dump", dump(pg, title=pg.title + "(1/3)", paras=list(pg.paras[:2]), tail=["上一页 1 2 3 下一页"]), exp(pg, paras=pg.paras[:2])),
        tc("d_original_title_quoted", "dump", dump(mk, g=gl, ind=EM, paras=["原标题：《菜市场变身夜市 年轻人来了》", *T.MARKET_BODY]), exp(mk, paras=T.MARKET_BODY)),
        tc("d_author_source_footer", "dump", dump(xi, tail=[f"作者：{xi.author}（光明日报记者）", f"来源：{xi.publisher}", "编辑：陈默"]), exp(xi, "publisher author")),
    ]


DE_DUMP_TAIL = ["Mehr zum Thema", "Radentscheid sammelt 20.000 Unterschriften", "Neue Fahrradstraße in der Neustadt", "© Weser-Bote 2026 | Impressum | Datenschutz"]


def _plain_dump(s: Story, head: list[str], info: list[str], paras: list[str], tail: list[str]) -> str:
    return "\n\n".join([*head, s.title, *info, *paras, *tail]) + "\n"


def intl() -> list[Case]:
    de, fr, pt, vi, ko, ru, ja = T.DE_RAD, T.FR_BOULANGERIE, T.PT_FEIRA, T.VI_METRO, T.KO_MARKET, T.RU_TYUMEN, T.JA_BLOG
    dp, fp, pp, vp, kp, rp = (list(x.paras) for x in (de, fr, pt, vi, ko, ru))
    return [
        hc("de_regional_utf8", "intl", I.de_regional(de), exp(de, "published author")),
        hc("de_regional_cp1252_says_utf8", "intl", I.de_regional(de), exp(de, "published author"), "cp1252"),
        tc("de_dump_cp1252", "intl", _plain_dump(de, ["Weser-Bote | Bremen | Region | Sport | E-Paper", "Startseite > Bremen > Verkehr"],
                                                   [f"Von {de.author} | 19.11.2026, 18:32 Uhr"], [*dp[:2], "Anzeige", *dp[2:3], "Lesen Sie auch: Parkhaus am Markt wird saniert", *dp[3:]],
                                                   DE_DUMP_TAIL), exp(de, "published author"), "cp1252"),
        hc("fr_regional_utf8", "intl", I.fr_regional(fr), exp(fr, "published author")),
        hc("fr_regional_cp1252_says_latin1", "intl", I.fr_regional(fr, "iso-8859-1"), exp(fr, "published author"), "cp1252"),
        tc("fr_dump", "intl", _plain_dump(fr, ["Accueil › Bretagne › Saint-Méen"], [f"Par {fr.author} | Publié le 17/11/2026 à 11h05"],
                                           [*fp[:2], "Lire aussi : Commerces de proximité : ces villages qui résistent", *fp[2:]],
                                           ["Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois.", "Mentions légales · Gérer mes cookies"]), exp(fr, "published author")),
        hc("pt_portal_cp1252_nolabel", "intl", I.br_portal(pt, None), exp(pt, "published author"), "cp1252", "ignore"),
        hc("pt_portal_utf8", "intl", I.br_portal(pt), exp(pt, "published author")),
        tc("pt_dump", "intl", _plain_dump(pt, ["Jornal da Serra - Cidades"], [f"Por {pt.author}, Jornal da Serra", "21/11/2026 às 10h40"],
                                           [*pp[:1], "Leia também: Prefeitura anuncia novo calendário de feiras", *pp[1:]],
                                           ["📲 Siga o canal do Jornal da Serra no WhatsApp", "Comentários", "© Copyright 2026 Jornal da Serra. Todos os direitos reservados."]),
           exp(pt, "published author")),
        hc("vi_news_sapo_author_end", "intl", I.vn_news(vi), exp(vi, "published author")),
        tc("vi_dump_nguon", "intl", _plain_dump(vi, ["Thời sự > Giao thông"], ["Thứ hai, 24/11/2026, 08:30 (GMT+7)"], vp, [vi.author or "", "Nguồn: Báo Phố Thị", "Xem thêm: Giá vé buýt điện có thể giảm vào năm sau"]),
           exp(vi, "published author")),
        hc("ko_portal_utf8", "intl", I.kr_portal(ko), exp(ko, "published author")),
        hc("ko_portal_euckr", "intl", I.kr_portal(ko, "euc-kr"), exp(ko, "published author"), "euc-kr"),
        tc("ko_dump", "intl", _plain_dump(ko, ["경제타임즈 > 경제 > 유통"], [f"입력 2026.11.25 10:12 | {ko.author} 기자"], kp, [f"{ko.author} 기자 seojun@example.co.kr", "저작권자 ⓒ 경제타임즈. 무단전재 및 재배포 금지"]),
           exp(ko, "published author")),
        hc("ru_regional_cp1251", "intl", I.ru_regional(ru), exp(ru, "published author"), "cp1251"),
        hc("ru_regional_cp1251_says_utf8", "intl", I.ru_regional(ru, "utf-8"), exp(ru, "published author"), "cp1251"),
        tc("ru_dump_cp1251", "intl", _plain_dump(ru, ["Тюменский вестник | Новости | Происшествия | Спорт", "Главная / Новости / Общество"], ["26 ноября 2026, 14:05", f"Автор: {ru.author}"],
                                                  [*rp[:1], "Фото: пресс-служба администрации", "Читайте также: В Тюмени отремонтируют ещё три школы", *rp[1:]],
                                                  ["Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости", "© 2026 «Тюменский вестник». При использовании материалов ссылка обязательна. 16+"]),
           exp(ru, "published author"), "cp1251"),
        hc("ja_fc2_eucjp", "intl", I.fc2_blog(ja), exp(ja, "published"), "euc-jp"),
        hc("ja_hatena_utf8", "intl", I.hatena(ja), exp(ja, "published")),
        tc("ja_blog_dump_sjis", "intl", _plain_dump(ja, ["ゆるり日記", "毎日のちいさなできごと"], ["2026-11-23"], list(ja.paras),
                                                     ["テーマ：日記 - ジャンル：日記", "日記 | コメント(3) | トラックバック(0) | 2026/11/23 21:14", "Powered by FC2ブログ"]),
           exp(ja, "published"), "shift_jis"),
    ]


def build_all() -> list[Case]:
    return [*zh_html(), *zh_dumps(), *intl()]
