# ruff: noqa: E501
"""Audit21 cases: reposts outside Chinese. Farms and aggregators in Russian, Ukrainian, Japanese, Korean,
Spanish, Portuguese, French, German, Italian, Turkish, Vietnamese, Indonesian and Polish, built with the
seed's mechanics (keyword-stuffed spam header, NBSP lines, crumb, title, indented paragraphs, source line,
footer; legacy bytes under a lying or missing label; one damaged line; invisible obfuscation) as text dumps
and as HTML pages. Expected: the first publisher's title and paragraphs, and the metadata the page states."""

from __future__ import annotations

import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit4"))
sys.path.insert(0, str(HERE))

import a21_texts as T  # noqa: E402
from a21_build import NB, cp1258, dump, farm, homoglyphs, invisibles, moji, nfd  # noqa: E402
from a21_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)

# keyword-stuffed header lines, as farms in each language write them (seed: `-`-joined, repeats)
SPAM = {
    "ru": "казино вулкан играть бесплатно без регистрации-1xbet зеркало рабочее на сегодня-скачать фильмы торрент бесплатно без регистрации",
    "uk": "казино онлайн україна грати безкоштовно-ставки на спорт онлайн-завантажити фільми безкоштовно",
    "ja": "スーパーコピー 時計 激安 通販-ブランド コピー 代引き 国内発送-スーパーコピー 財布 n級品",
    "ko": "토토사이트 추천 먹튀검증-카지노사이트 바카라사이트-안전놀이터 메이저사이트 순위",
    "es": "casino online bono sin depósito-apuestas deportivas gratis-tragamonedas gratis sin descargar",
    "pt": "cassino online bônus grátis-apostas esportivas bet-jogo do tigrinho demo grátis",
    "fr": "casino en ligne bonus sans dépôt-paris sportifs en ligne-machines à sous gratuites",
    "de": "Online Casino Bonus ohne Einzahlung-Sportwetten Tipps heute-Casino ohne Lizenz Deutschland",
    "it": "casinò online bonus senza deposito-scommesse sportive online-slot gratis senza registrazione",
    "tr": "deneme bonusu veren siteler-bahis siteleri güvenilir-casino siteleri 2026",
    "vi": "nhà cái uy tín nhất-kèo nhà cái hôm nay-tải app nhận thưởng 100k",
    "id": "situs judi slot online gacor terpercaya-slot88 maxwin hari ini-link alternatif slot gacor",
    "pl": "kasyno online bonus bez depozytu-zakłady bukmacherskie online-automaty do gier za darmo",
}
CRUMB = {
    "ru": "Главная » Новости » Общество", "uk": "Головна » Новини » Регіони", "ja": "ホーム > ニュース > 地域",
    "ko": "홈 > 뉴스 > 사회", "es": "Inicio » Noticias » Sociedad", "pt": "Início » Notícias » Cidades",
    "fr": "Accueil » Actualités » Région", "de": "Startseite › Nachrichten › Region", "it": "Home » Notizie » Cronaca",
    "tr": "Ana Sayfa » Haberler » Gündem", "vi": "Trang chủ » Tin tức » Xã hội", "id": "Beranda » Berita » Daerah",
    "pl": "Strona główna » Wiadomości » Region",
}
SOURCE = {"ru": "Источник: {}", "uk": "Джерело: {}", "ja": "出典：{}", "ko": "출처: {}", "es": "Fuente: {}", "pt": "Fonte: {}",
          "fr": "Source : {}", "de": "Quelle: {}", "it": "Fonte: {}", "tr": "Kaynak: {}", "vi": "Nguồn: {}", "id": "Sumber: {}",
          "pl": "Źródło: {}"}
