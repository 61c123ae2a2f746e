# ruff: noqa: E501
"""Audit39's decode fix: a Big5 page that lost one lead byte where the decoder never fails (the stranded trail
pairs with the next lead until a trail in the ASCII range is read alone, as a letter). The texts are our own;
each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.decode import decode_bytes

PARAS = ("（記者李承翰／台北報導）臺灣鐵路公司今天公布春節疏運計畫，春節車票將於12月9日凌晨開放網路訂票，旅客可多加利用。",
         "圖書館負責人介紹，延長開放時間後，自習區和兒童閱覽區將同步開放，館內還新增了座位，方便讀者夜間學習。",
         "台鐵也提醒，近期有不肖人士假冒客服進行詐騙，民眾如接獲可疑電話，應撥打反詐騙專線查證。")


def _page(paras: tuple[str, ...]) -> bytes:
    return ('<html><head><meta charset="big5"><title>台鐵春節加開列車</title></head><body><h1>台鐵春節加開列車</h1>'
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>").encode("big5hkscs")


def _lose_lead(data: bytes, ch: str) -> bytes:
    """The page with the lead byte of the first ``ch`` lost."""
    b = ch.encode("big5hkscs")
    return data.replace(b, b[1:], 1)


def test_a_lost_lead_byte_the_decoder_reads_past_is_read_in_step_again() -> None:
    """介紹，延長 that lost 紹's lead reads 介苤A延長 (紹's trail and the comma's lead make 苤, the comma's
    trail 0x41 is read as A): read in step, the stray byte a flagged U+FFFD and 介, 延長 intact."""
    data = _lose_lead(_page(PARAS), "紹")
    assert "\ufffd" not in data.decode("big5hkscs")  # the decoder never fails
    decoded = decode_bytes(data)
    assert "介\ufffd，延長" in decoded.text and len(decoded.strays) == 1
    rec = clean_html(data)
    assert rec.text.split("\n")[1].replace("\ufffd", "紹") == PARAS[1]
    assert any(f.rule == "replacement_chars" for f in rec.flags) or "\ufffd" not in rec.text


def test_a_capital_letter_written_alone_between_ideographs_stays() -> None:
    """A股, B肝 and 維他命C的: a capital alone between ideographs is how Chinese writes them; nothing is realigned."""
    paras = ("今年A股市場交易熱絡，多檔電子股創下新高，投資人普遍看好後市表現。", "專家提醒，B肝帶原者應定期追蹤，並補充維他命C的攝取。", PARAS[2])
    decoded = decode_bytes(_page(paras))
    assert not decoded.strays and all(p in decoded.text for p in paras)


def test_ascii_brackets_around_words_are_no_trail_read_alone() -> None:
    """元宵節也叫[上元]、[上元節] (a GBK page of traditional text): ] after an ideograph is the writer's bracket."""
    paras = ("元宵節也叫[燈節]、[燈夕]，又因為元宵節是春節的最後一天，大家都利用這個最後機會盡情玩樂。", "元宵節也叫[上元]、[上元節]，這是從道教借來的說法。", PARAS[2])
    data = ('<html><head><meta charset="gbk"><title>元宵節</title></head><body><h1>元宵節</h1>'
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>").encode("gb18030")
    decoded = decode_bytes(data)
    assert not decoded.strays and all(p in decoded.text for p in paras)


def test_a_lost_lead_byte_is_read_in_step_under_an_overruled_utf8_byte_order_mark() -> None:
    """A Big5 page a farm's script prefixed with a UTF-8 byte order mark: the mark is overruled and the page
    read as Big5 from the byte after it, so the lost lead byte is found at the same offsets (before, the
    stretch's bytes were read three bytes early and nothing was realigned)."""
    data = b"\xef\xbb\xbf" + _lose_lead(_page(PARAS), "紹")
    decoded = decode_bytes(data)
    assert decoded.encoding == "big5hkscs" and decoded.mislabeled
    assert "介\ufffd，延長" in decoded.text and len(decoded.strays) == 1
