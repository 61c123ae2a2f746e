# ruff: noqa: E501
"""Audit37 session 19b: a Latin-1 page (labelled ISO-8859-1, read as windows-1252) holding a paragraph of UTF-8
misread as windows-1252 and saved again. ISO-8859-1 has â but not € or œ, so the misread “ is saved as
``â&#8364;&#339;``, and ” (E2 80 9D) as ``â&#8364;`` and the raw byte 0x9D, which windows-1252 has no character
for (a C1 control). The control made windows-1252 "read poorly" and windows-1250 (ť) win over the right label,
so £ came out as Ł; and the half-escaped characters were read by no fixer. Now the declared codec's clean
reading counts as UTF-8 misread once its references to the codec's characters are read, and a misread
character half raw, half references is read as what its bytes encode. The texts are our own; each test
failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.decode_choose import utf8_misread
from pipeline.encodings import decode
from pipeline.repair.references import read_escaped_mojibake

TITLE = "Harbour ferry returns after repairs"
PARAS = ["The ferry between Lowmarsh and the outer islands sails again from Tuesday, the harbour board said, after three weeks of repairs to its ramp.",
         "“We know it’s been a long wait for everyone who crosses each morning,” said harbour master Ellen Fairley. “The ramp has passed every test.”",
         "A return ticket still costs about £4.5 and the timetable is back to twelve crossings a day, with the first boat at six."]


def _page(misread: list[int]) -> bytes:
    def moji(text: str) -> str:
        return decode(text.encode("utf-8"), "cp1252") or ""

    paras = [moji(p) if i in misread else p for i, p in enumerate(PARAS)]
    page = (f'<html lang="en"><head><meta charset="iso-8859-1"><title>{TITLE}</title></head><body><article>'
            f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    return page.encode("latin-1", "xmlcharrefreplace")


@pytest.mark.parametrize("misread", [[1], [0, 1]])
def test_a_latin1_page_with_a_half_escaped_utf8_misread_keeps_its_label_and_is_repaired(misread: list[int]) -> None:
    data = _page(misread)
    assert b"\xe2&#8364;&#339;" in data and b"\xe2&#8364;\x9d" in data
    rec = clean_html(data)
    assert rec.encoding == "cp1252"
    assert (rec.title, rec.text) == (TITLE, "\n".join(PARAS))


def test_a_latin1_page_without_misread_is_untouched() -> None:
    rec = clean_html(_page([]))
    assert (rec.encoding, rec.text) == ("cp1252", "\n".join(PARAS))


def test_a_misread_character_half_raw_half_references_is_read() -> None:
    page = "<p>â&#8364;&#339;We sail again,â&#8364;\x9d she said. Caf&eacute; &#8364;5.</p>"
    assert read_escaped_mojibake(page).text == "<p>“We sail again,” she said. Caf&eacute; &#8364;5.</p>"


def test_the_declared_reading_with_its_references_read_counts_as_utf8_misread() -> None:
    text = decode(_page([1]), "cp1252") or ""
    assert utf8_misread(text, "cp1252")
    assert not utf8_misread(decode(_page([]), "cp1252") or "", "cp1252")
