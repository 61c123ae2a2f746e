# ruff: noqa: E501
"""Audit17 cases: INPUTS AND BYTES END TO END, as a user meets them with ``repost clean`` on saved files.

Groups: ``label`` legacy encodings with missing, late, odd or lying labels (meta, http-equiv, XML
declaration, ``--content-type``); ``mix`` pages mixing two encodings; ``ent`` character references
(GBK bytes written as references, double escaping); ``warc`` WARC files (Content-Encoding gzip /
deflate / br, chunked Transfer-Encoding, request/metadata/revisit records, non-200 and non-HTML
responses, lying HTTP charsets, truncated files); ``input`` directories of mixed and broken inputs,
stdin, NUL padding, huge inline data before the text, CR line ends, truncated downloads.

Expectations are what a careful reader wants from the page: the article's own title and exact
paragraphs; for a broken input one stderr line naming the file, the other inputs still written, exit 1.
"""

from __future__ import annotations

import base64
import gzip
import random
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import brotli

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit4"))
sys.path.insert(0, str(HERE))

import a17_texts as T  # noqa: E402
from a17_build import Rec, chunked, dump, page, ps, response, warc  # noqa: E402
from a17_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)


@dataclass
class C17(Case):
    """Audit4's Case plus what input cases check: several targets, stdin, ``-o``, the stderr lines."""
    targets: tuple[str, ...] = ()  # relative paths given on the command line (default: the first file)
    stdin: str | None = None  # a file fed on stdin (target "-")
    out: bool = False  # write with -o out.jsonl and read the records from it
    errs: tuple[str, ...] = ()  # file names each expected on exactly one stderr line
    allow_dropped: bool = False  # extra records with status dropped are fine (non-article WARC responses)
    symlinks: dict[str, str] = field(default_factory=dict)  # link path -> (missing) target


def x(s: Story, **meta: object) -> Exp:
    return Exp(s.title, s.body, dict(meta))


def hc(name: str, group: str, s: Story, data: bytes, ext: str = "html", args: list[str] | None = None, **meta: object) -> C17:
    return C17(name, group, {f"{name}.{ext}": data}, [x(s, **meta)], args=args or [])


def mixed(text: str, codec: str, spans: list[tuple[str, str]]) -> bytes:
    """``text`` in ``codec`` except each span (a substring) written in its own codec."""
    marks = []
    for i, (sub, _c) in enumerate(spans):
        assert sub in text, sub
        m = f"@@SPAN{i}@@"
        text = text.replace(sub, m, 1)
        marks.append(m)
    data = text.encode(codec)
    for m, (sub, c) in zip(marks, spans, strict=True):
        data = data.replace(m.encode(), sub.encode(c))
    return data


def cp(s: Story, **kw: str) -> Story:
    """A story with some characters swapped (for a charset that lacks them)."""
    tr = str.maketrans(kw.get("tr_from", ""), kw.get("tr_to", ""))
    return Story(s.title.translate(tr), tuple(p.translate(tr) for p in s.paras), s.lang)


HE = '<meta http-equiv="Content-Type" content="text/html; charset={}">'
MC = '<meta charset="{}">'


# --- labels -------------------------------------------------------------------------------------------

