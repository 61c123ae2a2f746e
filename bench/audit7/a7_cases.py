# ruff: noqa: E501
"""Audit7 cases: text dumps built like the seed, with outlets, furniture and mechanics audits 4-6 left out.

Groups: ``o`` other outlets and article formats under varied farm furniture, ``f`` farm headers,
breadcrumbs and footers of other shapes, ``s`` seed mechanics (s2t + readings, CRLF, no blank lines,
hard wraps, indents) combined with those, ``i`` the same kind of farm in English, Japanese, Korean,
Russian and Spanish, ``h`` saved .html pages of the same farm style.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit3"))
sys.path.insert(0, str(HERE.parent / "audit4"))

import a7_texts as t  # noqa: E402
import obfuscate as ob  # noqa: E402  (audit3's seed-recipe obfuscators)
from build import Case, Exp  # noqa: E402  (audit4's case records)

Art = tuple[str, list[str]]
EM = "\u2003\u2003"
IDS = "\u3000\u3000"
SPAM = "久久久精品视频在线观看-亚洲欧美日韩综合一区-国产午夜福利免费入口-日韩精品无码一区二区三区"
CRUMB = "当前位置 : 首页 > 资讯中心 > 时政要闻"

# --- farm headers of other shapes -----------------------------------------------------------------
H_KW_LINES = ["免费在线观看高清电影_最新电视剧大全_好看的综艺节目", "2026最新电影排行榜-好看的电视剧推荐-免费动漫在线看", "热门搜索：高清影院 免费追剧 在线观看"]
H_PIPE = "澳门新葡京 | 皇冠体育 | 真人娱乐 | 注册送彩金"
H_UNDER = "天天影视_日韩综艺_免费高清在线观看_最新电影网"
H_SITE = "城市资讯网 - 权威本地新闻门户"
H_DATE = "2026年09月03日 星期四"
H_LOGIN = "登录 | 注册 | 手机版 | 网站地图"
H_LOGIN2 = "[登录] [免费注册] 设为首页 收藏本站"
H_NAV = "首页 新闻 财经 科技 教育 健康 旅游 汽车"

# --- footers --------------------------------------------------------------------------------------
T_RELATED = ["相关推荐", "· 我市新增三条公交线路", "· 城东菜市场完成提升改造", "· 市民文化节下月开幕"]
T_REPOST = ["声明：本文转自网络，版权归原作者所有，如有侵权请联系删除。"]
T_DISCLAIMER = ["免责声明：本站所载文章仅供参考，不代表本站观点，据此操作风险自担。"]
T_LINKS = ["友情链接：新闻资讯网 | 财经日报网 | 科技前沿网 | 健康生活网"]
T_ICP = ["Copyright © 2026 城市资讯网 版权所有", "京ICP备12345678号-1"]
T_PREVNEXT = ["上一篇：我市启动秋季消防安全检查", "下一篇：中秋假期高速公路免费通行吗？"]
T_TAGS = ["标签: 公交 智能站台 出行"]
T_SHARE = ["分享到：微信 微博 QQ空间"]
T_LIKE = ["点赞(12)　收藏　举报"]
T_COMMENTS = ["评论(0)", "发表评论", "请登录后发表评论"]
T_QR = ["扫描二维码关注我们", "微信公众号：城市资讯"]
T_TOP = ["返回顶部", "打印本页 | 关闭窗口"]
T_EDITOR = ["（责任编辑：张敏）"]
T_READS = ["阅读 3216"]
T_RMRB = ["《 人民日报 》（ 2026年09月04日 04 版）"]


def gl(line: str, rate: float = 0.7) -> str:
    """The seed's mechanics on one line: s2t, pinyin readings after converted characters, folded marks."""
    return ob.fold(ob.gloss(line, "s2t", "tone", "()", rate))


