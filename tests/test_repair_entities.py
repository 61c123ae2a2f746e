"""Character references in a plain-text dump are read; one alone, or any in HTML, is left."""

from __future__ import annotations

from pipeline.record import apply_plan
from pipeline.repair import repair_text
from pipeline.strip import extract_text


def test_references_in_a_text_dump_are_read_and_recorded() -> None:
    dump = "&nbsp;&nbsp;&ldquo;以前地上总是湿漉漉的。&rdquo;刘阿姨说。\n&#8220;It&rsquo;s dry now,&#8221; she said.\n"
    result = repair_text(dump)
    assert result.text == "“以前地上总是湿漉漉的。”刘阿姨说。\n“It’s dry now,” she said.\n"
    assert "html_entities" in [c.rule for c in result.changes]
    assert apply_plan(dump, result.changes) == result.text


def test_an_ascii_dump_with_references_is_read_too() -> None:
    assert repair_text("Tom &amp; Jerry &mdash; a review\n").text == "Tom & Jerry — a review\n"


def test_one_quoted_reference_and_html_pages_are_left() -> None:
    lesson = "在网页里写 &nbsp; 可以得到一个不换行的空格。"
    assert repair_text(lesson).text == lesson
    page = "<p>Tom &amp; Jerry &mdash; &lt;b&gt; is bold</p>"
    assert repair_text(page, html=True).text == page
    assert repair_text(page).text == page  # markup given as text
    assert repair_text("AT&T; and R&D;").text == "AT&T; and R&D;"


def test_the_strip_stage_then_sees_the_quotes_and_indents() -> None:
    dump = "绿道贯通\n\n&nbsp;&nbsp;&ldquo;走起来很舒服。&rdquo;市民说。\n"
    article = extract_text(repair_text(dump).text)
    assert article.paragraphs == ["“走起来很舒服。”市民说。"]


ESCAPED = ("<p>The harbour isn&acirc;&euro;&trade;t closed &acirc;&euro;&#148; it opens at noon, said "
           "&acirc;&euro;&oelig;the captain&acirc;&euro;&#157;.</p>")


def test_mojibake_escaped_as_references_in_a_page_is_read() -> None:
    page = f"<html><body>{ESCAPED}</body></html>"
    result = repair_text(page, html=True)
    assert "<p>The harbour isn’t closed — it opens at noon, said “the captain”.</p>" in result.text
    assert [c.rule for c in result.changes] == ["escaped_mojibake"]
    assert apply_plan(page, result.changes) == result.text


def test_references_that_spell_no_utf8_and_those_in_markup_stay() -> None:
    page = ('<html><head><script>var s = "&acirc;&euro;&trade;";</script></head><body>'
            '<p title="isn&acirc;&euro;&trade;t">Caf&eacute;&eacute; &nbsp;&nbsp; Tom &amp;&lt;Jerry&gt;, '
            '&Atilde;&copy;t&eacute;</p></body></html>')
    result = repair_text(page, html=True)
    assert result.text.count("&acirc;&euro;&trade;") == 2 and "&nbsp;&nbsp;" in result.text
    assert "Caf&eacute;&eacute;" in result.text and "&amp;&lt;Jerry" in result.text
    assert "ét&eacute;" in result.text  # &Atilde;&copy; is é's UTF-8 read as windows-1252: read as é
