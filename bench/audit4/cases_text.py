# ruff: noqa: E501
"""Audit4 text-dump cases: seed-like Chinese dumps, the seed recipe, non-Chinese dumps, in-body extras."""

from __future__ import annotations

from html import escape

from articles import (
    EN_WIRE,
    ES_NEWS,
    JA_NEWS,
    RU_NEWS,
    ZH_BRACKET,
    ZH_FLASH,
    ZH_LONG,
    ZH_QUOTE,
    ZH_SUBHEADS,
    Article,
)
from build import CRUMB, IND, SPAM, Case, Exp, _obf, body, dump, hcase, page, ps, tcase


def dump_cases() -> list[Case]:
    f, s, q, lg, br = ZH_FLASH, ZH_SUBHEADS, ZH_QUOTE, ZH_LONG, ZH_BRACKET
    cs = [
        tcase("d_en_seo_header", f, dump(f, ["Best Free Movies Online 2026 - Watch HD Streaming Full Episodes | freemovies4k.example"], CRUMB)),
        tcase("d_site_domain_header", f, dump(f, ["新闻资讯网-www.xwzx365.com-最新最全的新闻资讯门户"], CRUMB)),
        tcase("d_three_headers", f, dump(f, [SPAM, "欢迎访问新闻资讯网 www.xwzx365.com 设为首页 加入收藏", "热门搜索：久久精品 高清影院 免费电影"], CRUMB)),
        tcase("d_spam_in_title_line", f, dump(f, [SPAM], CRUMB, title=f.title + "_新闻资讯网")),
        tcase("d_spam_in_title_line_dash", f, dump(f, [SPAM], CRUMB, title=f.title + "-久久精品国产免费观看")),
        tcase("d_page_title_line_two_suffixes", f, dump(f, [f.title + " - 新闻资讯网 - www.xwzx365.com"], CRUMB)),
        tcase("d_page_title_line_en_site", f, dump(f, [f.title + " | News Portal"], CRUMB)),
        tcase("d_title_date_suffix", f, dump(f, [SPAM], CRUMB, title=f.title + " 2026-09-03")),
        tcase("d_keywords_at_end", f, dump(f, [SPAM], CRUMB, tail=["关键词：长江 航道 水位 货轮", "", "标签：久久精品 免费观看 高清影院", "", SPAM])),
        tcase("d_crumb_ninxianzai", f, dump(f, [SPAM], ["您现在的位置是：网站首页>新闻中心>社会新闻"])),
        tcase("d_crumb_arrow", f, dump(f, [SPAM], ["位置：首页 → 新闻 → 正文"])),
        tcase("d_crumb_slash", f, dump(f, [SPAM], ["首页 / 资讯 / 正文"])),
        tcase("d_crumb_guillemet", f, dump(f, [SPAM], ["当前位置：主页 » 新闻动态 » 国内"])),
        tcase("d_crumb_two_lines", f, dump(f, [SPAM], ["当前位置：", "首页 > 新闻中心 > 国内新闻"])),
        tcase("d_info_src_author_time", s, dump(s, [SPAM], CRUMB, info=["来源：人民日报　作者：陶蕴　发布时间：2026-09-01 08:30"]), ("publisher", "author", "published")),
        tcase("d_info_time_first", s, dump(s, [SPAM], CRUMB, info=["2026-09-01 08:30:12　来源：人民日报　编辑：admin"]), ("publisher", "published")),
        tcase("d_info_before_title", s, dump(s, [SPAM], CRUMB, pre_title=["发布时间：2026年09月01日 08:30　来源：人民日报", ""]), ("publisher", "published")),
        tcase("d_source_with_url", s, dump(s, [SPAM], CRUMB, info=["来源：人民网 http://edu.people.com.cn/n1/2026/0901/c1006.html　2026-09-01"]), ("published",), extra={"publisher": "人民网"}),
        tcase("d_editor_tail", f, dump(f, [SPAM], CRUMB, tail=["（责任编辑：李明　校对：王芳）", "", "本文来源：新华社"])),
        tcase("d_subheads_list", s, dump(s, [SPAM], CRUMB), ("author",), extra={"publisher": None}),
        tcase("d_subheads_noindent", s, dump(s, [SPAM], CRUMB, indent=""), ("author",), extra={"publisher": None}),
        tcase("d_quote_spanning", q, dump(q, [SPAM], CRUMB, paras=("本报记者 郑一帆", *q.paras)), ("author",)),
        tcase("d_one_para", f, dump(f, [SPAM], CRUMB), ("publisher", "author"), extra={"published": None}),
        tcase("d_long_15", lg, dump(lg, [SPAM], CRUMB), ("publisher", "author"), extra={"published": None}),
        tcase("d_title_brackets", br, dump(br, [SPAM], CRUMB), ("publisher", "author"), extra={"published": None}),
        tcase("d_gbk_nobom", lg, dump(lg, [SPAM], CRUMB), ("publisher",), codec="gbk"),
    ]
    for i, info in enumerate(["2026年09月01日 08:30", "2026/9/1 8:30:12", "发布时间：2026-09-01T08:30:00+08:00",
                              "时间：2026.09.01", "发布于 2026年9月1日 星期二", "2026-09-01 08:30 星期二",
                              "日期：二〇二六年九月一日", "[2026-09-01]", "发布日期：20260901"]):
        cs.append(tcase(f"d_time_{i}", s, dump(s, [SPAM], CRUMB, info=[info]), ("published",), note=info))
    return cs


