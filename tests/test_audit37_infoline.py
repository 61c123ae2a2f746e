# ruff: noqa: E501
"""Audit37's info-line fixes (a combinatorial generator's NON-Chinese reposts): a line of separate metadata
fields between the headline and the body, in the page's own language. The texts are our own; each test
failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html, clean_text

BODY = {
    "es": ("Los vecinos de Valdemora podrán usar desde el lunes la nueva biblioteca del barrio norte, que abrirá todos los días hasta las diez de la noche.",
           "La obra costó cuatro millones de euros y suma doscientos puestos de lectura, una sala infantil y un pequeño auditorio."),
    "fr": ("La commune de Montclair a ouvert samedi une nouvelle médiathèque près de la gare, avec une salle de lecture et un espace pour les enfants.",
           "Le chantier a coûté quatre millions d’euros, financés en partie par la région, et a duré un peu plus de deux ans."),
    "de": ("Nach zwei Jahren Bauzeit ist die neue Stadtbibliothek in Lindenau am Freitag eröffnet worden, mit Lesesaal, Kinderbereich und Café.",
           "Die Kosten beliefen sich auf rund vier Millionen Euro, von denen das Land etwa die Hälfte getragen hat."),
    "ru": ("Новая библиотека в северном районе Заречного откроется в понедельник и будет работать ежедневно до десяти часов вечера.",
           "Строительство обошлось городу в четыреста миллионов рублей, в здании двести читательских мест и детский зал."),
    "ja": ("北浜市の新しい図書館が１日に開館し、初日から多くの市民が訪れた。閲覧席は約２００席で、子ども向けの部屋も設けられた。",
           "市によると、建設費は約４億円で、開館時間は午後１０時までとなる。"),
    "en": ("The new library in the north of Brentmoor opens on Monday and will stay open until ten every night, the council said.",
           "The building cost four million pounds and has two hundred reading places, a children's room and a small hall."),
}
TITLE = {"es": "Valdemora abre su nueva biblioteca", "fr": "Montclair inaugure sa médiathèque", "de": "Neue Stadtbibliothek in Lindenau eröffnet",
         "ru": "В Заречном открылась новая библиотека", "ja": "北浜市で新図書館が開館", "en": "Brentmoor opens its new library"}

CASES = [  # (lang, info line, author, publisher, published)
    ("es", "Autor: Lucía Ferrán — Fuente: Gaceta del Norte", "Lucía Ferrán", "Gaceta del Norte", None),
    ("es", "Fuente: Gaceta del Norte | 18/06/2026 | Por Lucía Ferrán", "Lucía Ferrán", "Gaceta del Norte", "2026-06-18"),
    ("fr", "Auteur : Paul Girardin Source : L’Écho de la Vallée", "Paul Girardin", "L’Écho de la Vallée", None),
    ("fr", "Publié le 26 septembre 2026 · Par Paul Girardin", "Paul Girardin", None, "2026-09-26"),
    ("de", "Veröffentlicht am 13. November 2026 09:23 Quelle: Lindenauer Bote", None, "Lindenauer Bote", "2026-11-13"),
    ("de", "Quelle: Lindenauer Bote | 13.11.2026 | Von Jens Hartwig", "Jens Hartwig", "Lindenauer Bote", "2026-11-13"),
    ("ru", "15 мая 2026 г. 12:18  Источник: Северный вестник  Автор: Ольга Зимина", "Ольга Зимина", "Северный вестник", "2026-05-15"),
    ("ja", "ソース：北浜日報\u3000取材・文／山田花子", "山田花子", "北浜日報", None),
    ("ja", "文：山田花子 公開日：2026年7月15日 配信元：北浜日報", "山田花子", "北浜日報", "2026-07-15"),
    ("en", "Published: 14 March 2026 09:12 — Author: Greta Holm", "Greta Holm", None, "2026-03-14"),
    ("en", "Source: Brentmoor Courier | 2026-03-14 | By Greta Holm", "Greta Holm", "Brentmoor Courier", "2026-03-14"),
]


@pytest.mark.parametrize(("lang", "info", "author", "publisher", "published"), CASES, ids=[c[1][:30] for c in CASES])
def test_an_info_line_of_labelled_fields_is_metadata_and_read_field_by_field(lang: str, info: str, author: str | None,
                                                                          publisher: str | None, published: str | None) -> None:
    """Each field of the line is metadata by itself (a label in the page's language and its value, a byline,
    a date alone), so the line leaves the body; a byline after a bar or a dash names the author as one
    opening a line does, and a name ends where the next field's label starts (not Ольга Зимина Источник)."""
    rec = clean_text(f"{TITLE[lang]}\n\n{info}\n\n" + "\n\n".join(BODY[lang]))
    assert rec.text == "\n".join(BODY[lang])
    assert (rec.author, rec.publisher, (rec.published or "")[:10] or None) == (author, publisher, published)


