"""Audit27's cases: the crawler end to end against hostile and sloppy loopback servers.

Every case's docstring is its expectation, written before the first run, from README.md's "Crawling" section,
`repost crawl --help` and configs/crawls/example.toml only (no code under pipeline/ or tests/ read).
Jobs use short delays and deadlines so the audit runs in a few minutes (see a27_env.DEFAULT_FETCH).
"""

from __future__ import annotations

import gzip
import itertools
import os
import signal
import time
from collections.abc import Callable

import a27_server as srv
from a27_env import Env, gz_ok
from a27_texts import BY_SLUG, STORIES, ZH_STORIES, Story

S = STORIES


def news(story: Story) -> str:
    return f"/news/{story.slug}.html"


def article_pattern() -> str:
    return r"/news/[a-z0-9-]+\.html$"


# --- robots.txt ------------------------------------------------------------------------------------

def robots_disallow(env: Env) -> None:
    """robots.txt disallows /private/; the sitemap lists two articles there and two under /news/.
    Expect: the two /news/ articles written; no request ever reaches /private/; stats skipped_robots >= 1 (README
    stats field); exit 0 (a robots skip is not a failure)."""
    site = env.news_site([S[0], S[1]], robots="User-agent: *\nDisallow: /private/\n")
    site.routes["/private/a.html"] = srv.article(S[2])
    site.routes["/private/b.html"] = srv.article(S[3])
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap(
        [site.url(news(S[0])), site.url("/private/a.html"), site.url(news(S[1])), site.url("/private/b.html")]),
        "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": r"\.html$"}]))
    env.expect_rc(res, 0)
    env.expect_no_traceback(res)
    env.expect_article(res, site, news(S[0]), S[0])
    env.expect_article(res, site, news(S[1]), S[1])
    env.check(not [p for p in site.paths() if p.startswith("/private/")], f"disallowed path requested: {site.paths()}")
    env.check(res.stats().get("skipped_robots", 0) >= 2, f"skipped_robots {res.stats().get('skipped_robots')}")


def robots_agent_group(env: Env) -> None:
    """robots.txt has a group for our product token (a27bot) allowing all but /drafts/, and `User-agent: *`
    disallowing everything. RFC 9309: the most specific matching group applies, so we follow ours.
    Expect: the /news/ article written, /drafts/ never requested, exit 0."""
    site = env.news_site([S[4]], robots=("User-agent: *\nDisallow: /\n\n"
                                         "User-agent: a27bot\nDisallow: /drafts/\n"))
    site.routes["/drafts/x.html"] = srv.article(S[5])
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(S[4])), site.url("/drafts/x.html")]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": r"\.html$"}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(S[4]), S[4])
    env.check("/drafts/x.html" not in site.paths(), "disallowed /drafts/ requested")


def robots_404(env: Env) -> None:
    """robots.txt answers 404: no rules (allow all). Expect both articles written, exit 0, robots.txt asked once."""
    site = env.news_site([S[0], S[1]], robots=None)
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(S[0]), S[0])
    env.expect_article(res, site, news(S[1]), S[1])
    env.check(site.paths().count("/robots.txt") == 1, f"robots.txt asked {site.paths().count('/robots.txt')} times")


def robots_5xx(code: int) -> Callable[[Env], None]:
    def case(env: Env) -> None:
        """robots.txt answers {code} (RFC 9309 and the README: treat as disallow all; nothing else fetched from that
        host in this run). A second, healthy host in the same job is crawled normally.
        Expect: no request other than /robots.txt reaches the sick host; the healthy host's article written;
        exit 1 (a whole site skipped is a failure) with a stderr line naming the sick host's robots.txt URL."""
        sick = env.news_site([S[0]], robots=None)
        sick.routes["/robots.txt"] = srv.status(code)
        good = env.news_site([S[1]])
        res = env.crawl(env.job([
            {"name": "sick", "sitemaps": [sick.url("/sitemap.xml")], "article": article_pattern()},
            {"name": "good", "sitemaps": [good.url("/sitemap.xml")], "article": article_pattern()}]))
        env.expect_rc(res, 1)
        env.expect_no_traceback(res)
        env.check(set(sick.paths()) == {"/robots.txt"}, f"sick host saw {sick.paths()}")
        env.expect_article(res, good, news(S[1]), S[1])
        env.expect_error_line(res, sick.url("/robots.txt"), "robots.txt 5xx")
    case.__doc__ = (case.__doc__ or "").format(code=code)
    return case


def robots_html_soft404(env: Env) -> None:
    """robots.txt answers 200 with an HTML page (a CMS's catch-all). No line of it is a rule, so all is allowed.
    Expect both articles written, exit 0."""
    site = env.news_site([S[2], S[3]], robots=None)
    site.routes["/robots.txt"] = srv.static(
        b"<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Sorry</h1>"
        b"<p>Disallow: nothing here</p></body></html>", "text/html; charset=utf-8")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(S[2]), S[2])
    env.expect_article(res, site, news(S[3]), S[3])


def crawl_delay(env: Env) -> None:
    """robots.txt says Crawl-delay: 1 (the job says 0.05 s). Expect: 4 articles written, exit 0, and every
    request to the host after robots.txt starts >= 0.9 s after the previous one ended."""
    stories = [S[0], S[1], S[2], S[3]]
    site = env.news_site(stories, robots="User-agent: *\nCrawl-delay: 1\nDisallow: /admin/\n")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    for story in stories:
        env.expect_article(res, site, news(story), story)
    gaps = [b.start - a.end for a, b in zip(site.hits[1:], site.hits[2:], strict=False)]
    env.check(bool(gaps) and min(gaps) >= 0.9, f"gaps between requests {[round(g, 2) for g in gaps]}")


