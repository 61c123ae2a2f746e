"""Audit27 (the crawler against hostile servers): what a failed URL leaves on stderr and in the exit code."""

from __future__ import annotations

import asyncio
import gzip
import io
import re
from pathlib import Path

import pytest

from pipeline.fetch.client import FetchConfig
from pipeline.fetch.config import Job, Politeness, Site
from pipeline.fetch.crawl import RunResult, run_crawl
from pipeline.fetch.safety import SafetyChecker, UnsafeTarget
from pipeline.settings import Settings
from pipeline.sites import SiteRules

from .servers import Reply, html
from .servers import Site as Server

STORY = ("The harbour board has agreed to add a late ferry on Friday evenings from November until March.",
         "The extra sailing will leave the mainland quay at ten past eleven and return empty.")


def sitemap(base: str, paths: list[str]) -> bytes:
    locs = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode()


def crawl(server: Server, out: Path, site: Site | None = None) -> tuple[RunResult, list[str]]:
    """Crawl ``site`` (default: the server's /sitemap.xml) with no retries, no delay and no cleaning: the
    result and the stderr lines."""
    site = site or Site(name="s", sitemaps=(server.url("/sitemap.xml"),), hosts=("127.0.0.1",))
    job = Job(name="t", sites=(site,), fetch=FetchConfig(user_agent="a27test/1", retries=0),
              politeness=Politeness(delay=0.0, per_host=1, concurrency=4), allow_private_networks=True,
              clean=False)  # archive only: what is named on stderr does not need the clean step
    stderr = io.StringIO()
    result = run_crawl(job, out, Settings(), SiteRules(), progress_stream=stderr)
    return result, stderr.getvalue().splitlines()


def test_every_url_given_up_on_is_named_in_one_line(tmp_path: Path) -> None:
    with Server() as server:
        server.routes.update({
            "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/gone", "/down", "/loop", "/ok", "/private/x"]),
                                  headers={"Content-Type": "application/xml"}),
            "/gone": Reply(404, b"not here"),
            "/down": Reply(503, b"busy", headers={"Retry-After": "3600"}),
            "/loop": Reply(301, headers={"Location": "/loop"}),
            "/ok": Reply(body=html("Late ferry on Fridays", *STORY)),
        })
        result, lines = crawl(server, tmp_path)
    assert result.stats["failed"] is True  # exit code 1
    assert len(lines) == 3, lines
    named = {line.split(": ")[1]: line for line in lines}
    assert set(named) == {server.url("/gone"), server.url("/down"), server.url("/loop")}
    assert "http_404" in named[server.url("/gone")]
    assert "http_503" in named[server.url("/down")] and "Retry-After: 3600" in named[server.url("/down")]
    assert "redirect_loop" in named[server.url("/loop")]
    assert result.stats["skipped_robots"] == 1  # a polite skip is counted, not named


def test_a_site_whose_robots_txt_fails_is_named_once_and_fails_the_run(tmp_path: Path) -> None:
    with Server() as server:
        server.routes.update({
            "/robots.txt": Reply(503, b"maintenance"),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/a", "/b"]), headers={"Content-Type": "application/xml"}),
        })
        result, lines = crawl(server, tmp_path)
        asked = server.paths()
    assert asked == ["/robots.txt"]  # RFC 9309: an unreachable robots.txt disallows the whole host
    assert len(lines) == 1 and lines[0].startswith(f"repost crawl: {server.url('/robots.txt')}: robots_unavailable")
    assert "503" in lines[0]
    assert result.stats["failed"] is True and result.stats["errors"] == {"robots_unavailable": 1}


def test_a_crawl_delay_over_the_jobs_maximum_skips_the_host_and_is_named(tmp_path: Path) -> None:
    """Crawl-delay: 86400 obeyed would keep the run (and its lock) alive for days: the host is skipped."""
    with Server() as server:
        server.routes.update({
            "/robots.txt": Reply(body=b"User-agent: *\nCrawl-delay: 86400\n", headers={"Content-Type": "text/plain"}),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/a"]), headers={"Content-Type": "application/xml"}),
        })
        result, lines = crawl(server, tmp_path)
        asked = server.paths()
    assert asked == ["/robots.txt"]
    assert len(lines) == 1 and lines[0].startswith(f"repost crawl: {server.url('/robots.txt')}: robots_unavailable")
    assert "Crawl-delay 86400 s is over max_crawl_delay 60 s" in lines[0]
    assert result.stats["failed"] is True


def test_image_sitemap_entries_and_file_links_are_not_fetched(tmp_path: Path) -> None:
    """An image sitemap's image:loc is the page's picture, and a list page's photo and PDF links are no
    articles however loose the pattern: none of them is requested (no max_pages slot spent on them)."""
    with Server() as server:
        base = server.base
        images = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                  f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
                  f"<url><loc>{base}/news/1</loc><image:image><image:loc>{base}/news/1/photo.jpg</image:loc>"
                  f"</image:image></url></urlset>").encode()
        server.routes.update({
            "/robots.txt": Reply(404),
            "/sitemap.xml": Reply(body=images, headers={"Content-Type": "application/xml"}),
            "/news/1": Reply(body=html("Late ferry on Fridays", *STORY)),
            "/news/list": Reply(body=b'<a href="/news/2/Photo.JPG">photo</a><a href="/news/2/plan.pdf?v=2">plan</a>'
                                     b'<a href="/news/2">the story</a>'),
            "/news/2": Reply(body=html("Library roof repairs", *STORY[::-1])),
        })
        site = Site(name="s", sitemaps=(server.url("/sitemap.xml"),), lists=(server.url("/news/list"),),
                    hosts=("127.0.0.1",), article=re.compile("/news/"))
        result, lines = crawl(server, tmp_path, site)
        asked = server.paths()
    assert sorted(asked) == ["/news/1", "/news/2", "/news/list", "/robots.txt", "/sitemap.xml"], asked
    assert lines == [] and result.stats["fetched"] == 2


