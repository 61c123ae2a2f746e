"""A WARC response whose Content-Encoding inflates past the page cap is a compression bomb: the record is
refused with an error naming the file and offset, memory stays near the cap, and the archive's other records
are still read. Lone gzip (warcio inflates it), stacked codings, br and zstd (ours) all stop at the cap."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.sources import warc
from pipeline.sources.payload import InflatesTooLarge, undo_codings

CAP = 1 << 20
PAGE = (b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Night market reopens</title></head><body>'
        b"<h1>Night market reopens</h1><p>The riverside night market reopened on Friday with forty stalls.</p>"
        b"</body></html>")
FILLER = b"<p>" + b" " * (3 * CAP) + b"</p>"  # three times the cap, a few kilobytes compressed


def _write(path: Path, bodies: list[tuple[bytes, str]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for number, (body, coding) in enumerate(bodies):
            headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", coding)]
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://market.example.org/{number}.html", "response",
                                                          payload=io.BytesIO(body), http_headers=http))


def _deflate_gzip(data: bytes) -> bytes:
    return gzip.compress(zlib.compress(data))


def _brotli(data: bytes) -> bytes:
    brotli = pytest.importorskip("brotli")
    return bytes(brotli.compress(data, quality=5))


def _zstd(data: bytes) -> bytes:
    return bytes(pytest.importorskip("backports.zstd").compress(data))


@pytest.mark.parametrize(("coding", "pack"), [
    ("gzip", gzip.compress), ("deflate, gzip", _deflate_gzip), ("br", _brotli), ("zstd", _zstd)])
def test_a_bomb_record_is_refused_and_the_next_record_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, coding: str, pack: Callable[[bytes], bytes]) -> None:
    monkeypatch.setattr(warc, "MAX_INFLATED_PAGE", CAP)
    path = tmp_path / "bomb.warc"
    _write(path, [(pack(FILLER), coding), (pack(PAGE), coding)])
    first, second = list(warc.warc_records(path))
    reason = first.reason or ""
    assert first.status == "error"
    assert str(path) in reason and "record at offset 0" in reason and "inflates past 1 MB" in reason
    assert second.status != "error" and second.raw == PAGE
    assert second.url == "https://market.example.org/1.html"


def test_a_record_just_under_the_cap_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "MAX_INFLATED_PAGE", CAP)
    body = PAGE + b" " * (CAP - len(PAGE))
    path = tmp_path / "full.warc"
    _write(path, [(gzip.compress(body), "gzip"), (zlib.compress(body), "deflate, identity")])
    assert [record.raw for record in warc.warc_records(path)] == [body, body]


def test_capped_codings_equal_the_libraries_on_members_frames_and_padding() -> None:
    zstd = pytest.importorskip("backports.zstd")
    assert undo_codings(gzip.compress(b"ab") + gzip.compress(b"cd") + b"\0\0", ["gzip"]) == b"abcd"
    assert undo_codings(zstd.compress(b"ab") + zstd.compress(b"cd"), ["zstd"]) == b"abcd"
    assert undo_codings(zlib.compress(b"page")[2:-4], ["deflate"]) == b"page"  # raw deflate
    assert undo_codings(b"stored plain under a stale header", ["zstd"]) == b"stored plain under a stale header"
    with pytest.raises(InflatesTooLarge):
        undo_codings(zstd.compress(b"x" * (CAP + 1)), ["zstd"], CAP)