def label_cases() -> list[C17]:
    G = "label"
    style = "<style>\n" + "".join(f".c{i}{{margin:{i % 9}px;padding:{i % 7}px;color:#{i * 2654435761 % 0xFFFFFF:06x}}}\n" for i in range(160)) + "</style>\n"
    fr15 = cp(T.QUAIS_FR, tr_from="’", tr_to="'")
    comment_meta = '<!-- <meta charset="utf-8"> 模板默认编码，勿删 -->\n' + MC.format("gbk")
    script_meta = ("<script>var adHtml='<html><head><meta charset=\"utf-8\"></head><body><div id=\"ad\"></div></body></html>';"
                   "document.write('<iframe srcdoc=\"'+adHtml+'\"></iframe>');</script>\n" + HE.format("big5"))
    return [
        hc("l_gbk_meta_in_body_after_style", G, T.FERRY, page(T.FERRY, head=style, inside=MC.format("gbk") + "\n").encode("gbk")),
        hc("l_xml_decl_shift_jis_xhtml", G, T.SHOTEN, page(T.SHOTEN, head="", before='<?xml version="1.0" encoding="Shift_JIS"?>\n').encode("cp932"), ext="xhtml"),
        hc("l_xml_decl_utf8_meta_gb2312_gbk", G, T.GRANARY, page(T.GRANARY, head=HE.format("gb2312") + " ", before='<?xml version="1.0" encoding="UTF-8"?>\n').encode("gbk")),
        hc("l_http_equiv_content_first_big5", G, T.CINEMA_TW, page(T.CINEMA_TW, head='<meta content="text/html; charset=big5" http-equiv="Content-Type">').encode("big5"), script="traditional"),
        hc("l_http_equiv_upper_ks_c_5601", G, T.BUSSTOP_KO, page(T.BUSSTOP_KO, head="<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset=ks_c_5601-1987'>").encode("cp949")),
        hc("l_meta_x_sjis_unquoted", G, T.STATION_JA, page(T.STATION_JA, head="<meta charset=x-sjis>").encode("cp932")),
        hc("l_http_equiv_gb_2312_80", G, T.ORCHARD_ZH, page(T.ORCHARD_ZH, head=HE.format("GB_2312-80")).encode("gbk")),
        hc("l_tis620_label_cp874_quotes", G, T.MARKET_TH, page(T.MARKET_TH, head=HE.format("tis-620")).encode("cp874")),
        hc("l_iso8859_15_french_euro_oe", G, fr15, page(fr15, head=HE.format("iso-8859-15")).encode("iso8859_15")),
        hc("l_iso8859_2_polish_labelled", G, T.STATION_PL, page(T.STATION_PL, head=HE.format("iso-8859-2")).encode("iso8859_2")),
        hc("l_iso8859_2_czech_txt_nolabel", G, T.CRAFT_CS, dump(T.CRAFT_CS).encode("iso8859_2"), ext="txt"),
        hc("l_cp1250_hungarian_html_nolabel", G, T.BIKE_HU, page(T.BIKE_HU, head="").encode("cp1250")),
        hc("l_koi8u_ukrainian_labelled", G, T.CLOCK_UK, page(T.CLOCK_UK, head=MC.format("koi8-u")).encode("koi8_u")),
        hc("l_koi8u_bytes_label_koi8r", G, T.CLOCK_UK, page(T.CLOCK_UK, head=MC.format("koi8-r")).encode("koi8_u")),
        hc("l_cp1253_greek_label_iso8859_7", G, T.HARBOUR_EL, page(T.HARBOUR_EL, head=HE.format("iso-8859-7")).encode("cp1253")),
        hc("l_cp1254_turkish_label_iso8859_9", G, T.GAR_TR, page(T.GAR_TR, head=HE.format("iso-8859-9")).encode("cp1254")),
        hc("l_cp1256_arabic_txt_nolabel", G, T.LIBRARY_AR, dump(T.LIBRARY_AR).encode("cp1256"), ext="txt"),
        hc("l_cp1256_arabic_label_iso8859_6", G, T.LIBRARY_AR, page(T.LIBRARY_AR, head=HE.format("iso-8859-6")).encode("cp1256"), mislabeled=True),
        hc("l_utf8_bom_meta_gbk", G, T.FERRY, b"\xef\xbb\xbf" + page(T.FERRY, head=MC.format("gbk")).encode()),
        hc("l_utf16be_nobom_meta_utf16_en", G, T.MILL_EN, page(T.MILL_EN, head=MC.format("utf-16")).encode("utf-16-be")),
        hc("l_meta_utf16_bytes_utf8", G, T.GRANARY, page(T.GRANARY, head=MC.format("utf-16")).encode()),
        hc("l_meta_in_comment_then_gbk", G, T.ORCHARD_ZH, page(T.ORCHARD_ZH, head=comment_meta).encode("gbk")),
        hc("l_meta_in_script_string_then_big5", G, T.CINEMA_TW, page(T.CINEMA_TW, head=script_meta).encode("big5")),
        hc("l_content_type_flag_latin1_lies", G, T.FERRY, page(T.FERRY).encode(), args=["--content-type", "text/html; charset=ISO-8859-1"], mislabeled=True),
        hc("l_content_type_flag_sjis_meta_utf8", G, T.SHOTEN, page(T.SHOTEN).encode("cp932"), args=["--content-type", "text/html; charset=Shift_JIS"]),
        hc("l_iso2022jp_labelled", G, T.STATION_JA, page(T.STATION_JA, head=MC.format("iso-2022-jp")).encode("iso2022_jp")),
        hc("l_iso2022jp_txt_nolabel", G, T.SHOTEN, dump(T.SHOTEN).encode("iso2022_jp"), ext="txt"),
        hc("l_eucjp_txt_nolabel", G, T.STATION_JA, dump(T.STATION_JA).encode("euc_jp"), ext="txt"),
    ]


