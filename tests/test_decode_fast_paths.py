"""The fast paths of decoding, each against the plain definition it replaces (same results, not just close)."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.declared import _comment_at
from pipeline.decode import GLANCE, utf8_reading
from pipeline.decode_choose import SAMPLE, sample
from pipeline.decode_lone_trail import _LONE as LONE_LETTER
from pipeline.decode_lone_trail import _MARKS, _MAX_STRETCH, _NEAR_MARKED, _in_step, _near, _stretches
from pipeline.decode_lone_trail import _NEAR as NEAR_LETTER
from pipeline.decode_readings import _FITS, _NEUTRAL, Tails, oddness, reading_prefixes, reading_tail
from pipeline.decode_readings import odd_count as _odd
from pipeline.decode_readings import right_reading as _right
from pipeline.decode_realign import _LONE, _MAX_SPOTS, DOUBLE_BYTE, _replaced
from pipeline.decode_siblings import SIBLINGS, _c1_bytes, _holds, _positions
from pipeline.encodings import FAMILY, decode, decode_checked, stretch_bytes, stretches
from pipeline.plausibility import (
    _MIX_MARKS,
    _RUN_MARKS,
    _WORD_MARKS,
    _alternations,
    _long_runs,
    _spaced,
    character_classes,
)

# The regexes the byte counts in plausibility replace, over the class string.
IN_WORD_SYMBOL = re.compile(r"[cClL][so]|[so][cClL]|a[so]a")
SCRIPT_MIX = re.compile(r"[alL][cC]|[cC][alL]")
LATIN_RUN = re.compile(r"[lLo]{3,}")
CJK_SPACE = re.compile(r" (?<=[0-7kKq] )(?=[0-7kKq])")
CJK_IN_LATIN = re.compile(r"[alL][0-7kKq]+[alL]")

classes = st.text(alphabet="cClLsoa_ .x01K\U00021829", max_size=40)


@settings(max_examples=400, deadline=None)
@given(cls=classes)
def test_class_counts_equal_the_regexes_they_replace(cls: str) -> None:
    marks = cls.encode("ascii", "replace")
    word = marks.translate(_WORD_MARKS)
    assert _alternations(word) + word.count(b"aYa") == len(IN_WORD_SYMBOL.findall(cls))
    assert _alternations(marks.translate(_MIX_MARKS)) == len(SCRIPT_MIX.findall(cls))
    assert _long_runs(marks.translate(_RUN_MARKS)) == sum(map(len, LATIN_RUN.findall(cls)))


@settings(max_examples=400, deadline=None)
@given(cls=st.text(alphabet="0 7kKqalL._", max_size=40))
def test_spaced_ideographs_equal_the_regexes_they_replace(cls: str) -> None:
    assert _spaced(cls.encode("ascii", "replace")) == len(CJK_SPACE.findall(cls)) + len(CJK_IN_LATIN.findall(cls))


@settings(max_examples=300, deadline=None)
@given(data=st.lists(st.sampled_from([b"a", b"b", b"<", b"\n", b"\x80", b"\xc3", b"\xe4"]), max_size=60).map(b"".join),
       budget=st.integers(1, 80))
def test_stretch_bytes_joins_the_stretches(data: bytes, budget: int) -> None:
    assert stretch_bytes(data, budget) == b"".join(data[begin:end] for begin, end in stretches(data, budget=budget))


@settings(max_examples=300, deadline=None)
@given(data=st.lists(st.sampled_from([b"a", b"<", b"\n", b"\x80", b"\xe4"]), max_size=60).map(b"".join),
       budget=st.integers(1, 80), cut=st.integers(0, 60))
def test_stretch_bytes_from_a_position_reads_the_bytes_from_there(data: bytes, budget: int, cut: int) -> None:
    """Why ``sample`` reads the rest of a page in place instead of copying it (from a tag or a line break)."""
    starts = [0, *(at for at in range(len(data)) if data[at : at + 1] in (b"<", b"\n"))]
    position = min(starts, key=lambda at: abs(at - cut))
    assert stretch_bytes(data, budget, position) == stretch_bytes(data[position:], budget)


def test_gbk_decodes_every_code_it_has_as_gb18030_does() -> None:
    """Why GB18030 pages may be decoded with the faster GBK codec."""
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            code = bytes((lead, trail))
            try:
                text = code.decode("gbk")
            except UnicodeDecodeError:
                continue
            assert text == code.decode("gb18030"), code.hex()
    assert all(decode_checked(bytes((byte,)), "gbk") == 0 for byte in range(0x80, 0x100))


pieces = st.sampled_from([b"<p>", b"\n", b"abc", "中文".encode("gbk"), "€".encode("gb18030"), "㐀𠀀".encode("gb18030"),
                          b"\x81\x30", b"\xa2\xe3", b"\xfe\x50", b"\x80", b"\xff", b"\x81"])


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(pieces, max_size=40))
def test_large_gb18030_input_decodes_like_python_gb18030(parts: list[bytes]) -> None:
    """Large inputs go through GBK with a GB18030 fallback: same text, or the same failing offset."""
    data = b"x" * 4100 + b"".join(parts)
    try:
        expected: str | int = data.decode("gb18030")
    except UnicodeDecodeError as error:
        expected = error.start
    assert decode_checked(data, "gb18030") == expected


damaged = st.lists(st.sampled_from([b"<", b"a", b"0", b"@", b"\x80", b"\x8e", b"\x8f", b"\xa1", b"\xa4", b"\xb0",
                                    b"\xfe", b"\xff", "中文".encode("gbk"), "中文".encode("big5"),
                                    "かな".encode("cp932")]),
                   min_size=1, max_size=30).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(data=damaged, codec=st.sampled_from(sorted(DOUBLE_BYTE)))
def test_a_runs_left_sides_are_the_places_where_it_decodes_anew(data: bytes, codec: str) -> None:
    """One incremental pass gives each place where the bytes from the start decode, as decoding anew does."""
    expected = {stray: (left, _odd(left, codec)) for stray in range(len(data))
                if (left := decode(data[:stray], codec)) is not None}
    assert reading_prefixes(data, 0, len(data), codec) == expected


def _replaced_plainly(data: bytes, codec: str) -> tuple[str, list[tuple[int, bytes]]]:
    """``_replaced``'s plain definition: decode, and at each error note it, replace it and decode the rest anew."""
    pieces: list[str] = []
    lone: list[tuple[int, bytes]] = []
    pos = length = 0
    while pos < len(data):
        if len(lone) == _MAX_SPOTS:
            pieces.append(decode(data[pos:], codec, "replace") or "")
            break
        try:
            pieces.append(data[pos:].decode(codec))
            break
        except UnicodeDecodeError as error:
            pieces.append(data[pos : pos + error.start].decode(codec, "replace"))
            length += len(pieces[-1])
            if error.end - error.start <= _LONE:
                lone.append((length, data[pos + error.start : pos + error.end]))
            pieces.append("\ufffd")
            length += 1
            pos += max(error.end, error.start + 1)
    return "".join(pieces), lone


