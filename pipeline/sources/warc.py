"""WARC and WARC.gz: one record per HTML (or text) response, with its HTTP headers for decoding."""

from __future__ import annotations

import gzip
import itertools
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed

from ..fetch.discover import classify
from ..record import Provenance, Record, record_id
from ..sniff import sniff_kind
from .files import error_record
from .payload import MAX_INFLATED_PAGE, WARCIO_CODINGS, InflatesTooLarge, codings, undo_codings

_TEXTUAL = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")


def _wanted(content_type: str, body: bytes, url: str | None, status: str | None) -> bool:
    """Articles only: a crawl also archives redirects, errors, robots.txt, sitemaps and feeds."""
    if status and not status.startswith("2"):
        return False
    if url and urlsplit(url).path == "/robots.txt":
        return False
    if classify(body, content_type or None) in ("sitemap", "feed"):
        return False
    mime = content_type.split(";", 1)[0].strip().lower()
    return mime.startswith(_TEXTUAL) if mime else sniff_kind(body) == "html"


def warc_records(path: Path) -> Iterator[Record]:
    source = str(path)
    try:
        stream: BinaryIO = path.open("rb")
    except OSError as exc:
        yield error_record(source, f"cannot read: {exc.strerror or exc}")
        return
    done = 0
    start: int | None = 0
    with stream:
        if (problem := _not_warc(stream.read(_HEAD))) is not None:
            yield error_record(source, problem)
            return
        gzipped = _starts_gzip(stream)
        while start is not None:  # a broken record in a record-by-record gzipped WARC: read on from the next
            stream.seek(start)
            iterator = _Records(stream)
            try:
                for record in _responses(iterator, source):
                    done += 1
                    yield record
                return
            except ArchiveLoadFailed as exc:
                if "non-chunked gzip" in str(exc) and start == 0:
                    break
                broken: Exception = exc
            except Exception as exc:  # warcio raises AttributeError, KeyError, zlib.error ... on malformed records
                broken = exc
            yield _broken(source, broken, iterator.offset)
            start = _next_member(stream, iterator.offset) if gzipped else None
        else:
            return
    # A WARC gzipped whole rather than record by record: read it decompressed (offsets then count
    # uncompressed bytes), after the records already given.
    try:
        with gzip.open(path, "rb") as whole:  # streamed: a whole-gzipped crawl may be gigabytes
            yield from itertools.islice(_responses(_Records(whole), source), done, None)
    except Exception as exc:  # as above, and zlib.error
        yield _broken(source, exc)


def _starts_gzip(stream: BinaryIO) -> bool:
    stream.seek(0)
    return stream.read(2) == b"\x1f\x8b"


def _next_member(stream: BinaryIO, after: int) -> int | None:
    """Where the next gzip member holding a WARC record starts after offset ``after``, or None: each record
    of a WARC.gz is a gzip member of its own, so the records after a broken one can still be read."""
    pos = after + 1
    while True:
        stream.seek(pos)
        chunk = stream.read(_SCAN)
        if len(chunk) < 3:
            return None
        found = chunk.find(b"\x1f\x8b\x08")
        if found < 0:
            pos += len(chunk) - 2
            continue
        stream.seek(pos + found)
        try:
            if zlib.decompressobj(wbits=31).decompress(stream.read(_HEAD), 16).lstrip(b"\r\n").startswith(b"WARC/"):
                return pos + found
        except zlib.error:
            pass
        pos += found + 1


_HEAD = 4096
_SCAN = 1 << 20


def _not_warc(head: bytes) -> str | None:
    """Why a file is not a WARC (empty; gzip that does not inflate; not starting with a WARC version
    line), or None. warcio reads such a file as an archive of no records, which would pass silently."""
    if not head:
        return "empty input"
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head)
        except zlib.error as exc:
            return f"broken gzip: {exc}"
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        return "not a WARC file: it does not start with a WARC/1.x record header"
    return None


def _broken(source: str, exc: Exception, offset: int | None = None) -> Record:
    """The error record of an unreadable WARC (record); warcio quotes the bad first line, binary noise on a
    terminal, so the reason stops before it."""
    reason = str(exc).split(", first line:")[0] or type(exc).__name__
    where = f" record at offset {offset}" if offset is not None else ""
    return error_record(source, f"broken or truncated WARC{where}: {reason[:120]}")


class _Records(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, noting whether the stream ended inside a gzip member: warcio ends quietly when a
    record-by-record gzipped WARC is cut inside a record's headers, so its records would be lost unnamed."""

    ends_inside_member = False

    def close(self) -> None:
        decompressor = self.reader.decompressor if self.reader else None
        self.ends_inside_member = decompressor is not None and not decompressor.eof
        super().close()


def _responses(iterator: _Records, source: str) -> Iterator[Record]:
    """The wanted responses of a WARC stream; a truncated record is reported and ends it."""
    for item in iterator:
        if item.rec_type != "response" or item.http_headers is None:
            continue
        try:
            body = _payload(item)
        except InflatesTooLarge as exc:
            yield error_record(source, f"record at offset {iterator.get_record_offset()}: {exc}")
            continue
        offset = iterator.get_record_offset()  # after the payload: warcio reads the record to its end for it
        if getattr(item.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length
            yield error_record(source, f"truncated WARC record at offset {offset}")
            return
        headers = dict(item.http_headers.headers)
        content_type = item.http_headers.get_header("Content-Type") or ""
        url = item.rec_headers.get_header("WARC-Target-URI")
        status = item.http_headers.get_statuscode()
        mime = content_type.split(";", 1)[0].strip().lower()
        if body is None:
            if (not status or status.startswith("2")) and (not mime or mime.startswith(_TEXTUAL)):
                coding = item.http_headers.get_header("Content-Encoding")
                yield error_record(source, f"record at offset {offset}: Content-Encoding {coding} needs a module"
                                           " that is not installed (brotli >= 1.2 or backports.zstd)")
            continue
        if not _wanted(content_type, body, url, status):
            continue
        yield Record(
            id=record_id(url, source, offset), url=url, raw=body,
            kind="text" if mime == "text/plain" else "html", content_type=content_type or None,
            provenance=Provenance(source_path=source, warc_offset=offset,
                                  http_status=int(status) if status and status.isdigit() else None,
                                  headers=headers,
                                  fetched_at=item.rec_headers.get_header("WARC-Date")))
    if iterator.ends_inside_member:
        yield error_record(source, f"truncated WARC: the file ends inside the record at offset {iterator.offset}")


def _payload(item: Any) -> bytes | None:
    """The HTTP payload, de-chunked and decompressed: warcio undoes a lone gzip or deflate (keeping a body
    a crawler stored already decompressed under its stale header); other codings (br, zstd, x-gzip, two
    stacked) are undone by ``payload.undo_codings`` (warcio's brotli hook breaks on brotli's current API).
    None when a coding needs a module that is not installed; InflatesTooLarge past the page cap."""
    header = item.http_headers.get_header("Content-Encoding")
    applied = codings(header)
    if not applied or (header or "").lower() in WARCIO_CODINGS:  # warcio reads the header as it is
        body = bytes(item.content_stream().read(MAX_INFLATED_PAGE + 1))
        if len(body) > MAX_INFLATED_PAGE:
            raise InflatesTooLarge.past(MAX_INFLATED_PAGE)
        return body
    chunked = (item.http_headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked"
    raw = bytes((ChunkedDataReader(item.raw_stream) if chunked else item.raw_stream).read())
    return undo_codings(raw, applied, MAX_INFLATED_PAGE)