# what farms put under the article: see-also, comments, copyright
TAIL = {
    "ru": ["Читайте также:", "В Новосибирске открылся новый каток", "Комментарии (0)", "Добавить комментарий", "© 2026 Все права защищены. Перепечатка материалов запрещена."],
    "uk": ["Читайте також:", "У Житомирі відкрили новий парк", "Коментарі (0)", "© 2026 Усі права захищено."],
    "ja": ["関連記事", "・市立図書館、夜間開館を延長", "・駅前商店街に新しい広場", "コメント(0)", "Copyright © 2026 まとめニュース All Rights Reserved."],
    "ko": ["<저작권자 ⓒ 한빛뉴스, 무단전재 및 재배포 금지>", "관련기사", "댓글 0", "Copyright ⓒ 2026 뉴스모아. All rights reserved."],
    "es": ["Te puede interesar:", "El ayuntamiento abre una nueva biblioteca", "Comentarios (0)", "Deja un comentario", "© 2026 Noticias24. Todos los derechos reservados."],
    "pt": ["Leia também:", "Feira do livro começa nesta sexta", "Comentários (0)", "© 2026 Portal Notícias. Todos os direitos reservados."],
    "fr": ["Lire aussi :", "Le pont de la Gare fermé pour travaux", "Commentaires (0)", "© 2026 Infos24 - Tous droits réservés"],
    "de": ["Lesen Sie auch:", "Neue Radwege in der Innenstadt", "Kommentare (0)", "© 2026 Nachrichten24 – Alle Rechte vorbehalten."],
    "it": ["Leggi anche:", "Nuova pista ciclabile sul lungolago", "Commenti (0)", "© 2026 Notizie24 - Tutti i diritti riservati"],
    "tr": ["İlgili Haberler", "Kordon'da yeni bisiklet yolu açıldı", "Yorumlar (0)", "© 2026 Haber24 - Tüm hakları saklıdır."],
    "vi": ["Tin liên quan:", "Hà Giang mở thêm tuyến xe buýt mới", "Bình luận (0)", "© 2026 Tin Tức 24h. Bản quyền thuộc về Tin Tức 24h."],
    "id": ["Baca Juga:", "Jalan Lingkar Selatan mulai diaspal", "Komentar (0)", "© 2026 Berita24. Hak cipta dilindungi undang-undang."],
    "pl": ["Czytaj także:", "Nowy park przy ulicy Polnej", "Komentarze (0)", "© 2026 Wiadomości24. Wszelkie prawa zastrzeżone."],
}


def ex(s: Story, *keys: str, title: str | None = None, paras: tuple[str, ...] | list[str] | None = None, **more: object) -> Exp:
    vals: dict[str, object] = {"publisher": s.publisher, "author": s.author, "published": s.date}
    meta = {k: vals[k] for k in keys}
    meta.update(more)
    return Exp(title if title is not None else s.title, "\n".join(paras if paras is not None else s.paras), meta)


def _encode(text: str, enc: str) -> bytes:
    """The farm's bytes; a codec without the crumb's » or the footer's © gets what such farms write instead
    (the title and paragraphs always encode: asserted)."""
    try:
        return text.encode(enc)
    except UnicodeEncodeError:
        return text.replace(" » ", " / ").replace(" › ", " / ").replace("©", "(c)").replace("ⓒ", "(c)").replace(NB, " ").encode(enc)


def tc(name: str, group: str, text: str, x: Exp, enc: str = "utf-8", note: str = "") -> Case:
    return Case(name, group, {f"{name}.txt": _encode(text, enc)}, [x], note=note)


def hc(name: str, group: str, html: str, x: Exp, enc: str = "utf-8", note: str = "") -> Case:
    data = html.encode(enc, errors="xmlcharrefreplace")
    return Case(name, group, {f"{name}.html": data}, [x], note=note)


def seed(s: Story, lang: str, enc: str = "utf-8", indent: str = "", **kw: object) -> str:
    """The seed's shape in `lang`: spam line, crumb, title, paragraphs, source line and the farm's tail."""
    tail = kw.pop("tail", [SOURCE[lang].format(s.publisher), *TAIL[lang]])
    return dump(s, [kw.pop("head", SPAM[lang])], str(kw.pop("crumb", CRUMB[lang])), tail=tail, indent=indent, **kw)  # type: ignore[arg-type]


