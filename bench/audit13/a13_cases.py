# ruff: noqa: E501
"""Audit13 cases: the AUTHOR field. The tool must report who wrote the article, as the page names them,
and drop the byline from the body; an editor (责任编辑, 【编辑：X】), a photographer (图/X, 摄影：X,
Photo: X), a quoted person, or a site name in meta author / JSON-LD Organization is no author.
Groups: ``en`` English pages, ``edump`` English text dumps, ``zdump`` Chinese dumps like the seed,
``zh`` Chinese pages, ``intl`` other languages."""

from __future__ import annotations

import json
import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit7"))
from sibling import load  # noqa: E402

a7 = load(HERE.parent / "audit7" / "a7_cases.py", "a7_cases")  # the farm dump builder
sys.path.insert(0, str(HERE))

import a13_texts as T  # noqa: E402
from a13_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)

IDS = "\u3000\u3000"
LANG = {"en": "en", "zh": "zh-CN", "intl": "en"}


def ex(s: Story, author: str | None, body: bool = True, paras: tuple[str, ...] | None = None) -> Exp:
    return Exp(s.title, "\n".join(paras or s.paras) if body else None, {"author": author})


def hc(name: str, group: str, html: str, x: Exp) -> Case:
    return Case(name, group, {f"{name}.html": html.encode()}, [x])


def tc(name: str, group: str, text: str, x: Exp) -> Case:
    return Case(name, group, {f"{name}.txt": text.encode()}, [x])


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{e(p)}</p>\n" for p in paras)


def news(s: Story, meta: str = "", top: str = "", tail: str = "", head: str = "", lang: str = "en", site: str = "Coastal Daily") -> str:
    """A regional news site's article page: logo, nav, headline, a meta line, the body, related links, footer."""
    body = (f'<header class="masthead"><a class="logo" href="/">{site}</a><nav><a>News</a> <a>Sport</a> <a>Business</a> <a>Opinion</a></nav></header>'
            f'<main><article><h1 class="headline">{e(s.title)}</h1><div class="article-meta">{meta}</div>'
            f'<div class="article-body">{top}{ps(s.paras)}{tail}</div></article>'
            '<aside class="related"><h3>Most read</h3><ul><li><a>Council approves new budget</a></li><li><a>Weekend weather: sun at last</a></li><li><a>School wins robotics prize</a></li></ul></aside></main>'
            f'<footer>© 2026 {site}. All rights reserved.</footer>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{e(s.title)} | {site}</title>{head}</head>\n'
            f'<body>\n{body}\n</body></html>\n')


def ld(s: Story, author: dict[str, str]) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": "2026-06-03T08:00:00Z",
            "author": author, "publisher": {"@type": "Organization", "name": "Coastal Daily"}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def plain(s: Story, head: list[str] | None = None, tail: list[str] | None = None) -> str:
    return "\n\n".join([s.title, *(head or []), *s.paras, *(tail or [])]) + "\n"


def zdump(s: Story, paras: list[str] | None = None, **kw: object) -> str:
    return str(a7.dump((s.title, list(s.paras)), paras=paras if paras is not None else list(s.paras), **kw))


def zpage(s: Story, info: str, top: str = "", tail: str = "", head: str = "") -> str:
    body = ('<div class="header"><a class="logo">江城新闻网</a><ul class="nav"><li><a>首页</a></li><li><a>本地</a></li><li><a>民生</a></li></ul></div>'
            '<div class="crumb"><a>首页</a> &gt; <a>本地</a> &gt; 正文</div>'
            f'<div class="article"><h1>{e(s.title)}</h1><div class="info">{info}</div><div class="content">{top}{ps(s.paras)}{tail}</div></div>'
            '<div class="footer">江城新闻网 版权所有 未经授权禁止转载</div>')
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(s.title)}_江城新闻网</title>{head}</head>\n'
            f'<body>\n{body}\n</body></html>\n')


