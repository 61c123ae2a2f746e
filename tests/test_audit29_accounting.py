"""Audit29: the strip stage's accounting (ledger.py's promise): the non-space characters a reader sees
on the page equal those kept plus those the change log records as removed. Text a browser shows but the
stage removes as never article text (an image map's links, MathML, an SVG's <text>) and soft hyphens the
walk removes were gone without a record."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from pipeline import Record, clean_html

_PARAS = [
    "The harbour board voted on Tuesday to rebuild the old north pier, which storms closed two winters ago.",
    "Work starts in March and should take eleven months; the ferry will use the south landing until then.",
    "Fishermen who moor at the pier will be offered berths in the marina at the old rate during the work.",
]


def _page(header: str, body_extra: str = "", paras: list[str] | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in (paras or _PARAS))
    return (f"<html><head><meta charset='utf-8'><title>Pier to be rebuilt</title></head><body>{header}"
            f"<article><h1>Pier to be rebuilt</h1>{body}{body_extra}</article>"
            "<footer><p>Copyright 2026 The Quay Gazette</p></footer></body></html>")


def _shown_chars(html: str) -> int:
    """Non-space characters a browser shows: body text without scripts, styles and the like, SVG
    tooltips and metadata, and media fallback."""
    tree = LexborHTMLParser(html)
    for selector in ("script", "style", "template", "noscript", "head", "svg title", "svg desc", "iframe"):
        for node in tree.css(selector):
            node.decompose()
    root = tree.body
    return len("".join((root.text(deep=True) if root else "").split()))


def _assert_accounted(html: str, record: Record) -> None:
    removed = sum(c.chars_removed for c in record.changes if c.stage == "strip")
    kept = len("".join((record.text or "").split()))
    assert kept + removed == _shown_chars(html)


def test_an_image_maps_nav_links_are_recorded_when_removed() -> None:
    nav = ("<map name='nav'><ul><li><a href='/'>Home</a></li><li>|</li><li><a href='/news/'>News</a></li>"
           "<li>|</li><li><a href='/sport/'>Sport</a></li></ul></map>")
    html = _page(f"<div class='header'>{nav}</div>")
    record = clean_html(html)
    assert record.text == "\n".join(_PARAS)
    logged = [c for c in record.changes if c.rule == "non_content:map"]
    assert logged and "News" in logged[0].before and logged[0].action == "remove"
    _assert_accounted(html, record)


def test_svg_text_and_mathml_are_recorded_when_removed() -> None:
    logo = "<svg viewBox='0 0 40 20'><title>Home</title><text x='1' y='15'>QG</text></svg>"
    math = "<p>Tide range: <math><mi>h</mi><mo>=</mo><mn>4</mn></math> metres at springs.</p>"
    html = _page(f"<div class='logo'>{logo}</div>", body_extra=math)
    record = clean_html(html)
    rules = {c.rule for c in record.changes}
    assert {"non_content:svg_text", "non_content:math"} <= rules
    assert "QG" not in (record.text or "")
    _assert_accounted(html, record)


def test_soft_hyphens_the_walk_removes_are_recorded() -> None:
    paras = [p.replace("harbour", "har&shy;bour").replace("Fishermen", "Fisher&shy;men") for p in _PARAS]
    html = _page("<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>", paras=paras)
    record = clean_html(html)
    assert record.text == "\n".join(_PARAS)  # the text itself is as before: no soft hyphens
    logged = [c for c in record.changes if c.rule == "strip:soft_hyphen"]
    assert len(logged) == 1 and logged[0].chars_removed == 2
    _assert_accounted(html, record)


def test_a_page_without_them_logs_nothing_new() -> None:
    html = _page("<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>")
    record = clean_html(html)
    assert not {c.rule for c in record.changes} & {"strip:soft_hyphen", "non_content:map", "non_content:math"}
    _assert_accounted(html, record)
