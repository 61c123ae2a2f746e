"""Class/id words: where in a name they count, and how the counts decide a box's weight."""

from __future__ import annotations

import pytest

from pipeline.strip import vocab
from pipeline.strip.classnames import class_weight, firmly_negative


@pytest.mark.parametrize(("names", "weight"), [
    ("sidebar", -1),                      # at the start of the name
    ("col sidebar", -1),                  # after a space
    ("col_sidebar", -1),                  # after "_"
    ("uploads", 0),                       # "ads" inside a word does not count
    ("main-content has-sidebar", 1),      # two content words against one boilerplate word
    ("post-meta", -1),                    # a tie goes to boilerplate
    ("ad-nav", -1),                       # "ad-" takes its "-": "nav" after it is not a second word
    ("ad-article ad-story", -1),          # two "ad-", and no content word after a consumed "-"
    ("", 0),
])
def test_class_weight_counts_words_at_the_start_of_a_name_token(names: str, weight: int) -> None:
    assert class_weight(names) == weight


def test_firm_and_weak_boilerplate_words() -> None:
    assert firmly_negative("site-footer") and not firmly_negative("widget-area")


def test_no_class_word_starts_with_a_separator() -> None:
    """The patterns run on the names with a space put before them, which stands for the start of
    the name only while no word can itself begin at a separator."""
    assert all(w and w[0] not in " _-" and not w[0].isspace()
               for w in vocab.POSITIVE_CLASS + vocab.NEGATIVE_CLASS)
