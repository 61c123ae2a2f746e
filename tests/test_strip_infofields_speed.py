"""info_fields' shortcut: a line that _may_separate rules out is one _SEPARATORS does not split, so the
pattern's slow scan is skipped only where it would find nothing."""

from __future__ import annotations

import itertools

from pipeline.strip.infofields import _SEPARATORS, _may_separate, info_fields

_WHITESPACE = [chr(c) for c in range(0x3100) if chr(c).isspace()]


def test_no_line_the_pattern_splits_is_ruled_out() -> None:
    pieces = ["ab", "来源：X", "12", "-", "|", "·", "•", "—", "–", "｜", "│", *_WHITESPACE]
    for n in (1, 2, 3):
        for parts in itertools.product(pieces, repeat=n):
            line = ("x" + "".join(parts) + "y").strip()
            if not _may_separate(line):
                assert _SEPARATORS.split(line) == [line], repr(line)


def test_two_whitespace_characters_of_any_kind_may_separate() -> None:
    assert all(_may_separate(f"a{x}{y}b") for x in _WHITESPACE for y in _WHITESPACE)
    assert not _may_separate("Source: Harbor Ledger, 14 March 2026, by Mia Colton")


def test_fields_are_read_as_before() -> None:
    assert info_fields("Source: Harbor Ledger | 14.03.2026 | By Mia Colton") == [
        "Source: Harbor Ledger", "14.03.2026", "By Mia Colton"]
    assert info_fields("来源：经济日报\u3000作者：张三") == ["来源：经济日报", "作者：张三"]
    assert info_fields("The council met on Tuesday to discuss the harbour budget.") == []