# --- redirects ------------------------------------------------------------------------------------

def redirect_chain(env: Env) -> None:
    """/go/1 -> 302 /go/2 -> 301 /go/3 -> 307 the article. Expect the article written once, its record's url the
    final address (where the text was served), exit 0."""
    site = env.news_site([S[6]], sitemap=False)
    site.routes["/go/1"] = srv.redirect("/go/2", 302)
    site.routes["/go/2"] = srv.redirect(site.url("/go/3"), 301)
    site.routes["/go/3"] = srv.redirect(news(S[6]), 307)
    res = env.crawl(env.job([{"name": "s", "pages": [site.url("/go/1")], "article": r"(/go/\d|\.html)$"}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(S[6]), S[6])


def redirect_loop(env: Env) -> None:
    """A list page links to /loop/a (301 -> /loop/b -> 301 -> /loop/a ...) and to a good article.
    Expect: the loop detected: at most 6 requests to /loop/ paths; a stderr line naming /loop/a; the good article
    written; exit 1."""
    site = env.news_site([S[7]], sitemap=False)
    site.routes["/loop/a.html"] = srv.redirect("/loop/b.html")
    site.routes["/loop/b.html"] = srv.redirect("/loop/a.html")
    site.routes["/list/"] = srv.static(srv.list_page(["/loop/a.html", news(S[7])]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"\.html$"}]))
    env.expect_rc(res, 1)
    env.expect_no_traceback(res)
    loops = [p for p in site.paths() if p.startswith("/loop/")]
    env.check(len(loops) <= 6, f"{len(loops)} requests into the loop")
    env.expect_error_line(res, "/loop/a.html", "redirect loop")
    env.expect_article(res, site, news(S[7]), S[7])


def redirect_too_many(env: Env) -> None:
    """A chain of 9 distinct redirects (max_redirects 5). Expect: at most 6 requests along the chain; a stderr line
    naming the start URL; exit 1; the good article in the same list still written."""
    site = env.news_site([S[8]], sitemap=False)
    for i in range(1, 10):
        site.routes[f"/hop/{i}.html"] = srv.redirect(f"/hop/{i + 1}.html", 302)
    site.routes["/hop/10.html"] = srv.article(S[9])
    site.routes["/list/"] = srv.static(srv.list_page(["/hop/1.html", news(S[8])]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"\.html$"}]))
    env.expect_rc(res, 1)
    hops = [p for p in site.paths() if p.startswith("/hop/")]
    env.check(len(hops) <= 6, f"{len(hops)} requests along the chain")
    env.expect_error_line(res, "/hop/1.html", "too many redirects")
    env.expect_article(res, site, news(S[8]), S[8])


def redirect_to_https_less(env: Env) -> None:
    """An article 301s to https:// on the same host and port, which speaks only plain HTTP (the TLS handshake
    fails). Expect: no record for it, a stderr line naming the https URL or the article URL, no traceback, exit 1;
    the other article written."""
    site = env.news_site([S[10]], sitemap=False)
    site.routes["/news/moved.html"] = srv.redirect(site.url("/news/moved-tls.html").replace("http://", "https://"))
    site.routes["/list/"] = srv.static(srv.list_page(["/news/moved.html", news(S[10])]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"\.html$"}]))
    env.expect_rc(res, 1)
    env.expect_no_traceback(res)
    env.expect_error_line(res, "moved", "TLS to a plain-HTTP host")
    env.expect_article(res, site, news(S[10]), S[10])


def redirect_out_of_scope(env: Env) -> None:
    """An article redirects to another host that is not in the site's `hosts`. Expect: the other host never asked
    for the page (robots.txt at most), stats skipped_scope >= 1, exit 0, the in-scope article written."""
    other = env.news_site([S[11]], sitemap=False)
    site = env.news_site([S[0]], sitemap=False)
    site.routes["/news/away.html"] = srv.redirect(other.url(news(S[11])))
    site.routes["/list/"] = srv.static(srv.list_page(["/news/away.html", news(S[0])]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"\.html$",
                              "hosts": [site.address]}]))
    env.expect_rc(res, 0)
    env.check(news(S[11]) not in other.paths(), f"out-of-scope host asked: {other.paths()}")
    env.check(res.stats().get("skipped_scope", 0) >= 1, f"skipped_scope {res.stats().get('skipped_scope')}")
    env.expect_article(res, site, news(S[0]), S[0])


def redirect_into_disallowed(env: Env) -> None:
    """An allowed URL redirects into a robots.txt-disallowed path (each hop is checked against robots.txt).
    Expect: /private/ never requested, exit 0, the other article written."""
    site = env.news_site([S[1]], robots="User-agent: *\nDisallow: /private/\n", sitemap=False)
    site.routes["/news/teaser.html"] = srv.redirect("/private/full.html", 302)
    site.routes["/private/full.html"] = srv.article(S[2])
    site.routes["/list/"] = srv.static(srv.list_page(["/news/teaser.html", news(S[1])]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"\.html$"}]))
    env.expect_rc(res, 0)
    env.check("/private/full.html" not in site.paths(), "redirected into a disallowed path")
    env.expect_article(res, site, news(S[1]), S[1])