def dump(a: Art, *, head: list[str] | None = None, crumb: list[str] | None = None, title: str | None = None,
         info: list[str] | None = None, tail: list[str] | None = None, paras: list[str] | None = None,
         ind: str = IDS, sep: str = "\n\n", nl: str = "\n", g: Callable[[str], str] | None = None,
         nbsp: bool = True, wrap: int = 0, final_nl: bool = True) -> str:
    """A farm dump: header lines, NBSP line, crumb, NBSP line, title, info, indented paragraphs, tail."""
    f = g or (lambda s: s)
    lines: list[str] = []
    for h in head if head is not None else [SPAM]:
        lines += [h, ""]
    if nbsp:
        lines += ["\xa0"]
    lines += [f(c) for c in (crumb if crumb is not None else [CRUMB])]
    if nbsp:
        lines += ["\xa0"]
    lines += ["", f(title if title is not None else a[0]), "", ""]
    if info:
        lines += [*info, ""]
    text = "\n".join(lines)
    body = []
    for p in paras if paras is not None else a[1]:
        p = f(p)
        if wrap:
            p = "\n".join(p[i:i + wrap] for i in range(0, len(p), wrap))
        body.append(ind + p)
    text += sep.join(body)
    if tail:
        text += "\n\n" + "\n\n".join(f(x) for x in tail)
    if final_nl:
        text += "\n"
    return text.replace("\n", nl)


def body(a: Art, drop: tuple[int, ...] = ()) -> str:
    return "\n".join(p for i, p in enumerate(a[1]) if i not in drop and i - len(a[1]) not in drop)


def tc(name: str, group: str, a: Art, text: str, meta: dict[str, object] | None = None, bod: str | None = None,
       title: str | None = None, codec: str = "utf-8") -> Case:
    return Case(name, group, {f"{name}.txt": text.encode(codec)},
                [Exp(title if title is not None else a[0], bod if bod is not None else body(a), meta or {})])


