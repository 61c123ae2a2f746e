# ruff: noqa: E501
"""Audit17 page, dump and WARC builders: a regional news page per language (masthead, menu, h1, info
line, content div, a sidebar of links, a footer), a text dump, and WARC 1.0 files record by record
(optionally one gzip member per record), with the HTTP head written exactly as the case asks."""

from __future__ import annotations

import gzip
import uuid
from dataclasses import dataclass, field
from html import escape as e

from a17_texts import Story


@dataclass(frozen=True)
class Site:
    name: str
    nav: tuple[str, ...]
    hot: str
    links: tuple[str, ...]
    info: str
    rights: str


SITES: dict[str, Site] = {
    "zh": Site("江城新闻网", ("首页", "本地", "民生", "财经", "图片"), "热点推荐", ("春运首日客流平稳", "老旧小区加装电梯提速", "城区新增三处停车场"), "2026-03-14 09:20　来源：江城日报", "江城新闻网 版权所有"),
    "zh-TW": Site("南城新聞網", ("首頁", "地方", "生活", "影音"), "熱門新聞", ("颱風假明確定", "高鐵連假加開班次", "夜市攤商聯合促銷"), "2026/03/14 09:20　記者林怡君／臺南報導", "南城新聞網 版權所有"),
    "zh-HK": Site("港聞速遞", ("主頁", "港聞", "社區", "財經"), "熱門", ("小巴加價申請獲批", "天文台發出寒冷天氣警告", "東涌新屋苑入伙"), "2026年3月14日 09:20", "港聞速遞 版權所有"),
    "ja": Site("みなと新聞", ("トップ", "地域", "暮らし", "経済"), "アクセスランキング", ("港まつり、今年も開催へ", "市バスの路線見直し", "新しい図書館が完成"), "2026年3月14日 9時20分", "Copyright みなと新聞社"),
    "ko": Site("고을일보", ("홈", "지역", "사회", "경제"), "많이 본 뉴스", ("시장 재래시장 방문", "폭설로 도로 통제", "농촌 일손 돕기 나서"), "입력 2026.03.14 09:20", "ⓒ 고을일보 무단전재 및 재배포 금지"),
    "ru": Site("Верхневолжские вести", ("Главная", "Город", "Общество", "Спорт"), "Читайте также", ("В городе отремонтируют набережную", "Автобусы изменят маршрут", "Открылся каток в парке"), "14.03.2026 09:20", "Верхневолжские вести, 2026"),
    "uk": Site("Волинські новини", ("Головна", "Місто", "Суспільство", "Культура"), "Популярне", ("У місті відкрили новий сквер", "Тролейбуси змінять маршрути", "Ярмарок у центрі"), "14.03.2026 09:20", "Волинські новини, 2026"),
    "pl": Site("Gazeta Pomorska Online", ("Strona główna", "Region", "Kultura", "Sport"), "Najczęściej czytane", ("Nowy most na Motławie", "Tramwaje zmienią trasy", "Festiwal w parku"), "14.03.2026, 09:20", "Wszelkie prawa zastrzeżone, Gazeta Pomorska Online"),
    "cs": Site("Zprávy z Vysočiny", ("Úvod", "Kraj", "Kultura", "Sport"), "Nejčtenější", ("Nová cyklostezka u Jihlavy", "Obec opraví náves", "Hasiči dostali nové auto"), "14. března 2026 9:20", "Všechna práva vyhrazena, Zprávy z Vysočiny"),
    "hu": Site("Felvidéki Hírek", ("Címlap", "Régió", "Kultúra", "Sport"), "Legolvasottabb", ("Megújul a főtér", "Új buszmenetrend", "Fesztivál a parkban"), "2026. március 14. 09:20", "Minden jog fenntartva, Felvidéki Hírek"),
    "el": Site("Κυκλαδικά Νέα", ("Αρχική", "Νησιά", "Κοινωνία", "Αθλητισμός"), "Δημοφιλή", ("Νέο δρομολόγιο πλοίου", "Έργα στο λιμάνι", "Φεστιβάλ στη Χώρα"), "14/03/2026 09:20", "© Κυκλαδικά Νέα"),
    "tr": Site("Anadolu Kent Haber", ("Anasayfa", "Gündem", "Kültür", "Spor"), "Çok Okunanlar", ("Tramvay hattı uzatılıyor", "Parkta konser", "Yeni köprü açıldı"), "14.03.2026 09:20", "© Anadolu Kent Haber"),
    "ar": Site("أخبار الجنوب", ("الرئيسية", "محليات", "ثقافة", "رياضة"), "الأكثر قراءة", ("افتتاح طريق جديد", "مهرجان الزيتون", "صيانة المدارس"), "14/03/2026 09:20", "© أخبار الجنوب"),
    "th": Site("ข่าวชุมชนวันนี้", ("หน้าแรก", "ข่าวท้องถิ่น", "สังคม", "กีฬา"), "ข่าวยอดนิยม", ("เปิดสะพานใหม่", "งานวัดประจำปี", "ซ่อมถนนสายหลัก"), "14 มี.ค. 2569 09:20", "สงวนลิขสิทธิ์ ข่าวชุมชนวันนี้"),
    "fr": Site("Normandie Info", ("Accueil", "Région", "Culture", "Sport"), "Les plus lus", ("Le pont rouvre lundi", "Un marché de nuit", "Travaux sur la ligne"), "Publié le 14 mars 2026 à 09h20", "© Normandie Info"),
    "de": Site("Landbote Online", ("Startseite", "Region", "Kultur", "Sport"), "Meistgelesen", ("Neue Brücke über die Lahn", "Busfahrplan ändert sich", "Dorffest am Samstag"), "14.03.2026, 09:20 Uhr", "© Landbote Online"),
    "en": Site("Coastal Courier", ("Home", "News", "Business", "Sport"), "Most read", ("Council approves new budget", "Weekend weather: sun at last", "School wins robotics prize"), "March 14, 2026", "© 2026 Coastal Courier"),
}


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"<p>{e(p, quote=False)}</p>" for p in paras)


