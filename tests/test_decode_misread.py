"""A GBK-labelled page whose text is UTF-8 a farm read as GBK and saved again (浠婂ぉ澶╂皵, U+FFFD written as
GB18030's four bytes): the label is right about the bytes, so the page is read as GB18030 and its damage is
flagged by the repair stage, instead of a single-byte codec that read the bytes as Cyrillic and hid the damage
(audit28's probe). The texts are our own."""

from __future__ import annotations

from pipeline import clean_html
from pipeline.decode import decode_bytes
from pipeline.decode_choose import utf8_misread

PARAS = ("今天天气很好，我们去公园散步。然后回家吃饭，晚上看了一场电影，大家都很开心。",
         "第二段的内容也很重要，公园里有很多人在跑步和打太极拳。")


def _misread(text: str) -> str:
    return text.encode("utf-8").decode("gbk", "replace")


def test_a_gbk_page_of_misread_utf8_keeps_its_label_and_its_damage_is_flagged() -> None:
    body = "".join(f"<p>{_misread(p)}</p>" for p in PARAS)
    raw = (f"<html><head><meta charset=gbk><title>{_misread('公园散步')}</title></head>"
           f"<body><h1>{_misread('公园散步')}</h1>{body}</body></html>").encode("gb18030")
    decoded = decode_bytes(raw)
    assert (decoded.encoding, decoded.mislabeled) == ("gb18030", False)
    assert "UTF-8 text misread as gb18030" in decoded.evidence
    record = clean_html(raw)
    assert record.encoding == "gb18030" and any(flag.rule == "replacement_chars" for flag in record.flags)


def test_real_gbk_text_is_not_taken_for_misread_utf8() -> None:
    assert not utf8_misread("".join(PARAS), "gb18030")
    assert utf8_misread(_misread("".join(PARAS)), "gb18030")
    assert not utf8_misread(_misread("短"), "gb18030")  # too little text to tell
