"""``repost crawl --start``, ``repost fetch`` and the progress line, through the real entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from pipeline.fetch.report import Progress, Stats

from .servers import Reply, Site, html

TEXT = "区政府今天公布了新一批老旧小区改造名单，共涉及十二个小区、三千多户居民。"


def site_with_pages() -> Site:
    site = Site()
    site.routes.update({
        "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /secret\n", headers={"Content-Type": "text/plain"}),
        "/list": Reply(body=b'<a href="/n/1">1</a><a href="/n/2?utm_campaign=z">2</a><a href="/secret/3">3</a>'
                            b'<a href="/about">about</a>'),
        "/n/1": Reply(body=html("改造名单公布", TEXT)),
        "/n/2": Reply(body=html("第二页", TEXT[::-1])),
        "/secret/3": Reply(body=html("no", "no")),
        "/feed": Reply(body=f'<rss><channel><item><link>{"/n/1"}</link></item></channel></rss>'.encode(),
                       headers={"Content-Type": "application/rss+xml"}),
    })
    return site


def urls_in(out: Path) -> list[str]:
    lines = [x for run in sorted((out / "runs").iterdir())
             for x in (run / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return sorted(json.loads(x)["url"] for x in lines)


def test_crawl_start_list_page_with_link_pattern(run_cli: Any, tmp_path: Path) -> None:
    with site_with_pages() as site:
        code, out, err = run_cli("crawl", "--start", site.url("/list"), "--link-pattern", r"/(n|secret)/\d+$",
                                 "--out", str(tmp_path), "--allow-private-networks", "--delay", "0.01")
    assert code == 0, err
    assert "skipped:  robots.txt 1" in out and str(tmp_path) in out
    assert urls_in(tmp_path) == [site.url("/n/1"), site.url("/n/2")]
    assert "/about" not in site.paths()


def test_crawl_start_feed_and_page_kinds_are_found_on_fetch(run_cli: Any, tmp_path: Path) -> None:
    with site_with_pages() as site:
        code, _, err = run_cli("crawl", "--start", site.url("/feed"), "--start", site.url("/n/2"),
                               "--out", str(tmp_path), "--allow-private-networks", "--delay", "0.01")
    assert code == 0, err
    assert urls_in(tmp_path) == [site.url("/n/1"), site.url("/n/2")]


def test_crawl_refuses_loopback_without_the_flag(run_cli: Any, tmp_path: Path) -> None:
    with site_with_pages() as site:
        code, out, err = run_cli("crawl", "--start", site.url("/list"), "--out", str(tmp_path), "--delay", "0")
    assert code == 1 and "unsafe address 1" in out and site.log == []
    assert err.splitlines() == [f"repost crawl: {site.url('/list')}: unsafe: 127.0.0.1 resolves to 127.0.0.1 "
                                "(loopback address)"]


def test_crawl_usage_errors(run_cli: Any, tmp_path: Path) -> None:
    assert run_cli("crawl", "--start", "http://a.test/")[0] == 2  # no --out
    assert run_cli("crawl")[0] == 2
    assert run_cli("crawl", "--start", "gopher://x", "--out", str(tmp_path))[0] == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("nonsense = 1\n", encoding="utf-8")
    code, _, err = run_cli("crawl", str(bad))
    assert code == 2 and "unknown key 'nonsense'" in err


def test_fetch_writes_a_warc_and_obeys_robots(run_cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "pages.warc.gz"
    with site_with_pages() as site:
        code, _, err = run_cli("fetch", site.url("/n/1"), site.url("/secret/3"), "-o", str(out),
                               "--allow-private-networks", "--delay", "0.01")
    assert code == 1 and "robots" in err
    with out.open("rb") as fh:
        got = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)]
    assert ("response", site.url("/n/1")) in got and ("response", site.url("/robots.txt")) in got
    assert all(uri != site.url("/secret/3") for _, uri in got)
    assert "/secret/3" not in site.paths()


def test_progress_only_on_a_terminal() -> None:
    quiet, loud = io.StringIO(), io.StringIO()
    stats = Stats()
    stats.add("fetched", 3)
    Progress(quiet).update(stats, 5, force=True)
    Progress(loud, enabled=True).update(stats, 5, force=True)
    assert quiet.getvalue() == "" and loud.getvalue().startswith("\r3 pages (3 new")
