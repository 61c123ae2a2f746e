"""A Russian paragraph in windows-1251 read as windows-1252 (``Ïî åãî ñëîâàì``) and saved again in a KOI8-R or
windows-1251 page: neither codec has those Latin letters, so each is written as a reference
(``&#207;&#238; &#229;&#227;&#238;``), beside the raw « » — both tables hold. No fixer read references spelling
Cyrillic bytes (only UTF-8 and legacy CJK ones), so the page showed Latin mojibake. A run of eight or more
references to windows-1252's letters, with the ASCII and raw marks between them, whose bytes read in windows-1251
or KOI8-R as plausible Cyrillic text, clearly better than in the other, is read as that text.

Guards: a French page written with references (``caf&eacute; cr&egrave;me``) and a short run stay. The texts are
our own; the tests failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.repair.escaped_cyrillic import read_escaped_cyrillic

TITLE = "В Озёрске открыли новый мост через реку"
PARAS = ["Движение по новому мосту через реку Сосновку открыли в субботу, сообщила пресс-служба администрации.",
         "По её словам, «строительство заняло два года и обошлось бюджету в 1,2 млрд рублей» — быстрее плана.",
         "Жители соседних сёл теперь добираются до райцентра за двадцать минут."]


def _page(codec: str, misread: list[int], victim: str = "cp1251") -> bytes:
    paras = [p.encode(victim).decode("cp1252") if i in misread else p for i, p in enumerate(PARAS)]
    label = {"koi8-r": "koi8-r", "cp1251": "windows-1251"}[codec]
    page = (f'<html lang="ru"><head><meta charset="{label}"><title>{TITLE}</title></head><body><article>'
            f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    return page.encode(codec, "xmlcharrefreplace")


@pytest.mark.parametrize("codec", ["koi8-r", "cp1251"])
@pytest.mark.parametrize("misread", [[1], [0, 2]])
def test_a_cyrillic_paragraph_misread_as_windows_1252_and_escaped_is_read(codec: str, misread: list[int]) -> None:
    data = _page(codec, misread)
    assert b"&#207;&#238;" in data or b"&#196;&#226;" in data
    rec = clean_html(data)
    assert (rec.title, rec.text) == (TITLE, "\n".join(PARAS))


def test_koi8_r_misread_as_windows_1252_in_a_windows_1251_page_is_read_as_koi8_r() -> None:
    rec = clean_html(_page("cp1251", [0], victim="koi8-r"))
    assert rec.text == "\n".join(PARAS)


@pytest.mark.parametrize("page", [
    "<p>Un caf&eacute; cr&egrave;me et une cr&ecirc;pe &agrave; la fra&icirc;che, pr&egrave;s du "
    "lyc&eacute;e, &ccedil;a co&ucirc;te peu.</p>",
    "<p>&#207;&#238; &#229;&#227;&#238; &#241;&#235;</p>",  # seven references: too few to tell
])
def test_french_references_and_a_short_run_stay(page: str) -> None:
    assert read_escaped_cyrillic(page).changes == []


def test_a_run_with_a_reference_escaped_twice_is_read_once_that_is_read() -> None:
    rec = clean_html(_page("koi8-r", [0]).replace(b"&#232;", b"&amp;egrave;"))
    assert rec.text == "\n".join(PARAS)
