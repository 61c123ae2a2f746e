"""Realigning a double-byte page where a lost byte left no undecodable byte.

:mod:`.decode_realign` reads a run again where the decoder fails. In Big5, GBK and Shift_JIS a trail byte
may lie in the ASCII range (0x40-0x7E): after a lost lead byte the stranded trail pairs with the next
character's lead, that one's trail with the next lead, and so on until a trail in the ASCII range is read
on its own, as a letter or a mark, and the decoder is in step again without ever failing (介紹，延長 that
lost 紹's lead reads 介苤A延長 in Big5; 均年 that lost 均's reads ’~ in Big5, 年's trail 7E read as a tilde).
Such a letter or mark alone after an ideograph is the sign: the stretch before it is read again with one high
byte left out at each place, and a reading in which it is a trail again is kept when it has fewer odd
characters than the decoder's own (Chinese writes a letter or a mark alone too: A股, B肝, e化, [上元],
标题_网站: there the decoder's own reading is no odder than one with a byte left out).
The left-out byte stands as one U+FFFD, the stray the repair stage flags (or restores when the page
settles which character it was, .repair.stray)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, partial

from .decode_page_pairs import PagePairs
from .decode_readings import Tails, oddness, page_family, prefix_counts, reading_tail
from .decode_realign import DOUBLE_BYTE
from .encodings import FAMILY, decode
from .record import StrayByte

# A trail byte read alone (a letter, or a mark: every ASCII character from 0x40 to 0x7E is a trail in these codecs)
# after a character outside ASCII, with no Latin letter after it (not part of a word: pinyin wèi in an HKSCS page
# holds è); and a stretch of bytes that are no ASCII character of their own (every byte below 0x40 is one, and a
# character boundary).
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_LONE = re.compile(rf"(?<=[^\x00-\x7f{_LATIN[6:]}])[\x40-\x7e](?![{_LATIN}])")
# (a quick search first, for the places _LONE may match, on the text written in ASCII with "?" for every other
# character, as the "replace" handler writes it in one pass: "?" and a trail no letter follows. Every lone trail
# is one, as the character before it is a "?" there and the one after it no letter; _LONE passes over the page's
# own "?". On a text mostly outside ASCII (more than one "?" in _DENSE, judged on every 61st byte) that search would
# try its pattern at each "?": there each trail is first written "a" and every other ASCII character but "?" " " by
# a byte table (``_MARKS``), the literal "?a" is searched, which passes over the run of "?" in C, and a letter
# after it is looked for only where it is found: 1.6x faster on the real Chinese bench pages, where on pages mostly
# in ASCII the table's pass would make it 3x slower. A search for a character outside ASCII over the text is 3x
# slower, _LONE over it 6x.)
_NEAR = re.compile(rb"\?[\x40-\x7e](?![A-Za-z])")
_NEAR_MARKED = re.compile(rb"\?a")
_LETTER = re.compile(rb"[A-Za-z]")
_MARKS = bytes(ord("a") if 0x40 <= byte <= 0x7E else byte if byte == ord("?") else ord(" ") for byte in range(256))
_DENSE = 10
_BOUNDARY = re.compile("[\x00-\x3f]")
_AFTER_BOUNDARY = re.compile("(?s:.*)[\x00-\x3f]")  # matched up to the last boundary of a span, found from its end
# A reading with a byte left out: its oddness, text, the byte, and the offset of its U+FFFD.
Kept = tuple[int, str, int, int]
_MAX_STRETCH = 1024  # bytes: each high byte of a stretch is tried (a paragraph's run is far shorter)


def realign_lone_trails(data: bytes, text: str, codec: str,
                        page_data: bytes | None = None) -> tuple[str, tuple[StrayByte, ...]] | None:
    """``text`` (``data`` decoded in ``codec``, no byte left undecoded) with each stretch thrown out of step
    by a lost byte read in step again, and the stray bytes; None when there is none. Places that read equally
    well are told apart by the pairs the page (``page_data`` when ``data`` is a piece of it) writes elsewhere."""
    if codec not in DOUBLE_BYTE:
        return None
    out, strays, done, shift = [], [], 0, 0
    family = cache(lambda: page_family(text, codec))  # (judged once, and only on a page with a stretch to try)
    pairs = cache(lambda: PagePairs(data if page_data is None else page_data, codec))  # (only on a tie)
    for start, end, at, last in _stretches(text, codec, family):
        run = data[start:end]
        plain = decode(run, codec)
        if plain is None or text[at:last] != plain:
            continue
        around = (text[at - 1 : at], text[last : last + 1])
        written = partial(_written, pairs=pairs, around=around, plain=plain)
        if (found := _in_step(run, plain, codec, family(), written)) is None:
            continue
        reading, stray, offset = found
        out += [text[done:at], reading]
        strays.append(StrayByte(at + shift + offset, bytes((stray,)), codec))
        shift += len(reading) - len(plain)
        done = at + len(plain)
    return ("".join(out) + text[done:], tuple(strays)) if strays else None


def _stretches(text: str, codec: str, family: Callable[[], str]) -> Iterator[tuple[int, int, int, int]]:
    """(start, end) in the page's bytes and (at, last) in ``text`` of each stretch holding a lone letter and an odd
    character, at most _MAX_STRETCH bytes long. Characters below 0x40 are one byte of their own in these codecs
    and end a stretch, so a stretch's bytes are its characters encoded again (a slice that does not decode to
    them is passed over by the caller); only the stretches holding a lone letter are found, not the page's every
    stretch. One without an odd character is passed over before its bytes are found (``_in_step`` keeps nothing
    there; were its characters not encodable, so is the text before the next stretch, which ends the search as
    it would have ended here)."""
    chars = size = 0  # a place in the text and its byte offset
    seen = end_at = -1
    own = FAMILY[codec]
    for near in _near(text.encode("ascii", "replace")):
        if near < end_at or (m := _LONE.match(text, near + 1)) is None:
            continue  # (a letter before the last stretch's end is in that stretch: no boundary between them)
        reach = max(0, m.start() - _MAX_STRETCH - 1)
        if (back := _AFTER_BOUNDARY.match(text, reach, m.start())) is None and reach:
            continue  # longer than any stretch tried
        at = back.end() if back else 0
        if at <= seen:
            continue
        last = _BOUNDARY.search(text, m.end())
        seen, end_at = at, last.start() if last else len(text)
        if _odd(text[at:end_at], own) == 0 or (own == "zh" and _odd(text[at:end_at], family()) == 0):
            continue  # (the page's family is judged only when needed: a traditional GBK page's is no odder)
        try:
            start = size + len(text[chars:at].encode(codec))
            length = len(text[at:end_at].encode(codec))
        except UnicodeEncodeError:
            return
        chars, size = at, start
        if length <= _MAX_STRETCH:
            yield start, start + length, at, end_at


def _near(marks: bytes) -> Iterator[int]:
    """Where ``_NEAR`` matches in ``marks`` (the text written in ASCII), found the faster way for their density."""
    probe = marks[::61]
    if probe.count(b"?") * _DENSE > len(probe):
        return (at for m in _NEAR_MARKED.finditer(marks.translate(_MARKS))
                if not _LETTER.match(marks, (at := m.start()) + 2))
    return (m.start() for m in _NEAR.finditer(marks))


def _in_step(run: bytes, plain: str, codec: str, family: str,
             written: Callable[[list[Kept]], list[Kept]] | None = None) -> tuple[str, int, int] | None:
    """The best reading of ``run`` with one high byte left out that reads a lone letter of the decoder's
    ``plain`` reading as a trail again: (reading, the byte, the offset of its U+FFFD). Of readings that read
    equally well, those holding the most pairs the page writes elsewhere (``written``: 蔬\ufffd供應 over 蔬斯\ufffd應
    where the page writes 供應), and of those the one leaving out the byte nearest the letter: it keeps most of the
    decoder's reading (every character between a lost lead and the trail read alone is read out of step).

    Only a reading with fewer odd characters and fewer lone letters than ``plain`` can be kept, and on a GBK page
    judged simplified one that reads without an odd character or two fewer: a traditional stretch there reads every
    character outside GB2312 oddly, and leaving out the lead of one before a letter whose trail is a letter (組A is
    BD 4D 41: \ufffdMA) reads one odd character fewer and the letter no longer alone, the rest as oddly: no lost
    byte threw it out of step. A page writing traditional text is judged by either table (``family``, the page's:
    ``page_family``), where 組 is not odd.
    A place's left side is the start of ``plain`` (a decoder reads the start of a run as it reads the whole run),
    whose odd characters and lone letters all stay in the reading (its last letter is as alone before the U+FFFD):
    the places are walked in order while the left side holds fewer odd characters than ``plain`` and not its last
    lone letter, each counted from readings made once (``prefix_counts``; ``Tails`` from the first byte tried, a
    right side read anew only where that reading is in step again), its letters looked at only when it reads
    less oddly, its text made only then."""
    # (a reading must read less oddly than the decoder's: one without an odd character, as a letter alone in
    # prose reads (A股), is kept without trying the run's bytes)
    letters = [m.start() for m in _LONE.finditer(plain)]
    if (odd := _odd(plain, family)) == 0 or not letters:
        return None
    text, ends, odds = prefix_counts(run, 0, len(run), codec, family)
    best: list[Kept] = []
    tails: Tails | None = None  # the right sides read from the first byte tried on
    for place, count in ends.items():
        if (left_odd := odds[count]) >= odd or count > letters[-1]:
            break
        if run[place] < 0x80:
            continue
        tails = Tails(run, place + 1, len(run), codec, family) if tails is None else tails
        if place + 1 in tails:  # (its count first: most places read no less oddly, and their tails are not cut)
            if (right_odd := tails.odd(place + 1)) is None or left_odd + right_odd >= odd:
                continue
            right = tails[place + 1]
        else:
            right = reading_tail(run, place + 1, len(run), codec, family)
        if right is None or left_odd + right[2] >= odd:
            continue
        reading = text[:count] + "\ufffd" + right[0]
        if len(_LONE.findall(reading)) < len(letters):
            best.append((left_odd + right[2], reading, run[place], count))
    fewer = 2 if family == "zh" else 1  # (GBK: see above; Big5 reads a traditional text's characters as they are)
    least = min((b[0] for b in best), default=odd)
    if least and least > odd - fewer:
        return None
    tied = [b for b in best if b[0] == least]
    return (written(tied) if written and len(tied) > 1 else tied)[-1][1:]


def _written(tied: list[Kept], pairs: Callable[[], PagePairs], around: tuple[str, str], plain: str) -> list[Kept]:
    """Those of the ``tied`` readings holding the most pairs the page writes outside the run (``plain``, between
    the characters ``around`` it): PagePairs.most_written over the readings as decode_realign writes them."""
    as_readings = [(kept[0], kept[1], 0, kept[3], kept[3]) for kept in tied]
    chosen = {reading[1] for reading in pairs().most_written(as_readings, around, plain)}
    return [kept for kept in tied if kept[1] in chosen]


def _odd(text: str, family: str) -> int:
    """How oddly ``text`` reads (decode_realign's count)."""
    return sum(oddness(text, family))
