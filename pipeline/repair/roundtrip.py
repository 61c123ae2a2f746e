"""Round trips through a wrong codec and back, the test every mojibake candidate must pass.

A single-byte codec (latin-1, cp1252, cp1251, KOI8-R) is not tried on a text holding a character
above its highest: found by one regex search instead of a raised UnicodeEncodeError (the fixers try
each codec on every suspicious run, and most runs cannot be encoded in most of them).
"""

from __future__ import annotations

import functools
import re

_SINGLE_BYTE = ("latin-1", "cp1252", "cp1251", "koi8_r")


def round_trip(text: str, wrong: str, right: str, data: bytes | None = None) -> str | None:
    """``text`` encoded as ``wrong`` (or the given ``data``) decoded as ``right``, strictly both ways."""
    if data is None and _cannot_encode(text, wrong):
        return None
    try:
        fixed = (text.encode(wrong) if data is None else data).decode(right)
        back = fixed.encode(right).decode(wrong)
    except UnicodeError:
        return None
    return fixed if back == text and fixed != text else None


@functools.cache
def _unencodable_re(codec: str) -> re.Pattern[str] | None:
    """Characters above the highest one a single-byte codec encodes (Python builds their encoders
    from their decoding tables: checked over all of Unicode, none encodes a character above it);
    None for the multi-byte codecs."""
    if codec not in _SINGLE_BYTE:
        return None
    top = max(bytes(range(256)).decode(codec, errors="ignore"))
    return re.compile(f"[^\\x00-{re.escape(top)}]")


def _cannot_encode(text: str, codec: str) -> bool:
    """``text`` holds a character a single-byte ``codec`` has no byte for (False: it may encode)."""
    pattern = _unencodable_re(codec)
    return pattern is not None and pattern.search(text) is not None


def encodings(text: str, pairs: tuple[tuple[str, str], ...]) -> dict[str, bytes]:
    """``text`` encoded in every wrong codec of ``pairs`` that can encode it (once per codec)."""
    out: dict[str, bytes] = {}
    for wrong in dict.fromkeys(w for w, _ in pairs):
        if _cannot_encode(text, wrong):
            continue
        try:
            out[wrong] = text.encode(wrong)
        except UnicodeEncodeError:
            continue
    return out
