"""Audit41's lost-lead-byte fixes (a seed-built generator's GBK and Big5 pages). The texts are our own; each
test failed before its fix."""

from __future__ import annotations

import opencc

from pipeline.decode import decode_bytes

COURT = ["法院认为，被执行人有履行能力而拒不履行生效法律文书确定的义务，应当依法承担法律后果。",
         "执行法官多次约谈李某，告知其拒不履行的法律后果，李某始终以资金紧张为由拖延。",
         "法官提醒，被执行人应当自觉履行义务，拒不履行的，法院将依法采取罚款、拘留等措施。"]


def _page(paras: list[str], codec: str) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    head = f'<html><head><meta charset="{codec}"><title>拒不履行判决被拘留</title></head>'
    return f"{head}<body><h1>拒不履行判决被拘留</h1>\n{body}</body></html>"


def _folded() -> list[str]:
    """The paragraphs converted (s2tw) with the seed's folded commas: the decoder fails at the ASCII one."""
    return [opencc.OpenCC("s2tw").convert(p).replace("，", ",") for p in COURT]


def test_a_run_read_out_of_step_in_common_characters_is_placed_by_the_pages_pairs() -> None:
    """告知其拒不履行的法律後果 in GBK lost 的's lead byte: the characters read out of step up to the next comma
    are common ones too, so several places of the stray byte read as oddly as the best; the page writes 法律,
    律後 and 後果 elsewhere, and only the reading in step holds them with its neighbours."""
    raw = _page(_folded(), "gbk").encode("gbk")
    at = raw.index("的法律後果,李".encode("gbk"))
    decoded = decode_bytes(raw[:at] + raw[at + 1 :])
    assert "拒不履行\ufffd法律後果" in decoded.text and len(decoded.strays) == 1


def test_a_lost_trail_byte_is_placed_by_the_pages_pairs() -> None:
    """法律後果 lost 後's trail byte: 後's lead with 果's lead read 峁, 果's trail failed before the comma. The
    decoder's reading (峁�) and the reading in step (�果) are as odd; the page writes 法律後果 elsewhere, whose
    律後 only a character holding 後's lead makes beside the U+FFFD: the stray byte is placed there."""
    raw = _page(_folded(), "gbk").encode("gbk")
    at = raw.index("後果,李".encode("gbk")) + 1
    decoded = decode_bytes(raw[:at] + raw[at + 1 :])
    assert "告知其拒不履行的法律\ufffd果,李某" in decoded.text and len(decoded.strays) == 1


def test_a_byte_lost_at_a_runs_end_stays_where_the_decoder_reads_it() -> None:
    """Guard: 果 lost its trail byte before the comma; the decoder's own reading (法律後\ufffd) is right and
    stays."""
    raw = _page(_folded(), "gbk").encode("gbk")
    at = raw.index("果,李".encode("gbk")) + 1
    decoded = decode_bytes(raw[:at] + raw[at + 1 :])
    assert "告知其拒不履行的法律後\ufffd,李某" in decoded.text