def dumps() -> list[Case]:
    """Seed-shaped text dumps, one or two per language, in the encodings those farms use."""
    r, u, j, k = T.RU_FERRY, T.UK_ORCHARD, T.JA_FESTIVAL, T.KO_MARKET
    return [
        tc("ru_dump_cp1251", "dump", seed(r, "ru", indent="    "), ex(r, "publisher"), "cp1251"),
        tc("ru_dump_koi8r", "dump", seed(T.RU_LIBRARY, "ru"), ex(T.RU_LIBRARY, "publisher"), "koi8_r"),
        tc("uk_dump_koi8u", "dump", seed(u, "uk"), ex(u, "publisher"), "koi8_u"),
        tc("uk_dump_cp1251", "dump", seed(u, "uk", indent=NB * 4), ex(u, "publisher"), "cp1251"),
        tc("ja_dump_sjis", "dump", seed(j, "ja", indent="\u3000"), ex(j, "publisher"), "cp932"),
        tc("ja_dump_eucjp", "dump", seed(j, "ja", indent="\u3000"), ex(j, "publisher"), "euc_jp"),
        tc("ko_dump_euckr", "dump", seed(k, "ko", indent=NB * 2), ex(k, "publisher", "author"), "cp949"),
        tc("es_dump_latin1", "dump", seed(T.ES_BAKERY, "es"), ex(T.ES_BAKERY, "publisher"), "latin-1"),
        tc("pt_dump_cp1252", "dump", seed(T.PT_BRIDGE, "pt", indent=NB * 3), ex(T.PT_BRIDGE, "publisher"), "cp1252"),
        tc("fr_dump_iso885915", "dump", seed(T.FR_CHOIR, "fr"), ex(T.FR_CHOIR, "publisher"), "iso8859_15",
           note="œ and € in ISO-8859-15 without a label: cp1252 would read ½ and ¤"),
        tc("de_dump_cp1252", "dump", seed(T.DE_FOREST, "de", indent="  "), ex(T.DE_FOREST, "publisher"), "cp1252"),
        tc("it_dump_cp1252", "dump", seed(T.IT_FERRY, "it"), ex(T.IT_FERRY, "publisher"), "cp1252"),
        tc("tr_dump_cp1254", "dump", seed(T.TR_HARBOR, "tr"), ex(T.TR_HARBOR, "publisher"), "cp1254"),
        tc("vi_dump_utf8", "dump", seed(T.VI_BRIDGE, "vi"), ex(T.VI_BRIDGE, "publisher")),
        tc("id_dump_utf8", "dump", seed(T.ID_MARKET, "id"), ex(T.ID_MARKET, "publisher")),
        tc("pl_dump_iso88592", "dump", seed(T.PL_TRAM, "pl"), ex(T.PL_TRAM, "publisher"), "iso8859_2"),
        tc("pl_dump_cp1250", "dump", seed(T.PL_TRAM, "pl"), ex(T.PL_TRAM, "publisher"), "cp1250"),
    ]


def info_dumps() -> list[Case]:
    """Dumps with the farm's info line (date, author) between title and text, in each language's words."""
    r, j, d, t, p = T.RU_FERRY, T.JA_FESTIVAL, T.DE_FOREST, T.TR_HARBOR, T.PL_TRAM
    return [
        tc("ru_info_line", "info", seed(r, "ru", info=["20 ноября 2026, 10:30 | Автор: Ирина Соколова | Просмотров: 312"]),
           ex(r, "publisher", "author", "published")),
        tc("ja_info_line", "info", seed(j, "ja", indent="\u3000", info=["2026年11月20日 10時30分 投稿者：まとめ管理人"]),
           ex(j, "publisher", "published")),
        tc("de_info_line", "info", seed(d, "de", info=["Von Katrin Vogelsang | 19.11.2026, 14:05 Uhr"]), ex(d, "publisher", "author", "published")),
        tc("tr_info_line", "info", seed(t, "tr", info=["Zeynep Aksoy | 12 Kasım 2026 Perşembe 09:45"]), ex(t, "publisher", "author", "published")),
        tc("pl_info_line", "info", seed(p, "pl", info=["Autor: Tomasz Wiśniewski | 22 listopada 2026, 08:15"]), ex(p, "publisher", "author", "published"), "iso8859_2"),
        tc("vi_info_line", "info", seed(T.VI_BRIDGE, "vi", info=["Thứ ba, 17/11/2026 07:30 (GMT+7)"], tail=["Lê Thu Trang", SOURCE["vi"].format(T.VI_BRIDGE.publisher), *TAIL["vi"]]),
           ex(T.VI_BRIDGE, "publisher", "author", "published")),
    ]


