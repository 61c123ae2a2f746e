"""URL canonicalisation and discovery (sitemaps, feeds, list pages, content sniffing): pure functions."""

from __future__ import annotations

import gzip
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.fetch.discover import classify, feed_links, page_links, sitemap_links
from pipeline.fetch.urls import canonical

B = "http://news.example.com/list/"


@pytest.mark.parametrize(("raw", "expected"), [
    ("HTTP://News.Example.COM:80/a.html#comments", "http://news.example.com/a.html"),
    ("https://news.example.com:443", "https://news.example.com/"),
    ("http://news.example.com:8080/a", "http://news.example.com:8080/a"),
    ("/a.html?id=3&utm_source=wx&utm_medium=share&gclid=x&fbclid=y", "http://news.example.com/a.html?id=3"),
    ("a.html?b=2&a=1", "http://news.example.com/list/a.html?b=2&a=1"),  # order kept
    ("http://news.example.com./x", "http://news.example.com/x"),
    ("http://[::1]:8000/x", "http://[::1]:8000/x"),
])
def test_canonical(raw: str, expected: str) -> None:
    assert canonical(raw, B) == expected


@pytest.mark.parametrize("raw", ["mailto:a@b.c", "javascript:void(0)", "ftp://x/y", "http://a:99999/"])
def test_non_http_urls_are_none(raw: str) -> None:
    assert canonical(raw, B) is None
    assert canonical("http://") is None


def test_sitemap_index_and_urlset() -> None:
    index = (b'<?xml version="1.0"?><sitemapindex><sitemap><loc>https://s.test/a.xml</loc></sitemap>'
             b"<sitemap><loc><![CDATA[https://s.test/b.xml.gz]]></loc></sitemap></sitemapindex>")
    links = sitemap_links(index, "https://s.test/")
    assert links.indexes == ["https://s.test/a.xml", "https://s.test/b.xml.gz"] and links.pages == []
    urlset = b"<urlset><url><loc>https://s.test/1?a=1&amp;b=2</loc></url></urlset>"
    assert sitemap_links(gzip.compress(urlset), "https://s.test/").pages == ["https://s.test/1?a=1&b=2"]


def test_rss_and_atom_items() -> None:
    rss = b"<rss><channel><link>https://s.test/</link><item><link>https://s.test/1</link></item></channel></rss>"
    assert feed_links(rss, "https://s.test/").pages == ["https://s.test/1"]
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://s.test/"/>'
            b'<entry><link rel="self" href="https://s.test/e.xml"/><link href="/2"/></entry></feed>')
    assert feed_links(atom, "https://s.test/").pages == ["https://s.test/2"]


def test_list_page_links_by_pattern_from_raw_gbk_bytes() -> None:
    page = ('<html><head><meta charset="gbk"></head><body><a href="/2026/05/1.html?utm_source=x">新闻一</a>'
            '<a href="/2026/05/1.html">新闻一</a><a href="index_2.html">下一页</a><a href="/about">关于</a>'
            "</body></html>").encode("gbk")
    articles, lists = page_links(page, B, re.compile(r"/\d{4}/\d{2}/\d+\.html$"), re.compile(r"index_\d+"))
    assert articles == ["http://news.example.com/2026/05/1.html"]
    assert lists == ["http://news.example.com/list/index_2.html"]


@pytest.mark.parametrize(("body", "ctype", "kind"), [
    (b"<!DOCTYPE html><html><p>x</p></html>", "text/html; charset=gbk", "html"),
    (b"<html><p>x</p></html>", None, "html"),
    (b"%PDF-1.7 ...", "text/html", "other"),  # the type lies; the magic bytes win
    (b"\x89PNG\r\n\x1a\n", "image/png", "other"),
    (b"<p>hello</p>", "application/json", "other"),
    (b'<?xml version="1.0"?><!-- c --><urlset></urlset>', "text/html", "sitemap"),
    (b'<?xml version="1.0"?><rss version="2.0"></rss>', "application/xml", "feed"),
    (b"<rdf:RDF></rdf:RDF>", None, "feed"),
    (gzip.compress(b"<urlset></urlset>"), "application/gzip", "sitemap"),
])
def test_classify(body: bytes, ctype: str | None, kind: str) -> None:
    assert classify(body, ctype) == kind


@given(st.text(alphabet="abcAB/?&=#:._-%0123456789", max_size=40))
def test_canonical_is_idempotent(tail: str) -> None:
    once = canonical("http://Host.Example:80/" + tail)
    assert once is None or canonical(once) == once


def test_default_scope_takes_www_and_bare_hosts() -> None:
    from pipeline.fetch.config import default_hosts

    assert default_hosts(["https://www.a.test/s.xml", "https://b.test/f"]) == (
        "www.a.test", "a.test", "b.test", "www.b.test")
    assert default_hosts(["http://127.0.0.1:8000/"]) == ("127.0.0.1",)
