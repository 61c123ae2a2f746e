"""A lost byte placed by the page's own character pairs (decode_realign, decode_page_pairs): audit41's
lost-lead runs. The texts are our own; the first two tests failed before the fix."""

from __future__ import annotations

import opencc

from pipeline.decode import decode_bytes

PARAS = ["合作社把分散的农户组织起来，统一采购农资，统一销售粮食，农民的收入比往年明显提高。",
         "社长介绍，合作社成立之初只有十几户，如今已经发展到三百多户，带动周边村庄一起发展起来。",
         "下一步，合作社将继续扩大种植规模，把农户更紧密地组织起来，让更多农民分享产业发展的成果。"]


def _raw() -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in PARAS)
    return f'<html><head><meta charset="gbk"><title>合作社</title></head><body>{body}</body></html>'.encode("gbk")


def _without(raw: bytes, at: int) -> str:
    return decode_bytes(raw[:at] + raw[at + 1 :]).text


def test_a_run_read_out_of_step_in_common_characters_is_placed_by_the_pages_pairs() -> None:
    """分散的农户 lost 的's lead byte: read out of step, 的's trail with 农's lead is 呐, a common character, and
    the decoder fails only at 农's trail: a reading with nothing odd in it, which was taken as it came
    (分散呐�户). The page writes 农户 elsewhere; read with the stray byte in 的's place, the run holds it."""
    raw = _raw()
    assert "分散\ufffd农户组织起来" in _without(raw, raw.index("的农户".encode("gbk")))


def test_a_lost_trail_byte_is_placed_by_the_pages_pairs() -> None:
    """发展起来 lost 起's trail byte: 起's lead with 来's lead reads 评, then 来's trail with 。's lead reads 础,
    as odd as the reading in step (起's lead stray: 发展�来。); the page writes 起来 twice elsewhere."""
    raw = _raw()
    at = raw.index("起来。</p>\n<p>下".encode("gbk")) + 1
    assert "一起发展\ufffd来。" in _without(raw, at)


def test_a_byte_lost_at_a_runs_end_stays_where_the_decoder_reads_it() -> None:
    """Guard: 。 lost its trail byte at a paragraph's end; the decoder's own reading (成果�) is in step, as the
    pair before it, written elsewhere by the page (发展), tells: it stays."""
    raw = _raw()
    at = raw.index("。</p>\n</body>".encode("gbk")) + 1
    assert "产业发展的成果\ufffd</p>" in _without(raw, at)


def test_a_lost_byte_in_a_traditional_page_is_placed_by_its_pairs() -> None:
    """The same in Big5 (our paragraphs in s2tw): 明顯 lost 明's lead byte; the run read out of step up to the
    full stop ties with the reading in step, which the page's pairs (顯提, 提高) settle."""
    converted = [opencc.OpenCC("s2tw").convert(p) for p in PARAS]
    raw = "".join(f"<p>{p}</p>\n" for p in converted).encode("big5")
    at = raw.index("明顯".encode("big5"))
    assert "比往年\ufffd顯提高。</p>" in decode_bytes(raw[:at] + raw[at + 1 :], "text/html; charset=big5").text
