# ruff: noqa: E501
"""A page builder's scroll animation starts each section of the story transparent and moved down
(style="transform:translate3d(0, 5%, 0);opacity:0"), and its script brings it in as the reader scrolls
to it: the section is shown, not hidden. Transparent alone still hides (audit43, a Webflow theme). The
page is our own writing."""

from __future__ import annotations

from pipeline.strip import extract_html

STORY = [
    "The river ferry that stopped running in the floods of 2019 returns on Monday with two new boats.",
    "Each boat carries sixty passengers and twenty bicycles, and the crossing takes eleven minutes.",
    "The operator says a return ticket will cost the same as the bus fare into the town centre.",
]
# The theme's own text, more than the story's: a hidden story is not revealed for holding most of the page.
MENU = "".join(f"<li><a href='/section/{i}'>Section number {i} of the town's news and notices</a></li>" for i in range(20))
ENTRANCE = "-webkit-transform:translate3d(0, 5%, 0);transform:translate3d(0, 5%, 0);opacity:0"


def _page(style: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>The river ferry returns</title></head><body><header><a href='/'>Town News</a>"
            f"<nav><ul>{MENU}</ul></nav></header><section class='intro'><h1>The river ferry returns</h1></section>"
            f"<section class='body-section' style='{style}'><div class='rich-text'>{paras}</div></section>"
            f"<footer><p>© 2026 Town News</p></footer></body></html>")


def test_a_section_starting_an_entrance_animation_is_shown() -> None:
    assert extract_html(_page(ENTRANCE)).paragraphs == STORY


def test_a_transparent_section_that_does_not_move_stays_hidden() -> None:
    article = extract_html(_page("opacity:0"))
    assert not any(p in article.paragraphs for p in STORY)
