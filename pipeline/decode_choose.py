"""Choosing a codec for bytes whose labels may lie: which bytes to score, and the contest between codecs.

A document's ``sample`` (all of a small one, the first lines holding non-ASCII bytes of a large one) is
decoded by each candidate codec (declared ones first, then UTF-8, then ``DETECT``) and scored by
``plausibility``; the first label keeps near-ties, another codec must beat it clearly.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .declared import Label
from .encodings import (
    HIGH_BYTES,
    UTF16,
    byte_count,
    decode_checked,
    encode,
    first_high,
    non_ascii_count,
    references_read,
    single_byte_table,
    stretch_bytes,
)
from .plausibility import byte_window, plausibility, window_plausibility

# Candidates for detection, in order of preference on ties. Arabic comes last: scored only when no earlier
# codec reads well (a page without a label or an <html lang>). Hebrew and Thai are not detected (legacy CJK
# bytes read as their letters score well: those pages need a label or their <html lang>); Greek only on bytes
# that look Greek (``_greek_candidates``).
DETECT = ("gb18030", "big5hkscs", "cp932", "euc_jp", "cp949", "cp1252", "cp1251", "koi8-r", "koi8-u", "cp1250",
          "cp1256")
# Greek text reads well as Cyrillic (windows-1251 reads its letters as Cyrillic ones) and Cyrillic or Korean
# bytes read well as Greek, but Greek writes an accented vowel in nearly every word: ά έ ή ί ό ύ ώ, the same bytes
# in both Greek tables, a tenth of its non-ASCII bytes, where Russian, Ukrainian and CJK bytes hold under 5%.
GREEK = ("iso8859-7", "cp1253")
_TONOS = bytes((*range(0xDC, 0xE0), *range(0xFC, 0xFF)))
_TONOS_SHARE = 0.07
ACCEPT = 0.9  # a declared codec whose decoding scores this high is kept without a contest
PRIOR = 0.1  # near-ties among detected codecs go to the more common one (earlier in DETECT)
MARGIN = 0.2  # another codec must beat the declared one by this much to override it
SAMPLE = 4096  # bytes scored when choosing a codec for a large document
CLEAN = 0.97  # a reading this plausible is clean: no raw UTF-8 regions are looked for
UNSCORED = -9.0  # below any score: what codecs not scored count as
# Codecs that write a letter's tone mark as a combining character after it (windows-1258): scored as the
# text reads once composed, as the repair stage's ``compose`` gives it.
COMPOSED_LATER = frozenset(("cp1258",))


class Sample:
    """Bytes scored when choosing a codec; each decoding of them is computed once."""

    __slots__ = ("_texts", "_window", "data")

    def __init__(self, data: bytes, texts: dict[tuple[str, str], str | int] | None = None) -> None:
        """``texts``: decodings of ``data`` already made, by (codec, errors), as ``checked`` gives them."""
        self.data = data
        self._texts: dict[tuple[str, str], str | int] = texts or {}
        self._window: bytes | None = None

    def checked(self, codec: str, errors: str = "strict") -> str | int:
        """The decoding, or the offset where strict decoding fails."""
        key = (codec, errors)
        if (found := self._texts.get(key)) is None:
            found = self._texts[key] = decode_checked(self.data, codec, errors)
        return found

    def text(self, codec: str, errors: str = "strict") -> str | None:
        text = self.checked(codec, errors)
        return text if isinstance(text, str) else None

    def score(self, codec: str, errors: str = "strict", floor: float = float("-inf")) -> float | None:
        """The plausibility of the decoding (None when it fails); single-byte codecs are scored on the bytes."""
        if codec in COMPOSED_LATER and (text := self.text(codec, errors)) is not None:
            return plausibility(unicodedata.normalize("NFC", text), codec, floor)
        if single_byte_table(codec) is not None:  # (a full table: no byte fails)
            if self._window is None:
                self._window = byte_window(self.data)
            return window_plausibility(self._window, codec, floor)
        reading = self.checked(codec, errors)
        return plausibility(reading, codec, floor) if isinstance(reading, str) else None


def sample(data: bytes, budget: int) -> bytes:
    """The bytes to score: all of a small document, else its first stretches (lines of text holding
    non-ASCII bytes, see ``stretches``), ``budget`` bytes of them from a bounded stretch starting at the line
    of the first non-ASCII byte: markup and scripts are mostly ASCII, and an English theme's chrome may run
    longer than the bound before the story whose bytes decide. A smaller budget gives a prefix of what a
    larger one gives."""
    if len(data) <= SAMPLE:
        return data
    start = max(first_high(data), 0)
    begin = max(data.rfind(b"<", 0, start), data.rfind(b"\n", 0, start), 0)
    if begin + 16 * SAMPLE >= len(data):
        return stretch_bytes(data, budget, begin)  # (the bound holds the rest of the page: nothing copied)
    prefix = data[begin : begin + 16 * SAMPLE]
    if (cut := max(prefix.rfind(b"<"), prefix.rfind(b"\n"))) > 0:
        prefix = prefix[:cut]  # a character may straddle the end of the prefix
    return stretch_bytes(prefix, budget)


def first_candidate(labels: list[Label]) -> str | None:
    """The codec of the label with authority, unless it is UTF-16 (which already failed on these bytes)."""
    return labels[0].codec if labels and labels[0].codec not in UTF16 else None


def candidates(labels: list[Label], hint: str | None = None) -> tuple[str, ...]:
    """Declared codecs first, then UTF-8 (a sample may be valid where the whole is not), then the page
    language's codec (``hint``), then DETECT."""
    return _ordered(tuple(label.codec for label in labels if label.codec not in UTF16), hint)


