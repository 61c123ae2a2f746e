"""A lost lead byte that left no "?": flagged.

On a page read from GBK or Big5, a double-byte character whose lead byte was lost leaves its trail byte
(0x40-0x7E) to be read as an ASCII character of its own, with nothing in its place to say so (还能l挥 for 还能發揮:
發 is GBK B0 6C; 吴海o获得; 非教W负担 for 非教學負擔: 學 is GBK 8C 57; 推進H工智能 for 推進人工智能: 人 is Big5 A4 48).
Where that byte is a lowercase letter alone between two ideographs, the text was damaged: Chinese prose
seldom sets one there, and where it does (x轴, n次) the page writes the word again or it is a known letter word.
Both trail ranges hold the capitals too, but Chinese prose writes a capital alone far more often (高G表演, T型,
小T, E书, a party named A公司 in a court report): a capital is taken for a trail byte only where the lost character
can have had one, in Big5 (half its characters do) or on a GBK page that writes such characters itself (GBK's
trails 0x40-0x7E are those of characters outside GB2312: a traditional page), and neither is a simplified page's.
The byte alone does not say which character was lost (every lead byte makes one with it), so the spot is
flagged, not repaired; :mod:`.damage` repairs the spots a "?" marks. Run after the readings are removed, which
hold lowercase letters of their own.
"""

from __future__ import annotations

import re

from ..decode_readings import in_gb2312
from ..record import Flag
from .common import HAN, HAN_RE, Context, Fix, flag
from .damage import letter_word
from .lead_candidates import LOST_LEAD_CODECS, chinese
from .markup import Markup

RULE = "lost_lead_byte"
# Trail bytes read alone: letters, and the marks Chinese prose does not set between characters (a page writes
# [图], 标题_网站, 新闻|体育 and @某人 itself)
BARE_TRAIL = "A-Za-z`\\\\^~{}"  # (also the registry's precheck, .triggers)
# Where a lost character stood: before an ideograph, after an ideograph or a mark, full-width or folded to ASCII
# after an ideograph (十几分钟后，t生 or 后,t生 for 醫生), or opening a paragraph of ideographs (k院审理 for 法院审理:
# 法 is Big5 AA 6B). A letter before a mark is left: prose writes one at a clause's end (两个a，维生素A。); one after
# an ASCII "?" is a lost lead byte's spot .damage reads (餘?f元).
_SIDE = f"{HAN}，。、；：！？“”‘’「」『』（）《》"
_BARE_RE = re.compile(f"(?:(?<=[{_SIDE}])|(?<=[{HAN}][,;:!]))[{BARE_TRAIL}](?=[{HAN}])"
                      f"|(?<=[>\\n])[a-z](?=[{HAN}]{{4}})")
_OUTSIDE_GB2312 = 0.1  # of a GBK page's ideographs: a traditional page (a simplified one writes next to none)
_AROUND = 100  # characters each side of a capital: the text it stands in (a traditional story in a simplified page)


def flag_bare_trails(text: str, ctx: Context) -> Fix:
    codecs = LOST_LEAD_CODECS.get((ctx.codec_hint or "").lower())
    if codecs is None or not chinese(codecs):
        return Fix(text)
    markup: Markup | None = None
    capitals: bool | None = None
    flags: list[Flag] = []
    for m in _BARE_RE.finditer(text):
        markup = Markup(text) if markup is None else markup
        if markup.covers(m.start()) or _letter_word(text, m.start()):
            continue
        if m[0].isupper():
            capitals = _capital_trails(text, codecs) if capitals is None else capitals
            if not capitals and not _capital_trails(text[max(0, m.start() - _AROUND) : m.end() + _AROUND], codecs):
                continue
        why = f"stranded trail byte {m[0]!r} alone beside ideographs on a page read as {ctx.codec_hint}"
        flags.append(flag(RULE, f"{why}: a lost lead byte the bytes cannot settle", text, m.start(), m.end()))
    return Fix(text, flags=flags)


def _capital_trails(text: str, codecs: tuple[str, ...]) -> bool:
    """Whether a lost character can have left a capital as its trail byte: in Big5, or in a GBK ``text`` writing
    characters outside GB2312 (at least ``_OUTSIDE_GB2312`` of its ideographs)."""
    if codecs != ("gbk",):
        return True
    han = HAN_RE.findall(text)
    return sum(not in_gb2312(char) for char in han) >= _OUTSIDE_GB2312 * len(han) > 0


def _letter_word(text: str, at: int) -> bool:
    """The letter starts or ends a word: a known letter word (K线), or one the page writes again."""
    after, before = text[at : at + 2], text[at - 1 : at + 1]
    return letter_word(after) or text.count(after) > 1 or text.count(before) > 1
