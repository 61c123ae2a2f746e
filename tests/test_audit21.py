# ruff: noqa: E501
"""Audit21's fixes (reposts outside Chinese): the texts are our own; each test failed before its fix.
Farms in Ukrainian, Polish, Turkish, Indonesian, German, Italian, French, Korean and Russian add their
source line, crumb, see-also, comment counter and copyright in their own words; copy damage outside CJK
(look-alike letters from the other alphabet, soft hyphens and ZWNJ inside words, decomposed accents,
windows-1254 / ISO-8859-15 / windows-1258 bytes, a paragraph or a title in another codec than the page)."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.api import clean_html, clean_text
from pipeline.decode import decode_bytes
from pipeline.repair import repair_text

NB = "\u00a0"


def _dump(head: str, crumb: str, title: str, paras: list[str], tail: list[str]) -> str:
    return "\n".join([head, "", NB, crumb, NB, "", title, "", ""]) + "\n" + "\n\n".join([*paras, *tail])


UK = ["Міська рада затвердила план ремонту трьох шкіл у Старому місті, роботи почнуться навесні.",
      "На ремонт виділили понад двадцять мільйонів гривень, частину коштів дасть обласний бюджет."]
PL = ["Miejski ogród botaniczny otworzył w sobotę nową palmiarnię, na którą mieszkańcy czekali od pięciu lat.",
      "Budowa kosztowała czterdzieści milionów złotych, a w szklarni rośnie już ponad dwieście gatunków roślin."]
TR = ["Kent meydanındaki tarihi saat kulesi, iki yıl süren restorasyonun ardından yeniden ziyarete açıldı.",
      "Belediye, kulenin çevresinde akşam saatlerinde ışık gösterileri düzenleneceğini duyurdu."]
ID = ["Jembatan gantung yang menghubungkan dua desa di tepi sungai akhirnya selesai dibangun bulan ini.",
      "Warga kini tidak perlu lagi menyeberang dengan perahu kecil saat air sungai sedang tinggi."]


@pytest.mark.parametrize(("head", "crumb", "title", "paras", "tail", "publisher"), [
    ("казино онлайн україна-ставки на спорт онлайн-завантажити фільми безкоштовно", "Головна / Новини / Місто",
     "Три школи відремонтують до вересня", UK, ["Джерело: Волинська правда", "Читайте також:", "У парку висадили сто лип", "Коментарі (0)", "(c) 2026 Усі права захищено."], "Волинська правда"),
    ("kasyno online bonus bez depozytu-zakłady bukmacherskie-automaty za darmo", "Strona główna / Wiadomości / Region",
     "Nowa palmiarnia w ogrodzie botanicznym", PL, ["Źródło: Kurier Pomorski", "Czytaj także:", "Remont mostu potrwa do maja", "Komentarze (0)"], "Kurier Pomorski"),
    ("deneme bonusu veren siteler-bahis siteleri güvenilir-casino siteleri", "Ana Sayfa » Haberler » Yerel",
     "Tarihi saat kulesi yeniden ziyarete açıldı", TR, ["Kaynak: Trakya Haber", "İlgili Haberler", "Sahil yolunda yeni düzenleme", "Yorumlar (0)", "© 2026 Haber24 - Tüm hakları saklıdır."], "Trakya Haber"),
    ("situs judi slot online gacor-slot88 maxwin hari ini-link alternatif", "Beranda » Berita » Daerah",
     "Jembatan gantung antar desa rampung", ID, ["Sumber: Warta Borneo", "Baca Juga:", "Pasar malam dibuka lagi", "Komentar (0)"], "Warta Borneo"),
])
def test_a_farms_source_crumb_see_also_and_counters_in_its_own_language(head: str, crumb: str, title: str, paras: list[str],
                                                                         tail: list[str], publisher: str) -> None:
    rec = clean_text(_dump(head, crumb, title, paras, tail))
    assert (rec.title, rec.text, rec.publisher) == (title, "\n".join(paras), publisher)


def test_french_outlet_name_with_an_elided_article_and_german_see_also() -> None:
    paras = ["Le conseil municipal a voté jeudi la rénovation de la piscine, fermée depuis l'été dernier.",
             "Les travaux dureront dix-huit mois et coûteront près de trois millions d'euros."]
    rec = clean_text(_dump("casino en ligne bonus sans dépôt-paris sportifs-machines à sous gratuites", "Accueil » Actualités » Ville",
                           "La piscine municipale sera rénovée", paras, ["Source : Le Journal de l'Oise", "Lire aussi :", "Un nouveau marché le dimanche", "Commentaires (0)"]))
    assert (rec.text, rec.publisher) == ("\n".join(paras), "Le Journal de l'Oise")


def test_polish_turkish_and_french_month_names_and_italian_byline_before_a_dash() -> None:
    paras = ["Il nuovo ponte pedonale sul fiume è stato aperto ieri mattina alla presenza del sindaco.",
             "La struttura, lunga ottanta metri, collega il centro storico al parco della stazione."]
    page = ('<html lang="it"><head><meta charset="utf-8"><title>Aperto il nuovo ponte pedonale</title></head><body>'
            '<article><h1>Aperto il nuovo ponte pedonale</h1><div class="entry-meta">di Marco Bellini - 3 dicembre 2026</div>'
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    rec = clean_html(page.encode())
    assert (rec.author, (rec.published or "")[:10]) == ("Marco Bellini", "2026-12-03")
    for line, day in (("Autor: Anna Nowak | 22 listopada 2026, 08:15", "2026-11-22"), ("Mehmet Kaya | 12 Kasım 2026 Perşembe 09:45", "2026-11-12"),
                      ("Par Claire Dubois, le 2 décembre 2026", "2026-12-02")):
        got = clean_text("Titre de l'article sur la ville\n\n" + line + "\n\n" + "\n\n".join(paras))
        assert (got.published or "")[:10] == day, line


def test_korean_reporter_before_a_bar_is_the_author() -> None:
    paras = ["경기 남부의 한 도서관이 이번 주부터 밤 열 시까지 문을 연다.", "도서관 측은 시험 기간에 맞춰 열람실 좌석도 두 배로 늘렸다고 밝혔다."]
    page = ('<html lang="ko"><head><meta charset="utf-8"><title>도서관 야간 개방 시작</title></head><body><article><h1>도서관 야간 개방 시작</h1>'
            '<div class="info">박지민 기자 | 승인 2026.09.02 15:20</div>' + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    assert clean_html(page.encode()).author == "박지민"


def test_a_russian_keyword_stuffed_title_tag_is_no_title() -> None:
    paras = ["В районной больнице открыли новое отделение реабилитации на двадцать коек.",
             "Оборудование закупили по областной программе, первые пациенты поступят в понедельник."]
    spam = "казино вулкан играть бесплатно без регистрации 1xbet зеркало скачать фильмы торрент без регистрации"
    page = (f'<html lang="ru"><head><meta charset="utf-8"><title>{spam}</title></head><body><div class="entry-content">'
            "<p><strong>В больнице открыли отделение реабилитации</strong></p>" + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")
    assert clean_html(page.encode()).title == "В больнице открыли отделение реабилитации"


def test_latin_lookalikes_inside_cyrillic_words_are_restored() -> None:
    fixed = repair_text("Жители пoceлкa ждали пapoм три мecяцa, a iPhone-ом и IT-компанией никого не удивишь. The cоmpany said.").text
    # (the lone "a" is no mixed word: left as it came)
    assert fixed == "Жители поселка ждали паром три месяца, a iPhone-ом и IT-компанией никого не удивишь. The company said."


def test_a_word_made_only_of_lookalikes_is_left() -> None:
    assert repair_text("Слово сoх стоит само по себе.").text == "Слово сoх стоит само по себе."


def test_soft_hyphens_and_zwnj_inside_latin_words_go() -> None:
    text = "Der Stadt\u00adwald wächst. La pa\u200cnadería abre. فارسی\u200cها"
    assert repair_text(text).text == "Der Stadtwald wächst. La panadería abre. فارسی\u200cها"


def test_decomposed_accents_are_composed_but_cjk_compatibility_ideographs_stay() -> None:
    vi = unicodedata.normalize("NFD", "Cây cầu treo mới giúp học sinh đi học an toàn.")
    assert repair_text(vi).text == "Cây cầu treo mới giúp học sinh đi học an toàn."
    assert repair_text("豈\uf900 e\u0301").text == "豈\uf900 é"


def test_nbsp_of_french_typography_stays_and_nbsp_before_a_capital_becomes_a_space() -> None:
    assert repair_text("«\u00a0Oui\u00a0», dit-elle\u00a0: c'est fini\u00a0!").text == "«\u00a0Oui\u00a0», dit-elle\u00a0: c'est fini\u00a0!"
    assert repair_text("A\u00a0ponte\u00a0de\u00a0Água\u00a0Branca\u00a0caiu.").text == "A ponte de Água Branca caiu."


TURKISH = ("Balıkçı barınağında çalışmalar tamamlandı. Kooperatif başkanı İsmail Yıldırım, dalgakıranın "
           "uzatılmasıyla teknelerin güvende olacağını söyledi. Şenlik için ağustos düşünülüyor.")


def test_windows_1254_turkish_is_not_read_as_windows_1252() -> None:
    got = decode_bytes(TURKISH.encode("cp1254"))
    assert (got.encoding, got.text) == ("cp1254", TURKISH)
    labelled = decode_bytes(b'<meta charset="iso-8859-1"><p>' + TURKISH.encode("cp1254") + b"</p>")
    assert labelled.encoding == "cp1254" and labelled.mislabeled


def test_icelandic_and_acute_apostrophes_stay_windows_1252() -> None:
    icelandic = "Þjóðin fagnaði því að brúin yfir ána var opnuð á föstudaginn, sagði bæjarstjórinn við fréttamenn."
    assert decode_bytes(icelandic.encode("cp1252")).encoding == "cp1252"
    french = "Le Journal de l´Aube dit que l´ouverture du marché est prévue à l´été, après les travaux."
    assert decode_bytes(french.encode("cp1252")).text == french


def test_iso_8859_15_french_keeps_oe_and_euro() -> None:
    text = "La chorale a chanté pour les cœurs des sœurs de l'hôpital ; la recette, 1 250 €, ira aux familles."
    assert decode_bytes(text.encode("iso8859_15")).text == text


def test_a_windows_1258_label_is_kept() -> None:
    vi = "Cây cầu treo mới giúp học sinh vùng cao không phải lội suối trong mùa mưa."
    raw = "".join(unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", ch) if c not in "\u0300\u0301\u0303\u0309\u0323"))
                  + "".join(c for c in unicodedata.normalize("NFD", ch) if c in "\u0300\u0301\u0303\u0309\u0323") for ch in vi)
    got = decode_bytes(b'<html lang="vi"><meta charset="windows-1258"><p>' + raw.encode("cp1258") + b"</p>")
    assert got.encoding == "cp1258" and not got.mislabeled


def test_a_latin_1_paragraph_in_a_utf8_page_and_a_shift_jis_title_in_a_utf8_dump() -> None:
    para = "Los dueños aseguran que el pan de masa madre se hace con la receta original en el horno de leña."
    page = ('<meta charset="utf-8"><p>La panadería celebró su centenario con una fila de vecinos que daba la vuelta a la manzana.</p>'
            f"<p>{para}</p>").encode().replace(para.encode(), para.encode("latin-1"))
    assert para in decode_bytes(page).text
    title = "港町の秋祭り、四年ぶりに山車が巡行"
    dump = ("スーパーコピー 時計 激安 通販-ブランド コピー 代引き\n\n" + title + "\n\n北浜町の秋祭りで二十日、四年ぶりに山車の巡行が行われた。\n"
            "Copyright © 2026 まとめニュース").encode().replace(title.encode(), title.encode("cp932"))
    assert title in decode_bytes(dump).text


# --- wave 2 (more languages, post tails, Czech bytes, look-alike-only words) ----------------------------

CS = ["Obec opravila starou školu a od září v ní bude knihovna i klubovna pro seniory.",
      "Na opravu střechy přispěl kraj, zbytek peněz dali místní podnikatelé."]


@pytest.mark.parametrize(("crumb", "tail", "publisher"), [
    ("Начало » Новини » Общество", ["Източник: Дневник Русе", "Прочетете още:", "Нов светофар", "Коментари (0)"], "Дневник Русе"),
    ("Úvod » Zprávy » Domov", ["Zdroj: Jihočeský deník", "Čtěte také:", "Nová cyklostezka", "Komentáře (0)"], "Jihočeský deník"),
    ("Home » Nieuws » Regio", ["Bron: Noordhollands Dagblad", "Lees ook:", "Nieuwe fietsbrug", "Reacties (0)"], "Noordhollands Dagblad"),
    ("Αρχική » Ειδήσεις » Κοινωνία", ["Πηγή: Θεσσαλική Ημέρα", "Διαβάστε επίσης:", "Νέος ποδηλατόδρομος", "Σχόλια (0)"], "Θεσσαλική Ημέρα"),
    ("Главная » Новости » Общество", ["Источник фото: pixabay.com", "По материалам: Сибирские вести", "Метки: школа, ремонт",
                                      "Предыдущая запись", "Следующая запись"], "Сибирские вести"),
    ("Startseite › Nachrichten › Region", ["Quelle: Rheinische Abendpost", "Schlagwörter: Schule", "Teilen:", "Vorheriger Artikel",
                                           "Nächster Artikel", "Redaktion: Jonas Berg"], "Rheinische Abendpost"),
])
def test_more_languages_source_lines_and_a_posts_tail(crumb: str, tail: list[str], publisher: str) -> None:
    rec = clean_text(_dump("online casino bonus-free slots-sports betting", crumb, "Stará škola bude knihovnou", CS, tail))
    assert (rec.text, rec.publisher) == ("\n".join(CS), publisher)


def test_windows_1250_czech_is_not_read_as_windows_1252_but_italian_stays() -> None:
    czech = "Historický mlýn u řeky se po třech letech oprav otevřel veřejnosti. Návštěvníci uvidí i opravené mlýnské kolo."
    assert decode_bytes(czech.encode("cp1250")).text == czech
    italian = "Il traghetto è tornato: così l'isola non è più sola, e la città può respirare. Perché no?"
    assert decode_bytes(italian.encode("cp1252")).text == italian


def test_lookalike_only_words_take_their_lines_alphabet_but_roman_numerals_and_math_stay() -> None:
    text = "Тhe cоmmunity garden has dоubled in size since а local builder donated the lot."
    assert repair_text(text).text == "The community garden has doubled in size since a local builder donated the lot."
    ru = "Сельская библиотека пpиняла XXI век с paдостью, зал 5 x 10 метров и с новыми книгами."
    assert repair_text(ru).text == "Сельская библиотека приняла XXI век с радостью, зал 5 x 10 метров и с новыми книгами."


def test_lookalike_words_are_found_deep_in_one_long_line() -> None:
    # a page's text (a minified page, a script's state object) may be one line of thousands of words:
    # its words holding Cyrillic letters are found from those letters, not by reading every word
    long = "The garden has doubled in size since the lot was donated. " * 2000
    text = long + "Тhe cоmmunity met in а hall; 5 x 10 metres."
    assert repair_text(text).text == long + "The community met in a hall; 5 x 10 metres."


def test_a_capitalised_name_keeps_its_look_alike_letter() -> None:
    # ftfy's negative case: a band's name written with a Ukrainian Е on purpose
    assert repair_text("SENSЕ - Oleg Tsedryk").text == "SENSЕ - Oleg Tsedryk"
    assert repair_text("Вчера в Москве прошла встреча, на которой пepeвёз груз").text.endswith("перевёз груз")
