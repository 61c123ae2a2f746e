"""A <title> cut short of the headline (an SEO title, a length limit) agrees with the h1 that goes on
with more words: the h1 is the headline, and it is not left in the body."""

from __future__ import annotations

from pipeline.api import clean_html

_BODY = ("<p>The district's board voted five to two on Tuesday night to keep the three village schools open for at "
         "least another four years, after a consultation drew more than 1,200 replies.</p>"
         "<p>Parents had packed the hall for the meeting, and several spoke against the plan to merge the schools "
         "into one new building on the edge of town.</p>")


def _page(title: str, h1: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article><h1>{h1}</h1>{_BODY}"
            "</article></body></html>")


def test_an_h1_going_on_after_the_title_s_words_is_the_headline() -> None:
    record = clean_html(_page("Board keeps village schools open | Valley Times",
                              "Board keeps village schools open after 1,200 replies to consultation"))
    assert record.title == "Board keeps village schools open after 1,200 replies to consultation"
    assert record.text.startswith("The district's board voted")


def test_an_h1_with_a_lowercase_continuation_is_whole() -> None:
    record = clean_html(_page("Board keeps village schools open - Valley Times",
                              "Board keeps village schools open for four more years"))
    assert record.title == "Board keeps village schools open for four more years"


def test_an_h1_with_the_site_name_after_the_headline_still_yields_to_the_title() -> None:
    record = clean_html(_page("Board keeps village schools open", "Board keeps village schools open Valley Times"))
    assert record.title == "Board keeps village schools open"
