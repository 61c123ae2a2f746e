"""Sites whose CSS tooling hashes their classes (class="sc-2b5e3b35-7") name their boxes in
data-component / data-testid attributes: those names count like class and id names."""

from __future__ import annotations

from pipeline.api import clean_html

_PARAGRAPHS = [
    "A footbridge over the river in Bryncoed that was closed after the spring floods reopened on Monday after a "
    "repair that took seven months.",
    "The council said the new deck sits half a metre higher than the old one, above the level the water reached "
    "in April.",
    "Walkers' groups had campaigned for the crossing, which links the village to the only path up the valley, "
    "since the day it shut.",
]


def _page(byline_attrs: str) -> str:
    body = "".join(f'<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">{p}</p></div>'
                   for p in _PARAGRAPHS)
    return (
        "<html><head><meta charset='utf-8'><title>Bryncoed footbridge reopens - BBC News</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
        "<main><article><div data-component='headline-block' class='sc-737-0'>"
        "<h1 class='sc-518485e5-0'>Bryncoed footbridge reopens after flood repair</h1></div>"
        f"<div {byline_attrs} class='sc-2b5e3b35-1'><time datetime='2026-11-02T08:00:00.000Z'>2 November 2026</time>"
        "<div class='sc-2b5e3b35-4'><span>Share</span><span>Save</span></div>"
        "<div class='sc-2b5e3b35-7'><span class='sc-2b5e3b35-8'>Gwen Morgan</span><span>BBC News, Wales</span>"
        f"</div></div>{body}"
        "<div data-component='links-block' class='sc-1c3f8b8a-0'><h2>Related topics</h2><ul>"
        "<li><a href='/news/topics/1'>Powys</a></li><li><a href='/news/topics/2'>Flooding</a></li></ul></div>"
        "</article></main></body></html>"
    )


def test_a_byline_box_named_by_its_component_goes_with_its_share_buttons() -> None:
    record = clean_html(_page('data-component="byline-block"'))
    assert record.text == "\n".join(_PARAGRAPHS)
    assert record.author == "Gwen Morgan"
    assert record.title == "Bryncoed footbridge reopens after flood repair"


def test_a_byline_box_named_by_its_test_id_goes_too() -> None:
    record = clean_html(_page('data-testid="article-byline"'))
    assert record.text == "\n".join(_PARAGRAPHS)


def test_without_a_name_the_buttons_and_byline_are_read_as_text() -> None:
    """The control: the same page with the box unnamed keeps the glued button labels (what the
    names above are needed for)."""
    record = clean_html(_page('data-x="1"'))
    assert "ShareSave" in record.text
