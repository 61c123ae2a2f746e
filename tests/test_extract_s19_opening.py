"""The body's opening date line (wcxb and Scrapinghub pages, session 19): a theme that prints the post's
date, with a label, a byline, a time zone or a reading time, as the first paragraph of the body. The line is
metadata and goes; a dated sentence, a dated heading and a date line with no prose after it stay."""

from __future__ import annotations

import json

from pipeline.strip import extract_html

from .helpers import FIXTURES


def _page(slug: str) -> tuple[str, str]:
    page = FIXTURES / "pages" / slug
    url = json.loads((page / "headers.json").read_text(encoding="utf-8"))["url"]
    return (page / "source.bin").read_text(encoding="utf-8"), url


def _post(*body: str) -> str:
    return ("<html><head><title>Notes from the allotment</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/blog'>Blog</a></nav><article><h1>Notes from the allotment</h1><div class='entry'>"
            + "".join(body) + "</div></article><footer><a href='/privacy'>Privacy</a></footer></body></html>")


_PROSE = ("<p>The beans went in late this year because the soil stayed cold well into May, and the first sowing "
          "rotted before it came up.</p><p>The second sowing, under fleece, came up in nine days and has not "
          "looked back since, which says more about the fleece than about the gardener.</p>")


def test_a_byline_and_date_line_opening_the_body_goes() -> None:
    html, url = _page("s19_opening_dateline")
    article = extract_html(html, url=url)
    assert article.paragraphs[0].startswith("A wet floor near the produce aisle")
    assert not any("On Behalf of" in p for p in article.paragraphs)
    assert article.published == "2026-03-09"
    dropped = [c for c in article.changes if c.rule == "heuristic:meta_line"]
    assert dropped and "Mar 9, 2026" in (dropped[0].before or "")


def test_a_date_with_a_time_zone_above_a_heading_goes() -> None:
    html, url = _page("s19_opening_dateline_timed")
    article = extract_html(html, url=url)
    assert article.paragraphs[0] == "The storm that started it"
    assert article.published == "2026-11-20T05:52:00"


def test_labelled_and_worded_date_lines_go() -> None:
    for line in ("Last updated on September 16th, 2026 at 09:27 am", "Published on: February 14, 2026",
                 "sexta-feira, 22 de outubro de 2026 às 20:13", "6 min readDec 1, 2026"):
        paragraphs = extract_html(_post(f"<p>{line}</p>", _PROSE)).paragraphs
        assert paragraphs[0].startswith("The beans went in late"), line


def test_a_dated_sentence_a_dated_heading_and_a_lone_date_stay() -> None:
    sentence = "<p>On June 5, 2026 the society voted to open a second site by the river</p>"
    assert extract_html(_post(sentence, _PROSE)).paragraphs[0].startswith("On June 5, 2026 the society voted")
    heading = "<h2>Open day on June 5, 2026</h2>"
    assert extract_html(_post(heading, _PROSE)).paragraphs[0] == "Open day on June 5, 2026"
    alone = extract_html(_post("<p>Sown on June 5, 2026</p>", "<p>Plot 14, north bed</p>")).paragraphs
    assert alone[0] == "Sown on June 5, 2026"
