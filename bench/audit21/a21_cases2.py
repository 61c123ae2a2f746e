# ruff: noqa: E501
"""Audit21 wave 2 (written after wave 1's fixes, with the pipeline's code read: NOT blind): the same farm
mechanics in more languages (Bulgarian, Serbian, Czech, Romanian, Hungarian, Dutch, Swedish, Greek) and the
tails wave 1 left out (tags, share, previous/next, editor lines in each language; a photo source beside the
text's source; "По материалам" / "引用元" source lines), and Cyrillic look-alikes inside English words."""

from __future__ import annotations

import a21_texts as T
from a21_build import dump, homoglyphs
from a21_cases import SPAM, TAIL, ex, tc
from a21_texts import Story

W2 = {  # lang: (spam line, crumb, source label, tail lines, codec)
    "bg": ("онлайн казино бонус без депозит-спортни залози онлайн-безплатни слот игри", "Начало » Новини » Общество", "Източник: {}",
           ["Прочетете още:", "Нов светофар на булеварда", "Коментари (0)", "© 2026 Всички права запазени."], "cp1251"),
    "sr": ("онлајн казино бонус-клађење на спорт-слот игре бесплатно", "Почетна » Вести » Друштво", "Извор: {}",
           ["Прочитајте још:", "Нови аутобуси на градским линијама", "Коментари (0)", "© 2026 Сва права задржана."], "utf-8"),
    "cs": ("online casino bonus bez vkladu-sázky na sport online-automaty zdarma", "Úvod » Zprávy » Domov", "Zdroj: {}",
           ["Čtěte také:", "Nová cyklostezka podél řeky", "Komentáře (0)", "© 2026 Všechna práva vyhrazena."], "cp1250"),
    "ro": ("cazino online bonus fără depunere-pariuri sportive online-sloturi gratis", "Acasă » Știri » Local", "Sursa: {}",
           ["Citește și:", "Tramvaie noi pe linia 101", "Comentarii (0)", "© 2026 Toate drepturile rezervate."], "utf-8"),
    "hu": ("online kaszinó bónusz befizetés nélkül-sportfogadás online-ingyenes nyerőgépek", "Főoldal » Hírek » Belföld", "Forrás: {}",
           ["Kapcsolódó cikkek", "Új kerékpárút épül a belvárosban", "Hozzászólások (0)", "© 2026 Minden jog fenntartva."], "utf-8"),
    "nl": ("online casino bonus zonder storting-sportweddenschappen-gratis gokkasten", "Home » Nieuws » Regio", "Bron: {}",
           ["Lees ook:", "Nieuwe fietsbrug over de Zaan", "Reacties (0)", "© 2026 Alle rechten voorbehouden."], "utf-8"),
    "sv": ("online casino bonus utan insättning-sportspel online-gratis slots", "Hem » Nyheter » Lokalt", "Källa: {}",
           ["Läs också:", "Ny busslinje till sjukhuset", "Kommentarer (0)", "© 2026 Alla rättigheter förbehållna."], "utf-8"),
    "el": ("online καζίνο μπόνους χωρίς κατάθεση-στοιχήματα online-δωρεάν κουλοχέρηδες", "Αρχική » Ειδήσεις » Κοινωνία", "Πηγή: {}",
           ["Διαβάστε επίσης:", "Νέος ποδηλατόδρομος στην παραλία", "Σχόλια (0)", "© 2026 Με επιφύλαξη παντός δικαιώματος."], "utf-8"),
}
STORIES = {"bg": T.BG_PARK, "sr": T.SR_SCHOOL, "cs": T.CS_MILL, "ro": T.RO_MARKET, "hu": T.HU_BRIDGE, "nl": T.NL_FERRY,
           "sv": T.SV_LIBRARY, "el": T.EL_HARBOR}
CRUMB1 = {"ru": "Главная » Новости » Общество", "es": "Inicio » Noticias » Sociedad", "pt": "Início » Notícias » Cidades",
          "de": "Startseite › Nachrichten › Region", "tr": "Ana Sayfa » Haberler » Gündem", "id": "Beranda » Berita » Daerah",
          "it": "Home » Notizie » Cronaca", "fr": "Accueil » Actualités » Région"}
SOURCE1 = {"ru": "Источник: {}", "es": "Fuente: {}", "pt": "Fonte: {}", "de": "Quelle: {}", "tr": "Kaynak: {}", "id": "Sumber: {}",
           "it": "Fonte: {}", "fr": "Source : {}"}
