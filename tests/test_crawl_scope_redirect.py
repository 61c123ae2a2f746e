"""A page the job asked for that redirects out of the job's scope is named on stderr with the hop, like one
redirecting into a path robots.txt disallows: the URL was in scope and yields nothing."""

from __future__ import annotations

from pathlib import Path

from pipeline.fetch.config import Site

from .servers import Reply, html
from .servers import Site as Server
from .test_audit27_crawl import STORY, crawl, sitemap


def test_a_redirect_out_of_the_jobs_scope_names_the_url_and_the_hop(tmp_path: Path) -> None:
    with Server() as server:
        server.routes.update({
            "/robots.txt": Reply(404),
            "/sitemap.xml": Reply(body=sitemap(server.base, ["/news/moved", "/news/ok"]),
                                  headers={"Content-Type": "application/xml"}),
            "/news/moved": Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}),
            "/news/ok": Reply(body=html("Late ferry on Fridays", *STORY)),
        })
        site = Site(name="s", sitemaps=(server.url("/sitemap.xml"),), hosts=("127.0.0.1",))
        result, lines = crawl(server, tmp_path, site)
    assert lines == [f"repost crawl: {server.url('/news/moved')}: out_of_scope: {server.url('/news/moved')}"
                     " -> http://169.254.169.254/latest/meta-data/"]
    assert result.stats["skipped_scope"] == 1 and result.stats["fetched"] == 1
