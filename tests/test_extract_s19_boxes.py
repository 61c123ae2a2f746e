"""Boxes a theme names by a class of its own (wcxb and Scrapinghub pages, session 19): an author box under
the body named author-section (author-avatar, author-name, author-section-bio inside) is boilerplate like an
author-box or author-bio, and so is the zone a theme fills after every story (an appeal: "nr-after-content",
"content-after"); the author stays in the author field."""

from __future__ import annotations

import json

from pipeline.strip import extract_html

from .helpers import FIXTURES


def test_an_author_section_under_the_body_goes() -> None:
    page = FIXTURES / "pages" / "s19_author_section"
    url = json.loads((page / "headers.json").read_text(encoding="utf-8"))["url"]
    article = extract_html((page / "source.bin").read_text(encoding="utf-8"), url=url)
    assert article.paragraphs[-1].startswith("Report back within a month")
    assert not any("Rosa Lindqvist" in p or "Head of People Research" in p for p in article.paragraphs)
    assert article.author == "Rosa Lindqvist"


def test_a_post_whose_box_names_its_author_keeps_its_text() -> None:
    html = ("<html><body><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav><div class='author-post'>"
            "<h1>A week of bread</h1><p>Every loaf this week used the same starter, fed twice a day with rye "
            "flour and kept by the window where the kitchen stays warm.</p><p>The third loaf rose best, and "
            "the seventh, baked after a cold night, barely rose at all.</p></div>"
            "<footer><a href='/privacy'>Privacy</a></footer></body></html>")
    text = "\n".join(extract_html(html).paragraphs)
    assert "Every loaf this week" in text and "The third loaf rose best" in text


def test_the_zone_after_the_story_goes() -> None:
    page = FIXTURES / "pages" / "s19_after_content_zone"
    url = json.loads((page / "headers.json").read_text(encoding="utf-8"))["url"]
    paragraphs = extract_html((page / "source.bin").read_text(encoding="utf-8"), url=url).paragraphs
    assert len(paragraphs) == 4 and paragraphs[-1].startswith("Consumer groups welcomed the test")
    assert not any("Support our mission" in p or "readers every month" in p for p in paragraphs)