def seed_cases() -> list[Case]:
    """Seed recipe (s2t + tone readings + folded marks) under the new header/crumb/info forms."""
    o = _obf()
    f, s, q, br, lg = ZH_FLASH, ZH_SUBHEADS, ZH_QUOTE, ZH_BRACKET, ZH_LONG

    def sl(a: Article, paras: tuple[str, ...] | None = None) -> tuple[str, tuple[str, ...]]:
        return o.gloss(a.title, "s2t"), tuple(o.fold(o.gloss(p, "s2t")) for p in (paras or a.paras))

    crumb = [o.gloss("当前位置", "s2t") + " : " + o.gloss("首页", "s2t") + " > " + o.gloss("资讯中心", "s2t") + " > " + o.gloss("时政要闻", "s2t")]
    out = []
    t, ps_ = sl(f)
    out.append(tcase("z_seed_en_header", f, dump(f, ["Watch Free HD Movies Online - Full Episodes - No Sign Up - 2026"], crumb, title=t, paras=ps_, indent="  ")))
    out.append(tcase("z_seed_domain_header", f, dump(f, ["久久影院-www.jjyy8.com-最新电影免费在线观看"], crumb, title=t, paras=ps_, indent="  ")))
    out.append(tcase("z_seed_title_suffix", f, dump(f, [SPAM], crumb, title=t + "_" + o.gloss("新闻资讯网", "s2t"), paras=ps_, indent="  ")))
    t, ps_ = sl(s)
    out.append(tcase("z_seed_subheads", s, dump(s, [SPAM], crumb, title=t, paras=ps_, indent="  "), ("author",)))
    t, ps_ = sl(q, ("本报记者 郑一帆", *q.paras))
    out.append(tcase("z_seed_quote_byline", q, dump(q, [SPAM], crumb, title=t, paras=ps_, indent="  "), ("author",)))
    t, ps_ = sl(br)
    out.append(tcase("z_seed_bracket_title", br, dump(br, [SPAM], crumb, title=t, paras=ps_, indent="  "), ("publisher",)))
    t, ps_ = sl(lg)
    out.append(tcase("z_seed_long_keywords_end", lg, dump(lg, [SPAM], crumb, title=t, paras=ps_, indent="  ",
                                                        tail=[o.gloss("关键词：苹果 洛川 电商", "s2t"), "", SPAM]), ("publisher",)))
    t, ps_ = sl(f)
    out.append(tcase("z_seed_info_tw", f, dump(f, [SPAM], crumb, title=t, paras=ps_, indent="  ",
                                             info=[o.fold(o.gloss("发布时间：2026-09-03 10:21　来源：新华社　作者：钟岚", "s2t"))]), ("publisher", "author", "published")))
    big = tuple(p for art in (lg, s, q) for p in art.paras) + lg.paras[:5]  # 35 paragraphs, subheads and a list inside
    long_a = Article("zh_long35", "zh", lg.title, big, lg.publisher)
    t, ps_ = sl(long_a)
    out.append(tcase("z_seed_long_35", long_a, dump(long_a, [SPAM], crumb, title=t, paras=ps_, indent="  ")))
    return out


