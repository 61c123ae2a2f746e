"""Decode stage: bytes -> str, the way a browser would, but checking every label against the bytes.

Order of authority: byte order mark > site rule > HTTP charset > ``<meta>`` prescan > detection. Each
label is mapped to the codec browsers really use (``declared.declared_labels``) and then validated
against the ``plausibility`` score of what it decodes to: labels lie often (``iso-8859-1`` on UTF-8
pages, ``utf-8`` on GBK pages, ``gb2312`` on Big5). Valid UTF-8 with multibyte sequences is UTF-8
whatever the label says. Otherwise the declared codec is kept when it decodes cleanly into plausible
text; if it fails or reads as gibberish and another codec reads clearly better, that codec wins and
the result is marked ``mislabeled`` with the evidence. Pages that mix a legacy codec with raw UTF-8
regions are decoded region by region (``source="mixed"``).
Nothing raises: binary junk decodes to whatever the best codec yields, with replacement characters.

Speed: valid UTF-8 is settled by one strict decode; a large page whose label reads cleanly on a glance
(the first lines holding non-ASCII bytes, as many as the score reads) is decoded once (GB18030 pages through
the faster GBK decoder, see ``encodings.decode_checked``); single-byte codecs are scored on the bytes; each
decoding of a sample is made once and a failed one reports its offset. The contest between codecs is in
``decode_choose``, pages mixing raw UTF-8 into a legacy codec in ``decode_mixed``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace

from .declared import Label, declared_labels, language_codec, with_late_meta
from .decode_choose import (
    ACCEPT,
    CLEAN,
    MARGIN,
    SAMPLE,
    UNSCORED,
    Sample,
    choose_codec,
    first_candidate,
    sample,
)
from .decode_lone_trail import realign_lone_trails
from .decode_mixed import failing_stretch, mixed
from .decode_realign import decode_realigned
from .decode_siblings import sibling_reading
from .decode_utf16 import utf16_cjk_reading, utf16_reading
from .encodings import ASCII_INCOMPATIBLE, decode, decode_checked, non_ascii_count
from .plausibility import plausibility, scored_window
from .record import StrayByte

FEW_MULTIBYTE = 4  # below this many UTF-8 sequences a declared legacy codec may still be right
GLANCE = 1280  # bytes of text lines scored first on a large page: usually all the window plausibility reads

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_BOM_BYTES = tuple(bom for bom, _ in _BOMS)


@dataclass(slots=True, frozen=True)
class Decoded:
    """The decoded text and the decision: ``encoding`` is the Python codec used (the browser's codec for the
    label, e.g. gb18030 for gb2312), ``source`` where it came from (bom, site, http, meta, detected or
    mixed), ``mislabeled`` whether the label with authority was wrong, ``evidence`` why, in one line."""

    text: str
    encoding: str
    source: str
    mislabeled: bool = False
    evidence: str = ""
    declared: str | None = None  # the label that had authority, e.g. "iso-8859-1 (http)"
    regions: int = 1  # >1 only for mixed pages
    strays: tuple[StrayByte, ...] = ()  # bytes left of characters that lost their other byte (offsets into text)


def decode_bytes(data: bytes, content_type: str | None = None, *, site_encoding: str | None = None) -> Decoded:
    """Decode ``data``: BOM > site rule > HTTP charset > <meta> > detection, every label validated."""
    data, padding = _unpadded(data)
    if not data:
        return Decoded("", "utf-8", "detected", evidence="empty input")
    decoded = _decode(data, content_type, site_encoding)
    read = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data  # an overruled mark was not read
    if not decoded.strays and decoded.regions == 1 and (
            found := realign_lone_trails(read, decoded.text, decoded.encoding)) is not None:
        why = f"{len(found[1])} stretch(es) a lost byte threw out of step read in step again (a trail read alone)"
        decoded = replace(decoded, text=found[0], strays=found[1], evidence=f"{decoded.evidence}; {why}")
    if padding:
        return replace(decoded, evidence=f"{decoded.evidence}; {padding} trailing NUL bytes of padding ignored")
    return decoded


def _decode(data: bytes, content_type: str | None, site_encoding: str | None) -> Decoded:
    for bom, codec in _BOMS if data.startswith(_BOM_BYTES) else ():  # (one test for the common case: none)
        if data.startswith(bom):
            if codec == "utf-8":
                return _utf8_bom(data[len(bom):], content_type, site_encoding)
            return _bom(decode(data[len(bom):], codec, "replace") or "", codec)
    labels = declared_labels(data, content_type, site_encoding)
    if found := _found(utf16_reading(data, labels), labels) or _ascii(data, labels):
        return found
    reading = utf8_reading(data)  # a failure is kept: the contest would try UTF-8 again
    if isinstance(reading, str):
        return _utf8(data, reading, labels)
    labels = with_late_meta(data, labels)
    return _found(utf16_cjk_reading(data, reading), labels) or _legacy(data, labels, reading)


def utf8_reading(data: bytes, head: int = 8192) -> str | int:
    """``decode_checked(data, "utf-8")``, with ``head`` bytes decoded first (a character cut at its end is no
    error): a page that is not UTF-8 mostly shows it there, and a decoding error holds a copy of all the bytes it
    was given, so the whole page is not copied for it (a few us a page)."""
    if len(data) > head:
        try:
            codecs.utf_8_decode(memoryview(data)[:head], "strict", False)
        except UnicodeDecodeError as error:
            return error.start
    return decode_checked(data, "utf-8")


_BOM_BELIED = 0.25  # share of a page's non-ASCII characters that must be invalid UTF-8 to overrule its UTF-8 BOM


def _utf8_bom(rest: bytes, content_type: str | None, site_encoding: str | None) -> Decoded:
    """``rest``, the bytes after a UTF-8 byte order mark, decoded as UTF-8 (each byte once: the strict reading
    of valid UTF-8 is its reading), unless they are not UTF-8: an editor or a farm's script prepended the mark
    to a GBK (or other legacy) file, and the decision on ``rest`` without it holds. A UTF-8 text with a few
    damaged sequences keeps its BOM's word (a quarter of its non-ASCII characters must be undecodable)."""
    if isinstance(reading := decode_checked(rest, "utf-8"), str):
        return _bom(reading, "utf-8")  # (valid UTF-8, as nearly every page with the mark: no character counted)
    text = decode(rest, "utf-8", "replace") or ""
    if text.count("\ufffd") > _BOM_BELIED * non_ascii_count(text):
        found = _decode(rest, content_type, site_encoding)
        if found.encoding != "utf-8":
            return replace(found, mislabeled=True, declared=found.declared or "utf-8 (bom)",
                           evidence=f"a UTF-8 byte order mark on bytes that are not UTF-8; {found.evidence}")
    return _bom(text, "utf-8")


