# ruff: noqa: E501
"""A Greek story in an English site's theme saved in ISO-8859-7 under its right label: the theme's apostrophes
(don’t, we’re: ISO-8859-7's 0xA2, windows-1253's Ά) are no glued symbols that would make windows-1253 the
better reading of the page (audit43)."""

from __future__ import annotations

from pipeline import clean_html

PARAS = ["Ολοκληρώθηκαν οι εργασίες ανακαίνισης στο παλιό λιμάνι της πόλης, οι οποίες διήρκεσαν δεκαπέντε μήνες και κόστισαν 4,2 εκατομμύρια ευρώ.",
         "Ο πεζόδρομος κατά μήκος της προκυμαίας επεκτάθηκε στα 650 μέτρα, ενώ τοποθετήθηκαν νέα φωτιστικά και παγκάκια.",
         "«Το λιμάνι επιστρέφει στους πολίτες», δήλωσε ο δήμαρχος. Την άνοιξη θα ανοίξει και η μαρίνα, σύμφωνα με τον δήμο."]
TITLE = "Ανακαινίστηκε το παλιό λιμάνι"


def page(label: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = f"""<!DOCTYPE html><html lang="el"><head><meta charset="{label}"><title>{TITLE} | Harbour Town Blog</title></head>
<body><header><a href="/">Harbour Town Blog</a><nav><a href="/news/">News</a> <a href="/food/">Food</a> <a href="/about/">About</a></nav></header>
<main><article><h1>{TITLE}</h1><div class="entry-content">{body}</div></article></main>
<aside><h3>Don’t miss a post</h3><p>We’re sending the week’s best stories every Friday. It’s free and you can leave whenever you’d like.</p></aside>
<footer><p>© 2026 Harbour Town Blog. Reader’s guide and privacy policy.</p></footer></body></html>"""
    return html.encode("iso-8859-7")


def test_iso_8859_7_under_its_label_stays_iso_8859_7() -> None:
    rec = clean_html(page("iso-8859-7"))
    assert (rec.encoding, rec.mislabeled) == ("iso8859-7", False)
    assert rec.title == TITLE
    assert rec.text == "\n".join(PARAS)


def test_windows_1253_bytes_under_an_iso_8859_7_label_are_still_read_as_windows_1253() -> None:
    # (the guard: a Greek page written in windows-1253 whose Ά is ISO-8859-7's ’ glued to Greek letters)
    paras = [*PARAS[:2], "Ο δήμαρχος μίλησε για τα έργα. Άνοιξη θα ανοίξει και η μαρίνα, Έλληνες και ξένοι θα δέσουν εκεί."]
    html = ("<html><head><meta charset='iso-8859-7'><title>Άνοιξη στην πόλη</title></head><body><article><h1>Άνοιξη στην πόλη</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    rec = clean_html(html.encode("cp1253"))
    assert rec.encoding == "cp1253"
    assert rec.text == "\n".join(paras)