# --- mixed encodings ----------------------------------------------------------------------------------

def mix_cases() -> list[C17]:
    G = "mix"
    sh, gr, bk, ru, tw, pl, de, fe = T.SHOTEN, T.GRANARY, T.BUSSTOP_KO, T.TRAMS_RU, T.CINEMA_TW, T.STATION_PL, T.BAKERY_DE, T.FERRY
    quote = "整修時保留了木製座椅和手繪看板"
    return [
        hc("x_sjis_page_utf8_last_para", G, sh, mixed(page(sh, head=MC.format("shift_jis")), "cp932", [(f"<p>{sh.paras[-1]}</p>", "utf-8")])),
        hc("x_gbk_page_utf8_h1", G, gr, mixed(page(gr, head=MC.format("gbk")), "gbk", [(f"<h1>{gr.title}</h1>", "utf-8")])),
        hc("x_euckr_page_utf8_title_no_h1", G, bk, mixed(page(bk, head=MC.format("euc-kr"), h1_html=""), "cp949", [(f"<title>{bk.title} - 고을일보</title>", "utf-8")])),
        hc("x_cp1251_page_utf8_second_para", G, ru, mixed(page(ru, head=MC.format("windows-1251")), "cp1251", [(f"<p>{ru.paras[1]}</p>", "utf-8")])),
        hc("x_utf8_page_gbk_title_and_h1", G, fe, mixed(page(fe), "utf-8", [(f"<title>{fe.title} - 江城新闻网</title>", "gbk"), (f"<h1>{fe.title}</h1>", "gbk")])),
        hc("x_big5_para_utf8_inline_words", G, tw, mixed(page(tw, head=MC.format("big5")), "big5", [(quote, "utf-8")]), script="traditional"),
        hc("x_cp1250_page_utf8_h1", G, pl, mixed(page(pl, head=MC.format("windows-1250")), "cp1250", [(f"<h1>{pl.title}</h1>", "utf-8")])),
        hc("x_latin1_page_utf8_para_de", G, de, mixed(page(de, head=HE.format("iso-8859-1")), "cp1252", [(f"<p>{de.paras[1]}</p>", "utf-8")])),
    ]


# --- character references -----------------------------------------------------------------------------

def _byte_refs(s: str, codec: str, hexa: bool) -> str:
    return "".join((f"&#x{b:X};" if hexa else f"&#{b};") if b >= 0x80 else chr(b) for b in s.encode(codec))


