"""Sibling single-byte tables: two tables that read most bytes alike (ISO-8859-7 and windows-1253, ISO-8859-2
and windows-1250, windows-1252 and ISO-8859-15 / windows-1254 / windows-1250), which the plausibility score
cannot tell apart; the words around the bytes they read differently do."""

from __future__ import annotations

import functools
import unicodedata

from .declared import Label
from .decode_choose import SAMPLE, Sample, choose_codec, sample
from .encodings import decode, single_byte_table

# Single-byte tables that differ in a few positions only (a page labelled with one is often written in the
# other): there a letter of one is a symbol of the other (ISO-8859-7 ’ is windows-1253 Ά; ISO-8859-2 Š is
# windows-1250 ©; windows-1252 ½ is ISO-8859-15 œ). Plausibility reads both alike; the words around those
# bytes tell them apart. Where windows-1252 reads letters too (Turkish ı as ý, Czech ř as ø) the rest of the
# text tells them apart (``_BETRAYING``).
SIBLINGS = {"iso8859-7": ("cp1253",), "cp1253": ("iso8859-7",), "iso8859-2": ("cp1250",), "cp1250": ("iso8859-2",),
            "cp1252": ("iso8859-15", "cp1254", "cp1250")}
# Of the bytes two siblings read differently, the ones that tell them apart (others are used either way:
# windows-1252's ´ is a common apostrophe, l´Aube, where ISO-8859-15 reads Ž).
_TELLING = {("cp1252", "iso8859-15"): b"\xbc\xbd"}
# windows-1252's letters for another table's (ı ş ğ as ý þ ð; ě ř č ň ů as ì ø è ò ù), the letters the
# other language writes and windows-1252's languages that use those letters do not (Icelandic writes ð þ ý,
# never ç or ü; Italian and French write è ò ù ì, never ý), and letters only those languages write.
_BETRAYING = {"cp1254": ("ýþðÝÞÐ", "çüÇÜ", "æ"), "cp1250": ("ìøèòùØÈ", "ýÝ", "æåàÆÅ")}


def sibling_reading(data: bytes, text: str, codec: str) -> tuple[str, str, str] | None:
    """(text, codec, why) of a sibling table of ``codec`` when it reads the bytes where the two differ as
    letters inside words where ``codec`` reads symbols glued to words (or letters that betray the other
    language); else None. ``text`` is ``data`` decoded with ``codec`` (a single-byte codec: one character
    per byte)."""
    if len(text) != len(data):
        return None
    for other in SIBLINGS.get(codec, ()):
        betraying = (codec, other) in (("cp1252", "cp1254"), ("cp1252", "cp1250"))
        if betraying and not _language_letters(text, other):
            continue  # (the cheap test first: most windows-1252 pages are neither language)
        differ = _TELLING.get((codec, other)) or _differing(codec, other)
        if not _holds(data, differ):
            continue
        if _holds(data, _c1_bytes(other)) and not _holds(data, _c1_bytes(codec)):
            continue  # the sibling leaves bytes as C1 controls (windows-1250's š, windows-1253's quotes)
        positions = [at for at in _positions(data, differ) if not _in_utf8_char(data, at)]
        if betraying:
            if _betrayed(text, positions, other) and (theirs := decode(data, other)) is not None:
                return theirs, other, f"letters of {other}'s language read as {codec}'s inside words"
            continue  # (windows-1252's ¿ and « are no glued symbols: Spanish and French write them)
        # the sibling's reading is made only when ours has glued symbols (one character per byte: the
        # bytes tell where either reading holds a C1 control)
        if (ours_bad := _glued_symbols(text, positions)) and (theirs := decode(data, other)) is not None and (
                _glued_symbols(theirs, positions) == 0):
            return theirs, other, f"{ours_bad} symbol(s) glued to words read as letters in {other}"
    return None


def legacy_table(legacy: bytes, labels: list[Label], hint: str | None) -> str:
    """The main codec chosen on the ``legacy`` stretches, or its sibling table where that reads them better (a
    Turkish page's ş ğ ı, which windows-1252 reads as þ ð ý: ``sibling_reading``)."""
    main, _, _ = choose_codec(Sample(sample(legacy, SAMPLE)), labels, hint=hint)
    text = decode(legacy, main)
    found = sibling_reading(legacy, text, main) if text is not None else None
    return found[1] if found else main


def _in_utf8_char(data: bytes, at: int) -> bool:
    """Whether the byte at ``at`` is a continuation byte of a UTF-8 character (ü's C3 BC, misread as windows-1252
    Ã¼ in a single-byte page): such a byte tells nothing about the page's own table."""
    for start in range(max(0, at - 3), at):
        lead = data[start]
        size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
        if start + size > at:
            try:
                data[start : start + size].decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
    return False


def _holds(data: bytes, chosen: bytes) -> bool:
    """Whether ``data`` holds one of the ``chosen`` bytes (a search per byte, in C: a page-long ``translate``
    deleting them costs as much as 40 such searches)."""
    return any(byte in data for byte in chosen)


def _positions(data: bytes, chosen: bytes) -> list[int]:
    """The offsets of the ``chosen`` bytes in ``data``, in order (found byte by byte: a regex class tried at each
    offset of a page is far slower)."""
    found = []
    for byte in chosen:
        at = data.find(byte)
        while at >= 0:
            found.append(at)
            at = data.find(byte, at + 1)
    return sorted(found)


@functools.cache
def _c1_bytes(codec: str) -> bytes:
    """The bytes a single-byte codec reads as C1 controls (U+0080..U+009F)."""
    table = single_byte_table(codec) or ""
    return bytes(byte for byte, ch in enumerate(table) if "\x80" <= ch <= "\x9f")


def _betrayed(text: str, positions: list[int], other: str) -> bool:
    """Two or more of ``other``'s letters read as windows-1252's look-alikes inside words, in a text that also
    writes a letter of ``other``'s language and none only windows-1252's languages write (``_BETRAYING``)."""
    marks = _BETRAYING[other][0]
    inside = sum(1 for i in positions
                 if text[i] in marks and (text[i - 1 : i].isalpha() or text[i + 1 : i + 2].isalpha()))
    return inside >= 2 and _language_letters(text, other)


def _language_letters(text: str, other: str) -> bool:
    """The text writes a letter of ``other``'s language and none that only windows-1252's languages write."""
    _, needed, foreign = _BETRAYING[other]
    return any(ch in text for ch in needed) and not any(ch in text for ch in foreign)


@functools.cache
def _differing(codec: str, other: str) -> bytes:
    """The bytes from 0xA0 up that two single-byte codecs read differently."""
    return bytes(b for b in range(0xA0, 0x100) if decode(bytes((b,)), codec) != decode(bytes((b,)), other))


def _glued_symbols(text: str, positions: list[int]) -> int:
    """How many characters at ``positions`` are no letter but sit inside a word, or open one without
    being an opening mark (« and ‘ open words; ’, ¶ and © do not). An apostrophe between two Latin letters
    is no glued symbol (don’t, l’école: an English theme's around a Greek story)."""
    bad = 0
    for i in positions:
        ch, before = text[i], text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch.isalpha() or not after.isalpha() or (ch == "’" and _latin_letter(before) and _latin_letter(after)):
            continue
        bad += before.isalpha() or (before.isspace() and unicodedata.category(ch) not in ("Pi", "Ps"))
    return bad


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x250
