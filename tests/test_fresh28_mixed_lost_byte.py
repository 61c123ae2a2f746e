# ruff: noqa: E501
"""Session 28, fresh audit seeds: a Big5 page holding its title in raw UTF-8 (decoded region by region) that also
lost one lead byte in a paragraph where the decoder never fails: the realignment of a stretch thrown out of step
(.decode_lone_trail) ran on pages of one region only, so the paragraph kept its misread characters (垃ㄕ炮偃]施). The
texts are our own; the test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.decode import decode_bytes

_TITLE = "城區新增夜市疏導點 攤販有序經營"
_PARAS = ("（記者李承翰／台中報導）為解決流動攤販佔道經營問題，市府近日在城區設置了八處攤販疏導點，並規劃夜間經營時段。",
          "圖書館負責人介紹，延長開放時間後，自習區和兒童閱覽區將同步開放，館內還新增了座位，方便讀者夜間學習。",
          "市場管理處提醒，攤主須遵守營業時間並保持環境整潔，違規者將被取消經營資格。")


def _page() -> bytes:
    """Big5 bytes with the <title> and the <h1> in raw UTF-8 (a farm pasted its headline unconverted)."""
    head = f'<html><head><meta charset="big5"><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>'.encode()
    return head + ("".join(f"<p>{p}</p>" for p in _PARAS) + "</body></html>").encode("big5hkscs")


def test_a_lost_lead_byte_on_a_page_decoded_region_by_region_is_read_in_step_again() -> None:
    """紹's lead lost: its trail and the comma's lead read 苤, the comma's trail is read alone as A; read in step
    again, the stray byte stands as one flagged U+FFFD and 介, 延長 and the UTF-8 title are intact."""
    b = "紹".encode("big5hkscs")
    data = _page().replace(b, b[1:], 1)
    decoded = decode_bytes(data)
    assert decoded.source == "mixed" and _TITLE in decoded.text
    assert "介\ufffd，延長" in decoded.text and len(decoded.strays) == 1, decoded.evidence
    assert decoded.text[decoded.strays[0].offset] == "\ufffd"
    rec = clean_html(data)
    assert rec.title == _TITLE
    assert rec.text.split("\n")[1].replace("\ufffd", "紹") == _PARAS[1]
    assert any(f.rule == "replacement_chars" for f in rec.flags) or "\ufffd" not in rec.text


def test_a_lost_lead_byte_where_the_decoder_fails_on_a_page_decoded_region_by_region_is_read_in_step() -> None:
    """市's lead lost before 場 and a reference (加權指數市場&#160;上漲): the decoder pairs 市's trail with 場's lead and
    fails on 場's trail before the '&'; the line is read in step as on a page of one region, the stray kept."""
    paras = ("台股今天跟進大漲，加權指數市場&#160;上漲312點，收在2萬3468點，成交量新台幣5120億元。", *_PARAS[1:])
    head = f'<html><head><meta charset="big5"><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>'.encode()
    page = head + ("".join(f"<p>{p}</p>" for p in paras) + "</body></html>").encode("big5hkscs")
    b = "市".encode("big5hkscs")
    decoded = decode_bytes(page.replace(b, b[1:], 1))
    assert decoded.source == "mixed" and _TITLE in decoded.text
    assert "加權指數\ufffd場&#160;上漲" in decoded.text and len(decoded.strays) == 1, decoded.evidence