@settings(max_examples=300, deadline=None)
@given(data=st.lists(damaged, max_size=8).map(b"".join), codec=st.sampled_from(sorted({*DOUBLE_BYTE, "utf-8"})))
def test_a_replaced_reading_marks_its_errors_in_one_decoding_as_decoding_anew_at_each_does(
        data: bytes, codec: str) -> None:
    """One decoding with the marking handler gives the text and the lone bytes (the first ``_MAX_SPOTS``) that
    decoding anew after each error gives; a genuine U+FFFD in the bytes stays apart from the marks."""
    assert _replaced(data, codec) == _replaced_plainly(data, codec)
    assert _replaced(data + b"\xef\xbf\xbd\x84\x31\xa4\x37", codec) == _replaced_plainly(
        data + b"\xef\xbf\xbd\x84\x31\xa4\x37", codec)


@settings(max_examples=300, deadline=None)
@given(data=damaged, codec=st.sampled_from(sorted(DOUBLE_BYTE)), cut=st.integers(0, 30))
def test_the_right_sides_read_at_once_are_those_read_from_each_place(data: bytes, codec: str, cut: int) -> None:
    """``Tails`` (the reading from the start, cut at each place where a character ends) gives, for each such place,
    what reading the rest of the run from that place gives, and with its odd count (also alone)."""
    end = min(cut, len(data))
    tails = Tails(data, 0, end, codec)
    for place, tail in tails.items():
        assert tail == reading_tail(data, place, end, codec), (place, tail)
        assert tails.odd(place) == (tail[2] if tail else None)