_LATIN1_NAMES = {0xC0: "Agrave", 0xC1: "Aacute", 0xC2: "Acirc", 0xC3: "Atilde", 0xC4: "Auml", 0xC5: "Aring", 0xC6: "AElig", 0xC7: "Ccedil", 0xC8: "Egrave", 0xC9: "Eacute", 0xCA: "Ecirc", 0xCB: "Euml", 0xCC: "Igrave", 0xCD: "Iacute", 0xCE: "Icirc", 0xCF: "Iuml", 0xD0: "ETH", 0xD1: "Ntilde", 0xD2: "Ograve", 0xD3: "Oacute", 0xD4: "Ocirc", 0xD5: "Otilde", 0xD6: "Ouml", 0xD7: "times", 0xD8: "Oslash", 0xD9: "Ugrave", 0xDA: "Uacute", 0xDB: "Ucirc", 0xDC: "Uuml", 0xDD: "Yacute", 0xDE: "THORN", 0xDF: "szlig", 0xE0: "agrave", 0xE1: "aacute", 0xE2: "acirc", 0xE3: "atilde", 0xE4: "auml", 0xE5: "aring", 0xE6: "aelig", 0xE7: "ccedil", 0xE8: "egrave", 0xE9: "eacute", 0xEA: "ecirc", 0xEB: "euml", 0xEC: "igrave", 0xED: "iacute", 0xEE: "icirc", 0xEF: "iuml", 0xF0: "eth", 0xF1: "ntilde", 0xF2: "ograve", 0xF3: "oacute", 0xF4: "ocirc", 0xF5: "otilde", 0xF6: "ouml", 0xF7: "divide", 0xF8: "oslash", 0xF9: "ugrave", 0xFA: "uacute", 0xFB: "ucirc", 0xFC: "uuml", 0xFD: "yacute", 0xFE: "thorn", 0xFF: "yuml", 0xA1: "iexcl", 0xA2: "cent", 0xA3: "pound", 0xA4: "curren", 0xA5: "yen", 0xA6: "brvbar", 0xA7: "sect", 0xA8: "uml", 0xA9: "copy", 0xAA: "ordf", 0xAB: "laquo", 0xAC: "not", 0xAD: "shy", 0xAE: "reg", 0xAF: "macr", 0xB0: "deg", 0xB1: "plusmn", 0xB2: "sup2", 0xB3: "sup3", 0xB4: "acute", 0xB5: "micro", 0xB6: "para", 0xB7: "middot", 0xB8: "cedil", 0xB9: "sup1", 0xBA: "ordm", 0xBB: "raquo", 0xBC: "frac14", 0xBD: "frac12", 0xBE: "frac34", 0xBF: "iquest"}


def _htmlentities_latin1(s: str, codec: str) -> str:
    """What PHP's htmlentities() with its old ISO-8859-1 default makes of text in ``codec``."""
    return "".join(f"&{_LATIN1_NAMES[b]};" if b in _LATIN1_NAMES else chr(b) if b < 0x80 else f"&#{b};" for b in s.encode(codec))


def ent_cases() -> list[C17]:
    G = "ent"
    gr, fe, oz = T.GRANARY, T.FERRY, T.ORCHARD_ZH
    p2 = _byte_refs(gr.paras[1], "gbk", hexa=True)
    refs_page = page(gr, head=MC.format("utf-8"), paras_html=ps(gr.paras[:1]) + f"\n<p>{p2}</p>\n" + ps(gr.paras[2:]))
    ents_page = page(oz, head=MC.format("gbk"), paras_html="\n".join(f"<p>{_htmlentities_latin1(p, 'gbk')}</p>" for p in oz.paras),
                     h1_html=_htmlentities_latin1(oz.title, "gbk"), title_html=_htmlentities_latin1(oz.title, "gbk"))
    smith = Story("Smith & Sons mill reopens as a bakery", (
        "The Smith & Sons mill, which stood idle for forty years, is grinding flour again after a group of retired engineers rebuilt its wheel.",
        "“We didn’t want the last working mill in the valley to fall down,” said one of the volunteers, who spent three winters on the job.",
        "Visitors can buy bread baked from the mill’s own flour on Saturdays from 9 a.m."), "en")
    dbl = lambda t: t.replace("&", "&amp;amp;").replace("“", "&amp;ldquo;").replace("”", "&amp;rdquo;").replace("’", "&amp;rsquo;")  # noqa: E731
    dbl_page = page(smith, title_html=dbl(smith.title) + " - Coastal Courier", h1_html=dbl(smith.title),
                    paras_html="\n".join(f"<p>{dbl(p)}</p>" for p in smith.paras))
    zdbl = "\n".join("<p>&amp;nbsp;&amp;nbsp;" + p.replace("“", "&amp;ldquo;").replace("”", "&amp;rdquo;") + "</p>" for p in fe.paras)
    zdbl_page = page(fe, paras_html=zdbl)
    dec = lambda t: "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in t)  # noqa: E731
    txt_refs = dec(gr.title) + "\n\n" + "\n\n".join(dec("\u3000\u3000" + p) for p in gr.paras) + "\n"
    return [
        hc("e_gbk_bytes_as_hex_refs_para", G, gr, refs_page.encode()),
        hc("e_gbk_through_php_htmlentities", G, oz, ents_page.encode("gbk")),
        hc("e_double_escaped_en", G, smith, dbl_page.encode()),
        hc("e_double_escaped_zh_quotes_nbsp", G, fe, zdbl_page.encode()),
        hc("e_txt_all_decimal_refs", G, gr, txt_refs.encode(), ext="txt"),
    ]


