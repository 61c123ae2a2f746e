# ruff: noqa: E501
"""Audit4 cases: seed-like dumps and real-site page shapes the earlier audits held fixed.

Every case is deterministic (no randomness except seeded obfuscation from bench/audit3). A case
holds the bytes of one input file (or a directory / WARC of several), the expected records and the
CLI exit code. Boilerplate wording (spam headers, crumbs, share bars) is written for this audit.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from articles import (
    EN_LIVE,
    EN_WIRE,
    ES_NEWS,
    JA_NEWS,
    RU_NEWS,
    ZH_BRACKET,
    ZH_FLASH,
    ZH_LONG,
    ZH_QUOTE,
    ZH_SUBHEADS,
    ZH_TW,
    Article,
)

SPAM = "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清-成人无码视频在线播放"
IND = "\u3000\u3000"


@dataclass
class Exp:
    """One expected output record (None = not checked)."""
    title: str | None
    body: str | None
    meta: dict[str, object] = field(default_factory=dict)
    status: str = "ok"
    flags_absent: tuple[str, ...] = ()


@dataclass
class Case:
    name: str
    group: str
    files: dict[str, bytes]  # relative path -> bytes; the CLI gets the first path (or the dir)
    exp: list[Exp]
    rc: int = 0
    args: list[str] = field(default_factory=list)
    as_dir: bool = False
    note: str = ""


def body(a: Article, skip: int = 0) -> str:
    return "\n".join(a.paras[skip:])


def meta(a: Article, *keys: str) -> dict[str, object]:
    vals = {"publisher": a.publisher, "author": a.author, "published": a.date}
    return {k: vals[k] for k in keys}


def dump(a: Article, head: list[str], crumb: list[str], info: list[str] | None = None, tail: list[str] | None = None,
         title: str | None = None, indent: str = IND, paras: tuple[str, ...] | None = None, pre_title: list[str] | None = None) -> str:
    """A seed-shaped text dump: header lines, NBSP lines, crumb, title, indented paragraphs."""
    out: list[str] = []
    for h in head:
        out += [h, ""]
    out += [" "]
    out += crumb
    out += [" ", ""]
    out += pre_title or []
    out += [title if title is not None else a.title, "", ""]
    if info:
        out += [*info, ""]
    for p in paras if paras is not None else a.paras:
        out += [indent + p, ""]
    out += tail or []
    return "\n".join(out) + "\n"


def tcase(name: str, a: Article, text: str, keys: tuple[str, ...] = ("publisher",), codec: str = "utf-8",
          title: str | None = None, bod: str | None = None, note: str = "", extra: dict[str, object] | None = None) -> Case:
    m = meta(a, *keys) | (extra or {})
    return Case(name, "dump", {f"{name}.txt": text.encode(codec)},
                [Exp(title if title is not None else a.title, bod if bod is not None else body(a), m)], note=note)


CRUMB = ["当前位置 : 首页 > 新闻中心 > 国内新闻"]


def dump_cases() -> list[Case]:
    f, s, q, lg, br = ZH_FLASH, ZH_SUBHEADS, ZH_QUOTE, ZH_LONG, ZH_BRACKET
    cs = [
        tcase("d_en_seo_header", f, dump(f, ["Best Free Movies Online 2026 - Watch HD Streaming Full Episodes | freemovies4k.example"], CRUMB)),
        tcase("d_site_domain_header", f, dump(f, ["新闻资讯网-www.xwzx365.com-最新最全的新闻资讯门户"], CRUMB)),
        tcase("d_three_headers", f, dump(f, [SPAM, "欢迎访问新闻资讯网 www.xwzx365.com 设为首页 加入收藏", "热门搜索：久久精品 高清影院 免费电影"], CRUMB)),
        tcase("d_spam_in_title_line", f, dump(f, [SPAM], CRUMB, title=f.title + "_新闻资讯网")),
        tcase("d_spam_in_title_line_dash", f, dump(f, [SPAM], CRUMB, title=f.title + "-久久精品国产免费观看")),
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


def page(title_tag: str, body_html: str, charset: str | None = "utf-8", lang: str = "zh-CN", head: str = "") -> str:
    meta_cs = f'<meta charset="{charset}">' if charset else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{meta_cs}<title>{escape(title_tag)}</title>{head}</head>\n<body>\n{body_html}\n</body></html>\n')


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paras)


def hcase(name: str, a: Article, html: str, keys: tuple[str, ...] = ("publisher",), codec: str = "utf-8", bod: str | None = None,
          title: str | None = None, args: list[str] | None = None, note: str = "", flags_absent: tuple[str, ...] = ()) -> Case:
    return Case(name, "html", {f"{name}.html": html.encode(codec, errors="strict")},
                [Exp(title if title is not None else a.title, bod if bod is not None else body(a), meta(a, *keys), flags_absent=flags_absent)],
                args=args or [], note=note)


def moji(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def farm(a: Article, lang: str, spam_title: str, crumb: str, share: str, readmore: str, related: tuple[str, list[str]],
         comments: tuple[str, list[str]], cookie: str, info: str, charset: str | None, paras: list[str] | None = None,
         title_html: str | None = None) -> str:
    rel = f'<div class="related"><h3>{related[0]}</h3><ul>' + "".join(f'<li><a href="/n/{i}.html">{escape(t)}</a></li>' for i, t in enumerate(related[1])) + "</ul></div>"
    com = f'<div class="comments"><h3>{comments[0]}</h3>' + "".join(f'<div class="comment"><span class="user">user{i}</span><p>{escape(c)}</p></div>' for i, c in enumerate(comments[1])) + "</div>"
    b = (f'<div class="cookie-banner">{cookie} <button>OK</button></div>\n'
         f'<div class="top-spam">{escape(spam_title)}</div>\n<div class="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></div>\n'
         f'<div class="breadcrumb">{crumb}</div>\n<div class="main"><h1>{title_html or escape(a.title)}</h1>\n<div class="info">{info}</div>\n'
         f'<div class="share">{share}</div>\n<div class="content">\n{ps(paras or list(a.paras))}\n<p class="more"><a href="/n/9.html">{readmore}</a></p>\n</div>\n{rel}\n{com}\n</div>\n'
         '<div class="footer">Copyright 2026 newsportal.example</div>')
    return page(spam_title, b, charset, lang)


EN_KW = dict(lang="en", spam_title="Free Movies HD | Watch Online 2026 | Best Streaming Site",
             crumb='<a href="/">Home</a> » <a href="/news/">News</a> » World', share="Share on Facebook | Tweet | WhatsApp | Email",
             readmore="Read more: Island schools prepare for winter timetable",
             related=("Related stories", ["Ferry operator reports fourth annual loss", "Island school gets new roof", "Lobster prices fall again"]),
             comments=("Comments (3)", ["Good news for the islands, finally.", "Who pays when the subsidy runs out?", "My grandfather worked on that boat."]),
             cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.",
             info="By Martha Reyes | Coastline News | October 14, 2026")
RU_KW = dict(lang="ru", spam_title="Смотреть фильмы онлайн бесплатно в хорошем качестве HD 2026",
             crumb='<a href="/">Главная</a> / <a href="/news/">Новости</a> / Общество', share="Поделиться: ВКонтакте | Одноклассники | Telegram",
             readmore="Читайте также: В Казани продлят работу катков",
             related=("Похожие новости", ["В Татарстане откроют новые школы", "Студентам продлили льготы на проезд", "Библиотеки перейдут на электронные билеты"]),
             comments=("Комментарии (2)", ["Отличная идея, давно пора.", "А в Набережных Челнах такое будет?"]),
             cookie="Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
             info="15.10.2026 14:20 | Источник: Казанские ведомости | Автор: Ильдар Сафин")
ES_KW = dict(lang="es", spam_title="Ver películas online gratis en español HD - Estrenos 2026",
             crumb='<a href="/">Inicio</a> &gt; <a href="/noticias/">Noticias</a> &gt; Sociedad', share="Compartir en Facebook · Twitter · WhatsApp",
             readmore="Lee también: La despoblación avanza en Castilla y León",
             related=("Noticias relacionadas", ["Abre una tienda cooperativa en Teruel", "El autobús rural vuelve a Almazán", "Soria pierde 800 habitantes en un año"]),
             comments=("Comentarios (2)", ["¡Qué buena noticia para el pueblo!", "Ojalá cunda el ejemplo."]),
             cookie="Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.",
             info="Por Lucía Pereda | Diario del Duero | 20/03/2026 10:15")
JA_KW = dict(lang="ja", spam_title="無料動画 見放題 アニメ 映画 ドラマ 2026 最新",
             crumb='<a href="/">ホーム</a> &gt; <a href="/news/">ニュース</a> &gt; 地域', share="この記事をシェアする　Twitter　Facebook　LINE",
             readmore="続きを読む：松本城の紅葉ライトアップ始まる",
             related=("関連記事", ["空き家を活用した学生寮が完成", "商店街で朝市が復活", "高校生が地元企業と新商品開発"]),
             comments=("コメント（2）", ["応援しています。今度行きます。", "ケーキが美味しそう。"]),
             cookie="当サイトではクッキーを使用しています。サイトの利用を続けることで同意したものとみなします。",
             info="2026年4月2日 11時30分　信濃日報")


def farm_cases() -> list[Case]:
    e, r, s, j = EN_WIRE, RU_NEWS, ES_NEWS, JA_NEWS
    moji_p = list(e.paras)
    moji_p[2] = moji(moji_p[2].replace('"', "\u201c", 1).replace('school and', "school and", 1))
    exp_e2 = list(e.paras)
    exp_e2[2] = exp_e2[2].replace('"', "\u201c", 1)
    return [
        hcase("f_en_farm", e, farm(e, charset="utf-8", **EN_KW), ("publisher", "author", "published")),  # type: ignore[arg-type]
        hcase("f_en_title_moji", e, farm(e, charset="utf-8", title_html=escape(moji("Harbour town votes to keep its last ferry running — for now")), **EN_KW),  # type: ignore[arg-type]
              title="Harbour town votes to keep its last ferry running — for now"),
        hcase("f_en_para_moji", e, farm(e, charset="utf-8", paras=moji_p, **EN_KW), bod="\n".join(exp_e2)),  # type: ignore[arg-type]
        hcase("f_ru_1251_as_utf8", r, farm(r, charset="utf-8", **RU_KW), ("publisher", "author", "published"), codec="cp1251"),  # type: ignore[arg-type]
        hcase("f_ru_1251_nolabel", r, farm(r, charset=None, **RU_KW), ("published",), codec="cp1251"),  # type: ignore[arg-type]
        hcase("f_es_latin1_as_utf8", s, farm(s, charset="utf-8", **ES_KW), ("publisher", "author", "published"), codec="latin-1"),  # type: ignore[arg-type]
        hcase("f_es_cp1252_http_utf8", s, farm(s, charset=None, **ES_KW), ("published",), codec="cp1252", args=["--content-type", "text/html; charset=utf-8"]),  # type: ignore[arg-type]
        hcase("f_ja_sjis_as_utf8", j, farm(j, charset="utf-8", **JA_KW), ("published",), codec="shift_jis"),  # type: ignore[arg-type]
        hcase("f_ja_sjis_as_eucjp", j, farm(j, charset="euc-jp", **JA_KW), ("published",), codec="shift_jis"),  # type: ignore[arg-type]
    ]


def _ed(a: Article) -> str:
    return escape(a.paras[0])


def site_cases() -> list[Case]:
    lg, e, lv, s, f, tw = ZH_LONG, EN_WIRE, EN_LIVE, ZH_SUBHEADS, ZH_FLASH, ZH_TW
    P = lg.paras
    split = (f'<h1>{lg.title}</h1><div class="info">2026-10-12 09:00 来源：新华社</div>'
             f'<div class="article-part">{ps(P[:5])}</div>\n<div class="ad"><a href="/ad">【广告】点击领取新人红包 最高888元</a></div>\n'
             f'<div class="article-part">{ps(P[5:10])}</div>\n<div class="article-part">{ps(P[10:])}</div>\n'
             '<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">陕西苹果出口量创新高</a></li><li><a href="/a/2.html">洛川苹果节开幕</a></li></ul></div>')
    table = ('<table width="960"><tr><td colspan="2"><img src="/logo.gif"> 新闻资讯网 | 首页 | 国内 | 国际 | 财经</td></tr>'
             '<tr><td width="200" valign="top"><a href="/">首页</a><br><a href="/gn/">国内新闻</a><br><a href="/gj/">国际新闻</a><br><a href="/cj/">财经</a></td>'
             f'<td valign="top"><table><tr><td class="title"><b>{lg.title}</b></td></tr><tr><td>2026-10-12　来源：新华社</td></tr>'
             '<tr><td class="content">' + "<br><br>".join(IND + escape(p) for p in P) + '</td></tr></table></td></tr>'
             '<tr><td colspan="2">Copyright 2006-2026 新闻资讯网 版权所有 京ICP备12345678号</td></tr></table>')
    noscript = (f'<h1>{f.title}</h1><div class="content"><div class="lazy" data-src="/api/body/1"></div>'
                f'<noscript>{ps(f.paras)}</noscript></div>')
    article = (f'<article><header><h1>{escape(e.title)}</h1><p class="byline">By Martha Reyes, Coastline News</p><time datetime="2026-10-14T08:00:00Z">Oct. 14, 2026</time></header>'
               f'<aside class="editors-note"><strong>Editor\'s note:</strong> This story has been updated with the final vote count.</aside>'
               f'{ps(e.paras[:2])}<aside class="pullquote">"Without the boat, my kids don\'t get to school."</aside>{ps(e.paras[2:])}'
               '<footer><div class="author-box"><img src="/m.jpg"><p>Martha Reyes covers coastal communities for Coastline News. Reach her at mreyes@coastline.example.</p></div>'
               '<p class="tags">Tags: ferries, Maine, local government</p></footer></article>'
               '<section class="more"><h2>More from Coastline</h2><ul><li><a href="/1">Lobster season opens early</a></li><li><a href="/2">Bridge repairs delayed</a></li></ul></section>')
    gallery = (f'<h1>{escape(e.title)}</h1><div class="story">{ps(e.paras[:2])}'
               '<figure class="gallery"><img src="/1.jpg"><figcaption>The ferry leaves Port Ellis at dawn. (Photo: Coastline News)</figcaption></figure>'
               '<figure class="gallery"><img src="/2.jpg"><figcaption>Kettle Island dock in November.</figcaption></figure>'
               '<div class="video-embed"><iframe src="https://video.example/embed/88"></iframe><p>Watch: Islanders on the vote (2:14)</p></div>'
               f'{ps(e.paras[2:4])}<div class="inline-ad">ADVERTISEMENT</div><div class="newsletter">Sign up for our morning newsletter</div>{ps(e.paras[4:])}</div>')
    live = (f'<h1>{escape(lv.title)}</h1><div class="live-blog">' +
            "".join(f'<div class="update"><span class="time">{p[:5]}</span><p>{escape(p[8:])}</p><div class="share">Share this update</div></div>' for p in lv.paras) + '</div>')
    live_exp = "\n".join(f"{p[:5]}\n{p[8:]}" for p in lv.paras)  # the time is its own element
    tw_html = (f'<h1>{tw.title}</h1><div class="info">2026/07/05 14:20　中央社</div><div id="article">'
               + "".join(f'<div class="para">{escape(p)}</div>' for p in tw.paras) + '</div><div class="share">分享到：Facebook LINE</div>')
    return [
        hcase("s_split_divs_ad", lg, page("黄土高原上的苹果新村_新闻资讯网", split), ("publisher", "published")),
        hcase("s_table_layout_br", lg, page(lg.title + "_新闻资讯网", table, "gbk"), ("publisher", "published"), codec="gbk"),
        hcase("s_noscript_body", f, page(f.title, noscript), ("publisher",)),
        hcase("s_article_header_footer", e, page(e.title + " | Coastline News", article, lang="en"), ("author", "published"),
              note="editor's note + pull quote + author box + tags expected out"),
        hcase("s_gallery_video_ads", e, page(e.title, gallery, lang="en"), ()),
        hcase("s_live_blog", lv, page(lv.title, live, lang="en"), (), bod=live_exp),
        hcase("s_tw_div_paras", tw, page(tw.title, tw_html, lang="zh-TW"), ("publisher",)),
        hcase("s_subheads_html", s, page(s.title, f'<h1>{s.title}</h1><div class="article">' + "".join(
            (f"<h3>{p}</h3>" if p[1] == "、" else f"<p>{escape(p)}</p>") for p in s.paras) + "</div>"), ("author",)),
        hcase("s_ol_list_html", s, page(s.title, f'<h1>{s.title}</h1><div class="article">{ps(s.paras[:5])}<ol>' + "".join(
            f"<li>{p[3:]}</li>" for p in s.paras[5:8]) + f"</ol>{ps(s.paras[8:])}</div>"), (),
            bod="\n".join(p[3:] if p[1] == "." else p for p in s.paras), note="<ol> numbers are rendered by the browser: not expected in text"),
    ]


WARC_REC = "WARC/1.0\r\nWARC-Type: {t}\r\nWARC-Record-ID: <urn:uuid:{u}>\r\nWARC-Date: 2026-11-01T10:00:0{i}Z\r\n{uri}Content-Type: {ct}\r\nContent-Length: {n}\r\n\r\n"


def warc(records: list[tuple[str, bytes, str]]) -> bytes:
    out = [WARC_REC.format(t="warcinfo", u="00000000-0000-0000-0000-000000000000", i=0, uri="", ct="application/warc-fields", n=19).encode() + b"software: audit4\r\n\r\n\r\n"]
    for i, (url, body_b, ct) in enumerate(records, 1):
        req = f"GET {url} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        out.append(WARC_REC.format(t="request", u=f"00000000-0000-0000-0000-00000000000{i}", i=i, uri=f"WARC-Target-URI: {url}\r\n",
                                   ct="application/http; msgtype=request", n=len(req)).encode() + req + b"\r\n\r\n")
        resp = f"HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\nContent-Length: {len(body_b)}\r\n\r\n".encode() + body_b
        out.append(WARC_REC.format(t="response", u=f"10000000-0000-0000-0000-00000000000{i}", i=i, uri=f"WARC-Target-URI: {url}\r\n",
                                   ct="application/http; msgtype=response", n=len(resp)).encode() + resp + b"\r\n\r\n")
    return b"".join(out)


def input_cases() -> list[Case]:
    f, e, r = ZH_FLASH, EN_WIRE, RU_NEWS
    fl_html = page(f.title + "_新闻资讯网", f'<h1>{f.title}</h1><div class="content">{ps(f.paras)}</div>')
    e_html = page(e.title, f'<h1>{escape(e.title)}</h1><div class="story">{ps(e.paras)}</div>', lang="en")
    r_html = page(r.title, f'<h1>{escape(r.title)}</h1><div class="text">{ps(r.paras)}</div>', None, "ru")
    ef = Exp(f.title, body(f))
    ee = Exp(e.title, body(e))
    er = Exp(r.title, body(r))
    w = warc([("http://a.example/1.html", fl_html.encode("gbk"), "text/html; charset=utf-8"),
              ("http://b.example/2.html", e_html.encode(), "text/html"),
              ("http://c.example/3.html", r_html.encode("cp1251"), "text/html; charset=windows-1251")])
    crlf = ("\ufeff" + page(f.title, f'<h1>{f.title}</h1>\n<div class="content">{ps(f.paras)}</div>')).replace("\n", "\r\n").encode()
    redirect = b'<html><head><meta http-equiv="refresh" content="0; url=https://news.example/2026/0903/1.html"><title>Redirecting...</title></head><body>If you are not redirected, <a href="https://news.example/2026/0903/1.html">click here</a>.</body></html>'
    dump_gbk = dump(f, [SPAM], CRUMB).encode("gbk")
    return [
        Case("i_warc_three", "input", {"three.warc": w}, [ef, ee, er], note="GBK under a lying utf-8 header, en, cp1251"),
        Case("i_warc_gz_three", "input", {"three.warc.gz": b"".join(gzip.compress(r_) for r_ in [w])}, [ef, ee, er]),
        Case("i_bom_crlf_html", "input", {"bom_crlf.html": crlf}, [ef]),
        Case("i_empty_html", "input", {"empty.html": b""}, [Exp(None, None, status="dropped")]),
        Case("i_empty_txt", "input", {"empty.txt": b""}, [Exp(None, None, status="dropped")]),
        Case("i_whitespace_html", "input", {"ws.html": b"  \r\n\r\n  "}, [Exp(None, None, status="dropped")]),
        Case("i_meta_refresh", "input", {"refresh.html": redirect}, [Exp(None, None, status="dropped")]),
        Case("i_gbk_txt_nobom", "input", {"gbk.txt": dump_gbk}, [ef]),
        Case("i_dir_mixed", "input", {"mix/a.html": fl_html.encode(), "mix/b.txt": dump_gbk, "mix/c.html.gz": gzip.compress(e_html.encode()),
                                      "mix/d.html": b"", "mix/sub/e.htm": r_html.encode("cp1251"), "mix/notes.md": b"# not an input\n",
                                      "mix/img.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
             [ef, ef, ee, Exp(None, None, status="dropped"), er], as_dir=True, note="expects .md/.png skipped; 5 records sorted a,b,c,d,sub/e"),
    ]


BUILDERS: list[Callable[[], list[Case]]] = [dump_cases, farm_cases, site_cases, input_cases]


def build_all() -> list[Case]:
    return [c for b in BUILDERS for c in b()]


def _obf() -> object:
    """bench/audit3's obfuscators (imported, not copied)."""
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("a3obf", Path(__file__).resolve().parent.parent / "audit3" / "obfuscate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def seed_cases() -> list[Case]:
    """Seed recipe (s2t + tone readings + folded marks) under the new header/crumb/info forms."""
    o = _obf()
    f, s, q, br, lg = ZH_FLASH, ZH_SUBHEADS, ZH_QUOTE, ZH_BRACKET, ZH_LONG

    def sl(a: Article, paras: tuple[str, ...] | None = None) -> tuple[str, tuple[str, ...]]:
        return o.gloss(a.title, "s2t"), tuple(o.fold(o.gloss(p, "s2t")) for p in (paras or a.paras))  # type: ignore[attr-defined]

    crumb = [o.gloss("当前位置", "s2t") + " : " + o.gloss("首页", "s2t") + " > " + o.gloss("资讯中心", "s2t") + " > " + o.gloss("时政要闻", "s2t")]  # type: ignore[attr-defined]
    out = []
    t, ps_ = sl(f)
    out.append(tcase("z_seed_en_header", f, dump(f, ["Watch Free HD Movies Online - Full Episodes - No Sign Up - 2026"], crumb, title=t, paras=ps_, indent="  ")))
    out.append(tcase("z_seed_domain_header", f, dump(f, ["久久影院-www.jjyy8.com-最新电影免费在线观看"], crumb, title=t, paras=ps_, indent="  ")))
    out.append(tcase("z_seed_title_suffix", f, dump(f, [SPAM], crumb, title=t + "_" + o.gloss("新闻资讯网", "s2t"), paras=ps_, indent="  ")))  # type: ignore[attr-defined]
    t, ps_ = sl(s)
    out.append(tcase("z_seed_subheads", s, dump(s, [SPAM], crumb, title=t, paras=ps_, indent="  "), ("author",)))
    t, ps_ = sl(q, ("本报记者 郑一帆", *q.paras))
    out.append(tcase("z_seed_quote_byline", q, dump(q, [SPAM], crumb, title=t, paras=ps_, indent="  "), ("author",)))
    t, ps_ = sl(br)
    out.append(tcase("z_seed_bracket_title", br, dump(br, [SPAM], crumb, title=t, paras=ps_, indent="  "), ("publisher",)))
    t, ps_ = sl(lg)
    out.append(tcase("z_seed_long_keywords_end", lg, dump(lg, [SPAM], crumb, title=t, paras=ps_, indent="  ",
                                                        tail=[o.gloss("关键词：苹果 洛川 电商", "s2t"), "", SPAM]), ("publisher",)))  # type: ignore[attr-defined]
    t, ps_ = sl(f)
    out.append(tcase("z_seed_info_tw", f, dump(f, [SPAM], crumb, title=t, paras=ps_, indent="  ",
                                             info=[o.fold(o.gloss("发布时间：2026-09-03 10:21　来源：新华社　作者：钟岚", "s2t"))]), ("publisher", "author", "published")))  # type: ignore[attr-defined]
    return out


def more_cases() -> list[Case]:
    f, s, lg, e = ZH_FLASH, ZH_SUBHEADS, ZH_LONG, EN_WIRE
    info_link = (f'<h1>{s.title}</h1><div class="info">2026-09-01 08:30　来源：<a href="http://www.people.com.cn/" target="_blank">人民网</a>　作者：陶蕴</div>'
                 f'<div class="content">{ps(s.paras)}</div>')
    ext = (f'<h1>{lg.title}</h1><div class="content">{ps(lg.paras[:6])}'
           '<div class="extend"><p>延伸阅读</p><ul><li><a href="/1">洛川苹果：从山沟走向世界</a></li><li><a href="/2">陕西果业转型调查</a></li></ul></div>'
           f'{ps(lg.paras[6:])}</div>')
    pn = (f'<h1>{f.title}</h1><div class="content">{ps(f.paras)}</div><div class="prenext"><p>上一篇：<a href="/1.html">汉江流域迎来秋汛</a></p>'
          '<p>下一篇：<a href="/3.html">三峡水库开始175米试验性蓄水</a></p></div>')
    summ = (f'<article><h1>{f.title}</h1><p class="summary">摘要：{f.paras[0][18:60]}……</p><div class="body">{ps(f.paras)}</div></article>')
    utf16 = ("\ufeff" + page(f.title, f'<h1>{f.title}</h1><div class="content">{ps(f.paras)}</div>', "utf-16")).encode("utf-16-le")
    html_txt = page(f.title, f'<h1>{f.title}</h1><div class="content">{ps(f.paras)}</div>').encode()
    bom_crlf_dump = ("\ufeff" + dump(f, [SPAM], CRUMB)).replace("\n", "\r\n").encode()
    gbk_crlf = dump(lg, [SPAM], CRUMB).replace("\n", "\r\n").encode("gbk")
    chunked = b"".join(gzip.compress(part) for part in _warc_parts())
    return [
        Case("m_info_source_link", "html", {"m.html": page(s.title, info_link).encode()}, [Exp(s.title, body(s), {"publisher": "人民网", "author": "陶蕴", "published": "2026-09-01"})]),
        hcase("m_extend_reading_mid", lg, page(lg.title, ext), ()),
        hcase("m_prev_next", f, page(f.title, pn), ()),
        hcase("m_summary_dup", f, page(f.title, summ), ()),
        Case("m_utf16_bom_html", "input", {"u16.html": utf16}, [Exp(f.title, body(f))]),
        Case("m_html_saved_as_txt", "input", {"page.txt": html_txt}, [Exp(f.title, body(f))]),
        Case("m_dump_bom_crlf", "input", {"d.txt": bom_crlf_dump}, [Exp(f.title, body(f))]),
        Case("m_dump_gbk_crlf", "input", {"d.txt": gbk_crlf}, [Exp(lg.title, body(lg))]),
        Case("m_warc_gz_chunked", "input", {"c.warc.gz": chunked}, [Exp(f.title, body(f)), Exp(e.title, body(e))]),
    ]


def _warc_parts() -> list[bytes]:
    f, e = ZH_FLASH, EN_WIRE
    w = warc([("http://a.example/1.html", page(f.title, f'<h1>{f.title}</h1><div class="content">{ps(f.paras)}</div>').encode(), "text/html; charset=utf-8"),
              ("http://b.example/2.html", page(e.title, f'<h1>{escape(e.title)}</h1><div class="story">{ps(e.paras)}</div>', lang="en").encode(), "text/html")])
    return [b"WARC/1.0\r\n" + p for p in w.split(b"WARC/1.0\r\n") if p]


BUILDERS += [seed_cases, more_cases]


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


BUILDERS += [intl_cases]


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


BUILDERS += [extra_cases]


def html_seed_cases() -> list[Case]:
    """Seed-like HTML pages: spam in the <title> beside the headline, info and byline paragraphs."""
    f, q = ZH_FLASH, ZH_QUOTE
    cont = f'<div class="content">{ps(f.paras)}</div>'
    return [
        hcase("h_title_spam_suffix_noh1", f, page(f.title + "-久久精品国产免费观看", cont), ()),
        hcase("h_title_site_spam_noh1", f, page(f.title + "_新闻资讯网-久久精品国产免费观看-日韩精品一区二区", cont), ()),
        hcase("h_info_source_url", f, page(f.title, f'<h1>{f.title}</h1><div class="info">来源：新华网 http://www.news.cn/</div>' + cont), ()),
        hcase("h_benbao_byline_p", q, page(q.title, f'<h1>{q.title}</h1><div class="content"><p>本报记者 郑一帆</p>{ps(q.paras)}</div>'), ("author",)),
        hcase("h_seed_like_tw_info", f, page(SPAM, f'<div class="top">{SPAM}</div><div class="crumb">當前位置 : 首頁 > 資訊中心 > 時政要聞</div><h1>{f.title}</h1>'
                                                 f'<div class="info">2026-09-03 10:21 星期四　來源：新華社</div>' + cont), ("published",)),
    ]


BUILDERS += [html_seed_cases]
