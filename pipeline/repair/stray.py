"""Characters that lost a byte, restored from the bytes decoding kept and the page.

The decode stage hands over the bytes it could not place (:class:`..record.StrayByte`: what is left of a
GBK, Big5, Shift_JIS, EUC or UHC character whose lead or trail was lost, or of a UTF-8 sequence cut
short, read as one U+FFFD; :mod:`.misaligned` hands over those of a run it read in step). A double-byte
character's candidates are the letters its byte makes with any other one: as their trail when a ``?``
stands before the U+FFFD (the lead lost to ``?``: both go), and as their lead or their trail otherwise
(the byte alone does not tell which was lost); a UTF-8 sequence's are the CJK letters it spells with one
continuation byte put back. A trail's character is settled as :mod:`.damage` settles a stranded ASCII
trail byte: the one candidate the page writes most strongly with the spot's neighbours (a word, three
characters, both neighbours: :mod:`.recurrence`; 驿站 for ``?�站``), unless written on one side only it
meets a rival's commoner word. A cut UTF-8 sequence's is restored when it alone makes, with a letter
neighbour of the spot (Han, katakana, hangul; not hiragana, which stand beside any kanji), a pair the
page holds elsewhere. A byte that may be either has twice the candidates,
and a pair with one neighbour then settles one by chance (立自 of 立自己 for the 在 of 建立在): it needs a
pair on each side (志愿, 愿者), or, with one letter neighbour, a run of three the page holds. Otherwise the
U+FFFD stays and ``replacement_chars`` flags it. Word counts never decide here: the page's own text
does, or nothing."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace

from ..record import Change, Edit, StrayByte, shifted
from .common import Context, Fix, fix_from_edits
from .recurrence import FRAMED, NOT_WRITTEN, han_context, page_support
from .words import commoner_rival

RULE = "stray_byte"
_LOST = "\ufffd"
_CJK_SIZE = 3  # bytes of a UTF-8 sequence from U+0800 up
_HIRAGANA, _HIRAGANA_END = "\u3041", "\u309f"


def follow(strays: tuple[StrayByte, ...], changes: Iterable[Change]) -> tuple[StrayByte, ...]:
    """``strays`` with their offsets moved through ``changes`` (in order); those a change rewrote dropped."""
    for change in changes:
        moved = ((stray, shifted(stray.offset, change.edits)) for stray in strays)
        strays = tuple(replace(stray, offset=offset) for stray, offset in moved if offset is not None)
    return strays


@functools.cache
def _made_with(left: bytes, codec: str, as_lead: bool) -> frozenset[str]:
    """The letters the one byte ``left`` makes in ``codec`` with any other byte, as their lead or trail
    (marks are left out: a mark pairs with most letters, so a pair of one the page repeats tells nothing)."""
    found: set[str] = set()
    for other in range(0x40, 0x100) if len(left) == 1 else ():
        pair = left + bytes((other,)) if as_lead else bytes((other,)) + left
        try:
            char = pair.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(char) == 1 and _letter(char):
            found.add(char)
    return frozenset(found)


@functools.cache
def _utf8_cut(left: bytes) -> frozenset[str]:
    """The letters whose UTF-8 sequence is ``left`` (a lead byte and what followed of its continuation
    bytes) with one continuation byte more, anywhere after the lead. Only sequences of three or four
    bytes (CJK, kana, hangul): a pair of two alphabet letters recurs on any page."""
    size = (left[0] >= 0xC0) + (left[0] >= 0xE0) + (left[0] >= 0xF0) + 1
    if len(left) != size - 1 or size < _CJK_SIZE:
        return frozenset()
    found = set()
    for at in range(1, size):
        for byte in range(0x80, 0xC0):
            try:
                char = (left[:at] + bytes((byte,)) + left[at:]).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if _letter(char):
                found.add(char)
    return frozenset(found)


def _letter(char: str) -> str:
    """``char`` when it is a letter a pair of the page can be made with (not ASCII, not a mark), else ''."""
    return char if char.isalpha() and not char.isascii() else ""


def _word_letter(char: str) -> str:
    """``char`` when a pair with it says something (a letter, not hiragana: Japanese particles and endings
    stand beside almost every kanji, so a pair with one recurs by chance), else ''."""
    return "" if _HIRAGANA <= char <= _HIRAGANA_END else _letter(char)


def _neighbours(page: str, context: str, before: bool) -> set[str]:
    """The characters standing right before (or after) each ``context`` of ``page``; none for no context."""
    found, at = set(), page.find(context) if context else -1
    while at >= 0:
        found.add(page[at - 1 : at] if before else page[at + len(context) : at + len(context) + 1])
        at = page.find(context, at + 1)
    return found


def _settle(text: str, stray: StrayByte) -> Edit | None:
    """The edit restoring the character ``stray`` is left of, when the page settles it alone."""
    at = stray.offset
    if text[at : at + 1] != _LOST:
        return None
    utf8 = stray.codec == "utf-8"
    start = at - 1 if text[at - 1 : at] == "?" and not utf8 else at  # a "?" before a lone byte: its lost lead
    candidates = _utf8_cut(stray.data) if utf8 else _made_with(stray.data, stray.codec, False)
    left, right = text[max(0, start - 2) : start], text[at + 1 : at + 3]
    prev, after = _word_letter(left[-1:]), _word_letter(right[:1])
    page = text[:start] + "\n" + text[at + 1 :]
    if start < at:  # the byte is a trail, its lead lost to the "?": settled as .damage settles a stranded one
        return _settled_trail(text, start, at, candidates, page, stray.codec)
    if utf8:  # the sequence's lead is there: a pair with either letter neighbour settles it
        paired = _neighbours(page, prev, False) | _neighbours(page, after, True)
    elif prev and after:  # a lead or a trail, twice the candidates: a pair on each side
        candidates |= _made_with(stray.data, stray.codec, True)
        paired = _neighbours(page, prev, False) & _neighbours(page, after, True)
    else:  # ... or with the one letter neighbour, a run of three
        candidates |= _made_with(stray.data, stray.codec, True)
        paired = _neighbours(page, left, False) if prev and len(left) == 2 else (
            _neighbours(page, right, True) if after and len(right) == 2 else set())
    chosen = set(candidates & paired)
    if len(chosen) != 1:
        return None
    return Edit(start, at + 1, text[start : at + 1], chosen.pop())


def fix_stray_bytes(text: str, ctx: Context) -> Fix:
    if not ctx.strays:
        return Fix(text)
    edits = [edit for stray in ctx.strays if (edit := _settle(text, stray)) is not None]
    restored = ", ".join(f"{edit.new} ({edit.old})" for edit in edits)[:200]
    evidence = f"bytes decoding could not place, the rest of {restored}: the one candidate making pairs the page has"
    return fix_from_edits(text, RULE, evidence, edits)


def _settled_trail(text: str, start: int, at: int, candidates: frozenset[str], page: str, codec: str) -> Edit | None:
    """The edit restoring the character whose trail byte a U+FFFD after a "?" holds: the one candidate the
    page writes most strongly with the spot's neighbours (as a word, in three characters, framed by both;
    :func:`.recurrence.page_support`): a bigram the page has by chance settles nothing (市 read as 有 of 有大)."""
    before, after = han_context(text, start, at + 1)
    chinese = not codec.startswith(("cp932", "shift", "euc"))
    support = {char: page_support(page, char, before, after, chinese) for char in candidates}
    best = max(support.values(), default=NOT_WRITTEN)
    chosen = [char for char, kind in support.items() if kind == best]
    if best == NOT_WRITTEN or len(chosen) != 1:
        return None
    # written on one side only, it yields to a rival's commoner word (孩子?\ufffd得: 孩子們 on the page, 變得)
    if best < FRAMED and chinese and commoner_rival(set(support) - {chosen[0]}, chosen[0], before[-1:], after[:1]):
        return None
    return Edit(start, at + 1, text[start : at + 1], chosen[0])
