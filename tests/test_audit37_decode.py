# ruff: noqa: E501
"""Audit37's decoding fix: a Latin-1 page whose only high byte is a pound sign. The text is our own; the test
failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.decode import decode_bytes

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



@pytest.mark.parametrize("label", ["", '<meta charset="windows-1252">'])
def test_a_soft_hyphen_inside_a_word_does_not_make_a_latin_page_read_as_big5(label: str) -> None:
    """Byte AD inside a word (k\\xadeep: a soft hyphen a farm or a hyphenating editor put there) scored as a
    symbol between two letters, so windows-1252 "read poorly" and a Big5 reading with replacements won, even
    over the page's own right label (k苟ep). A soft hyphen is an invisible hyphenation hint: neutral."""
    paras = ["The library will keep its second floor open until two in the morning on weekdays during the exam season.",
             "Two security staff and one librarian will be on duty each night, and a quiet zone is included."]
    src = [paras[0].replace("keep", "k\xadeep").replace("second", "sec\xadond"), paras[1].replace("library", "lib\xadrary")]
    page = f"<html><head>{label}<title>Library</title></head><body><article><h1>Library opens late</h1>" + "".join(
        f"<p>{p}</p>" for p in src) + "</article></body></html>"
    rec = clean_html(page.encode("cp1252"))
    assert rec.encoding == "cp1252"
    assert rec.text == "\n".join(paras)


GERMAN = ["Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über den Mühlbach am Freitag eröffnet worden.",
          "Die Kosten für die Brücke beliefen sich auf rund drei Millionen Euro, etwas weniger als geplant."]
TURKISH = ["Belediye, sahil yolundaki çalışmaların önümüzdeki ay başlayacağını açıkladı.",
           "Yapımı üç ay sürecek yol, ilçenin en işlek bölgesinden geçiyor ve yaşlılar için güvenli olacak."]


def _misread_title_page(title: str, paras: list[str], codec: str, label: str) -> bytes:
    """A page whose headline was UTF-8 misread as windows-1252 before it was saved in ``codec`` (what ``codec``
    lacks of the misreading, as references), its story in ``codec`` itself."""
    misread = title.encode("utf-8").decode("cp1252", "replace").replace("\ufffd", "\x8d")
    page = (f"<html><head>{label}<title>news</title></head><body><h1>{misread}</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    return page.encode(codec, "xmlcharrefreplace")


def test_a_misread_headline_does_not_make_a_latin1_page_read_as_windows_1250() -> None:
    """The headline's UTF-8 bytes (ü as C3 BC) read as Ã¼ in windows-1252, which the score takes for misread UTF-8,
    but as Ăź in windows-1250, which it does not; the story's ü ö ä ß read alike in both, so windows-1250 won.
    Raw UTF-8 is mojibake in either table: the tables are now weighed on the page's own bytes."""
    data = _misread_title_page("Fußgängerbrücke am Mühlbach eröffnet", GERMAN, "latin-1", "")
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1252"
    assert all(p in decoded.text for p in GERMAN)


def test_a_misread_headline_does_not_overrule_a_right_turkish_label() -> None:
    """A farm's zero-width spaces inside the headline's words (each E2 80 8B, â€‹ when misread) make most of what
    is scored: the label's table read worse than windows-1250 there, and lost to it."""
    title = "Sahil yo\u200blunda çalı\u200bşmalar baş\u200blıyor: üç ay\u200blık gü\u200bzergâh gö\u200brüşüldü"
    data = _misread_title_page(title, TURKISH, "cp1254", '<meta charset="windows-1254">')
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.mislabeled) == ("cp1254", False)
    assert all(p in decoded.text for p in TURKISH)


SPANISH = ["Los equipos de rescate localizaron el domingo a dos montañeros que se habían desorientado en la niebla.",
           "Ambos se encontraban en buen estado y bajaron por su propio pie hasta el refugio más cercano."]


@pytest.mark.parametrize("content_type", [None, "text/html; charset=utf-8"])
def test_a_headline_of_raw_utf8_full_of_invisible_spaces_does_not_make_a_latin_page_read_as_gb18030(
        content_type: str | None) -> None:
    """A windows-1252 page (its label, if any, says UTF-8) whose headline a farm filled with zero-width and narrow
    spaces as raw UTF-8 (E2 80 8B, E2 80 AF; one ZWNBSP's last bytes written as references, so the line is no clean
    UTF-8 for the region reading): those bytes filled the scored window, where windows-1252 reads them as â€‹ and
    GB18030 as ideographs, and GB18030 won. Without them windows-1252 reads the rest cleanly."""
    title = "Rescatan\u202fa dos mon\u200bta\u00f1e\u200cros atra\u200bpados por\u202fla nie\u200dbla en\u202fl\x00a sierra"
    raw_title = title.encode().replace(b"\x00", b"\xef&raquo;&iquest;")
    raw = (b"<html><head><title>" + raw_title + b"</title></head><body><h1>" + raw_title + b"</h1>"
           + "".join(f"<p>{p}</p>" for p in SPANISH).encode("cp1252") + b"</body></html>")
    decoded = decode_bytes(raw, content_type)
    assert decoded.encoding == "cp1252"
    assert all(p in decoded.text for p in SPANISH)
