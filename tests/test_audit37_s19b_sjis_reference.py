# ruff: noqa: E501
"""Audit37 session 19b: UTF-8 read as Shift_JIS (Windows-31J, as browsers read it) on a page saved in a
Shift_JIS or EUC-JP codec. The misread holds the C1 control U+0080 wherever a UTF-8 byte 0x80 stands
alone (the middle byte of 、, 。 and the ideographic space, E3 80 xx), which those codecs have no byte for:
the page writes it as ``&#128;``, which HTML reads as windows-1252's €. The fixers read the text with its
references, so the misread run was cut at each one and only its first part repaired; and € had no byte
in the Shift_JIS round trip. The texts are our own; each test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.repair.roundtrip import round_trip

TITLE = "港町の朝市に新しい屋台村　週末は深夜まで営業"
PARAS = ["港町の朝市は１０日、新しい屋台村を開いた。地元の漁師が釣った魚をその場で焼いて出す店が並び、初日から多くの客でにぎわった。",
         "観光協会によると、家族連れが目立ち、次回も開く予定だ。"]


def _page(codec: str, label: str, misread_title: bool) -> bytes:
    def moji(text: str) -> str:
        return text.encode("utf-8").decode("cp932")

    title = moji(TITLE) if misread_title else TITLE
    paras = [PARAS[0], PARAS[1] if misread_title else moji(PARAS[1] + "\u3000")]  # (a trailing space, as pasted)
    page = (f'<html lang="ja"><head><meta charset="{label}"><title>{TITLE}</title></head><body><article>'
            f'<h1>{title}</h1>' + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    return page.encode(codec, "xmlcharrefreplace")


@pytest.mark.parametrize("codec, label", [("shift_jis", "Shift_JIS"), ("euc_jp", "EUC-JP")])
@pytest.mark.parametrize("misread_title", [True, False])
def test_utf8_read_as_shift_jis_with_its_0x80_bytes_as_references_is_restored(codec: str, label: str,
                                                                               misread_title: bool) -> None:
    data = _page(codec, label, misread_title)
    assert b"&#128;" in data
    rec = clean_html(data)
    assert (rec.title, rec.text) == (TITLE, "\n".join(PARAS))


def test_the_euro_sign_html_reads_for_the_reference_goes_back_to_its_byte() -> None:
    moji = (PARAS[1] + "\u3000").encode("utf-8").decode("cp932")
    assert round_trip(moji.replace("\x80", "€"), "cp932", "utf-8") == PARAS[1] + "\u3000"


def test_a_reference_to_a_c1_control_outside_cjk_text_stays() -> None:
    """A reference among Latin text is no misread CJK: the page's own, read by the parser as ever."""
    page = (b'<html lang="en"><head><meta charset="utf-8"><title>Prices</title></head><body><article><h1>Prices</h1>'
            b"<p>The ticket costs 5 &#128; on weekdays and seven on the weekend, the operator said on Monday.</p>"
            b"</article></body></html>")
    assert "5 € on weekdays" in clean_html(page).text
