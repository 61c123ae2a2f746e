"""A soft hyphen, ZWNJ or ZWJ a reposter put inside a German word right after ß (``Fuß\\u200dgänger``) was kept: the
in-word fixer left every one after a character that leads a two-byte UTF-8 sequence read as windows-1252 (Â-ß), as
``Ã\\u00ad`` is the misread of í. Only the soft hyphen is a byte of such a misread (windows-1252 has no ZWNJ or
ZWJ), and ß leads none a Western or Cyrillic page holds (U+07C0-U+07FF, NKo). Guards: ``Ã\\u00ad`` and ``Ð\\u00ad``
(Э) stay for the mojibake fixers. The texts are our own; the tests failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_text
from pipeline.repair import repair_text
from pipeline.repair.common import Context
from pipeline.repair.invisible import fix_in_word

STORY = ("Die neue Fußgängerbrücke über den Hafenkanal wird im Herbst eröffnet, teilte die Stadtverwaltung mit.\n"
         "Die Straße am Ufer bleibt während der Bauarbeiten für den Verkehr gesperrt, sagte die Sprecherin.")


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200c", "\u200d"])
def test_an_invisible_after_eszett_inside_a_word_is_removed(invisible: str) -> None:
    text = STORY.replace("Fußgänger", f"Fuß{invisible}gänger").replace("Straße", f"Straß{invisible}e")
    assert fix_in_word(text, Context()).text == STORY
    assert clean_text(text).text == STORY


@pytest.mark.parametrize("mojibake", ["mÃ\u00adnimo", "Ð\u00adто"])
def test_a_soft_hyphen_after_a_misread_lead_stays_for_the_mojibake_fixers(mojibake: str) -> None:
    assert fix_in_word(f"Il {mojibake} texte", Context()).changes == []


def test_a_misread_soft_hyphen_is_repaired_not_removed() -> None:
    assert repair_text("El precio mÃ\u00adnimo subió un 5 % según el informe del mes pasado.").text == (
        "El precio mínimo subió un 5 % según el informe del mes pasado.")
