# ruff: noqa: E501
"""Audit37's invisible-character and odd-space fixes (a combinatorial generator's NON-Chinese reposts). The
texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text

EN = ["The harbour board said on Friday that the night ferry between Wellmouth and the Corran Isles will sail again from Monday after a long repair.",
      "Islanders who commute to the mainland had waited almost a month, and the board promised a full timetable of fourteen crossings a day."]
JA = ["北浜電鉄は１５日、北浜線で新型車両の営業運転を始めた。座席数は従来型より約２割多く、全ての車両に無料の通信設備を備えた。",
      "新型車両は年内に計１２編成が導入される予定で、旧型車両は来年春までに順次引退する見込みだという。"]


def test_a_zero_width_joiner_between_kana_is_removed() -> None:
    """ZWJ / ZWNJ between two kana (従来型よ\u200dり): Japanese has no use for them there, as Chinese has none
    between two ideographs; they were kept because kana did not count as CJK beside them."""
    damaged = [JA[0].replace("より", "よ\u200dり"), JA[1].replace("される", "さ\u200cれる")]
    rec = clean_text("北浜線で新型車両の運行始まる\n\n" + "\n\n".join(damaged))
    assert rec.text == "\n".join(JA)


def test_an_en_or_em_space_between_two_letters_is_a_word_space() -> None:
    """An en, em or other typographic space standing alone between two letters (Wellmouth\u2002and): an
    obfuscator's swapped word space, written back as a plain one, as narrow and thin spaces already were.
    A figure space between digits (10\u2007000) stays the writer's."""
    damaged = [EN[0].replace("Wellmouth and", "Wellmouth\u2002and").replace("night ferry", "night\u2003ferry"),
               EN[1].replace("the mainland", "the\u2005mainland") + " The fare stays at 10\u2007000 pence."]
    rec = clean_text("Night ferry to sail again\n\n" + "\n\n".join(damaged))
    assert rec.text == "\n".join([EN[0], EN[1] + " The fare stays at 10\u2007000 pence."])


def test_noise_references_on_a_latin_page_are_read_so_the_fixers_see_them() -> None:
    """A windows-1252 page has no bytes for ZWSP, WJ or an en space, so it writes them as references
    (Well&#8203;mouth, the&#8194;board): the fixers, which read characters, never saw them on a page without
    Chinese text, and they came out of the parser into the article."""
    paras = [EN[0].replace("Wellmouth", "Well&#8203;mouth").replace("the board", "the&#8194;board"),
             EN[1].replace("promised", "prom&#8288;ised")]
    page = ("<html><head><meta charset=\"windows-1252\"><title>Night ferry</title></head><body><article><h1>Night ferry to sail again</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    rec = clean_html(page.encode("cp1252"))
    assert rec.text == "\n".join(EN)


def test_a_zero_width_space_inside_repaired_mojibake_is_removed() -> None:
    """A paragraph of UTF-8 read as cp1251 whose original held zero-width spaces (Р–РёС‚РµР»вЂ‹Рё): the
    mojibake repair brings the ZWSP back as a character, after the zero-width fixer ran; it is removed too."""
    ru = ["Две станции новой линии метро в Заречном примут первых пассажиров в конце мая, сообщили в городском департаменте транспорта.",
          "Жители соседних районов ожидают, что время поездки до центра сократится примерно на двадцать минут."]
    moji = ru[1].replace("Жители", "Жител\u200bи").encode("utf-8").decode("cp1251", "replace")
    rec = clean_text("В Заречном откроют новые станции метро\n\n" + ru[0] + "\n\n" + moji)
    assert rec.text == "\n".join(ru)


ES = ["«¿Por qué regar con agua potable si podemos reutilizar la que ya depuramos?», preguntó la concejala durante la presentación.",
      "Las obras comenzarán en otoño y permitirán ahorrar cerca de un millón de metros cúbicos de agua al año."]


def test_an_odd_space_far_from_anything_like_mojibake_is_a_word_space() -> None:
    """«¿ (a Latin-1 mark beside another) makes the line look like mojibake, which kept every NBSP and
    typographic space of it as a possible byte of mojibake; only the characters around a space tell that."""
    damaged = [ES[0].replace("agua potable", "agua\xa0potable").replace("concejala durante", "concejala\u2002durante"), ES[1]]
    rec = clean_text("Valdemora amplía su red de agua\n\n" + "\n\n".join(damaged))
    assert rec.text == "\n".join(ES)


def test_a_zero_width_joiner_inside_a_word_with_a_look_alike_letter_is_removed() -> None:
    """уб\u200dорку with a Latin o in the word: the look-alike made a script break, so the line looked like
    mojibake and the joiner stayed; look-alikes are put back first."""
    ru = ["Аграрии края завершили уборку гречихи и собрали двести тысяч тонн, больше, чем годом ранее.",
          "Эксперты ожидают, что цены на крупу снизятся уже к зиме, если погода не помешает перевозкам."]
    damaged = [ru[0].replace("уборку", "уб\u200doрку"), ru[1]]  # (a Latin o after the joiner)
    rec = clean_text("Фермеры собрали рекордный урожай\n\n" + "\n\n".join(damaged))
    assert rec.text == "\n".join(ru)


def test_a_reference_escaped_twice_is_read_as_its_letter_so_a_space_beside_it_is_between_letters() -> None:
    """dur&amp;oacute;&#8201;dos: once read, the reference was left as &oacute;, which the fixers do not read
    as a letter, so the thin space after it stayed; it is written as ó."""
    para = "La restauración duró dos años y exigió un trabajo minucioso con papel japonés y pigmentos naturales."
    src = para.replace("duró dos", "dur&amp;oacute;&#8201;dos").replace("ó", "&amp;oacute;").replace("é", "&amp;eacute;")
    page = ("<html><head><meta charset=\"utf-8\"></head><body><article><h1>Un museo recupera sus mapas</h1>"
            f"<p>{src}</p><p>La muestra podrá visitarse de martes a domingo y la entrada será gratuita los miércoles.</p></article></body></html>")
    rec = clean_html(page.encode())
    assert rec.text.split("\n")[0] == para


def test_a_look_alike_letter_written_as_a_reference_inside_a_word_is_read_and_put_back() -> None:
    """A windows-1252 page has no byte for a Cyrillic а, so the farm's look-alike comes as a reference inside
    the word (in&#1072;ugur&eacute;): the look-alike fixer, which reads characters, never saw it."""
    fr = ["La commune de Montclair a inauguré samedi une nouvelle piste cyclable qui relie la gare au parc des Tilleuls.",
          "Le chantier a coûté trois millions d’euros, financés en partie par la région, et a duré deux ans."]
    src = [fr[0].replace("inauguré", "in&#1072;ugur&eacute;").replace("nouvelle", "n&#1086;uvelle"), fr[1]]
    page = ("<html><head><meta charset=\"windows-1252\"></head><body><article><h1>Une nouvelle piste cyclable</h1>"
            + "".join(f"<p>{p}</p>" for p in src) + "</article></body></html>")
    rec = clean_html(page.encode("cp1252"))
    assert rec.text == "\n".join(fr)
