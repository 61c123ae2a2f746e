"""Pages that mix a legacy codec with raw UTF-8 stretches (a UTF-8 headline pasted into a GBK page), or the
reverse: each stretch (text between tags or newlines) that is valid UTF-8 and reads clearly better in UTF-8
than in the page's main codec is decoded as UTF-8, the rest in the main codec. A stretch the main codec
cannot decode may hold UTF-8 words inside it (a keyword or a quote pasted into a Big5 paragraph): a run of
four or more UTF-8 characters reading cleanly, whose removal lets the main codec read the rest, is UTF-8.
A page whose clean UTF-8 stretches outweigh the others is a UTF-8 page: only a stretch that UTF-8 cannot decode and
the legacy codec can is legacy (a GBK paragraph a CMS pasted unconverted); its indents, chrome and damaged stretches
stay UTF-8."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from .declared import Label
from .decode_choose import ACCEPT, MARGIN, Sample, choose_codec
from .decode_lone_trail import realign_lone_trails
from .decode_realign import DOUBLE_BYTE, decode_realigned
from .decode_siblings import legacy_table
from .encodings import decode, non_ascii_count, stretches
from .plausibility import plausibility
from .record import StrayByte

_UTF8_EVIDENCE = 1  # continuation bytes a stretch needs; the contest with the main codec does the rest
# A UTF-8 multibyte sequence starts so: bytes without one hold no stretch that could be UTF-8 text.
_UTF8_START = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
# Indents of ideographic, em, en and no-break spaces: legacy (GBK A1A1, Big5 A140) or UTF-8.
_UTF8_INDENTS = (b"\xe3\x80\x80", b"\xe2\x80\x83", b"\xe2\x80\x82", b"\xc2\xa0")
# GB18030 writes the no-break, en and em spaces in four bytes (NBSP = 81 30 84 32): a GB18030 page's own indent.
_GB18030_INDENTS = (b"\x81\x30\x84\x32", b"\x81\x36\xa3\x38", b"\x81\x36\xa3\x39")
_INDENTS = (b"\xa1\xa1", b"\xa1\x40", *_GB18030_INDENTS, *_UTF8_INDENTS)
_UTF8_SPACES = frozenset("\u3000\u2003\u2002\u00a0")
_ASCII = "".join(map(chr, range(128)))
_FIRST_HIGH = re.compile(rb"[\x80-\xff]")
# Four or more UTF-8 multibyte characters in a row (ASCII spaces and punctuation between them allowed).
_UTF8_CHAR = rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
_UTF8_RUN = re.compile(_UTF8_CHAR + rb"(?:[ -/:-@]?" + _UTF8_CHAR + rb"){3,}")
# What a run of ``_UTF8_RUN`` valid as UTF-8 becomes in the bytes decoded as UTF-8 with replacements: each of its
# characters starts at a lead byte, where the decoder is in step, so each decodes to itself (no U+FFFD).
_UTF8_RUN_TEXT = re.compile("[^\x00-\x7f\ufffd](?:[ -/:-@]?[^\x00-\x7f\ufffd]){3,}")


class Mixed(NamedTuple):
    """A page decoded region by region: ``codec`` is the one most of its stretches use, ``main`` the page's own
    (the one the other is pasted into: a label naming neither is wrong)."""

    text: str
    codec: str
    main: str
    regions: int
    evidence: str
    strays: tuple[StrayByte, ...] = ()  # the bytes a lost byte left in the legacy stretches (.decode_lone_trail)


def mixed(data: bytes, labels: list[Label], scored: bytes) -> Mixed | None:
    """The page decoded per region when some of its stretches are raw UTF-8, else None. The main codec is
    chosen on the other stretches. A large page is only scanned when the bytes ``scored`` for it (which read
    poorly) hold such a line: raw UTF-8 shows there."""
    if not (_UTF8_START.search(data) if scored is data else _holds_utf8(scored, labels)):
        return None
    as_utf8 = data.decode("utf-8", "replace") if scored is data else None  # a small page reading nowhere
    if as_utf8 is not None and not _may_read_as_utf8(data, as_utf8) and not _may_hold_utf8_run(data, as_utf8):
        return None  # as UTF-8 is not split into stretches (a large one holds a UTF-8 line, see _holds_utf8)
    whole = stretches(data)
    spans = [piece for span in whole for piece in _without_indent(data, span)]
    clear = {span: score for span in spans if (score := _utf8_score(data[span[0]:span[1]])) is not None}
    if not clear and not _may_hold_utf8_run(data, as_utf8 or data.decode("utf-8", "replace")):
        return None
    indents = {span for span in spans if _utf8_indent(data[span[0]:span[1]])}
    rest = [span for span in spans if span not in clear and span not in indents]
    # valid UTF-8 that reads poorly even so (a spam line, a footer) is no evidence for the main codec
    unclear = {span: score for span in rest if (score := _utf8_score(data[span[0]:span[1]], float("-inf"))) is not None}
    legacy = [span for span in rest if span not in unclear] or rest
    hint = _script_codec(" ".join(data[b:e].decode("utf-8") for b, e in clear))
    main = legacy_table(b"\n".join(data[b:e] for b, e in legacy), labels, hint)
    readings = {span: decode(data[span[0]:span[1]], main) for span in rest}  # each decoded once
    if main != "utf-8" and _size(clear) > _size(legacy):
        return _legacy_regions(data, spans, readings, main, unclear)
    accepted = {span for span, score in (clear | unclear).items() if _beats(data[span[0]:span[1]], main, score)}
    inner = {span: split for span, reading in readings.items()
             if reading is None and (split := _inner_utf8(data, span, main))}
    if not accepted and not inner:
        return None
    spans = [piece for span in spans for piece in (inner[span][0] if span in inner else [span])]
    accepted |= {run for split in inner.values() for run in split[1]}
    # UTF-8 spaces: a line of them (a line of 聽, NBSP read as GBK, is nobody's text), or a UTF-8 page's
    # own indent before a legacy paragraph pasted into it, where the legacy codec cannot read it
    accepted |= {span for span in indents if span in whole or decode(data[span[0]:span[1]], main) is None}
    text, runs, strays = _joined(data, spans, accepted, main, readings)
    utf8_bytes, legacy_bytes = _size(accepted), _size(rest)
    evidence = f"mixed: {main} with {len(accepted)} UTF-8 stretch(es) at bytes {_byte_ranges(accepted)}"
    codec = "utf-8" if utf8_bytes >= legacy_bytes else main
    return Mixed(text, codec, main, runs, _realigned(evidence, strays), strays)


def _legacy_regions(data: bytes, spans: Spans, readings: dict[tuple[int, int], str | None], main: str,
                    unclear: dict[tuple[int, int], float]) -> Mixed | None:
    """A UTF-8 page holding stretches in the legacy codec ``main`` (a GBK paragraph a CMS pasted unconverted): a
    stretch is read in ``main`` only where it is not UTF-8 (valid UTF-8, even reading poorly, is the page's: an
    NBSP read in GBK is 聽), ``main`` decodes it and UTF-8 cannot (``_not_utf8``); every other stretch stays
    UTF-8 (its indents; a paragraph with a lost byte, which the repair stage flags). None when no stretch is
    read in ``main``."""
    legacy = {span for span, reading in readings.items()
              if span not in unclear and reading is not None and _not_utf8(data[span[0]:span[1]], reading, main)}
    if not legacy:
        return None
    text, runs, strays = _joined(data, spans, set(spans) - legacy, main, readings)
    evidence = f"mixed: utf-8 with {len(legacy)} {main} stretch(es) at bytes {_byte_ranges(legacy)}"
    return Mixed(text, "utf-8", "utf-8", runs, _realigned(evidence, strays), strays)


def _not_utf8(chunk: bytes, reading: str, main: str) -> bool:
    """UTF-8 cannot read ``chunk`` (more of its characters are U+FFFD than not: a UTF-8 paragraph that lost a
    byte has one among many, which a legacy codec's mojibake may outscore) and ``main`` reads it (``reading``)
    clearly better."""
    as_utf8 = chunk.decode("utf-8", "replace")
    lost = as_utf8.count("\ufffd")
    return lost > non_ascii_count(as_utf8) - lost and (
        plausibility(reading, main) >= plausibility(as_utf8, "utf-8") + MARGIN)


def _size(spans: Iterable[tuple[int, int]]) -> int:
    return sum(end - begin for begin, end in spans)


def _byte_ranges(spans: set[tuple[int, int]]) -> str:
    """The first five stretches' byte ranges, for the evidence."""
    return ", ".join(f"{begin}-{end}" for begin, end in sorted(spans)[:5]) + (", ..." if len(spans) > 5 else "")


_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_HAN = re.compile("[\u4e00-\u9fff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[\u00c0-\u024f]")


def _script_codec(text: str) -> str | None:
    """The legacy codec of the script the page's UTF-8 stretches are written in (a page's pasted paragraph is
    in its own language: a Spanish page's Latin-1 paragraph, a Japanese dump's Shift_JIS title), preferred on
    near-ties when choosing the main codec; None for Chinese, which has several."""
    if _KANA.search(text):
        return "cp932"
    if _HANGUL.search(text):
        return "cp949"
    if _HAN.search(text):
        return None
    if _CYRILLIC.search(text):
        return "cp1251"
    return "cp1252" if _LATIN.search(text) else None


def _joined(data: bytes, spans: list[tuple[int, int]], accepted: set[tuple[int, int]], main: str,
            readings: dict[tuple[int, int], str | None]) -> tuple[str, int, tuple[StrayByte, ...]]:
    """The page decoded span by span (UTF-8 for ``accepted`` spans, ``main`` for the others, whose strict
    ``readings`` are reused), how many runs of one codec it has, and the stray bytes of the legacy spans a lost
    byte threw out of step, read in step again (``_legacy``)."""
    pieces, position, runs, previous, length = [], 0, 0, "", 0
    strays: list[StrayByte] = []
    # the page's own lines in its legacy codec, whose pairs judge a run where the decoder fails (the UTF-8 ones
    # read in that codec are mojibake, no evidence)
    legacy = cache(lambda: b"\n".join(data[begin:end] for begin, end in spans if (begin, end) not in accepted))
    for begin, end in spans:
        codec = "utf-8" if (begin, end) in accepted else main
        if codec in DOUBLE_BYTE:
            text, found = _legacy(data[begin:end], readings.get((begin, end)), codec, legacy)
        else:
            known = readings.get((begin, end)) if codec == main else None
            text, found = known if known is not None else decode(data[begin:end], codec, "replace") or "", ()
        gap = data[position:begin].decode("ascii")
        strays += [replace(stray, offset=length + len(gap) + stray.offset) for stray in found]
        pieces += [gap, text]
        length += len(gap) + len(text)
        runs, previous, position = runs + (codec != previous), codec, end
    pieces.append(data[position:].decode("ascii"))
    return "".join(pieces), runs, tuple(strays)


def _legacy(chunk: bytes, known: str | None, codec: str,
            legacy: Callable[[], bytes]) -> tuple[str, tuple[StrayByte, ...]]:
    """A span in a double-byte ``codec`` (its strict reading ``known``, None where it fails) read in step where a
    lost byte threw it out (a span is a line, which holds such a run): where the decoder fails (.decode_realign),
    or where it reads a trail alone (.decode_lone_trail), judged on the pairs the page's ``legacy`` lines write;
    and its stray bytes."""
    if known is None:
        realigned = decode_realigned(chunk, codec, legacy())
        return realigned.text, realigned.strays
    found = realign_lone_trails(chunk, known, codec, legacy())
    return found if found is not None else (known, ())


def _realigned(evidence: str, strays: tuple[StrayByte, ...]) -> str:
    why = f"; {len(strays)} stretch(es) a lost byte threw out of step read in step again (a trail read alone)"
    return evidence + why if strays else evidence


def _may_hold_utf8_run(data: bytes, text: str) -> bool:
    """Whether ``data`` may hold a run of ``_UTF8_RUN`` valid as UTF-8 (an invalid one is no run, see
    ``_inner_utf8``): searched on its UTF-8 decoding with replacements ``text``, which C makes faster than
    the byte pattern, unless the bytes encode a U+FFFD of their own."""
    return b"\xef\xbf\xbd" in data or _UTF8_RUN_TEXT.search(text) is not None


def _may_read_as_utf8(data: bytes, text: str) -> bool:
    """Whether a stretch of ``data`` may read as UTF-8 (``_utf8_score``), on its UTF-8 decoding with
    replacements ``text`` (lines decode in place): one of its lines has a non-ASCII character and no U+FFFD
    after its ASCII and the legacy indent (A1A1 or A140, read as U+FFFD U+FFFD or U+FFFD @) of its
    stretch; or the bytes hold a UTF-8 space (an indent of them is split off a stretch) or encode a U+FFFD."""
    if b"\xef\xbf\xbd" in data or any(space in data for space in _UTF8_INDENTS):
        return True
    for line in itertools.filterfalse(str.isascii, text.replace("<", "\n").split("\n")):
        rest = line.lstrip(_ASCII)
        while rest.startswith(("\ufffd\ufffd", "\ufffd@")):
            rest = rest[2:]
        if "\ufffd" not in rest and not rest.isascii():
            return True
    return False


def _without_indent(data: bytes, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A stretch split after the indent of spaces its text starts with: a paragraph pasted into a page
    in another encoding keeps the page's own indent before it (legacy ideographic spaces before a
    UTF-8 paragraph, UTF-8 em spaces before a GBK one). Every stretch holds a non-ASCII byte."""
    begin, end = span
    indent = text = _FIRST_HIGH.search(data, begin, end).start()  # type: ignore[union-attr]
    while (space := next((s for s in _INDENTS if data.startswith(s, indent)), None)) and indent + len(space) < end:
        indent += len(space)
    return [(begin, indent), (indent, end)] if indent > text else [span]


Spans = list[tuple[int, int]]


def _inner_utf8(data: bytes, span: tuple[int, int], main: str) -> tuple[Spans, Spans] | None:
    """A stretch ``main`` cannot decode, split around the clean UTF-8 runs inside it: (pieces, UTF-8 runs),
    when without those runs ``main`` reads every piece; else None."""
    begin, end = span
    chunk = data[begin:end]
    runs = [(begin + m.start(), begin + m.end()) for m in _UTF8_RUN.finditer(chunk)
            if (text := decode(m[0], "utf-8")) is not None and plausibility(text, "utf-8") >= ACCEPT]
    bounds = [begin, *(edge for run in runs for edge in run), end]
    pieces = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    if not runs or any(decode(data[a:b], main) is None for a, b in pieces if (a, b) not in runs):
        return None
    return pieces, runs


def _utf8_indent(chunk: bytes) -> bool:
    """``chunk`` (its ASCII included) is UTF-8 spaces only: an indent. Without their bytes, no decoding."""
    if not any(space in chunk for space in _UTF8_INDENTS):
        return False
    text = decode(chunk, "utf-8")
    return text is not None and not text.isascii() and set(text.strip(" \t\r\n")) <= _UTF8_SPACES


def failing_stretch(data: bytes, failure: int) -> bytes:
    """The stretch of ``data`` (text between tags or line breaks) holding the byte at offset ``failure``, without
    the indent it opens with (a UTF-8 paragraph pasted after a page's own GBK indent), for ``mixed`` to look at."""
    start = max(data.rfind(b">", 0, failure), data.rfind(b"\n", 0, failure)) + 1
    ends = [end for end in (data.find(b"<", failure), data.find(b"\n", failure)) if end >= 0]
    begin, end = _without_indent(data, (start, min(ends, default=len(data))))[-1]
    return data[begin:end]


def _holds_utf8(scored: bytes, labels: list[Label]) -> bool:
    """The search of ``mixed`` on the lines of a sample: one of them is UTF-8 reading clearly better than
    the codec chosen on the others."""
    if not _UTF8_START.search(scored):
        return False
    # Decoded as UTF-8 with replacements at once, the lines stay in step (``<`` and newlines decode in place):
    # only a line reading with no U+FFFD and a non-ASCII character can score, unless a U+FFFD is encoded.
    texts = scored.decode("utf-8", "replace").replace("<", "\n").split("\n")
    encoded = b"\xef\xbf\xbd" in scored
    lines = [(line, _utf8_score(line) if encoded or ("\ufffd" not in text and not text.isascii()) else None)
             for line, text in zip(scored.replace(b"<", b"\n").split(b"\n"), texts, strict=True)]
    if all(score is None for _, score in lines):
        return False
    main = choose_codec(Sample(b"\n".join(line for line, score in lines if score is None)), labels)[0]
    return any(score is not None and _beats(line, main, score) for line, score in lines)


def _utf8_score(chunk: bytes, floor: float = ACCEPT) -> float | None:
    """The plausibility of ``chunk`` as UTF-8 when it is valid UTF-8 with a multibyte character and reads
    cleanly (at least ``floor``), else None."""
    text = chunk.decode("utf-8", "replace")  # no exception to raise: most chunks tried are not UTF-8
    if "\ufffd" in text and (b"\xef\xbf\xbd" not in chunk or decode(chunk, "utf-8") is None):
        return None  # invalid, unless each U+FFFD was encoded in the chunk itself
    score = plausibility(text, "utf-8")
    return score if len(chunk) - len(text) >= _UTF8_EVIDENCE and score >= floor else None


def _beats(chunk: bytes, main: str, utf8_score: float) -> bool:
    """A clean UTF-8 stretch reads clearly better in UTF-8 (``utf8_score``) than in ``main``."""
    legacy = decode(chunk, main)
    return legacy is None or utf8_score >= plausibility(legacy, main) + MARGIN