def outlets() -> list[Case]:
    """Other outlets' datelines, bylines and article formats, each under a different farm dress."""
    c: list[Case] = []
    c.append(tc("o_rmrb_edition_tail", "o", t.RMRB, dump(t.RMRB, tail=[*T_RMRB, "（责编：李想、王蕾）"]), {"publisher": "人民日报", "author": "孙海燕"}))
    c.append(tc("o_rmrb_crumb_ninxianzai", "o", t.RMRB, dump(t.RMRB, head=[H_SITE], crumb=["您现在的位置：首页 > 新闻中心 > 国内新闻"], tail=T_RELATED), {"author": "孙海燕"}))
    c.append(tc("o_cns_wan_end", "o", t.CNS, dump(t.CNS, tail=T_EDITOR + T_SHARE), {"publisher": "中新社", "author": "韩雪松"}))
    c.append(tc("o_cns_login_header", "o", t.CNS, dump(t.CNS, head=[H_LOGIN, SPAM], crumb=["位置：首页 >> 旅游 >> 正文"], tail=T_PREVNEXT), {"publisher": "中新社"}))
    c.append(tc("o_xjb_lead", "o", t.XJB, dump(t.XJB, tail=["编辑 刘畅 校对 王心", *T_TAGS]), {"publisher": "新京报", "author": "赵一鸣"}))
    c.append(tc("o_xjb_site_date_header", "o", t.XJB, dump(t.XJB, head=[H_SITE, H_DATE], crumb=["首页 > 新闻 > 正文"], tail=T_ICP), {"publisher": "新京报"}))
    c.append(tc("o_caixin_bracket_lead", "o", t.CAIXIN, dump(t.CAIXIN, tail=T_DISCLAIMER + T_LINKS), {"publisher": "财新网", "author": "钱明远"}))
    c.append(tc("o_paper_byline_line", "o", t.PAPER, dump(t.PAPER, tail=["澎湃新闻报料：021-00000000", *T_QR]), {"author": "陈思远"}, bod=body(t.PAPER, (0,))))
    c.append(tc("o_cctv_xiaoxi", "o", t.CCTV, dump(t.CCTV, head=[H_UNDER], tail=T_LIKE + T_COMMENTS), {"publisher": "央视网"}))
    c.append(tc("o_gmrb_byline_line", "o", t.GMRB, dump(t.GMRB, crumb=["首页 » 教育 » 正文"], tail=["来源：光明日报", *T_REPOST]), {"publisher": "光明日报", "author": "周晓岚"}, bod=body(t.GMRB, (0,))))
    c.append(tc("o_jjrb_numbered_subheads", "o", t.JJRB, dump(t.JJRB, info=["来源：经济日报　作者：李华　2026-09-09 07:30"], tail=T_RELATED),
                {"publisher": "经济日报", "author": "李华", "published": "2026-09-09"}))
    c.append(tc("o_qiushi_author_unit", "o", t.QIUSHI, dump(t.QIUSHI, info=["来源：求是网　发布时间：2026-09-05"], tail=T_PREVNEXT + T_TOP),
                {"publisher": "求是网", "published": "2026-09-05"}))
    c.append(tc("o_notice_signature", "o", t.NOTICE, dump(t.NOTICE, crumb=["您的位置：网站首页 - 通知公告 - 内容"], tail=["【打印本页】【关闭窗口】"])))
    c.append(tc("o_notice_no_indent_sig", "o", t.NOTICE, dump(t.NOTICE, ind="", tail=T_SHARE + T_READS)))
    c.append(tc("o_table_tabs", "o", t.TABLE, dump(t.TABLE, tail=T_TAGS + T_PREVNEXT)))
    tbl_sp = (t.TABLE[0], [p.replace("\t", "    ") for p in t.TABLE[1]])
    c.append(tc("o_table_spaces", "o", tbl_sp, dump(tbl_sp, tail=T_RELATED)))
    c.append(tc("o_dajizhe_qa", "o", t.DAJIZHE, dump(t.DAJIZHE, head=H_KW_LINES, info=["2026-09-02 16:40　来源：市人社局"], tail=T_EDITOR),
                {"published": "2026-09-02"}))
    c.append(tc("o_short_two_paras", "o", t.SHORT, dump(t.SHORT, tail=T_RELATED + T_ICP)))
    c.append(tc("o_short_two_paras_bare", "o", t.SHORT, dump(t.SHORT, head=[], crumb=[], nbsp=False)))
    c.append(tc("o_subheads_squares", "o", t.SUBHEADS, dump(t.SUBHEADS, tail=T_LIKE + T_SHARE)))
    c.append(tc("o_numbered_list", "o", t.NUMBERED, dump(t.NUMBERED, head=[H_PIPE], tail=T_DISCLAIMER)))
    c.append(tc("o_long_report", "o", t.LONG, dump(t.LONG, tail=T_RELATED + T_LINKS + T_ICP)))
    c.append(tc("o_long_report_comments", "o", t.LONG, dump(t.LONG, tail=[*T_COMMENTS, "网友“老张”：我们这里也在变。", "网友“阿宁”：希望越来越好！"])))
    return c


