"""Mojibake candidates: the round trips of a run through a wrong codec and back, and the one the
evidence supports.

A candidate must be strictly valid both ways (:mod:`.roundtrip`); among them the winner is chosen by
character commonness (:mod:`.charsets`), with charset-normalizer coherence as tie-breaker, and an
unresolved tie is no candidate. A candidate must read as language (Chinese bigrams, Cyrillic words
with vowels), and a GBK/Big5 swap never yields kana, Greek or pinyin letters. The western fixer's
guard and the legacy-codec fixer (.mojibake) judge the same lines: the round trips and judgements
of one ``repair_text`` call are kept in its context (:class:`.common.Judged`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..encodings import non_ascii_count
from ..plausibility import character_classes
from .charsets import case_inverted, chinese_support, plausibility
from .common import Judged
from .regions import Regions, non_ascii_regions, search_in
from .roundtrip import SINGLE_BYTE, encoding, no_utf8_in, round_trip

_UTF8_VICTIMS = ("gbk", "gb18030", "big5", "cp932", "euc_kr", "cp1251", "koi8_r")
_LEGACY = ("gbk", "big5", "shift_jis", "euc_kr", "cp1251", "koi8_r")
PAIRS: tuple[tuple[str, str], ...] = (
    *((wrong, "utf-8") for wrong in _UTF8_VICTIMS),
    *((wrong, right) for wrong in ("latin-1", "cp1252") for right in _LEGACY),
    ("koi8_r", "cp1251"),
    ("cp1251", "koi8_r"),
    ("gbk", "big5"),
    ("big5", "gbk"),
)
MIN_SCORE = 0.75
MIN_GAIN = 0.4
_MIN_LONG_SCORE = 0.9
LONG_RUN = 8
# A reading of this many 3-byte UTF-8 sequences (12 bytes: 观察到带 from 瑙傚療鍒板甫) from a shorter run is as strong
# evidence as a long run's: clean GBK or Big5 text is whole 3-byte UTF-8 about once in 10^7 such stretches.
# A run needs WIDE_RUN double-byte characters to hold them.
_MIN_WIDE = 4
WIDE_RUN = 6
_WIDE_CHAR_RE = re.compile("[\u0800-\U0010ffff]")  # a character of 3 or 4 UTF-8 bytes
# A run up to this long may be scored before its round trips are made, to skip those that cannot
# win (:func:`_may_pass`); a longer one only once a round trip reads well (scoring a page-long line
# costs more than the round trips it would save).
_SCORED_FIRST = 200
_TIE = 0.1
_MIN_BIGRAMS = 0.12
_MIN_COMMON_HAN = 4
_HAN_RE = re.compile("[\u4e00-\u9fff]")
_HAN_CODECS = ("gbk", "big5")
# Letters of other scripts in the double-byte tables of GBK and Big5 (kana, Greek, Cyrillic, pinyin,
# zhuyin): Chinese text in one of them read as the other holds none; wrongly swapping a short run
# of clean text makes them (務必 -> 务ゲ, 考覈 -> σ蝌).
_SWAP_FOREIGN_RE = re.compile("[\u00c0-\u024f\u0370-\u04ff\u3040-\u30ff\u3100-\u312f]")
_CYR_WORD_RE = re.compile("[а-яёіїєґА-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ]+")
_CYR_VOWEL_RE = re.compile("[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]")
_MIN_VOWEL_SHARE = 0.8
_KANA_HANGUL_RE = re.compile("[\u3040-\u30ff\uac00-\ud7a3]")
_ASCII_RE = re.compile("[\x00-\x7f][\x00-\x7f]*")

@dataclass(slots=True, frozen=True)
class Candidate:
    text: str
    wrong: str  # the codec the bytes were read in
    right: str  # the codec they are read in again
    score: float

    @property
    def how(self) -> str:
        return f"{self.right} read as {self.wrong}"


def _coherence(text: str) -> float:
    from charset_normalizer.cd import coherence_ratio

    ratios = coherence_ratio(text)
    return max((r for _, r in ratios), default=0.0)


def _language_support(text: str, utf8: bool) -> bool:
    """Evidence that a candidate is language: mostly-ideograph text (more ideographs than kana
    and Hangul) must read as Chinese (:func:`.charsets.chinese_support`), or be a UTF-8 reading
    of common characters only (``_common_han``); Cyrillic words must have vowels and be mostly not
    all-caps."""
    if sum(map(str.isalpha, _ASCII_RE.sub("", text))) < 2:
        return False
    words = _CYR_WORD_RE.findall(text)
    if words and sum(bool(_CYR_VOWEL_RE.search(w)) for w in words) < _MIN_VOWEL_SHARE * len(words):
        return False
    if words and max(map(len, words)) < 3:
        return False  # two Cyrillic letters are too little to tell a word from a symbol pair
    if len(words) >= 3 and sum(w.isupper() for w in words) > len(words) / 2:
        return False  # KOI8-R and cp1251 swapped turn lower case into upper case
    han = len(_HAN_RE.findall(text))
    if han < 2 or len(_KANA_HANGUL_RE.findall(text)) >= han:
        return True
    return chinese_support(text) >= _MIN_BIGRAMS or (utf8 and _common_han(text))


def _common_han(text: str) -> bool:
    """At least ``_MIN_COMMON_HAN`` ideographs, every one a common character of one table (GB2312's first
    level, or Big5's): a short phrase no dictionary bigram vouches for (防寒保暖) read from UTF-8 bytes. A
    stretch of clean text whose bytes happen to be whole UTF-8 reads as ideographs from the whole block, of
    which a table's common characters are a fifth (GB2312) to a quarter (Big5): four all common of one table
    is chance's work about once in two hundred, and such a reading must still score well above the run."""
    classes = text.translate(character_classes())
    han = [int(c) for c in classes if c in "01234567"]
    return len(han) >= _MIN_COMMON_HAN and any(all(c & table for c in han) for table in (1, 2))


UTF8_PAIRS = tuple((w, r) for w, r in PAIRS if r == "utf-8")


def _min_score(long_utf8: bool) -> float:
    """A long run that decodes as strictly valid UTF-8 is itself strong evidence (clean legacy
    text almost never is), so it only has to read well and better than before (:func:`_accept`)."""
    return _MIN_LONG_SCORE if long_utf8 else MIN_SCORE


def _accept(score: float, base: float, long_utf8: bool) -> bool:
    if long_utf8:
        return score > base
    return score - base >= MIN_GAIN


LATIN_READS = tuple((w, r) for w, r in PAIRS if w in ("latin-1", "cp1252"))


def _may_pass(
    pairs: tuple[tuple[str, str], ...], base: float, long_run: bool, text: str
) -> tuple[tuple[str, str], ...]:
    """The pairs whose reading could be accepted over a run scoring ``base`` (:func:`_accept`): no
    score is above 1, so a run reading well leaves only the long-UTF-8 test (``long_run``: the run may
    read as a long or wide one) and the case-inversion one (which needs Cyrillic words), and a run
    reading perfectly (a clean line with one suspect letter: š, ž) leaves none, whose round trips are
    then not made."""
    if 1.0 - base >= MIN_GAIN:
        return pairs
    if base >= 1.0:
        return ()
    if _CYR_WORD_RE.search(text):
        return pairs
    return tuple(p for p in pairs if p[1] == "utf-8") if long_run else ()


class Trips:
    """The round trips of one run, taken from ``judged`` or made on first use (its encoding in each
    wrong codec made once; ``get(wrong, right)`` is :func:`.roundtrip.round_trip`'s answer), and
    whether it holds ideographs. A long run may be mostly ASCII (a
    script's JSON): its scans for non-ASCII characters read only its non-ASCII regions, and a
    reading of its bytes as UTF-8 that its first non-ASCII characters refuse is not made."""

    __slots__ = ("_by_bytes", "_encoded", "_han", "_judged", "_regions", "_text", "unencodable")

    def __init__(self, text: str, judged: Judged) -> None:
        self._text, self._judged = text, judged
        self._regions: Regions | None = non_ascii_regions(text)
        self._encoded: dict[str, bytes | None] = {}
        self._han: bool | None = None
        self._by_bytes: dict[tuple[bytes, str], str | None] = {}
        # The wrong codecs found to have no byte string for the run: no round trip through them (most pairs of
        # most runs), skipped without asking.
        self.unencodable: set[str] = set()

    def han(self) -> bool:
        if self._han is None:
            self._han = search_in(_HAN_RE, self._text, self._regions) is not None
        return self._han

    def get(self, wrong: str, right: str) -> str | None:
        if wrong in self.unencodable:
            return None
        key = (self._text, wrong, right)
        if key not in self._judged.trips:
            if right == "utf-8" and self._regions is not None and no_utf8_in(self._text, wrong, self._regions):
                self._judged.trips[key] = None
                return None
            if wrong not in self._encoded:
                self._encoded[wrong] = encoding(self._text, wrong, self._regions)
            encoded = self._encoded[wrong]
            if encoded is None:
                self.unencodable.add(wrong)
            self._judged.trips[key] = None if encoded is None else self._trip(wrong, right, encoded)
        return self._judged.trips[key]

    def _trip(self, wrong: str, right: str, encoded: bytes) -> str | None:
        """:func:`.roundtrip.round_trip`, made once for the bytes a run has in several single-byte codecs
        (most runs have the same bytes in latin-1 and cp1252), where it depends only on them."""
        if wrong not in SINGLE_BYTE:
            return round_trip(self._text, wrong, right, encoded)
        key = (encoded, right)
        if key not in self._by_bytes:
            self._by_bytes[key] = round_trip(self._text, wrong, right, encoded)
        return self._by_bytes[key]


def best_candidate(
    text: str,
    pairs: tuple[tuple[str, str], ...] = PAIRS,
    context: tuple[str, str] = ("", ""),
    judged: Judged | None = None,
    prescore: bool = False,
) -> Candidate | None:
    """The one round trip the evidence supports, or None (no candidate or an unresolved tie).

    ``context`` is the character before and after ``text`` in its line: a repaired run must
    also fit its neighbours (no ideograph inside a Latin word, no Latin letter glued to Cyrillic).
    Round trips and judgements are taken from ``judged`` when made before, and kept there. With
    ``prescore`` (a caller whose runs mostly read well: the segments of a clean page) a short run
    is scored first and pairs that could not win are not tried (:func:`_may_pass`).
    """
    judged = Judged() if judged is None else judged
    before, after = context
    base: float | None = None  # the run's own score, needed only once a candidate reads well
    count = non_ascii_count(text)
    long_run = count >= LONG_RUN
    if prescore and len(text) <= _SCORED_FIRST:
        base = plausibility(before + text + after)
        pairs = _may_pass(pairs, base, count >= WIDE_RUN, text)
    found: dict[str, Candidate] = {}
    # Readings judged and refused: several pairs often give the same one (latin-1 and cp1252 bytes
    # of the same text, GBK and GB18030), and the judgement depends only on it and the codec read (UTF-8, long).
    refused: set[tuple[str, tuple[bool, bool, bool]]] = set()
    trips = Trips(text, judged)
    for wrong, right in pairs:
        if wrong in trips.unencodable:
            continue
        swap = wrong in _HAN_CODECS and right in _HAN_CODECS
        if swap and not trips.han():
            continue  # Big5 read as GBK (or back) is mostly ideographs: Cyrillic alone is Cyrillic
        fixed = trips.get(wrong, right)
        if fixed is not None and swap and _SWAP_FOREIGN_RE.search(fixed):
            continue
        if fixed is None or fixed in found:
            continue
        # (a long run's test is the wide one's: only a short run's UTF-8 reading is counted)
        utf8 = (right == "utf-8", long_run and right == "utf-8", right == "utf-8" and not long_run and _wide(fixed))
        if (fixed, utf8) in refused:
            continue
        verdict = (before, text, after, fixed, utf8)
        if verdict not in judged.scores:
            judged.scores[verdict], base = _judge(text, fixed, context, utf8, base)
        score = judged.scores[verdict]
        if score is None:
            refused.add((fixed, utf8))
            continue
        found[fixed] = Candidate(fixed, wrong, right, score)
    ranked = sorted(found.values(), key=lambda c: -c.score)
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < _TIE:
        coherence = sorted(((_coherence(c.text), c) for c in ranked[:2]), key=lambda p: -p[0])
        if coherence[0][0] - coherence[1][0] < _TIE:
            return None
        return coherence[0][1]
    return ranked[0] if ranked else None


def _wide(fixed: str) -> bool:
    return len(_WIDE_CHAR_RE.findall(fixed)) >= _MIN_WIDE


def _judge(
    text: str, fixed: str, context: tuple[str, str], utf8: tuple[bool, bool, bool], base: float | None
) -> tuple[float | None, float | None]:
    """The score of the reading ``fixed`` of ``text`` when it reads well enough, better than the run
    (``base``, its score, computed here when first needed) and as language; else None. With the
    run's score, for the next reading. ``utf8``: whether ``fixed`` was read as UTF-8, from a long run, and
    as _MIN_WIDE 3-byte sequences or more (then it is held to a long run's test if it fails a short one's)."""
    before, after = context
    long_utf8 = utf8[1]
    score = plausibility(before + fixed + after, floor=_min_score(long_utf8))
    if score < _min_score(long_utf8):
        return None, base
    base = plausibility(before + text + after) if base is None else base
    accepted = (_accept(score, base, long_utf8) or (score > base and case_inverted(text, fixed))
                or (utf8[2] and score >= _MIN_LONG_SCORE and _accept(score, base, True)))
    return (score if accepted and _language_support(fixed, utf8[0]) else None), base
