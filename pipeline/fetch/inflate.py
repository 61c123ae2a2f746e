"""Content-Encoding undone while the body streams in, in bounded steps, so a bomb never inflates past the cap.

gzip, x-gzip and deflate (zlib-wrapped, or raw as some servers send it) always; br when the ``brotli``
package (>= 1.2, whose decompressor takes an output limit) is installed. We only ask for gzip and deflate,
but some servers send br regardless (a pre-compressed ``.br`` file served whatever the request said):
with brotli installed such a page is read like any other, without it the error names the package.
"""

from __future__ import annotations

import importlib
import zlib
from typing import Any

ZLIB_CODINGS = ("identity", "gzip", "x-gzip", "deflate")


class InflateError(Exception):
    """The body does not decode with its Content-Encoding."""


def _bounded_brotli() -> Any:
    """A brotli decompressor that can stop at an output limit, or None when none is installed."""
    try:
        brotli = importlib.import_module("brotli")
    except ImportError:
        return None
    decompressor = brotli.Decompressor()
    return decompressor if hasattr(decompressor, "can_accept_more_data") else None


class Inflater:
    """Feeds wire chunks, returns decoded bytes; raises :class:`ValueError` for a coding it cannot undo."""

    def __init__(self, encoding: str | None) -> None:
        self.encoding = (encoding or "identity").strip().lower()
        self._brotli: Any = None
        if self.encoding == "br":
            self._brotli = _bounded_brotli()
            if self._brotli is None:
                raise ValueError("br (install the brotli package, >= 1.2, to read it)")
        elif self.encoding not in ZLIB_CODINGS:
            raise ValueError(self.encoding)
        self._obj = self._new() if self.encoding not in ("identity", "br") else None

    @property
    def ended(self) -> bool:
        """The zlib stream reached its end marker (a body cut short never does)."""
        return self._obj is None or self._obj.eof

    def _new(self) -> zlib._Decompress:
        return zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in self.encoding else zlib.MAX_WBITS)

    def feed(self, data: bytes, budget: int) -> bytes:
        """Up to ``budget + 1`` decoded bytes of ``data`` (one more than the budget means: over)."""
        if self._brotli is not None:
            return self._feed_brotli(data, budget)
        if self._obj is None:
            return data[: budget + 1]
        out = bytearray()
        while data and len(out) <= budget:
            try:
                out += self._obj.decompress(data, budget + 1 - len(out))
            except zlib.error as exc:
                if self.encoding == "deflate" and not out:  # raw deflate without the zlib header
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise InflateError(str(exc)) from exc
            data = self._obj.unconsumed_tail or self._obj.unused_data
            if self._obj.eof:
                if not data.strip(b"\0"):  # the end, or NUL padding after it (gzip.decompress skips it too)
                    break
                self._obj = self._new()  # a further gzip member
        return bytes(out)

    def _feed_brotli(self, data: bytes, budget: int) -> bytes:
        try:
            out = bytearray(self._brotli.process(data, output_buffer_limit=budget + 1))
            while len(out) <= budget and not self._brotli.can_accept_more_data():
                out += self._brotli.process(b"", output_buffer_limit=budget + 1 - len(out))
        except Exception as exc:  # brotli.error: the module is imported only when a body needs it
            raise InflateError(str(exc)) from exc
        return bytes(out[: budget + 1])  # brotli's limit is on its buffer, which may hold a little more
