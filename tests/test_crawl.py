"""End-to-end crawls of loopback sites started by the tests: politeness, discovery, output, re-crawl."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.fetch.client import FetchConfig
from pipeline.fetch.config import Job, Limits, Politeness, Site
from pipeline.fetch.crawl import RunResult, run_crawl
from pipeline.settings import Settings
from pipeline.sites import SiteRules

from .servers import Reply, html, intervals
from .servers import Site as Server

ARTICLE = ("今天上午，市图书馆举行了新馆开放仪式，数百名市民排队入场参观。",
           "新馆共有五层，藏书超过八十万册，并设有儿童阅览区和自习室。")


def sitemap(base: str, paths: list[str]) -> bytes:
    locs = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode()


def job_for(*sites: Site, delay: float = 0.0, **limits: int) -> Job:
    return Job(name="t", sites=sites, fetch=FetchConfig(user_agent="repost-test/1", retries=2, backoff=0.05),
               limits=Limits(**limits), politeness=Politeness(delay=delay, per_host=1, concurrency=4),
               allow_private_networks=True)


def crawl(job: Job, out: Path) -> RunResult:
    return run_crawl(job, out, Settings(), SiteRules())


def records(result: RunResult) -> list[dict[str, object]]:
    text = (result.run_dir / "articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def warc_types(result: RunResult) -> list[tuple[str, str]]:
    """(type, target URI) of every record; every block and payload digest must verify."""
    out = []
    with (result.run_dir / "crawl.warc.gz").open("rb") as fh:
        for record in ArchiveIterator(fh, check_digests=True):
            record.content_stream().read()
            assert record.digest_checker.passed is not False, record.digest_checker.problems
            assert record.rec_headers.protocol == "WARC/1.1"
            out.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI") or ""))
    return out


@pytest.fixture
def news() -> Server:
    server = Server()
    base = server.base
    server.routes.update({
        "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n",
                             headers={"Content-Type": "text/plain"}),
        "/sitemap.xml": Reply(body=sitemap(base, ["/a/1.html", "/a/2.html?utm_source=x", "/a/2.html",
                                                  "/private/3.html", "/a/4.html#top"]),
                              headers={"Content-Type": "application/xml"}),
        "/a/1.html": Reply(body=html("图书馆新馆开放", *ARTICLE), headers={"ETag": '"v1"'}),
        "/a/2.html": Reply(body=html("第二篇", *ARTICLE[::-1])),
        "/a/4.html": Reply(body=html("第四篇", ARTICLE[0])),
        "/private/3.html": Reply(body=html("secret", "no")),
    })
    with server:
        yield server


def test_crawl_obeys_robots_delay_and_fetches_each_canonical_url_once(news: Server, tmp_path: Path) -> None:
    site = Site(name="news", sitemaps=(news.url("/sitemap.xml"),), hosts=("127.0.0.1",))
    result = crawl(job_for(site), tmp_path / "out")
    paths = news.paths()
    assert paths[0] == "/robots.txt"
    assert "/private/3.html" not in paths
    assert sorted(paths) == sorted(["/robots.txt", "/sitemap.xml", "/a/1.html", "/a/2.html", "/a/4.html"])
    assert min(intervals(news.log)) >= 0.2
    got = records(result)
    assert sorted(r["url"] for r in got) == [news.url(p) for p in ("/a/1.html", "/a/2.html", "/a/4.html")]
    assert all(r["status"] == "ok" for r in got)
    assert result.stats["skipped_robots"] == 1
    assert result.stats["fetched"] == 3
    types = [t for t, _ in warc_types(result)]
    assert types[0] == "warcinfo" and types.count("response") == 5 and types.count("request") == 5


def test_recrawl_sends_validators_and_writes_no_new_records(news: Server, tmp_path: Path) -> None:
    site = Site(name="news", sitemaps=(news.url("/sitemap.xml"),), hosts=("127.0.0.1",))
    job = job_for(site)
    crawl(job, tmp_path / "out")
    news.routes["/a/1.html"] = lambda hit: (Reply(304, headers={"ETag": '"v1"'})
                                            if hit.headers.get("if-none-match") == '"v1"' else Reply(500))
    second = crawl(job, tmp_path / "out")
    assert records(second) == []
    assert second.stats["not_modified"] == 1 and second.stats["unchanged"] == 2
    assert [t for t, _ in warc_types(second)].count("revisit") == 4  # 3 articles + the sitemap


def test_gzipped_feed_and_lying_charset_go_through_the_clean_path(tmp_path: Path) -> None:
    gbk = html("北京今日天气晴朗", "气象台预计，今天白天最高气温二十三度，空气质量良好。", charset="gbk", meta="gbk")
    with Server() as server:
        rss = (f'<?xml version="1.0"?><rss><channel><item><title>x</title><link>{server.url("/gbk")}</link></item>'
               f'<item><link>{server.url("/none")}</link></item></channel></rss>').encode()
        server.routes.update({
            "/robots.txt": Reply(404),
            "/feed": Reply(body=gzip.compress(rss), headers={"Content-Type": "application/rss+xml",
                                                             "Content-Encoding": "gzip"}),
            "/gbk": Reply(body=gbk, headers={"Content-Type": "text/html; charset=utf-8"}),
            "/none": Reply(body=html("无字符集", "这一页的响应头里没有字符集，页面里也没有声明。", charset="gb18030"),
                           headers={"Content-Type": "text/html"}),
        })
        result = crawl(job_for(Site(name="s", feeds=(server.url("/feed"),), hosts=("127.0.0.1",))), tmp_path)
    got = {r["url"].rsplit("/", 1)[1]: r for r in records(result)}
    assert "气象台预计" in got["gbk"]["text"] and got["gbk"]["mislabeled"] is True
    assert "响应头里没有字符集" in got["none"]["text"]


def test_cross_host_redirects_queue_behind_the_target_host_and_non_html_is_skipped(tmp_path: Path) -> None:
    with Server() as other, Server() as site:
        other.routes.update({"/robots.txt": Reply(404), "/moved.html": Reply(body=html("搬家", ARTICLE[1]))})
        site.routes.update({
            "/robots.txt": Reply(404),
            "/s.xml": Reply(body=sitemap(site.base, ["/old.html", "/file.pdf", "/gone.html"]),
                            headers={"Content-Type": "text/xml"}),
            "/old.html": Reply(301, headers={"Location": other.url("/moved.html")}),
            "/file.pdf": Reply(body=b"%PDF-1.4 not html", headers={"Content-Type": "text/html"}),
            "/gone.html": Reply(410),
        })
        both = Site(name="s", sitemaps=(site.url("/s.xml"),), hosts=("127.0.0.1",))
        result = crawl(job_for(both), tmp_path)
    assert other.paths() == ["/robots.txt", "/moved.html"]  # robots.txt first on the new host too
    [record] = records(result)
    assert record["url"] == other.url("/moved.html") and ARTICLE[1] in str(record["text"])
    assert result.stats["skipped_type"] == 1 and result.stats["errors"] == {"http_410": 1}
    assert result.stats["redirected"] == 1 and result.stats["failed"] is True


def test_redirect_out_of_scope_is_not_followed(tmp_path: Path) -> None:
    with Server() as site:
        site.routes.update({"/robots.txt": Reply(404),
                            "/p": Reply(302, headers={"Location": "http://elsewhere.invalid/x"})})
        result = crawl(job_for(Site(name="s", pages=(site.url("/p"),), hosts=("127.0.0.1",))), tmp_path)
    assert result.stats["skipped_scope"] == 1 and records(result) == []


def test_limits_cap_pages_per_run_and_the_rest_waits_for_the_next_run(news: Server, tmp_path: Path) -> None:
    site = Site(name="news", sitemaps=(news.url("/sitemap.xml"),), hosts=("127.0.0.1",))
    first = crawl(job_for(site, max_pages=2), tmp_path)
    assert first.stats["fetched"] == 2
    second = crawl(job_for(site, max_pages=2), tmp_path)
    assert {r["url"] for r in records(first)} | {r["url"] for r in records(second)} == {
        news.url(p) for p in ("/a/1.html", "/a/2.html", "/a/4.html")}


def test_depth_limit_stops_at_the_index(news: Server, tmp_path: Path) -> None:
    site = Site(name="news", sitemaps=(news.url("/sitemap.xml"),), hosts=("127.0.0.1",))
    result = crawl(job_for(site, max_depth=0), tmp_path)
    assert records(result) == [] and news.paths() == ["/robots.txt", "/sitemap.xml"]


def test_a_redirect_loop_across_hosts_is_detected(tmp_path: Path) -> None:
    with Server() as one, Server() as two:
        one.routes.update({"/robots.txt": Reply(404), "/a": Reply(302, headers={"Location": two.url("/b")})})
        two.routes.update({"/robots.txt": Reply(404), "/b": Reply(302, headers={"Location": one.url("/a")})})
        result = crawl(job_for(Site(name="s", pages=(one.url("/a"),), hosts=("127.0.0.1",))), tmp_path)
    assert result.stats["errors"] == {"redirect_loop": 1}
    assert one.paths() == ["/robots.txt", "/a"] and two.paths() == ["/robots.txt", "/b"]


def test_same_host_redirect_hops_are_archived_and_the_record_names_the_final_url(tmp_path: Path) -> None:
    with Server() as site:
        site.routes.update({"/robots.txt": Reply(404), "/r1": Reply(301, headers={"Location": "/r2"}),
                            "/r2": Reply(302, headers={"Location": "/final.html"}),
                            "/final.html": Reply(body=html("终点", ARTICLE[0]))})
        result = crawl(job_for(Site(name="s", pages=(site.url("/r1"),), hosts=("127.0.0.1",))), tmp_path)
    [record] = records(result)
    assert record["url"] == site.url("/final.html")
    responses = [uri for kind, uri in warc_types(result) if kind == "response"]
    assert responses == [site.url(p) for p in ("/robots.txt", "/r1", "/r2", "/final.html")]
    assert result.stats["requests"] == 4


def test_the_cleaner_child_can_die_and_the_next_page_gets_a_new_one() -> None:
    import asyncio

    from pipeline.fetch.cleaner import Cleaner
    from pipeline.record import Record

    cleaner = Cleaner(Settings(), SiteRules())

    def page() -> Record:
        return Record(id="x", url="http://a.test/1", raw=html("标题", ARTICLE[0]), content_type="text/html")

    async def go() -> tuple[Record, Record]:
        cleaner.start()
        assert cleaner._child is not None
        cleaner._child[0].kill()
        cleaner._child[0].join()
        return await cleaner.clean(page()), await cleaner.clean(page())

    try:
        dead, fresh = asyncio.run(go())
    finally:
        cleaner.close()
    assert dead.status == "error" and "cleaner process died" in str(dead.reason)
    assert fresh.status == "ok" and ARTICLE[0] in str(fresh.text)


def test_last_modified_alone_gives_if_modified_since_on_the_next_run(tmp_path: Path) -> None:
    stamp = "Tue, 05 May 2026 08:00:00 GMT"
    with Server() as site:
        site.routes.update({"/robots.txt": Reply(404), "/p": lambda hit: Reply(304) if hit.headers.get(
            "if-modified-since") == stamp else Reply(body=html("旧闻", ARTICLE[0]), headers={"Last-Modified": stamp})})
        job = job_for(Site(name="s", pages=(site.url("/p"),), hosts=("127.0.0.1",)))
        first, second = crawl(job, tmp_path), crawl(job, tmp_path)
    assert first.stats["fetched"] == 1 and second.stats["not_modified"] == 1
    assert "if-none-match" not in site.hits("/p")[1].headers