def damage() -> list[Case]:
    """One line damaged by a paste through the wrong codec, in a clean UTF-8 dump (mojibake of one paragraph
    or of the title), and whole articles re-saved through the wrong codec under a clean farm header."""
    r, u, lib = T.RU_FERRY, T.UK_ORCHARD, T.RU_LIBRARY
    rp = list(r.paras)
    up = list(u.paras)
    lp = list(lib.paras)
    es, pt, tr = T.ES_BAKERY, T.PT_BRIDGE, T.TR_HARBOR
    return [
        tc("ru_para_utf8_as_cp1251", "moji", seed(r, "ru", paras=[rp[0], moji(rp[1], "cp1251"), rp[2]]), ex(r, "publisher")),
        tc("ru_title_utf8_as_cp1251", "moji", seed(lib, "ru", title=moji(lib.title, "cp1251")), ex(lib, "publisher")),
        tc("ru_para_cp1251_as_koi8", "moji", seed(lib, "ru", paras=[lp[0], moji(lp[1], "koi8_r", "cp1251"), lp[2]]), ex(lib, "publisher"),
           note="the classic swap: cp1251 bytes shown as KOI8-R (Ру́сский -> яСЯЯЙХИ-like)"),
        tc("ru_para_koi8_as_cp1251", "moji", seed(lib, "ru", paras=[lp[0], lp[1], moji(lp[2], "cp1251", "koi8_r")]), ex(lib, "publisher")),
        tc("ru_para_utf8_as_koi8", "moji", seed(r, "ru", paras=[rp[0], rp[1], moji(rp[2], "koi8_r")]), ex(r, "publisher")),
        tc("uk_para_utf8_as_cp1251", "moji", seed(u, "uk", paras=[up[0], moji(up[1], "cp1251"), up[2]]), ex(u, "publisher")),
        tc("ru_article_utf8_as_cp1251", "moji", dump(r, [SPAM["ru"]], CRUMB["ru"], title=moji(r.title, "cp1251"), paras=[moji(p, "cp1251") for p in r.paras],
                                                     tail=[SOURCE["ru"].format(r.publisher), *TAIL["ru"]]), ex(r, "publisher"),
           note="the farm's header, crumb and tail are clean; the pasted article is mojibake throughout"),
        tc("es_para_double_layer", "moji", seed(es, "es", paras=[es.paras[0], moji(moji(es.paras[1], "cp1252"), "cp1252"), es.paras[2]]), ex(es, "publisher")),
        tc("pt_para_latin1_negative", "moji", seed(pt, "pt", paras=["ÁGUA BRANCA (SP) — " + pt.paras[0], *pt.paras[1:]]),
           ex(pt, "publisher", paras=["ÁGUA BRANCA (SP) — " + pt.paras[0], *pt.paras[1:]]), note="capital Á/Ã in a real dateline is no mojibake"),
        tc("tr_para_utf8_as_cp1254", "moji", seed(tr, "tr", paras=[tr.paras[0], moji(tr.paras[1], "cp1254"), tr.paras[2]]), ex(tr, "publisher")),
    ]