def loopback_refused_by_default(env: Env) -> None:
    """Without allow_private_networks, a start point on 127.0.0.x is refused before any request.
    Expect: the server sees no request at all; a stderr line naming the URL; stats refused_safety >= 1; exit 1."""
    site = env.news_site([S[3]])
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}],
                            top={"allow_private_networks": False}))
    env.expect_rc(res, 1)
    env.expect_no_traceback(res)
    env.check(not site.hits, f"requests reached the server: {site.paths()}")
    env.expect_error_line(res, site.address, "refused loopback")
    env.check(res.stats().get("refused_safety", 0) >= 1, f"refused_safety {res.stats().get('refused_safety')}")


def redirect_to_unspecified_address(env: Env) -> None:
    """With allow_private_networks (the only test knob the README documents; there is no per-host one), an article
    redirects to http://0.0.0.0:PORT/secret.html, where PORT is a server bound to 127.0.0.1 (Linux connects the
    unspecified address to this host: a classic way around address filters). 0.0.0.0/8 is "this network", neither
    a private network nor loopback; the knob "allows 10/8, 127/8 ...". Expect: the redirect refused (stats
    refused_safety >= 1), /secret.html never requested, exit 1, the other article written.
    (Before the first run this case pointed at 169.254.169.254; the dry run showed something in this sandbox
    answering there, so the case was moved to an address that stays on our own servers.)"""
    secret = env.site({"/secret.html": srv.article(S[5])})
    secret.address = "127.0.0.1"
    srv.stop(secret)
    srv.start(secret)
    site = env.news_site([S[4]], sitemap=False)
    port = secret.base.rsplit(":", 1)[1]
    site.routes["/news/meta.html"] = srv.redirect(f"http://0.0.0.0:{port}/secret.html", 302)
    site.routes["/list/"] = srv.static(srv.list_page(["/news/meta.html", news(S[4])]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"\.html$",
                              "hosts": [site.address, "0.0.0.0"]}]))
    env.expect_rc(res, 1)
    env.check("/secret.html" not in secret.paths(), "the unspecified address was fetched (reached 127.0.0.1)")
    env.check(res.stats().get("refused_safety", 0) >= 1, f"refused_safety {res.stats().get('refused_safety')}")
    env.expect_article(res, site, news(S[4]), S[4])


# --- content codings, sizes, deadlines ------------------------------------------------------------------

def codings(env: Env) -> None:
    """Articles served with Content-Encoding gzip, deflate (zlib, RFC 9110), deflate sent raw (no zlib header, as
    some servers do) and br (the README lists br for WARC; brotli is installed here). Expect all four written
    with the exact text, exit 0."""
    site = env.site()
    pairs = [("gzip", S[5]), ("deflate", S[6]), ("raw-deflate", S[7]), ("br", S[8])]
    for coding, story in pairs:
        site.routes[news(story)] = srv.encoded(srv.article_html(story).encode(), coding)
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(s)) for _, s in pairs]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    for _, story in pairs:
        env.expect_article(res, site, news(story), story)


def accept_encoding_honest(env: Env) -> None:
    """The Accept-Encoding the crawler sends lists only codings it can undo (gzip/deflate always; br and zstd only
    when their package imports). Expect: every request's Accept-Encoding, if any, is a subset of what this venv can
    decode; exit 0."""
    site = env.news_site([S[9]])
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    can = {"gzip", "deflate", "identity", "x-gzip", "br"}
    try:
        import zstandard  # type: ignore[import-not-found]  # noqa: F401
        can.add("zstd")
    except ImportError:
        try:
            from backports import zstd  # type: ignore[import-not-found]  # noqa: F401
            can.add("zstd")
        except ImportError:
            pass
    for hit in site.hits:
        offered = {c.split(";")[0].strip() for c in hit.headers.get("accept-encoding", "").split(",") if c.strip()}
        env.check(offered <= can, f"{hit.path}: Accept-Encoding offers {sorted(offered - can)} it cannot undo")


def gzip_bomb(env: Env) -> None:
    """An article path answers a 200 kB gzip that inflates to 200 MB (max_bytes 1 MB). Expect: it stops at the cap:
    no record for it, a stderr line naming it, exit 1, the crawler's peak memory under 300 MB, the other article
    written, run under 30 s."""
    site = env.news_site([S[10]], sitemap=False)
    site.routes["/news/bomb.html"] = srv.static(srv.gzip_bomb(200 << 20), "text/html; charset=utf-8",
                                                extra={"Content-Encoding": "gzip"})
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/bomb.html"), site.url(news(S[10]))]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.expect_no_traceback(res)
    env.expect_error_line(res, "/news/bomb.html", "gzip bomb")
    env.check(not [r for r in res.all_records() if r.get("url", "").endswith("/bomb.html") and r.get("status") == "ok"],
              "an ok record for the bomb")
    env.check(res.maxrss_mb < 300, f"peak memory {res.maxrss_mb:.0f} MB")
    env.check(res.elapsed < 30, f"run took {res.elapsed:.1f} s")
    env.expect_article(res, site, news(S[10]), S[10])


