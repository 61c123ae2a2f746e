"""Audit17 (inputs and bytes end to end): WARC payload encodings, directory walks, padding, labels,
references and mixed regions. Texts are our own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.decode import decode_bytes
from pipeline.sources import open_sources
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
