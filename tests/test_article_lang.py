# ruff: noqa: E501
"""The record's language is the article's: a repost in a real site's English theme (its <html lang="en-US">
kept) says Ukrainian, Greek, Spanish or Turkish by its text; a page's own lang attribute stands when its
article is in that language (audit43)."""

from __future__ import annotations

from pipeline import clean_html
from pipeline.strip.langguess import article_lang, guess_lang

THEME = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Riverside Notes</title></head>
<body><header class="site-header"><a href="/">Riverside Notes</a><nav><ul><li><a href="/news/">News</a></li>
<li><a href="/travel/">Travel</a></li><li><a href="/food/">Food</a></li><li><a href="/about/">About us</a></li></ul></nav>
</header><main><article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">
{paras}</div></article></main>
<aside class="sidebar"><h3>Popular posts</h3><ul><li><a href="/p/1">Ten walks along the canal you should try this spring</a></li>
<li><a href="/p/2">How we pick the restaurants we review every month</a></li></ul></aside>
<footer><p>Copyright 2026 Riverside Notes. All rights reserved.</p><p><a href="/privacy/">Privacy policy</a></p></footer>
</body></html>"""

UKRAINIAN = ("У Вишгороді відкрили оновлений парк над Дніпром",
             ["У місті після реконструкції відкрили парк над річкою. Роботи тривали півтора року й обійшлися бюджету в 27,4 млн гривень.",
              "У парку з’явилися нові доріжки, освітлення, дитячий майданчик та оглядовий майданчик з видом на воду.",
              "«Ми хотіли, щоб тут було затишно і дітям, і людям похилого віку», — розповіла архітекторка проєкту."])
GREEK = ("Ανακαινίστηκε το παλιό λιμάνι της πόλης",
         ["Ολοκληρώθηκαν οι εργασίες ανακαίνισης στο παλιό λιμάνι της πόλης, οι οποίες διήρκεσαν δεκαπέντε μήνες.",
          "Ο πεζόδρομος κατά μήκος της προκυμαίας επεκτάθηκε στα 650 μέτρα, ενώ τοποθετήθηκαν νέα φωτιστικά.",
          "Οι ψαράδες της περιοχής ζήτησαν να διατηρηθεί ξεχωριστός χώρος για τα καΐκια τους."])
SPANISH = ("El mercado del barrio reabre tras dos años de obras",
           ["El histórico mercado de abastos volvió a abrir sus puertas este sábado, después de una reforma que ha durado dos años.",
            "Los comerciantes celebraron la reapertura con una charanga que recorrió los pasillos durante toda la mañana.",
            "El edificio cuenta ahora con 42 puestos, una cubierta nueva y placas solares en el tejado de la nave."])
TURKISH = ("Köy okuluna gönüllülerden kütüphane",
           ["Bir köy okulunda gönüllüler tarafından kurulan kütüphane, düzenlenen törenle öğrencilerin kullanımına açıldı.",
            "Farklı illerden gönderilen 3.200 kitap raflara yerleştirildi ve bir okuma köşesi kuruldu.",
            "Okul müdürü, öğrencilerin artık her gün yeni bir kitapla tanışacağını söyledi; bu proje daha çok köye ulaşacak."])
ENGLISH = ("Volunteers replant the orchard after the floods",
           ["More than 140 volunteers spent the weekend replanting the community orchard, which lost a third of its trees in April.",
            "The council paid for new fencing and drainage, and a local nursery donated the rootstocks for the new trees.",
            "A sign at the gate now reads “Bienvenidos, amigos de la huerta” for the visitors from the twin town in Spain."])


def page(lang: str, story: tuple[str, list[str]]) -> str:
    return THEME.format(lang=lang, title=story[0], paras="\n".join(f"<p>{p}</p>" for p in story[1]))


def test_a_story_in_another_language_than_the_theme_says_its_own() -> None:
    for story, lang in ((UKRAINIAN, "uk"), (GREEK, "el"), (SPANISH, "es"), (TURKISH, "tr")):
        rec = clean_html(page("en-US", story))
        assert rec.text == "\n".join(story[1])
        assert rec.lang == lang, (lang, rec.lang)


def test_the_page_lang_stands_for_its_own_language() -> None:
    assert clean_html(page("en-US", ENGLISH)).lang == "en"  # (a Spanish sign quoted in an English story)
    assert clean_html(page("uk", UKRAINIAN)).lang == "uk"
    assert clean_html(page("el", GREEK)).lang == "el"
    assert clean_html(page("ru", UKRAINIAN)).lang == "ru"  # one Cyrillic language for another: the page's word


def test_article_lang_weighs_the_declared_language() -> None:
    # a language our stopwords do not know keeps its attribute; a Latin-script guess needs clear stopwords
    assert article_lang("nl", "De gemeente opent het park in de stad voor de fietsers en de wandelaars.") == "nl"
    assert article_lang("ru", "The council said the park is open.") == "ru"
    assert article_lang("ru", "The council said that the park in the town is open for the cyclists and the walkers.") == "en"
    assert article_lang(None, "Ολοκληρώθηκαν οι εργασίες") == "el"
    # the declared script holding its own beside the theme's English lines (an ideograph weighs three letters)
    assert article_lang("ja", "川沿いの町で１６日夜、伝統の灯籠祭りが開かれ、灯籠流しが行われた。"
                        "Don't miss anything. Get all the latest posts delivered to your inbox.") == "ja"
    assert guess_lang("Родина переселенців відкрила пекарню, де випікають хліб за рецептами бабусі.") == "uk"
    assert guess_lang("Семья переселенцев открыла пекарню, где пекут хлеб по рецептам бабушки.") == "ru"
