# ruff: noqa: E501
"""Audit43's repost chrome in each story's language (of our own writing, invented names only): spam keyword
lines a farm puts over the story, crumbs, info-line labels and date forms, related links and reader comments
it pastes under it. The real page's own chrome (menus, rails, footers) stays as the real site had it."""

from __future__ import annotations

from dataclasses import dataclass

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}


@dataclass(frozen=True)
class Chrome:
    spam: tuple[str, ...]
    home: str
    crumbs: tuple[tuple[str, ...], ...]
    source: str  # "Source:" label
    author: str  # "{}" = where the name goes
    date_label: str
    related_head: str
    related: tuple[str, ...]
    comments_head: str
    comments: tuple[tuple[str, str], ...]


def date_forms(lang: str, iso: str) -> tuple[str, ...]:
    """The ways a page of ``lang`` writes the day ``iso``."""
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    if lang in ("ja", "ko"):
        return (f"{y}年{mi}月{di}日", f"{y}/{m}/{d}") if lang == "ja" else (f"{y}년 {mi}월 {di}일", f"{y}.{m}.{d}")
    month = MONTHS[lang].split()[mi - 1]
    if lang == "en":
        return (f"{month} {di}, {y}", f"{di} {month} {y}", iso)
    if lang == "es":
        return (f"{di} de {month} de {y}", f"{d}/{m}/{y}")
    if lang == "pt":
        return (f"{di} de {month} de {y}", f"{d}/{m}/{y}")
    if lang in ("de", "ru", "uk", "tr"):
        return (f"{di}{'.' if lang == 'de' else ''} {month} {y}", f"{d}.{m}.{y}")
    return (f"{di} {month} {y}", f"{d}/{m}/{y}")


