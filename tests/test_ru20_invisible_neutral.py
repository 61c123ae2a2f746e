"""A windows-1252 page without a label holding a paragraph pasted raw in UTF-8, with the
zero-width characters a farm put inside its words: the BOM (U+FEFF, a zero-width no-break space) scored as a
symbol glued inside a word, so the paragraph did not read as UTF-8 and windows-1256 read the page best
(``Fuكgنng``: the misread's lead bytes as Arabic letters). Invisible format characters are neutral in
plausibility, as the soft hyphen already was. The texts are our own; the tests failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.decode import decode_bytes
from pipeline.plausibility import plausibility

TITLE = "Neue Fußgängerbrücke über die Saale eröffnet"
PARAS = ["Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über die Saale in Weißenfels am Freitag für den "
         "Verkehr freigegeben worden.",
         "„Die Brücke verbindet zwei Stadtteile, die lange nur über einen Umweg erreichbar waren“, sagte die "
         "Bürgermeisterin."]


def _page(invisible: str) -> bytes:
    pasted = PARAS[0].replace("zwei", f"zw{invisible}ei").replace("Saale", f"Sa{invisible}ale")
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><p>".encode("cp1252")
            + pasted.encode("utf-8") + f"</p><p>{PARAS[1]}</p></article></body></html>".encode("cp1252"))


@pytest.mark.parametrize("invisible", ["\ufeff", "\u200b", "\u2060"])
def test_a_utf8_paragraph_with_invisibles_in_a_windows_1252_page_is_read_as_utf8(invisible: str) -> None:
    decoded = decode_bytes(_page(invisible))
    assert (decoded.encoding, decoded.source) == ("cp1252", "mixed")
    rec = clean_html(_page(invisible))
    assert (rec.title, rec.text) == (TITLE, "\n".join(PARAS))


def test_a_bom_inside_a_word_is_neutral() -> None:
    clean = "Die Brücke über die Saale"
    assert plausibility(clean.replace("Br", "Br\ufeff"), "utf-8") == plausibility(clean, "utf-8")
