# ruff: noqa: E501
"""Audit6 cases: article formats x repost mechanics audits 1-5 held fixed.

Groups: ``z`` seed recipe dump (spam line, NBSP lines, glossed crumb, s2t + readings + folded marks,
em-space indents, no final newline: the seed's exact shape), ``h`` real-CMS HTML, ``m`` repost mechanics.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit3"))
sys.path.insert(0, str(HERE.parent / "audit4"))

import a6_texts as t  # noqa: E402
import obfuscate as ob  # noqa: E402  (audit3's seed-recipe obfuscators)
from build import Case, Exp  # noqa: E402  (audit4's case records)
from pypinyin import Style  # noqa: E402

SPAM = "久久精品国产免费观看在线-亚洲日韩高清无码专区-午夜福利影院免费看-精品国产一区二区三区"
CRUMB = "当前位置 : 首页 > 资讯中心 > 社会民生"
EM = "\u2003\u2003"
Art = tuple[str, list[str]]


def gl(line: str, config: str | None = "s2t", style: str = "tone", brackets: str = "()", rate: float = 0.7, ruby: bool = False) -> str:
    if style == "zhuyin":
        ob.STYLES["zhuyin"] = Style.BOPOMOFO
    return ob.gloss(line, config, style, brackets, rate, ruby=ruby) if config else line


def seed(a: Art, *, config: str | None = "s2t", style: str = "tone", brackets: str = "()", fold: bool = True,
         info: list[str] | None = None, tail: list[str] | None = None, spam: str = SPAM, crumb: str = CRUMB,
         sep: str = "\n\n", nl: str = "\n", ind: str = EM, rate: float = 0.7) -> str:
    """The seed's shape, character by character (see /work/shared/seed/000_*.txt)."""
    g = (lambda s: ob.fold(gl(s, config, style, brackets, rate))) if fold else (lambda s: gl(s, config, style, brackets, rate))
    lines = [spam, "", "\xa0", g(crumb), "\xa0", "", g(a[0]), "", ""]
    lines += [*(info or []), *([""] if info else [])]
    body = [ind + g(p) for p in a[1]]
    text = nl.join(lines) + sep.join(body)
    if tail:
        text += sep + sep.join(tail)
    return text.replace("\n", nl)


def cms(title: str, inner: str, *, info: str = "", title_tag: str | None = None, charset: str = "utf-8",
        nav: str = "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技", foot: str = "版权所有 © 2026 城市新闻网 未经授权禁止转载", h1: str | None = None) -> str:
    links = "".join(f'<li><a href="/c{i}/">{escape(n.strip())}</a></li>' for i, n in enumerate(nav.split("|")))
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{charset}"><title>{escape(title_tag or title + "_城市新闻网")}</title></head><body>'
            f'<div class="header"><ul class="nav">{links}</ul></div>'
            f'<div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>'
            f'<div class="article"><h1>{h1 if h1 is not None else escape(title)}</h1><div class="info">{info}</div><div class="content">{inner}</div></div>'
            f'<div class="related"><h3>相关阅读</h3><ul><li><a href="/a/1.html">我市新增三条公交线路</a></li><li><a href="/a/2.html">城东菜市场完成提升改造</a></li></ul></div>'
            f'<div class="footer">{escape(foot)}</div></body></html>')


def ps(paras: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paras)


def body(a: Art, drop: tuple[int, ...] = ()) -> str:
    return "\n".join(p for i, p in enumerate(a[1]) if i not in drop and i - len(a[1]) not in drop)


def zc(name: str, a: Art, meta: dict[str, object] | None = None, bod: str | None = None, **kw: object) -> Case:
    return Case(name, "z", {f"{name}.txt": seed(a, **kw).encode()}, [Exp(a[0], bod if bod is not None else body(a), meta or {})])  # type: ignore[arg-type]


def hc(name: str, a: Art, meta: dict[str, object] | None = None, bod: str | None = None, info: str = "", inner: str | None = None, group: str = "h") -> Case:
    html = cms(a[0], inner if inner is not None else ps(a[1]), info=info)
    return Case(name, group, {f"{name}.html": html.encode()}, [Exp(a[0], bod if bod is not None else body(a), meta or {})])