def oversize(declared: bool) -> Callable[[Env], None]:
    def case(env: Env) -> None:
        """An article answers an endless body (LENGTH; max_bytes 1 MB). Expect: the crawler stops reading near
        the cap: the server managed to send under 8 MB (socket buffers included); no ok record for it; a stderr line
        naming it; exit 1; the other article written."""
        site = env.news_site([S[11]], sitemap=False)
        site.routes["/news/huge.html"] = srv.endless(declared=(50 << 20) if declared else None)
        site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/huge.html"), site.url(news(S[11]))]),
                                                 "application/xml")
        res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
        env.expect_rc(res, 1)
        env.expect_no_traceback(res)
        sent = max((h.sent for h in site.hits if h.path == "/news/huge.html"), default=0)
        env.check(sent < 8 << 20, f"server sent {sent >> 20} MB")
        env.expect_error_line(res, "/news/huge.html", "over the size cap")
        env.expect_article(res, site, news(S[11]), S[11])
    case.__doc__ = (case.__doc__ or "").replace(
        "LENGTH", "Content-Length: 50 MB declared" if declared else "no Content-Length, connection close")
    return case


def trickle(env: Env) -> None:
    """An article sends its headers, then one byte every 0.5 s forever (read_timeout 1.5 s, total_timeout 3 s,
    retries 2). Expect: cut off by the total deadline (not retried, says example.toml): the run ends within 20 s;
    a stderr line naming it; exit 1; the other article written."""
    site = env.news_site([S[0]], sitemap=False)
    site.routes["/news/slow.html"] = srv.trickle(0.5)
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/slow.html"), site.url(news(S[0]))]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.check(res.elapsed < 20, f"run took {res.elapsed:.1f} s")
    env.expect_error_line(res, "/news/slow.html", "trickle")
    env.expect_article(res, site, news(S[0]), S[0])


def silent_server(env: Env) -> None:
    """An article accepts the request and never answers (read_timeout 1.5 s, retries 2, backoff <= 1 s).
    Expect: given up after at most 3 tries; run ends within 20 s; a stderr line naming it; exit 1; the other
    article written."""
    site = env.news_site([S[1]], sitemap=False)
    site.routes["/news/mute.html"] = srv.silent(60)
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/mute.html"), site.url(news(S[1]))]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.check(res.elapsed < 20, f"run took {res.elapsed:.1f} s")
    env.check(site.paths().count("/news/mute.html") <= 3, f"{site.paths().count('/news/mute.html')} tries")
    env.expect_error_line(res, "/news/mute.html", "silent server")
    env.expect_article(res, site, news(S[1]), S[1])


def truncated_body(env: Env) -> None:
    """An article declares its Content-Length, sends half and closes. Expect: no ok record holding half a page
    (retried, then an error); a stderr line naming it; exit 1."""
    site = env.news_site([S[2]], sitemap=False)
    site.routes["/news/cut.html"] = srv.truncated(srv.article_html(S[3]).encode())
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/cut.html"), site.url(news(S[2]))]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.expect_no_traceback(res)
    env.check(not [r for r in res.all_records() if r.get("url", "").endswith("/cut.html") and r.get("status") == "ok"],
              "an ok record from a truncated body")
    env.expect_error_line(res, "/news/cut.html", "truncated body")
    env.expect_article(res, site, news(S[2]), S[2])


# --- retries -----------------------------------------------------------------------------------------

def retry_429(env: Env) -> None:
    """An article answers 429 Retry-After: 2, then 200. Expect: written, exit 0, the second try >= 1.8 s after the
    first ended."""
    site = env.news_site([S[3]], sitemap=False)
    site.routes[news(S[3])] = srv.sequence(srv.status(429, {"Retry-After": "2"}), srv.article(S[3]))
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(S[3]))]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(S[3]), S[3])
    tries = [h for h in site.hits if h.path == news(S[3])]
    env.check(len(tries) == 2 and tries[1].start - tries[0].end >= 1.8,
              f"tries {len(tries)}; gap {[round(b.start - a.end, 2) for a, b in itertools.pairwise(tries)]}")


def retry_after_http_date(env: Env) -> None:
    """An article answers 503 with Retry-After as an HTTP date 2 s ahead, then 200. Expect: written, exit 0, the
    second try >= 1 s after the first (an HTTP date has whole seconds)."""
    site = env.news_site([S[4]], sitemap=False)

    def dated(h: srv.SiteHandler) -> None:
        from email.utils import formatdate
        srv.status(503, {"Retry-After": formatdate(time.time() + 2, usegmt=True)})(h)
    site.routes[news(S[4])] = srv.sequence(dated, srv.article(S[4]))
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(S[4]))]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(S[4]), S[4])
    tries = [h for h in site.hits if h.path == news(S[4])]
    env.check(len(tries) == 2 and tries[1].start - tries[0].end >= 1.0,
              f"tries {len(tries)}; gap {[round(b.start - a.end, 2) for a, b in itertools.pairwise(tries)]}")


def retry_after_too_long(env: Env) -> None:
    """An article answers 429 Retry-After: 86400 (max_retry_after 5). Expect: given up for this run at once: one
    request to it, run under 15 s, a stderr line naming it, exit 1, the other article written."""
    site = env.news_site([S[5]], sitemap=False)
    site.routes["/news/later.html"] = srv.status(429, {"Retry-After": "86400"})
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/later.html"), site.url(news(S[5]))]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.check(res.elapsed < 15, f"run took {res.elapsed:.1f} s")
    env.check(site.paths().count("/news/later.html") == 1, f"{site.paths().count('/news/later.html')} requests")
    env.expect_error_line(res, "/news/later.html", "Retry-After too long")
    env.expect_article(res, site, news(S[5]), S[5])


def retry_503_then_200(env: Env) -> None:
    """An article answers 503, 503, then 200 (retries 2). Expect: written, exit 0, exactly 3 requests to it."""
    site = env.news_site([S[6]], sitemap=False)
    site.routes[news(S[6])] = srv.sequence(srv.status(503), srv.status(503), srv.article(S[6]))
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(S[6]))]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(S[6]), S[6])
    env.check(site.paths().count(news(S[6])) == 3, f"{site.paths().count(news(S[6]))} requests")