def farm() -> list[Case]:
    """Headers, breadcrumbs and footers of other shapes and orders around one article."""
    a = t.WRAP
    c: list[Case] = []
    c.append(tc("f_kw_three_lines", "f", a, dump(a, head=H_KW_LINES)))
    c.append(tc("f_kw_pipes", "f", a, dump(a, head=[H_PIPE])))
    c.append(tc("f_kw_underscores", "f", a, dump(a, head=[H_UNDER])))
    c.append(tc("f_site_name_line", "f", a, dump(a, head=[H_SITE, H_LOGIN])))
    c.append(tc("f_farm_date_line", "f", a, dump(a, head=[SPAM, H_DATE])))
    c.append(tc("f_login_register_brackets", "f", a, dump(a, head=[H_LOGIN2, SPAM])))
    c.append(tc("f_nav_line_then_crumb", "f", a, dump(a, head=[SPAM, H_NAV], crumb=["首页 > 新闻 > 正文"])))
    c.append(tc("f_crumb_slash", "f", a, dump(a, crumb=["首页 / 本地 / 正文"])))
    c.append(tc("f_crumb_gt_nospace", "f", a, dump(a, crumb=["当前位置：首页>本地新闻>正文"])))
    c.append(tc("f_crumb_trailing_gt", "f", a, dump(a, crumb=["首页 > 本地新闻 >"])))
    c.append(tc("f_crumb_ninxianzai_shi", "f", a, dump(a, crumb=["您现在的位置是：首页 > 本地"])))
    c.append(tc("f_tail_all_furniture", "f", a, dump(a, tail=T_TAGS + T_SHARE + T_LIKE + T_PREVNEXT + T_RELATED + T_QR + T_LINKS + T_ICP)))
    c.append(tc("f_tail_repost_statement", "f", a, dump(a, tail=T_REPOST + T_PREVNEXT)))
    c.append(tc("f_tail_comments_count", "f", a, dump(a, tail=["评论(3)", "网友：希望其他市场也尽快改造。", "网友：点赞！"])))
    c.append(tc("f_tail_top_print", "f", a, dump(a, tail=T_TOP + T_ICP)))
    c.append(tc("f_tail_reads_editor", "f", a, dump(a, tail=T_READS + T_EDITOR + ["来源：城市晚报"]), {"publisher": "城市晚报"}))
    c.append(tc("f_info_above_title", "f", a, dump(a, title=a[0], head=[SPAM], crumb=[CRUMB, "发布时间：2026-09-03 09:12　浏览次数：328"]), {"published": "2026-09-03"}))
    c.append(tc("f_info_line_lots", "f", a, dump(a, info=["时间：2026-09-03 09:12 | 来源：城市晚报 | 作者：孙立 | 浏览：1024 | 【字体：大 中 小】"]),
                {"published": "2026-09-03", "publisher": "城市晚报", "author": "孙立"}))
    c.append(tc("f_info_two_lines", "f", a, dump(a, info=["2026-09-03 09:12:45", "来源：城市晚报　编辑：admin"]), {"published": "2026-09-03", "publisher": "城市晚报"}))
    c.append(tc("f_title_line_site_suffix", "f", a, dump(a, title=a[0] + " - 城市资讯网")))
    c.append(tc("f_title_repeated_below", "f", a, dump(a, head=[a[0] + "_城市资讯网", SPAM], crumb=["首页 > 本地 > 正文"])))
    c.append(tc("f_spam_middle_and_bottom", "f", a, dump(a, tail=[SPAM, "\xa0", CRUMB])))
    c.append(tc("f_qr_lines_top", "f", a, dump(a, head=[SPAM, "手机扫码阅读", "微信扫一扫 分享到朋友圈"])))
    return c


def seedlike() -> list[Case]:
    """The seed's text mechanics combined with other outlets and other furniture."""
    c: list[Case] = []
    c.append(tc("s_cns_glossed", "s", t.CNS, dump(t.CNS, g=gl, ind=EM, final_nl=False), {"publisher": "中新社"}))
    c.append(tc("s_xjb_glossed_tail", "s", t.XJB, dump(t.XJB, g=gl, ind=EM, tail=T_PREVNEXT + T_RELATED), {"publisher": "新京报"}))
    c.append(tc("s_jjrb_glossed_subheads", "s", t.JJRB, dump(t.JJRB, g=gl, ind=EM)))
    c.append(tc("s_notice_glossed", "s", t.NOTICE, dump(t.NOTICE, g=gl, ind=EM)))
    c.append(tc("s_dajizhe_glossed", "s", t.DAJIZHE, dump(t.DAJIZHE, g=gl, ind=EM)))
    c.append(tc("s_rmrb_glossed_edition", "s", t.RMRB, dump(t.RMRB, g=gl, ind=EM, tail=T_RMRB), {"publisher": "人民日报"}))
    c.append(tc("s_crlf_kw_header", "s", t.CCTV, dump(t.CCTV, head=H_KW_LINES, nl="\r\n", tail=T_ICP), {"publisher": "央视网"}))
    c.append(tc("s_crlf_glossed", "s", t.SUBHEADS, dump(t.SUBHEADS, g=gl, ind=EM, nl="\r\n")))
    c.append(tc("s_no_blank_lines", "s", t.NUMBERED, dump(t.NUMBERED, sep="\n", tail=T_SHARE)))
    c.append(tc("s_no_blank_no_indent", "s", t.LONG, dump(t.LONG, sep="\n", ind="")))
    c.append(tc("s_hard_wrapped", "s", t.WRAP, dump(t.WRAP, wrap=30)))
    c.append(tc("s_hard_wrapped_long", "s", t.LONG, dump(t.LONG, wrap=36, tail=T_RELATED)))
    c.append(tc("s_tab_indent", "s", t.CAIXIN, dump(t.CAIXIN, ind="\t"), {"publisher": "财新网"}))
    c.append(tc("s_ascii_space_indent", "s", t.GMRB, dump(t.GMRB, ind="    "), bod=body(t.GMRB, (0,))))
    c.append(tc("s_trailing_spaces", "s", t.QIUSHI, dump(t.QIUSHI, paras=[p + "  " for p in t.QIUSHI[1]])))
    c.append(tc("s_gbk_kw_header", "s", t.XJB, dump(t.XJB, head=[H_PIPE], tail=T_LINKS, nbsp=False), {"publisher": "新京报"}, codec="gbk"))
    two = dump(t.SHORT, tail=["\xa0", t.SECOND[0], *[IDS + p for p in t.SECOND[1]]])
    c.append(tc("s_next_article_appended", "s", t.SHORT, two))
    c.append(tc("s_glossed_table", "s", t.TABLE, dump(t.TABLE, g=gl, ind=EM)))
    return c


