"""A run of characters read out of step after a lead byte lost to "?", read again in step.

A repost that lost the lead byte of a GBK or Big5 character to "?" leaves its trail byte stranded. Most
common characters' trail bytes are 0xA1 or above, so the decoder takes the stranded byte for the lead of
the next character: it pairs it with that character's lead, that one's trail with the next lead, and so
on to the next ASCII byte, where the run either ends with an ASCII trail byte taken in or with a byte
no character takes (U+FFFD). A repost that saved the page as UTF-8 kept those wrong characters
(首个?┯昀渡�预警 for 首个暴雨蓝色预警), which later fixers read as a folded question mark before
nonsense: a third text.

The wrong characters' own bytes are the original's bytes one place out of step: the run is read again
one byte later (the stranded trail byte left out, an ASCII trail byte after the run taken in). The
reading is used only when it is valid in the codec and reads clearly better: fewer odd characters (rare
ideographs, symbols, private-use codes: :func:`..decode_readings.oddness`, in simplified or traditional
prose) and no fewer of jieba's words. The characters come from the bytes, none is guessed: the lost
one is written ``?`` + U+FFFD holding its trail byte, and a last character whose trail byte went into
the decoder's U+FFFD keeps that U+FFFD, now holding its lead byte; :mod:`.stray` restores each where
the page settles it, and ``replacement_chars`` flags it otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..decode_readings import oddness
from ..encodings import decode
from ..record import Edit, Flag, StrayByte
from .common import Context, Fix, fix_from_edits, flag
from .lead_candidates import LOST_LEAD_CODECS
from .markup import Markup
from .words import is_word

RULE = "misaligned_run"
MISALIGNED_TRIGGER = "?"  # (the registry's precheck, .triggers)
_LOST = "\ufffd"
# A "?" and the run of non-ASCII characters after it (the run a stranded trail byte threw out of step).
_SPOT_RE = re.compile("\\?[^\\x00-\\x7f\\ufffd]+")
_TRAIL_AMID_CJK_RE = re.compile("(?<=[^\\x00-\\x7f])[\\x40-\\x7e](?=[^\\x00-\\x7f])")
_FAMILIES = ("zh", "tw")  # a GBK page may hold traditional text (a repost converted it), a Big5 one simplified
_CHINESE = ("gbk", "big5")
_MAX_RUN = 256  # characters read after a "?" (a run out of step ends at the next ASCII byte, in a paragraph)


@dataclass(slots=True, frozen=True)
class _Reading:
    """A run after a "?" read in step: what replaces the run (and what it takes after it), where that
    ends in the text, and the stray bytes, at offsets into the new text."""

    new: str
    end: int
    strays: list[tuple[int, bytes]]


def _double_byte_prefix(run: str, codec: str) -> bytes:
    """The bytes of the longest start of ``run`` whose characters are each two bytes in ``codec``."""
    out = bytearray()
    for char in run:
        try:
            data = char.encode(codec)
        except UnicodeEncodeError:
            break
        if len(data) != 2:  # (a double-byte character)
            break
        out += data
        if data[1] < 0x80:  # (an ASCII trail byte: the decoder reads in step after it)
            break
    return bytes(out)


def _in_step(text: str, start: int, codec: str) -> _Reading | None:
    """The run after the "?" at ``start`` read one byte later in ``codec``; None when no valid reading."""
    data = _double_byte_prefix(text[start + 1 : start + 1 + _MAX_RUN], codec)
    if not data:
        return None
    end = start + 1 + len(data) // 2
    rest, after = data[1:], text[end : end + 1]
    strays = [(0, data[:1])]  # the lost character: "?" + U+FFFD holding its trail byte
    if (read := decode(rest, codec)) is not None:  # (an ASCII trail byte inside the run read on its own)
        return _Reading(_LOST + read, end, strays)
    if after == _LOST and (read := decode(rest[:-1], codec)) is not None:
        # the last character's trail byte went into the decoder's U+FFFD: that one now holds its lead byte
        return _Reading(_LOST + read + _LOST, end + 1, [*strays, (len(read) + 1, rest[-1:])])
    if after and "\x40" <= after <= "\x7e" and (read := decode(rest + after.encode("ascii"), codec)) is not None:
        return _Reading(_LOST + read, end + 1, strays)  # an ASCII trail byte the run's last lead left alone
    return None


def _odd(text: str) -> int:
    """Odd characters in simplified or traditional prose, and a lone ASCII character of the trail bytes'
    range between two others (块T要, 伎B。: the trail byte of 門, of 雨, left alone by the read out of step)."""
    return min(sum(oddness(text, family)) for family in _FAMILIES) + len(_TRAIL_AMID_CJK_RE.findall(text))


def _words(text: str) -> int:
    return sum(is_word(text[i : i + 2]) for i in range(len(text) - 1))


def _judged(text: str, pos: int, codecs: tuple[str, ...]) -> tuple[str, _Reading, bool] | None:
    """The codec and the in-step reading of the run after the "?" at ``pos`` that reads best, and whether it
    reads clearly better than the run as written; None when none reads at least as well, or as well but the
    run as written reads without odd characters (a folded question mark before prose). Each is read with
    the character following it (a run of one, 晁 before 色, is judged by 藍色): fewer odd characters and no
    fewer words, or as few and more words, is better."""
    found = []
    for codec in codecs:
        reading = _in_step(text, pos, codec)
        if reading is None:
            continue
        following = text[reading.end : reading.end + 1]
        new, old = reading.new.replace(_LOST, "") + following, text[pos + 1 : reading.end] + following
        odd, words = _odd(new) - _odd(old), _words(new) - _words(old)
        better = (odd < 0 and words >= 0) or (odd == 0 and words > 0)
        if better or (odd == words == 0 and _odd(old)):  # (as well, and the run as written reads oddly)
            found.append(((words, -odd), codec, reading, better))
    if not found:
        return None
    _, codec, reading, better = max(found, key=lambda one: one[0])
    if len({one[2].new for one in found if one[3]}) > 1:
        better = False  # two codecs read it in step, differently: which bytes the page had is not known
    return codec, reading, better


def doubtful_mark(text: str, pos: int) -> bool:
    """The "?" at ``pos`` may be a lost lead byte: the run after it reads as well one byte later (a
    folded question mark is not to be widened there)."""
    return _judged(text, pos, _CHINESE) is not None


def fix_misaligned(text: str, ctx: Context) -> Fix:
    if MISALIGNED_TRIGGER not in text:
        return Fix(text)
    codecs = tuple(c for c in LOST_LEAD_CODECS.get((ctx.codec_hint or "").lower(), _CHINESE) if c in _CHINESE)
    edits: list[Edit] = []
    flags: list[Flag] = []
    strays: list[StrayByte] = []
    shift = 0
    markup: Markup | None = None
    for m in _SPOT_RE.finditer(text):
        judged = _judged(text, m.start(), codecs)
        if judged is None:
            continue
        markup = Markup(text) if markup is None else markup
        if markup.covers(m.start()):
            continue
        codec, reading, better = judged
        start = m.start() + 1
        if not better:
            flags.append(flag(RULE, f"read one byte later in {codec}, the run reads as well: left", text, m.start(),
                              reading.end))
            continue
        edits.append(Edit(start, reading.end, text[start : reading.end], reading.new))
        strays += (StrayByte(start + shift + at, data, codec) for at, data in reading.strays)
        shift += len(reading.new) - (reading.end - start)
    result = fix_from_edits(text, RULE, "a run after a lead byte lost to '?' read one byte later, in step", edits)
    result.flags, result.strays = flags, tuple(strays)
    return result