@functools.lru_cache(maxsize=256)  # a few label combinations recur on every page
def _ordered(declared: tuple[str, ...], hint: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*declared, "utf-8", *([hint] if hint else []), *DETECT]))


def choose_codec(sample: Sample, labels: list[Label], known: dict[str, float] | None = None,
                 hint: str | None = None) -> tuple[str, float, str]:
    """The codec that reads ``sample`` best, its plausibility and a short reason; the first label wins
    near-ties. Codecs that fail on some bytes compete (with U+FFFD) only when no clean reading is good.
    ``known`` holds scores already computed for this sample; ``hint`` is the page language's codec."""
    first = first_candidate(labels)
    ordered_candidates = candidates(labels, hint)
    scores = dict(known or {})
    if scores.get(first or "", UNSCORED) < ACCEPT:
        scores = _scores(sample, ordered_candidates, first, "strict", scores)
        if max(scores.values(), default=UNSCORED) < 1 - PRIOR and (greek := _greek_candidates(sample.data)):
            ordered_candidates += greek  # (last: looked at only where no other codec reads well)
            scores = _scores(sample, ordered_candidates, first, "strict", scores)
    if first in scores and scores[first] >= ACCEPT:
        return first, scores[first], f"decodes cleanly (plausibility {scores[first]:.2f})"
    clean = set(scores)
    if max(scores.values(), default=UNSCORED) < ACCEPT:
        scores = _scores(sample, ordered_candidates, first, "replace", scores)
    ordered = {codec: scores[codec] for codec in ordered_candidates if codec in scores}
    top = max(ordered.values())
    best = _winner(ordered, first)
    best = _latin_without_utf8(sample, ordered, best, first) or best
    how = "" if best in clean else " with replacements"
    if best != first and first in clean and (misread := sample.text(first)) is not None \
            and utf8_misread(misread, first):
        return first, ordered[first], (f"decodes cleanly to UTF-8 text misread as {first} before it was saved "
                                       f"(left to the repair stage; {best} reads {ordered[best]:.2f})")
    if best == first:
        return first, ordered[first], f"decodes{how} (plausibility {ordered[first]:.2f}, best other {top:.2f})"
    runner_up = max((score for codec, score in ordered.items() if codec != best), default=UNSCORED)
    detail = f"{best} reads best{how} (plausibility {ordered[best]:.2f}, next {runner_up:.2f})"
    if first is not None:
        detail = (f"bytes are not valid {first}" if first not in clean else
                  f"{first} reads poorly ({ordered[first]:.2f})") + f"; {detail}"
    return best, ordered[best], detail


def _greek_candidates(data: bytes) -> tuple[str, ...]:
    """``GREEK`` when the accented vowels make ``_TONOS_SHARE`` of the non-ASCII bytes of ``data``, else none."""
    high = byte_count(data, HIGH_BYTES)
    tonos = byte_count(data, _TONOS)
    return GREEK if high and tonos >= _TONOS_SHARE * high else ()


def _winner(ordered: dict[str, float], first: str | None) -> str:
    """The best of the ``ordered`` scores (near-ties to the earlier codec); the first label is kept unless another
    codec beats it clearly, or reads cleanly where it does not."""
    top = max(ordered.values())
    best = next(codec for codec, score in ordered.items() if score >= top - PRIOR)
    if first in ordered and ordered[first] + MARGIN > ordered[best] and not ordered[first] < ACCEPT <= CLEAN <= top:
        best = first
    return best


