"""UTF-16 without a byte order mark: told by its NUL bytes (the high bytes of ASCII characters), declared by a
label, or, for CJK text with too few ASCII characters for NULs, by the high bytes of its code units."""

from __future__ import annotations

from .declared import Label
from .decode_choose import ACCEPT
from .encodings import HIGH_BYTES, UTF16, byte_count, decode
from .plausibility import plausibility

_MIN_NULS = 8


def utf16_reading(data: bytes, labels: list[Label]) -> tuple[str, str, str] | None:
    """(text, codec, why) of UTF-16 without a BOM: declared by a label, or betrayed by NUL bytes in every other
    position; else None."""
    if data.find(b"\x00", 0, 4096) < 0 and not any(label.codec in UTF16 for label in labels):
        return None  # (the common case, tested without copying the head)
    head = data[:4096]
    declared = next((label.codec for label in labels if label.codec in UTF16), None)
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = max(len(head) // 2, 1)
    guess = "utf-16-le" if odd > 0.3 * pairs > 10 * even else "utf-16-be" if even > 0.3 * pairs > 10 * odd else None
    # CJK text has few ASCII characters, so few NULs, on both sides (一 is 4E00): a weaker sign, which
    # the decoded text must then confirm by reading well (the side with more NULs tried first)
    weak = ("utf-16-le", "utf-16-be")[:: 1 if odd >= even else -1] if odd + even >= _MIN_NULS else ()
    for codec in dict.fromkeys(c for c in (guess, *weak, declared) if c):
        text = decode(data, codec)
        if text is not None and (codec == guess or plausibility(text[:2000], codec) >= ACCEPT):
            return text, codec, f"bytes are {codec} ({odd + even} NUL bytes in the first 4 KB)"
    return None


# The high bytes of the UTF-16 code units of CJK text: ASCII and Latin-1 (00), punctuation (20), CJK marks,
# kana and bopomofo (30, 31), ideographs (34-9F), hangul (AC-D7), compatibility ideographs (F9, FA), full-width
# forms (FF).
_CJK_UNIT_HIGH = bytes((0x00, 0x20, 0x30, 0x31, *range(0x34, 0xA0), *range(0xAC, 0xD8), 0xF9, 0xFA, 0xFF))
_CJK_UNITS = 0.95  # share of a head's code units that must have such a high byte
_NON_ASCII_LOWS = 0.25  # share of them whose low byte must be non-ASCII (about half of CJK text's are)
_MIN_UNITS = 32
_HEAD = 512  # bytes of the head tested: 256 code units settle the shares
_HEAD_UTF8 = 64  # bytes of CJK UTF-16 within which its UTF-8 decoding fails (its units' bytes are half non-ASCII)


def utf16_cjk_reading(data: bytes, utf8_failure: int) -> tuple[str, str, str] | None:
    """(text, codec, why) of UTF-16 without a BOM holding CJK text, which has too few ASCII characters for NUL
    bytes to betray it: the high byte of nearly every code unit of its head (every other byte, on one side) is an
    ideograph's, a kana's or a hangul's, a quarter of the low bytes are non-ASCII (ASCII text, which fills the
    same ranges, has none), and the whole decodes strictly to text that reads well; else None. Legacy double-byte
    text shows no such pattern: its lead and trail bytes alternate over ranges of their own. Such text is no
    UTF-8 from its first code units: bytes whose UTF-8 decoding fails at ``utf8_failure`` past ``_HEAD_UTF8``
    are not looked at (most pages that are not UTF-8: ASCII markup before their legacy text)."""
    if utf8_failure >= _HEAD_UTF8 or len(data) % 2 or len(data) < 2 * _MIN_UNITS:
        return None
    head = data[:_HEAD]
    units = len(head) // 2
    if byte_count(head, HIGH_BYTES) < _NON_ASCII_LOWS * units:
        return None
    for codec, highs, lows in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        if byte_count(highs, _CJK_UNIT_HIGH) >= _CJK_UNITS * units and (
                byte_count(lows, HIGH_BYTES) >= _NON_ASCII_LOWS * units):
            text = decode(data, codec)
            if text is not None and plausibility(text[:2000], codec) >= ACCEPT:
                return text, codec, f"bytes are {codec} (CJK code units, no NUL bytes)"
    return None