@settings(max_examples=300, deadline=None)
@given(data=damaged, codec=st.sampled_from(sorted(DOUBLE_BYTE)), cut=st.integers(0, 30))
def test_a_runs_right_side_and_odd_count_are_their_plain_definitions(data: bytes, codec: str, cut: int) -> None:
    end = min(cut, len(data))
    for errors in ("strict", "replace"):
        with_trail = decode(data[: end + 1], codec) if end < len(data) else None
        if with_trail is not None and not with_trail.endswith(chr(data[end])):
            assert _right(data, 0, end, codec, errors) == (with_trail, end + 1)
        else:
            text = decode(data[:end], codec, errors)
            assert _right(data, 0, end, codec, errors) == ((text, end) if text is not None else None)
    text = decode(data, codec, "replace") or ""
    fits = _FITS[FAMILY[codec]] + _NEUTRAL
    letters = text.translate(character_classes()).encode("ascii", "replace").decode("ascii")
    assert _odd(text, codec) == sum(0 if c in fits else 1 if c in "01234567" else 3 for c in letters)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=40), codec=st.sampled_from(sorted({*SIBLINGS, *sum(SIBLINGS.values(), ())})))
def test_a_single_byte_reading_holds_a_c1_control_where_its_bytes_hold_one_of_those_it_maps_there(
        data: bytes, codec: str) -> None:
    assert _holds(data, _c1_bytes(codec)) == bool(re.search("[\x80-\x9f]", decode(data, codec) or ""))


@settings(max_examples=500, deadline=None)
@given(data=st.lists(st.sampled_from([b"a", b"\x80", b"\xc3", b"\xe4", b"\xed", b"\xf0", b"\xf4", b"\xa0", b"\x9f",
                                      "\u00e9".encode(), "\u4e2d".encode(), "\U0001f600".encode()]),
                     max_size=20).map(b"".join), head=st.integers(1, 12))
def test_utf8_read_from_its_head_first_fails_where_the_whole_fails(data: bytes, head: int) -> None:
    """Why a page's head may be decoded first: a failure there is at the offset decoding the whole page gives."""
    assert utf8_reading(data, head) == decode_checked(data, "utf-8")


@settings(max_examples=400, deadline=None)
@given(head=st.lists(st.sampled_from([b"<", b"!", b"-", b"a", b">", b"<!--"]), max_size=30).map(b"".join),
       start=st.integers(0, 40))
def test_a_comment_found_from_its_bang_is_the_four_byte_search(head: bytes, start: int) -> None:
    assert _comment_at(head, start) == head.find(b"<!--", start)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=60), chosen=st.binary(max_size=8).map(lambda b: bytes(sorted(set(b)))))
def test_the_byte_searches_equal_a_translate_and_a_regex_class(data: bytes, chosen: bytes) -> None:
    assert _holds(data, chosen) == (len(data.translate(None, chosen)) < len(data))
    pattern = re.compile(b"[" + re.escape(chosen) + b"]") if chosen else None
    assert _positions(data, chosen) == ([m.start() for m in pattern.finditer(data)] if pattern else [])


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from([b"<p>", b"\n", b"x" * 300, "\u00e9t\u00e9".encode("cp1252"),
                                       "中文".encode("gbk") * 9]), max_size=60))
def test_a_glance_shorter_than_its_budget_is_the_full_sample(parts: list[bytes]) -> None:
    """Why a large page's glance holding fewer than GLANCE bytes is reused as its sample."""
    data = b"<html>" + b"x" * SAMPLE + b"".join(parts)
    if len(glance := sample(data, GLANCE)) < GLANCE:
        assert sample(data, SAMPLE) == glance


def _in_step_plainly(run: bytes, plain: str, codec: str) -> tuple[str, int, int] | None:
    """``_in_step``'s plain definition: each high byte of the run left out in turn, each reading read anew and
    counted whole; the one with the fewest odd characters that reads a lone letter as a trail again, without an odd
    character or (in GBK) with two fewer than ``plain``."""
    family = FAMILY[codec]
    lone = len(LONE_LETTER.findall(plain))
    best: list[tuple[int, str, int, int]] = []
    for place in range(len(run)):
        if run[place] < 0x80 or (left := decode(run[:place], codec)) is None:
            continue
        if (right := decode(run[place + 1 :], codec)) is not None:
            reading = left + "\ufffd" + right
            if len(LONE_LETTER.findall(reading)) < lone:
                best.append((sum(oddness(left, family)) + sum(oddness(right, family)), reading, run[place], len(left)))
    odd = sum(oddness(plain, family))
    fewer = 2 if family == "zh" else 1
    if not best or (least := min(b[0] for b in best)) >= odd or (least > odd - fewer and least):
        return None
    return [b for b in best if b[0] == least][-1][1:]


