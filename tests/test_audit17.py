"""Audit17 (inputs and bytes end to end): WARC payload encodings, directory walks, padding, labels,
references and mixed regions. Texts are our own."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.decode import decode_bytes
from pipeline.record import apply_plan
from pipeline.repair import repair_text
from pipeline.sources import open_sources
from pipeline.sources.files import stdin_record
from pipeline.sources.warc import warc_records

PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry goes electric</title>'
        "</head><body><h1>Ferry goes electric</h1>"
        "<p>The island ferry made its first crossing on battery power.</p></body></html>")
ZH = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>渡轮换上电动船</title></head>"
      "<body><h1>渡轮换上电动船</h1>"
      "<p>连接江心岛和南岸码头的三条渡轮日前全部换成电动船，岛上居民出行从此告别了柴油味。</p></body></html>")


def _warc(path: Path, body: bytes, headers: list[tuple[str, str]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *headers], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example.org/ferry.html", "response",
                                                      payload=io.BytesIO(body), http_headers=http))


def test_a_brotli_encoded_response_is_decompressed(tmp_path: Path) -> None:
    brotli = pytest.importorskip("brotli")  # an optional package (warcio's br hook broke on its current API)
    path = tmp_path / "br.warc"
    _warc(path, brotli.compress(PAGE.encode()), [("Content-Encoding", "br")])
    records = list(warc_records(path))
    assert [r.raw for r in records] == [PAGE.encode()]


def test_a_stale_brotli_header_over_a_plain_body_keeps_the_body(tmp_path: Path) -> None:
    pytest.importorskip("brotli")
    path = tmp_path / "stale.warc"
    _warc(path, PAGE.encode(), [("Content-Encoding", "br")])
    assert [r.raw for r in warc_records(path)] == [PAGE.encode()]


def test_a_dangling_symlink_in_a_directory_is_reported_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").symlink_to(tmp_path / "gone.html")
    (tmp_path / "notes.md").symlink_to(tmp_path / "gone.md")  # not an input a walk reads
    records = list(open_sources([str(tmp_path)]))
    assert [Path(r.provenance.source_path or "").name for r in records] == ["a.html", "b.html"]
    assert records[0].status == "ok" and records[1].status == "error"
    assert "b.html" in (records[1].reason or "")


def test_nul_padding_after_a_page_is_ignored_and_said() -> None:
    decoded = decode_bytes(ZH.encode("gbk").replace(b"utf-8", b"gbk") + bytes(4096))
    assert decoded.text == ZH.replace("utf-8", "gbk")
    assert "4096 trailing NUL bytes" in decoded.evidence


def test_utf16_text_ending_in_ascii_keeps_its_last_nul() -> None:
    decoded = decode_bytes(b"\xff\xfe" + "渡轮换上电动船 OK\n".encode("utf-16-le") + bytes(64))
    assert decoded.text == "渡轮换上电动船 OK\n"


def test_a_few_nuls_ending_a_file_are_not_padding() -> None:
    assert decode_bytes(b"plain text\x00\x00").text == "plain text\x00\x00"


def _latin1_refs(text: str, codec: str) -> str:
    return "".join(f"&#x{b:X};" if b >= 0x80 else chr(b) for b in text.encode(codec))


GBK_PARA = "书房保留了粮仓的木梁和拱形屋顶，墙上挂着当年的粮票。"


def test_references_spelling_gbk_bytes_are_read_as_the_characters() -> None:
    page = f"<html><body><p>老粮站变成了社区书房。</p><p>{_latin1_refs(GBK_PARA, 'gbk')}</p></body></html>"
    result = repair_text(page, html=True)
    assert result.text == f"<html><body><p>老粮站变成了社区书房。</p><p>{GBK_PARA}</p></body></html>"
    assert [c.rule for c in result.changes] == ["escaped_mojibake"]
    assert apply_plan(page, result.changes) == result.text


def test_php_htmlentities_over_gbk_is_read_the_pages_codec_winning_a_near_tie() -> None:
    title = "梨花节前完成八百亩"  # as GBK bytes also a plausible-looking run of Korean
    names = {0xC0: "Agrave", 0xE6: "aelig", 0xBB: "raquo", 0xA8: "uml", 0xBD: "frac12", 0xDA: "Uacute", 0xC7: "Ccedil",
             0xB0: "deg", 0xCD: "Iacute", 0xEA: "ecirc", 0xB3: "sup3", 0xC9: "Eacute", 0xCB: "Euml", 0xD9: "Ugrave",
             0xC4: "Auml", 0xB6: "para"}
    escaped = "".join(f"&{names[b]};" for b in title.encode("gbk"))
    page = f"<html><body><h1>{escaped}</h1><p>梨园里响起嗡嗡声。</p></body></html>"
    repaired = repair_text(page, html=True, codec_hint="gb18030").text
    assert repaired == f"<html><body><h1>{title}</h1><p>梨园里响起嗡嗡声。</p></body></html>"


def test_runs_of_latin_references_that_are_no_cjk_bytes_stay() -> None:
    for page in ("<p>Caf&eacute;&nbsp;&nbsp;&nbsp;&nbsp;cr&egrave;me &Agrave;&Eacute;&Icirc;&Otilde;.</p>",
                 "<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Indented.</p>",
                 "<p>Stra&szlig;e &Uuml;&Auml;&Ouml;&szlig; &copy;&reg;&trade;&sect;&para;</p>"):
        assert repair_text(page, html=True).text == page


def test_references_escaped_twice_lose_one_level() -> None:
    page = ("<html><body><h1>Smith &amp;amp; Sons reopen</h1>"
            "<p>&amp;ldquo;We didn&amp;rsquo;t want it to close,&amp;rdquo; she said.</p>"
            "<p>&amp;nbsp;&amp;nbsp;“以前要捂着耳朵。”</p></body></html>")
    result = repair_text(page, html=True)
    # (once-escaped, a reference is written as its character unless that is markup's or a space: audit37)
    assert result.text == ("<html><body><h1>Smith &amp; Sons reopen</h1>"
                           "<p>“We didn’t want it to close,” she said.</p>"
                           "<p>&nbsp;&nbsp;“以前要捂着耳朵。”</p></body></html>")
    assert "double_escaped" in [c.rule for c in result.changes]
    assert apply_plan(page, result.changes) == result.text


def test_a_tutorial_quoting_references_keeps_them() -> None:
    page = ("<html><body><p>To get a non-breaking space, write &amp;nbsp; in your markup.</p>"
            "<p>A curly quote is &amp;ldquo; and an ampersand is &amp;amp; in HTML.</p>"
            "<pre>&amp;rsquo;&amp;rsquo;</pre><p><code>it&amp;rsquo;s</code></p></body></html>")
    assert repair_text(page, html=True).text == page


AR_TITLE = "افتتاح مكتبة متنقلة تجوب قرى الجنوب"
AR_PARA = "أطلقت جمعية ثقافية محلية مكتبة متنقلة على متن حافلة قديمة تزور القرى الجنوبية مرتين كل أسبوع."


def test_unlabelled_arabic_windows_1256_is_detected() -> None:
    text = f"{AR_TITLE}\n\n{AR_PARA}\n"
    decoded = decode_bytes(text.encode("cp1256"))
    assert (decoded.text, decoded.encoding) == (text, "cp1256")


def test_windows_1256_under_an_iso_8859_6_label_is_mislabeled() -> None:
    page = (f'<html lang="ar"><head><meta charset="iso-8859-6"><title>{AR_TITLE}</title></head>'
            f"<body><p>{AR_PARA}</p></body></html>")
    decoded = decode_bytes(page.encode("cp1256"))
    assert decoded.text == page and decoded.mislabeled


def test_utf8_words_inside_a_big5_paragraph_are_read_as_utf8() -> None:
    words = "整修時保留了木製座椅"
    para = f"戲院第三代經營者表示，{words}和手繪看板，放映機則換成數位設備。"
    page = f'<html><head><meta charset="big5"></head><body><p>{para}</p><p>老戲院是府城的記憶。</p></body></html>'
    data = page.encode("big5").replace(words.encode("big5"), words.encode("utf-8"))
    decoded = decode_bytes(data)
    assert decoded.text == page and decoded.source == "mixed"


def test_a_big5_paragraph_with_a_broken_byte_but_no_utf8_run_stays_big5() -> None:
    para = "戲院第三代經營者表示，整修時保留了木製座椅和手繪看板。"
    data = f'<html><head><meta charset="big5"></head><body><p>{para}</p></body></html>'.encode("big5")
    broken = data.replace("看板".encode("big5"), b"\xe6\xa5")  # two stray bytes, no run of UTF-8 characters
    assert decode_bytes(broken).encoding == "big5hkscs"


EL = "Άνοιξε ξανά το παλιό λιμανάκι της Άνδρου για τα μικρά αλιευτικά σκάφη."


def _meta_page(charset: str, text: str) -> str:
    return f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'


def test_windows_1253_under_an_iso_8859_7_label_keeps_its_capital_alpha_tonos() -> None:
    page = _meta_page("iso-8859-7", EL)
    decoded = decode_bytes(page.encode("cp1253"))
    assert decoded.text == page and decoded.encoding == "cp1253" and decoded.mislabeled


def test_iso_8859_7_with_quotes_and_alpha_tonos_stays_iso_8859_7() -> None:
    page = _meta_page("iso-8859-7", "Ο δήμαρχος είπε ‘ναι’ στο έργο. " + EL)
    decoded = decode_bytes(page.encode("iso8859-7"))
    assert decoded.text == page and not decoded.mislabeled


def test_iso_8859_2_czech_under_a_windows_1250_label_is_read_as_iso_8859_2() -> None:
    page = _meta_page("windows-1250", "Škola řemesel otevřela dílnu. Žáci se učí kovářství a tkaní.")
    decoded = decode_bytes(page.encode("iso8859-2"))
    assert decoded.text == page and decoded.encoding == "iso8859-2"


def test_windows_1250_polish_with_guillemets_stays_windows_1250() -> None:
    page = _meta_page("windows-1250", "Dyrektorka mówi: «Księgozbiór się powiększa», a czytelnicy są zadowoleni.")
    decoded = decode_bytes(page.encode("cp1250"))
    assert decoded.text == page and decoded.encoding == "cp1250"


ZH_PARAS = ("城东街道一座闲置了十多年的老粮站，经过半年改造，变成了一间社区书房。",
            "书房保留了粮仓的木梁和拱形屋顶，墙上挂着当年的粮票和收购单据，不少老人来这里看书。",
            "街道工作人员表示，书房每天开放十小时。")
TW_PARAS = ("位於中西區巷弄內的老戲院歷經兩年整修，本週末將重新開幕。",
            "戲院第三代經營者表示，整修時保留了木製座椅和手繪看板，放映機則換成數位設備，票價維持一百元。",
            "文化局指出，老戲院是府城重要的庶民記憶。")


def _minified(paras: tuple[str, ...], middle: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in (paras[0], middle, paras[2]))
    return f'<html><head><meta charset="utf-8"></head><body><h1>标题</h1><div>{body}</div></body></html>'


def test_one_legacy_paragraph_read_as_latin1_on_a_minified_page_is_repaired() -> None:
    for paras, codec in ((ZH_PARAS, "gbk"), (TW_PARAS, "big5")):  # Big5 trail bytes are ASCII: no run holds it all
        page = _minified(paras, paras[1].encode(codec).decode("latin-1"))
        result = repair_text(page, html=True)
        assert result.text == _minified(paras, paras[1]), codec
        assert [c.rule for c in result.changes] == ["mojibake_cjk"]


def test_utf8_read_as_windows_1251_on_a_minified_page_is_repaired() -> None:
    ru = ("В депо открылся музей.", "Энтузиасты восемь лет восстанавливали кузова.", "Билеты продаются на месте.")
    page = _minified(ru, ru[1].encode("utf-8").decode("cp1251"))
    assert repair_text(page, html=True).text == _minified(ru, ru[1])


def test_x_gzip_stacked_and_zstd_codings_are_undone(tmp_path: Path) -> None:
    cases = [("xgzip", gzip.compress(PAGE.encode()), "x-gzip"),
             ("stacked", zlib.compress(gzip.compress(PAGE.encode())), "gzip, deflate")]
    for name, body, header in cases:
        path = tmp_path / f"{name}.warc"
        _warc(path, body, [("Content-Encoding", header)])
        assert [r.raw for r in warc_records(path)] == [PAGE.encode()], name
    zstd = pytest.importorskip("backports.zstd")  # optional, like brotli
    path = tmp_path / "zstd.warc"
    _warc(path, zstd.compress(PAGE.encode()), [("Content-Encoding", "zstd")])
    assert [r.raw for r in warc_records(path)] == [PAGE.encode()]


def test_gzip_bytes_saved_as_a_page_or_piped_in_are_read(tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_bytes(gzip.compress(PAGE.encode()))
    assert [r.raw for r in open_sources([str(saved)])] == [PAGE.encode()]
    assert stdin_record(io.BytesIO(gzip.compress(PAGE.encode()))).raw == PAGE.encode()
    broken = stdin_record(io.BytesIO(gzip.compress(PAGE.encode())[:-30]))
    assert broken.status == "error" and "broken gzip" in (broken.reason or "")
