"""Finding article URLs: sitemaps and sitemap indexes, RSS/Atom feeds, list pages with a link regex.

XML is scanned with small regular expressions instead of an XML parser: sitemaps and feeds in the
wild are often not well-formed, and a scanner cannot be made to expand entities (no billion-laughs).
Gzipped sitemaps (``.xml.gz`` served as application/gzip) are inflated up to a cap.
"""

from __future__ import annotations

import html
import re
import zlib
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from ..sniff import sniff_kind
from .config import Site
from .frontier import Found
from .urls import canonical, names_a_file

BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
                b"ID3", b"OggS", b"\x00\x00\x01\x00", b"wOF")
MAX_SITEMAP_BYTES = 50_000_000  # the sitemaps.org limit for an uncompressed sitemap

_LOC = re.compile(rb"<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?\s*(.*?)\s*(?:\]\]>)?\s*</(?:\w+:)?loc>", re.S | re.I)
_ITEM = re.compile(rb"<(item|entry)[\s>].*?</\1>", re.S | re.I)
_RSS_LINK = re.compile(rb"<link>\s*(?:<!\[CDATA\[)?\s*(.*?)\s*(?:\]\]>)?\s*</link>", re.S | re.I)
_ATOM_LINK = re.compile(rb"<link\b([^>]*)/?>", re.I)
_ATTR = re.compile(rb"""(\w+)\s*=\s*["']([^"']*)["']""")
_ROOT = re.compile(rb"<(?!\?|!)(?:\w+:)?(\w+)[\s>/]")
# Google's image and video sitemap extensions nest their own <image:loc> / <video:player_loc> inside a
# <url>: the picture or player of the page, never a page (Yoast and most CMS sitemaps carry them).
_MEDIA_BLOCK = re.compile(rb"<(\w+):(image|video)[\s>].{0,65536}?</\1:\2\s*>", re.S | re.I)  # bounded: no rescans


@dataclass(frozen=True, slots=True)
class Links:
    """What one document points to: child sitemaps/feeds to read, and article or list pages."""

    indexes: list[str]
    pages: list[str]
    cut_short: bool = False  # a sitemap whose root element never closes: the URLs after the cut are lost


def _text(raw: bytes) -> str:
    return html.unescape(raw.decode("utf-8", "replace").strip())


def maybe_gunzip(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, MAX_SITEMAP_BYTES)
    except zlib.error:
        return b""


def xml_root(body: bytes) -> str | None:
    """The root element of an XML document (``urlset``, ``sitemapindex``, ``rss``, ``feed``...)."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return None
    head = re.sub(rb"<!--.*?-->", b"", head, flags=re.S)
    match = _ROOT.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def sitemap_links(body: bytes, base: str) -> Links:
    body = maybe_gunzip(body)
    urls = [u for u in (canonical(_text(m), base) for m in _LOC.findall(_MEDIA_BLOCK.sub(b"", body))) if u]
    root = xml_root(body)
    closed = root is not None and re.search(rb"</(?:\w+:)?%s\s*>" % root.encode(), body[-4096:], re.I) is not None
    if root == "sitemapindex":
        return Links(urls, [], not closed)
    return Links([], urls, not closed)


def feed_links(body: bytes, base: str) -> Links:
    pages: list[str] = []
    for item in _ITEM.finditer(body):
        chunk = item.group(0)
        found = [_text(m) for m in _RSS_LINK.findall(chunk)]
        for attrs in _ATOM_LINK.findall(chunk):
            values = {k.lower(): v for k, v in _ATTR.findall(attrs)}
            if b"href" in values and values.get(b"rel", b"alternate") == b"alternate":
                found.append(_text(values[b"href"]))
        url = next((u for u in (canonical(f, base) for f in found) if u), None)
        if url:
            pages.append(url)
    return Links([], pages)


def page_links(body: bytes, base: str, article: re.Pattern[str] | None,
               follow: re.Pattern[str] | None) -> tuple[list[str], list[str]]:
    """(articles, further list pages) linked from an HTML list page, by the site's link patterns.

    A link naming a file (a photo, a PDF attachment) is no article, whatever the pattern matches.
    selectolax reads the raw bytes with its own charset sniffing, only to find hrefs; the page's
    text is still decoded by the decode stage alone."""
    tree = LexborHTMLParser(body)
    base_tag = tree.css_first("base[href]")
    if base_tag is not None:
        base = canonical(base_tag.attributes.get("href") or "", base) or base
    articles: list[str] = []
    lists: list[str] = []
    for node in tree.css("a[href]"):
        url = canonical(node.attributes.get("href") or "", base)
        if not url:
            continue
        if article is not None and article.search(url) and not names_a_file(url):
            articles.append(url)
        elif follow is not None and follow.search(url):
            lists.append(url)
    return list(dict.fromkeys(articles)), list(dict.fromkeys(lists))


def found_in(site: Site, links: Links, index: tuple[str, int], depth: int) -> list[Found]:
    """What an index links to, in the site's scope: further indexes as ``index`` (kind, depth), pages
    matching the site's article pattern as articles at ``depth``."""
    kids = [Found(u, site.name, *index) for u in links.indexes if site.in_scope(u)]
    pages = [Found(u, site.name, "article", depth) for u in links.pages
             if site.in_scope(u) and site.is_article(u)]
    return kids + pages


def classify(body: bytes, content_type: str | None) -> str:
    """``sitemap``, ``feed``, ``html`` or ``other``: by content first (magic bytes, XML root), type second."""
    if body.startswith(BINARY_MAGIC):
        root = xml_root(maybe_gunzip(body)) if body[:2] == b"\x1f\x8b" else None
        return "sitemap" if root in ("urlset", "sitemapindex") else "other"
    root = xml_root(body)
    if root in ("urlset", "sitemapindex"):
        return "sitemap"
    if root in ("rss", "feed", "rdf"):
        return "feed"
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in ("", "application/octet-stream", "text/plain") and sniff_kind(body) == "html":
        return "html"
    return "other"
