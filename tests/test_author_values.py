"""Author values as templates leave them (found with bench/bench_metadata.py on WCXB's pages; the
pages here are our own): entities, quotes, e-mail addresses, link labels, unset fields."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html
from pipeline.strip.metadata import as_name


@pytest.mark.parametrize(("value", "name"), [
    ("Maria &amp; Katerina", "Maria & Katerina"),
    ('"David Kim"', "David Kim"),
    ("Newsdesk news@example-weekly.co.uk", "Newsdesk"),
    ("A. J. Neal \xa0\xa0 View", "A. J. Neal"),
    ("Mark Subba\n\t\t and Jonas Berg", "Mark Subba and Jonas Berg"),
    ("阿卜杜拉·买买提", "阿卜杜拉·买买提"),
    ("undefined", None), ("admin", None), ("Webmaster", None), ('size="20"', None), (", ", None),
])
def test_a_name_as_metadata_gives_it(value: str, name: str | None) -> None:
    assert as_name(value) == name


def test_an_unset_json_ld_author_gives_way_to_the_byline() -> None:
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry returns",'
            ' "author": {"@type": "Person", "name": "undefined"}}</script></head><body><article>'
            "<h1>Ferry returns</h1><p class='byline'>By <a rel='author' href='/a/ruth-vale'>Ruth Vale</a></p>"
            "<p>The harbour ferry resumed its morning crossings on Monday after a three-week repair of its engine, "
            "and the first boat left on time.</p></article></body></html>")
    assert extract_html(html).author == "Ruth Vale"


def test_a_json_ld_author_given_by_reference_is_read_from_the_graph() -> None:
    # Yoast-style graphs name the author as {"@id": …} and give the Person elsewhere in the graph
    html = ('<html><head><script type="application/ld+json">{"@graph": [{"@type": "BlogPosting", "headline": '
            '"Ferry returns", "author": {"@id": "https://x.example/#ruth"}}, {"@type": "Person", "@id": '
            '"https://x.example/#ruth", "name": "Ruth Vale"}]}</script></head><body><article><h1>Ferry returns</h1>'
            "<p>The harbour ferry resumed its morning crossings on Monday after a three-week repair of its engine, "
            "and the first boat left on time.</p></article></body></html>")
    assert extract_html(html).author == "Ruth Vale"


@pytest.mark.parametrize("byline", [
    '<div class="attribution">Text by <a href="/contributor/ruth-vale/">Ruth Vale</a></div>',
    '<div class="Byline_wrap__x1"><p class="Author_author__4ceOm">Ruth Vale</p></div>',
])
def test_contributor_links_and_hashed_author_classes_name_the_author(byline: str) -> None:
    html = (f"<html><body><article><h1>Ferry returns</h1>{byline}<p>The harbour ferry resumed its morning "
            "crossings on Monday after a three-week repair of its engine, and the first boat left on time.</p>"
            "</article></body></html>")
    assert extract_html(html).author == "Ruth Vale"
