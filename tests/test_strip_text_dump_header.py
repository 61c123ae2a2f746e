"""A text dump of a British paper's page: a newsletter promotion copied with the article goes, its
copy between its lines too (the article's own subheading between two asks stays); the byline and
date under a long standfirst are the header's."""

from __future__ import annotations

from pipeline.api import clean_text

_HEAD = ["Ferry timetable cut as crew shortage bites", "",
         "Islanders say the winter schedule leaves them unable to reach hospital appointments", "",
         "Fiona Baird Scotland correspondent", "Mon 9 Nov 2026 08.30 GMT", ""]
_FIRST = ["The operator of the ferry to Inchmurrin will run two sailings a day instead of five from next week, "
          "because it cannot find enough qualified crew.",
          "Residents said they learned of the cut from a notice pinned to the harbour office door."]
_LAST = ["\"We were not even asked,\" said Morag Tulloch, who chairs the community council.",
         "The operator said it hoped to restore the full timetable by the spring."]


def test_the_promotion_and_its_copy_go() -> None:
    promo = ["Sign up to Morning Briefing", "Free daily newsletter",
             "Our morning email breaks down the key stories of the day and what they mean",
             "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by "
             "outside parties.", "after newsletter promotion"]
    record = clean_text("\n".join(_HEAD + _FIRST + promo + _LAST) + "\n")
    assert record.text.splitlines() == [_HEAD[2], *_FIRST, *_LAST]


def test_a_long_standfirst_keeps_the_header_open_for_the_byline_and_date() -> None:
    record = clean_text("\n".join(_HEAD + _FIRST + _LAST) + "\n")
    assert record.text.splitlines() == [_HEAD[2], *_FIRST, *_LAST]
    assert (record.author, record.published) == ("Fiona Baird", "2026-11-09")


def test_a_subheading_between_two_asks_stays() -> None:
    asks = ["Story continues below", "What the islanders want", "Read more: Ferry fares rise again"]
    record = clean_text("\n".join(_HEAD + _FIRST + asks + _LAST) + "\n")
    assert "What the islanders want" in record.text.splitlines()