# --- WARC ---------------------------------------------------------------------------------------------

def _raw_deflate(b: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(b) + c.flush()


def warc_cases() -> list[C17]:
    G = "warc"
    en, fe, ru, pl, st, bk, tw, de, gr, sh, mi = T.FERRY_EN, T.FERRY, T.TRAMS_RU, T.STATION_PL, T.STATION_JA, T.BUSSTOP_KO, T.CINEMA_TW, T.BAKERY_DE, T.GRANARY, T.SHOTEN, T.MILL_EN
    en_b = page(en).encode()
    fe_b = page(fe, head=MC.format("gbk")).encode("gbk")
    u = "https://news.example.org/2026/03/"
    gz_rec = response(u + "ferry.html", gzip.compress(en_b, mtime=0), "text/html; charset=utf-8", extra=[("Content-Encoding", "gzip")]) + \
        response(u + "dukou.html", gzip.compress(fe_b, mtime=0), "text/html; charset=gbk", extra=[("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")])
    defl = response(u + "tram.html", zlib.compress(page(ru, head=MC.format("windows-1251")).encode("cp1251")), "text/html; charset=windows-1251", extra=[("Content-Encoding", "deflate")]) + \
        response(u + "dworzec.html", _raw_deflate(page(pl, head=MC.format("windows-1250")).encode("cp1250")), "text/html; charset=windows-1250", extra=[("Content-Encoding", "deflate")])
    br = response(u + "eki.html", brotli.compress(page(st).encode()), "text/html; charset=UTF-8", extra=[("Content-Encoding", "br")])
    ch = response(u + "busstop.html", chunked(page(bk).encode()), "text/html; charset=utf-8", extra=[("Transfer-Encoding", "chunked")], length=False)
    chgz = response(u + "cinema.html", chunked(gzip.compress(page(tw, head=MC.format("big5")).encode("big5"), mtime=0)), "text/html; charset=big5",
                    extra=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")], length=False)
    plain_gz = response(u + "baeckerei.html", page(de, head=HE.format("windows-1252")).encode("cp1252"), "text/html; charset=windows-1252", extra=[("Content-Encoding", "gzip")])
    digest = "sha1:" + base64.b32encode(bytes(20)).decode()
    kinds = [*response(u + "shuzhai.html", page(gr).encode(), "text/html; charset=utf-8"),
             Rec("metadata", u + "shuzhai.html", payload=b"via: https://news.example.org/\r\nhopsFromSeed: L\r\nfetchTimeMs: 231\r\n"),
             Rec("revisit", u + "shuzhai.html", http=f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(page(gr).encode())}",
                 headers={"WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest", "WARC-Refers-To-Target-URI": u + "shuzhai.html",
                          "WARC-Payload-Digest": digest}),
             Rec("resource", "dns:news.example.org", payload=b"20260314100000\nnews.example.org.\t300\tIN\tA\t192.0.2.7\n", headers={"WARC-Payload-Digest": digest})]
    nf = b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found - Coastal Courier</title></head><body><h1>Page not found</h1><p>Sorry, the page you are looking for does not exist. It may have been moved or deleted.</p><p><a href="/">Back to the home page</a></p></body></html>'
    err5 = b"<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.</p></body></html>"
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + random.Random(7).randbytes(3000) + b"\xff\xd9"
    statuses = (response(u + "old.html", nf, "text/html; charset=utf-8", "404 Not Found")
                + response(u + "moved.html", b"", "text/html", "301 Moved Permanently", extra=[("Location", u + "ferry.html")])
                + response(u + "photo.jpg", jpeg, "image/jpeg")
                + response(u + "api/list.json", b'{"items":[{"title":"Harbour ferry switches to electric engines","url":"/2026/03/ferry.html"}]}', "application/json")
                + response(u + "ferry.html", en_b, "text/html; charset=utf-8")
                + response(u + "busy.html", err5, "text/html", "503 Service Unavailable"))
    lat_meta = response(u + "shuzhai.html", page(gr).encode(), "text/html; charset=ISO-8859-1")
    lat_nometa = response(u + "tram.html", page(ru, head="").encode(), "text/html; charset=iso-8859-1")
    quoted = response(u + "eki2.html", page(st, head="").encode("euc_jp"), 'text/html;Charset="EUC-JP"')
    gb_lie = response(u + "shuzhai2.html", page(gr).encode(), "text/html; charset=GB2312")
    noct = response(u + "dukou2.html", fe_b, None)
    xhtml = response(u + "busstop2.xhtml", page(bk, head="", before='<?xml version="1.0" encoding="EUC-KR"?>\n').encode("cp949"), "application/xhtml+xml")
    three = response(u + "mill.html", page(mi).encode()) + response(u + "ferry.html", en_b) + response(u + "shoten.html", page(sh).encode())
    gz_three = warc(three, gz=True)
    last = len(warc(three[-1:], gz=True)) - len(warc([], gz=True))  # the last response's gzip member
    cut_gz = gz_three[: len(gz_three) - last // 2]
    plain_three = warc(three)
    cut_plain = plain_three[: len(plain_three) - len(three[-1].payload) // 2]
    W = lambda name, recs, exps, **kw: C17(name, G, {f"{name}.warc": warc(recs)}, exps, **kw)  # noqa: E731
    return [
        W("w_content_encoding_gzip", gz_rec, [x(en, url=u + "ferry.html", site="news.example.org"), x(fe)]),
        W("w_content_encoding_deflate_zlib_and_raw", defl, [x(ru), x(pl)]),
        W("w_content_encoding_br", br, [x(st)]),
        W("w_transfer_chunked", ch, [x(bk)]),
        W("w_chunked_and_gzip_big5", chgz, [x(tw)]),
        W("w_gzip_header_body_already_plain", plain_gz, [x(de)]),
        W("w_metadata_revisit_resource_records", kinds, [x(gr)]),
        W("w_non200_and_non_html", statuses, [x(en)], allow_dropped=True),
        W("w_http_latin1_lies_meta_utf8", lat_meta, [x(gr, mislabeled=True)]),
        W("w_http_latin1_lies_no_meta_ru", lat_nometa, [x(ru, mislabeled=True)]),
        W("w_http_charset_quoted_mixed_case", quoted, [x(st)]),
        W("w_http_gb2312_lies_utf8_page", gb_lie, [x(gr, mislabeled=True)]),
        W("w_no_content_type_gbk_meta", noct, [x(fe)]),
        W("w_xhtml_xml_decl_euckr", xhtml, [x(bk)]),
        C17("w_gz_truncated_last_member", G, {"cut.warc.gz": cut_gz}, [x(mi), x(en)], rc=1, errs=("cut.warc.gz",)),
        C17("w_plain_truncated_last_record", G, {"cut.warc": cut_plain}, [x(mi), x(en)], rc=1, errs=("cut.warc",)),
    ]


# --- inputs -------------------------------------------------------------------------------------------

def input_cases() -> list[C17]:
    G = "input"
    fe, oz, en, gr, sh, tw, ru, st, mi = T.FERRY, T.ORCHARD_ZH, T.FERRY_EN, T.GRANARY, T.SHOTEN, T.CINEMA_TW, T.TRAMS_RU, T.STATION_JA, T.MILL_EN
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + random.Random(3).randbytes(5000) + b"\xff\xd9"
    gz_cut = gzip.compress(page(ru, head=MC.format("windows-1251")).encode("cp1251"), mtime=0)[:-400]
    one_warc = warc(response("https://news.example.org/2026/03/mill.html", page(mi).encode()), gz=True)
    big_img = '<p class="logo"><img alt="" src="data:image/png;base64,' + base64.b64encode(random.Random(5).randbytes(240_000)).decode() + '"></p>\n'
    big_css = "<style>\n" + "".join(f".w{i} .item:hover>a[data-k='{i}']{{background:url(/img/s{i}.png) no-repeat {i}px 0}}\n" for i in range(1500)) + "</style>\n"
    cut_html = page(gr, head=MC.format("gbk"))
    cut_at = cut_html.index(gr.paras[2]) + 21
    cut_exp = Exp(gr.title, "\n".join([*gr.paras[:2], gr.paras[2][:21]]))
    sjis_cr = dump(sh, sep="\r\r").replace("\n", "\r").encode("cp932")
    return [
        C17("i_dir_mixed_broken", G, {"batch/a.html": page(fe).encode(), "batch/b.html": jpeg, "batch/c.txt": dump(oz).encode("gbk"),
                                     "batch/d.html.gz": gz_cut, "batch/e.warc.gz": one_warc},
            [x(fe), x(oz), x(mi)], rc=1, as_dir=True, errs=("b.html", "d.html.gz")),
        C17("i_out_file_dangling_symlink", G, {"runs/a.html": page(en).encode(), "runs/c.txt": dump(gr).encode()}, [x(en), x(gr)],
            rc=1, as_dir=True, out=True, errs=("b.html",), symlinks={"runs/b.html": "gone/b.html"}),
        C17("i_args_one_missing", G, {"p/first.html": page(tw, head=MC.format("big5")).encode("big5"), "p/third.txt": dump(ru).encode("cp1251")},
            [x(tw), x(ru)], rc=1, targets=("p/first.html", "p/second.html", "p/third.txt"), errs=("second.html",)),
        C17("i_non_ascii_names_broken_gz", G, {"存档/江心岛 渡轮.html": page(fe).encode(), "存档/статья.html.gz": gz_cut, "存档/駅舎.txt": dump(st).encode("cp932")},
            [x(fe), x(st)], rc=1, as_dir=True, errs=("статья.html.gz",)),
        hc("i_nul_padded_html", G, fe, page(fe).encode() + bytes(8192)),
        hc("i_nul_padded_gbk_txt", G, oz, dump(oz).encode("gbk") + bytes(4096), ext="txt"),
        hc("i_inline_image_240k_gbk_nolabel", G, gr, page(gr, head="", top=big_img).encode("gbk")),
        hc("i_inline_css_big5_nolabel", G, tw, page(tw, head="", extra_head=big_css).encode("big5"), script="traditional"),
        hc("i_cr_only_sjis_txt", G, sh, sjis_cr, ext="txt"),
        C17("i_utf16le_bom_only", G, {"bom.html": b"\xff\xfe"}, [], rc=1, errs=("bom.html",)),  # the project's "empty input" convention (see REPORT)
        C17("i_stdin_html_content_type_gbk", G, {"in.html": page(oz, head="").encode("gbk")}, [x(oz)], stdin="in.html",
            args=["--content-type", "text/html; charset=gbk"]),
        C17("i_stdin_sjis_text_dump", G, {"in.txt": dump(st).encode("cp932")}, [x(st)], stdin="in.txt"),
        C17("i_truncated_download_gbk", G, {"cut.html": cut_html[:cut_at].encode("gbk")}, [cut_exp]),
    ]


def build_all() -> list[C17]:
    return [*label_cases(), *mix_cases(), *ent_cases(), *warc_cases(), *input_cases()]