def obfuscation() -> list[Case]:
    """Invisible or look-alike obfuscation a human reader cannot see (the farm's 'uniqueness' tricks) and
    typography that must be kept (French narrow NBSP, Japanese readings in brackets)."""
    r, lib, d, es, fr, j = T.RU_FERRY, T.RU_LIBRARY, T.DE_FOREST, T.ES_BAKERY, T.FR_MARKET, T.JA_CORMORANT
    vi = T.VI_BRIDGE
    return [
        tc("ru_homoglyphs_dump", "obf", seed(r, "ru", paras=[homoglyphs(p) for p in r.paras]), ex(r, "publisher"),
           note="Cyrillic letters inside words swapped for Latin look-alikes"),
        tc("ru_homoglyphs_title", "obf", seed(lib, "ru", title=homoglyphs(lib.title, 1), paras=[homoglyphs(p, 3) for p in lib.paras]), ex(lib, "publisher")),
        hc("ru_homoglyphs_html", "obf", farm(r, "ru", "utf-8", CRUMB["ru"], paras=[homoglyphs(p) for p in r.paras],
                                              tail=f"<p>{SOURCE['ru'].format(r.publisher)}</p>"), ex(r, "publisher")),
        tc("ru_zero_width", "obf", seed(r, "ru", paras=[invisibles(p) for p in r.paras]), ex(r, "publisher")),
        tc("de_soft_hyphens", "obf", seed(d, "de", paras=[invisibles(p, "\u00ad", 2) for p in d.paras]), ex(d, "publisher")),
        tc("es_zwnj_wj", "obf", seed(es, "es", paras=[invisibles(invisibles(p, "\u200c", 3), "\u2060", 4) for p in es.paras]), ex(es, "publisher")),
        tc("pt_nbsp_all_spaces", "obf", seed(T.PT_BRIDGE, "pt", paras=[p.replace(" ", NB) for p in T.PT_BRIDGE.paras]), ex(T.PT_BRIDGE, "publisher"),
           note="every space of the article replaced by NBSP (a dedup-evasion trick)"),
        tc("fr_narrow_nbsp_kept", "obf", seed(fr, "fr", indent=NB * 4), ex(fr, "publisher"),
           note="French narrow NBSP before ; : ! and NBSP inside « » are typography: kept; the NBSP indents are not"),
        hc("fr_narrow_nbsp_html", "obf", farm(fr, "fr", "utf-8", CRUMB["fr"], tail=f"<p>{e(SOURCE['fr'].format(fr.publisher))}</p>"), ex(fr, "publisher")),
        tc("ja_kana_readings_kept", "obf", seed(j, "ja", indent="\u3000"), ex(j, "publisher"),
           note="（うかい） after 鵜飼 is the first publisher's reading: kept"),
        tc("vi_nfd_dump", "obf", nfd(seed(vi, "vi")), ex(vi, "publisher"), note="decomposed Unicode (a Mac copy): the NFC text is wanted"),
        Case("vi_cp1258_html", "obf", {"vi_cp1258_html.html": cp1258(farm(vi, "vi", "windows-1258", CRUMB["vi"], tail=f"<p>{e(SOURCE['vi'].format(vi.publisher))}</p>"))},
             [ex(vi, "publisher")], note="windows-1258 carries tone marks as combining characters"),
    ]


RU_COMMENTS = ('<div id="comments"><h3>Комментарии (2)</h3><div class="comment"><b>Гость</b> 20.11.2026 12:04<p>Наконец-то! Полгода ждали.</p></div>'
               '<div class="comment"><b>Николай</b> 20.11.2026 13:40<p>А расписание на зиму уже есть?</p></div>'
               '<form><textarea></textarea><button>Отправить</button></form></div>')


def _plain(t: str) -> str:
    return t.replace("（うかい）", "").replace("（うしょう）", "").replace("（かがりび）", "")


JA_PLAIN = Story(_plain(T.JA_CORMORANT.title), tuple(_plain(p) for p in T.JA_CORMORANT.paras), T.JA_CORMORANT.publisher)


def ruby_page() -> str:
    """The cormorant story with <ruby> readings on 鵜飼 in the headline and the text (not in <title>)."""
    label = SOURCE["ja"].format(JA_PLAIN.publisher)
    html = farm(JA_PLAIN, "ja", "utf-8", CRUMB["ja"], tail=f"<p>{e(label)}</p>")
    head, sep, rest = html.partition("<h1")
    return head + sep + rest.replace("鵜飼", "<ruby>鵜飼<rp>（</rp><rt>うかい</rt><rp>）</rp></ruby>")


