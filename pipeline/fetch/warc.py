"""WARC 1.1 output (warcio): warcinfo, request + response pairs, revisit records; gzip per record.

Bodies are stored decoded: the fetcher removes Content-Encoding and Transfer-Encoding and sets
Content-Length to the stored length, so any WARC reader gets the bytes the decode stage saw.
Every write is flushed and fsynced before the caller commits the page to the frontier.
"""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .client import Response

NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


def payload_digest(body: bytes) -> str:
    """The WARC payload digest (``sha1:`` + base32), also our "content unchanged" key."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _http_headers(response: Response) -> StatusAndHeaders:
    return StatusAndHeaders(f"{response.status} {_reason(response.status)}", response.headers,
                            protocol=response.http_version or "HTTP/1.1")


def _request_headers(response: Response) -> StatusAndHeaders:
    parts = urlsplit(response.url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    return StatusAndHeaders(f"GET {target or '/'} HTTP/1.1", response.request_headers, is_http_request=True)


class WarcOut:
    """An append-only WARC.gz for one run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None
        self._writer: Any = None

    def __enter__(self) -> WarcOut:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("ab")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="WARC/1.1")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._file:
            self.sync()
            self._file.close()

    def size(self) -> int:
        assert self._file is not None
        return self._file.tell()

    def sync(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())

    def warcinfo(self, info: dict[str, str]) -> None:
        self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, info))

    def exchange(self, response: Response) -> str:
        """Write the response and its request (after any redirect hops before it); returns the digest."""
        for hop in response.hops:
            self.exchange(hop)
        digest = payload_digest(response.body)
        record_id = f"<urn:uuid:{uuid.uuid4()}>"
        resp = self._writer.create_warc_record(
            response.url, "response", payload=BytesIO(response.body), length=len(response.body),
            http_headers=_http_headers(response),
            warc_headers_dict={"WARC-Record-ID": record_id, "WARC-Date": response.fetched_at,
                               "WARC-Payload-Digest": digest})
        req = self._writer.create_warc_record(
            response.url, "request", http_headers=_request_headers(response),
            warc_headers_dict={"WARC-Concurrent-To": record_id, "WARC-Date": response.fetched_at})
        self._writer.write_record(resp)
        self._writer.write_record(req)
        return digest

    def revisit(self, response: Response, digest: str, refers_to_date: str, not_modified: bool,
                refers_to: str | None = None) -> None:
        """A revisit for a 304 (server-not-modified) or an identical payload digest, of this URL's own
        earlier record or of the record of ``refers_to`` (another URL serving the same bytes)."""
        for hop in response.hops:
            self.exchange(hop)
        rec = self._writer.create_revisit_record(response.url, digest, refers_to or response.url, refers_to_date,
                                                 http_headers=_http_headers(response),
                                                 warc_headers_dict={"WARC-Date": response.fetched_at})
        if not_modified:
            rec.rec_headers.replace_header("WARC-Profile", NOT_MODIFIED_PROFILE)
        self._writer.write_record(rec)


def trim(path: Path, size: int) -> None:
    """Cut a file back to its last committed length (a page written but not committed when killed)."""
    if path.exists() and path.stat().st_size > size:
        with path.open("r+b") as handle:
            handle.truncate(size)
            handle.flush()
            os.fsync(handle.fileno())