def test_allowing_private_networks_does_not_allow_the_unspecified_or_link_local_address(tmp_path: Path) -> None:
    """The test knob lifts loopback and private ranges only: a redirect to 0.0.0.0 (which Linux connects to
    this host: here, our own server) is refused before any request, and so is the metadata address."""
    with Server() as server:
        port = server.base.rsplit(":", 1)[1]
        server.routes.update({
            "/robots.txt": Reply(404),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/teaser"]), headers={"Content-Type": "application/xml"}),
            "/teaser": Reply(302, headers={"Location": f"http://0.0.0.0:{port}/secret"}),
            "/secret": Reply(body=html("Not for crawlers", *STORY)),
        })
        site = Site(name="s", sitemaps=(server.url("/sitemap.xml"),), hosts=("127.0.0.1", "0.0.0.0"))
        result, lines = crawl(server, tmp_path, site)
        asked = server.paths()
    assert "/secret" not in asked and result.stats["refused_safety"] == 1
    assert len(lines) == 1 and "unspecified" in lines[0] and server.url("/teaser") in lines[0]
    with pytest.raises(UnsafeTarget, match="link-local"):
        asyncio.run(SafetyChecker(allow_private_networks=True).check("http://169.254.169.254/latest/meta-data/"))
    asyncio.run(SafetyChecker(allow_private_networks=True).check("http://10.1.2.3/intranet"))  # still allowed


def test_a_sitemap_cut_short_is_read_up_to_the_cut_and_named(tmp_path: Path) -> None:
    """A sitemap generator or a connection that stops mid-file: the URLs before the cut are crawled, the
    sitemap is named and the run fails; a whole gzipped sitemap beside it is not named."""
    with Server() as server:
        whole = sitemap(server.base, ["/c"])
        cut = sitemap(server.base, ["/a", "/b", "/z"])
        cut = cut[: cut.index(b"/z</loc>")]
        server.routes.update({
            "/robots.txt": Reply(404),
            "/cut.xml": Reply(body=cut, headers={"Content-Type": "application/xml"}),
            "/whole.xml.gz": Reply(body=gzip.compress(whole + b"\n<!-- generated -->\n"),
                                   headers={"Content-Type": "application/x-gzip"}),
            "/a": Reply(body=html("Late ferry on Fridays", *STORY)),
            "/b": Reply(body=html("Library roof repairs", *STORY[::-1])),
            "/c": Reply(body=html("Orchard frost", STORY[0])),
        })
        site = Site(name="s", sitemaps=(server.url("/cut.xml"), server.url("/whole.xml.gz")), hosts=("127.0.0.1",))
        result, lines = crawl(server, tmp_path, site)
        asked = server.paths()
    assert {"/a", "/b", "/c"} <= set(asked) and not [p for p in asked if p.startswith("/z")]
    assert len(lines) == 1 and lines[0].startswith(f"repost crawl: {server.url('/cut.xml')}: sitemap_cut_short")
    assert result.stats["failed"] is True and result.stats["fetched"] == 3


def test_a_redirect_into_a_disallowed_path_names_the_url_that_redirected(tmp_path: Path) -> None:
    """The URL asked for was allowed and yields nothing: it is named (a direct disallow stays a quiet skip)."""
    with Server() as server:
        server.routes.update({
            "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/news/teaser", "/private/direct", "/news/ok"]),
                                  headers={"Content-Type": "application/xml"}),
            "/news/teaser": Reply(302, headers={"Location": "/private/full"}),
            "/news/ok": Reply(body=html("Late ferry on Fridays", *STORY)),
        })
        result, lines = crawl(server, tmp_path)
        asked = server.paths()
    assert "/private/full" not in asked and "/private/direct" not in asked
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"repost crawl: {server.url('/news/teaser')}: robots: disallowed")
    assert f"(at {server.url('/private/full')})" in lines[0]
    assert result.stats["skipped_robots"] == 2 and result.stats["failed"] is False


def test_a_redirect_to_another_origin_whose_robots_txt_forbids_it_names_both_urls(tmp_path: Path) -> None:
    with Server() as other, Server() as server:
        other.routes["/robots.txt"] = Reply(body=b"User-agent: *\nDisallow: /\n",
                                            headers={"Content-Type": "text/plain"})
        server.routes.update({
            "/robots.txt": Reply(404),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/news/away"]),
                                  headers={"Content-Type": "application/xml"}),
            "/news/away": Reply(301, headers={"Location": other.url("/news/away")}),
        })
        result, lines = crawl(server, tmp_path)
        asked = other.paths()
    assert asked == ["/robots.txt"]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"repost crawl: {other.url('/news/away')}: robots: disallowed")
    assert f"(redirected from {server.url('/news/away')})" in lines[0]
    assert result.stats["failed"] is False
