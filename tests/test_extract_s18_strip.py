"""Article-box choice on real-site shapes (wcxb dev pages, session 18): a body split across a page
builder's "widget" panels, an intro in its own box above a list's box, and a React-streamed body that
arrives in hidden segments at the end of the page."""

from __future__ import annotations

import json

from pipeline.strip import extract_html

from .helpers import FIXTURES


def _page(slug: str) -> tuple[str, str]:
    page = FIXTURES / "pages" / slug
    url = json.loads((page / "headers.json").read_text(encoding="utf-8"))["url"]
    return (page / "source.bin").read_text(encoding="utf-8"), url


def _paragraphs(html: str, url: str) -> list[str]:
    return extract_html(html, url=url).paragraphs


def test_every_builder_panel_of_prose_is_the_article() -> None:
    html, url = _page("s18_builder_panels")
    text = "\n".join(_paragraphs(html, url))
    assert text.startswith("A seed library lends seeds")
    for line in ("Choosing the first crops", "Start with plants that keep their character",
                 "Keeping records", "Every envelope carries the variety"):
        assert line in text
    assert "Recent guides" not in text and "Compost bays" not in text


def test_a_weak_name_on_a_short_link_box_still_marks_boilerplate() -> None:
    html, url = _page("s18_builder_panels")
    assert "Sharing water fairly" not in "\n".join(_paragraphs(html, url))
def test_the_intro_above_the_list_box_stays() -> None:
    html, url = _page("s18_intro_above_list")
    paragraphs = _paragraphs(html, url)
    assert paragraphs[0].startswith("We carried six stoves")
    assert paragraphs[1].startswith("Below are the stoves")
    assert paragraphs[-1] == "Best for: ultralight hikers on gentle routes."
    assert not any("More by Priya" in p or "Privacy" in p for p in paragraphs)


