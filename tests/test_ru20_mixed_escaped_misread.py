# ruff: noqa: E501
"""A Russian paragraph of UTF-8 misread as windows-1252, saved in a KOI8-R or windows-1251 page: the codec holds a
few of the misread's characters (°, ², ·, ‚, €, », the NBSP), so they are written raw, and the rest (Ð, Ñ, ¸, the C1
controls for the bytes windows-1252 leaves undefined) as references: ``&#208;°`` is а, ``&#209;&#129;`` is с. No run of
references alone spells the UTF-8 (each is cut by a raw character), so only parts were read (``Ð°рии``). A run of
references and raw characters that spells UTF-8 as windows-1252 as a whole is now read as a whole.

Guards: a French page written with references (``caf&eacute;&nbsp;&raquo;``, é + a space + a quote) spells the bytes
E9 A0 BB, which are UTF-8 for one ideograph (``d&eacute;j&agrave;&nbsp;&raquo;``: a Samaritan letter); a letter that
leads three bytes followed by a NBSP is a word and a space, on a page without CJK text. The texts are our own; each test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.encodings import decode
from pipeline.repair.references import read_escaped_mojibake

TITLE = "Рыбаки Заозёрья открыли сезон"
PARAS = ["Рыболовецкие артели Заозёрского района вышли на промысел и за первую неделю сдали 37 тонн судака и леща.",
         "«Вода в этом году прогрелась рано, рыба пошла дружно», — рассказал бригадир Семён Лаптев.",
         "Переработчики ожидают, что цены на свежую рыбу весной не вырастут."]


def _page(codec: str, misread: list[int]) -> bytes:
    def moji(text: str) -> str:  # as a browser reads windows-1252: the five undefined bytes are C1 controls
        return "".join(decode(bytes([b]), "cp1252") or chr(b) for b in text.encode("utf-8"))

    paras = [moji(p) if i in misread else p for i, p in enumerate(PARAS)]
    label = {"koi8-r": "koi8-r", "cp1251": "windows-1251"}[codec]
    page = (f'<html lang="ru"><head><meta charset="{label}"><title>{TITLE}</title></head><body><article>'
            f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    return page.encode(codec, "xmlcharrefreplace")


@pytest.mark.parametrize("codec", ["koi8-r", "cp1251"])
@pytest.mark.parametrize("misread", [[0], [0, 2]])
def test_a_misread_paragraph_half_raw_half_references_in_a_cyrillic_page_is_read(codec: str, misread: list[int]) -> None:
    data = _page(codec, misread)
    assert b"&#208;" in data and b"&#129;" in data  # Ð and the C1 control of 0x81 (с is D1 81) as references
    rec = clean_html(data)
    assert (rec.title, rec.text) == (TITLE, "\n".join(PARAS))


@pytest.mark.parametrize("codec", ["koi8-r", "cp1251"])
def test_a_cyrillic_page_without_misread_is_untouched(codec: str) -> None:
    rec = clean_html(_page(codec, []))
    assert (rec.text, rec.changes) == ("\n".join(PARAS), [c for c in rec.changes if c.stage == "strip"])


def test_a_run_of_references_and_raw_characters_is_read_whole() -> None:
    page = "<p>&#208;&#144;&#208;&#179;&#209;&#8364;&#208;°&#209;&#8364;&#208;&#184;&#208;&#184; &#209;&#129;&#208;&#187;&#208;&#190;&#208;²&#208;°</p>"
    assert read_escaped_mojibake(page).text == "<p>Аграрии слова</p>"


@pytest.mark.parametrize("page", ["<p>&laquo;&nbsp;Il faut un caf&eacute;&nbsp;&raquo;, dit-il.</p>",
                                  "<p>Un café&nbsp;&nbsp;noir, dit le maître.</p>",
                                  "<p>&laquo;&nbsp;C&rsquo;est d&eacute;j&agrave;&nbsp;&raquo;, dit-il.</p>"])
def test_a_word_a_space_and_a_quote_written_as_references_are_no_ideograph(page: str) -> None:
    assert read_escaped_mojibake(page).changes == []


def test_a_french_page_written_with_references_keeps_its_words() -> None:
    rec = clean_html("<html lang=fr><body><article><h1>Le caf&eacute;</h1><p>&laquo;&nbsp;Il faut un caf&eacute;&nbsp;&raquo;, a dit le "
                     "ma&icirc;tre du th&eacute;&acirc;tre hier soir &agrave; Paris, devant une salle pleine.</p></article></body></html>")
    assert rec.text.startswith("«\xa0Il faut un café\xa0», a dit")
    assert rec.script is None
