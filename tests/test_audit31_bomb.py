"""Audit31: a gzip bomb saved as a page (or piped in) is refused at a cap, never inflated whole; a real
gzipped page and a gzipped data set (.jsonl.gz, no page's bound) are still read."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path

import pytest

from pipeline.sources.files import file_record, stdin_record
from pipeline.sources.jsonl import jsonl_records
from pipeline.sources.payload import MAX_INFLATED_PAGE, InflatesTooLarge, gunzip_capped

PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>雨污分流改造完工</title></head><body>"
        "<h1>雨污分流改造完工</h1><p>城西街道十二个老旧小区的雨污分流改造工程日前全部完工。</p></body></html>")


def _bomb(inflated: int) -> bytes:
    """Gzip bytes that inflate to ``inflated`` NUL bytes, built a megabyte at a time."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    return b"".join([*(comp.compress(chunk) for _ in range(inflated >> 20)), comp.flush()])


def test_capped_gunzip_stops_at_the_cap_and_reads_every_member() -> None:
    with pytest.raises(InflatesTooLarge):
        gunzip_capped(_bomb(3 << 20), cap=2 << 20)
    assert gunzip_capped(gzip.compress(b"a") + gzip.compress(b"b"), cap=2) == b"ab"


def test_a_bomb_named_html_gz_is_one_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(_bomb(MAX_INFLATED_PAGE + (1 << 20)))
    record = file_record(path)
    assert record.status == "error"
    assert "bomb.html.gz" in (record.reason or "") and "compression bomb" in (record.reason or "")
    assert record.raw is None


def test_a_bomb_on_stdin_is_refused() -> None:
    record = stdin_record(io.BytesIO(_bomb(MAX_INFLATED_PAGE + (1 << 20))))
    assert record.status == "error" and "compression bomb" in (record.reason or "")


def test_a_gzipped_page_and_a_gzipped_data_set_are_still_read(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert file_record(page).raw == PAGE.encode()
    data = tmp_path / "set.jsonl.gz"
    data.write_bytes(gzip.compress((json.dumps({"html": PAGE}, ensure_ascii=False) + "\n").encode()))
    records = list(jsonl_records(data))
    assert [r.html for r in records] == [PAGE]
