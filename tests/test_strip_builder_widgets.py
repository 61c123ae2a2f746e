"""A page builder wraps each paragraph of the story in a "widget" (elementor-widget-wrap > elementor-widget >
elementor-widget-container): a column of such widgets reading as prose is the story, though each widget
is short; a rating or feedback widget of a few lines under it is still boilerplate."""

from __future__ import annotations

from pipeline.strip import extract_html

INTRO = [
    "The orchard on the hill behind the school planted its first apple trees in 1962, and a few of them still "
    "bear fruit every autumn, tended by pupils who were not born when the last of the founders retired.",
    "This year the school asked three former pupils what they remember of harvest week, and their answers "
    "are printed below in their own words, lightly edited for length.",
]
WIDGETS = [
    "Marta remembers the ladders most: wooden ones, heavy enough that two children had to carry each one.",
    "Tomasz says the best part was the cider press, which the caretaker ran only when a teacher was watching.",
    "Ilse recalls that the smallest apples went to the horses at the farm down the road every Friday.",
    "Marta adds that the older pupils were trusted with the pruning saws, and that nobody ever lost a finger.",
    "Tomasz still keeps the class photograph from 1971, taken under the oldest tree with a borrowed camera.",
    "Ilse thinks the orchard taught her more patience than any lesson indoors, because trees will not hurry.",
    "All three said they would come back to help with the harvest if the school ever asked them again.",
]
OUTRO = [
    "The orchard committee now meets on the first Monday of each month in the library, and new members are "
    "welcome whether or not they ever studied at the school; no experience with fruit trees is needed.",
    "Next spring the pupils plan to graft cuttings from the oldest tree onto young rootstock, so that the "
    "variety the founders chose survives the tree itself, which the arborist gives another ten years.",
    "The harvest itself will run from the second week of September, weather permitting, and the apples will "
    "again be sold at the school gate on Saturday mornings, with the money going to the library fund.",
    "Anyone with photographs of the orchard from before 1980 is asked to lend them to the school office, "
    "where they will be scanned and returned within the week, for an exhibition planned for next year.",
]
RATING = ('<div class="feedback-widgets-container"><div class="feedback-widget"><p class="feedback-widget-text">'
          "How useful was this post?</p><p class='feedback-widget-text'>Click on a star to rate it!</p></div></div>")


def _widget(text: str) -> str:
    return ('<div class="elementor-element elementor-widget elementor-widget-text-editor">'
            f'<div class="elementor-widget-container"><p>{text}</p></div></div>')


def _page() -> str:
    column = '<div class="elementor-widget-wrap">' + "".join(map(_widget, WIDGETS)) + "</div>"
    return ("<html><body><main><h1>Harvest week, remembered</h1><div class='story'>"
            + "".join(f"<p>{p}</p>" for p in INTRO) + column + "".join(f"<p>{p}</p>" for p in OUTRO) + RATING
            + "</div></main></body></html>")


def test_a_column_of_one_paragraph_widgets_is_kept() -> None:
    article = extract_html(_page())
    assert article.paragraphs[:2] == INTRO
    assert all(text in article.paragraphs for text in WIDGETS + OUTRO)


def test_a_feedback_widget_of_a_few_lines_still_goes() -> None:
    article = extract_html(_page())
    assert not any("rate it" in p or "How useful" in p for p in article.paragraphs)
