# ruff: noqa: E501
"""Audit41's damage models, drawn from a character-by-character reading of the seed dump (and what farms do):

* conversion: opencc s2t / s2tw / s2hk / s2twp, or the seed's CHARACTER TABLE: each character converted on its
  own, no phrase context, and a simplified character that is itself a traditional one (于 系 后 斗 里 只) mostly
  left as it is (the seed writes 關于, 關系, 事后, 斗爭 next to 為, 著, 平臺);
* readings: the seed annotates a fixed SUBSET of the converted characters (網 always, 間 never: ~2/3 of the
  converted tokens), each character always with the same context-free reading (長期 -> 長(zhǎng)), ASCII
  brackets glued to the character, tone marks; farms also write tone numbers, full-width brackets, and
  annotate every converted character or every Han character;
* folded punctuation: the seed folds ，：（） to ASCII and keeps 。、“”《》;
* spacing: two em spaces indent each paragraph, an em space after the dateline (电　), NBSP-only lines around the
  crumb, a blank line between paragraphs; farms add zero-width characters;
* byte damage: the seed's ``?fàn)I`` (a GBK ancestor lost the lead byte of 展 before 營: the misaligned pair
  read 範, which the annotator then read as fàn, and only 營's trail byte I survived), U+FFFD, 锟斤拷, a lost
  lead byte in a GBK page, a UTF-8 piece read as GBK.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

import opencc
from pypinyin import Style, pinyin

HAN = re.compile("[\u4e00-\u9fff]")
SEED_FOLD = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")"})
WIDE_FOLD = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";", "？": "?", "！": "!", "“": '"', "”": '"'})
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u2060")


@cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def big5_char(ch: str) -> bool:
    try:
        ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


@dataclass
class Rewrite:
    """One page's text rewriting, fixed per case: the same character always gets the same treatment."""

    conv: str  # none, s2t, s2tw, s2hk, s2twp, table
    reading_scope: str  # none, conv (converted characters), all (every Han character)
    reading_rate: float  # share of the distinct characters in scope that are annotated
    style: str  # tone, tone3
    brackets: str  # "()" or "（）"
    fold: str  # none, seed, wide
    zero_width: float  # chance of a zero-width character after a Han character
    seed: int

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.table_keep: dict[str, bool] = {}
        self.annotated: dict[str, bool] = {}

    def convert(self, text: str) -> str:
        if self.conv == "none":
            return text
        if self.conv != "table":
            return converter(self.conv).convert(text)
        out = []
        for ch in text:
            t = converter("s2tw").convert(ch) if HAN.match(ch) else ch
            if t != ch and big5_char(ch):
                keep = self.table_keep.setdefault(ch, self.rng.random() < 0.85)
                t = ch if keep else t
            out.append(t)
        return "".join(out)

    def reading(self, ch: str) -> str:
        style = Style.TONE3 if self.style == "tone3" else Style.TONE
        r = pinyin(ch, style=style, heteronym=True)[0][0]
        return self.brackets[0] + r + self.brackets[1]

    def annotate(self, orig: str, conv: str) -> str:
        """Readings after characters in scope; ``orig`` is the simplified text ``conv`` was converted from
        (same length for character conversions; opencc phrase swaps change length: then scope 'conv' reads
        every character that is not simplified)."""
        if self.reading_scope == "none":
            return conv
        same = len(orig) == len(conv)
        out = []
        for i, ch in enumerate(conv):
            out.append(ch)
            if not HAN.match(ch):
                continue
            converted = (orig[i] != ch) if same else converter("t2s").convert(ch) != ch
            if self.reading_scope == "conv" and not converted:
                continue
            if self.annotated.setdefault(ch, self.rng.random() < self.reading_rate):
                out.append(self.reading(ch))
        return "".join(out)

    def fold_marks(self, text: str) -> str:
        if self.fold == "seed":
            return text.translate(SEED_FOLD)
        if self.fold == "wide":
            return text.translate(WIDE_FOLD)
        return text

    def invisibles(self, text: str) -> str:
        if not self.zero_width:
            return text
        out = []
        for ch in text:
            out.append(ch)
            if HAN.match(ch) and self.rng.random() < self.zero_width:
                out.append(self.rng.choice(ZERO_WIDTH))
        return "".join(out)

    def apply(self, text: str) -> str:
        return self.invisibles(self.fold_marks(self.annotate(text, self.convert(text))))


# ---- byte damage -------------------------------------------------------------------------------------------


@dataclass
class Spot:
    """One damaged place: ``shown`` replaces ``orig`` at the first occurrence of ``before + orig``; ``settled``
    when the bytes and the page determine the original (then it must come back), else the spot stays as the
    page shows it and a flag is due."""

    kind: str
    orig: str
    shown: str
    settled: bool
    flag: str | None = None


def gbk_pair(a: int, b: int) -> str | None:
    try:
        ch = bytes([a, b]).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 and HAN.match(ch) else None


def seed_lost_lead(x: str, y: str, rw: Rewrite) -> Spot | None:
    """The seed's ``展?fàn)I``: for the pair XY (Y annotated, X not), a GBK ancestor lost X's lead byte; X's
    trail with Y's lead read as a character Z that got a reading; the page shows X, '?', Z's reading without its
    opening bracket, and Y's trail byte when it is ASCII. Settled when exactly one lead byte gives a Z with
    that reading after X's trail (then Y is known)."""
    try:
        bx, by = x.encode("gbk"), y.encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(bx) != 2 or len(by) != 2 or not 0x40 <= by[1] <= 0x7E:
        return None
    z = gbk_pair(bx[1], by[0])
    if z is None:
        return None
    zr = rw.reading(z)
    shown = x + "?" + zr[1:] + chr(by[1])
    leads = {lead for lead in range(0x81, 0xFF) if (c := gbk_pair(bx[1], lead)) and rw.reading(c) == zr and gbk_pair(lead, by[1])}
    return Spot("dmg:seed_lost_lead", x + y, shown, len(leads) == 1, None if len(leads) == 1 else "lost_lead_byte")


def utf8_as_gbk(piece: str) -> Spot | None:
    """A piece of UTF-8 text read as GBK (the bytes decode strictly and come back: the piece is settled)."""
    raw = piece.encode("utf-8")
    try:
        shown = raw.decode("gbk")
    except UnicodeDecodeError:
        return None
    if shown.encode("gbk") != raw or any(not ("\u4e00" <= c <= "\u9fff") for c in shown):
        return None
    return Spot("dmg:utf8_as_gbk", piece, shown, True)
