"""A section's anchor id made from its heading's words (what a table of contents links to) says nothing
of what the section is: id="menu-..." over "Menu ..." is a section about menus, not the site's menu."""

from __future__ import annotations

from pipeline.strip import extract_html
from pipeline.strip.classnames import box_weight
from pipeline.strip.tags import parse

SECTIONS = [
    ("Menu planning for a winter wedding",
     "Guests arriving out of the cold want something warm in their hands within minutes, so we start every "
     "winter menu with a soup served in small cups during the reception hour. Braised dishes hold well in "
     "chafing trays, which frees the kitchen to plate the dessert course without a rush."),
    ("Footwork in a crowded kitchen",
     "Every cook calls out before stepping behind someone, and hot pans travel only along the wall side of "
     "the line. New hires practise the route with empty trays on their first morning, which feels silly for "
     "ten minutes and prevents most of the burns we used to see in the busy season."),
]
INTRO = ("<p>We have catered more than four hundred events since opening the kitchen, and a few habits have "
         "saved us again and again. Here are the two we teach every new hire in the first week.</p>")


def _slug(heading: str) -> str:
    return "-".join(heading.lower().split())


def _page(body: str) -> str:
    return (f"<html><head><title>Two habits of a busy catering crew</title></head><body><nav class='menu'>"
            f"<a href='/'>Home</a> <a href='/events'>Events</a> <a href='/contact'>Contact</a></nav><article>"
            f"<h1>Two habits of a busy catering crew</h1>{INTRO}{body}</article></body></html>")


def test_sections_anchored_by_their_headings_words_are_kept() -> None:
    body = "".join(f'<div id="{_slug(head)}" class="block-content"><h2>{head}</h2><p>{text}</p></div>'
                   for head, text in SECTIONS)
    article = extract_html(_page(body))
    for head, text in SECTIONS:
        assert head in article.paragraphs
        assert text in article.paragraphs
    assert "Events" not in " ".join(article.paragraphs)


def test_a_box_named_menu_by_its_class_is_still_boilerplate() -> None:
    tree = parse('<div class="menu-links-footer"><h2>Quick links</h2><a href="/a">A</a></div>')
    node = tree.css_first("div")
    assert node is not None
    assert box_weight("menu-links-footer", node) == -1
    anchored = parse('<div id="menu-planning-for-a-winter-wedding"><h2>Menu planning for a winter wedding</h2></div>')
    node = anchored.css_first("div")
    assert node is not None
    assert box_weight("menu-planning-for-a-winter-wedding", node) == 0
    assert box_weight("menu-planning-for-a-winter-wedding", parse("<div><h2>Dinner</h2></div>").css_first("div")) == -1
