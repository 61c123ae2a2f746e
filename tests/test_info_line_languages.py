# ruff: noqa: E501
"""A repost's info line over the story in Greek, Turkish and Ukrainian (source, date, author under their own
labels): its fields are the record's and the line is no paragraph (audit43)."""

from __future__ import annotations

import pytest

from pipeline import clean_html

THEME = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Coastline Daily</title></head>
<body><header><a href="/">Coastline Daily</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/about/">About</a></nav></header>
<main><article><h1>{title}</h1><div class="entry-content"><p>{info}</p>{paras}</div></article></main>
<footer><p>Copyright 2026 Coastline Daily. All rights reserved.</p></footer></body></html>"""

CASES = [
    ("el", "Μαθητές φύτεψαν χίλια δέντρα στο βουνό", "Συντάκτης: Κώστας Νικολάου · Πηγή: Η Φωνή της Αχαΐας · Δημοσιεύθηκε: 29 Μαρτίου 2026",
     ["Περισσότεροι από διακόσιοι μαθητές από έξι σχολεία της περιοχής φύτεψαν την Κυριακή χίλια δενδρύλλια στην πλαγιά.",
      "Τα δέντρα, κυρίως πεύκα και βελανιδιές, δόθηκαν από το δασαρχείο και θα ποτίζονται κάθε εβδομάδα.",
      "«Θέλαμε τα παιδιά να νιώσουν ότι το δάσος είναι και δικό τους», είπε η εκπαιδευτικός."],
     ("Κώστας Νικολάου", "2026-03-29")),
    ("tr", "Köy okuluna gönüllülerden kütüphane", "Yayınlanma: 17 Aralık 2026 · Yazar: Elif Aksoy",
     ["Bir köy okulunda gönüllüler tarafından kurulan kütüphane, düzenlenen törenle öğrencilerin kullanımına açıldı.",
      "Farklı illerden gönderilen 3.200 kitap raflara yerleştirildi ve bir okuma köşesi kuruldu.",
      "Okul müdürü, öğrencilerin artık her gün yeni bir kitapla tanışacağını söyledi."],
     ("Elif Aksoy", "2026-12-17")),
    ("uk", "Переселенці відкрили пекарню у Львові", "Опубліковано: 13 листопада 2026 — Автор: Андрій Ткачук",
     ["Родина переселенців відкрила у Львові невелику пекарню, де випікають хліб за рецептами своєї бабусі.",
      "Щодня пекарня продає близько 400 буханців і 600 булочок, а перші покупці приходять уже о сьомій.",
      "Частину прибутку родина передає на потреби інших переселенців, які живуть неподалік."],
     ("Андрій Ткачук", "2026-11-13")),
]


@pytest.mark.parametrize(("lang", "title", "info", "paras", "fields"), CASES, ids=[c[0] for c in CASES])
def test_an_info_line_in_the_story_language_is_read_and_dropped(lang: str, title: str, info: str, paras: list[str],
                                                               fields: tuple[str, str]) -> None:
    rec = clean_html(THEME.format(lang=lang, title=title, info=info, paras="".join(f"<p>{p}</p>" for p in paras)))
    assert rec.text == "\n".join(paras)
    assert (rec.author, (rec.published or "")[:10]) == fields


def test_a_greek_sentence_naming_a_source_stays() -> None:
    # (the guard: the labels open an info line; prose that says "πηγή" is prose)
    paras = ["Η πηγή του ποταμού βρίσκεται ψηλά στο βουνό, όπου οι μαθητές φύτεψαν τα δέντρα τον Μάρτιο.",
             "Δημοσιεύθηκε χθες η μελέτη του δασαρχείου για την πλαγιά που κάηκε πέρσι το καλοκαίρι.",
             "Οι εθελοντές θα ποτίζουν τα δέντρα κάθε εβδομάδα μέχρι τον Σεπτέμβριο."]
    rec = clean_html(THEME.format(lang="el", title="Δέντρα στο βουνό", info=paras[0], paras="".join(f"<p>{p}</p>" for p in paras[1:])))
    assert rec.text == "\n".join(paras)
