"""Repost transforms seen on spam farms, written for the audit: conversion, pinyin, folding, damage.

Every transform is deterministic (choices hash the character or use a seeded RNG) so a failing
case reproduces byte for byte.
"""

from __future__ import annotations

import functools
import random
import unicodedata
import zlib
from typing import Any

import opencc
from pypinyin import Style, pinyin

FOLD = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
STYLES = {"tone": Style.TONE, "tone3": Style.TONE3, "none": Style.NORMAL, "zhuyin": Style.BOPOMOFO}


@functools.cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _picked(ch: str, rate: float) -> bool:
    return (zlib.crc32(ch.encode()) % 1000) < rate * 1000


def readings(line: str, style: str) -> list[str]:
    """One reading per character of ``line`` (non-Han characters read as themselves)."""
    each: Any = _one_per_char  # pypinyin accepts a list per run; its stub says str
    out = pinyin(line, style=STYLES[style], errors=each)
    return [r[0] for r in out]


def _one_per_char(run: str) -> list[list[str]]:
    return [[c] for c in run]


def annotate(line: str, config: str | None, style: str = "tone", brackets: str = "()",
             rate: float = 0.6, only_converted: bool = True, ruby: bool = False) -> str:
    """Convert ``line`` (s2t-style ``config``) and put readings after a subset of converted chars."""
    conv = converter(config).convert(line) if config else line
    if len(conv) != len(line) or style == "off":
        return conv
    reads = readings(line, style if style != "off" else "tone")
    out = []
    for simple, trad, reading in zip(line, conv, reads, strict=True):
        want = _han(trad) and (simple != trad or not only_converted) and _picked(trad, rate)
        if not want:
            out.append(trad)
        elif ruby:
            out.append(f"<ruby>{trad}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby>")
        elif brackets == "":
            out.append(trad + reading)
        else:
            out.append(f"{trad}{brackets[0]}{reading}{brackets[1]}")
    return "".join(out)


def annotate_words(line: str, config: str) -> str:
    """Word-level annotations: ``網絡(wǎng luò)`` after every two-character run that was converted."""
    conv: str = converter(config).convert(line)
    if len(conv) != len(line):
        return conv
    reads = readings(line, "tone")
    out, i = [], 0
    while i < len(line):
        if i + 1 < len(line) and _han(conv[i]) and _han(conv[i + 1]) and conv[i] != line[i] and _picked(conv[i], 0.7):
            out.append(f"{conv[i:i + 2]}({reads[i]} {reads[i + 1]})")
            i += 2
        else:
            out.append(conv[i])
            i += 1
    return "".join(out)


def fold(text: str) -> str:
    return text.translate(FOLD)


def zero_width(text: str, seed: int, every: int = 17, chars: str = "\u200b") -> str:
    rng = random.Random(seed)
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i % every == every - 1 and _han(ch):
            out.append(rng.choice(chars))
    return "".join(out)


@functools.cache
def _radicals() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in range(0x2F00, 0x2FD6):
        table.setdefault(unicodedata.normalize("NFKC", chr(cp)), chr(cp))
    return table


def radicals(text: str) -> str:
    """Kangxi radical look-alikes for the characters that have one (人 -> ⼈, 日 -> ⽇)."""
    table = _radicals()
    return "".join(table.get(c, c) if _han(c) else c for c in text)


def lost_lead(text: str, codec: str, nth: int = 0) -> tuple[str, str]:
    """Drop the lead byte of the ``nth`` char whose trail byte is ASCII: '?' + the trail letter.

    Returns (damaged text, the character lost)."""
    hits = [i for i, c in enumerate(text)
            if _han(c) and len(b := c.encode(codec, "ignore")) == 2 and 0x40 <= b[1] <= 0x7E]
    i = hits[nth]
    trail = chr(text[i].encode(codec)[1])
    return text[:i] + "?" + trail + text[i + 1:], text[i]


def mojibake(text: str, wrong: str, right: str = "utf-8") -> str:
    """``text`` encoded in ``right`` and read as ``wrong``, as a browser would (WHATWG: cp1252's five
    undefined bytes become C1 controls; other undecodable bytes U+FFFD)."""
    data = text.encode(right)
    if wrong in ("cp1252", "windows-1252"):
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)
    return data.decode(wrong, errors="replace")


def clean_mojibake(text: str, wrong: str = "gbk") -> bool:
    """True when ``text``'s UTF-8 bytes read as ``wrong`` without any undecodable byte (a lossless case)."""
    try:
        text.encode("utf-8").decode(wrong)
    except UnicodeDecodeError:
        return False
    return True
