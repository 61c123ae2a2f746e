# ruff: noqa: E501
"""Audit40 session 22: a traditional character of a GBK page whose trail byte is a letter (組 is BD 4D, "M"), before
a letter of the text (編組A型車), was read as a lost byte's damage: the realigner left its lead byte out (編\\ufffdMA型車)
because that reading holds one lone letter and one odd character fewer, though the rest reads as oddly (a traditional
text in GBK): no lost byte threw that run out of step. The texts are our own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.decode import decode_bytes


def _page(paragraph: str) -> bytes:
    return f"<html><head><title>地铁新线开通</title></head><body><p>{paragraph}</p></body></html>".encode("gbk")


def test_a_traditional_characters_letter_trail_before_a_letter_is_no_lost_byte() -> None:
    for paragraph in ("地鐵十九號線一期採用八輛編組A型車，最高運行時速一百公里，列車配備全自動運行功能。",
                      "列車採用六輛編組B型車，設計時速八十公里。"):
        decoded = decode_bytes(_page(paragraph))
        assert paragraph in decoded.text and not decoded.strays, decoded.evidence
        assert "\ufffd" not in clean_html(_page(paragraph)).text


def test_a_lost_lead_byte_before_a_lone_letter_is_still_read_in_step() -> None:
    """Guard: 介紹 losing 紹's lead in Big5 reads 介苤A延長 out of step; the realigner still reads it in step again."""
    text = "本報訊 市政府介紹，延長地鐵營運時間的方案已獲通過，將於下月起實施。"
    raw = text.encode("big5")
    lead = raw.index("紹".encode("big5"))
    page = b"<html><head><title>\xa6a\xc5K</title></head><body><p>" + raw[:lead] + raw[lead + 1 :] + b"</p></body></html>"
    decoded = decode_bytes(page)
    assert decoded.strays and "延長地鐵" in decoded.text, decoded.evidence


def test_a_big5_lost_lead_byte_is_read_in_step_beside_another_odd_character() -> None:
    """Big5 reads a traditional text's characters as they are: one odd character fewer is enough there (the
    two-fewer rule above is GBK's). 賽 losing its lead before 。 reads 比氶C out of step; a byte no Big5 character
    holds earlier in the run (a reading's tone mark written as 0x88) stays odd either way."""
    raw = "來自各地的冬泳愛".encode("big5") + b"\xa1i\x88ji\xa1j" + "好者參加了比賽。".encode("big5")
    lead = raw.index("賽".encode("big5"))
    page = b"<html><head><title>\xa6a\xc5K</title></head><body><p>" + raw[:lead] + raw[lead + 1 :] + b"</p></body></html>"
    decoded = decode_bytes(page)
    assert decoded.strays and "參加了比\ufffd。" in decoded.text, decoded.evidence