def test_a_sentence_with_a_german_date_is_still_prose() -> None:
    """The day's dot of 13. November 2026 ends no sentence, but a sentence around it is still one."""
    line = "Die Bibliothek öffnet am 13. November 2026 ihre Türen. Der Eintritt ist frei."
    rec = clean_text(f"{TITLE['de']}\n\n{line}\n\n" + "\n\n".join(BODY["de"]))
    assert rec.text.startswith(line)


@pytest.mark.parametrize("info", ["By Greta Holm | Originally published by Brentmoor Courier",
                                  "Originally published by Brentmoor Courier  14 March 2026"])
def test_a_provenance_note_among_an_info_lines_fields_names_the_publisher(info: str) -> None:
    """Originally published by X is a whole line's note; as one field of an info line (after a byline and a
    bar, before a date and two spaces) it names X, and no more than X."""
    rec = clean_text(f"{TITLE['en']}\n\n{info}\n\n" + "\n\n".join(BODY["en"]))
    assert (rec.text, rec.publisher) == ("\n".join(BODY["en"]), "Brentmoor Courier")


@pytest.mark.parametrize(("lang", "info", "published"), [
    ("en", "By Greta Holm | 03/14/2026 | Source: Brentmoor Courier", "2026-03-14"),
    ("en", "Posted on 03/14/2026", "2026-03-14"),
    ("es", "18/06/2026 09:30", "2026-06-18"),
])
def test_an_info_line_under_the_body_with_a_slashed_date_is_metadata(lang: str, info: str, published: str) -> None:
    """Under the body, a slashed date counts as a date: after a label (Posted on), with a time after it, or
    as one field among other metadata fields (a table's 1/1/2013 cell alone is still data)."""
    rec = clean_text(f"{TITLE[lang]}\n\n" + "\n\n".join(BODY[lang]) + f"\n\n{info}")
    assert (rec.text, (rec.published or "")[:10]) == ("\n".join(BODY[lang]), published)


@pytest.mark.parametrize(("lang", "info", "author", "published"), [
    ("de", "Veröffentlicht am 13. November 2026", None, "2026-11-13"),
    ("es", "Autor: Lucía Ferrán", "Lucía Ferrán", None),
    ("de", "Von Jens Hartwig 2026-11-13", "Jens Hartwig", "2026-11-13"),
])
def test_a_page_s_info_paragraph_atop_its_article_is_metadata(lang: str, info: str, author: str | None,
                                                            published: str | None) -> None:
    """The info line a farm pastes as the article's first paragraph: a German date (its day's dot ends no
    sentence, even with the line's last character left out), an author's label and name alone, a byline with
    its date after one space (the page's spaces collapse, so no fields)."""
    page = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE[lang]}</title></head><body><article>'
            f"<h1>{TITLE[lang]}</h1><p>{info}</p>" + "".join(f"<p>{p}</p>" for p in BODY[lang]) + "</article></body></html>")
    rec = clean_html(page.encode())
    assert rec.text == "\n".join(BODY[lang])
    assert (rec.author, (rec.published or "")[:10] or None) == (author, published)
