# ruff: noqa: E501
"""Audit37's mojibake fixes (a combinatorial generator's NON-Chinese reposts). The texts are our own; each
test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_text

JA = ["北浜電鉄は１５日、北浜線で新型車両の営業運転を始めた。座席数は従来型より約２割多く、全ての車両に無料の通信設備を備えた。",
      "新型車両は年内に計１２編成が導入される予定で、旧型車両は来年春までに順次引退する見込みだという。"]


@pytest.mark.parametrize("title", ["北浜線で新型車両の運行始まる　座席数を二割増加", "新型車両の運行始まる、座席数を二割増加へ"])
def test_a_japanese_title_of_utf8_read_as_shift_jis_is_restored(title: str) -> None:
    """UTF-8 read as Shift_JIS (Windows-31J, as browsers read it): the 0x80 middle byte of 、 and of the
    ideographic space becomes a C1 control among the kanji (繧九\\x80\\x80蠎), which the Western fixer took
    for cp1252's € and the Shift_JIS round trip could not encode back. The C1 control beside kana and
    ideographs is left to the CJK fixer, whose Shift_JIS round trip is Windows-31J's."""
    moji = title.encode("utf-8").decode("cp932")
    rec = clean_text(moji + "\n\n" + "\n\n".join(JA))
    assert (rec.title, rec.text) == (title, "\n".join(JA))
