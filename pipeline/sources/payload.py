"""HTTP content codings undone on a payload (``Content-Encoding: br``, ``zstd``, ``x-gzip``, stacked
``gzip, deflate``), and gzip bytes saved under a page's name or piped in (``curl`` without
``--compressed`` from a server that compresses anyway).

warcio decompresses a lone ``gzip`` or ``deflate`` itself; the rest is undone here, last coding first,
each stopping at the page cap (a compression bomb raises InflatesTooLarge). brotli (>= 1.2, which can stop
at an output limit) and zstd (``compression.zstd``, or ``backports.zstd`` before Python 3.14) are optional
modules: a payload needing one that is not installed gives None (the caller reports it). A coding that does
not decode leaves the bytes as they are: crawlers often store the body decompressed under the server's
original header.
"""

from __future__ import annotations

import gzip
import importlib
from collections.abc import Callable
from functools import partial
from types import ModuleType

from ..fetch.inflate import InflateError, Inflater

GZIP_MAGIC = b"\x1f\x8b"
# A saved or piped page inflating past this is a compression bomb, not a page (the largest real pages, forum
# threads with thousands of comments, are tens of MB): it is refused before it is held in memory whole.
MAX_INFLATED_PAGE = 128 << 20
_INPUT_STEP = 1 << 10
WARCIO_CODINGS = frozenset(("gzip", "deflate"))  # what warcio decompresses itself (a header of just that)


class InflatesTooLarge(Exception):
    """Compressed bytes that inflate past the cap: a compression bomb."""

    @classmethod
    def past(cls, cap: int) -> InflatesTooLarge:
        return cls(f"inflates past {cap >> 20} MB (a compression bomb?): not read")


class MissingCodec(Exception):
    """The module a content coding needs is not installed."""


def _module(*names: str) -> ModuleType:
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise MissingCodec(" or ".join(names))


def _inflated(coding: str, data: bytes, cap: int) -> bytes:
    """``data`` inflated by the crawler's bounded :class:`~pipeline.fetch.inflate.Inflater` (gzip with every
    member, deflate zlib-wrapped or raw, br), a kilobyte of input at a time (deflate expands a kilobyte to a
    megabyte at most), stopping past ``cap``: a bomb never holds much more than ``cap``."""
    try:
        inflater = Inflater(coding)
    except ValueError as exc:  # br without a brotli that can stop at a limit
        raise MissingCodec("brotli >= 1.2") from exc
    parts, size = [], 0
    for start in range(0, len(data), _INPUT_STEP):
        try:
            part = inflater.feed(data[start : start + _INPUT_STEP], cap - size)
        except InflateError as exc:
            raise OSError(f"not a {coding} stream: {exc}") from exc
        size += len(part)
        if size > cap:
            raise InflatesTooLarge.past(cap)
        parts.append(part)
    if not inflater.ended:
        raise EOFError("compressed file ended before the end-of-stream marker was reached")
    return b"".join(parts)


def _unzstd(data: bytes, cap: int) -> bytes:
    """zstd frames one after another, stopping past ``cap`` like :func:`_inflated`."""
    zstd = _module("compression.zstd", "backports.zstd")
    out = bytearray()
    while data.strip(b"\0"):
        frame = zstd.ZstdDecompressor()
        out += frame.decompress(data, max_length=cap + 1 - len(out))
        while not frame.eof and not frame.needs_input and len(out) <= cap:
            out += frame.decompress(b"", max_length=cap + 1 - len(out))
        if len(out) > cap:
            raise InflatesTooLarge.past(cap)
        if not frame.eof:
            raise EOFError("zstd frame ended before its end")
        data = frame.unused_data
    return bytes(out)


_CAPPED_DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "gzip": partial(_inflated, "gzip"), "x-gzip": partial(_inflated, "gzip"),
    "deflate": partial(_inflated, "deflate"), "br": partial(_inflated, "br"), "zstd": _unzstd,
}


def codings(header: str | None) -> list[str]:
    """The content codings a ``Content-Encoding`` header names, in the order they were applied."""
    return [c for c in (part.strip().lower() for part in (header or "").split(",")) if c and c != "identity"]


def undo_codings(data: bytes, applied: list[str], cap: int = MAX_INFLATED_PAGE) -> bytes | None:
    """``data`` with ``applied`` codings undone (unknown ones skipped); None when a needed module is missing.
    Raises InflatesTooLarge when a coding inflates past ``cap``."""
    for coding in reversed(applied):
        decoder = _CAPPED_DECODERS.get(coding)
        if decoder is None:
            continue
        try:
            data = decoder(data, cap)
        except MissingCodec:
            return None
        except InflatesTooLarge:
            raise
        except Exception:  # each library raises its own error type; a stale header is no error
            continue
    return data


def gunzip_capped(data: bytes, cap: int | None = MAX_INFLATED_PAGE) -> bytes:
    """``gzip.decompress`` (every member) that stops at ``cap`` bytes and raises InflatesTooLarge."""
    return gzip.decompress(data) if cap is None else _inflated("gzip", data, cap)


def gunzipped(data: bytes, cap: int | None = MAX_INFLATED_PAGE) -> bytes:
    """Gzip bytes decompressed (a page never opens with the gzip magic); others as they are. A broken
    gzip stream raises OSError, EOFError or zlib.error; one inflating past ``cap`` InflatesTooLarge."""
    return gunzip_capped(data, cap) if data.startswith(GZIP_MAGIC) else data
