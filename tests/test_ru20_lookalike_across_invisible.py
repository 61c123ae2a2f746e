"""A look-alike from the other alphabet in a word that also holds a soft hyphen, ZWNJ or ZWJ (``рo\\u00adст`` with a
Latin o, ``Cа\\u200clder`` with a Cyrillic а): the look-alike fixer read the word as two, each made only of
look-alikes, so it settled no alphabet and the swap stayed (and the in-word invisible beside a script break stayed
too). A word is read across the invisibles inside it. Guards: Latin words in Russian (iPhone, COVID-19) and
invisibles in clean words. The texts are our own; the tests failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.repair import repair_text
from pipeline.repair.common import Context
from pipeline.repair.homoglyph import fix_homoglyphs

RUSSIAN = "Эксперты отмечают, что рост урожая может привести к снижению цен на крупу уже к зиме."
ENGLISH = "Passenger ferries between Port Calder and the Merrow Islands will run again from Monday."


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200c", "\u200d"])
def test_a_latin_lookalike_in_a_russian_word_with_an_invisible_is_restored(invisible: str) -> None:
    damaged = RUSSIAN.replace("рост", f"рo{invisible}ст")  # (a Latin o)
    assert fix_homoglyphs(damaged, Context()).text == RUSSIAN.replace("рост", f"ро{invisible}ст")
    assert repair_text(damaged).text == RUSSIAN


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200c", "\u200d"])
def test_a_cyrillic_lookalike_in_an_english_word_with_an_invisible_is_restored(invisible: str) -> None:
    damaged = ENGLISH.replace("Calder", f"Cа{invisible}lder")  # (a Cyrillic а)
    assert repair_text(damaged).text == ENGLISH


@pytest.mark.parametrize("text", ["Новый iPhone 17 подорожал, а число случаев COVID-19 снизилось.",
                                  "В Пар\u00adиже открыли выставку, сообщил куратор Рене Дюма."])
def test_latin_words_in_russian_and_clean_words_with_invisibles_are_left(text: str) -> None:
    assert fix_homoglyphs(text, Context()).changes == []