def pages() -> list[Case]:
    """Farms' HTML pages: spam <title>, crumb, source line, see-also, comments, under lying or missing labels."""
    r, lib, u, j, k, kb = T.RU_FERRY, T.RU_LIBRARY, T.UK_ORCHARD, T.JA_FESTIVAL, T.KO_MARKET, T.KO_BUS
    es, pt, d, it, tr, vi, i, pl = T.ES_BAKERY, T.PT_BRIDGE, T.DE_FOREST, T.IT_FERRY, T.TR_HARBOR, T.VI_BRIDGE, T.ID_MARKET, T.PL_TRAM

    def src(lang: str, s: Story, link: bool = True) -> str:
        label, _, _ = SOURCE[lang].partition("{}")
        name = f'<a href="https://example.net/news/1" rel="nofollow">{e(s.publisher)}</a>' if link else e(s.publisher)
        return f'<p class="source">{e(label)}{name}</p>'

    def see(lang: str) -> str:
        t = TAIL[lang]
        return f'<div class="related"><h3>{e(t[0])}</h3><ul><li><a href="/x">{e(t[1])}</a></li></ul></div>'

    spam_links = lambda lang: " ".join(f'<a href="http://spam.example/{n}">{e(w)}</a>' for n, w in enumerate(SPAM[lang].split("-")))  # noqa: E731
    crumb = lambda lang: " » ".join(f'<a href="/">{e(x)}</a>' for x in CRUMB[lang].replace("›", "»").replace(">", "»").split(" » "))  # noqa: E731
    return [
        hc("ru_html_cp1251_label_utf8", "page", farm(r, "ru", "utf-8", crumb("ru"), tail=src("ru", r), spam=spam_links("ru"), comments=RU_COMMENTS,
                                                       info="20.11.2026 10:30 | Автор: Ирина Соколова"),
           ex(r, "publisher", "author", "published", mislabeled=True), enc="cp1251"),
        hc("ru_html_spam_title_no_h1", "page", farm(lib, "ru", "windows-1251", crumb("ru"), h1=False, title_tag=SPAM["ru"].replace("-", " "),
                                                      top=f"<p><strong>{e(lib.title)}</strong></p>", tail=src("ru", lib, False)),
           ex(lib, "publisher"), enc="cp1251"),
        hc("uk_html_cp1251_label_koi8r", "page", farm(u, "uk", "koi8-r", crumb("uk"), tail=src("uk", u), comments=""),
           ex(u, "publisher", mislabeled=True), enc="cp1251"),
        hc("uk_html_koi8u_nolabel", "page", farm(u, "uk", None, crumb("uk"), tail=src("uk", u)), ex(u, "publisher"), enc="koi8_u"),
        hc("ja_html_sjis_label_utf8", "page", farm(j, "ja", "utf-8", crumb("ja"), tail=src("ja", j) + see("ja"), spam=spam_links("ja")),
           ex(j, "publisher", mislabeled=True), enc="cp932"),
        hc("ja_html_eucjp_nolabel", "page", farm(j, "ja", None, crumb("ja"), tail=src("ja", j, False) + see("ja"), title_tag=f"{j.title} - まとめニュース速報"),
           ex(j, "publisher"), enc="euc_jp"),
        hc("ja_html_ruby_readings_rt", "page", ruby_page(), ex(JA_PLAIN, "publisher"), note="ruby readings on a page (rt dropped as the older audits decided)"),
        hc("ko_html_euckr_label_utf8", "page", farm(k, "ko", "utf-8", crumb("ko"), info="입력 2026.11.20 10:30", tail=f"<p>{e(TAIL['ko'][0])}</p>" + see("ko"),
                                                      spam=spam_links("ko")),
           ex(k, "publisher", "author", "published", mislabeled=True), enc="cp949"),
        hc("ko_html_source_bracket", "page", farm(kb, "ko", "utf-8", crumb("ko"), info="이하은 기자 | 승인 2026.09.02 15:20",
                                                    tail=f"<p>[출처: {e(kb.publisher)}]</p>"),
           ex(kb, "publisher", "author", "published")),
        hc("es_html_latin1_label_utf8", "page", farm(es, "es", "utf-8", crumb("es"), tail=src("es", es) + see("es"), spam=spam_links("es"),
                                                       info="Por Martín Quiroga | 14 de noviembre de 2026"),
           ex(es, "publisher", "author", "published", mislabeled=True), enc="latin-1"),
        Case("es_html_utf8_one_para_latin1", "page", {"es_html_utf8_one_para_latin1.html": farm(es, "es", "utf-8", crumb("es"), tail=src("es", es)).encode().replace(
            es.paras[1].encode(), es.paras[1].encode("latin-1"))}, [ex(es, "publisher")], note="a UTF-8 page with one paragraph pasted in Latin-1 bytes"),
        hc("pt_html_spam_title", "page", farm(pt, "pt", "utf-8", crumb("pt"), title_tag=SPAM["pt"].replace("-", " | "), h1=False,
                                                top=f"<h2>{e(pt.title)}</h2>", tail=src("pt", pt) + see("pt")), ex(pt, "publisher")),
        hc("fr_html_iso_source_colon", "page", farm(T.FR_CHOIR, "fr", "iso-8859-1", crumb("fr"), tail=src("fr", T.FR_CHOIR) + see("fr"), info="Par Claire Dubois, le 2 décembre 2026"),
           ex(T.FR_CHOIR, "publisher", "author", "published"), enc="cp1252"),
        hc("de_html_quelle", "page", farm(d, "de", "utf-8", crumb("de"), info="Von Katrin Vogelsang | 19.11.2026", tail=src("de", d, False) + see("de"),
                                           spam=spam_links("de")), ex(d, "publisher", "author", "published")),
        hc("it_html_fonte_label_utf8", "page", farm(it, "it", "utf-8", crumb("it"), tail=src("it", it) + see("it"), info="di Giulia Ferraris - 16 novembre 2026"),
           ex(it, "publisher", "author", "published", mislabeled=True), enc="cp1252"),
        hc("tr_html_cp1254_label_iso88591", "page", farm(tr, "tr", "iso-8859-1", crumb("tr"), tail=src("tr", tr) + see("tr"), spam=spam_links("tr")),
           ex(tr, "publisher", mislabeled=True), enc="cp1254"),
        hc("vi_html_nguon", "page", farm(vi, "vi", "utf-8", crumb("vi"), tail=src("vi", vi, False) + see("vi"), spam=spam_links("vi")), ex(vi, "publisher")),
        hc("id_html_sumber", "page", farm(i, "id", "utf-8", crumb("id"), tail=src("id", i) + "<p>Penulis: Rina Kartika<br>Editor: Budi Santoso</p>" + see("id"),
                                           spam=spam_links("id")), ex(i, "publisher", "author")),
        hc("pl_html_iso88592_label_utf8", "page", farm(pl, "pl", "utf-8", crumb("pl"), tail=src("pl", pl) + see("pl"), spam=spam_links("pl")),
           ex(pl, "publisher", mislabeled=True), enc="iso8859_2"),
    ]