def _bom(text: str, codec: str) -> Decoded:
    return Decoded(text, codec, "bom", evidence=f"{codec} byte order mark")


_PADDING = b"\x00" * 16  # a run of NUL bytes at least this long ending the file is padding, no text


def _unpadded(data: bytes) -> tuple[bytes, int]:
    """``data`` without the NUL bytes a crashed or preallocated download leaves at the end of a file
    (no text ends in a run of NULs), and how many were cut. An even number is cut, so UTF-16 text ending
    in an ASCII character keeps its last NUL."""
    if not data.endswith(_PADDING):
        return data, 0
    run = len(data) - len(data.rstrip(b"\x00"))
    cut = run - run % 2
    return data[: len(data) - cut], cut


def _verdict(text: str, codec: str, labels: list[Label], why: str, strays: tuple[StrayByte, ...] = ()) -> Decoded:
    """Name the source of the decision: the first label if it was right, else a later one, else detection."""
    if not labels:
        return Decoded(text, codec, "detected", evidence=f"no label; {why}", strays=strays)
    first = labels[0]
    declared = f"{first.label} ({first.source})"
    if first.codec == codec:
        return Decoded(text, codec, first.source, evidence=f"{first.said()}; {why}", declared=declared, strays=strays)
    agreeing = next((label for label in labels if label.codec == codec), None)
    evidence = f"{first.said()} but {why}" + (f", as {agreeing.said()}" if agreeing else "")
    source = agreeing.source if agreeing else "detected"
    return Decoded(text, codec, source, mislabeled=True, evidence=evidence, declared=declared, strays=strays)


