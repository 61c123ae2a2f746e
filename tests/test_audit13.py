# ruff: noqa: E501
"""Audit13's fixes (the author field): a site's own name in <meta name="author"> or a JSON-LD author of
@type Organization is no writer; a "By" line naming several writers keeps them all and leaves the body."""

from __future__ import annotations

import json

import pytest

from pipeline.strip import extract_html, extract_text

EN = ["The council opened a new skate park beside the river on Saturday after two years of planning.",
      "About 300 people came to the opening, and the park will stay open until 9 p.m. every day."]


def _page(head: str = "", meta: str = "", title: str = "Riverside skate park opens | Riverside Courier") -> str:
    paras = "".join(f"<p>{p}</p>" for p in EN)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f'<header><a class="logo">Riverside Courier</a></header><article><h1>Riverside skate park opens</h1>'
            f'<div class="meta">{meta}</div><div class="body">{paras}</div></article></body></html>')


def _ld(author: dict[str, str]) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Riverside skate park opens", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("head", [
    '<meta name="author" content="Riverside Courier">',
    '<meta name="author" content="riverside courier"><meta property="og:site_name" content="Riverside Courier">',
    _ld({"@type": "Organization", "name": "Riverside Media Group"}),
    _ld({"@type": "NewsMediaOrganization", "name": "Riverside Courier"}),
])
def test_the_site_or_an_organization_is_no_author(head: str) -> None:
    assert extract_html(_page(head)).author is None


def test_a_chinese_site_name_in_meta_author_is_no_author() -> None:
    page = _page('<meta name="author" content="江城新闻网">', title="河畔公园新建儿童游乐区_江城新闻网")
    assert extract_html(page).author is None


@pytest.mark.parametrize("head", ['<meta name="author" content="Peter Hale">', _ld({"@type": "Person", "name": "Peter Hale"})])
def test_a_person_in_meta_or_json_ld_is_still_the_author(head: str) -> None:
    assert extract_html(_page(head)).author == "Peter Hale"


@pytest.mark.parametrize(("line", "author"), [
    ("By Anna Reyes and Tom Okafor", "Anna Reyes and Tom Okafor"),
    ("By Grace Whitfield, Omar Haddad and Lucy Tran", "Grace Whitfield, Omar Haddad and Lucy Tran"),
    ("By Anna Reyes & Tom Okafor", "Anna Reyes & Tom Okafor"),
    ("By Daniel Moss, Reuters", "Daniel Moss"),
    ("By Jane Doe, Staff Writer", "Jane Doe"),
])
def test_a_by_line_names_every_writer_and_leaves_the_body(line: str, author: str) -> None:
    art = extract_text("\n\n".join(["Riverside skate park opens", line, *EN]) + "\n")
    assert (art.author, art.paragraphs) == (author, EN)


def test_several_writers_in_a_page_byline() -> None:
    assert extract_html(_page(meta='<span class="byline">By Anna Reyes and Tom Okafor</span>')).author == "Anna Reyes and Tom Okafor"


def test_a_personal_site_names_its_owner_as_author() -> None:
    head = '<meta name="author" content="Sam Bossley"><meta property="og:site_name" content="Sam Bossley">'
    assert extract_html(_page(head, title="Thoughts on Zig | Sam Bossley")).author == "Sam Bossley"


def test_an_acronym_site_name_is_no_person() -> None:
    assert extract_html(_page('<meta name="author" content="CBS Detroit">', title="Skate park opens | CBS Detroit")).author is None


def test_a_book_after_and_is_no_second_writer() -> None:
    art = extract_text("\n\n".join(["Riverside skate park opens", "By Tomson Highway and From Masculindians", *EN]) + "\n")
    assert art.author == "Tomson Highway"
