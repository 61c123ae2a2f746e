"""Collapsed panels that only a CSS class hides (wcxb dev pages, session 19): an accordion whose headers are
<div role="button"> boxes (no aria-expanded, no aria-controls) and whose panels the page's generated class
hides. A reader opens them; a menu that such a button opens stays hidden."""

from __future__ import annotations

import json

from pipeline.strip import extract_html

from .helpers import FIXTURES


def _page(slug: str) -> tuple[str, str]:
    page = FIXTURES / "pages" / slug
    url = json.loads((page / "headers.json").read_text(encoding="utf-8"))["url"]
    return (page / "source.bin").read_text(encoding="utf-8"), url


def test_panels_after_role_button_headers_are_read_in_place() -> None:
    html, url = _page("s19_role_button_accordion")
    paragraphs = extract_html(html, url=url).paragraphs
    at = paragraphs.index("Alertness and Memory")
    assert paragraphs[at + 1].startswith("Several small trials in healthy adults")
    assert paragraphs[paragraphs.index("Shift Work") + 1].startswith("For people who work at night")
    assert paragraphs[-1].startswith("Napping is safe for most people")


def test_a_menu_under_a_role_button_stays_hidden() -> None:
    html = ("<html><head><style>.drop{display:none}</style></head><body><article><h1>Winter opening hours</h1>"
            "<div role='button' class='toggle'>More from the library</div><div class='drop'>"
            "<a href='/a'>Events this month at the central branch</a> <a href='/b'>Book a study room online</a> "
            "<a href='/c'>Renew your loans and pay fines</a> <a href='/d'>Join the reading group.</a></div>"
            "<p>From December the central library opens at ten on weekdays and closes at six, an hour earlier "
            "than in summer. The branch libraries keep their usual hours.</p><p>Returns can still be left in "
            "the box by the main door at any time of day.</p></article></body></html>")
    text = "\n".join(extract_html(html).paragraphs)
    assert "From December the central library" in text
    assert "Book a study room" not in text