def _ascii(data: bytes, labels: list[Label]) -> Decoded | None:
    if not data.isascii():
        return None
    if b"\x1b$" in data and (text := decode(data, "iso2022_jp_ext")) is not None:
        return _verdict(text, "iso2022_jp_ext", labels, "bytes carry ISO-2022-JP escape sequences")
    usable = [label for label in labels if label.codec not in ASCII_INCOMPATIBLE]
    codec = usable[0].codec if usable else "utf-8"
    return _verdict(data.decode("ascii"), codec, usable, "bytes are ASCII only")


def _utf8(data: bytes, text: str, labels: list[Label]) -> Decoded:
    """Valid UTF-8 (``text``) is UTF-8 unless a legacy label reads the few multibyte sequences better."""
    first = labels[0] if labels else None
    if first is None or first.codec == "utf-8":
        return _verdict(text, "utf-8", labels, "bytes are valid UTF-8")
    continuation = len(data) - len(text)  # each multibyte character has one to three: count them only if few
    few = continuation < 3 * FEW_MULTIBYTE
    if few and (multibyte := non_ascii_count(text)) < FEW_MULTIBYTE:  # (an ASCII byte of UTF-8 is an ASCII character)
        whole = Sample(data)
        legacy, score = whole.text(first.codec), whole.score(first.codec)
        as_utf8 = plausibility(text.replace("\ufffd", ""), "utf-8")  # an encoded U+FFFD is damage in the source
        if legacy is not None and score is not None and score > as_utf8 + MARGIN:
            return _verdict(legacy, first.codec, labels, f"decoded cleanly ({multibyte} UTF-8-like sequences)")
    return _verdict(text, "utf-8", labels, f"bytes are valid UTF-8 ({continuation} continuation bytes)")


def _legacy(data: bytes, labels: list[Label], utf8_failure: int) -> Decoded:
    """Bytes that are not valid UTF-8 (from offset ``utf8_failure``): the labels checked, else a contest."""
    first = first_candidate(labels)
    whole: dict[str, str | int] = {}
    known: dict[str, float] = {}
    small = len(data) <= SAMPLE  # the sample is the whole document: its first score is scored once
    scored = Sample(data, {("utf-8", "strict"): utf8_failure}) if small else None
    glanced, glance = (first is not None and _score(scored, first, known), None) if scored else (
        _glance(data, first, known) if first is not None else (False, None))
    if first in known and known[first] >= CLEAN:  # a first score settles the common case: a right label
        whole[first] = reading = scored.checked(first) if scored else decode_checked(data, first)
        if isinstance(reading, str):
            return _sibling(data, reading, first, labels) or _verdict(
                reading, first, labels, f"decodes cleanly (plausibility {known[first]:.2f})")
    scored = scored or glance or Sample(sample(data, SAMPLE))
    if first is not None and not glanced and (score := scored.score(first)) is not None:
        known[first] = score
    tried = first is not None and known.get(first, UNSCORED) < CLEAN
    if tried and (found := _mixed(data, labels, scored.data)) is not None:
        return found  # the label fits the page but for raw UTF-8 stretches
    hint = language_codec(data) if known.get(first or "", UNSCORED) < ACCEPT else None  # else unused
    codec, score, why = choose_codec(scored, labels, known, hint)
    if scored.data is data:
        reading = scored.checked(codec)
    else:
        reading = whole[codec] if codec in whole else decode_checked(data, codec)
    text = reading if isinstance(reading, str) else None
    # raw UTF-8 may break, blur or belie the chosen codec; where it breaks one, the stretch it fails on is looked at
    # too (a paragraph pasted into a large page is seldom in the sample; a tried small page was looked at whole): a
    # UTF-8 paragraph in a legacy page, or a legacy one in a UTF-8 page (``decode_mixed`` keeps UTF-8 the main codec)
    failing = text is None
    again = failing and tried and scored.data is not data
    if (again or (not tried and (text is None or score < CLEAN or first not in (None, codec)))) and (
            found := _mixed(data, labels, _with_failing_stretch(data, scored.data, reading) if failing else scored.data)
    ) is not None:
        return found
    strays: tuple[StrayByte, ...] = ()
    if text is None:
        text, realigned, strays = decode_realigned(data, codec)
        why += f"; undecodable bytes from offset {reading} replaced ({text.count(chr(0xFFFD))} U+FFFD)"
        why += f"; {realigned} run(s) thrown out of step by a lost byte realigned" if realigned else ""
    return _sibling(data, text, codec, labels) or _verdict(text, codec, labels, why, strays)