def en_cases() -> list[Case]:
    lh, orc, lib, tr, bch, cl = T.LIGHTHOUSE, T.ORCHARD, T.LIBRARY, T.TRAIN, T.BEACH, T.CLINIC
    G = "en"
    when = '<time datetime="2026-06-03">June 3, 2026</time>'
    quote = (*bch.paras[:2], "“We think people will love having the road to themselves,” said Harold Bennett, who chairs the traders’ group.", bch.paras[2])
    return [
        hc("en_by_two_and", G, news(lh, f"<span class=\"byline\">By Anna Reyes and Tom Okafor</span> {when}"), ex(lh, "Anna Reyes and Tom Okafor")),
        hc("en_by_caps_agency", G, news(orc, f"<p class=\"byline\">By ANNA REYES, Associated Press</p>{when}"), ex(orc, "ANNA REYES")),
        hc("en_pipe_staff_writer", G, news(lib, f"<span>Tom Okafor | Staff Writer</span> {when}"), ex(lib, "Tom Okafor")),
        hc("en_rel_author_link", G, news(tr, f'<a rel="author" href="/authors/maya-lindqvist">Maya Lindqvist</a> · {when}'), ex(tr, "Maya Lindqvist")),
        hc("en_jsonld_person", G, news(cl, when, head=ld(cl, {"@type": "Person", "name": "Priya Natarajan"})), ex(cl, "Priya Natarajan")),
        hc("en_jsonld_org_only", G, news(cl, when, head=ld(cl, {"@type": "Organization", "name": "Coastal Daily"})), ex(cl, None)),
        hc("en_meta_author_site", G, news(bch, when, head='<meta name="author" content="Coastal Daily">'), ex(bch, None)),
        hc("en_meta_author_person", G, news(lib, when, head='<meta name="author" content="Peter Hale">'), ex(lib, "Peter Hale")),
        hc("en_written_by_at_end", G, news(orc, when, tail="<p><em>Written by Lena Fischer</em></p>"), ex(orc, "Lena Fischer")),
        hc("en_quoted_person_no_author", G, news(bch, when, ).replace(ps(bch.paras), ps(quote)), Exp(bch.title, "\n".join(quote), {"author": None})),
        hc("en_photo_caption_and_byline", G, news(lh, f"<span class=\"byline\">By Nora Quinn</span> {when}",
                                                  top='<figure><img src="/img/lighthouse.jpg" alt=""><figcaption>Photo: Sam Ortiz</figcaption></figure>'), ex(lh, "Nora Quinn")),
        hc("en_posted_by", G, news(tr, "Posted by Kevin Marsh on June 3, 2026"), ex(tr, "Kevin Marsh")),
        hc("en_author_class_span", G, news(cl, f'<span class="author-name">Ruth Adeyemi</span>, Health Correspondent {when}'), ex(cl, "Ruth Adeyemi")),
    ]


def edumps() -> list[Case]:
    lh, orc, lib, tr, bch = T.LIGHTHOUSE, T.ORCHARD, T.LIBRARY, T.TRAIN, T.BEACH
    G = "edump"
    return [
        tc("ed_by_line", G, plain(lib, ["By Grace Whitfield", "June 3, 2026"]), ex(lib, "Grace Whitfield")),
        tc("ed_by_three", G, plain(tr, ["By Grace Whitfield, Omar Haddad and Lucy Tran", "Updated June 3, 2026"]), ex(tr, "Grace Whitfield, Omar Haddad and Lucy Tran")),
        tc("ed_by_name_reuters", G, plain(orc, ["By Daniel Moss, Reuters"]), ex(orc, "Daniel Moss")),
        tc("ed_photo_credit_only", G, plain(lh, ["Photo: Sam Ortiz / Coastal Daily"]), ex(lh, None)),
        tc("ed_reporting_by_tail", G, plain(bch, tail=["Reporting by Helen Cho; Editing by Mark Dunn"]), ex(bch, "Helen Cho")),
    ]


