"""Decoding's fast paths and gates, each against the slower way it replaces (same answers), and inputs that
made decoding raise (nothing raises: a bad label is dropped, bad bytes are replaced)."""

from __future__ import annotations

from pipeline.decode import decode_bytes


def test_a_nul_byte_in_a_meta_charset_drops_the_label() -> None:
    page = '<html><head><meta charset="gb\x002312"><title>天气</title></head><body><p>今天晴。</p></body></html>'
    decoded = decode_bytes(page.encode("gbk"))
    assert decoded.text == page
    assert decoded.declared is None  # the label was not read as one


def test_an_encoded_surrogate_in_a_run_of_utf8_inside_a_legacy_line_is_no_utf8_run() -> None:
    # a Korean page whose line holds a run of UTF-8 look-alike bytes with a UTF-8-encoded surrogate (ED A0 80)
    line = "지역 도서관은 겨울방학을 맞아".encode("cp949") + b"\xed\xa0\x80\xe5\x90\x8d\xe5\x90\x8d\xe5\x90\x8d"
    data = b"<html><body><p>" + line + "어린이를 위한 독서 교실을 운영한다.".encode("cp949") + b"</p></body></html>"
    decoded = decode_bytes(data, "text/html; charset=euc-kr")
    assert "지역 도서관은" in decoded.text
