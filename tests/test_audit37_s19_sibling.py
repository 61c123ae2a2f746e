"""Audit37 session 19: a Latin-1 page holding a line of UTF-8 misread as windows-1252 (ü is C3 BC, read Ã¼).
Byte BC is windows-1252's ¼ but ISO-8859-15's Œ, so the misread's "symbols glued to words" made ISO-8859-15
the better sibling table, even over the page's own right label; then ü came back as Ì (ÃŒ) and ä as À (Ã€),
which no repair undoes. A byte that is part of a UTF-8 character tells nothing about the page's single-byte
table. The texts are our own; the test failed before its fix."""

from __future__ import annotations

from pipeline.decode_siblings import sibling_reading

TITLE = "Neue Fähre für die Müritz"
PARAS = ["Seit Montag fährt die neue Fähre über die Müritz, teilte das Landratsamt am Wochenende mit.",
         "Die alte Fähre war nach über vierzig Jahren im Dienst zu klein für die vielen Radfahrer geworden."]


def test_utf8_misread_in_a_latin1_page_is_no_evidence_for_iso_8859_15() -> None:
    page = (f"<html lang=\"de\"><head><meta charset=\"iso-8859-1\"><title>{TITLE}</title></head><body><article>"
            f"<h1>{TITLE.encode('utf-8').decode('cp1252')}</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</article></body></html>").encode("latin-1")
    assert sibling_reading(page, page.decode("cp1252"), "cp1252") is None


def test_a_glued_one_quarter_sign_still_tells_iso_8859_15() -> None:
    """The sibling test itself stands: ISO-8859-15's œ (BD, windows-1252's ½) inside French words."""
    text = "Le chœur de la sœur a chanté devant la cathédrale, au cœur de la ville, pour la fête des vœux."
    data = text.encode("iso8859-15")
    found = sibling_reading(data, data.decode("cp1252"), "cp1252")
    assert found is not None and found[:2] == (text, "iso8859-15")