CHROME = {
    "en": Chrome(("cheap flights hotels deals free download movies hd casino bonus 2026 best price", "news today breaking news latest updates viral videos free streaming"),
                 "Home", (("News", "Local"), ("Community",), ("News", "Transport")), "Source: ", "By {}", "Published: ",
                 "Related articles", ("Council approves new cycle lanes", "Five things to do this weekend", "Weather warning issued for the coast"),
                 "Comments (2)", (("Dave_R", "Great news, about time!"), ("Maggie", "My grandad used to work there. Lovely to see it looked after."))),
    "ru": Chrome(("скачать бесплатно без регистрации фильмы онлайн новости сегодня", "купить недорого доставка по всей России скидки акции 2026"),
                 "Главная", (("Новости", "Город"), ("Общество",), ("Новости", "Регион")), "Источник: ", "Автор: {}", "Опубликовано: ",
                 "Читайте также", ("В городе отремонтируют три школы", "Прогноз погоды на выходные", "Автобусы изменят расписание"),
                 "Комментарии (2)", (("Сергей_77", "Наконец-то, давно пора!"), ("Людмила", "Спасибо за новость, очень нужное дело."))),
    "uk": Chrome(("новини сьогодні онлайн безкоштовно останні новини України", "купити недорого доставка знижки акції 2026 найкраща ціна"),
                 "Головна", (("Новини", "Регіон"), ("Суспільство",), ("Новини", "Місто")), "Джерело: ", "Автор: {}", "Опубліковано: ",
                 "Читайте також", ("У місті оновлять три зупинки", "Прогноз погоди на вихідні", "Школи перейдуть на новий розклад"),
                 "Коментарі (2)", (("Олег", "Гарна новина, дякую!"), ("Наталя К.", "Нарешті хтось про це подбав."))),
    "es": Chrome(("noticias de hoy última hora gratis descargar películas online", "ofertas baratas envío gratis casino bono sin depósito 2026"),
                 "Inicio", (("Noticias", "Local"), ("Sociedad",), ("Noticias", "Provincia")), "Fuente: ", "Por {}", "Publicado: ",
                 "Noticias relacionadas", ("El ayuntamiento aprueba los presupuestos", "Qué hacer este fin de semana", "Aviso amarillo por lluvias"),
                 "Comentarios (2)", (("Manolo", "¡Ya era hora!"), ("Rosa M.", "Qué buena noticia para el barrio."))),
    "pt": Chrome(("notícias de hoje últimas notícias grátis ver filmes online", "promoções baratas envio grátis casino bónus 2026 melhor preço"),
                 "Início", (("Notícias", "Local"), ("Sociedade",), ("Notícias", "Região")), "Fonte: ", "Por {}", "Publicado em ",
                 "Leia também", ("Câmara aprova novas ciclovias", "O que fazer no fim de semana", "Aviso amarelo para a costa"),
                 "Comentários (2)", (("Zé Carlos", "Finalmente! Já não era sem tempo."), ("Fernanda", "Ótima notícia para a região."))),
    "fr": Chrome(("actualités du jour dernières infos gratuit télécharger films en streaming", "pas cher livraison gratuite casino bonus sans dépôt 2026"),
                 "Accueil", (("Actualités", "Région"), ("Société",), ("Actualités", "Ville")), "Source : ", "Par {}", "Publié le ",
                 "À lire aussi", ("La mairie vote son budget", "Que faire ce week-end ?", "Vigilance orange pour les orages"),
                 "Commentaires (2)", (("Gégé44", "Enfin une bonne nouvelle !"), ("Martine", "J’y allais déjà petite, quel plaisir."))),
    "de": Chrome(("Nachrichten heute aktuell kostenlos Filme online schauen Gutschein", "günstig kaufen Versand kostenlos Casino Bonus ohne Einzahlung 2026"),
                 "Startseite", (("Nachrichten", "Lokales"), ("Gesellschaft",), ("Nachrichten", "Region")), "Quelle: ", "Von {}", "Veröffentlicht: ",
                 "Das könnte Sie auch interessieren", ("Stadtrat beschließt neuen Haushalt", "Was am Wochenende los ist", "Unwetterwarnung für den Landkreis"),
                 "Kommentare (2)", (("Klaus_B", "Endlich, das hat lange gedauert!"), ("Petra", "Tolle Sache für die Familien."))),
    "ja": Chrome(("無料 ダウンロード 最新 ニュース まとめ 動画 見放題 お得 キャンペーン", "格安 通販 送料無料 ポイント 還元 ランキング 人気 2026"),
                 "ホーム", (("ニュース", "地域"), ("社会",), ("ニュース", "くらし")), "出典：", "記者：{}", "配信日：",
                 "関連記事", ("市議会、新年度予算案を可決", "週末のイベント情報まとめ", "大雨注意報、沿岸部で発表"),
                 "コメント（２）", (("たろう", "いいニュースですね。"), ("ゆき", "子どもと行ってみたいです。"))),
    "ko": Chrome(("무료 다운로드 최신 뉴스 영화 다시보기 할인 이벤트 2026", "최저가 쇼핑 무료배송 쿠폰 인기 순위 바로가기"),
                 "홈", (("뉴스", "지역"), ("사회",), ("뉴스", "생활")), "출처: ", "{} 기자", "입력 ",
                 "관련 기사", ("시의회, 내년 예산안 통과", "주말 가볼 만한 곳", "해안 지역에 강풍 주의보"),
                 "댓글 (2)", (("민수", "좋은 소식이네요."), ("하늘맘", "아이들이랑 가 봐야겠어요."))),
    "el": Chrome(("ειδήσεις σήμερα τελευταία νέα δωρεάν ταινίες online", "φθηνά προσφορές δωρεάν αποστολή καζίνο μπόνους 2026"),
                 "Αρχική", (("Ειδήσεις", "Τοπικά"), ("Κοινωνία",), ("Ειδήσεις", "Περιφέρεια")), "Πηγή: ", "Συντάκτης: {}", "Δημοσιεύθηκε: ",
                 "Σχετικά άρθρα", ("Νέοι ποδηλατόδρομοι στην πόλη", "Τι να κάνετε το Σαββατοκύριακο", "Έκτακτο δελτίο καιρού"),
                 "Σχόλια (2)", (("Γιάννης", "Επιτέλους!"), ("Ντίνα", "Πολύ ωραία νέα για την περιοχή."))),
    "tr": Chrome(("son dakika haberler bugün ücretsiz film izle indir", "ucuz fiyat ücretsiz kargo kampanya bahis bonus 2026"),
                 "Ana Sayfa", (("Haberler", "Yerel"), ("Toplum",), ("Haberler", "Bölge")), "Kaynak: ", "Yazar: {}", "Yayınlanma: ",
                 "İlgili haberler", ("Belediye yeni bisiklet yollarını onayladı", "Hafta sonu etkinlikleri", "Kıyı kesimlerine fırtına uyarısı"),
                 "Yorumlar (2)", (("Ahmet", "Çok güzel bir haber!"), ("Selin", "Emeği geçenlere teşekkürler."))),
}
