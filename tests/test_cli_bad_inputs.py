"""Bad inputs through ``repost clean``: each one named on one stderr line, the rest cleaned, exit code 1."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from .helpers import jsonl
from .test_cli import SIMPLE_PAGE, write_warc


def _members(data: bytes) -> list[int]:
    """Where each gzip member of a record-by-record gzipped WARC starts."""
    starts, pos = [], 0
    while pos < len(data):
        starts.append(pos)
        inflater = zlib.decompressobj(wbits=31)
        inflater.decompress(data[pos:])
        pos = len(data) - len(inflater.unused_data)
    return starts


def test_gzip_warc_cut_anywhere_in_its_last_record_is_named_with_the_record(tmp_path: Path, run_cli: Any) -> None:
    # Cut inside a record's WARC or HTTP headers, warcio ended quietly: the record was lost, exit code 0.
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [("https://a.example/1", "text/html", SIMPLE_PAGE.encode()),
                       ("https://a.example/2", "text/html", SIMPLE_PAGE.replace("ferry", "tram").encode())])
    data = whole.read_bytes()
    last = _members(data)[-1]
    for cut in range(last + 10, len(data) - 8, 37):
        warc = tmp_path / "cut.warc.gz"
        warc.write_bytes(data[:cut])
        code, out, err = run_cli("clean", str(warc))
        assert code == 1, cut
        assert [r["url"] for r in jsonl(out)] == ["https://a.example/1"], cut
        assert err.count("\n") == 1 and err.startswith(f"repost: error: {warc}: "), (cut, err)
        assert "truncated" in err, (cut, err)


def test_a_folder_with_nothing_to_read_is_named_and_the_rest_cleaned(tmp_path: Path, run_cli: Any) -> None:
    # An empty folder, or one holding only files the walk does not read, printed nothing and exited 0.
    empty, other = tmp_path / "empty", tmp_path / "pdfs"
    empty.mkdir()
    other.mkdir()
    (other / "report.pdf").write_bytes(b"%PDF-1.4\n")
    page = tmp_path / "ok.html"
    page.write_text(SIMPLE_PAGE, encoding="utf-8")
    code, out, err = run_cli("clean", str(empty), str(page), str(other))
    assert code == 1
    assert [Path(r["source_path"]).name for r in jsonl(out)] == ["ok.html"]
    assert err.splitlines() == [f"repost: error: {folder}: no input files in this directory (pages, .mht, "
                                ".rss/.atom, WARC, JSONL)" for folder in (empty, other)]


def test_a_broken_record_in_a_gzip_warc_is_named_and_the_records_after_it_read(tmp_path: Path,
                                                                                run_cli: Any) -> None:
    # One damaged gzip member ended the file's reading: the good records after it were lost.
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [(f"https://a.example/{n}", "text/html", SIMPLE_PAGE.replace("ferry", word).encode())
                      for n, word in enumerate(("ferry", "tram", "bus", "train"))])
    data = bytearray(warc.read_bytes())
    starts = _members(bytes(data))  # warcinfo, then the four responses
    for pos in range(starts[2] + 20, starts[2] + 60):
        data[pos] ^= 0x55
    warc.write_bytes(bytes(data))
    code, out, err = run_cli("clean", str(warc))
    assert code == 1
    assert [r["url"] for r in jsonl(out)] == ["https://a.example/0", "https://a.example/2", "https://a.example/3"]
    assert err.count("\n") == 1
    assert err.startswith(f"repost: error: {warc}: broken or truncated WARC record at offset {starts[2]}: ")
