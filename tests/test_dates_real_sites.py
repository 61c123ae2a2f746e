"""Publication dates the way real sites state them when the usual meta tags are absent (found with
bench/bench_metadata.py on WCXB's pages; these pages are our own): a meta name of their own with
"publish" in it, a visible date element (post-date, dateline, published-date) with at most a label,
and an American month/day/year whose day cannot be a month."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html
from pipeline.strip.textdates import date_only, iso_date

BODY = ("<p>The reading room reopened on Monday after a year of repairs to its roof and its old oak shelves, "
        "and the first visitors queued before the doors opened.</p>"
        "<p>Volunteers moved eleven thousand books back onto the shelves in three weeks, sorted by the same "
        "catalogue the library has used since it was founded.</p>")


def page(head: str = "", before: str = "", after: str = "", aside: str = "", below: str = "") -> str:
    return (f"<html><head><title>Reading room reopens</title>{head}</head><body>"
            "<header class='site-header'><a href='/'>Town Library</a></header>"
            f"<main><article><h1>Reading room reopens</h1>{before}{BODY}{after}</article><aside>{aside}</aside></main>"
            f"{below}<footer>© Town Library</footer></body></html>")


@pytest.mark.parametrize(("name", "value", "iso"), [
    ("published-date", "2021-02-16", "2021-02-16"),
    ("w-published-date", "2025-05-27T06:03:43.274Z", "2025-05-27T06:03:43+00:00"),
    ("published", "July 17, 2025", "2025-07-17"),
])
def test_a_meta_name_of_the_sites_own_naming_the_publication(name: str, value: str, iso: str) -> None:
    head = f'<meta name="{name}" content="{value}"><meta name="article:publisher" content="https://x.example">'
    assert extract_html(page(head=head)).published == iso


def test_a_modified_date_meta_is_no_publication_date() -> None:
    assert extract_html(page(head='<meta name="last-published-modified" content="2025-05-27">')).published is None


@pytest.mark.parametrize("element", [
    '<span class="post-date">Posted on April 13, 2023</span>',
    '<div class="dateline"><p>Published</p><p class="date">Apr 13, 2023</p></div>',
    '<span class="fusion-tb-published-date">Published On: 13 April 2023</span>',
    '<div class="articleHeader__date">4/13/2023</div>',
])
def test_a_visible_date_element_gives_the_date_when_nothing_else_does(element: str) -> None:
    assert extract_html(page(after=element)).published == "2023-04-13"


def test_date_elements_giving_several_days_give_none() -> None:
    # a list of posts with their dates under the article: none of them is the article's
    related = "".join(f'<li><a href="/p{d}">Post {d}</a> <span class="post-date">April {d}, 2023</span></li>'
                      for d in (3, 9, 21))
    assert extract_html(page(below=f"<div class='more'><ul>{related}</ul></div>")).published is None


def test_a_date_in_an_aside_or_an_update_date_is_not_the_articles() -> None:
    hours = '<div class="garden-hours__date">March 14, 2026</div>'  # the day's opening hours
    assert extract_html(page(aside=hours)).published is None
    updated = '<span class="dateline updated">Updated: January 2, 2023</span>'
    assert extract_html(page(below=updated)).published is None


def test_a_date_element_holding_more_than_a_date_and_label_is_not_read() -> None:
    assert date_only("By Jane Doe, April 13, 2023") is None
    assert date_only("Posted on April 13, 2023 at 10:30 pm") == "2023-04-13T22:30:00"
    assert date_only("DECEMBER 22, 2022") == "2022-12-22"


@pytest.mark.parametrize(("text", "iso"), [
    ("9/17/2004 5:54:13 AM", "2004-09-17T05:54:00"),  # the day cannot be a month: American order
    ("2/24/2026", "2026-02-24"),
    ("03/04/2026", None),  # either order: no date rather than a guess
    ("24/02/2026", "2026-02-24"),
])
def test_slashed_dates_are_read_only_when_the_order_is_certain(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso
