"""References escaped twice where English prose closes its quotes: right after a comma or a full stop
(``mainland,&amp;rdquo; said``, ``a day.&amp;rdquo;</p>``). Only references glued to a letter, a digit or another
reference counted as prose, so a page with one such and two quotes closed after a sentence mark kept all three as
text. A reference written right after a sentence mark, with no space between, is glued to the prose too (a tutorial
sets its references apart: ``write &amp;nbsp; for a space``). Guards: a tutorial's list (``&amp;lt;, &amp;gt;``)
and a single reference stay. The texts are our own; the tests failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.repair.double_escape import read_double_escaped


def test_quotes_closed_after_a_sentence_mark_count_as_prose() -> None:
    page = ("<p>&#8220;It has been a hard month for everyone,&amp;rdquo; said the director. &amp;ldquo;The ramp has "
            "passed every test.&amp;rdquo;</p>")
    assert read_double_escaped(page).text == ("<p>&#8220;It has been a hard month for everyone,” said the director. "
                                              "“The ramp has passed every test.”</p>")


@pytest.mark.parametrize("page", [
    "<p>Write &amp;lt;, &amp;gt; and &amp;amp; for the three characters markup reserves.</p>",
    "<p>The closing quote is written &amp;rdquo;. Its opening one &amp;ldquo; comes first.</p>",
    "<p>He said it twice,&amp;rdquo; then left.</p>",
])
def test_references_set_apart_or_alone_stay(page: str) -> None:
    assert read_double_escaped(page).changes == []
