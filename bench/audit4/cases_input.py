# ruff: noqa: E501
"""Audit4 input cases: WARC, directories, BOMs, CRLF, GBK/UTF-16, empty and redirect pages."""

from __future__ import annotations

import gzip
from html import escape

from articles import (
    EN_WIRE,
    RU_NEWS,
    ZH_FLASH,
    ZH_LONG,
    ZH_SUBHEADS,
)
from build import CRUMB, SPAM, Case, Exp, body, dump, hcase, page, ps, warc


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
