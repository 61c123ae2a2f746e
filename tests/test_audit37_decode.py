# ruff: noqa: E501
"""Audit37's decoding fix: a Latin-1 page whose only high byte is a pound sign. The text is our own; the test
failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html

PARAS = ["Repairs to the harbour wall cost about £2.4 million, roughly a third more than the council first estimated.",
         "Work on the second pier will start in the spring and should be finished before the summer ferries begin."]


@pytest.mark.parametrize("label", ["", '<meta charset="iso-8859-1">'])
def test_a_pound_sign_before_a_figure_reads_as_a_price_not_a_cyrillic_letter(label: str) -> None:
    """Byte A3 before "2.4": £ in Latin-1 and windows-1252, ё in KOI8-R, Ł in windows-1250. A lone letter
    scored as well as a lone symbol scored badly, so KOI8-R won (even over the page's own, right label); a
    currency sign beside a figure is how prices are written."""
    page = f"<html><head>{label}<title>Harbour wall</title></head><body><article><h1>Harbour wall repaired</h1>" + "".join(
        f"<p>{p}</p>" for p in PARAS) + "</article></body></html>"
    rec = clean_html(page.encode("latin-1"))
    assert rec.text == "\n".join(PARAS)
    assert rec.encoding in ("cp1252", "latin-1", "iso8859-1")

