# ruff: noqa: E501
"""Audit14 page builders: seed-like text dumps and farm HTML pages with chrome of their own (spam headers,
crumbs, info lines, footers), the seed's rewriting (audit3's obfuscators) and audit8's byte-damage reasoning.

Expected outputs are the stories as written (a14_texts); where damage is not determined by the bytes and
the page, the case expects a flag and the damaged spot left as it is (audit8's reasoning, reused).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit8"))
from sibling import load  # noqa: E402

a8 = load(HERE.parent / "audit8" / "a8_build.py", "a8_build")
ob = a8.ob
A8 = a8.A8
case = a8.case
sys.path.insert(0, str(HERE))
from a14_texts import Story  # noqa: E402

EM = "\u2003\u2003"
SPAM = "久久精品国产免费观看在线-亚洲日韩精品一区二区-午夜福利免费视频-国产精品久久久久久"
CRUMB = "当前位置 : 首页 > 新闻中心 > 社会民生"

Gl = Callable[[str], str]


def g(config: str | None = "s2t", style: str = "tone", brackets: str = "()", fold: bool = True, rate: float = 0.7,
      only_converted: bool = True, ruby: bool = False) -> Gl:
    """The seed's rewriting of one line: conversion, readings after (converted) characters, folded marks."""
    def f(line: str) -> str:
        out = ob.gloss(line, config, style, brackets, rate, only_converted, ruby) if (config or not only_converted) else line
        return ob.fold(out) if fold else out
    return f


def plain(line: str) -> str:
    return line


def dump(s: Story, *, f: Gl = plain, head: list[str] | None = None, crumb: list[str] | None = None, title: str | None = None,
         info: list[str] | None = None, tail: list[str] | None = None, paras: list[str] | None = None, ind: str = EM,
         sep: str = "\n\n", nl: str = "\n", nbsp: bool = True, final_nl: bool = False, f_chrome: bool = True) -> str:
    """The seed's layout: header lines, NBSP line, crumb, NBSP line, title, info, indented paragraphs, tail.
    ``f`` rewrites the article lines (and the crumb, info and tail when ``f_chrome``)."""
    fc = f if f_chrome else plain
    lines: list[str] = []
    for h in head if head is not None else [SPAM]:
        lines += [h, ""]
    if nbsp:
        lines += ["\xa0"]
    lines += [fc(c) for c in (crumb if crumb is not None else [CRUMB])]
    if nbsp:
        lines += ["\xa0"]
    lines += ["", title if title is not None else f(s.title), "", ""]
    if info:
        lines += [*(fc(x) for x in info), ""]
    text = nl.join(lines)
    text += sep.replace("\n", nl).join(ind + (p if paras is not None else f(p)) for p in (paras if paras is not None else s.paras))
    if tail:
        text += nl + nl + (nl + nl).join(fc(x) for x in tail)
    return text + (nl if final_nl else "")


def ps(paras: list[str], raw: bool = False) -> str:
    return "\n".join(f"<p>{p if raw else escape(p)}</p>" for p in paras)


def farm_html(s: Story, *, f: Gl = plain, charset: str | None = "utf-8", meta: str = "charset", title_tag: str | None = None,
              h1: str | None = None, info: str = "", paras: list[str] | None = None, raw: bool = False, lang: str = "zh-CN",
              top: str = "", side: str = "", foot: str = "", crumb: str = CRUMB, nav: str = "", chrome: Gl = plain) -> str:
    """A farm's article page: spam link bar, nav, crumb, h1, info line, content, related list, footer.
    ``f`` rewrites the article's lines, ``chrome`` the farm's own strings (e.g. to traditional for Big5)."""
    if charset is None:
        m = ""
    elif meta == "http-equiv":
        m = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        m = f'<meta charset="{charset}">'
    bar = top or "".join(f'<a href="/vod/{i}.html">{escape(chrome(x))}</a> ' for i, x in enumerate(SPAM.split("-")))
    nav = nav or chrome('<a href="/">首页</a> <a href="/news/">新闻</a> <a href="/vod/">影视</a> <a href="/bbs/">论坛</a>')
    body_ps = ps(paras if paras is not None else [f(p) for p in s.paras], raw)
    head1 = h1 if h1 is not None else (f(s.title) if raw else escape(f(s.title)))
    tt = title_tag if title_tag is not None else chrome(SPAM)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{m}<title>{escape(tt)}</title>'
            f'<meta name="keywords" content="{escape(chrome("久久精品,国产精品,午夜福利"))}"></head>\n<body>\n'
            f'<div class="topbar">{bar}</div>\n<div class="nav">{nav}</div>\n'
            f'<div class="position">{escape(chrome(crumb))}</div>\n'
            f'<div class="article">\n<h1>{head1}</h1>\n<div class="info">{info}</div>\n<div class="content">\n{body_ps}\n</div>\n</div>\n'
            f'<div class="side">{side or chrome(RELATED_HTML)}</div>\n'
            f'<div class="footer">{foot or chrome(FOOT_HTML)}</div>\n</body></html>\n')


RELATED_HTML = ('<h3>热门推荐</h3><ul><li><a href="/n/1.html">多地发布春季旅游消费券 景区门票最低五折</a></li>'
                '<li><a href="/n/2.html">新能源汽车下乡活动启动 首批投放车型公布</a></li>'
                '<li><a href="/n/3.html">高校毕业生就业服务月活动全面展开</a></li>'
                '<li><a href="/n/4.html">国产精品久久久久久久久久久免费看</a></li></ul>')
FOOT_HTML = ('<p>本站部分内容来自互联网，如有侵权请联系删除</p><p>Copyright &copy; 2026 星空资讯网 All Rights Reserved '
             '<a href="https://beian.miit.gov.cn/">粤ICP备2026123456号-1</a></p>')


def body(s: Story) -> str:
    return "\n".join(s.paras)


def enc(text: str, codec: str) -> bytes:
    """``text`` in ``codec``; spaces the codec lacks become what a legacy editor writes."""
    for space, alt in (("\u2003", "\u3000"), ("\u3000", " "), ("\xa0", " ")):
        try:
            space.encode(codec)
        except UnicodeEncodeError:
            text = text.replace(space, alt)
    return text.encode(codec)


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra
