"""A lost lead byte ("?" and its trail byte) ending a headline's part before a typographic space
(寒潮來?u\u2002東北…: the repost swapped the headline's word space for an en space) is flagged, and
its "?" is never read as a folded question mark."""

from __future__ import annotations

import pytest

from pipeline import clean_html


def _page(headline: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>云端资讯站</title></head><body><article>"
            f"<h1>{headline}</h1><p>本报讯 受冷空气影响，今明两天北方多地将出现大风降温天气，"
            "气象部门提醒市民注意防寒保暖。</p>"
            "<p>交通部门已提前部署道路除冰工作，部分高速路段可能临时封闭。</p></article></body></html>")


@pytest.mark.parametrize("space", ["\u2002", "\u2009", "\u202f"])
def test_a_lost_byte_before_a_typographic_space_is_flagged(space: str) -> None:
    record = clean_html(_page(f"强风?u{space}北方多地明起降温"))
    assert "lost_lead_byte" in [flag.rule for flag in record.flags]
    assert record.title is not None and "?u" in record.title and "？" not in record.title


def test_a_question_before_one_ascii_space_is_prose() -> None:
    record = clean_html(_page("降温来了吗?I 北方多地明起降温"))
    assert "lost_lead_byte" not in [flag.rule for flag in record.flags]