def intl_cases() -> list[Case]:
    """Non-Chinese spam-farm text dumps and byline/date spans on English/Spanish pages."""
    e, r, s, j = EN_WIRE, RU_NEWS, ES_NEWS, JA_NEWS
    en_dump = ("Free Movies HD | Watch Online 2026 | Best Streaming Site\n\nHome » News » World\n\n" + e.title + "\n\nBy Martha Reyes | October 14, 2026\n\n"
               + "\n\n".join(e.paras) + "\n\nShare this article: Facebook | Twitter | Email\n\nRead more: Island schools prepare for winter\n")
    ru_dump = ("Смотреть фильмы онлайн бесплатно в хорошем качестве HD 2026\n\nГлавная / Новости / Общество\n\n" + r.title + "\n\n15.10.2026 14:20\n\n"
               + "\n\n".join(r.paras) + "\n\nЧитайте также: В Казани продлят работу катков\n")
    es_dump = ("Ver películas online gratis en español HD - Estrenos 2026\n\nInicio > Noticias > Sociedad\n\n" + s.title + "\n\n"
               + "\n\n".join(s.paras) + "\n\nCompartir en Facebook · Twitter · WhatsApp\n")
    ja_dump = ("無料動画 見放題 アニメ 映画 ドラマ 2026 最新\n\nホーム > ニュース > 地域\n\n" + j.title + "\n\n"
               + "\n\n".join("　" + p for p in j.paras) + "\n\nこの記事をシェアする　Twitter　Facebook　LINE\n")
    out = [
        Case("x_en_dump", "intl", {"en.txt": en_dump.encode()}, [Exp(e.title, body(e), {"author": "Martha Reyes", "published": "2026-10-14"})]),
        Case("x_ru_dump_1251", "intl", {"ru.txt": ru_dump.encode("cp1251")}, [Exp(r.title, body(r), {"published": "2026-10-15"})]),
        Case("x_es_dump_latin1", "intl", {"es.txt": es_dump.encode("latin-1")}, [Exp(s.title, body(s))]),
        Case("x_ja_dump_sjis", "intl", {"ja.txt": ja_dump.encode("shift_jis")}, [Exp(j.title, body(j))]),
    ]
    for i, d in enumerate(["Oct. 14, 2026", "October 14, 2026 at 8:05 a.m. EDT", "Published 14/10/2026", "Updated: Wed 14 Oct 2026 08.05 BST"]):
        html = page(e.title, f'<h1>{escape(e.title)}</h1><div class="meta"><span class="by">By Martha Reyes</span> <span class="date">{d}</span></div><div class="story">{ps(e.paras)}</div>', lang="en")
        out.append(Case(f"x_en_byline_date_{i}", "intl", {f"b{i}.html": html.encode()}, [Exp(e.title, body(e), {"author": "Martha Reyes", "published": "2026-10-14"})], note=d))
    html = page(s.title, f'<h1>{escape(s.title)}</h1><div class="meta"><span>Por Lucía Pereda</span> <span>20/03/2026 - 10:15 h</span></div><div class="story">{ps(s.paras)}</div>', lang="es")
    out.append(Case("x_es_byline_ddmm", "intl", {"es.html": html.encode()}, [Exp(s.title, body(s), {"author": "Lucía Pereda", "published": "2026-03-20"})]))
    return out


def extra_cases() -> list[Case]:
    """Counters, WeChat promotions, injected keyword links, table sidebars, English dump furniture."""
    f, e, lg = ZH_FLASH, EN_WIRE, ZH_LONG
    inj = f.paras[0][:40] + "久久精品国产免费观看" + f.paras[0][40:]
    side = "".join(f"<tr><td><a href='/n/{i}.html'>{t}</a><br>{d}</td></tr>" for i, (t, d) in enumerate([
        ("汉江流域迎来秋汛 沿线城市加强防范", "受持续降雨影响，汉江上游来水明显增加，沿线多个城市启动防汛应急响应，加强堤防巡查。"),
        ("三峡水库开始175米试验性蓄水", "三峡水库今天开始今年的175米试验性蓄水，起蓄水位约为150米，预计10月底蓄满。"),
        ("武汉港集装箱吞吐量同比增长一成", "今年前8个月，武汉港完成集装箱吞吐量180万标箱，同比增长百分之十，外贸航线持续加密。"),
        ("长江干线船舶污染防治取得新进展", "长江干线港口已全部具备船舶污染物接收能力，今年以来累计接收生活垃圾和含油污水数千吨。")]))
    tbl = (f'<table><tr><td width="650" valign="top"><table><tr><td align="center"><b>{f.title}</b></td></tr><tr><td>{IND}{f.paras[0]}</td></tr></table></td>'
           f'<td width="300" valign="top"><table><tr><td><b>热点新闻</b></td></tr>{side}</table></td></tr></table>')
    qr = f'<h1>{lg.title}</h1><div class="content">{ps(lg.paras[:2])}<p>扫码关注“三农观察”公众号，获取更多资讯</p><p><img src="/qr.png"></p>{ps(lg.paras[2:])}</div>'
    link = f'<h1>{f.title}</h1><div class="content"><p>{f.paras[0][:40]}<a href="http://jjyy8.example">久久精品国产免费观看</a>{f.paras[0][40:]}</p></div>'
    en_ck = (f"We use cookies to improve your experience. Accept all cookies\n\n{e.title}\n\n" + "\n\n".join(e.paras)
             + "\n\n3 comments\n\nLeave a Reply\n\nYour email address will not be published.\n")
    return [
        tcase("e_view_counter_line", f, dump(f, [SPAM], CRUMB, info=["字号：大 中 小", "浏览次数：1234"])),
        tcase("e_spam_words_in_para", f, dump(f, [SPAM], CRUMB, paras=(inj,))),
        hcase("e_spam_link_in_para", f, page(f.title, link)),
        hcase("e_wechat_promo_mid_body", lg, page(lg.title, qr), ()),
        hcase("e_table_short_article_sidebar", f, page(f.title + "_新闻资讯网", tbl), ()),
        Case("e_en_dump_cookie_comments", "intl", {"en.txt": en_ck.encode()}, [Exp(e.title, body(e))]),
    ]