INTL = {
    "en": dict(head=["Home | News | World | Business | Sports | Login | Register"], crumb=["Home » News » Local"],
               info=["By Laura Chen", "September 3, 2026 10:15 AM"],
               tail=["Tags: transport, buses, city council", "Share this: Facebook Twitter WhatsApp Email", "Related Posts",
                     "City unveils new cycling map", "Parking fees to rise in October", "Leave a Reply",
                     "Your email address will not be published.", "© 2026 Metro Daily News. All rights reserved.",
                     "Privacy Policy | Terms of Use | Contact Us"],
               meta={"author": "Laura Chen", "published": "2026-09-03"}),
    "ja": dict(head=["ホーム | ニュース | 経済 | スポーツ | ログイン"], crumb=["ホーム > ニュース > 社会"], info=["2026年9月3日 15時20分"],
               tail=["関連記事", "市営バス、運賃を10月から改定", "駅前広場の再整備が完了", "この記事をシェアする", "Copyright © 2026 地域ニュース All rights reserved."],
               meta={"published": "2026-09-03"}),
    "ko": dict(head=["홈 | 정치 | 경제 | 사회 | 로그인 | 회원가입"], crumb=["홈 > 사회 > 일반"], info=["입력 2026.09.03 10:15 수정 2026.09.03 11:02", "김민수 기자"],
               tail=["김민수 기자 minsu@example.kr", "저작권자 © 서울일보 무단전재 및 재배포 금지", "관련기사", "서울시, 청년 월세 지원 확대", "많이 본 뉴스"],
               meta={"published": "2026-09-03", "author": "김민수"}),
    "ru": dict(head=["Главная | Новости | Политика | Экономика | Вход | Регистрация"], crumb=["Главная » Новости » Общество"], info=["03.09.2026, 10:15"],
               tail=["Теги: велосипеды, транспорт", "Поделиться:", "Читайте также", "В парке Горького открыли новую аллею", "© 2026 Городские новости. Все права защищены."],
               meta={"published": "2026-09-03"}),
    "es": dict(head=["Inicio | Noticias | Política | Economía | Deportes | Iniciar sesión | Registrarse"], crumb=["Inicio > Noticias > Sociedad"],
               info=["Por Carlos Méndez", "3 de septiembre de 2026 - 10:15"],
               tail=["Etiquetas: bibliotecas, cultura", "Compartir en Facebook Twitter WhatsApp", "Noticias relacionadas",
                     "La ciudad estrena un nuevo carril bici", "© 2026 Diario Local. Todos los derechos reservados."],
               meta={"published": "2026-09-03", "author": "Carlos Méndez"}),
}
ARTS = {"en": t.EN, "ja": t.JA, "ko": t.KO, "ru": t.RU, "es": t.ES}


