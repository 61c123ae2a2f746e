# ruff: noqa: E501
"""The fields of a repost's info line over its story (audit43's metadata failures, session 28): a Korean date
and reporter in any order, a publisher's name opening with a one-letter article, the article's own byline before
a byline element elsewhere in the page, a labelled publication date before other dates, and the odd spaces and
joiners a repost puts between Hangul letters (in the title too)."""

from __future__ import annotations

from pipeline import clean_html, repair_text
from pipeline.strip.langguess import story_lang

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Riverside Notes</title></head>
<body><header><a href="/">Riverside Notes</a><nav><a href="/news/">News</a> <a href="/life/">Life</a> <a href="/about/">About</a></nav></header>
{before}<main><article><h1>{title}</h1><div class="entry-content"><p>{info}</p>{paras}</div>{after}</article></main>
<footer><p>Copyright 2026 Riverside Notes. All rights reserved.</p></footer></body></html>"""

KO_TITLE = "시립도서관, 다음 달부터 밤 10시까지 문 연다"
KO_PARAS = ["시립도서관이 석 달 동안의 리모델링을 마치고 다음 달부터 평일 밤 10시까지 문을 연다.",
            "열람실 좌석은 120석에서 200석으로 늘었고, 어린이 자료실과 수유실도 새로 꾸몄다.",
            "도서관 관계자는 “퇴근한 뒤에도 책을 빌리고 공부할 수 있게 됐다”고 설명했다."]


def page(info: str, paras: list[str], title: str = KO_TITLE, lang: str = "ko", before: str = "", after: str = "") -> str:
    return PAGE.format(lang=lang, title=title, info=info, before=before, after=after,
                       paras="".join(f"<p>{p}</p>" for p in paras))


def test_a_korean_info_line_with_the_date_in_words_and_the_reporter_after_it() -> None:
    # (spans glued with no separator: the reporter follows the date's 일 and precedes the source's label)
    rec = clean_html(page("입력 2026년 3월 9일 정하늘 기자 출처: 강변일보", KO_PARAS))
    assert rec.text == "\n".join(KO_PARAS)
    assert ((rec.published or "")[:10], rec.author, rec.publisher) == ("2026-03-09", "정하늘", "강변일보")


def test_a_korean_reporter_before_a_dash_and_the_stamp() -> None:
    rec = clean_html(page("정하늘 기자 — 입력 2026년 11월 2일 — 출처: 강변일보", KO_PARAS))
    assert ((rec.published or "")[:10], rec.author, rec.publisher) == ("2026-11-02", "정하늘", "강변일보")


def test_a_korean_sentence_about_a_press_conference_names_no_reporter() -> None:
    paras = ["구청장은 2026년 3월 9일 구청에서 기자회견을 열고 도서관 운영 시간을 늘리겠다고 밝혔다.", *KO_PARAS[1:]]
    rec = clean_html(page("출처: 강변일보", paras))
    assert rec.author is None
    assert rec.text == "\n".join(paras)


def test_a_publisher_whose_name_opens_with_a_one_letter_article() -> None:
    el = ["Οι κάτοικοι του χωριού καθάρισαν την παραλία από τα πλαστικά που έφερε η κακοκαιρία του Φεβρουαρίου.",
          "Συγκεντρώθηκαν περισσότερες από εξακόσιες σακούλες απορριμμάτων μέσα σε δύο ημέρες.",
          "Ο πρόεδρος της κοινότητας ευχαρίστησε τους εθελοντές και τα παιδιά του δημοτικού σχολείου."]
    rec = clean_html(page("Πηγή: Η Ηχώ της Λίμνης · Συντάκτης: Μαρίνα Σταύρου", el, "Εθελοντές καθάρισαν την παραλία", "el"))
    assert (rec.publisher, rec.author) == ("Η Ηχώ της Λίμνης", "Μαρίνα Σταύρου")
    pt = ["A feira do livro da vila regressou à praça central depois de três anos de interrupção.",
          "Participaram vinte e duas editoras e quatro livrarias independentes da região.",
          "A organização conta repetir o evento em setembro, com sessões de leitura para crianças."]
    rec = clean_html(page("Fonte: O Correio do Vale", pt, "Feira do livro volta à praça", "pt"))
    assert rec.publisher == "O Correio do Vale"


def test_an_english_source_line_naming_a_document_is_no_article_and_name() -> None:
    en = ["The harbour board published its yearly count of moorings on Tuesday, with a waiting list of 140 boats.",
          "Most of the new berths will go to working boats, the board said, and the rest to visitors in summer.",
          "A public meeting on the plan is set for the first week of next month at the sailing club."]
    rec = clean_html(page("Source: A Study of Harbour Berths", en, "Harbour board counts its moorings", "en"))
    assert rec.publisher is None or not rec.publisher.startswith("A ")


UK = ["У селі на Полтавщині відкрили відремонтований міст через річку, який був зачинений два роки.",
      "Ремонт коштував 6,8 млн гривень, а нову пішохідну доріжку зробили ширшою на пів метра.",
      "Мешканці кажуть, що тепер діти знову ходять до школи коротким шляхом."]
AUTHOR_BOX = ('<div class="author-box"><span class="author">Helen Marsh</span><p>Helen Marsh edits the garden pages '
              'and has written about allotments for twenty years.</p></div>')


def test_the_article_info_line_names_its_writer_before_an_author_box_elsewhere() -> None:
    rec = clean_html(page("Автор: Олег Вербицький", UK, "У селі відкрили міст через річку", "uk", after=AUTHOR_BOX))
    assert rec.author == "Олег Вербицький"
    assert rec.text == "\n".join(UK)


def test_a_byline_element_inside_the_info_line_bounds_the_name() -> None:
    # (the element's name, not the line's run of words glued to it)
    info = 'By <a rel="author" href="/member/Tallowmaker/">Tallowmaker</a>menuiserie Paul Girard'
    en = ["Start by sanding the old finish off the chair with a medium grit and wiping away the dust.",
          "Fill the cracks with wood filler, let it dry overnight, then sand the patches flush.",
          "Two thin coats of oil bring back the grain better than one thick coat of varnish."]
    rec = clean_html(page(info, en, "How to restore an old chair", "en"))
    assert rec.author == "Tallowmaker"


GALLERY = ('<div class="gallery"><img src="/img/1.jpg" alt=""><p class="gallery-caption">The old ferry at the slipway, '
           'Sunday, Nov. 8, 2020 (Photo: R. Dunmore)</p><p>Image 1 of 4</p></div>')


def test_a_labelled_publication_date_before_a_photo_caption_date() -> None:
    en = ["The ferry between the two villages will run every half hour from next week, the operator said.",
          "Tickets stay at 2.40 pounds, and a monthly pass for residents drops to 30 pounds.",
          "The council hopes the change will take cars off the narrow bridge road in summer."]
    info = f'{GALLERY}<p>Published: 14 April 2026 · By Nora Vale'
    rec = clean_html(page(info, en, "Village ferry to run every half hour", "en"))
    assert (rec.published or "")[:10] == "2026-04-14"
    uk = clean_html(page(f"{GALLERY}<p>Опубліковано: 5 березня 2026 · Автор: Олег Вербицький", UK, "У селі відкрили міст", "uk"))
    assert (uk.published or "")[:10] == "2026-03-05"


def test_a_portuguese_byline_ends_before_its_date_label() -> None:
    pt = ["A câmara municipal inaugurou no sábado um novo parque infantil junto ao rio.",
          "O espaço tem baloiços adaptados e uma zona de sombra com doze árvores novas.",
          "As obras custaram 180 mil euros e foram pagas com fundos europeus."]
    rec = clean_html(page("Por Inês Sarmento Publicado em 2 de maio de 2026 Fonte: Gazeta do Planalto", pt,
                          "Novo parque infantil junto ao rio", "pt"))
    assert (rec.author, (rec.published or "")[:10], rec.publisher) == ("Inês Sarmento", "2026-05-02", "Gazeta do Planalto")


def test_odd_spaces_and_joiners_between_hangul_letters_are_word_spaces_and_nothing() -> None:
    fixed = repair_text("시립도서관\u200c이 다음 달부터\u2009밤 10시까지 문을\u202f연다")
    assert fixed.text == "시립도서관이 다음 달부터 밤 10시까지 문을 연다"
    assert repair_text("좌석 1\u2009200석").text == "좌석 1\u2009200석"  # (a digit group's thin space stays)


def test_a_korean_title_written_with_references_for_its_odd_spaces() -> None:
    # (a page in EUC-KR writes what the codec lacks as references: the repair reads them, then mends them)
    title = "시립도&#8204;서관, 다음 달부터&#8201;밤 10시까지 문 연다"
    rec = clean_html(page("입력 2026.03.09 정하늘 기자", KO_PARAS, title))
    assert rec.title == KO_TITLE


DE = ["Die Gemeinde hat am Montag das neue Hallenbad eröffnet, das nach zwei Jahren Bauzeit fertig ist.",
      "Das Becken ist 25 Meter lang, und für die Kinder gibt es ein eigenes flaches Becken mit einer Rutsche.",
      "Der Eintritt kostet für Erwachsene 4,50 Euro, für Schüler ist er an den Wochenenden frei.",
      "Die Öffnungszeiten werden im Herbst noch einmal überprüft, sagte die Bürgermeisterin."]
EN_TAIL = ["I know it can be hard to find the time for all of this, but it is worth it in the end.",
           "Until next time, stay safe and thank you for reading the blog and for all of your kind comments."]


def test_the_story_opening_decides_its_language_over_theme_lines_kept_under_it() -> None:
    assert story_lang("en", DE + EN_TAIL) == "de"
    assert story_lang("de", DE + EN_TAIL) == "de"


def test_an_english_story_opening_with_a_german_quote_stays_english() -> None:
    en = ["„Wir sind stolz auf das Bad“, sagte die Bürgermeisterin bei der Eröffnung.",
          "The town opened its new indoor pool on Monday after two years of building work and a long wait.",
          "The pool is 25 metres long, and there is a shallow pool with a slide for the children as well.",
          "Entry costs 4.50 euros for adults and is free for pupils at the weekend, the council said."]
    assert story_lang("en", en + EN_TAIL) == "en"
