"""A character lost whole (one U+FFFD) that an obfuscator had glossed: ``管�(wǎng)改造``.

A multi-byte character that lost a byte decodes to U+FFFD, and the decoder drops the bytes that were
left: nothing of the character survives but its reading, which the repost wrote after it. The
candidates are the characters pypinyin gives that reading (about a dozen for wǎng); one is restored
when it alone makes, with a Han neighbour, a bigram the page has elsewhere (管網 in the title and
the body), as :mod:`.damage` settles a lost lead byte. Otherwise the U+FFFD stays and
``replacement_chars`` flags it. Pinyin readings only (zhuyin has no toneless spelling to index).
"""

from __future__ import annotations

import re

from ..record import Edit
from .common import HAN_RE, Context, Fix, fix_from_edits
from .damage import han_before, may_stand_alone
from .pinyin import ANNOTATION_RE, paired
from .readings import chars_by_syllable, is_reading, toneless

RULE = "lost_character"
LOST_CHAR_TRIGGER = "\ufffd"  # (the registry's precheck, .triggers)
# A lone U+FFFD before a reading; the pattern opens with the U+FFFD, which re skips to (opening with the
# look-behind, it was tried at every character of a page: 50x slower on a long one).
_SPOT_RE = re.compile(f"\ufffd(?<!\ufffd\ufffd)(?={ANNOTATION_RE.pattern})")
_READINGS_RE = re.compile(f"(?:{ANNOTATION_RE.pattern})")


def _choose(text: str, start: int, end: int, syllable: str) -> str | None:
    """The one character reading ``syllable`` whose bigram with a Han neighbour of the spot occurs
    elsewhere on the page (readings removed), or None."""
    prev = han_before(text, start) or ""
    after = text[end : end + 1] if HAN_RE.match(text, end) else ""
    if not (prev or after):
        return None
    page = _READINGS_RE.sub("", text[:start] + "\n" + text[end:])
    chars = {c for c in chars_by_syllable().get(toneless(syllable), ()) if is_reading(c, syllable)}
    seen = {c for c in chars if (prev and prev + c in page) or (after and c + after in page)}
    return seen.pop() if len(seen) == 1 else None


def fix_lost_char(text: str, ctx: Context) -> Fix:
    if LOST_CHAR_TRIGGER not in text:
        return Fix(text)
    edits, chosen = [], []
    for m in _SPOT_RE.finditer(text):
        reading = ANNOTATION_RE.match(text, m.end())
        if reading is None or not paired(reading) or not may_stand_alone(text, m.start()):
            continue
        syllable = reading["syl"]  # a word's syllables or zhuyin index nothing: no candidate
        char = _choose(text, m.start(), reading.end(), syllable)
        if char is not None:
            edits.append(Edit(m.start(), m.end(), "\ufffd", char))
            chosen.append(f"{char} ({syllable})")
    evidence = f"U+FFFD before its own reading: {', '.join(chosen)[:200]}; the one candidate whose bigram recurs"
    return fix_from_edits(text, RULE, evidence, edits)