def intl() -> list[Case]:
    """The same farm dress in five other languages: menu, crumb, byline and date, then the site's tail."""
    c: list[Case] = []
    for lang, d in INTL.items():
        a = ARTS[lang]
        kw = {k: v for k, v in d.items() if k != "meta"}
        ind = "" if lang != "ja" else "\u3000"
        c.append(tc(f"i_{lang}_farm", "i", a, dump(a, ind=ind, **kw), d["meta"]))  # type: ignore[arg-type]
        c.append(tc(f"i_{lang}_no_blank_crlf", "i", a, dump(a, ind="", sep="\n", nl="\r\n", nbsp=False, **kw), d["meta"]))  # type: ignore[arg-type]
    c.append(tc("i_en_under_cn_spam", "i", t.EN, dump(t.EN, ind="")))
    c.append(tc("i_ja_under_cn_spam_glossed_crumb", "i", t.JA, dump(t.JA, ind="\u3000", crumb=[gl(CRUMB)])))
    return c


def farm_html(a: Art, inner: str, *, title_tag: str = SPAM, extra_top: str = "", tail: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title_tag)}</title></head><body>'
            f'<div class="top">{escape(SPAM)}</div>{extra_top}<div class="weizhi">{escape(CRUMB)}</div>'
            f'<div class="title">{escape(a[0])}</div><div class="content">{inner}</div>{tail}</body></html>')


def htmls() -> list[Case]:
    """Saved .html pages of the same farm: paragraphs as <br> runs, a <pre> dump, a glossed article."""
    c: list[Case] = []
    a = t.DAJIZHE
    br = "<br>".join(IDS + escape(p) + "<br>" for p in a[1])
    tail = '<div class="xg">相关推荐<br>· 我市新增三条公交线路<br>· 城东菜市场完成提升改造</div><div class="foot">Copyright © 2026 城市资讯网 京ICP备12345678号</div>'
    c.append(Case("h_br_paragraphs", "h", {"h_br_paragraphs.html": farm_html(a, br, tail=tail).encode()}, [Exp(a[0], body(a))]))
    pre = escape(dump(t.CNS))
    c.append(Case("h_pre_dump", "h", {"h_pre_dump.html": f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(SPAM)}</title></head><body><pre>{pre}</pre></body></html>'.encode()},
                  [Exp(t.CNS[0], body(t.CNS), {"publisher": "中新社"})]))
    g = t.NOTICE
    inner = "".join(f"<p>{EM}{escape(gl(p))}</p>" for p in g[1])
    c.append(Case("h_glossed_notice", "h", {"h_glossed_notice.html": farm_html((gl(g[0]), g[1]), inner, tail=tail).encode()}, [Exp(g[0], body(g))]))
    tb = t.TABLE
    rows = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in p.split("\t")) + "</tr>" for p in tb[1][1:7])
    inner = f"<p>{escape(tb[1][0])}</p><table>{rows}</table><p>{escape(tb[1][7])}</p>"
    c.append(Case("h_table_farm", "h", {"h_table_farm.html": farm_html(tb, inner, tail=tail).encode()}, [Exp(tb[0], body(tb).replace("\t", " "))]))  # the project joins table cells with a space
    e = t.EN
    en_inner = "".join(f"<p>{escape(p)}</p>" for p in e[1])
    c.append(Case("h_en_farm", "h", {"h_en_farm.html": farm_html(e, en_inner, tail='<div class="tags">Tags: transport, buses</div><div>Share this: Facebook Twitter</div>').encode()},
                  [Exp(e[0], body(e))]))
    return c


