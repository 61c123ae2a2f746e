"""Session 16's faster repair paths (bench_repair's corrupted corpus) against plain definitions of what they
must give.

A lossy line's evidence (the page without the line) is a plain object made once a pass instead of two
functools caches; a lost byte's candidates are read in one UTF-8 decoding (tests/test_repair_speed6.py)
and only those making a word are tested for GB2312 in the common-word choice; the breadcrumb pattern of
the script decision and the runs of lost bytes open with one character class, a lone lost character's
pattern with its U+FFFD; a text naming no mainland publisher is not searched for its dateline. Each test spells out the
slow definition and compares on random strings drawn from the characters that matter.
"""

from __future__ import annotations

import random
import re

from pipeline.repair.common import opencc_converter
from pipeline.repair.lost_char import _SPOT_RE
from pipeline.repair.mainland import _DATELINE_RE, mainland_dateline
from pipeline.repair.mainland_site import CRUMB_RE
from pipeline.repair.mojibake import _Elsewhere
from pipeline.repair.pinyin import _AFTER_LOSS_RE, ANNOTATION_RE
from pipeline.repair.readings import without_readings
from pipeline.repair.split_losses import _LOSS_RE
from pipeline.repair.vocab import MAINLAND_PUBLISHERS
from pipeline.repair.words import _COMMON_WORD, _simplified, common_word_choice, is_common, word_counts


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _elsewhere_by_definition(text: str, line: str) -> str:
    return text.replace(line, "") + "\n" + without_readings(text).replace(without_readings(line), "")


def test_a_lossy_lines_evidence_is_the_page_without_it() -> None:
    rng = random.Random(16)
    for text in _strings("中文发布(fā)(bù)\ufffd \nab", 300, 40, 1601):
        lines = text.split("\n")
        elsewhere = _Elsewhere(text)
        for line in [rng.choice(lines) for _ in range(6)]:  # repeated lines too: the last one is kept
            assert elsewhere(line) == _elsewhere_by_definition(text, line)


def _common_word_choice_by_definition(chars: set[str], prev: str, after: str) -> tuple[str, str] | None:
    before, following = _simplified(prev), _simplified(after)
    words = word_counts()
    counts = {}
    for char in {c for c in chars if is_common(c)}:
        middle = _simplified(char)
        counts[char] = max(words.get(before + middle, 0), words.get(middle + following, 0))
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    best = counts[ranked[0]] if ranked else 0
    runner_up = counts[ranked[1]] if len(ranked) > 1 else 0
    if best < _COMMON_WORD or runner_up:
        return None
    return ranked[0], f"{ranked[0]} makes a common word with a neighbour (count {best}, next {runner_up})"


def test_the_common_word_choice_tests_gb2312_only_for_words_and_chooses_alike() -> None:
    """Candidates drawn from common words' characters (simplified and traditional), rare ideographs,
    kana and symbols, beside neighbours that often make a word with them."""
    rng = random.Random(1602)
    common = sorted(w for w, n in word_counts().items() if n >= _COMMON_WORD)
    pool = sorted({c for w in rng.sample(common, 400) for c in w}) + list("經濟發營們這㐀䶮あア①é\ufffd")
    decided = 0
    for _ in range(1500):
        word = rng.choice(common)
        chars = set(rng.sample(pool, rng.randint(1, 60))) | ({word[1]} if rng.random() < 0.7 else set())
        prev, after = (word[0], "") if rng.random() < 0.5 else ("", rng.choice(pool))
        if rng.random() < 0.3:
            prev, after = rng.choice(pool), rng.choice(pool)
        got = common_word_choice(chars, prev, after)
        assert got == _common_word_choice_by_definition(chars, prev, after), (chars, prev, after)
        decided += got is not None
    assert decided > 100  # the choice is made often enough for the comparison to mean something


def _same_matches(fast: re.Pattern[str], plain: re.Pattern[str], pieces: list[str], seed: int) -> int:
    """Compare the match spans of two patterns on 3000 random strings of ``pieces``; how many strings matched."""
    rng = random.Random(seed)
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        spans = [m.span() for m in fast.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text
        matched += bool(spans)
    return matched


def test_the_breadcrumb_pattern_matches_as_first_written() -> None:
    """First written as alternatives opening with groups, tried at every character."""
    crumb = re.compile(
        "(?:[當当]前位置|您的位置|您[現现]在的位置)(?:(?!</(?:div|p|span|nav|li|td)>)[^\n]){0,300}"
        "|首[頁页](?:[ \u3000]*(?:>|»|->|&gt;|&raquo;)[ \u3000]*[^\n<>&]{1,16}){1,6}"
    )
    pieces = ["當前位置", "当前位置", "您的位置", "您現在的位置", "您现在的位置", "首頁", "首页", "首都", "當", "您",
              "首", " > ", "»", "->", "&gt;", "&raquo;", "\u3000", "</div>", "</li>", "<p>", "\n", "資訊",
              "財經", "：", "a"]
    assert _same_matches(CRUMB_RE, crumb, pieces, 1603) > 1000


def test_runs_of_lost_bytes_match_as_first_written() -> None:
    pieces = ["\ufffd", "锟", "錕", "斤", "拷", "斤拷", "锟斤拷", "嚙", "啮", "踝", "蕭", "萧", "嚙踝蕭", "啮踝萧",
              "(", "（", "【", "[", "a", "中", "\n"]
    loss = re.compile("\ufffd+|(?:[锟錕]斤拷|[嚙啮]踝[蕭萧])+")
    assert _same_matches(_LOSS_RE, loss, pieces, 1604) > 1000
    after_loss = re.compile("(?:\ufffd+|(?:[锟錕]斤拷|[嚙啮]踝[蕭萧])+)(?=[(（【\\[])")
    assert _same_matches(_AFTER_LOSS_RE, after_loss, pieces, 1604) > 1000


def test_lone_lost_characters_before_a_reading_match_as_first_written() -> None:
    pieces = ["\ufffd", "\ufffd\ufffd", "(mài)", "（zhěn）", "【bu4】", "(", "a", "中", "\n", " "]
    spot = re.compile(f"(?<!\ufffd)\ufffd(?={ANNOTATION_RE.pattern})")
    assert _same_matches(_SPOT_RE, spot, pieces, 1605) > 300


def test_mainland_datelines_are_found_as_by_the_whole_search() -> None:
    """Every dateline names a mainland publisher (in either script), so a text naming none is not searched
    (mainland_evidence searched whenever a political term showed too, and found none there): the search and
    the score alike."""
    pieces = ["新華社", "中新社", "人民網", "新华社", "人民网", "扬子晚报", "北京", "2月13日", "電", "电",
              "訊", "消息：", "來源", "来源", "：", ">", "<p>", "\n", " ", "\u3000", "。", "，", "國務院",
              "網絡", "信息", "本報北京8月1日電", "有關,部門", "“"]
    rng = random.Random(1606)
    simplified = opencc_converter("t2s").convert
    publishers = set(MAINLAND_PUBLISHERS) | {simplified(p) for p in MAINLAND_PUBLISHERS}  # 来源：扬子晚报
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        whole = _DATELINE_RE.search(text)
        got = mainland_dateline(text)
        assert (got and got.span()) == (whole and whole.span()), text
        if not any(p in text for p in publishers):
            assert whole is None, text
        found += whole is not None
    assert found > 150