# The single-byte tables of Latin scripts: they read the same ASCII letters and differ in a few accented ones.
LATIN_TABLES = frozenset(("cp1252", "iso8859-15", "cp1250", "iso8859-2", "cp1254", "cp1257", "latin-1"))
# A UTF-8 multibyte character: in a page that is not UTF-8, the mojibake of text once misread (ü saved as Ã¼);
# a continuation byte the page's table has no character for was saved as a reference (ß's C3 9F: Ã&#376;).
_CONTINUATION = rb"(?:[\x80-\xbf]|&#\d{2,7};)"
_UTF8_CHARACTER = re.compile(rb"[\xc2-\xdf]%s|[\xe0-\xef]%s{2}|[\xf0-\xf4]%s{3}" % ((_CONTINUATION,) * 3))


def _without_utf8(sample: Sample) -> Sample | None:
    """The ``sample`` without its UTF-8 characters when it holds some but is not UTF-8: raw UTF-8 in a Latin
    page is mojibake whichever table reads it, no evidence for one table over another (windows-1250 reads ü's
    C3 BC as Ăź, which the score does not take for UTF-8 read as Latin, as it takes windows-1252's Ã¼): the tables
    are weighed on the page's own bytes. None when there is nothing to cut."""
    if isinstance(sample.checked("utf-8"), str):
        return None
    bare = _UTF8_CHARACTER.sub(b"", sample.data)
    return Sample(bare) if len(bare) < len(sample.data) else None


def _latin_without_utf8(sample: Sample, ordered: dict[str, float], best: str, first: str | None) -> str | None:
    """The Latin table that reads ``sample`` best without its raw UTF-8 (``_without_utf8``), when ``best`` is a Latin
    table or another legacy codec reading poorly (UTF-8 winning with replacements is the page's own): a Latin
    page's misread headline (â€‹ for each zero-width space a farm put in it) may fill the scored window, where
    GB18030 reads it as ideographs; a Latin table must then read the rest cleanly. None when nothing changes, or
    when ``best`` is the label's codec, or windows-1252 without one (the table ties go to: the bytes chose it
    whatever else the mojibake did)."""
    if best in ("utf-8", first or "cp1252") or (best not in LATIN_TABLES and ordered[best] >= ACCEPT) or (
            bare := _without_utf8(sample)) is None:
        return None
    latin = {codec: bare.score(codec) or UNSCORED for codec in ordered if codec in LATIN_TABLES}
    winner = _winner(latin, first) if latin else None
    return winner if winner is not None and (best in LATIN_TABLES or latin[winner] >= ACCEPT) else None


# The least non-ASCII text, and the largest share of it that may fail to read back as UTF-8 (a real GBK text:
# 0.75 and more; UTF-8 read as GBK with U+FFFD for bad pairs: about 0.3, as a lost pair leaves its neighbours
# incomplete), for text to count as UTF-8 misread as a legacy codec.
_MISREAD_MIN = 12
_MISREAD_LOSS = 0.45


def utf8_misread(text: str, codec: str) -> bool:
    """Whether ``text`` (``codec``'s clean reading of a page's bytes) is UTF-8 text a site read as ``codec``
    and saved as such (a GBK-labelled page of 浠婂ぉ澶╂皵, U+FFFD where a byte pair was invalid): the
    characters between the U+FFFD, written back in ``codec``, are UTF-8 again. A real legacy text almost
    never is: its byte pairs are not UTF-8 sequences. Such a label is right about the bytes; the text is
    the repair stage's. A single-byte page's references to its codec's characters are read first (a
    Latin-1 page writes the € of a misread ” as ``&#8364;``, beside the raw bytes)."""
    chunks = [chunk for chunk in references_read(text, codec).split("\ufffd") if not chunk.isascii()]
    if sum(map(non_ascii_count, chunks)) < _MISREAD_MIN:
        return False
    try:
        back = [encode(chunk, codec).decode("utf-8", "replace") for chunk in chunks]
    except UnicodeError:
        return False
    lost = sum(chunk.count("\ufffd") for chunk in back)
    read = sum(map(non_ascii_count, back))
    return read > 0 and lost <= _MISREAD_LOSS * read


def _scores(sample: Sample, candidates: tuple[str, ...], first: str | None, errors: str,
            scores: dict[str, float]) -> dict[str, float]:
    """Add the plausibility of each candidate not scored yet; stop once one reads well enough to win."""
    scores = dict(scores)
    top = max(scores.values(), default=UNSCORED)  # (kept as scores are added: the floor of the next codec)
    for codec in candidates:
        floor = top - PRIOR if codec != first else UNSCORED
        if codec in scores or (score := sample.score(codec, errors, floor)) is None:
            continue
        scores[codec] = score
        top = max(top, score)
        if (codec == first and score >= ACCEPT) or score >= 1 - PRIOR:
            break  # scores are at most 1: no later codec can beat this one by the prior
    return scores