def _with_failing_stretch(data: bytes, scored: bytes, failure: str | int) -> bytes:
    """The ``scored`` sample of ``data`` with the stretch holding the byte where the chosen codec fails, at offset
    ``failure`` (``failing_stretch``); the sample alone when it is the whole page or nothing failed."""
    if scored is data or isinstance(failure, str):
        return scored
    return scored + b"\n" + failing_stretch(data, failure)


def _sibling(data: bytes, text: str, codec: str, labels: list[Label]) -> Decoded | None:
    """The verdict for the sibling table of ``codec`` when it reads the bytes better (``sibling_reading``)."""
    return _found(sibling_reading(data, text, codec), labels)


def _found(found: tuple[str, str, str] | None, labels: list[Label]) -> Decoded | None:
    """The verdict on a reading (text, codec, why) a test found, None without one."""
    return _verdict(found[0], found[1], labels, found[2]) if found else None


def _score(scored: Sample, first: str, known: dict[str, float]) -> bool:
    """Score the first label on the whole ``scored`` sample into ``known`` (True: that score is final)."""
    if (score := scored.score(first)) is not None:
        known[first] = score
    return True


def _glance(data: bytes, first: str, known: dict[str, float]) -> tuple[bool, Sample | None]:
    """Score the first label on a ``GLANCE`` of a large page into ``known``; True when that is the score the
    full sample gives (the glance holds the whole window plausibility reads, or all the lines there are);
    and the glance itself when it holds all the lines there are: then it is the full sample, decodings made."""
    glance = Sample(sample(data, GLANCE))
    complete = len(glance.data) < GLANCE  # (the lines in it are fewer bytes still: the budget was never met)
    score, text = glance.score(first), glance.text(first)
    if text is not None and not complete and scored_window(text)[1] > len(text):
        return False, None
    if score is not None:
        known[first] = score
    return True, glance if complete else None


def _mixed(data: bytes, labels: list[Label], scored: bytes) -> Decoded | None:
    """The page decoded region by region (see ``decode_mixed``), as a decision on its labels."""
    found = mixed(data, labels, scored)
    if found is None:
        return None
    first = labels[0] if labels else None
    mislabeled = first is not None and first.codec not in (found.main, found.codec)
    return Decoded(found.text, found.codec, "mixed", mislabeled=mislabeled,
                   evidence=f"{first.said()}; {found.evidence}" if first else found.evidence,
                   declared=f"{first.label} ({first.source})" if first else None, regions=found.regions,
                   strays=found.strays)