def retry_503_forever(env: Env) -> None:
    """An article always answers 503 (retries 2). Expect: 3 requests to it, then a stderr line naming it, exit 1,
    the other article written."""
    site = env.news_site([S[7]], sitemap=False)
    site.routes["/news/down.html"] = srv.status(503)
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/down.html"), site.url(news(S[7]))]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.check(site.paths().count("/news/down.html") == 3, f"{site.paths().count('/news/down.html')} requests")
    env.expect_error_line(res, "/news/down.html", "503 forever")
    env.expect_article(res, site, news(S[7]), S[7])


def http_404_article(env: Env) -> None:
    """A sitemap lists an article that answers 404. Expect: a stderr line naming it, exit 1 (a listed page failed),
    no record for it with status ok, one request to it (4xx is not retried), the other article written."""
    site = env.news_site([S[8]], sitemap=False)
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url("/news/gone.html"), site.url(news(S[8]))]),
                                             "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.check(site.paths().count("/news/gone.html") == 1, f"{site.paths().count('/news/gone.html')} requests")
    env.check(not [r for r in res.all_records() if r.get("url", "").endswith("/gone.html") and r.get("status") == "ok"],
              "an ok record for a 404")
    env.expect_error_line(res, "/news/gone.html", "404")
    env.expect_article(res, site, news(S[8]), S[8])


# --- content types and charsets ----------------------------------------------------------------------

def not_html_labelled_html(env: Env) -> None:
    """Two article URLs labelled text/html serve a PDF and a PNG. Expect: no ok record holding their bytes (they are
    not HTML: skipped as not HTML, or a dropped/error record), no traceback, exit 0 or 1, the other article
    written."""
    site = env.news_site([S[9]], sitemap=False)
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    site.routes["/news/report.html"] = srv.static(pdf, "text/html")
    site.routes["/news/photo.html"] = srv.static(png, "text/html; charset=utf-8")
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap(
        [site.url("/news/report.html"), site.url("/news/photo.html"), site.url(news(S[9]))]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, (0, 1))
    env.expect_no_traceback(res)
    bad = [r for r in res.all_records() if r.get("url", "").endswith(("/report.html", "/photo.html"))
           and r.get("status") == "ok"]
    env.check(not bad, f"ok records from binary bodies: {[(r['url'], str(r.get('text'))[:40]) for r in bad]}")
    env.expect_article(res, site, news(S[9]), S[9])


def gbk_labelled_utf8(env: Env) -> None:
    """A Chinese article in GBK bytes, HTTP header `charset=utf-8`, <meta charset=gbk>. Expect: the exact Chinese
    text and title, mislabeled true, encoding gbk or gb18030, exit 0."""
    story = ZH_STORIES[0]
    site = env.site()
    body = srv.article_html(story, charset="gbk").encode("gbk")
    site.routes[news(story)] = srv.static(body, "text/html; charset=utf-8")
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(story))]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(story), story)
    rec = next((r for r in res.all_records() if r.get("url") == site.url(news(story))), {})
    env.check(rec.get("mislabeled") is True, f"mislabeled {rec.get('mislabeled')}")
    env.check(rec.get("encoding") in ("gbk", "gb18030"), f"encoding {rec.get('encoding')}")


def bom_with_gbk_meta(env: Env) -> None:
    """A Chinese article in UTF-8 with a UTF-8 BOM, no HTTP charset, and <meta charset=gbk> (a template left over).
    Expect: the exact text, encoding utf-8 from bom, exit 0."""
    story = ZH_STORIES[1]
    site = env.site()
    body = b"\xef\xbb\xbf" + srv.article_html(story, charset="utf-8", meta="gbk").encode("utf-8")
    site.routes[news(story)] = srv.static(body, "text/html")
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(story))]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    env.expect_article(res, site, news(story), story)
    rec = next((r for r in res.all_records() if r.get("url") == site.url(news(story))), {})
    env.check(rec.get("encoding") in ("utf-8", "utf-8-sig") and rec.get("encoding_source") == "bom",
              f"encoding {rec.get('encoding')} from {rec.get('encoding_source')}")


# --- links -------------------------------------------------------------------------------------------

def relative_links_base_href(env: Env) -> None:
    """A list page at /section/index.html with <base href="/news/2026/"> links `a.html`, `./b.html`,
    `../2026/c.html` and `//HOST/news/2026/d.html` (protocol-relative). Expect: requests for exactly
    /news/2026/{a,b,c,d}.html (resolved against the base), never /section/a.html; four records; exit 0."""
    site = env.site()
    stories = [S[0], S[1], S[2], S[3]]
    for letter, story in zip("abcd", stories, strict=False):
        site.routes[f"/news/2026/{letter}.html"] = srv.article(story)
    host = site.base.removeprefix("http:")
    site.routes["/section/index.html"] = srv.static(srv.list_page(
        ["a.html", "./b.html", "../2026/c.html", f"{host}/news/2026/d.html"], base="/news/2026/"))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/section/index.html")],
                              "article": r"/news/2026/[a-z]\.html$"}]))
    env.expect_rc(res, 0)
    for letter, story in zip("abcd", stories, strict=False):
        env.expect_article(res, site, f"/news/2026/{letter}.html", story)
    stray = [p for p in site.paths() if p.startswith("/section/") and p != "/section/index.html"]
    env.check(not stray, f"links resolved against the page, not <base>: {stray}")


