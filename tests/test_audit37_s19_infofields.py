# ruff: noqa: E501
"""Audit37 session 19: an info line whose fields a page separated by two spaces, which HTML shows (and the
text view reads) as one. The fields are still told apart where each opens with its label (Source:, Por,
Текст:, Veröffentlicht am), so the author and the publisher are read without the next field's label
(not "Harbor Ledger Written", not "Mia Colton Originally"). The texts are our own; each test failed
before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html, clean_text

BODY = {
    "en": ("The harbour authority of Eastmere will reopen the old fish market on Saturday after two years of repairs to its roof and quay wall.",
           "Stallholders who left during the works have been offered their old places at last year's rent, the authority said."),
    "es": ("El ayuntamiento de Valdemora abrirá el sábado el antiguo mercado del puerto tras dos años de obras en la cubierta y el muelle.",
           "Los comerciantes que se marcharon durante las obras podrán volver a sus puestos con el alquiler del año pasado."),
    "fr": ("Le vieux marché aux poissons de Montclair rouvrira samedi après deux ans de travaux sur la toiture et le quai.",
           "Les commerçants partis pendant le chantier retrouveront leur place au loyer de l’an dernier, a indiqué la mairie."),
    "de": ("Der alte Fischmarkt in Lindenau öffnet am Samstag wieder, nachdem Dach und Kaimauer zwei Jahre lang saniert wurden.",
           "Händler, die während der Arbeiten gegangen sind, bekommen ihre alten Plätze zur Miete des Vorjahres zurück."),
    "ru": ("Старый рыбный рынок в Заречном снова откроется в субботу после двух лет ремонта крыши и причальной стены.",
           "Торговцам, которые ушли на время работ, предложили прежние места по прошлогодней арендной плате."),
}
TITLE = {"en": "Eastmere fish market reopens after repairs", "es": "Valdemora reabre su mercado del puerto",
         "fr": "Le marché aux poissons de Montclair rouvre", "de": "Lindenauer Fischmarkt öffnet wieder",
         "ru": "В Заречном откроется рыбный рынок"}

CASES = [  # (lang, info line as the page writes it, author, publisher)
    ("en", "Source: Harbor Ledger  Written by Mia Colton  04/21/2026", "Mia Colton", "Harbor Ledger"),
    ("en", "Author: Mia Colton  Originally published by Harbor Ledger  March 14, 2026 11:42", "Mia Colton", "Harbor Ledger"),
    ("en", "Source: Harbor Ledger  By Mia Colton", "Mia Colton", "Harbor Ledger"),
    ("es", "Fecha: 23 de octubre de 2026  Por Inés Robledo  Fuente: Diario del Valle", "Inés Robledo", "Diario del Valle"),
    ("fr", "Source : La Voix du Port  Par Camille Rivet", "Camille Rivet", "La Voix du Port"),
    ("de", "Quelle: Lindenauer Bote  Autor: Jens Hartwig  Veröffentlicht am 13.11.2026", "Jens Hartwig", "Lindenauer Bote"),
    ("ru", "Источник: Северный вестник  Дата: 15 мая 2026 17:05  Текст: Ольга Зимина", "Ольга Зимина", "Северный вестник"),
    ("ru", "2026-05-15  Текст: Ольга Зимина", "Ольга Зимина", None),
]


@pytest.mark.parametrize(("lang", "info", "author", "publisher"), CASES, ids=[c[1][:34] for c in CASES])
def test_fields_whose_two_space_separators_html_collapsed_are_read_one_by_one(lang: str, info: str, author: str,
                                                                              publisher: str | None) -> None:
    page = (f"<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{TITLE[lang]}</title></head><body>"
            f"<h1>{TITLE[lang]}</h1><div class=\"info\">{info}</div><div class=\"content\">"
            + "".join(f"<p>{p}</p>" for p in BODY[lang]) + "</div></body></html>")
    rec = clean_html(page)
    assert rec.text == "\n".join(BODY[lang])
    assert (rec.author, rec.publisher) == (author, publisher)


def test_a_capitalised_label_word_inside_a_sentence_splits_nothing() -> None:
    """Only a line opening with a field (a label or a date) is cut at the labels inside it: a sentence that
    names a source is prose and keeps its author reading to itself."""
    line = "The market was built in 1911 By Order of the harbour board, as the old Source: records show."
    rec = clean_text(f"{TITLE['en']}\n\n" + "\n\n".join((BODY["en"][0], line, BODY["en"][1])))
    assert rec.text == "\n".join((BODY["en"][0], line, BODY["en"][1]))
    assert rec.author is None
