"""Single-byte codecs for scripts other than Latin and Cyrillic (Greek, Hebrew, Arabic, Thai) are believed
when their label is right, and a page's ``<html lang>`` orders detection when no label is (Turkish
windows-1254 differs from windows-1252 in six letters only, so only the language tells them apart)."""

from __future__ import annotations

import pytest

from pipeline.decode import decode_bytes

FRENCH = ("Le café de la gare rouvre après des travaux",
          "Les habitués ont retrouvé leur comptoir préféré, rénové et agrandi, à deux pas des quais.")
GREEK = ("Νέα γραμμή λεωφορείων στο λιμάνι",
         "Η νέα γραμμή θα εξυπηρετεί κατοίκους και επισκέπτες κάθε μισή ώρα από το πρωί.")
TURKISH = ("Belediye sahil yolunda çalışmaya başladı",
           "Yapımı üç ay sürecek olan yol, ilçenin en işlek bölgesinden geçiyor ve yaşlılar için güvenli.")
POLISH = ("Nowa linia autobusowa połączy dworzec z lotniskiem",
          "Mieszkańcy będą mogli dojechać szybciej, a bilety kosztują tyle samo jak dotąd.")
HEBREW = ("נפתח גן ציבורי חדש בשכונה", "הגן כולל מתקני משחק, שבילי הליכה ופינות ישיבה מוצלות לתושבים.")
ARABIC = ("افتتاح حديقة عامة جديدة", "تضم الحديقة ملاعب للأطفال وممرات للمشي ومقاعد مظللة للسكان.")
THAI = ("เปิดสวนสาธารณะแห่งใหม่ในเมือง", "สวนแห่งนี้มีสนามเด็กเล่นและทางเดินสำหรับผู้สูงอายุ")


def page(article: tuple[str, str], lang: str | None = None, charset: str | None = None) -> str:
    html_lang = f' lang="{lang}"' if lang else ""
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html{html_lang}><head>{meta}<title>news</title></head><body>"
            f"<h1>{article[0]}</h1><p>{article[1]}</p></body></html>")


@pytest.mark.parametrize(("article", "codec", "label"), [
    (GREEK, "cp1253", "windows-1253"), (GREEK, "iso8859-7", "iso-8859-7"),
    (HEBREW, "cp1255", "windows-1255"), (HEBREW, "iso8859-8", "iso-8859-8"),
    (ARABIC, "cp1256", "windows-1256"), (ARABIC, "iso8859-6", "iso-8859-6"),
    (THAI, "cp874", "tis-620"),
])
def test_a_right_label_for_a_non_latin_script_is_kept(article: tuple[str, str], codec: str, label: str) -> None:
    decoded = decode_bytes(page(article, charset=label).encode(codec))
    assert (decoded.encoding, decoded.source, decoded.mislabeled) == (codec, "meta", False)
    assert article[0] in decoded.text and article[1] in decoded.text


@pytest.mark.parametrize(("article", "codec", "lang"), [
    (GREEK, "cp1253", "el"), (HEBREW, "cp1255", "he"), (ARABIC, "cp1256", "ar"), (THAI, "cp874", "th"),
    (TURKISH, "cp1254", "tr"), (POLISH, "cp1250", "pl"),
])
def test_without_a_label_the_page_language_names_the_codec(article: tuple[str, str], codec: str, lang: str) -> None:
    decoded = decode_bytes(page(article, lang=lang).encode(codec))
    assert (decoded.encoding, decoded.source) == (codec, "detected")
    assert article[0] in decoded.text and article[1] in decoded.text


def test_turkish_bytes_under_a_wrong_utf8_label_are_read_as_turkish() -> None:
    decoded = decode_bytes(page(TURKISH, lang="tr", charset="utf-8").encode("cp1254"))
    assert decoded.encoding == "cp1254" and decoded.mislabeled
    assert "baþladý" not in decoded.text and TURKISH[0] in decoded.text and TURKISH[1] in decoded.text


@pytest.mark.parametrize("label", ["windows-1253", "windows-1255", "iso-8859-6"])
def test_a_latin_page_under_a_wrong_script_label_is_still_read_as_latin(label: str) -> None:
    decoded = decode_bytes(page(FRENCH, lang="fr", charset=label).encode("cp1252"))
    assert decoded.encoding == "cp1252" and decoded.mislabeled
    assert FRENCH[1] in decoded.text


def test_a_language_never_overrides_valid_utf8_or_a_right_label() -> None:
    assert decode_bytes(page(TURKISH, lang="tr").encode("utf-8")).encoding == "utf-8"
    assert decode_bytes(page(FRENCH, lang="el", charset="windows-1252").encode("cp1252")).encoding == "cp1252"


RUSSIAN = ("В городе открыли новый пешеходный мост через реку",
           "Строительство заняло два года, и жители уже оценили короткую дорогу к рынку и школе.")


@pytest.mark.parametrize(("codec", "lang"), [("iso8859-7", None), ("iso8859-7", "en"), ("cp1253", None)])
def test_unlabelled_greek_is_read_as_greek_not_cyrillic(codec: str, lang: str | None) -> None:
    """No label and no (or an English theme's) <html lang>: Greek was not among the detected codecs, and
    windows-1251 read its letters as Cyrillic ones (Ανακαινίστηκε as БнбкбйнЯуфзке). Its accented vowels now
    bring the Greek tables into the contest."""
    decoded = decode_bytes(page(GREEK, lang=lang).encode(codec))
    assert decoded.source == "detected"
    assert GREEK[0] in decoded.text and GREEK[1] in decoded.text


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_unlabelled_russian_is_not_read_as_greek(codec: str) -> None:
    decoded = decode_bytes(page(RUSSIAN).encode(codec))
    assert decoded.encoding == codec
    assert RUSSIAN[1] in decoded.text


def test_a_turkish_page_holding_raw_utf8_is_read_in_the_turkish_table() -> None:
    """No label, an English theme's <html lang>, a headline pasted as raw UTF-8: the page is read stretch by
    stretch, and its main codec was chosen without the check that tells windows-1254 from windows-1252 (ş ğ ı
    read as þ ð ý), which a page without raw UTF-8 gets."""
    body = "".join(f"<p>{TURKISH[1]}</p>\n" for _ in range(3))
    raw = (b'<html lang="en"><body><h1>' + TURKISH[0].encode() + b"</h1>\n" + body.encode("cp1254")
           + b"</body></html>")
    decoded = decode_bytes(raw)
    assert decoded.source == "mixed"
    assert TURKISH[0] in decoded.text and TURKISH[1] in decoded.text
