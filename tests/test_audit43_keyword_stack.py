# ruff: noqa: E501
"""Audit43: a farm's SEO keyword stack (a bare line of the web's bait words, in any language) over the story it
reposts into a real page goes, and a real headline, slogan or labelled tag list of bare words stays. The texts
are our own; the stack tests failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html, clean_text
from pipeline.strip.detection import detect
from pipeline.strip.sentences import Context
from pipeline.strip.seostack import keyword_stack

EN = ("Harbour ferry returns after a winter of repairs",
      ["The small passenger ferry between Eastquay and the island ran again on Monday after four months in dry dock.",
       "Its owners said new engines would cut the crossing by ten minutes and halve its fuel bill."])
RU = ("В Озёрске после ремонта снова ходит паром",
      ["Пассажирский паром между Озёрском и островом в понедельник снова вышел на линию после четырёх месяцев ремонта.",
       "По словам владельцев, новые двигатели сократят переправу на десять минут."])
ES = ("El ferry del puerto vuelve tras un invierno de obras",
      ["El pequeño ferry entre el muelle este y la isla volvió a navegar el lunes tras cuatro meses en dique seco.",
       "Sus dueños dicen que los motores nuevos acortarán el trayecto diez minutos."])
KO = ("겨울 수리 마친 항구 여객선 운항 재개",
      ["동부 부두와 섬을 잇는 소형 여객선이 넉 달 동안의 수리를 마치고 월요일 다시 운항을 시작했다.",
       "선사 측은 새 엔진으로 운항 시간이 10분 줄어들 것이라고 밝혔다."])


def _page(top: list[str], story: tuple[str, list[str]], bottom: tuple[str, ...] = ()) -> str:
    paras = "".join(f"<p>{p}</p>" for p in [*top, *story[1], *bottom])
    return (f"<html><head><title>{story[0]} | Eastquay Gazette</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<h1>{story[0]}</h1><div class='entry-content'>{paras}</div><footer>© Eastquay Gazette</footer></body></html>")


@pytest.mark.parametrize(("stack", "story"), [
    ("free mp3 download top hits 2026 online streaming hd videos", EN),
    ("cheap loans best price deals today latest news live tv", EN),
    ("купить ноутбук недорого скидки акции 2026 доставка бесплатно лучшие цены", RU),
    ("descargar juegos gratis ofertas hoy mejor precio 2026 películas online", ES),
    ("실시간 무료 드라마 다시보기 최신 영화 할인 쿠폰 2026", KO),
])
def test_a_bare_keyword_stack_over_the_story_leaves_the_body(stack: str, story: tuple[str, list[str]]) -> None:
    """None of these lines holds two words of the spam vocabulary; each is a bare line of bait words."""
    rec = clean_html(_page([stack], story))
    assert rec.text == "\n".join(story[1])
    rec = clean_text("\n\n".join([stack, story[0], *story[1]]))
    assert (rec.title, rec.text) == (story[0], "\n".join(story[1]))


def test_a_stack_with_invisibles_inside_its_words_is_a_stack_too() -> None:
    stack = "free\u200b download lat\u200best news today cheap deals 2026"
    rec = clean_html(_page([stack], EN))
    assert rec.text == "\n".join(EN[1])


@pytest.mark.parametrize("headline", [
    "Free download of city maps now online",
    "Best Price Deals On Cheap Flights And Hotels",
    "free streaming of council meetings starts today",
    "Latest news today from the harbour festival",
])
def test_a_real_headline_of_bare_words_stays(headline: str) -> None:
    story = (headline, EN[1])
    rec = clean_html(_page([], story))
    assert (rec.title, rec.text) == (headline, "\n".join(EN[1]))
    assert keyword_stack(headline, Context()) is None


def test_an_all_lowercase_slogan_line_in_a_story_stays() -> None:
    slogan = "free to ride, free to park, free for every child in town"
    story = (EN[0], [EN[1][0], slogan, EN[1][1]])
    rec = clean_html(_page([], story))
    assert rec.text == "\n".join(story[1])


def test_a_row_of_years_is_no_stack() -> None:
    """An archive's or a timeline's years: a year is bait once, whatever the number of years."""
    assert keyword_stack("1990 2000 2010 2020 2025 2026", Context()) is None
    assert keyword_stack("free download 2024 2025 2026 hd", Context()) is not None


def test_a_labelled_tag_list_is_no_stack() -> None:
    """A tag list the page labels is the keyword_block detector's (its label), as before, not a bare stack."""
    tags = "Tags: free download, online streaming, hd movies, best price 2026"
    assert keyword_stack(tags, Context()) is None
    assert detect(tags, Context()) == ("keyword_block", "keyword label 'tags'")
