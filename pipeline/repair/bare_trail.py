"""A lost lead byte that left no "?": flagged.

On a page read from GBK or Big5, a double-byte character whose lead byte was lost leaves its trail byte
(0x40-0x7E) to be read as an ASCII character of its own, with nothing in its place to say so (还能l挥 for 还能發揮:
發 is GBK B0 6C; 吴海o获得). Where that byte is a lowercase letter alone between two ideographs, the text was
damaged: Chinese prose seldom sets a lowercase letter alone between ideographs, and where it does (x轴, n次)
the page writes the word again or it is a known letter word. The byte alone does not say which character was
lost (every lead byte makes one with it), so the spot is flagged, not repaired; :mod:`.damage` repairs the spots a
"?" marks. Run after the readings are removed, which hold lowercase letters of their own.
"""

from __future__ import annotations

import re

from ..record import Flag
from .common import HAN, Context, Fix, flag
from .damage import letter_word
from .lead_candidates import LOST_LEAD_CODECS, chinese
from .markup import Markup

RULE = "lost_lead_byte"
_BARE_RE = re.compile(f"(?<=[{HAN}])[a-z](?=[{HAN}])")


def flag_bare_trails(text: str, ctx: Context) -> Fix:
    codecs = LOST_LEAD_CODECS.get((ctx.codec_hint or "").lower())
    if codecs is None or not chinese(codecs):
        return Fix(text)
    markup: Markup | None = None
    flags: list[Flag] = []
    for m in _BARE_RE.finditer(text):
        markup = Markup(text) if markup is None else markup
        if markup.covers(m.start()) or _letter_word(text, m.start()):
            continue
        why = f"stranded trail byte {m[0]!r} alone between ideographs on a page read as {ctx.codec_hint}"
        flags.append(flag(RULE, f"{why}: a lost lead byte the bytes cannot settle", text, m.start(), m.end()))
    return Fix(text, flags=flags)


def _letter_word(text: str, at: int) -> bool:
    """The letter starts or ends a word: a known letter word (K线), or one the page writes again."""
    after, before = text[at : at + 2], text[at - 1 : at + 1]
    return letter_word(after) or text.count(after) > 1 or text.count(before) > 1
