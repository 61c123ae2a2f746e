"""The charset labels a page declares (site rule, HTTP header, ``<meta>`` / XML prescan), each mapped to
the codec browsers use for it (``encodings.codec_for_label``), and the codec its ``<html lang>`` hints at."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .encodings import UTF16, codec_for_label

PRESCAN = 4096  # bytes searched for <meta charset>
_HTTP = re.compile(r"""charset\s*=\s*["']?\s*([^\s"';,]+)""", re.I)
_META = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)""")
_XML = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)""")


@dataclass(slots=True, frozen=True)
class Label:
    """A charset label as declared (lowercased), the codec browsers use for it, and where it was found."""

    label: str
    codec: str
    source: str

    def said(self) -> str:
        return f"{self.source} said {self.label}"


def declared_labels(data: bytes, content_type: str | None, site_encoding: str | None) -> list[Label]:
    """The labels in order of authority, each mapped to its browser codec; unknown labels are dropped."""
    found: list[tuple[str, str]] = []
    if site_encoding:
        found.append((site_encoding, "site"))
    if content_type and (http := _HTTP.search(content_type)):
        found.append((http.group(1), "http"))
    if meta := _prescan(data[:PRESCAN]):
        found.append((meta, "meta"))
    return [label for name, source in found if (label := _label(name, source)) is not None]


@functools.lru_cache(maxsize=1024)  # pages repeat a few labels: parsed once (a Label is immutable)
def _label(name: str, source: str) -> Label | None:
    codec = codec_for_label(name)
    if codec in UTF16 and source == "meta":
        codec = "utf-8"  # a meta readable as ASCII cannot be UTF-16 (WHATWG prescan rule)
    return Label(name.strip().strip("\"'").lower(), codec, source) if codec is not None else None


# The legacy codec a page's language was most often served in, for languages whose codec detection does
# not try early: a hint that orders the candidates (and wins near-ties), never a label.
LANGUAGE_CODECS = {**dict.fromkeys(("tr", "az"), "cp1254"), "el": "cp1253",
                   **dict.fromkeys(("he", "iw", "yi"), "cp1255"), **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
                   "th": "cp874", "vi": "cp1258",
                   **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
                   **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro"), "cp1250"),
                   **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk"), "cp1251")}
_HTML_LANG = re.compile(rb"""<html\s[^>]*?\blang\s*=\s*["']?\s*([a-z]{2,3})\b""")


def language_codec(data: bytes) -> str | None:
    """The codec ``LANGUAGE_CODECS`` gives for the ``<html lang>`` of a page (None without one)."""
    match = _HTML_LANG.search(data[:PRESCAN].lower())
    return LANGUAGE_CODECS.get(match.group(1).decode("ascii")) if match else None


def _prescan(head: bytes) -> str | None:
    """The charset of the first <meta> that names one (comments skipped), else an XML declaration's."""
    lowered = head.lower()
    comment = _comment_at(lowered)
    if comment >= 0:  # a <meta> ending before the first comment is read alike with comments cut or not
        if (found := _meta_charset(lowered, comment)) is not None:
            return found
        lowered = _without_comments(lowered)
    if found := _meta_charset(lowered, len(lowered)):
        return found
    xml = _XML.match(lowered)
    return xml.group(1).decode("ascii", "replace") if xml else None


def with_late_meta(data: bytes, labels: list[Label]) -> list[Label]:
    """``labels`` and, on a page whose prescan found no <meta> naming a charset, the label of a <meta> in the head
    past the prescan window (real heads carry kilobytes of scripts and styles before it): browsers honour it too,
    Chromium reading on through the head, Firefox reloading the page in that codec. Looked for on pages the
    decoder must judge (neither UTF-8 nor ASCII): the search reads the whole head."""
    if len(data) <= PRESCAN or any(label.source == "meta" for label in labels) or _prescan(data[:PRESCAN]):
        return labels  # (a meta label is the prescan's: no need to run it again)
    if (name := _late_meta(data)) is None:
        return labels
    late = _label(name, "meta")
    return [*labels, late] if late is not None else labels


# A <meta> naming a charset, or the <body> that ends the head (either case; found by one search).
_LATE_META = re.compile(rb"""<(?:meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)|body[\s>])""", re.I)


def _late_meta(data: bytes) -> str | None:
    """The charset of the first <meta> past the prescan window naming one, before the <body>; a <meta> in a comment
    is passed over."""
    position = PRESCAN
    while (match := _LATE_META.search(data, position)) is not None and match.group(1):
        if data.rfind(b"<!--", 0, match.start()) <= data.rfind(b"-->", 0, match.start()):
            return match.group(1).decode("ascii", "replace")
        position = match.end()
    return None


def _meta_charset(lowered: bytes, limit: int) -> str | None:
    """The charset of the first <meta> in ``lowered`` that names one, "" when none does; None when a <meta>
    does not end before ``limit`` (what follows it is needed) before one names a charset."""
    at = lowered.find(b"<meta", 0, limit)
    while at >= 0:
        end = lowered.find(b">", at, limit)
        if end < 0 and limit < len(lowered):
            return None
        stop = end + 1 if end >= 0 else len(lowered)
        if lowered.find(b"charset", at, stop) >= 0 and (match := _META.match(lowered, at, stop)):
            return match.group(1).decode("ascii", "replace")
        at = lowered.find(b"<meta", at + 5, limit)
    return None if limit < len(lowered) else ""


def _comment_at(head: bytes, start: int = 0) -> int:
    """``head.find(b"<!--", start)``, found from the rare ``!`` (a one-byte search in C skips ahead far faster
    than the four-byte one, whose first and last bytes are common in markup: 10x on page heads)."""
    at = head.find(b"!", start + 1)
    while at >= 0:
        if head[at - 1] == 0x3C and head.startswith(b"--", at + 1):
            return at - 1
        at = head.find(b"!", at + 1)
    return -1


def _without_comments(head: bytes) -> bytes:
    """``head`` without its closed ``<!-- -->`` comments (find is faster than a lazy regex here)."""
    pieces, position = [], 0
    while (start := _comment_at(head, position)) >= 0 and (end := head.find(b"-->", start + 4)) >= 0:
        pieces.append(head[position:start])
        position = end + 3
    return b"".join([*pieces, head[position:]]) if pieces else head
