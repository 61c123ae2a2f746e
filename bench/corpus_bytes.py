"""Seeded byte-level corpus for the decode bench: our own short news texts in 13 languages, encoded in
the legacy codecs real sites use, under every label situation (right, missing, wrong, in header or meta).

Every text here was written for this project; none is copied from a real article.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

TEXTS: dict[str, list[str]] = {
    "zh-Hans": [
        "市交通局周二宣布，滨江大桥将于下月起实行夜间限行，以便施工队更换桥面伸缩缝。",
        "据工程负责人介绍，本次维修预计持续四十天，白天通行不受影响，公交线路也将照常运营。",
        "不少市民表示理解，但也希望有关部门提前公布绕行方案，避免高峰时段出现拥堵。",
        "气象台提醒，本周末将有一次明显降温过程，北部山区可能出现今年首场降雪。",
        "农业专家建议果农尽快采收剩余的苹果，并为大棚蔬菜做好保温措施。",
        "学校图书馆新增了三千册儿童读物，周末向社区居民免费开放。",
        "朱镕基同志的讲话稿和王堃教授的笔记在博物馆首次展出，吸引了许多参观者。",
    ],
    "zh-Hant": [
        "颱風預計週四晚間登陸東部沿海，氣象局已發布陸上警報，提醒民眾嚴加防範。",
        "各縣市政府宣布停班停課，鐵路局也將調整部分列車班次，旅客出發前請先查詢。",
        "農委會表示，目前水果損失仍在統計中，將視災情啟動緊急救助。",
        "這間老字號麵包店開業已經六十年，第三代經營者希望保留傳統口味，同時推出新產品。",
        "市立美術館下個月舉辦版畫特展，展出近百件作品，學生憑證可免費入場。",
    ],
    "ja": [
        "市は来月から中心部の駐輪場を無料化すると発表しました。駅前の混雑を和らげるのが狙いです。",
        "担当者によると、利用者の多い平日の朝は係員を増やし、案内を分かりやすくするということです。",
        "一方で、商店街からは買い物客のための駐車場も増やしてほしいという声が上がっています。",
        "気象庁は、週末にかけて西日本を中心に大雨となるおそれがあるとして、土砂災害に注意するよう呼びかけています。",
        "地元の高校生が考案した新しいお弁当が、駅の売店で期間限定で販売されることになりました。",
    ],
    "ko": [
        "시는 다음 달부터 도심 공영주차장 요금을 시간대별로 달리 받는다고 밝혔다.",
        "출퇴근 시간에는 요금을 올리고 낮 시간에는 내려 주차 수요를 분산시키겠다는 계획이다.",
        "상인들은 손님이 줄어들까 걱정하면서도 주차난이 조금이라도 풀리기를 기대하고 있다.",
        "기상청은 이번 주말 전국에 비가 내리고 기온이 크게 떨어질 것으로 내다봤다.",
        "지역 도서관은 겨울방학을 맞아 어린이를 위한 독서 교실을 무료로 운영한다.",
    ],
    "ru": [
        "Городская администрация объявила, что ремонт центрального моста начнется в понедельник.",
        "По словам главного инженера, работы продлятся около шести недель, а движение транспорта будет "
        "частично ограничено.",
        "Жители соседних районов просят заранее опубликовать схемы объезда и изменить расписание автобусов.",
        "Синоптики обещают резкое похолодание к выходным: ночью температура опустится до минус десяти градусов.",
        "В областной библиотеке открылась выставка старинных карт, ее можно посетить бесплатно до конца месяца.",
    ],
    "uk": [
        "Міська рада ухвалила рішення відремонтувати дитячу лікарню до початку зими.",
        "За словами головного лікаря, у відділеннях замінять вікна, утеплять стіни та оновлять їдальню.",
        "Батьки маленьких пацієнтів кажуть, що давно чекали на ці зміни, і дякують волонтерам за допомогу.",
        "Синоптики попереджають про сильний вітер і ґрунтові заморозки в західних областях.",
        "У місцевому музеї відкрилася виставка вишитих рушників, зібраних у навколишніх селах.",
    ],
    "fr": [
        "La mairie a annoncé mardi que la piscine municipale rouvrira ses portes après huit mois de travaux.",
        "Selon l'adjointe chargée des sports, le bassin a été rénové et les vestiaires sont désormais accessibles.",
        "Les habitants du quartier espèrent que les horaires d'été seront élargis, surtout pour les élèves.",
        "Météo-France prévoit des orages en fin de journée ; la prudence est de mise sur les routes de l'Hérault.",
        "À la bibliothèque, une exposition consacrée aux écrivains de la région s'ouvre ce week-end.",
    ],
    "de": [
        "Die Stadtverwaltung hat am Dienstag angekündigt, dass die Brücke über den Fluss ab Montag gesperrt wird.",
        "Nach Angaben des Bauamts dauern die Arbeiten etwa sechs Wochen; Fußgänger können die Brücke weiter nutzen.",
        "Anwohner befürchten längere Staus im Berufsverkehr und fordern zusätzliche Busverbindungen.",
        "Der Wetterdienst warnt für das Wochenende vor Glätte, vor allem in höheren Lagen südlich der Stadt.",
        "Im Museum für Völkerkunde ist ab Sonntag eine Ausstellung über alte Straßenkarten zu sehen.",
    ],
    "es": [
        "El ayuntamiento anunció el martes que la biblioteca central ampliará su horario durante los exámenes.",
        "Según la concejala de Cultura, las salas de estudio abrirán hasta la medianoche de lunes a sábado.",
        "¿Habrá más plazas para los estudiantes? Los responsables aseguran que se añadirán cien puestos.",
        "La Agencia de Meteorología prevé lluvias intensas en el norte y un descenso notable de las temperaturas.",
        "Los vecinos del barrio celebraron el año pasado la reapertura del mercado tras su renovación.",
    ],
    "pt": [
        "A prefeitura anunciou nesta terça-feira que o mercado municipal passará por uma reforma completa.",
        "De acordo com o secretário de obras, a intervenção deve durar quatro meses e não vai interromper as vendas.",
        "Os comerciantes disseram que a decisão é positiva, mas pedem atenção à sinalização durante a obra.",
        "O instituto de meteorologia prevê chuvas fortes no litoral e temperaturas mais baixas no interior.",
        "A exposição de fotografias sobre a história da cidade ficará aberta ao público até o fim do mês.",
    ],
    "it": [
        "Il comune ha annunciato martedì che la piazza principale sarà chiusa al traffico per tre settimane.",
        "Secondo l'assessore ai lavori pubblici, verrà rifatta la pavimentazione e saranno piantati nuovi alberi.",
        "I commercianti temono un calo delle vendite, ma sperano che la piazza rinnovata attiri più visitatori.",
        "Le previsioni indicano piogge abbondanti al nord e un netto calo delle temperature entro giovedì.",
        "Il museo civico ospiterà una mostra dedicata alle città d'arte più celebri della regione.",
    ],
    "nl": [
        "De gemeente heeft dinsdag bekendgemaakt dat het zwembad na acht maanden verbouwing weer opengaat; "
        "de opening is één dag eerder dan gepland.",
        "Volgens de wethouder zijn de kleedkamers vernieuwd en is het bad beter toegankelijk voor rolstoelgebruikers.",
        "Buurtbewoners hopen dat de openingstijden in de zomer worden verruimd, vooral voor scholieren en "
        "geïnteresseerde ouderen.",
        "Het weerinstituut verwacht in het weekend zware regenval en harde wind langs de kust, ook bij de "
        "ruïne van het oude kasteel.",
        "In de bibliotheek is vanaf zaterdag een tentoonstelling over oude landkaarten te zien; het café "
        "ernaast is ook open.",
    ],
    "pl": [
        "Urząd miasta poinformował we wtorek, że remont głównego mostu rozpocznie się w przyszłym tygodniu.",
        "Według inżyniera prace potrwają około sześciu tygodni, a ruch samochodów będzie częściowo ograniczony.",
        "Mieszkańcy pobliskich osiedli proszą o zmianę rozkładu jazdy autobusów i wyraźne oznakowanie objazdów.",
        "Synoptycy zapowiadają na weekend silny wiatr i przymrozki, zwłaszcza w południowej części województwa.",
        "W miejskiej bibliotece otwarto wystawę starych map, którą można oglądać bezpłatnie do końca miesiąca.",
    ],
}

# (language, Python codec used to encode, the label a site would send for it)
ENCODINGS: list[tuple[str, str, str]] = [
    ("zh-Hans", "gbk", "gbk"), ("zh-Hans", "gbk", "gb2312"), ("zh-Hans", "gb18030", "gb18030"),
    ("zh-Hant", "big5", "big5"), ("ja", "cp932", "shift_jis"), ("ja", "euc_jp", "euc-jp"),
    ("ko", "cp949", "euc-kr"), ("ru", "cp1251", "windows-1251"), ("ru", "koi8_r", "koi8-r"),
    ("uk", "cp1251", "windows-1251"), ("uk", "koi8_u", "koi8-u"), ("pl", "cp1250", "windows-1250"),
    *[(lang, "cp1252", label) for lang, label in (("fr", "iso-8859-1"), ("de", "windows-1252"),
                                                  ("es", "iso-8859-1"), ("pt", "windows-1252"),
                                                  ("it", "iso-8859-1"), ("nl", "us-ascii"))],
    *[(lang, "utf-8", "utf-8") for lang in TEXTS],
    ("zh-Hans", "utf-16", "utf-16"), ("ru", "utf-16", "utf-16"), ("fr", "utf-16", "utf-16"),
]

# Labels that sites wrongly send; a lie is drawn from these, never one that decodes the bytes right.
LIES = ("iso-8859-1", "utf-8", "gb2312", "big5", "shift_jis", "euc-kr", "windows-1251", "koi8-r", "euc-jp",
        "windows-1252")
SITUATIONS = ("header", "meta", "missing", "header_wrong", "meta_wrong", "both_wrong", "header_wrong_meta_right",
              "mixed")  # mixed: a legacy page, right label in the header, whose headline is raw UTF-8


@dataclass(frozen=True)
class ByteCase:
    lang: str
    codec: str
    situation: str
    text: str
    data: bytes
    content_type: str | None

    @property
    def label_right(self) -> bool:
        return self.situation in ("header", "meta", "header_wrong_meta_right", "mixed")


def _document(rng: random.Random, lang: str, html: bool) -> str:
    paragraphs = rng.sample(TEXTS[lang], rng.randint(1, len(TEXTS[lang])))
    if all(p.isascii() for p in paragraphs):  # every case must carry bytes a label can get wrong
        paragraphs.append(next(p for p in TEXTS[lang] if not p.isascii()))
    if not html:
        return "\n\n".join(paragraphs) + "\n"
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs[1:])
    return (f"<!DOCTYPE html>\n<html><head><title>{paragraphs[0][:24]}</title></head>\n"
            f"<body><h1>{paragraphs[0]}</h1>\n{body}</body></html>\n")


def _lie(rng: random.Random, data: bytes, text_of: str) -> str:
    """A label whose decoding of ``data`` is not the text."""
    from pipeline.encodings import codec_for_label, decode

    lies = [label for label in LIES if decode(data, codec_for_label(label) or "utf-8", "replace") != text_of]
    return rng.choice(lies)


def build(seed: int = 7, per_case: int = 4, pages: bool = False) -> list[ByteCase]:
    """Every encoding x label situation, ``per_case`` documents each (one in four plain text). With
    ``pages`` the HTML documents get 2-40 KB of ASCII scripts, styles and navigation, like real pages."""
    rng = random.Random(seed)
    cases = []
    for lang, codec, label in ENCODINGS:
        for situation in SITUATIONS:
            if situation == "mixed" and codec.startswith("utf"):
                continue
            for index in range(per_case):
                case = _case(rng, lang, codec, label, situation, html=index % 4 != 3)
                cases.append(_as_page(rng, case) if pages and "<head>" in case.text else case)
    return cases


def _as_page(rng: random.Random, case: ByteCase) -> ByteCase:
    links = "".join(f'<li class="nav"><a href="/section/{rng.randrange(999)}/index.html">Section {n}</a></li>\n'
                    for n in range(rng.randint(10, 200)))
    script = "".join(f'var w{n} = document.getElementById("slot-{n}"); if (w{n}) {{ w{n}.hidden = true; }}\n'
                     for n in range(rng.randint(10, 200)))
    style = "".join(f".block-{n} {{ margin: {n % 9}px; color: #{rng.randrange(4096):03x}; }}\n"
                    for n in range(rng.randint(5, 100)))
    head = f"</title><style>{style}</style><script>{script}</script>"
    text = case.text.replace("</title>", head, 1).replace("<body>", f"<body><ul>{links}</ul>", 1)
    text = text.replace("</body>", f"<footer><ul>{links}</ul></footer></body>", 1)
    codec = case.codec.split("/")[0]
    data = _mixed_bytes(text, codec) if case.situation == "mixed" else text.encode(codec)
    return ByteCase(case.lang, case.codec, case.situation, text, data, case.content_type)


def _case(rng: random.Random, lang: str, codec: str, label: str, situation: str, html: bool) -> ByteCase:
    html = html or "meta" in situation
    bare = _document(rng, lang, html)
    header_label = label if situation == "header" else None
    meta_label = label if situation in ("meta", "header_wrong_meta_right") else None
    if situation in ("header_wrong", "both_wrong", "header_wrong_meta_right"):
        header_label = _lie(rng, bare.encode(codec), bare)
    if situation in ("meta_wrong", "both_wrong"):
        meta_label = _lie(rng, bare.encode(codec), bare)
    text = bare.replace("<head>", f'<head><meta charset="{meta_label}">', 1) if meta_label else bare
    if situation == "mixed":
        data, header_label = _mixed_bytes(text, codec), label
    else:
        data = text.encode(codec)
    content_type = f"text/html; charset={header_label}" if header_label else None
    return ByteCase(lang, f"{codec}/{label}", situation, text, data, content_type)


def _mixed_bytes(text: str, codec: str) -> bytes:
    """The headline (or first line of a text document) in UTF-8, the rest in the page's codec."""
    start, end = (text.index("<h1>") + 4, text.index("</h1>")) if "<h1>" in text else (0, text.index("\n"))
    return text[:start].encode(codec) + text[start:end].encode() + text[end:].encode(codec)