INFO = '<span class="time">2026-09-05 10:20</span> <span class="source">来源：城市日报</span> <span class="author">作者：郑文博</span>'
IMETA: dict[str, object] = {"published": "2026-09-05", "publisher": "城市日报", "author": "郑文博"}


def formats() -> list[Case]:
    c: list[Case] = []
    for key, a in [("qa", t.QA), ("interview_qa", t.INTERVIEW_QA), ("interview_jizhe", t.INTERVIEW_JIZHE), ("policy_yishi", t.POLICY),
                   ("list_numbered", t.LIST), ("live_blog", t.LIVE), ("photo_captions", t.PHOTO), ("kuaixun_one_sentence", t.KUAIXUN),
                   ("long_subheads", t.LONG), ("quoting_articles", t.QUOTING), ("about_ads", t.ABOUT_AD), ("about_copyright", t.ABOUT_COPYRIGHT),
                   ("about_spam_sites", t.ABOUT_SPAM), ("about_crumb", t.ABOUT_CRUMB), ("date_lead", t.DATE_LEAD), ("jizhe_end", t.JIZHE_END),
                   ("scam_click", t.SCAM), ("netizen_comments", t.COMMENTS), ("wechat_follow", t.WECHAT), ("app_download", t.APP),
                   ("sports_results", t.SPORTS), ("prize_list", t.PRIZES), ("data_source_note", t.DATA_NOTE), ("hyphen_city_run", t.HYPHEN_RUN),
                   ("editor_note_bianzhean", t.EDITOR_NOTE), ("short_last_para", t.SHORT_END), ("poem_lines", t.POEM), ("about_disclaimer", t.DISCLAIMER),
                   ("click_count", t.CLICKS), ("opening_laizi", t.OPENING_SOURCE),
                   ("keyword_subheads", t.KEYWORDS), ("unauthorized_single_sentence", t.UNAUTH)]:
        meta = {"publisher": "新华社"} if a is t.QA else {}
        c.append(zc(f"z_{key}", a, meta))
        c.append(hc(f"h_{key}", a, IMETA, info=INFO))
    ed = t.ABOUT_EDITOR
    c.append(zc("z_about_editor", ed, bod=body(ed, (-1,))))
    c.append(hc("h_about_editor", ed, bod=body(ed, (-1,))))
    c.append(Case("h_about_cookies", "h", {"h_about_cookies.html": (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t.ABOUT_COOKIES[0]} | Daily Ledger</title></head><body>'
        '<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>'
        f'<article><h1>{escape(t.ABOUT_COOKIES[0])}</h1><p class="byline">By Anna Berg</p>{ps(t.ABOUT_COOKIES[1])}</article></body></html>').encode()},
        [Exp(t.ABOUT_COOKIES[0], body(t.ABOUT_COOKIES), {"author": "Anna Berg"})]))
    ce = t.COMMENT_EN
    c.append(Case("h_comments_period_en", "h", {"h_comments_period_en.html": (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{ce[0]}</title></head><body>'
        f'<article><h1>{escape(ce[0])}</h1>{ps(ce[1])}</article></body></html>').encode()}, [Exp(ce[0], body(ce), {})]))
    return c


def _multi_page() -> Case:
    a = t.LONG
    inner = ps(a[1][:4]) + '<div class="pages"><a href="#">上一页</a> <b>1</b> <a href="p2.html">2</a> <a href="p3.html">3</a> <a href="p2.html">下一页</a></div>'
    return hc("m_multi_page_1of3", a, bod="\n".join(a[1][:4]), inner=inner, group="m")


