"""HTTP content codings undone on a payload (``Content-Encoding: br``, ``zstd``, ``x-gzip``, stacked
``gzip, deflate``), and gzip bytes saved under a page's name or piped in (``curl`` without
``--compressed`` from a server that compresses anyway).

warcio decompresses a lone ``gzip`` or ``deflate`` itself; the rest is undone here, last coding first.
brotli and zstandard are optional modules: a payload needing one that is not installed gives None (the
caller reports it). A coding that does not decode leaves the bytes as they are: crawlers often store the
body decompressed under the server's original header.
"""

from __future__ import annotations

import gzip
import importlib
import zlib
from collections.abc import Callable
from types import ModuleType

from ..fetch.inflate import InflateError, Inflater

GZIP_MAGIC = b"\x1f\x8b"
# A saved or piped page inflating past this is a compression bomb, not a page (the largest real pages, forum
# threads with thousands of comments, are tens of MB): it is refused before it is held in memory whole.
MAX_INFLATED_PAGE = 128 << 20
_GZIP_STEP = 1 << 10
WARCIO_CODINGS = frozenset(("gzip", "deflate"))  # what warcio's own reader decompresses


class MissingCodec(Exception):
    """The module a content coding needs is not installed."""


def _module(*names: str) -> ModuleType:
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise MissingCodec(" or ".join(names))


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return zlib.decompress(data, -zlib.MAX_WBITS)  # raw deflate, as some servers send it


def _brotli(data: bytes) -> bytes:
    return bytes(_module("brotli", "brotlicffi").decompress(data))


def _zstd(data: bytes) -> bytes:
    return bytes(_module("compression.zstd", "backports.zstd", "zstandard").decompress(data))


_DECODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.decompress, "x-gzip": gzip.decompress, "deflate": _inflate, "br": _brotli, "zstd": _zstd,
}


def codings(header: str | None) -> list[str]:
    """The content codings a ``Content-Encoding`` header names, in the order they were applied."""
    return [c for c in (part.strip().lower() for part in (header or "").split(",")) if c and c != "identity"]


def undo_codings(data: bytes, applied: list[str]) -> bytes | None:
    """``data`` with ``applied`` codings undone (unknown ones skipped); None when a needed module is missing."""
    for coding in reversed(applied):
        decoder = _DECODERS.get(coding)
        if decoder is None:
            continue
        try:
            data = decoder(data)
        except MissingCodec:
            return None
        except Exception:  # each library raises its own error type; a stale header is no error
            continue
    return data


class InflatesTooLarge(Exception):
    """Gzip bytes that inflate past the cap: a compression bomb."""


def gunzip_capped(data: bytes, cap: int | None = MAX_INFLATED_PAGE) -> bytes:
    """``gzip.decompress`` (every member) that stops at ``cap`` bytes and raises InflatesTooLarge; the
    crawler's bounded :class:`~pipeline.fetch.inflate.Inflater` does the steps, a kilobyte of input at a
    time (deflate expands a kilobyte to a megabyte at most), so a bomb never holds much more than ``cap``."""
    if cap is None:
        return gzip.decompress(data)
    inflater, parts, size = Inflater("gzip"), [], 0
    for start in range(0, len(data), _GZIP_STEP):
        try:
            part = inflater.feed(data[start : start + _GZIP_STEP], cap - size)
        except InflateError as exc:
            raise OSError(f"not a gzip stream: {exc}") from exc
        size += len(part)
        if size > cap:
            raise InflatesTooLarge(f"inflates past {cap >> 20} MB (a compression bomb?): not read")
        parts.append(part)
    if not inflater.ended:
        raise EOFError("compressed file ended before the end-of-stream marker was reached")
    return b"".join(parts)


def gunzipped(data: bytes, cap: int | None = MAX_INFLATED_PAGE) -> bytes:
    """Gzip bytes decompressed (a page never opens with the gzip magic); others as they are. A broken
    gzip stream raises OSError, EOFError or zlib.error; one inflating past ``cap`` InflatesTooLarge."""
    return gunzip_capped(data, cap) if data.startswith(GZIP_MAGIC) else data
