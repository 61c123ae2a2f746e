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


ZH = ["城西河畔公园新建的儿童游乐区日前开放，区域内设有沙池、攀爬网和滑梯等设施。", "公园管理处表示，游乐区每天早上七点开放，晚上八点关闭，雨天暂停使用。"]


def _article(*paras: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><title>Riverside skate park opens</title></head><body><article><h1>Riverside skate park opens</h1>{inner}</article></body></html>"


def test_a_writer_credit_opening_a_page_body_names_the_author() -> None:
    art = extract_html(_article("文/李华　图/王强", *ZH))
    assert (art.author, art.paragraphs) == ("李华", ZH)


@pytest.mark.parametrize("page", [True, False])
def test_a_wire_reporting_credit_names_the_author(page: bool) -> None:
    credit = "Reporting by Helen Cho; Editing by Mark Dunn"
    art = extract_html(_article(*EN, credit)) if page else extract_text("\n\n".join(["Riverside skate park opens", *EN, credit]) + "\n")
    assert (art.author, art.paragraphs) == ("Helen Cho", EN)


def test_additional_reporting_names_no_author() -> None:
    assert extract_html(_article(*EN, "Additional reporting by Helen Cho; Editing by Mark Dunn")).author is None


@pytest.mark.parametrize("credit", ["摄影：陈光", "攝影 陳光", "责任编辑：王芳 摄影：陈光"])
def test_a_photographer_credit_ending_the_body_is_no_text_and_no_author(credit: str) -> None:
    art = extract_html(_article(*ZH, credit))
    assert (art.author, art.paragraphs) == (None, ZH)


def test_prose_opening_with_photography_stays() -> None:
    line = "摄影爱好者们一早就赶到公园，记录孩子们玩耍的场景。"
    assert extract_html(_article(*ZH, line)).paragraphs == [*ZH, line]


@pytest.mark.parametrize("line", ["Written by Lena Fischer", "By Lena Fischer"])
def test_a_by_line_closing_a_page_body_names_the_author_and_leaves(line: str) -> None:
    art = extract_html(_article(*EN, line))
    assert (art.author, art.paragraphs) == ("Lena Fischer", EN)


@pytest.mark.parametrize("line", ["Tom Okafor | Staff Writer", "Tom Okafor · Staff Writer", "Tom Okafor, Staff Writer"])
def test_a_name_and_role_line_names_the_author_and_leaves_the_dump_body(line: str) -> None:
    art = extract_text("\n\n".join(["Riverside skate park opens", line, *EN]) + "\n")
    assert (art.author, art.paragraphs) == ("Tom Okafor", EN)


@pytest.mark.parametrize("inner", ['<span class="screen-reader-text">Author </span>Posted by <a class="url fn n">Tom Okafor</a>', "By Tom Okafor"])
def test_a_vcard_byline_loses_its_label_and_by(inner: str) -> None:
    assert extract_html(_page(meta=f'<span class="author vcard">{inner}</span>')).author == "Tom Okafor"


def test_a_sort_or_filter_label_under_by_names_no_writer() -> None:
    body = ("<p>The conference drew four hundred planners to the riverside hall this week.</p>"
            "<p>Organisers said next year's event will add a second day of workshops.</p>")
    for label in ("By Event Type", "By Company Size", "By Industry"):
        html = (f"<html><head><title>Planners meet by the river</title></head><body><div class='filters'>"
                f"<span>{label}</span></div><article><h1>Planners meet by the river</h1>{body}</article></body></html>")
        assert extract_html(html).author is None, label
    text = "Planners meet by the river\n\nBy Jane Price\n\nThe conference drew four hundred planners this week.\n"
    assert extract_text(text).author == "Jane Price"
