"""Class names starting with "skip": a skip link is boilerplate, a theme's "skip-item" sections are the story."""

from __future__ import annotations

from pipeline.strip import extract_html
from pipeline.strip.classnames import class_weight

SECTIONS = [
    ("What a heat pump does", "A heat pump moves warmth from the air outside into the house, even on a cold "
     "morning, and it uses far less electricity than a heater that makes the warmth itself."),
    ("How much it costs", "A unit for a small house costs about as much as a second-hand car, and the "
     "installer needs one day to fit it; the grant covers a third of the price this year."),
    ("What to ask the installer", "Ask how loud the outdoor unit is at night, where it will stand, and "
     "whether the old radiators are large enough for water at a lower temperature."),
]


def test_skip_links_are_boilerplate_and_skip_items_are_not() -> None:
    assert class_weight("skip-link screen-reader-text") == -1
    assert class_weight("skip-item topic3") == 0


def test_a_story_in_skip_item_sections_is_kept() -> None:
    body = "".join(f'<div class="skip-item topic{i}"><h2>{h}</h2><p>{p}</p></div>'
                   for i, (h, p) in enumerate(SECTIONS))
    page = (f'<html><head><title>Heat pumps explained</title></head><body><a class="skip-link" href="#main">'
            f'Skip to content</a><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>'
            f'<div id="main" class="guide"><h1>Heat pumps explained</h1>{body}</div></body></html>')
    paragraphs = extract_html(page).paragraphs
    assert [p for _, p in SECTIONS] == [p for p in paragraphs if p not in {h for h, _ in SECTIONS}]
    assert "Skip to content" not in paragraphs
