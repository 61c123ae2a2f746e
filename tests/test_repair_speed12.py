"""Session 12's faster repair paths against plain definitions of what they must give.

A round trip through a single-byte codec is compared on its bytes alone (and made once for the
bytes a run has in latin-1 and cp1252), a reading that its script breaks put below the floor is
refused before the costlier counts, a space outside the body lines is passed over before the
dateline and byline tests, a run of spaces with nothing to change is not judged for mojibake, a
page is searched for the few invisibles of a word by string searches, and a line without readings
is not rebuilt without them; these tests spell out the
slow definition and compare on random strings drawn from the characters that matter.
"""

from __future__ import annotations

import random
import re

from pipeline.record import Edit
from pipeline.repair.byline_spaces import in_byline, splits_name, splits_role
from pipeline.repair.candidates import PAIRS, UTF8_PAIRS, Trips
from pipeline.repair.charsets import plausibility
from pipeline.repair.common import HAN_RE, Context, Judged, holds_any
from pipeline.repair.invisible import (
    _INNER_NBSP_RE,
    _NARROW_BETWEEN_LETTERS_RE,
    _SPACES_RE,
    _between_cjk,
    _is_indent,
    _narrow_inside,
    _SuspectLines,
    fix_space_indent,
)
from pipeline.repair.pinyin import find_annotations
from pipeline.repair.real_text import _in_word, _without_readings, real_text_offsets
from pipeline.repair.roundtrip import SINGLE_BYTE, _cannot_encode, decode, encode, no_utf8_in, round_trip
from pipeline.repair.spacing import (
    _ARTICLE_END_RE,
    _CANDIDATE_RE,
    _DATELINE_END_RE,
    _DATELINE_LOOKBACK,
    _candidates,
    _headline_separator,
    _leaves_one,
    _Lines,
)
from pipeline.repair.words import is_common_word, is_word

# Accented and symbol latin-1 (UTF-8 read as latin-1 and cp1252 gives them), cp1252 extras, Cyrillic,
# box drawing, common and rare ideographs, kana, Hangul, ASCII letters and spaces.
_ALPHABET = "aeZ Ã©Â¨â€œ™šÐ¿Ñ€ÑÐ¸РњСЃ╘ц中文发布鍙戝竷茅矇覈ｩﾃ챕가あ"


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _round_trip_by_definition(text: str, wrong: str, right: str) -> str | None:
    """Encoded as ``wrong``, read as ``right``, and back: both ways strict, the way back ``text`` again."""
    if _cannot_encode(text, wrong):
        return None
    try:
        fixed = encode(text, wrong).decode(right)
        back = decode(fixed.encode(right), wrong)
    except UnicodeError:
        return None
    return fixed if back == text and fixed != text else None


def test_single_byte_round_trips_match_the_definition() -> None:
    texts = [*_strings(_ALPHABET, 400, 8, seed=12), "Ã©tÃ©", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "Caf茅", "РњРѕСЃРєРІР°"]
    for text in texts:
        for wrong, right in PAIRS:
            if wrong in SINGLE_BYTE:
                assert round_trip(text, wrong, right) == _round_trip_by_definition(text, wrong, right), (text, wrong)


def test_round_trips_shared_between_codecs_match_each_made_alone() -> None:
    """A run's trips through latin-1 and cp1252 are made once for the same bytes: each is still its own."""
    for text in _strings(_ALPHABET, 300, 8, seed=13):
        trips = Trips(text, Judged())
        for wrong, right in PAIRS:
            assert trips.get(wrong, right) == _round_trip_by_definition(text, wrong, right), (text, wrong, right)


def test_long_runs_refused_as_utf8_by_their_beginning_match_each_made_alone() -> None:
    """A long run's reading as UTF-8 is refused by a few characters from its first non-ASCII one only
    where the whole would fail: every trip of a long run is still its own."""
    rng = random.Random(18)
    for tail in _strings(_ALPHABET + "中文", 150, 150, seed=18):
        text = "".join(rng.choice('az {}":,') for _ in range(rng.randint(1030, 1100))) + tail
        if not tail or rng.random() < 0.5:
            text = tail + text
        trips = Trips(text, Judged())
        for wrong, right in PAIRS:
            assert trips.get(wrong, right) == _round_trip_by_definition(text, wrong, right), (tail, wrong, right)
        for wrong, _ in UTF8_PAIRS:
            if no_utf8_in(text, wrong):
                assert _round_trip_by_definition(text, wrong, "utf-8") is None, (tail, wrong)


def test_a_long_mojibake_run_cut_inside_a_character_is_still_read() -> None:
    """A paragraph of UTF-8 read as GB18030, longer than the few characters tested first: the test cuts a
    character's bytes, which refuses nothing, and the whole run is read back."""
    rng = random.Random(19)
    read = 0
    for _ in range(40):
        clean = "".join(rng.choice("发布新闻中国经济社会文化") for _ in range(rng.randint(60, 120)))
        try:
            mojibake = clean.encode("utf-8").decode("gb18030")
        except UnicodeDecodeError:
            continue
        text = mojibake + " " + "x" * 1100
        assert not no_utf8_in(text, "gb18030"), clean
        trips = Trips(text, Judged())
        assert trips.get("gb18030", "utf-8") == _round_trip_by_definition(text, "gb18030", "utf-8")
        read += trips.get("gb18030", "utf-8") == clean + " " + "x" * 1100
    assert read


