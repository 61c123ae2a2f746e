"""Session 28's faster paths against what they stand for.

The western fixer asks line by line whether a line holds a misread UTF-8 sequence (.utf8_misreads.MisreadHits):
it must answer as the list of every offset does. A run's round trips skip a codec once the run is found to have
no bytes in it: each must still be :func:`.roundtrip.round_trip`'s answer. The variant words are looked up only
at the lengths of the keys a position's first two characters open. A page's names are converted in one call
per converter. A stranded trail byte's candidates are read from tables of the codec, made once.
"""

from __future__ import annotations

import random

from pipeline.repair.candidates import PAIRS, Trips
from pipeline.repair.common import Judged, has_hit, line_spans
from pipeline.repair.lead_candidates import Candidate, candidates
from pipeline.repair.mainland_site import mainland_site
from pipeline.repair.regions import non_ascii_regions
from pipeline.repair.roundtrip import round_trip
from pipeline.repair.utf8_misreads import MisreadHits, _codecs, utf8_misread_offsets
from pipeline.repair.variants import _key_starts, variant_words
from pipeline.repair.western import MISREAD_ALSO

from .test_repair_scans import _EDGES, _strings

_MISREAD_EDGES = "".join(sorted(set().union(*(c.leads_2 | c.leads_long | c.continuations for c in _codecs()))))
# Lines of our own, misread: UTF-8 as cp1252 and cp1251, KOI8-R's box drawing (one offset a character), clean.
_LINES = (
    "CafÃ© owners say the dÃ©jÃ -vu still worries them.",
    "РњСЌСЂ РіРѕСЂРѕРґР° РѕС‚РєСЂС‹Р» РјРѕСЃС‚.",
    "Е╦┌Ф■©Е╨°Е▒╗Д╦┴Е╝ёЕ╦┐О╪▄Ф√╟Е╩╨Г",
    "The council approved the new bridge on Tuesday.",
    "市政府周三宣布，新建的大桥将于下月通车。",
    "\u00a0\u3000Ã©tÃ© \x85 fin",
)


def _stretches(text: str) -> list[tuple[int, int]]:
    """Every line, and pieces of lines, in order (as the fixer asks: starts never going back)."""
    out = []
    for offset, line in line_spans(text):
        cut = len(line) // 3
        out += [(offset, offset + cut), (offset + cut, offset + len(line))]
    return out


def test_misread_hits_answer_as_the_list_of_offsets() -> None:
    rng = random.Random(28)
    texts = ["\n".join(rng.sample(_LINES, k)) for k in (1, 2, 3, 6) for _ in range(20)]
    texts += _strings(_EDGES + _MISREAD_EDGES + "\n", 3000, 30, seed=28)
    found = 0
    for text in texts:
        for regions in (None, non_ascii_regions(text)):
            offsets = utf8_misread_offsets(text, MISREAD_ALSO, regions)
            hits = MisreadHits(text, MISREAD_ALSO, regions)
            assert hits.within(0, len(text)) == bool(offsets), text
            for start, end in _stretches(text):
                found += hits.within(start, end)
                assert hits.within(start, end) == has_hit(offsets, start, end), (text, start, end)
    assert found  # (both answers drawn)


def test_round_trips_skipping_a_codec_without_bytes_are_round_trips() -> None:
    runs = [*_LINES, "ÊÐÕþ¸®ÖÜÈýÐû²¼", "鍙戝竷鏂伴椈", "Ð¼Ð¾ÑÑ", "中文 Ã©", "涓枃 ╦┌"]
    for run in runs:
        trips = Trips(run, Judged())
        for wrong, right in PAIRS:
            assert trips.get(wrong, right) == round_trip(run, wrong, right), (run, wrong, right)
        assert all(round_trip(run, wrong, right) is None for wrong in trips.unencodable for _, right in PAIRS)


def test_every_variant_key_is_looked_up_at_its_length() -> None:
    for config in ("t2s", "tw2s", "hk2s"):
        keys = variant_words(config)
        start_re, lengths = _key_starts(config)
        assert all(start_re.match(key) and len(key) in lengths[key[:2]] for key in keys)
        assert all(list(found) == sorted(found, reverse=True) for found in lengths.values())


def test_a_name_in_both_scripts_marks_a_mainland_site() -> None:
    """Our own page: the app bar's name in simplified characters Big5 cannot write, the title's converted."""
    page = "晨光资讯网\n晨光資訊網：市府宣布新建大橋下月通車\n記者從現場獲悉，大橋將於下月通車。"
    assert mainland_site(page) == "a page writing 晨光资讯网 in simplified and converted"
    assert mainland_site(page.replace("晨光資訊網", "晨光日報")) is None


def _read(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _candidates_one_by_one(prev: str, trail: int, codecs: tuple[str, ...]) -> list[Candidate]:
    """.lead_candidates.candidates as it read each lead byte (session 27)."""
    found = []
    for codec in codecs:
        encodable = prev.encode(codec, "replace") == prev.encode(codec, "ignore")
        before = prev.encode(codec)[-1:] if prev and encodable else b""
        for lead in range(0x81, 0xFF):
            char = _read(bytes((lead, trail)), codec)
            misread = _read(before + bytes((lead,)), codec) if before else None
            if char is not None:
                found.append(Candidate(char, codec, misread if misread and len(misread) == 1 else None))
    return found


def test_lead_candidates_read_from_the_codec_tables_are_the_ones_read_byte_by_byte() -> None:
    for prev in ("", "營", "经", "a", "の", "\u00e9"):
        for trail in (0x40, 0x49, 0x5C, 0x7E, 0x7F, 0xA1):
            for codecs in (("gbk",), ("big5",), ("cp932",), ("gbk", "big5")):
                assert candidates(prev, trail, codecs) == _candidates_one_by_one(prev, trail, codecs), (prev, trail)
