"""The ``repost clean`` command end to end, on real files, asserting the JSONL it prints."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .helpers import FIXTURES, jsonl

SIMPLE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry returns</title>
</head><body><article><h1>Harbour ferry returns</h1>
<p>The harbour ferry resumed its morning crossings on Monday after a three-week repair of its engine.</p>
</article></body></html>"""


def write_warc(path: Path, responses: list[tuple[str, str, bytes]], gzipped: bool = True) -> None:
    """A real WARC(.gz) with a warcinfo record and one response record per (url, content type, body)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "tests"}))
        for url, content_type, body in responses:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_clean_one_page_prints_exact_jsonl(tmp_path: Path, run_cli: Any) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(SIMPLE_PAGE, encoding="utf-8")
    code, out, err = run_cli("clean", str(page), "--url", "https://news.example.org/ferry")
    assert (code, err) == (0, "")
    [record] = jsonl(out)
    assert record == {
        "id": record["id"], "text": "The harbour ferry resumed its morning crossings on Monday after a three-week "
        "repair of its engine.", "title": "Harbour ferry returns", "url": "https://news.example.org/ferry",
        "source_path": str(page), "published": None, "author": None, "publisher": None,
        "site": "news.example.org", "lang": "en", "script": None, "encoding": "utf-8", "encoding_source": "meta",
        "mislabeled": False, "fetched_at": None, "next_pages": [], "flags": [], "changes": record["changes"],
        "status": "ok", "reason": None,
    }
    assert len(record["id"]) == 16
    assert all(rule.startswith(("strip", "heuristic", "hidden")) or ":" in rule for rule in record["changes"])


def test_text_repost_loses_spam_breadcrumb_and_pinyin(run_cli: Any) -> None:
    case = FIXTURES / "pages" / "text-repost-tw-pinyin"
    code, out, err = run_cli("clean", str(case / "source.bin"))
    assert code == 0, err
    [record] = jsonl(out)
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert record["title"] == expected["title"]
    assert record["text"] == (case / "expected.txt").read_text(encoding="utf-8").strip()
    assert record["publisher"] == expected["publisher"]
    assert record["script"] == "simplified"


def test_warc_gz_gives_one_record_per_html_response(tmp_path: Path, run_cli: Any) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("https://a.example/1", "text/html; charset=utf-8", SIMPLE_PAGE.encode()),
        ("https://a.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://b.example/2", "text/html; charset=gbk",
         "<html><body><h1>港口渡轮恢复运营</h1><p>港口渡轮周一恢复早班航线。</p></body></html>".encode("gbk")),
    ])
    code, out, err = run_cli("clean", str(warc))
    assert (code, err) == (0, "")
    records = jsonl(out)
    assert [r["url"] for r in records] == ["https://a.example/1", "https://b.example/2"]
    assert records[1]["text"] == "港口渡轮周一恢复早班航线。"
    assert records[1]["encoding"] == "gb18030"
    assert all(r["source_path"] == str(warc) for r in records)


def test_truncated_warc_keeps_what_came_before_and_names_the_file(tmp_path: Path, run_cli: Any) -> None:
    warc = tmp_path / "cut.warc.gz"
    write_warc(warc, [("https://a.example/1", "text/html", SIMPLE_PAGE.encode()),
                      ("https://a.example/2", "text/html", SIMPLE_PAGE.replace("ferry", "tram").encode())])
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 40])
    code, out, err = run_cli("clean", str(warc))
    assert code == 1
    assert [r["url"] for r in jsonl(out)] == ["https://a.example/1"]
    assert err.count("\n") == 1 and str(warc) in err and "WARC" in err


def test_a_file_that_is_no_warc_gets_a_short_printable_error(tmp_path: Path, run_cli: Any) -> None:
    noise = tmp_path / "noise.warc"
    noise.write_bytes(bytes(range(128, 256)) * 4)
    code, _, err = run_cli("clean", str(noise))
    assert code == 1
    assert err == f"repost: error: {noise}: not a WARC file: it does not start with a WARC/1.x record header\n"


def test_gzip_that_does_not_inflate_or_holds_no_warc_is_an_error(tmp_path: Path, run_cli: Any) -> None:
    # warcio reads both as archives of no records: without the check they passed with exit code 0.
    broken, other = tmp_path / "broken.warc.gz", tmp_path / "page.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(64)))
    other.write_bytes(gzip.compress(SIMPLE_PAGE.encode()))
    code, out, err = run_cli("clean", str(broken), str(other))
    assert (code, out) == (1, "")
    first, second = err.splitlines()
    assert first.startswith(f"repost: error: {broken}: broken gzip: ")
    assert second == f"repost: error: {other}: not a WARC file: it does not start with a WARC/1.x record header"


def test_malformed_warc_record_is_an_error_after_the_records_before_it(tmp_path: Path, run_cli: Any) -> None:
    # A response record without WARC-Target-URI made warcio raise AttributeError, which ended the run.
    warc = tmp_path / "odd.warc"
    write_warc(warc, [("https://a.example/1", "text/html", SIMPLE_PAGE.encode())], gzipped=False)
    headless = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>"
    warc.write_bytes(warc.read_bytes() + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n"
                     b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (len(headless), headless))
    page = tmp_path / "after.html"
    page.write_text(SIMPLE_PAGE.replace("ferry", "tram"), encoding="utf-8")
    code, out, err = run_cli("clean", str(warc), str(page))
    assert code == 1
    assert [r.get("url") or Path(r["source_path"]).name for r in jsonl(out)] == ["https://a.example/1", "after.html"]
    assert err.count("\n") == 1 and err.startswith(f"repost: error: {warc}: broken or truncated WARC")


def test_directory_of_good_junk_and_empty_inputs(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text(SIMPLE_PAGE, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Tram line opens\n\nThe new tram line opened to riders today.\n")
    (tmp_path / "junk.html").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(SIMPLE_PAGE.replace("ferry", "bus").encode()))
    code, out, err = run_cli("clean", str(tmp_path))
    assert code == 1
    assert [Path(r["source_path"]).name for r in jsonl(out)] == ["a.html", "c.html.gz", "b.txt"]
    lines = err.splitlines()
    assert len(lines) == 2
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("junk.html" in line and "binary" in line for line in lines)


def test_text_with_lossy_damage_is_text_not_binary(tmp_path: Path, run_cli: Any) -> None:
    # A dump whose reposter lost bytes: U+FFFD runs and C1 controls are damage to flag, not binary data.
    lossy = "\ufffd\ufffd市政府今天召开新闻发布会\ufffd介绍\x85\x96新建地铁线路的进展情况。"
    dump = tmp_path / "lossy.txt"
    dump.write_text("地铁新线路进展\n\n" + lossy * 8 + "\n", encoding="utf-8")
    code, out, err = run_cli("clean", str(dump))
    assert code == 0, err
    assert "介绍" in jsonl(out)[0]["text"]


def test_missing_file_is_named_and_run_goes_on(tmp_path: Path, run_cli: Any) -> None:
    page = tmp_path / "ok.html"
    page.write_text(SIMPLE_PAGE, encoding="utf-8")
    code, out, err = run_cli("clean", str(tmp_path / "nope.html"), str(page))
    assert code == 1
    assert len(jsonl(out)) == 1
    assert "nope.html" in err and "cannot read" in err


def test_output_is_atomic_and_never_overwrites_an_input(tmp_path: Path, run_cli: Any) -> None:
    page = tmp_path / "ok.html"
    page.write_text(SIMPLE_PAGE, encoding="utf-8")
    code, _, err = run_cli("clean", str(page), "-o", str(page))
    assert code == 2 and "overwrite an input" in err
    assert page.read_text(encoding="utf-8") == SIMPLE_PAGE
    out_file = tmp_path / "out" / "articles.jsonl"
    code, out, _ = run_cli("clean", str(page), "-o", str(out_file))
    assert (code, out) == (0, "")
    assert jsonl(out_file.read_text(encoding="utf-8"))[0]["title"] == "Harbour ferry returns"
    assert [p.name for p in out_file.parent.iterdir()] == ["articles.jsonl"]
    mask = os.umask(0)
    os.umask(mask)
    assert out_file.stat().st_mode & 0o777 == 0o666 & ~mask  # as open() makes it, not mkstemp's 0600


def test_jsonl_reclean_and_invalid_utf8_line(tmp_path: Path, run_cli: Any) -> None:
    source = tmp_path / "in.jsonl"
    good = {"id": "x1", "url": "https://a.example/1", "title": "Tram line opens",
            "text": "The new tram line opened to riders today."}
    source.write_bytes(json.dumps(good).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    code, out, err = run_cli("clean", str(source))
    assert code == 1
    [record] = jsonl(out)
    assert (record["id"], record["title"], record["text"]) == ("x1", good["title"], good["text"])
    assert f"{source}:2" in err and "UTF-8" in err


def test_stdin_and_text_format_with_explain(monkeypatch: pytest.MonkeyPatch, run_cli: Any) -> None:
    page = SIMPLE_PAGE.replace("<p>The", "<p>The\u200b").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page)))
    code, out, err = run_cli("clean", "-", "--format", "text", "--explain")
    assert (code, err) == (0, "")
    assert out.startswith("=== -")
    assert "# encoding: utf-8 (from meta)" in out
    assert "Harbour ferry returns\n\nThe harbour ferry resumed" in out


def test_version_and_usage_errors(run_cli: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        run_cli("--version")
    assert exc.value.code == 0
    with pytest.raises(SystemExit) as exc:
        run_cli("clean", "--script", "klingon")
    assert exc.value.code == 2


def _explain_changes(record: dict[str, Any]) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = record["explain"]["changes"]
    return changes


def test_explain_accounts_for_the_spam_line(run_cli: Any) -> None:
    case = FIXTURES / "pages" / "text-repost-tw-pinyin"
    code, out, err = run_cli("clean", str(case / "source.bin"), "--explain")
    assert code == 0, err
    [record] = jsonl(out)
    removed = " ".join(c["before"] for c in _explain_changes(record))
    assert "精品国产" in removed
    assert sum(record["changes"].values()) == len(_explain_changes(record))


def test_dedup_marks_later_copies_across_runs(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tram line opens\n\nThe new tram line opened to riders, today.\n")
    (tmp_path / "in" / "b.txt").write_text("Tram line opens\n\nThe  new tram line opened to riders，today.\n")
    (tmp_path / "in" / "c.txt").write_text("Bus line closes\n\nThe old bus line closed for good on Sunday.\n")
    db = tmp_path / "seen.sqlite"
    code, out, _ = run_cli("clean", str(tmp_path / "in"), "--dedup-db", str(db))
    records = jsonl(out)
    assert code == 0
    assert [r["status"] for r in records] == ["ok", "dropped", "ok"]
    assert records[1]["reason"] == f"duplicate of {records[0]['id']}"
    (tmp_path / "again.txt").write_text("Bus line closes\n\nThe old bus line closed for good on Sunday.\n")
    code, out, _ = run_cli("clean", str(tmp_path / "again.txt"), "--dedup-db", str(db))
    assert jsonl(out)[0]["reason"] == f"duplicate of {records[2]['id']}"


def test_a_directory_walk_reads_only_page_files_and_a_page_saved_as_txt_is_html(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "notes.md").write_text("# notes\n\nnot an article\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "saved.txt").write_text("<!DOCTYPE html>\n" + SIMPLE_PAGE, encoding="utf-8")
    code, out, err = run_cli("clean", str(tmp_path))
    assert code == 0, err
    records = jsonl(out)
    assert [Path(r["source_path"]).name for r in records] == ["saved.txt"]
    assert "<" not in records[0]["text"] and "DOCTYPE" not in (records[0]["title"] or "")


def test_a_warc_gzipped_whole_is_read_like_one_gzipped_per_record(tmp_path: Path, run_cli: Any) -> None:
    per_record = tmp_path / "records.warc.gz"
    pages = [(f"https://news.example.org/{n}", "text/html", SIMPLE_PAGE.replace("ferry", word).encode())
             for n, word in enumerate(("ferry", "tram", "bus"))]
    write_warc(per_record, pages)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(gzip.decompress(per_record.read_bytes())))
    code, out, err = run_cli("clean", str(whole))
    assert (code, err) == (0, "")
    assert [r["url"] for r in jsonl(out)] == [url for url, _, _ in pages]