def extra() -> list[Case]:
    """A second, harder round: furniture words the vocabularies may not hold, credits of other shapes."""
    a, lg, en = t.WRAP, t.LONG, t.EN
    c: list[Case] = []
    c.append(tc("x_tail_hot_lists", "x", a, dump(a, tail=["热点关注", "· 中秋假期出行指南", "· 我市发布高温预警", "点击排行", "1 我市新增三条公交线路", "2 城东菜市场完成提升改造"])))
    c.append(tc("x_tail_latest_news", "x", a, dump(a, tail=["最新资讯", "我市新增三条公交线路", "城东菜市场完成提升改造", "图片新闻", "市民文化节下月开幕"])))
    c.append(tc("x_tail_source_bracket", "x", lg, dump(lg, tail=["（来源：经济日报　作者：李华）"]), {"publisher": "经济日报", "author": "李华"}))
    c.append(tc("x_tail_source_long_article", "x", lg, dump(lg, tail=["来源：光明网", "责任编辑：王倩"]), {"publisher": "光明网"}))
    c.append(tc("x_byline_wen_slash", "x", a, dump(a, paras=["文/李华　图/王明", *a[1]]), {"author": "李华"}))
    c.append(tc("x_byline_wen_bar", "x", a, dump(a, paras=["文｜李华", *a[1]]), {"author": "李华"}))
    c.append(tc("x_author_line_top", "x", a, dump(a, paras=["作者：李华", *a[1]]), {"author": "李华"}))
    c.append(tc("x_original_title_line", "x", a, dump(a, paras=["原标题：老市场换新颜", *a[1]])))
    c.append(tc("x_tail_follow_more", "x", a, dump(a, tail=["更多精彩内容，请关注城市资讯微信公众号", "长按识别二维码", "阅读原文"])))
    c.append(tc("x_tail_views_statement", "x", a, dump(a, tail=["声明：本文仅代表作者观点，不代表本站立场。", "本文由城市资讯网原创，转载请注明出处。"])))
    c.append(tc("x_tail_prev_none", "x", a, dump(a, tail=["上一篇：没有了", "下一篇：城东菜市场完成提升改造"])))
    c.append(tc("x_tail_end_marks", "x", a, dump(a, tail=["-END-", "往期推荐", "我市新增三条公交线路", "城东菜市场完成提升改造"])))
    c.append(tc("x_spam_line_mid_body", "x", a, dump(a, paras=[a[1][0], SPAM, *a[1][1:]])))
    c.append(tc("x_farm_stamp_above_crumb", "x", a, dump(a, head=[SPAM, "2026-09-03 08:00:00 来源：未知 点击：1234"])))
    c.append(tc("x_download_app_tail", "x", a, dump(a, tail=["扫码下载城市资讯客户端", "打开APP 阅读更多精彩内容"])))
    c.append(tc("x_en_wordpress_tail", "x", en, dump(en, ind="", head=["Skip to content", "Menu", "Metro Daily News"], crumb=[],
                                                         tail=["Posted in News | Tagged buses, transport | Leave a comment", "Filed Under: Local News",
                                                               "Subscribe to our newsletter", "Search for:"])))
    c.append(tc("x_en_read_more_links", "x", en, dump(en, ind="", head=["Metro Daily News - Your city, your news"], crumb=["Home / News / Local"],
                                                          tail=["Read More:", "Parking fees to rise in October", "About Us | Advertise | Careers | Contact"])))
    c.append(tc("x_ru_telegram_tail", "x", t.RU, dump(t.RU, ind="", head=["Сегодня: 3 сентября 2026"], crumb=["Главная / Новости"],
                                                         tail=["Подписывайтесь на наш Telegram-канал", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"])))
    c.append(tc("x_es_siguenos_tail", "x", t.ES, dump(t.ES, ind="", head=["Diario Local | Noticias de tu ciudad"], crumb=["Portada » Sociedad"],
                                                         tail=["Síguenos en Facebook y X", "Ver comentarios", "Más información"])))
    c.append(tc("x_ja_writer_tail", "x", t.JA, dump(t.JA, ind="\u3000", head=["地域ニュース"], crumb=["トップ > 社会"],
                                                       tail=["この記事を書いた人", "編集部", "次の記事へ"])))
    return c


def third() -> list[Case]:
    """A third round: credits and duplicates a farm's paste leaves in the body, entities, one-line tails."""
    a, sh = t.WRAP, t.SHORT
    c: list[Case] = []
    c.append(tc("y_bracket_byline_line", "y", a, dump(a, paras=["（记者 李华 通讯员 王明）", *a[1]]), {"author": "李华"}))
    c.append(tc("y_reporter_line_baodao", "y", a, dump(a, paras=["记者 李华 通讯员 王明 报道", *a[1]]), {"author": "李华"}))
    c.append(tc("y_headline_repeated_in_body", "y", a, dump(a, paras=[a[0], *a[1]])))
    ent = [p.replace("“", "&ldquo;").replace("”", "&rdquo;") for p in a[1]]
    c.append(tc("y_html_entities_in_dump", "y", a, dump(a, paras=ent, ind="&nbsp;&nbsp;&nbsp;&nbsp;")))
    c.append(tc("y_source_editor_one_line", "y", t.LONG, dump(t.LONG, tail=["本文来源：经济日报　责任编辑：王倩"])))
    c.append(tc("y_short_tail_mixed", "y", sh, dump(sh, tail=["【免责声明】本文仅代表作者个人观点，与本网无关。", "【纠错】", "分享到：", "0"])))
    c.append(tc("y_title_glossed_site_suffix", "y", t.XJB, dump(t.XJB, g=gl, ind=EM, title=t.XJB[0] + "_城市资讯网"), {"publisher": "新京报"}))
    c.append(tc("y_two_crumbs_and_stamp", "y", a, dump(a, crumb=["首页 > 新闻 > 正文", "2026-09-03 09:12 来源：城市晚报"]), {"published": "2026-09-03", "publisher": "城市晚报"}))
    c.append(tc("y_keywords_line_tail", "y", a, dump(a, tail=["关键词：农贸市场 改造 菜篮子", "责任编辑：王倩"])))
    c.append(tc("y_en_byline_ap_dateline", "y", t.EN, dump(t.EN, ind="", head=["Metro Daily News"], crumb=["Home » Local"], info=["By LAURA CHEN Associated Press", "Published 10:15 AM EDT, September 3, 2026"]),
                {"author": "LAURA CHEN", "published": "2026-09-03"}))
    return c


def glossed_tails() -> list[Case]:
    """The whole page converted like the seed: the farm's furniture glossed too."""
    a = t.WRAP
    c: list[Case] = []
    tails = {"all": [*T_TAGS, *T_SHARE, *T_LIKE, *T_PREVNEXT, *T_RELATED, *T_QR, *T_LINKS, *T_ICP],
             "comments": ["评论(3)", "网友：希望其他市场也尽快改造。", "网友：点赞！"],
             "lists": ["热点关注", "· 中秋假期出行指南", "点击排行", "1 我市新增三条公交线路"],
             "promos": ["更多精彩内容，请关注城市资讯微信公众号", "长按识别二维码", "阅读原文", "-END-"],
             "footer_links": ["关于我们 | 联系我们 | 网站地图 | 免责声明", "返回顶部", "（责任编辑：张敏）"],
             "statement": ["声明：本文仅代表作者观点，不代表本站立场。", "上一篇：没有了"]}
    for key, tail in tails.items():
        c.append(tc(f"g_{key}", "g", a, dump(a, g=gl, ind=EM, tail=tail, final_nl=False)))
    c.append(tc("g_credit_and_duplicate_title", "g", a, dump(a, g=gl, ind=EM, paras=["文/李华", a[0], *a[1]]), {"author": "李华"}))
    c.append(tc("g_crumb_ends_with_title", "g", a, dump(a, g=gl, ind=EM, crumb=[f"首页 > 新闻 > 正文 > {a[0]}"])))
    c.append(tc("g_info_line_jiucuo", "g", a, dump(a, g=gl, ind=EM, info=["2026年09月03日 10:12　来源：城市晚报　【我要纠错】"]), {"published": "2026-09-03", "publisher": "城市晚报"}))
    c.append(tc("g_comment_box_participants", "g", a, dump(a, g=gl, ind=EM, tail=["网友评论", "已有0人参与", "登录 | 注册", "发表"])))
    c.append(tc("g_notice_issuer_date", "g", t.NOTICE, dump(t.NOTICE, g=lambda x: gl(x, 1.0), ind=EM)))
    return c


def build_all() -> list[Case]:
    return outlets() + farm() + seedlike() + intl() + htmls() + extra() + third() + glossed_tails()