LOST_BYTE_TEXTS = {"gb18030": "介紹延長天气预报提醒周末降温山区降雪股肝龘靐鬱鱻ā",
                   "big5hkscs": "介紹延長天氣預報提醒週末降溫山區股肝龘",
                   "cp932": "週末にかけて西日本を中心に大雨漢字", "cp949": "지역도서관은겨울방학을맞아"}


def test_a_stretch_read_in_step_again_is_the_one_trying_each_byte_finds() -> None:
    """``_in_step`` (places counted from readings made once, stopped once no later place can read less oddly or
    turn a lone letter into a trail) keeps the reading its plain definition keeps, on text in each codec that lost
    or changed a byte; and the left sides of a run that decodes are the start of its reading."""
    rng = random.Random(21)
    kept = 0
    for _ in range(6000):
        codec = rng.choice(sorted(LOST_BYTE_TEXTS))
        chars = [rng.choice(LOST_BYTE_TEXTS[codec] + "ABxyz@[]_") for _ in range(rng.randint(1, 30))]
        run = bytearray("".join(chars).encode(codec, "ignore"))
        for at in rng.sample(range(len(run)), min(len(run), rng.randint(0, 2))):
            run[at] = rng.choice([0x3F, 0x41, 0x80, 0xA1, 0xFE, run[at] ^ 0x40])
        if rng.random() < 0.6 and run:
            del run[rng.randrange(len(run))]
        if (plain := decode(bytes(run), codec)) is None:
            continue
        assert all(plain.startswith(left) for left, _ in reading_prefixes(bytes(run), 0, len(run), codec).values())
        found = _in_step(bytes(run), plain, codec, FAMILY[codec])
        assert found == _in_step_plainly(bytes(run), plain, codec), (bytes(run), codec)
        kept += found is not None
    assert kept > 100  # readings in step again were found


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="aBz?中文è\u1e3fé\u00c0 <\n@[`{\U00020000\udc80ア", max_size=40))
def test_the_search_on_the_text_in_ascii_finds_every_lone_letter(text: str) -> None:
    """``_NEAR`` on the text written in ASCII with "?" for each other character, then ``_LONE`` at each place it
    finds, gives every lone letter ``_LONE`` finds in the text itself (a "?" of the page's own is passed over); and
    so does ``_NEAR_MARKED`` on those bytes with "a" for each trail, and ``_near``, which picks one of them; ``_near``
    finds where ``_NEAR`` matches either way."""
    marks = text.encode("ascii", "replace")
    expected = [m.start() for m in LONE_LETTER.finditer(text)]
    marked = (m.start() for m in _NEAR_MARKED.finditer(marks.translate(_MARKS)))
    for nears in ((m.start() for m in NEAR_LETTER.finditer(marks)), marked, _near(marks)):
        assert [near + 1 for near in nears if LONE_LETTER.match(text, near + 1)] == expected
    assert list(_near(marks)) == [m.start() for m in NEAR_LETTER.finditer(marks)]


def _stretches_plainly(text: str, codec: str) -> list[tuple[int, int, int, int]]:
    """``_stretches`` without its odd-character test: the bytes of every stretch holding a lone letter found."""
    found, chars, size, seen = [], 0, 0, -1
    for m in LONE_LETTER.finditer(text):
        back = max((b.start() for b in re.finditer("[\x00-\x3f]", text[: m.start()])), default=-1)
        if m.start() - back - 1 > _MAX_STRETCH or (at := back + 1) <= seen:
            continue
        last = re.compile("[\x00-\x3f]").search(text, m.end())
        seen, end_at = at, last.start() if last else len(text)
        try:
            start = size + len(text[chars:at].encode(codec))
            length = len(text[at:end_at].encode(codec))
        except UnicodeEncodeError:
            break
        chars, size = at, start
        if length <= _MAX_STRETCH:
            found.append((start, start + length, at, end_at))
    return found


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="aB?中文龘靐介苤\ufffd\U0001f600 ,<\n", max_size=60),
       codec=st.sampled_from(["gb18030", "big5hkscs", "cp932"]))
def test_the_stretches_tried_are_those_holding_a_lone_letter_and_an_odd_character(text: str, codec: str) -> None:
    """A stretch without an odd character is passed over before its bytes are found; one the codec cannot encode
    ends the search where it did (the next stretch's bytes are found through it)."""
    family = FAMILY[codec]
    expected = [s for s in _stretches_plainly(text, codec) if sum(oddness(text[s[2] : s[3]], family))]
    assert list(_stretches(text, codec, lambda: family)) == expected