# a WordPress farm's post tail in each language: tags, share, previous/next post, editor
POST_TAIL = {
    "ru": ["Метки: новости, район", "Поделиться в соцсетях:", "Предыдущая запись", "Следующая запись", "Редактор: Пётр Ильин"],
    "es": ["Etiquetas: barrio, aniversario", "Compartir en:", "Noticia anterior", "Noticia siguiente", "Editor: Pablo Ruiz"],
    "pt": ["Tags: cidade, obras", "Compartilhe:", "Notícia anterior", "Próxima notícia", "Edição: Carla Mendes"],
    "de": ["Schlagwörter: Wald, Stadt", "Teilen:", "Vorheriger Artikel", "Nächster Artikel", "Redaktion: Jonas Berg"],
    "tr": ["Etiketler: liman, belediye", "Paylaş:", "Önceki Haber", "Sonraki Haber", "Editör: Murat Demir"],
    "id": ["Tag: pasar, sungai", "Bagikan:", "Artikel Sebelumnya", "Artikel Selanjutnya", "Editor: Budi Santoso"],
    "it": ["Tag: traghetto, isola", "Condividi:", "Articolo precedente", "Articolo successivo", "Redazione: Luca Neri"],
    "fr": ["Étiquettes : marché, travaux", "Partager :", "Article précédent", "Article suivant", "Rédaction : Paul Morel"],
}
POST_STORY = {"ru": T.RU_FERRY, "es": T.ES_BAKERY, "pt": T.PT_BRIDGE, "de": T.DE_FOREST, "tr": T.TR_HARBOR, "id": T.ID_MARKET,
              "it": T.IT_FERRY, "fr": T.FR_MARKET}


def _farm_dump(s: Story, lang: str) -> str:
    head, crumb, label, tail, _ = W2[lang]
    return dump(s, [head], crumb, tail=[label.format(s.publisher), *tail])


def build_all() -> list:  # type: ignore[type-arg]
    cases = [tc(f"w2_{lang}_farm_dump", "w2lang", _farm_dump(STORIES[lang], lang), ex(STORIES[lang], "publisher"), W2[lang][4])
             for lang in W2]
    for lang, tail in POST_TAIL.items():
        s = POST_STORY[lang]
        text = dump(s, [SPAM[lang]], CRUMB1[lang], tail=[SOURCE1[lang].format(s.publisher), *tail])
        cases.append(tc(f"w2_{lang}_post_tail", "w2tail", text, ex(s, "publisher")))
    r, uk, ja, en = T.RU_FERRY, T.UK_ORCHARD, T.JA_FESTIVAL, T.EN_GARDEN
    cases += [
        tc("w2_ru_po_materialam", "w2src", dump(r, [SPAM["ru"]], CRUMB1["ru"], tail=[f"По материалам: {r.publisher}", *TAIL["ru"]]), ex(r, "publisher")),
        tc("w2_uk_za_materialamy", "w2src", dump(uk, [SPAM["uk"]], "Головна » Новини » Регіони", tail=[f"За матеріалами: {uk.publisher}", *TAIL["uk"]]), ex(uk, "publisher")),
        tc("w2_ja_inyoumoto", "w2src", dump(ja, [SPAM["ja"]], "ホーム > ニュース > 地域", tail=[f"引用元：{ja.publisher}", *TAIL["ja"]]), ex(ja, "publisher")),
        tc("w2_ru_photo_source_and_source", "w2src", dump(r, [SPAM["ru"]], CRUMB1["ru"], tail=["Источник фото: pixabay.com", f"Источник: {r.publisher}", *TAIL["ru"]]),
           ex(r, "publisher")),
        tc("w2_en_cyrillic_lookalikes", "w2obf", dump(en, ["online casino bonus no deposit-free slots no download-sports betting tips"], "Home » News » Local",
                                                       paras=[p.translate(str.maketrans("aeoc", "аеос")) if i == 0 else homoglyphs(p) for i, p in enumerate(en.paras)],
                                                       tail=[f"Source: {en.publisher}", "Related:", "New bus route to the hospital", "Comments (0)"]),
           ex(en, "publisher"), note="first paragraph: EVERY a/e/o/c swapped for Cyrillic (expectation corrected after the first run: "
                                     "the English text, as a careful reader wants it; it first kept the all-look-alike words Cyrillic)"),
    ]
    return cases
