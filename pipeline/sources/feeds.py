"""Feeds: an RSS 2.0, RSS 1.0 (RDF) or Atom file, one record per item, as a WARC file is one per response.

Corpus builders keep feeds because a WordPress feed's items carry each post whole (``content:encoded``), an
Atom entry in ``<content type="html">``. Read as one HTML page, a feed gives its channel's title and every
item glued together, with the escaped markup left as text. Here the feed is decoded as a page is (the
decode stage's decode_bytes: the bytes, an XML declaration, detection), read with the standard XML parser,
and each item becomes a record holding the page the item describes: its title as <title> and <h1>, its
date and author as meta tags, its content (else its summary) as the body; the item's link is the record's
url. The record carries its HTML already decoded, so the decode stage passes it on; repair and strip run
as on any page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from html import escape
from html.entities import html5
from pathlib import Path

from ..decode import decode_bytes
from ..errors import InputError
from ..record import Provenance, Record, record_id
from .files import error_record

# A feed's root element, after a UTF-8 BOM, the XML declaration, comments, a stylesheet instruction and a
# DOCTYPE (RSS 0.91 names Netscape's DTD).
_FEED_ROOT = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*"
                        rb"<(?:rss|feed|rdf:RDF)\b", re.S)
_SNIFF = 2048
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# An HTML entity (&nbsp; &eacute; &mdash;): RSS 0.91's DTD declared them and feeds still write them, but the XML
# parser knows only XML's five and stops at the first other one ("undefined entity").
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_NS = {"atom": "http://www.w3.org/2005/Atom", "content": "http://purl.org/rss/1.0/modules/content/",
       "dc": "http://purl.org/dc/elements/1.1/", "rss1": "http://purl.org/rss/1.0/"}


def is_feed(data: bytes) -> bool:
    return _FEED_ROOT.match(data[:_SNIFF]) is not None


def _numeric_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    value = None if name in _XML_ENTITIES else html5.get(name + ";")
    return match.group(0) if value is None else "".join(f"&#{ord(char)};" for char in value)


def _text(item: ET.Element, *paths: str) -> str | None:
    for path in paths:
        node = item.find(path, _NS)
        if node is not None and (node.text or "").strip():
            return (node.text or "").strip()
        if node is not None and path.startswith("atom:link") and node.get("href"):
            return node.get("href")
    return None


def _iso(date: str | None) -> str | None:
    """An RSS date (RFC 822: Fri, 09 Sep 2016 08:30:00 +0800) in ISO 8601; an ISO one as it is."""
    if not date or date[:4].isdigit():
        return date
    try:
        return parsedate_to_datetime(date).isoformat()
    except (TypeError, ValueError):
        return None


def _page(item: ET.Element) -> tuple[str | None, str]:
    """The item's link and the page it describes."""
    title = _text(item, "title", "atom:title", "rss1:title") or ""
    link = _text(item, "link", "atom:link[@rel='alternate']", "atom:link", "rss1:link")
    body = _text(item, "content:encoded", "atom:content", "description", "atom:summary", "rss1:description") or ""
    date = _iso(_text(item, "pubDate", "dc:date", "atom:published", "atom:updated"))
    author = _text(item, "dc:creator", "author", "atom:author/atom:name")
    metas = "".join(f'<meta {attr}="{name}" content="{escape(value)}">' for attr, name, value in (
        ("property", "article:published_time", date), ("name", "author", author)) if value)
    return link, (f"<!DOCTYPE html>\n<html><head><title>{escape(title)}</title>{metas}</head>\n<body><article>"
                  f"<h1>{escape(title)}</h1>\n{body}\n</article></body></html>\n")


def feed_records(path: Path, data: bytes) -> Iterator[Record]:
    """One record per item of the feed ``data`` read from ``path``; a feed that does not parse raises
    InputError (the caller makes it one error record)."""
    source = str(path)
    decoded = decode_bytes(data)
    try:
        root = ET.fromstring(_ENTITY.sub(_numeric_entity, _DECLARATION.sub("", decoded.text, count=1)))
    except ET.ParseError as exc:
        raise InputError(source, f"broken feed: {exc}") from exc
    items = root.findall("channel/item") + root.findall("atom:entry", _NS) + root.findall("rss1:item", _NS)
    for number, item in enumerate(items, 1):
        link, html = _page(item)
        where = f"{source}:{number}"
        yield Record(id=record_id(link, where), url=link, kind="html", html=html, encoding=decoded.encoding,
                     encoding_source=decoded.source, mislabeled=decoded.mislabeled,
                     encoding_evidence=decoded.evidence, provenance=Provenance(source_path=where))


def items_or_page(record: Record) -> Iterator[Record]:
    """The items of the feed a record's bytes hold, whatever the file's name (a WordPress ``/feed/`` saved by
    wget is an ``index.html``; a feed may come on stdin), or the record itself when they hold none."""
    if record.raw is None or not is_feed(record.raw):
        yield record
        return
    source = record.provenance.source_path or "-"
    try:
        yield from feed_records(Path(source), record.raw)
    except InputError as exc:
        yield error_record(source, exc)