def duplicate_urls(env: Env) -> None:
    """A list page links one article five ways: plain, `#comments`, `?utm_source=feed&utm_medium=rss`,
    `?utm_campaign=x#top`, and the plain link again. Expect: exactly one request for the article (fragments never
    sent; utm_* tracking parameters dropped), one record, exit 0."""
    site = env.news_site([S[4]], sitemap=False)
    path = news(S[4])
    site.routes[path + "*"] = srv.article(S[4])
    site.routes["/list/"] = srv.static(srv.list_page(
        [path, path + "#comments", path + "?utm_source=feed&utm_medium=rss", path + "?utm_campaign=x#top", path]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"/news/"}]))
    env.expect_rc(res, 0)
    asked = [p for p in site.paths() if p.startswith("/news/")]
    env.check(len(asked) == 1, f"requests {asked}")
    records = [r for r in res.all_records() if "/news/" in str(r.get("url"))]
    env.check(len(records) == 1, f"{len(records)} records: {[r.get('url') for r in records]}")


def trailing_slash_duplicate(env: Env) -> None:
    """A list page links /news/story-7 and /news/story-7/ (same article, a CMS answering both). Expect: at most one
    record for the article (the second copy is the same body: written once), exit 0."""
    site = env.site()
    site.routes["/news/story-7"] = srv.article(S[5])
    site.routes["/news/story-7/"] = srv.article(S[5])
    site.routes["/list/"] = srv.static(srv.list_page(["/news/story-7", "/news/story-7/"]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"/news/story-\d+/?$"}]))
    env.expect_rc(res, 0)
    records = [r for r in res.all_records() if r.get("status") == "ok"]
    env.check(len(records) == 1, f"{len(records)} records: {[r.get('url') for r in records]}")


def non_html_links(env: Env) -> None:
    """A list page links, under /news/, a .jpg, a .pdf, mailto:, javascript:, tel: and data: links, plus one
    article. The job's article pattern is `/news/` (it matches the .jpg and .pdf). Expect: the article written; no
    request for the .jpg or the .pdf (not pages); no error about mailto:/javascript:/tel:/data:; exit 0."""
    site = env.news_site([S[6]], sitemap=False)
    site.routes["/news/photo.jpg"] = srv.static(b"\xff\xd8\xff\xe0" + b"0" * 2000, "image/jpeg")
    site.routes["/news/report.pdf"] = srv.static(b"%PDF-1.4\n" + b"0" * 2000, "application/pdf")
    site.routes["/list/"] = srv.static(srv.list_page([
        "/news/photo.jpg", "/news/report.pdf", "mailto:desk@example.org", "javascript:void(0)",
        "tel:+441234567", "data:text/html,<p>x</p>", news(S[6])]))
    res = env.crawl(env.job([{"name": "s", "lists": [site.url("/list/")], "article": r"/news/"}]))
    env.expect_rc(res, 0)
    env.expect_no_traceback(res)
    env.expect_article(res, site, news(S[6]), S[6])
    env.check(not {"/news/photo.jpg", "/news/report.pdf"} & set(site.paths()), f"asked {site.paths()}")


# --- sitemaps ------------------------------------------------------------------------------------------

def sitemap_index_gz(env: Env) -> None:
    """A sitemap index lists sitemap-1.xml (plain) and sitemap-2.xml.gz (a gzip file, application/x-gzip).
    Expect: the four articles in them written, exit 0."""
    site = env.site()
    stories = [S[7], S[8], S[9], S[10]]
    for story in stories:
        site.routes[news(story)] = srv.article(story)
    site.routes["/sitemap-1.xml"] = srv.static(srv.sitemap([site.url(news(s)) for s in stories[:2]]), "application/xml")
    site.routes["/sitemap-2.xml.gz"] = srv.static(
        gzip.compress(srv.sitemap([site.url(news(s)) for s in stories[2:]])), "application/x-gzip")
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap_index(
        [site.url("/sitemap-1.xml"), site.url("/sitemap-2.xml.gz")]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}]))
    env.expect_rc(res, 0)
    for story in stories:
        env.expect_article(res, site, news(story), story)


def sitemap_gz_double_coded(env: Env) -> None:
    """sitemap.xml.gz served with Content-Encoding: gzip on top of the gzip file (a common server setting: the
    body on the wire is gzip(gzip(xml))) and a second sitemap.xml.gz served as plain XML under the .gz name with
    Content-Encoding: gzip (the server compresses on the fly). Expect: the articles of both written, exit 0."""
    site = env.site()
    stories = [S[11], S[0]]
    for story in stories:
        site.routes[news(story)] = srv.article(story)
    inner = gzip.compress(srv.sitemap([site.url(news(stories[0]))]))
    site.routes["/a/sitemap.xml.gz"] = srv.static(gzip.compress(inner), "application/x-gzip",
                                                  extra={"Content-Encoding": "gzip"})
    site.routes["/b/sitemap.xml.gz"] = srv.static(gzip.compress(srv.sitemap([site.url(news(stories[1]))])),
                                                  "application/xml", extra={"Content-Encoding": "gzip"})
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/a/sitemap.xml.gz"), site.url("/b/sitemap.xml.gz")],
                              "article": article_pattern()}]))
    env.expect_rc(res, 0)
    for story in stories:
        env.expect_article(res, site, news(story), story)


