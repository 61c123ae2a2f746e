"""A seeded corruption corpus for bench_repair.py: our own clean texts, corrupted on purpose.

Each case is (category, kind, clean, corrupted). Categories: western, cjk, cyrillic (lossless
mojibake, strict decodes only), lossy (bytes really lost), obfuscation (pinyin + s2t conversion),
control (clean text that must not change). All texts were written for this bench.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

CLEAN: dict[str, list[str]] = {
    "en": [
        "The council approved the new bridge after a two-hour debate on Tuesday evening.",
        "Café owners say the déjà-vu of last winter's closures still worries them.",
    ],
    "fr": [
        "Le maire a présenté jeudi un budget équilibré, malgré la hausse des coûts de l'énergie.",
        "Les élèves ont découvert à Noël une exposition consacrée aux forêts d'Amérique.",
    ],
    "de": [
        "Die Bürgermeisterin eröffnete am Montag die neue Brücke über die Mühlbach-Schlucht.",
        "Größere Städte müssen künftig mehr Grünflächen für Fußgänger schaffen.",
    ],
    "es": [
        "El alcalde inauguró el miércoles una biblioteca con más de diez mil títulos.",
        "Según los vecinos, la reforma del mercado tardó más de lo previsto.",
    ],
    "pt": [
        "A prefeitura anunciou ontem a construção de três novas creches na região.",
        "Os pescadores de São João não saíram ao mar por causa da tempestade.",
    ],
    "it": [
        "Il sindaco ha inaugurato lunedì la nuova piazza, già piena di caffè e librerie.",
        "Perché la città è cresciuta così, nessuno l'aveva previsto.",
    ],
    "pl": [
        "Mieszkańcy Łodzi świętowali otwarcie nowej linii tramwajowej w środę.",
        "Żółta łódź przypłynęła do portu późnym wieczorem.",
    ],
    "cs": [
        "Starostka města představila v úterý plán na opravu náměstí.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    ],
    "tr": [
        "Belediye başkanı çarşamba günü yeni köprünün açılışını yaptı.",
        "Öğrenciler şehrin tarihî çarşısını gezdiler ve fotoğraf çektiler.",
    ],
    "ru": [
        "Мэр города в среду открыл новый мост через реку после долгого ремонта.",
        "Жители района давно ждали, когда наконец отремонтируют школу.",
    ],
    "uk": [
        "Мешканці Львова святкували відкриття нової бібліотеки в неділю.",
        "Учні їздили на екскурсію до старовинної фортеці.",
    ],
    "el": [
        "Ο δήμαρχος εγκαινίασε την Τετάρτη τη νέα βιβλιοθήκη της πόλης.",
    ],
    "zh": [
        "市政府周三宣布，新建的跨江大桥将于下月正式通车，方便两岸居民出行。",
        "记者从教育部门获悉，今年全市新增中小学学位一万余个。",
        "专家表示，发展数字经济需要加强网络安全和数据保护。",
        "今年春节假期，全国铁路共发送旅客超过一亿人次。",
        "这家博物馆免费开放，每天接待游客三千多人。",
    ],
    "zh_tw": [
        "臺北市政府週三宣布，新建的捷運路線將於下月正式通車。",
        "這家軟體公司表示，今年將擴大在高雄的研發團隊。",
        "颱風過後，農民忙著搶修受損的果園。",
    ],
    "ja": [
        "市役所は水曜日、新しい橋を来月開通させると発表しました。",
        "駅前の図書館では、週末に子ども向けの読み聞かせ会が開かれます。",
        "今年の夏は例年より暑く、各地で最高気温を更新した。",
    ],
    "ko": [
        "시청은 수요일 새 다리를 다음 달에 개통한다고 발표했다.",
        "도서관에서는 주말마다 어린이를 위한 책 읽기 행사가 열린다.",
        "올해 여름은 예년보다 더워 곳곳에서 최고 기온을 경신했다.",
    ],
}

# Clean controls that look suspicious: rare characters, 'Ã' in Portuguese, quoted mojibake,
# genuine traditional text, pinyin in a lesson, names and acronyms in brackets.
CONTROLS = [
    "A cidade de São Tomé fica no Golfo da Guiné; \"Ã\" é uma letra do alfabeto?",
    "ÃO é a terminação de muitas palavras portuguesas, como PÃO e CHÃO.",
    "他姓覃，住在邕江边的一个小镇上，喜欢研究甲骨文里的“䶮”字。",
    "所谓乱码，就是把“涓枃”这样的字符串显示在屏幕上。",
    "臺灣的軟體業者表示，網路資訊安全是今年的重點。",
    "香港特首今日在立法會回應議員提問，並表示巴士服務將會改善。",
    "今天我们学习拼音：“妈(mā)”是第一声，“马(mǎ)”是第三声。",
    "记者李明(Li Ming)报道，各级党委（党组）要用好AI(人工智能)，迎接2026(丙午)年。",
    "I think so? I do. Then I left.",
    "Ünïcödé façade naïve coöperate — “quoted” ‘single’ …",
    "Москва — столица России. США и ЕС обсудили санкции.",
    "日本語の文章には、ひらがなとカタカナと漢字が混ざっています。",
    "한국어 문장은 한글로 쓰며 가끔 漢字를 괄호 안에 적는다.",
    "<p class=\"lead\">市政府&nbsp;宣布 &lt;通知&gt; 3 &amp; 4</p>",
    "价格为１２０元（含税），详见《通知》第３条。",
]

_UTF8_VICTIMS = {
    "western": ("cp1252", "latin-1"),
    "cjk": ("gbk", "gb18030", "big5", "shift_jis", "euc_kr", "cp1251", "koi8_r"),
    "cyrillic": ("cp1251", "koi8_r"),
}
_LEGACY = {"zh": "gbk", "zh_tw": "big5", "ja": "shift_jis", "ko": "euc_kr", "ru": "cp1251", "uk": "cp1251"}


@dataclass(slots=True, frozen=True)
class Case:
    category: str
    kind: str
    clean: str
    corrupted: str


def _category(lang: str) -> str:
    if lang in ("ru", "uk"):
        return "cyrillic"
    return "cjk" if lang in ("zh", "zh_tw", "ja", "ko") else "western"


def _misread(text: str, wrong: str, right: str = "utf-8") -> tuple[str, bool]:
    """``text`` encoded with ``right`` and decoded with ``wrong``; (result, lossless)."""
    data = text.encode(right)
    try:
        return data.decode(wrong), True
    except UnicodeDecodeError:
        return data.decode(wrong, errors="replace"), False


def _mojibake(lang: str, text: str) -> Iterator[Case]:
    cat = _category(lang)
    wrongs = (*_UTF8_VICTIMS[cat], *(_UTF8_VICTIMS["cjk"] if cat != "cjk" else ()))
    for wrong in wrongs:
        bad, lossless = _misread(text, wrong)
        if bad != text:
            yield Case(cat if lossless else "lossy", f"utf-8 as {wrong}", text, bad)
    if lang in _LEGACY:
        for wrong in ("latin-1", "cp1252"):
            bad, lossless = _misread(text, wrong, _LEGACY[lang])
            if lossless:
                yield Case(cat, f"{_LEGACY[lang]} as {wrong}", text, bad)
    once, ok = _misread(text, "gbk" if cat == "cjk" else "cp1252")
    twice, ok2 = _misread(once, "gbk" if cat == "cjk" else "cp1252")
    if ok and ok2:
        yield Case(cat, "two layers", text, twice)


def _embedded(lang: str, text: str, other: str) -> Iterator[Case]:
    """One paragraph of mojibake inside otherwise clean text."""
    wrong = {"cjk": "gbk", "cyrillic": "koi8_r", "western": "cp1252"}[_category(lang)]
    bad, lossless = _misread(text, wrong)
    if lossless and bad != text:
        yield Case(_category(lang), "embedded paragraph", f"{other}\n{text}\n{other}", f"{other}\n{bad}\n{other}")


def _lost_lead(rng: random.Random) -> Iterator[Case]:
    """Seed-style damage: a GBK lead byte lost to '?', its trail byte stranded."""
    text = "經濟發展營造良好環境，各地營造創新氛圍。"
    data = text.encode("gbk")
    pos = data.index("營".encode("gbk"))
    damaged = data[:pos] + b"?" + data[pos + 1 :]
    yield Case("lossy", "lost lead byte + repeat", text, damaged.decode("gbk", errors="replace"))
    text2 = "山頂營地風景很好。"
    data2 = text2.encode("gbk")
    pos2 = data2.index("營".encode("gbk"))
    yield Case("lossy", "lost lead byte, no evidence", text2, (data2[:pos2] + b"?" + data2[pos2 + 1 :]).decode("gbk"))
    del rng


def cases(seed: int = 7) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    for lang, texts in CLEAN.items():
        for i, text in enumerate(texts):
            out.extend(_mojibake(lang, text))
            out.extend(_embedded(lang, text, texts[i - 1] if len(texts) > 1 else CLEAN["en"][0]))
            out.append(Case("control", f"clean {lang}", text, text))
    out.extend(Case("control", "suspicious", t, t) for t in CONTROLS)
    out.extend(_lost_lead(rng))
    for text in ("这个软件质量很好。", "中文里的“锟斤拷”"):
        gbk_as_utf8 = text.encode("gbk").decode("utf-8", errors="replace")
        out.append(Case("lossy", "gbk as utf-8", text, gbk_as_utf8))
    out.append(Case("lossy", "锟斤拷", "记者从现场获悉，事故原因正在调查。", "记者从现场获悉，锟斤拷原因正在调查。"))
    return out


def obfuscated(text: str, converter: str, style: int) -> str:
    """``text`` converted to traditional by OpenCC ``converter``, pinyin after converted chars."""
    import opencc
    from pypinyin import Style, pinyin

    styles = (Style.TONE, Style.TONE3, Style.NORMAL)
    brackets = ("()", "（）", "【】")
    trad = opencc.OpenCC(converter).convert(text)
    out = []
    for simp, char in zip(text, trad, strict=True):
        out.append(char)
        if simp != char:
            reading = pinyin(char, style=styles[style % 3])[0][0]
            pair = brackets[style % 3]
            out.append(f"{pair[0]}{reading}{pair[1]}")
    return "".join(out)


def obfuscation_cases() -> list[Case]:
    out = []
    for i, text in enumerate(CLEAN["zh"]):
        for j, conv in enumerate(("s2t", "s2tw", "s2hk")):
            out.append(Case("obfuscation", f"{conv}+pinyin", text, obfuscated(text, conv, i + j)))
    return out