def test_plausibility_with_a_floor_refuses_exactly_what_falls_below_it() -> None:
    """The floor only spares work: a text reaching it gets its full score, one below it a bound under it."""
    for text in _strings("Le prs ét茅矇中文发布ÃаБв가© ", 600, 14, seed=14):
        full = plausibility(text)
        for floor in (0.75, 0.9):
            floored = plausibility(text, floor=floor)
            if full >= floor:
                assert floored == full, (text, floor)
            else:
                assert full <= floored < floor, (text, floor)


_LOSS_TRIOS = ("锟斤拷", "錕斤拷", "嚙踝蕭", "啮踝萧")  # lost bytes before a space: it stays


def _candidates_by_definition(text: str) -> tuple[list[int], list[int]]:
    """Every space the pattern finds, judged by all the tests in turn (dateline, byline, body line, a short
    line of prose: a comma and a sentence end; in a headline, one splitting a word or leaving one character
    alone; a short line of two sentences)."""
    found, outside = [], []
    lines = _Lines(text)
    for m in _CANDIDATE_RE.finditer(text):
        pos = m.start()
        line = lines.span(pos)
        pair = text[pos - 1] + text[pos + 1]
        cuts_name = in_byline(text, pos, line) and (splits_name(text, pos) or splits_role(text, pos))
        if _DATELINE_END_RE.search(text, max(0, pos - _DATELINE_LOOKBACK), pos) or _ARTICLE_END_RE.search(
                text, max(0, pos - _DATELINE_LOOKBACK), pos) or text[max(0, pos - 3) : pos] in _LOSS_TRIOS or (
                in_byline(text, pos, line) and not cuts_name and not is_common_word(pair)):
            continue
        splits_word = is_word(pair) or cuts_name
        segment = text[line[0] : line[1]]
        short_prose = (re.search("[。！？]", segment) is not None and re.search("[，,]", segment) is not None) or (
            re.search("[。！？][^。！？\n]*?[\u4e00-\u9fff][^。！？\n]*?[。！？]", segment) is not None)
        if lines.is_body(line):
            found.append(pos)
        elif short_prose or (text[pos] != " " and (not HAN_RE.match(text, pos + 1) or (
                splits_word and not _headline_separator(text, line)) or _leaves_one(text, pos, line))):
            outside.append(pos)
    return found, outside


def test_odd_space_candidates_match_the_definition() -> None:
    pieces = ["中", "国", "发", "展", " ", "\u3000", "\u00a0", "。", "，", "\n", "记者", "日电", "(", "(li)", "王林",
              "<p>", "实习", "生", "锟斤拷", "\ufffd"]
    rng = random.Random(15)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 90)))
        found, outside = _candidates(text)
        assert ([c.pos for c in found], [c.pos for c in outside]) == _candidates_by_definition(text), text


def _space_indent_by_definition(text: str) -> list[Edit]:
    """fix_space_indent's edits with every run's line judged (the definition the faster order keeps)."""
    edits = []
    suspect_line = _SuspectLines(text)
    for m in _SPACES_RE.finditer(text):
        if _is_indent(text, m.start()) or _narrow_inside(text, m):
            edits.append(Edit(m.start(), m.end(), m[0], ""))
        elif not suspect_line(m.start()) or _between_cjk(text, m):
            inner = _INNER_NBSP_RE.finditer(text, m.start(), m.end() + 2)
            edits.extend(Edit(n.start(), n.end(), n[0], " ") for n in inner if n.start() < m.end())
            if m.end() - m.start() == 1 and _NARROW_BETWEEN_LETTERS_RE.match(text, m.start()):
                edits.append(Edit(m.start(), m.end(), m[0], " "))
    return edits


def test_space_indent_judges_lines_only_where_it_matters_and_edits_alike() -> None:
    pieces = ["a", "Z", "中", "文", " ", "\u00a0", "\u3000", "\u2009", "\u202f", "\u2003", "\n", "<p>", "Ã", "©", "é",
              "ÊÐÕþ", "»", ";", "?R", "?"]
    rng = random.Random(16)
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        fixed = fix_space_indent(text, Context())
        edits = [e for change in fixed.changes for e in change.edits]
        assert edits == sorted(_space_indent_by_definition(text), key=lambda e: e.start), text


def test_holds_any_answers_as_a_class_search() -> None:
    chars = "\u00ad\u200c\u200d"
    pattern = re.compile(f"[{chars}]")
    for text in _strings("a中\u00ad\u200c\u200d\u200b ", 400, 6, seed=17):
        assert holds_any(text, chars) == (pattern.search(text) is not None), text


def test_real_text_offsets_of_a_line_without_readings_match_the_rebuilt_line() -> None:
    """A line without confirmed readings is read as it is; the definition rebuilds it without them."""
    pieces = ["考", "覈", "實", "核", "噁", "心", "鄖", "陽", "(hé)", "(shí)", "(xīn)", "中", " ", "a"]
    rng = random.Random(20)
    for _ in range(400):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        hits = [i for i, char in enumerate(line) if HAN_RE.match(char)]
        glossed, stripped, where = _without_readings(line, find_annotations(line))
        index = {offset: i for i, offset in enumerate(where)}
        expected = glossed | {h for h in hits if h in index and _in_word(stripped, index[h])}
        assert real_text_offsets(line, hits) == expected, line