def zdumps() -> list[Case]:
    w, mk, sn, hv = T.WETLAND, T.MARKET, T.SNOW, T.HARVEST
    G = "zdump"
    wire = (f"新华社北京11月28日电（记者王晨阳）{sn.paras[0]}", *sn.paras[1:])
    return [
        tc("zd_wen_tu", G, zdump(w, info=["2026-11-20 来源：江城日报", "文/李华 图/王强"]), ex(w, "李华")),
        tc("zd_jizhe_tongxunyuan", G, zdump(mk, info=["2026-09-10 来源：江城日报", "记者 周文斌 通讯员 高小燕"]), ex(mk, "周文斌、高小燕")),
        tc("zd_benbao_shixisheng", G, zdump(hv, info=["2026-10-12 来源：河湾日报", "本报记者 何静 实习生 马骁"]), ex(hv, "何静、马骁")),
        tc("zd_zuozhe_unit", G, zdump(w, info=["2026-11-20 来源：江城日报 作者：郑立新（市林业局）"]), ex(w, "郑立新")),
        tc("zd_editor_only_tail", G, zdump(mk, info=["2026-09-10 来源：江城日报"], tail=["责任编辑：王芳"]), ex(mk, None)),
        tc("zd_bracket_editor_tail", G, zdump(sn, info=["2026-11-28 来源：江城日报"], tail=["【编辑：刘洋】"]), ex(sn, None)),
        tc("zd_wire_first_para", G, zdump(sn, [IDS + p for p in wire], ind="", info=["2026-11-28 来源：新华网"]), ex(sn, "王晨阳", body=False)),
        tc("zd_photographer_only", G, zdump(hv, info=["2026-10-12 来源：河湾日报"], tail=["摄影：陈光"]), ex(hv, None)),
        tc("zd_reporter_at_end", G, zdump(w, info=["2026-11-20 来源：江城日报"], tail=["（记者 林海）"]), ex(w, "林海")),
        tc("zd_quoted_person_none", G, zdump(hv, info=["2026-10-12 来源：河湾日报"]), ex(hv, None)),
    ]


def zh_pages() -> list[Case]:
    w, mk, sn, hv = T.WETLAND, T.MARKET, T.SNOW, T.HARVEST
    G = "zh"
    return [
        hc("zh_info_author_editor", G, zpage(mk, "<span>2026-09-10 09:00</span><span>来源：江城日报</span><span>作者：罗佳</span><span>责任编辑：韩冬</span>"), ex(mk, "罗佳")),
        hc("zh_wen_tu_first_p", G, zpage(w, "2026-11-20 来源：江城日报", top="<p>文/李华　图/王强</p>"), ex(w, "李华")),
        hc("zh_meta_author_site", G, zpage(sn, "2026-11-28 来源：江城日报", head='<meta name="author" content="江城新闻网">'), ex(sn, None)),
        hc("zh_bracket_editor_tail", G, zpage(hv, "2026-10-12 来源：河湾日报", tail="<p>【编辑：刘洋】</p>"), ex(hv, None)),
        hc("zh_jizhe_first_p", G, zpage(mk, "2026-09-10 来源：江城日报", top="<p>本报记者 何静</p>"), ex(mk, "何静")),
    ]


def intl() -> list[Case]:
    ko, ja, ru, es, de = T.KO, T.JA, T.RU, T.ES, T.DE
    G = "intl"
    return [
        hc("ko_gija_tail", G, news(ko, "2026.06.03 09:12", tail="<p>홍길동 기자 hong@example.kr</p>", lang="ko", site="한빛일보"), ex(ko, "홍길동")),
        hc("ja_kisha_meta", G, news(ja, "2026年6月3日　記者：山田太郎", lang="ja", site="港町新聞"), ex(ja, "山田太郎")),
        tc("ru_avtor_dump", G, plain(ru, ["Автор: Иван Петров", "3 июня 2026"]), ex(ru, "Иван Петров")),
        hc("es_por_byline", G, news(es, "Por María López | 3 de junio de 2026", lang="es", site="Diario del Valle"), ex(es, "María López")),
        hc("es_foto_and_por", G, news(es, "Por María López", top="<p>Foto: Carlos Ruiz</p>", lang="es", site="Diario del Valle"), ex(es, "María López")),
        hc("de_von_byline", G, news(de, "Von Jan Müller · 03.06.2026", lang="de", site="Stadtanzeiger"), ex(de, "Jan Müller")),
    ]


def build_all() -> list[Case]:
    return en_cases() + edumps() + zdumps() + zh_pages() + intl()