def mixed() -> list[Case]:
    """Harder mixes: the seed's several mechanics at once in one page."""
    r, j, k, d = T.RU_FERRY, T.JA_FESTIVAL, T.KO_BUS, T.DE_FOREST
    return [
        tc("ru_cp1251_homoglyph_crlf", "mix", seed(r, "ru", paras=[homoglyphs(p, 3) for p in r.paras]).replace("\n", "\r\n"), ex(r, "publisher"), "cp1251"),
        Case("ja_utf8_dump_sjis_title", "mix", {"ja_utf8_dump_sjis_title.txt": seed(j, "ja", indent="\u3000").encode().replace(j.title.encode(), j.title.encode("cp932"))},
             [ex(j, "publisher")], note="a UTF-8 dump whose title line was pasted as Shift_JIS bytes"),
        tc("ko_dump_reporter_tail", "mix", dump(k, [SPAM["ko"]], CRUMB["ko"], tail=["이하은 기자 haeun@namdo.example", f"[출처: {k.publisher}]", *TAIL["ko"][1:]],
                                               indent=NB * 2), ex(k, "publisher", "author")),
        tc("de_dump_zw_and_softhyphen_crlf", "mix", seed(d, "de", paras=[invisibles(invisibles(p, "\u00ad", 3), "\u200b", 4) for p in d.paras]).replace("\n", "\r\n"),
           ex(d, "publisher")),
    ]


def build_all() -> list[Case]:
    return [*dumps(), *info_dumps(), *damage(), *obfuscation(), *pages(), *mixed()]