def page(s: Story, head: str = '<meta charset="utf-8">', *, before: str = "", extra_head: str = "", paras_html: str | None = None,
         title_html: str | None = None, h1_html: str | None = None, top: str = "", inside: str = "", tail_html: str = "") -> str:
    """A regional news page; ``head`` holds the charset declaration(s) the case wants, ``before`` what comes above <html>."""
    st = SITES[s.lang]
    nav = "".join(f'<li><a href="/c{i}/">{e(n)}</a></li>' for i, n in enumerate(st.nav))
    links = "".join(f'<li><a href="/n/{i}.html">{e(n)}</a></li>' for i, n in enumerate(st.links))
    title = title_html if title_html is not None else f"{e(s.title)} - {e(st.name)}"
    h1 = h1_html if h1_html is not None else e(s.title)
    body = paras_html if paras_html is not None else ps(s.paras)
    dirn = ' dir="rtl"' if s.lang == "ar" else ""
    return (f'{before}<!DOCTYPE html>\n<html lang="{s.lang}"{dirn}>\n<head>\n{head}\n<title>{title}</title>\n{extra_head}'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n<body>\n'
            f'{top}<div id="header"><a class="logo" href="/">{e(st.name)}</a><ul class="nav">{nav}</ul></div>\n'
            f'<div class="main"><div class="article">\n<h1>{h1}</h1>\n<div class="info">{e(st.info)}</div>\n'
            f'<div class="content">\n{inside}{body}\n</div>\n{tail_html}</div>\n'
            f'<div class="sidebar"><h3>{e(st.hot)}</h3><ul>{links}</ul></div></div>\n'
            f'<div id="footer">{e(st.rights)}</div>\n</body>\n</html>\n')


def dump(s: Story, indent: str = "", sep: str = "\n\n") -> str:
    """A saved text file: the title, then the paragraphs (indented the way the language's sites copy)."""
    ind = indent or ("\u3000\u3000" if s.lang.startswith("zh") else "")
    return s.title + sep + sep.join(ind + p for p in s.paras) + "\n"


# --- WARC -------------------------------------------------------------------------------------------

@dataclass
class Rec:
    """One WARC record. ``http`` is the HTTP head (status line + headers, without the blank line) for
    request/response records; ``payload`` the bytes after it (or the whole block for other types)."""
    type: str
    uri: str = ""
    http: str = ""
    payload: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def http_response(status: str, headers: list[tuple[str, str]]) -> str:
    return "\r\n".join([f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers)])


def response(uri: str, body: bytes, ctype: str | None = "text/html; charset=utf-8", status: str = "200 OK",
             extra: list[tuple[str, str]] | None = None, length: bool = True) -> list[Rec]:
    """A request record and its response record, as crawlers write them."""
    hs = ([("Content-Type", ctype)] if ctype else []) + (extra or []) + ([("Content-Length", str(len(body)))] if length else [])
    host = uri.split("/")[2]
    req = Rec("request", uri, f"GET /{uri.split('/', 3)[3]} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Mozilla/5.0\r\nAccept-Encoding: gzip, deflate, br")
    return [req, Rec("response", uri, http_response(status, hs), body)]


def chunked(body: bytes, size: int = 700) -> bytes:
    parts = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


def _block(r: Rec) -> tuple[bytes, str]:
    if r.type in ("request", "response") or (r.type == "revisit" and r.http):
        kind = "request" if r.type == "request" else "response"
        return (r.http + "\r\n\r\n").encode("latin-1") + r.payload, f"application/http; msgtype={kind}"
    if r.type == "warcinfo":
        return r.payload, "application/warc-fields"
    if r.type == "metadata":
        return r.payload, "application/warc-fields"
    return r.payload, "application/octet-stream"


def warc(recs: list[Rec], gz: bool = False, date: str = "2026-03-14T10:00:00Z") -> bytes:
    """A WARC file: warcinfo first, then ``recs``; gz writes each record as its own gzip member."""
    info = Rec("warcinfo", payload=b"software: audit17-builder\r\nformat: WARC File Format 1.0\r\n")
    out: list[bytes] = []
    for i, r in enumerate([info, *recs]):
        block, ctype = _block(r)
        hs = {"WARC-Type": r.type, "WARC-Record-ID": f"<urn:uuid:{uuid.UUID(int=i + 1)}>", "WARC-Date": date}
        if r.uri:
            hs["WARC-Target-URI"] = r.uri
        hs |= r.headers
        hs |= {"Content-Type": ctype, "Content-Length": str(len(block))}
        raw = ("WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hs.items()) + "\r\n").encode() + block + b"\r\n\r\n"
        out.append(gzip.compress(raw, mtime=0) if gz else raw)
    return b"".join(out)
