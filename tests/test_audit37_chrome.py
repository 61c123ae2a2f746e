# ruff: noqa: E501
"""Audit37's chrome and language fixes for NON-Chinese text dumps: a farm's keyword header and its "you are
here" crumb in the page's own language, and the language of a French or German page without a lang
attribute. The texts are our own; each test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_text

FR = ("Montclair inaugure sa nouvelle médiathèque",
      ["La commune de Montclair a ouvert samedi une nouvelle médiathèque près de la gare, avec une salle de lecture et un espace pour les enfants.",
       "Le chantier a coûté quatre millions d’euros, financés en partie par la région, et a duré un peu plus de deux ans."])
DE = ("Neue Stadtbibliothek in Lindenau eröffnet",
      ["Nach zwei Jahren Bauzeit ist die neue Stadtbibliothek in Lindenau am Freitag eröffnet worden, mit Lesesaal, Kinderbereich und Café.",
       "Die Kosten beliefen sich auf rund vier Millionen Euro, von denen das Land etwa die Hälfte getragen hat."])
ES = ("Valdemora abre su nueva biblioteca",
      ["Los vecinos de Valdemora podrán usar desde el lunes la nueva biblioteca del barrio norte, que abrirá todos los días hasta las diez de la noche.",
       "La obra costó cuatro millones de euros y suma doscientos puestos de lectura, una sala infantil y un pequeño auditorio."])
RU = ("В Заречном открылась новая библиотека",
      ["Новая библиотека в северном районе Заречного откроется в понедельник и будет работать ежедневно до десяти часов вечера.",
       "Строительство обошлось городу в четыреста миллионов рублей, в здании двести читательских мест и детский зал."])


def _dump(head: list[str], story: tuple[str, list[str]]) -> str:
    return "\n\n".join([*head, story[0], *story[1]])


@pytest.mark.parametrize(("spam", "story"), [
    ("séries en streaming vf gratuit casino en ligne bonus sans dépôt", FR),
    ("filme kostenlos online anschauen | sportwetten bonus ohne einzahlung", DE),
    ("préstamos rápidos online | apuestas deportivas | ver películas gratis", ES),
    ("займ на карту мгновенно | ставки на спорт | сериалы онлайн бесплатно", RU),
])
def test_a_keyword_header_of_a_western_or_russian_farm_is_spam(spam: str, story: tuple[str, list[str]]) -> None:
    """The farm's keyword line above the headline, in the page's language: streaming, casino, loan and betting
    bait (phrases no headline writes), so the headline under it is the title and no part of the body."""
    rec = clean_text(_dump([spam], story))
    assert (rec.title, rec.text) == (story[0], "\n".join(story[1]))


@pytest.mark.parametrize(("crumb", "story"), [
    ("Vous êtes ici : Accueil » Actualités » Culture", FR),
    ("Sie sind hier: Startseite » Nachrichten » Kultur", DE),
])
def test_a_you_are_here_crumb_in_french_or_german_is_a_breadcrumb(crumb: str, story: tuple[str, list[str]]) -> None:
    rec = clean_text(_dump([crumb], story))
    assert (rec.title, rec.text) == (story[0], "\n".join(story[1]))


@pytest.mark.parametrize(("story", "lang"), [(FR, "fr"), (DE, "de"), (ES, "es")])
def test_the_language_of_a_french_or_german_dump_is_told_by_its_words(story: tuple[str, list[str]], lang: str) -> None:
    """A text dump has no lang attribute: its stopwords tell French and German apart from Spanish and English
    (a French page read as Spanish, a German one as English)."""
    assert clean_text(_dump([], story)).lang == lang


def test_a_french_see_also_head_takes_its_link_lines_with_it() -> None:
    """À lire aussi : on a line of its own over the farm's link lines (some with a dash, some without): the
    head of a related list, not a call to action alone, so the titles under it go too."""
    tail = ["À lire aussi :", "- Tempête sur le littoral", "Le budget municipal adopté", "Cinq idées de sorties ce week-end"]
    rec = clean_text(_dump([], FR) + "\n\n" + "\n".join(tail))
    assert rec.text == "\n".join(FR[1])


def test_a_previous_next_line_behind_an_arrow_is_furniture() -> None:
    """← Предыдущая статья: … | Следующая статья: … →: the arrow before the lead word is a bullet."""
    tail = "← Предыдущая статья: Снегопад парализовал движение | Следующая статья: Цены на бензин выросли →"
    rec = clean_text(_dump([], RU) + "\n\n" + tail)
    assert rec.text == "\n".join(RU[1])
