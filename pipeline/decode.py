"""Decode stage: bytes -> str, the way a browser would, but checking every label against the bytes.

Order of authority: byte order mark > site rule > HTTP charset > ``<meta>`` prescan > detection. Each
label is mapped to the codec browsers really use (``encodings.declared_labels``) and then validated
against the ``plausibility`` score of what it decodes to: labels lie often (``iso-8859-1`` on UTF-8
pages, ``utf-8`` on GBK pages, ``gb2312`` on Big5). Valid UTF-8 with multibyte sequences is UTF-8
whatever the label says. Otherwise the declared codec is kept when it decodes cleanly into plausible
text; if it fails or reads as gibberish and another codec reads clearly better, that codec wins and
the result is marked ``mislabeled`` with the evidence. Pages that mix a legacy codec with raw UTF-8
regions are decoded region by region (``source="mixed"``).
Nothing raises: binary junk decodes to whatever the best codec yields, with replacement characters.

Speed: valid UTF-8 is settled by one strict decode; a large page whose label reads cleanly on a glance
(the first lines holding non-ASCII bytes, as many as the score reads) is decoded once; single-byte codecs
are scored on the bytes; each decoding of a sample is made once and a failed one reports its offset.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .encodings import (
    ASCII_INCOMPATIBLE,
    HIGH_BYTES,
    UTF16,
    Label,
    declared_labels,
    decode,
    decode_checked,
    stretches,
)
from .plausibility import byte_plausibility, plausibility, scored_window

# Candidates for detection, in order of preference on ties.
DETECT = ("gb18030", "big5hkscs", "cp932", "euc_jp", "cp949", "cp1252", "cp1251", "koi8-r", "koi8-u", "cp1250")
ACCEPT = 0.9  # a declared codec whose decoding scores this high is kept without a contest
PRIOR = 0.1  # near-ties among detected codecs go to the more common one (earlier in DETECT)
MARGIN = 0.2  # another codec must beat the declared one by this much to override it
FEW_MULTIBYTE = 4  # below this many UTF-8 sequences a declared legacy codec may still be right
SAMPLE = 4096  # bytes scored when choosing a codec for a large document
GLANCE = 1280  # bytes of text lines scored first on a large page: usually all the window plausibility reads
CLEAN = 0.97  # a main-codec reading below this is searched for raw UTF-8 regions

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF8_EVIDENCE = 1  # continuation bytes a stretch needs; the contest with the main codec does the rest


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


def decode_bytes(data: bytes, content_type: str | None = None, *, site_encoding: str | None = None) -> Decoded:
    """Decode ``data``: BOM > site rule > HTTP charset > <meta> > detection, every label validated."""
    if not data:
        return Decoded("", "utf-8", "detected", evidence="empty input")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = decode(data[len(bom):], codec, "replace") or ""
            return Decoded(text, codec, "bom", evidence=f"{codec} byte order mark")
    labels = declared_labels(data, content_type, site_encoding)
    return _utf16(data, labels) or _ascii(data, labels) or _utf8(data, labels) or _legacy(data, labels)



def _verdict(text: str, codec: str, labels: list[Label], why: str) -> Decoded:
    """Name the source of the decision: the first label if it was right, else a later one, else detection."""
    if not labels:
        return Decoded(text, codec, "detected", evidence=f"no label; {why}")
    first = labels[0]
    declared = f"{first.label} ({first.source})"
    if first.codec == codec:
        return Decoded(text, codec, first.source, evidence=f"{first.said()}; {why}", declared=declared)
    agreeing = next((label for label in labels if label.codec == codec), None)
    evidence = f"{first.said()} but {why}" + (f", as {agreeing.said()}" if agreeing else "")
    source = agreeing.source if agreeing else "detected"
    return Decoded(text, codec, source, mislabeled=True, evidence=evidence, declared=declared)


def _utf16(data: bytes, labels: list[Label]) -> Decoded | None:
    """UTF-16 without a BOM: declared by a header, or betrayed by NUL bytes in every other position."""
    head = data[:4096]
    declared = next((label.codec for label in labels if label.codec in UTF16), None)
    if declared is None and b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = max(len(head) // 2, 1)
    guess = "utf-16-le" if odd > 0.3 * pairs > 10 * even else "utf-16-be" if even > 0.3 * pairs > 10 * odd else None
    for codec in dict.fromkeys(c for c in (guess, declared) if c):
        text = decode(data, codec)
        if text is not None and (codec == guess or plausibility(text[:2000], codec) >= ACCEPT):
            return _verdict(text, codec, labels, f"bytes are {codec} ({odd + even} NUL bytes in the first 4 KB)")
    return None


def _ascii(data: bytes, labels: list[Label]) -> Decoded | None:
    if not data.isascii():
        return None
    if b"\x1b$" in data and (text := decode(data, "iso2022_jp_ext")) is not None:
        return _verdict(text, "iso2022_jp_ext", labels, "bytes carry ISO-2022-JP escape sequences")
    usable = [label for label in labels if label.codec not in ASCII_INCOMPATIBLE]
    codec = usable[0].codec if usable else "utf-8"
    return _verdict(data.decode("ascii"), codec, usable, "bytes are ASCII only")


def _utf8(data: bytes, labels: list[Label]) -> Decoded | None:
    text = decode(data, "utf-8")
    if text is None:
        return None
    first = labels[0] if labels else None
    if first is None or first.codec == "utf-8":
        return _verdict(text, "utf-8", labels, "bytes are valid UTF-8")
    continuation = len(data) - len(text)  # each multibyte character has one to three: count them only if few
    few = continuation < 3 * FEW_MULTIBYTE
    if few and (multibyte := len(text) - len(data.translate(None, HIGH_BYTES))) < FEW_MULTIBYTE:
        whole = _Sample(data)
        legacy, score = whole.text(first.codec), whole.score(first.codec)
        as_utf8 = plausibility(text.replace("\ufffd", ""), "utf-8")  # an encoded U+FFFD is damage in the source
        if legacy is not None and score is not None and score > as_utf8 + MARGIN:
            return _verdict(legacy, first.codec, labels, f"decoded cleanly ({multibyte} UTF-8-like sequences)")
    return _verdict(text, "utf-8", labels, f"bytes are valid UTF-8 ({continuation} continuation bytes)")


def _legacy(data: bytes, labels: list[Label]) -> Decoded:
    first, whole, known = _first_candidate(labels), dict[str, str | int](), dict[str, float]()
    glanced = first is not None and len(data) > SAMPLE and _glance(data, first, known)
    if first in known and known[first] >= CLEAN:  # a glance settles the common case: a right label
        whole[first] = reading = decode_checked(data, first)
        if isinstance(reading, str):
            return _verdict(reading, first, labels, f"decodes cleanly (plausibility {known[first]:.2f})")
    sample = _Sample(_sample(data, SAMPLE))
    if first is not None and not glanced and (score := sample.score(first)) is not None:
        known[first] = score
    tried = first is not None and known.get(first, -9.0) < CLEAN
    if tried and (mixed := _mixed(data, labels, sample.data)) is not None:
        return mixed  # the label fits the page but for raw UTF-8 stretches
    codec, score, why = choose_codec(sample, labels, known)
    if sample.data is data:
        reading = sample.checked(codec)
    else:
        reading = whole[codec] if codec in whole else decode_checked(data, codec)
    text = reading if isinstance(reading, str) else None
    if not tried and (text is None or score < CLEAN or first not in (None, codec)) and (
            mixed := _mixed(data, labels, sample.data)) is not None:
        return mixed  # raw UTF-8 may break, blur or belie the chosen codec
    if text is None:
        text = decode(data, codec, "replace") or ""
        why += f"; undecodable bytes from offset {reading} replaced ({text.count(chr(0xFFFD))} U+FFFD)"
    return _verdict(text, codec, labels, why)


def _glance(data: bytes, first: str, known: dict[str, float]) -> bool:
    """Score the first label on a ``GLANCE`` of a large page into ``known``; True when that is the score the
    full sample gives (the glance holds the whole window plausibility reads, or all the lines there are)."""
    glance = _Sample(_sample(data, GLANCE))
    score, text = glance.score(first), glance.text(first)
    if text is not None and len(glance.data) >= GLANCE and scored_window(text)[1] > len(text):
        return False
    if score is not None:
        known[first] = score
    return True


class _Sample:
    """Bytes scored when choosing a codec; each decoding of them is computed once."""

    __slots__ = ("_texts", "data")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._texts: dict[tuple[str, str], str | int] = {}

    def checked(self, codec: str, errors: str = "strict") -> str | int:
        """The decoding, or the offset where strict decoding fails."""
        key = (codec, errors)
        if key not in self._texts:
            self._texts[key] = decode_checked(self.data, codec, errors)
        return self._texts[key]

    def text(self, codec: str, errors: str = "strict") -> str | None:
        text = self.checked(codec, errors)
        return text if isinstance(text, str) else None

    def score(self, codec: str, errors: str = "strict", floor: float = float("-inf")) -> float | None:
        """The plausibility of the decoding (None when it fails); single-byte codecs are scored on the bytes."""
        score = byte_plausibility(self.data, codec, floor)
        if score is None and (text := self.text(codec, errors)) is not None:
            score = plausibility(text, codec, floor)
        return score


def _first_candidate(labels: list[Label]) -> str | None:
    """The codec of the label with authority, unless it is UTF-16 (which already failed on these bytes)."""
    return labels[0].codec if labels and labels[0].codec not in UTF16 else None


def _candidates(labels: list[Label]) -> list[str]:
    """Declared codecs first, then UTF-8 (a sample may be valid where the whole is not), then DETECT."""
    declared = [label.codec for label in labels if label.codec not in UTF16]
    return list(dict.fromkeys([*declared, "utf-8", *DETECT]))


def choose_codec(sample: _Sample, labels: list[Label], known: dict[str, float] | None = None) -> tuple[str, float, str]:
    """The codec that reads ``sample`` best, its plausibility and a short reason; the first label wins
    near-ties. Codecs that fail on some bytes compete (with U+FFFD) only when no clean reading is good.
    ``known`` holds scores already computed for this sample."""
    first = _first_candidate(labels)
    candidates = _candidates(labels)
    scores = dict(known or {})
    if scores.get(first or "", -9.0) < ACCEPT:
        scores = _scores(sample, candidates, first, "strict", scores)
    if first in scores and scores[first] >= ACCEPT:
        return first, scores[first], f"decodes cleanly (plausibility {scores[first]:.2f})"
    clean = set(scores)
    if max(scores.values(), default=-9.0) < ACCEPT:
        scores = _scores(sample, candidates, first, "replace", scores)
    ordered = {codec: scores[codec] for codec in candidates if codec in scores}
    top = max(ordered.values())
    best = next(codec for codec, score in ordered.items() if score >= top - PRIOR)
    if first in ordered and ordered[first] + MARGIN > ordered[best] and not ordered[first] < ACCEPT <= CLEAN <= top:
        best = first  # kept unless another codec beats it clearly, or reads cleanly where it does not
    how = "" if best in clean else " with replacements"
    if best == first:
        return first, ordered[first], f"decodes{how} (plausibility {ordered[first]:.2f}, best other {top:.2f})"
    runner_up = max((score for codec, score in ordered.items() if codec != best), default=-9.0)
    detail = f"{best} reads best{how} (plausibility {ordered[best]:.2f}, next {runner_up:.2f})"
    if first is not None:
        detail = (f"bytes are not valid {first}" if first not in clean else
                  f"{first} reads poorly ({ordered[first]:.2f})") + f"; {detail}"
    return best, ordered[best], detail


def _scores(sample: _Sample, candidates: list[str], first: str | None, errors: str,
            scores: dict[str, float]) -> dict[str, float]:
    """Add the plausibility of each candidate not scored yet; stop once one reads well enough to win."""
    scores = dict(scores)
    for codec in candidates:
        floor = max(scores.values(), default=-9.0) - PRIOR if codec != first else -9.0
        if codec in scores or (score := sample.score(codec, errors, floor)) is None:
            continue
        scores[codec] = score
        if (codec == first and score >= ACCEPT) or score >= 1 - PRIOR:
            break  # scores are at most 1: no later codec can beat this one by the prior
    return scores


def _sample(data: bytes, budget: int) -> bytes:
    """The bytes to score: all of a small document, else its first stretches (lines of text holding
    non-ASCII bytes, see ``stretches``), ``budget`` bytes of them from a bounded prefix: markup and scripts
    are mostly ASCII. A ``GLANCE`` holds the whole window that plausibility reads (for codecs of up to two
    bytes a character), so it scores a page like the full sample does."""
    if len(data) <= SAMPLE:
        return data
    prefix = data[:16 * SAMPLE]
    if len(prefix) < len(data) and (cut := max(prefix.rfind(b"<"), prefix.rfind(b"\n"))) > 0:
        prefix = prefix[:cut]  # a character may straddle the end of the prefix
    return b"".join(prefix[begin:end] for begin, end in stretches(prefix, budget=budget))


def _mixed(data: bytes, labels: list[Label], sample: bytes) -> Decoded | None:
    """A legacy page with raw UTF-8 stretches, or the reverse: stretches (text between tags or newlines)
    that are valid UTF-8 and read cleanly are set apart, the main codec is chosen on the others, and each
    stretch that reads clearly better in UTF-8 than in the main codec is decoded as UTF-8. A large page is
    only scanned when its ``sample`` (which read poorly) holds such a line: raw UTF-8 shows there."""
    if sample is not data and not _holds_utf8(sample, labels):
        return None
    spans = stretches(data)
    clear = {span: score for span in spans if (score := _utf8_score(data[span[0]:span[1]])) is not None}
    if not clear:
        return None
    rest = [span for span in spans if span not in clear]
    main, _, _ = choose_codec(_Sample(_sample(b"\n".join(data[b:e] for b, e in rest), SAMPLE)), labels)
    accepted = {span for span, score in clear.items() if _beats(data[span[0]:span[1]], main, score)}
    if not accepted:
        return None
    pieces, position, runs, previous = [], 0, 0, ""
    for begin, end in spans:
        codec = "utf-8" if (begin, end) in accepted else main
        pieces += [data[position:begin].decode("ascii"), decode(data[begin:end], codec, "replace") or ""]
        runs, previous, position = runs + (codec != previous), codec, end
    pieces.append(data[position:].decode("ascii"))
    utf8_bytes = sum(end - begin for begin, end in accepted)
    legacy_bytes = sum(end - begin for begin, end in rest)
    codec = "utf-8" if utf8_bytes >= legacy_bytes else main
    at = ", ".join(f"{begin}-{end}" for begin, end in sorted(accepted)[:5]) + (", ..." if len(accepted) > 5 else "")
    evidence = f"mixed: {main} with {len(accepted)} UTF-8 stretch(es) at bytes {at}"
    first = labels[0] if labels else None
    return Decoded("".join(pieces), codec, "mixed", mislabeled=first is not None and first.codec not in (main, codec),
                   evidence=f"{first.said()}; {evidence}" if first else evidence,
                   declared=f"{first.label} ({first.source})" if first else None, regions=runs)


def _holds_utf8(sample: bytes, labels: list[Label]) -> bool:
    """The search of ``_mixed`` on the lines of a sample: one of them is UTF-8 reading clearly better than
    the codec chosen on the others."""
    scored = [(line, _utf8_score(line)) for line in sample.replace(b"<", b"\n").split(b"\n")]
    if all(score is None for _, score in scored):
        return False
    main = choose_codec(_Sample(b"\n".join(line for line, score in scored if score is None)), labels)[0]
    return any(score is not None and _beats(line, main, score) for line, score in scored)


def _utf8_score(chunk: bytes) -> float | None:
    """The plausibility of ``chunk`` as UTF-8 when it is valid UTF-8 with a multibyte character and reads
    cleanly, else None."""
    try:
        text = chunk.decode("utf-8")
    except UnicodeDecodeError:
        return None
    score = plausibility(text, "utf-8")
    return score if len(chunk) - len(text) >= _UTF8_EVIDENCE and score >= ACCEPT else None


def _beats(chunk: bytes, main: str, utf8_score: float) -> bool:
    """A clean UTF-8 stretch reads clearly better in UTF-8 (``utf8_score``) than in ``main``."""
    legacy = decode(chunk, main)
    return legacy is None or utf8_score >= plausibility(legacy, main) + MARGIN
