# ruff: noqa: E501
"""Audit32 session 19: an NBSP separator after a lost character (fresh seed 46). The text is our own; the test
failed before its fix."""

from __future__ import annotations

from pipeline.repair import repair_text


def test_an_nbsp_after_a_replacement_character_in_a_byline_becomes_a_plain_space() -> None:
    """（记\ufffd\u00a0苏映雪）: 者 was lost to U+FFFD, which makes the line look like mojibake (where an NBSP may be a
    byte, so NBSPs are kept); one between a lost character and an ideograph is no mojibake's byte but the byline's
    separator, as one before a lost character already was (校园\u00a0\ufffd场)."""
    text = "本报讯（记\ufffd\u00a0苏映雪 实习生 唐可）自5月起，省博物馆每周五、周六开放夜场至21时。开放首月，夜场共接待观众8.2万人次。"
    rec = repair_text(text)
    assert rec.text.startswith("本报讯（记\ufffd 苏映雪 实习生 唐可）自5月起")