def sitemap_broken(env: Env) -> None:
    """One of two sitemaps is broken XML (cut off mid-entry after two good <url>s). Expect: the two URLs before the
    cut and the other sitemap's article written; a stderr line naming the broken sitemap; exit 1; no traceback."""
    site = env.site()
    stories = [S[1], S[2], S[3]]
    for story in stories:
        site.routes[news(story)] = srv.article(story)
    full = srv.sitemap([site.url(news(s)) for s in stories[:2]]).decode()
    cut = full[: full.rindex("</urlset>")] + "<url><loc>" + site.url("/news/x")
    site.routes["/broken.xml"] = srv.static(cut.encode(), "application/xml")
    site.routes["/good.xml"] = srv.static(srv.sitemap([site.url(news(stories[2]))]), "application/xml")
    res = env.crawl(env.job([{"name": "s", "sitemaps": [site.url("/broken.xml"), site.url("/good.xml")],
                              "article": article_pattern()}]))
    env.expect_rc(res, 1)
    env.expect_no_traceback(res)
    env.expect_error_line(res, "/broken.xml", "broken sitemap")
    for story in stories:
        env.expect_article(res, site, news(story), story)


# --- the job file ----------------------------------------------------------------------------------------

def job_unknown_key(env: Env) -> None:
    """A job with a misspelt key in a [[sites]] entry (`artcle = ...`). Expect: exit 2, one stderr line naming the
    file and the key, no request made."""
    site = env.news_site([S[4]])
    job = env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "artcle": article_pattern()}])
    res = env.crawl(job)
    env.expect_rc(res, 2)
    env.expect_no_traceback(res)
    env.check(any(job.name in line and "artcle" in line for line in res.error_lines()),
              f"stderr {res.stderr.strip()!r}")
    env.check(not site.hits, f"requests made: {site.paths()}")


def job_bad_toml_line(env: Env) -> None:
    """A job whose site list has a bad line (an unquoted URL in a list). Expect: exit 2, one stderr line naming the
    file (and the line), no traceback, no request."""
    site = env.news_site([S[4]])
    good = env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}])
    text = good.read_text().replace(f'"{site.url("/sitemap.xml")}"', site.url("/sitemap.xml"))
    job = env.job([], name="badline", raw=text)
    res = env.crawl(job)
    env.expect_rc(res, 2)
    env.expect_no_traceback(res)
    env.check(len(res.error_lines()) == 1 and job.name in res.stderr, f"stderr {res.stderr.strip()!r}")
    env.check(not site.hits, f"requests made: {site.paths()}")


def job_bad_url(env: Env) -> None:
    """A job with two sites: one whose sitemap URL is not a URL (`news.example.com/sitemap.xml`, no scheme), and a
    good one. Expect: a stderr line naming the bad value; either exit 2 before any request (a configuration
    error), or exit 1 with the good site crawled; no traceback."""
    site = env.news_site([S[5]])
    job = env.job([{"name": "bad", "sitemaps": ["news.example.com/sitemap.xml"], "article": article_pattern()},
                   {"name": "good", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}])
    res = env.crawl(job)
    env.expect_no_traceback(res)
    env.expect_error_line(res, "news.example.com/sitemap.xml", "bad URL")
    if res.rc == 2:
        env.check(not site.hits, "exit 2 after requests")
    else:
        env.expect_rc(res, 1)
        env.expect_article(res, site, news(S[5]), S[5])


def job_bad_regex(env: Env) -> None:
    """A job whose `article` pattern is a broken regex (`/news/(`). Expect: exit 2, one stderr line naming the file
    and the key, no traceback, no request."""
    site = env.news_site([S[5]])
    job = env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": "/news/("}])
    res = env.crawl(job)
    env.expect_rc(res, 2)
    env.expect_no_traceback(res)
    env.check(any(job.name in line and "article" in line for line in res.error_lines()),
              f"stderr {res.stderr.strip()!r}")
    env.check(not site.hits, f"requests made: {site.paths()}")


# --- runs over the same output ---------------------------------------------------------------------------

def second_run(env: Env) -> None:
    """Two runs into the same --out over a site with ETags; before the second, one article changes and one is
    added. Expect: run 1 writes 3 records; run 2 asks the unchanged ones with If-None-Match, gets 304, and writes
    only the changed and the new one (2 records); run 1's files are byte-identical afterwards; exit 0 both."""
    stories = [S[0], S[1], S[2]]
    site = env.news_site(stories, etag=True)
    job = env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}])
    first = env.crawl(job)
    env.expect_rc(first, 0)
    env.check(len(first.records()) == 3, f"run 1 wrote {len(first.records())} records")
    snapshot = {p: p.read_bytes() for p in first.runs[0].iterdir()} if first.runs else {}
    changed = S[3]._replace(slug=S[1].slug)
    site.routes[news(S[1])] = srv.article(changed, etag=True)
    site.routes[news(S[4])] = srv.article(S[4], etag=True)
    site.routes["/sitemap.xml"] = srv.static(srv.sitemap([site.url(news(s)) for s in [*stories, S[4]]]),
                                             "application/xml")
    before = len(site.hits)
    time.sleep(1.1)  # a new run directory name (UTC seconds)
    second = env.crawl(job)
    env.expect_rc(second, 0)
    env.check(len(second.runs) == 2, f"{len(second.runs)} run directories")
    got = sorted(r.get("url", "") for r in second.records())
    env.check(got == sorted([site.url(news(S[1])), site.url(news(S[4]))]), f"run 2 wrote {got}")
    env.expect_article(second, site, news(S[1]), changed, records=second.records())
    conditional = [h for h in site.hits[before:] if h.path in (news(S[0]), news(S[2]))]
    env.check(bool(conditional) and all("if-none-match" in h.headers or "if-modified-since" in h.headers
                                        for h in conditional), "unchanged articles not asked conditionally")
    after = {p: p.read_bytes() for p in first.runs[0].iterdir()} if first.runs else {}
    env.check(after == snapshot, "run 1's files changed")


