"""The same article bytes at two URLs of one crawl (/x and /x/, a print twin): archived and cleaned once."""

from __future__ import annotations

from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipeline.fetch.config import Site

from .servers import Reply, html
from .servers import Site as Server
from .test_crawl import crawl, job_for, records, sitemap, warc_types

STORY = ("区图书馆从下月起延长周末开放时间，周六和周日均开放至晚上九点。",
         "馆方表示，延长时段内自习区和少儿阅览室照常开放，借还服务不受影响。")


def revisits(run_dir: Path) -> dict[str, tuple[str, str]]:
    """Target URI -> (WARC-Refers-To-Target-URI, WARC-Profile) of every revisit record."""
    out = {}
    with (run_dir / "crawl.warc.gz").open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "revisit":
                h = rec.rec_headers
                out[h.get_header("WARC-Target-URI")] = (h.get_header("WARC-Refers-To-Target-URI"),
                                                        h.get_header("WARC-Profile"))
    return out


def test_a_url_serving_another_urls_bytes_is_a_revisit_and_a_dropped_record(tmp_path: Path) -> None:
    page = html("周末开放延长至晚九点", *STORY)
    with Server() as server:
        server.routes.update({
            "/robots.txt": Reply(404),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/news/7", "/news/7/", "/news/8"]),
                                  headers={"Content-Type": "application/xml"}),
            "/news/7": Reply(body=page), "/news/7/": Reply(body=page),
            "/news/8": Reply(body=html("少儿阅览室重新布置", *STORY[::-1])),
        })
        site = Site(name="s", sitemaps=(server.url("/sitemap.xml"),), hosts=("127.0.0.1",))
        first = crawl(job_for(site), tmp_path / "out")
        server.routes["/sitemap.xml"] = Reply(body=sitemap(server.base, ["/news/7", "/news/7/", "/news/7?print=1"]),
                                              headers={"Content-Type": "application/xml"})
        server.routes["/news/7?print=1"] = Reply(body=page)
        second = crawl(job_for(site), tmp_path / "out")
    got = {r["url"]: r for r in records(first)}
    assert got[server.url("/news/7")]["status"] == "ok" and got[server.url("/news/8")]["status"] == "ok"
    copy = got[server.url("/news/7/")]
    assert copy["status"] == "dropped"
    assert copy["reason"].startswith("duplicate of ") and server.url("/news/7") + ", same bytes" in copy["reason"]
    assert [t for t, u in warc_types(first) if u == server.url("/news/7/")] == ["revisit"]
    assert revisits(first.run_dir)[server.url("/news/7/")] == (
        server.url("/news/7"), "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")
    assert first.stats["duplicates"] == 1 and first.stats["records"] == {"dropped": 1, "ok": 2}
    assert first.stats["failed"] is False
    # Next pass: /news/7 unchanged (a revisit of its own record); the twin and a new print URL refer to /news/7.
    again = revisits(second.run_dir)
    assert again[server.url("/news/7")][0] == server.url("/news/7")
    assert again[server.url("/news/7/")][0] == server.url("/news/7")
    assert again[server.url("/news/7?print=1")][0] == server.url("/news/7")
    assert "response" not in [t for t, u in warc_types(second) if u.startswith(server.url("/news/7"))]
    assert [r["status"] for r in records(second)] == ["dropped", "dropped"]
    assert second.stats["duplicates"] == 2
