"""Decode stage: bytes to str. (First honest version; issue 3 makes it best in class.)"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTTP = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


@dataclass(slots=True, frozen=True)
class Decoded:
    text: str
    encoding: str
    source: str
    mislabeled: bool = False
    evidence: str = ""


def _try(data: bytes, label: str) -> str | None:
    try:
        return data.decode(codecs.lookup(label).name)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, content_type: str | None = None, *, site_encoding: str | None = None) -> Decoded:
    """Decode ``data``: BOM > site rule > HTTP charset > <meta> > detection."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return Decoded(data.decode(name, "replace"), name.replace("-sig", ""), "bom")
    declared: list[tuple[str, str]] = []
    if site_encoding:
        declared.append((site_encoding, "site"))
    if content_type and (m := _HTTP.search(content_type)):
        declared.append((m.group(1), "http"))
    if m2 := _META.search(data[:4096]):
        declared.append((m2.group(1).decode("ascii"), "meta"))
    for label, source in declared:
        text = _try(data, label)
        if text is not None:
            return Decoded(text, codecs.lookup(label).name, source)
    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "detected", mislabeled=bool(declared))
    best = from_bytes(data).best()
    encoding = best.encoding if best else "utf-8"
    return Decoded(data.decode(encoding, "replace"), encoding, "detected", mislabeled=bool(declared))
