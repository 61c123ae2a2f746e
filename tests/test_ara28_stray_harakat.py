"""Arabic vowel marks (harakat) only count for windows-1256 right after an Arabic letter or another mark. KOI8-R's
capitals read in windows-1256 give marks after spaces and punctuation (Р and С, which UTF-8 Russian read as
windows-1251 is full of, are a kasratan and a fatha there): such a reading scored as Arabic and won over KOI8-R.
The texts are our own."""

from __future__ import annotations

import pytest

from pipeline.decode import decode_bytes
from pipeline.plausibility import plausibility

RUSSIAN = ["Мост длиной триста метров соединил два района города.",
           "Движение по нему открыли в субботу утром, после проверки комиссией."]
ARABIC = ["افْتُتِحَتْ مَكْتَبَةٌ جَدِيدَةٌ لِلْأَطْفَالِ فِي وَسَطِ الْمَدِينَةِ يَوْمَ السَّبْتِ.",
          "تَضُمُّ الْمَكْتَبَةُ أَكْثَرَ مِنْ عَشَرَةِ آلَافِ كِتَابٍ، وَتُقِيمُ كُلَّ أُسْبُوعٍ جَلْسَةً لِلْقِرَاءَةِ."]


def _russian_page_with_garbled_title() -> bytes:
    """A KOI8-R page whose title was garbled before it was saved (its UTF-8 read as windows-1251: "Р’ РўРІРµСЂРё"),
    the characters KOI8-R lacks written as character references."""
    title = "В Твери открыли новый пешеходный мост через Волгу".encode().decode("cp1251")
    page = (f"<html><head><title>{title}</title></head><body>"
            + "".join(f"<p>{p}</p>\n" for p in RUSSIAN) + "</body></html>")
    return page.encode("koi8-r", "xmlcharrefreplace")


@pytest.mark.parametrize("content_type", [None, "text/html; charset=windows-1251"])
def test_koi8r_page_is_not_read_as_arabic(content_type: str | None) -> None:
    decoded = decode_bytes(_russian_page_with_garbled_title(), content_type)
    assert decoded.encoding == "koi8-r"
    assert all(p in decoded.text for p in RUSSIAN)


def test_marks_away_from_arabic_letters_score_against_windows_1256() -> None:
    attached = "كِتَابٌ جَدِيدٌ"
    stray = "ٍ ٍ َ ٍ ٍ" + " abc ٌ"
    assert plausibility(attached, "cp1256") == 1.0
    assert plausibility(stray, "cp1256") < 0


@pytest.mark.parametrize("codec", ["cp1256", "utf-8"])
def test_arabic_with_harakat_keeps_its_codec(codec: str) -> None:
    page = ("<html><head><title>مكتبة جديدة</title></head><body>"
            + "".join(f"<p>{p}</p>\n" for p in ARABIC) + "</body></html>")
    decoded = decode_bytes(page.encode(codec))
    assert decoded.encoding == codec
    assert all(p in decoded.text for p in ARABIC)
