# ruff: noqa: E501
"""Audit37 chrome: what a farm wraps a non-Chinese article in, in the language's own words (spam keyword
lines, crumbs, info-line labels and date formats, share / prev-next / related / copyright lines, menus and
comments). Invented names only."""

from __future__ import annotations

from dataclasses import dataclass

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
}


@dataclass(frozen=True)
class Chrome:
    spam: tuple[str, ...]
    home: tuple[str, ...]  # crumb heads
    crumbs: tuple[tuple[str, ...], ...]
    source: tuple[str, ...]  # "Source:" labels
    author: tuple[str, ...]  # "By" / "Author:" labels ("{}" = where the name goes)
    date_label: tuple[str, ...]  # "" = bare date
    share: str
    prev_next: str
    related_head: str
    related: tuple[str, ...]
    copyright: str
    nav: tuple[str, ...]
    comments_head: str
    comments: tuple[tuple[str, str], ...]
    sidebar_head: str
    farm: str


def date_forms(lang: str, iso: str) -> tuple[str, ...]:
    """The ways a page of ``lang`` writes the day ``iso`` (every audit day is past the 12th)."""
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    if lang == "en":
        return (iso, f"{MONTHS['en'][mi - 1]} {di}, {y}", f"{di} {MONTHS['en'][mi - 1]} {y}", f"{m}/{d}/{y}")
    if lang == "ru":
        return (f"{d}.{m}.{y}", f"{di} {MONTHS['ru'][mi - 1]} {y}", f"{di} {MONTHS['ru'][mi - 1]} {y} г.", iso)
    if lang in ("es", "fr"):
        word = f"{di} de {MONTHS['es'][mi - 1]} de {y}" if lang == "es" else f"{di} {MONTHS['fr'][mi - 1]} {y}"
        return (f"{d}/{m}/{y}", word, iso)
    if lang == "de":
        return (f"{d}.{m}.{y}", f"{di}. {MONTHS['de'][mi - 1]} {y}", iso)
    return (f"{y}年{mi}月{di}日", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", iso)


CHROME = {
    "en": Chrome(
        ("free movies online hd watch full episodes download cheap viagra casino bonus no deposit 2026",
         "best online casino | free spins | crypto trading signals | weight loss pills | hd porn free"),
        ("Home » ", "Home > ", "You are here: Home » ", "Home / "),
        (("News", "World"), ("News", "Local"), ("Latest News",), ("News", "UK", "Transport")),
        ("Source: ", "Source: ", "Originally published by "), ("By {}", "Author: {}", "Written by {}"), ("", "Published: ", "Posted on "),
        "Share this: Facebook Twitter WhatsApp Email", "« Previous: Storm warning issued for the coast | Next: Council approves new budget »",
        "Related articles:", ("Storm warning issued for the coast", "Council approves new budget", "Five things to do this weekend"),
        "© 2026 DailyNewsHub. All rights reserved.", ("Home", "World", "Business", "Sport", "Contact"),
        "3 Comments", (("jake88", "Great news, finally!"), ("Maria K.", "About time they fixed it.")), "Most Read", "DailyNewsHub"),
    "ru": Chrome(
        ("скачать бесплатно без регистрации смотреть онлайн фильмы hd казино вулкан бонус",
         "кредит без справок | займ на карту | ставки на спорт | смотреть сериалы онлайн бесплатно"),
        ("Главная » ", "Главная > ", "Вы здесь: Главная » ", "Главная / "),
        (("Новости", "Общество"), ("Новости", "Регионы"), ("Новости",), ("Новости", "Экономика")),
        ("Источник: ", "Источник: "), ("Автор: {}", "Автор: {}", "Текст: {}"), ("", "Опубликовано: ", "Дата: "),
        "Поделиться: ВКонтакте Одноклассники Telegram", "← Предыдущая статья: Снегопад парализовал движение | Следующая статья: Цены на бензин выросли →",
        "Читайте также:", ("Снегопад парализовал движение", "Цены на бензин выросли", "В парке открыли каток"),
        "© 2026 Новости24. Все права защищены. При копировании ссылка обязательна.", ("Главная", "Новости", "Политика", "Спорт", "Контакты"),
        "Комментарии (2)", (("Иван", "Давно пора!"), ("Света_М", "Хорошая новость.")), "Популярное", "Новости24"),
    "es": Chrome(
        ("ver películas gratis online hd descargar series casino online bono sin depósito",
         "préstamos rápidos | apuestas deportivas | ver fútbol en vivo gratis | películas estreno"),
        ("Inicio > ", "Inicio » ", "Estás en: Inicio > ", "Portada > "),
        (("Noticias", "Sociedad"), ("Noticias", "Cultura"), ("Actualidad",), ("Noticias", "Local")),
        ("Fuente: ", "Fuente: "), ("Por {}", "Autor: {}", "Redacción: {}"), ("", "Publicado: ", "Fecha: "),
        "Compartir: Facebook Twitter WhatsApp", "Anterior: Temporal de lluvia en la costa | Siguiente: El pleno aprueba los presupuestos",
        "Artículos relacionados:", ("Temporal de lluvia en la costa", "El pleno aprueba los presupuestos", "Cinco planes para el fin de semana"),
        "© 2026 NoticiasYa. Todos los derechos reservados.", ("Inicio", "España", "Mundo", "Deportes", "Contacto"),
        "2 comentarios", (("pepe_77", "¡Ya era hora!"), ("Lucía", "Muy buena noticia.")), "Lo más leído", "NoticiasYa"),
    "ja": Chrome(
        ("無料動画 見放題 アダルト 出会い系 激安 通販 ダウンロード 最新映画 高画質",
         "パチンコ攻略｜FX自動売買｜副業で月収100万｜無料エロ動画"),
        ("ホーム > ", "ホーム » ", "TOP > ", "ホーム ＞ "),
        (("ニュース", "社会"), ("ニュース", "地域"), ("国内",), ("ニュース", "経済")),
        ("出典：", "配信元：", "ソース："), ("記者：{}", "文：{}", "取材・文／{}"), ("", "公開日：", "配信日："),
        "この記事をシェアする：Twitter Facebook LINE はてブ", "前の記事：台風接近で交通に乱れ ｜ 次の記事：市議会が新年度予算を可決",
        "関連記事", ("台風接近で交通に乱れ", "市議会が新年度予算を可決", "週末のおでかけ情報"),
        "Copyright © 2026 ニュース速報まとめ All Rights Reserved.", ("ホーム", "国内", "国際", "スポーツ", "お問い合わせ"),
        "コメント（2件）", (("名無しさん", "いいニュースだね"), ("通りすがり", "楽しみです")), "人気記事ランキング", "ニュース速報まとめ"),
    "fr": Chrome(
        ("films gratuits en streaming hd télécharger séries casino en ligne bonus sans dépôt",
         "crédit rapide | paris sportifs | voir match en direct gratuit | films streaming vf"),
        ("Accueil » ", "Accueil > ", "Vous êtes ici : Accueil » "),
        (("Actualités", "Société"), ("Actualités", "Régions"), ("Infos",)),
        ("Source : ", "Source : "), ("Par {}", "Auteur : {}"), ("", "Publié le ", "Date : "),
        "Partager : Facebook Twitter WhatsApp", "Article précédent : Tempête sur le littoral | Article suivant : Le budget municipal adopté",
        "À lire aussi :", ("Tempête sur le littoral", "Le budget municipal adopté", "Cinq idées de sorties ce week-end"),
        "© 2026 InfosDuJour. Tous droits réservés.", ("Accueil", "France", "Monde", "Sports", "Contact"),
        "2 commentaires", (("Paul", "Enfin !"), ("Nadia", "Très bonne nouvelle.")), "Les plus lus", "InfosDuJour"),
    "de": Chrome(
        ("filme kostenlos online schauen hd serien download casino bonus ohne einzahlung",
         "kredit ohne schufa | sportwetten | fußball live stream gratis | abnehmen schnell"),
        ("Startseite » ", "Startseite > ", "Sie sind hier: Startseite » "),
        (("Nachrichten", "Panorama"), ("Nachrichten", "Region"), ("Aktuelles",)),
        ("Quelle: ", "Quelle: "), ("Von {}", "Autor: {}"), ("", "Veröffentlicht am ", "Datum: "),
        "Teilen: Facebook Twitter WhatsApp E-Mail", "Vorheriger Artikel: Sturmwarnung für die Küste | Nächster Artikel: Stadtrat beschließt Haushalt",
        "Das könnte Sie auch interessieren:", ("Sturmwarnung für die Küste", "Stadtrat beschließt Haushalt", "Fünf Tipps für das Wochenende"),
        "© 2026 NachrichtenHeute. Alle Rechte vorbehalten.", ("Startseite", "Politik", "Wirtschaft", "Sport", "Kontakt"),
        "2 Kommentare", (("Klaus", "Endlich!"), ("Anja", "Sehr gute Nachricht.")), "Meistgelesen", "NachrichtenHeute"),
}
