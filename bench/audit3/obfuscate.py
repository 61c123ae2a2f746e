"""Repost transforms for audit3, written for this audit: conversion, readings, spaces, damage.

Deterministic: every choice hashes the character and its position or uses a seeded RNG, so a
failing case reproduces byte for byte.
"""

from __future__ import annotations

import functools
import random
import unicodedata
import zlib

import opencc
from pypinyin import Style, pinyin

FOLD = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
STYLES = {"tone": Style.TONE, "tone3": Style.TONE3, "none": Style.NORMAL}


@functools.cache
def _cc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert(text: str, config: str | None) -> str:
    return _cc(config).convert(text) if config else text


def han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _pick(key: str, rate: float) -> bool:
    return zlib.crc32(key.encode()) % 1000 < rate * 1000


def gloss(line: str, config: str | None, style: str = "tone", brackets: str = "()", rate: float = 0.7,
          only_converted: bool = True, ruby: bool = False) -> str:
    """Convert ``line`` and put a reading after a subset of the converted characters (seed style)."""
    conv = convert(line, config)
    if len(conv) != len(line):  # s2twp phrase swaps: no per-character alignment, no readings
        return conv
    # s2twp swaps words (发布 -> 釋出): read what is written; else read the simplified source as the seed does
    source = conv if config == "s2twp" else line
    reads = [r[0] for r in pinyin(source, style=STYLES[style], errors=lambda run: [[c] for c in run])]  # type: ignore[arg-type, misc]
    out = []
    for i, (s, t, r) in enumerate(zip(line, conv, reads, strict=True)):
        if han(t) and (s != t or not only_converted) and _pick(f"{t}{i % 3}", rate):
            out.append(f"<ruby>{t}<rt>{r}</rt></ruby>" if ruby else f"{t}{brackets[0]}{r}{brackets[1]}")
        else:
            out.append(t)
    return "".join(out)


def fold(text: str) -> str:
    return text.translate(FOLD)


def invisibles(text: str, seed: int, every: int = 11, chars: str = "\u200b\u200c\u2060\ufeff") -> str:
    """Insert invisible characters after every ``every``-th Han character."""
    rng = random.Random(seed)
    out, n = [], 0
    for ch in text:
        out.append(ch)
        if han(ch):
            n += 1
            if n % every == 0:
                out.append(rng.choice(chars))
    return "".join(out)


def odd_spaces(text: str, seed: int, every: int = 23) -> str:
    """Replace a few inter-character joints with NBSP / U+3000 / U+2002 (never at line ends)."""
    rng = random.Random(seed)
    out, n = [], 0
    for ch in text:
        out.append(ch)
        if han(ch):
            n += 1
            if n % every == 0:
                out.append(rng.choice("\xa0\u3000\u2002\u2009"))
    return "".join(out)


@functools.cache
def _radical_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):
        n = unicodedata.normalize("NFKC", chr(cp))
        if n != chr(cp):
            table.setdefault(n, chr(cp))
    return table


def radicals(text: str, rate: float = 1.0) -> str:
    table = _radical_table()
    return "".join(table[c] if c in table and _pick(f"r{i}", rate) else c for i, c in enumerate(text))


def widen(text: str) -> str:
    """ASCII digits and letters to full width (a repost 'beautifier')."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def lost_lead(text: str, codec: str, nth: int = 0) -> tuple[str, str]:
    """Lose the lead byte of the ``nth`` Han character whose trail byte is ASCII: '?' + trail letter."""
    hits = [i for i, c in enumerate(text)
            if han(c) and len(b := c.encode(codec, "ignore")) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha()]
    i = hits[nth % len(hits)]
    return text[:i] + "?" + chr(text[i].encode(codec)[1]) + text[i + 1:], text[i]


def moji(text: str, wrong: str, right: str = "utf-8", errors: str = "replace") -> str:
    """``text`` saved as ``right`` and read back as ``wrong``."""
    return text.encode(right).decode(wrong, errors=errors)


def cp1252_moji(text: str) -> str:
    """UTF-8 read as windows-1252 the WHATWG way (undefined bytes become C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))