def mechanics() -> list[Case]:
    qa, tr = t.QA, t.TRAD
    c: list[Case] = []
    glossed = "".join(f"<p>{EM}{ob.fold(gl(p))}</p>" for p in qa[1])
    html = cms(ob.fold(gl(qa[0])), glossed, title_tag=SPAM).replace("<h1>", "<h1>").replace("首页</a>", "首頁(yè)</a>")
    c.append(Case("m_seed_in_cms_html", "m", {"m_seed_in_cms_html.html": html.encode()}, [Exp(qa[0], body(qa), {"publisher": "新华社"})]))
    ruby = "".join(f"<p>{EM}{ob.fold(gl(p, ruby=True))}</p>" for p in qa[1])
    c.append(Case("m_seed_ruby_html", "m", {"m_seed_ruby_html.html": cms(qa[0], ruby, title_tag=SPAM, h1=ob.fold(gl(qa[0], ruby=True))).encode()}, [Exp(qa[0], body(qa), {"publisher": "新华社"})]))
    c.append(zc("m_spam_repeated_bottom", qa, {"publisher": "新华社"}, tail=["\xa0", SPAM]))
    c.append(zc("m_spam_crumb_repeated_bottom", qa, {"publisher": "新华社"}, tail=["\xa0", ob.fold(gl(CRUMB)), SPAM]))
    c.append(zc("m_readings_brackets_tone3", qa, {"publisher": "新华社"}, style="tone3", brackets="【】"))
    c.append(zc("m_readings_zhuyin", qa, {"publisher": "新华社"}, style="zhuyin"))
    c.append(zc("m_readings_no_tone", qa, {"publisher": "新华社"}, style="none"))
    c.append(zc("m_crlf", qa, {"publisher": "新华社"}, nl="\r\n"))
    c.append(zc("m_single_newlines_no_indent", qa, {"publisher": "新华社"}, sep="\n", ind=""))
    c.append(zc("m_s2t_no_fold_fullwidth", qa, {"publisher": "新华社"}, fold=False))
    two = seed(qa) + "\n\n\xa0\n\n" + ob.fold(gl(t.SECOND[0])) + "\n\n" + "\n\n".join(EM + ob.fold(gl(p)) for p in t.SECOND[1])
    c.append(Case("m_two_articles_dump", "m", {"m_two_articles_dump.txt": two.encode()}, [Exp(qa[0], body(qa), {})]))
    two_h = cms(qa[0], ps(qa[1])).replace('<div class="related">', f'<div class="article"><h1>{t.SECOND[0]}</h1><div class="content">{ps(t.SECOND[1])}</div></div><div class="related">')
    c.append(Case("m_two_articles_html", "m", {"m_two_articles_html.html": two_h.encode()}, [Exp(qa[0], body(qa), {})]))
    inner_doc = cms(t.POLICY[0], ps(t.POLICY[1]), info=INFO)
    iframe = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SPAM}</title></head><body><div class="nav">首页 新闻 图片</div>'
              f'<iframe width="100%" height="2000" srcdoc="{escape(inner_doc, quote=True)}"></iframe></body></html>')
    c.append(Case("m_iframe_srcdoc", "m", {"m_iframe_srcdoc.html": iframe.encode()}, [Exp(t.POLICY[0], body(t.POLICY), IMETA)]))
    c.append(hc("m_trad_original_simpl_chrome", tr, {"publisher": "中央社"}, info='<span class="source">来源：中央社</span>', group="m"))
    c.append(Case("m_trad_dump_simpl_chrome", "m", {"m_trad_dump_simpl_chrome.txt": seed(tr, config=None, fold=False).encode()}, [Exp(tr[0], body(tr), {})]))
    gbk = seed(t.POLICY, config=None, fold=False, ind="\u3000\u3000").replace("\xa0", " ").encode("gbk")
    gbk = gbk.replace(t.POLICY[1][2].encode("gbk"), t.POLICY[1][2].encode("utf-8"))
    c.append(Case("m_gbk_dump_one_utf8_para", "m", {"m_gbk_dump_one_utf8_para.txt": gbk}, [Exp(t.POLICY[0], body(t.POLICY), {})]))
    big5 = cms(tr[0], ps(tr[1]), charset="GBK", nav="首頁 | 新聞 | 財經", foot="版權所有 © 2026 城市新聞網").encode("big5", errors="xmlcharrefreplace")
    c.append(Case("m_big5_html_labelled_gbk", "m", {"m_big5_html_labelled_gbk.html": big5}, [Exp(tr[0], body(tr), {})]))
    c.append(_multi_page())
    kx = t.KUAIXUN
    c.append(zc("m_kuaixun_with_source_info", kx, {"published": "2026-09-07", "publisher": "证券时报网"}, info=["2026-09-07 09:31:05　来源：证券时报网"]))
    return c


def build_all() -> list[Case]:
    return formats() + mechanics()