def killed_run_resumed(env: Env) -> None:
    """A crawl of 8 articles (delay 0.4 s) is SIGKILLed after the 4th article request, then run again. Expect:
    across both runs every article has exactly one ok record; every articles.jsonl line is whole JSON; every
    crawl.warc.gz reads to the end; the second run exits 0 and does not re-fetch what the first committed
    (at most 1 article fetched twice: the one in flight)."""
    stories = list(S[:8])
    site = env.news_site(stories, etag=True)
    job = env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}], delay=0.4)
    out = env.tmp / "out"
    proc = env.popen(job, out)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len([h for h in site.hits if h.path.startswith("/news/")]) < 4:
        time.sleep(0.02)
    time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    first_hits = len(site.hits)
    res = env.crawl(job, out)
    env.expect_rc(res, 0)
    lines_ok = True
    for run in res.runs:
        path = run / "articles.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    __import__("json").loads(line)
                except ValueError:
                    lines_ok = False
        warc = run / "crawl.warc.gz"
        if warc.exists():
            env.check(gz_ok(warc), f"{warc.parent.name}/crawl.warc.gz does not read to the end")
    env.check(lines_ok, "a partial JSON line")
    urls = [r.get("url") for r in res.all_records() if r.get("status") == "ok"]
    for story in stories:
        n = urls.count(site.url(news(story)))
        env.check(n == 1, f"{story.slug}: {n} ok records across runs")
    refetched = [h.path for h in site.hits[first_hits:] if h.path.startswith("/news/")
                 and "if-none-match" not in h.headers]
    first_paths = {h.path for h in site.hits[:first_hits] if h.path.startswith("/news/")}
    twice = [p for p in refetched if p in first_paths]
    env.check(len(twice) <= 1, f"fetched again unconditionally: {twice}")


def overlapping_runs(env: Env) -> None:
    """While a slow run holds the lock, a second run into the same --out starts. Expect: the second exits 1 at
    once with one stderr line saying another run holds the lock (naming the directory or lock); the first
    finishes with exit 0 and all its articles."""
    stories = [S[9], S[10], S[11]]
    site = env.news_site(stories)
    job = env.job([{"name": "s", "sitemaps": [site.url("/sitemap.xml")], "article": article_pattern()}], delay=0.7)
    out = env.tmp / "out"
    proc = env.popen(job, out)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not [h for h in site.hits if h.path.startswith("/news/")]:
        time.sleep(0.02)
    second = env.crawl(job, out)
    first = env.finish(proc, out)
    env.expect_rc(second, 1)
    env.check(len(second.error_lines()) == 1 and "lock" in second.stderr.lower(), f"stderr {second.stderr.strip()!r}")
    env.expect_rc(first, 0)
    for story in stories:
        env.expect_article(first, site, news(story), story)


CASES: dict[str, Callable[[Env], None]] = {
    "robots_disallow": robots_disallow,
    "robots_agent_group": robots_agent_group,
    "robots_404": robots_404,
    "robots_500": robots_5xx(500),
    "robots_503": robots_5xx(503),
    "robots_html_soft404": robots_html_soft404,
    "crawl_delay": crawl_delay,
    "redirect_chain": redirect_chain,
    "redirect_loop": redirect_loop,
    "redirect_too_many": redirect_too_many,
    "redirect_to_https_less": redirect_to_https_less,
    "redirect_out_of_scope": redirect_out_of_scope,
    "redirect_into_disallowed": redirect_into_disallowed,
    "loopback_refused_by_default": loopback_refused_by_default,
    "redirect_to_unspecified_address": redirect_to_unspecified_address,
    "codings": codings,
    "accept_encoding_honest": accept_encoding_honest,
    "gzip_bomb": gzip_bomb,
    "oversize_declared": oversize(True),
    "oversize_undeclared": oversize(False),
    "trickle": trickle,
    "silent_server": silent_server,
    "truncated_body": truncated_body,
    "retry_429": retry_429,
    "retry_after_http_date": retry_after_http_date,
    "retry_after_too_long": retry_after_too_long,
    "retry_503_then_200": retry_503_then_200,
    "retry_503_forever": retry_503_forever,
    "http_404_article": http_404_article,
    "not_html_labelled_html": not_html_labelled_html,
    "gbk_labelled_utf8": gbk_labelled_utf8,
    "bom_with_gbk_meta": bom_with_gbk_meta,
    "relative_links_base_href": relative_links_base_href,
    "duplicate_urls": duplicate_urls,
    "trailing_slash_duplicate": trailing_slash_duplicate,
    "non_html_links": non_html_links,
    "sitemap_index_gz": sitemap_index_gz,
    "sitemap_gz_double_coded": sitemap_gz_double_coded,
    "sitemap_broken": sitemap_broken,
    "job_unknown_key": job_unknown_key,
    "job_bad_toml_line": job_bad_toml_line,
    "job_bad_url": job_bad_url,
    "job_bad_regex": job_bad_regex,
    "second_run": second_run,
    "killed_run_resumed": killed_run_resumed,
    "overlapping_runs": overlapping_runs,
}

assert BY_SLUG  # the stories module loads
