# ruff: noqa: E501
"""Audit23 cases: text damaged at the byte level and by encoding confusions, the way real reposts are.

Groups: ``lead`` a lead byte lost to ``?`` before an ASCII trail (GBK, Big5, Shift_JIS; before digits,
before and on punctuation, at a line end, in a title; seed-like with its own reading), ``mis`` damage that
misaligns the bytes after it (a lead lost to ``?`` or dropped, a trail dropped or turned to ``?``: simplified
GBK, EUC-JP, EUC-KR), ``rep`` U+FFFD runs, 锟斤拷 and truncation mid-character (end of file, end of a
paragraph), ``mix`` a UTF-8 page holding a paragraph or title in raw legacy bytes, ``moj`` mojibake pasted
as text (one layer, two layers, one paragraph inside clean text), ``lab`` lying labels (HTTP header and
meta both wrong, BOMs against the meta), ``ctl`` clean controls that look damaged.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import a23_texts as T  # noqa: E402
from a23_build import (  # noqa: E402
    A8,
    LEAD_DROP,
    LEAD_Q,
    RAW_OFF,
    RAW_ON,
    TRAIL_DROP,
    TRAIL_Q,
    a14,
    body,
    case,
    damage,
    dump,
    enc,
    farm_html,
    g,
    hurt,
    lost,
    page,
    text_dump,
)
from a23_texts import Story  # noqa: E402

ob = a14.ob
S2T = g()
TRAD_HEAD = [ob.convert(a14.SPAM, "s2t")]
TRAD_CRUMB = [ob.convert(a14.CRUMB, "s2t")]


def trad_dump(s: Story) -> str:
    return dump(s, head=TRAD_HEAD, crumb=TRAD_CRUMB)


def moji(text: str, right: str, wrong: str) -> str:
    return a14.a8.moji(text, right, wrong)


def with_args(c: A8, *args: str) -> A8:
    c.case.args.extend(args)
    return c


# --- lead: a lead byte lost to "?" before an ASCII trail ------------------------------------------------------

def lead_cases() -> list[A8]:
    c: list[A8] = []
    rice, tide, fair = T.RICE, T.TIDE, T.BOOKFAIR_JA
    c.append(hurt("lead01_gbk_tw_before_digit", "lead", rice, 2, "約", LEAD_Q, "gbk", trad_dump, expect="flag"))
    c.append(hurt("lead02_gbk_tw_before_comma", "lead", rice, 4 - 1, "說", LEAD_Q, "gbk", trad_dump))
    c.append(hurt("lead03_gbk_tw_title_html", "lead", rice, 0, "產", LEAD_Q, "gbk", lambda s: farm_html(s, charset="gbk", chrome=lambda x: ob.convert(x, "s2t")), expect="settled"))
    c.append(hurt("lead04_gbk_tw_repeated_word", "lead", rice, 3, "銷", LEAD_Q, "gbk", trad_dump, expect="settled"))
    c.append(hurt("lead05_big5_comma_lost", "lead", tide, 2, "，", LEAD_Q, "big5", trad_dump, nth=1))
    c.append(hurt("lead06_big5_5c_settled", "lead", tide, 2, "許", LEAD_Q, "big5", trad_dump, nth=1, expect="settled"))
    c.append(hurt("lead07_big5_line_end_period", "lead", tide, 1, "。", LEAD_Q, "big5", trad_dump, nth=1))
    c.append(hurt("lead08_big5_title_html", "lead", tide, 0, "設", LEAD_Q, "big5",
                  lambda s: page(s, lang="zh-TW", charset="big5", title=escape(s.title), site="海港新聞網"), expect="settled"))
    c.append(hurt("lead09_sjis_5c_settled", "lead", fair, 2, "表", LEAD_Q, "shift_jis", lambda s: page(s, lang="ja", charset="shift_jis", site="まちニュース"), nth=2, expect="settled"))
    c.append(hurt("lead10_sjis_title_dump", "lead", fair, 0, "本", LEAD_Q, "shift_jis", lambda s: text_dump(s, site="まちニュース速報"), expect="settled"))
    c.append(hurt("lead11_sjis_before_digit_unsettled", "lead", fair, 1, "ら", LEAD_Q, "shift_jis", lambda s: text_dump(s, site="まちニュース速報"), nth=1) if False else
             hurt("lead11_sjis_ten_unsettled", "lead", fair, 1, "十", LEAD_Q, "shift_jis", lambda s: text_dump(s, site="まちニュース速報"), expect="flag"))
    # the seed's shape: s2t with readings, the lost character's own reading after its trail byte
    c.append(lost("lead12_seed_own_reading_title", T.LIBRARY, 0, 0, lambda s: dump(s, f=S2T), own=("tone", "()"), group="lead", meta_={"script": "simplified"}))
    c.append(lost("lead13_seed_last_para", T.FERRY, 3, 2, lambda s: dump(s, f=S2T), group="lead"))
    return c


# --- mis: damage that misaligns the bytes after it -------------------------------------------------------------

def mis_cases() -> list[A8]:
    c: list[A8] = []
    lib, ferry, sak, ko = T.LIBRARY, T.FERRY, T.SAKURA_JA, T.BOOKS_KO
    c.append(hurt("mis01_gbk_lead_q_settled", "mis", lib, 2, "驿", LEAD_Q, "gbk", dump, expect="settled"))
    c.append(hurt("mis02_gbk_lead_dropped", "mis", lib, 3, "愿", LEAD_DROP, "gbk", dump))
    c.append(hurt("mis03_gbk_trail_dropped_settled", "mis", ferry, 2, "渡", TRAIL_DROP, "gbk", lambda s: farm_html(s, charset="gbk"), expect="settled"))
    c.append(hurt("mis04_gbk_trail_q", "mis", ferry, 3, "舒", TRAIL_Q, "gbk", dump))
    c.append(hurt("mis05_gbk_trail_dropped_para_end", "mis", lib, 1, "。", TRAIL_DROP, "gbk", dump, nth=1, expect="flag"))
    c.append(hurt("mis06_eucjp_lead_q_settled", "mis", sak, 1, "桜", LEAD_Q, "euc_jp", lambda s: page(s, lang="ja", charset="euc-jp", site="地域ニュース"), expect="settled"))
    c.append(hurt("mis07_eucjp_trail_dropped_name", "mis", sak, 2, "藤", TRAIL_DROP, "euc_jp", lambda s: text_dump(s, site="地域ニュース"), expect="flag"))
    c.append(hurt("mis08_euckr_lead_q_settled", "mis", ko, 1, "책", LEAD_Q, "euc_kr", lambda s: page(s, lang="ko", charset="euc-kr", site="동네소식"), nth=2, expect="settled"))
    c.append(hurt("mis09_euckr_lead_dropped_word_end", "mis", ko, 2, "연", LEAD_DROP, "euc_kr", lambda s: text_dump(s, site="동네소식"), expect="flag"))
    c.append(hurt("mis10_gbk_title_lead_dropped_html", "mis", ferry, 0, "渡", LEAD_DROP, "gbk", lambda s: farm_html(s, charset="gbk"), nth=1))
    return c


# --- rep: U+FFFD, 锟斤拷, truncation ------------------------------------------------------------------------------

def rep_cases() -> list[A8]:
    c: list[A8] = []
    lib, ferry, tram, sak, fr, de = T.LIBRARY, T.FERRY, T.TRAM_RU, T.SAKURA_JA, T.LIBRARY_FR, T.FERRY_DE
    paras = list(ferry.paras)
    paras[2] = paras[2].replace("柴油", "锟斤拷锟斤拷", 1)
    bad = Story(ferry.title, tuple(paras), ferry.publisher, ferry.author)
    c.append(case("rep01_kunjinkao_run_gbk_html", "rep", enc(farm_html(bad, charset="gbk"), "gbk"), "html", ferry.title, body(bad), flags=("replacement_chars",)))
    t = lib.title.replace("图书驿站", "\ufffd\ufffd\ufffd\ufffd")
    c.append(case("rep02_fffd_run_title_utf8_html", "rep", farm_html(lib, h1=escape(t), title_tag=t + "_星空资讯网").encode(), "html", t, body(lib), flags=("replacement_chars",)))
    raw = text_dump(tram, site="Новости Поволжья").encode()
    c.append(case("rep03_utf8_cut_eof_ru", "rep", raw[:-2], "txt", tram.title, body(tram)[:-2] + "\ufffd", flags=("replacement_chars",)))
    raw = text_dump(sak, site="地域ニュース").encode("euc_jp")
    c.append(case("rep04_eucjp_cut_eof", "rep", raw[:-1], "txt", sak.title, body(sak)[:-1] + "\ufffd", flags=("replacement_chars",)))
    raw = enc(trad_dump(T.TIDE), "big5")
    c.append(case("rep05_big5_cut_eof", "rep", raw[:-1], "txt", T.TIDE.title, body(T.TIDE)[:-1] + "\ufffd", flags=("replacement_chars",)))
    de_bad = Story(*(x.encode("cp1252").decode("utf-8", "replace") for x in (de.title,)), tuple(p.encode("cp1252").decode("utf-8", "replace") for p in de.paras))
    c.append(case("rep06_latin1_read_as_utf8_de", "rep", page(de_bad, lang="de", site="Seebote").encode(), "html", de_bad.title, body(de_bad), flags=("replacement_chars",)))
    # a CMS cut a paragraph's excerpt in the middle of a UTF-8 character (mid-file)
    p0 = fr.paras[0]
    cut = p0.index("réviser") + 1
    html = page(fr, lang="fr", site="Le Petit Rhône", paras=[escape(p0[:cut]) + RAW_ON + "\ue020" + RAW_OFF, *(escape(p) for p in fr.paras[1:])])
    data = html.encode().replace("\ue020".encode(), "é".encode()[:1])
    c.append(case("rep07_utf8_paragraph_cut_mid_char_fr", "rep", data.replace(RAW_ON.encode(), b"").replace(RAW_OFF.encode(), b""), "html", fr.title,
                  "\n".join([p0[:cut] + "\ufffd", *fr.paras[1:]]), flags=("replacement_chars",)))
    # the seed's own line end: a GBK character cut at the end of a paragraph, the next one starting clean
    raw = enc(dump(lib), "gbk")
    i = raw.index(enc(lib.paras[0], "gbk") + b"\n") + len(enc(lib.paras[0], "gbk")) - 2  # the first paragraph's closing 。
    c.append(case("rep08_gbk_cut_line_end_mid_file", "rep", raw[:i + 1] + raw[i + 2 :], "txt", lib.title,
                  body(lib).replace(lib.paras[0], lib.paras[0][:-1] + "\ufffd"), flags=("replacement_chars",)))
    return c


# --- mix: a UTF-8 page holding raw legacy bytes ------------------------------------------------------------------

def mix_cases() -> list[A8]:
    c: list[A8] = []
    lib, tide, fair, ferry, fr, tram = T.LIBRARY, T.TIDE, T.BOOKFAIR_JA, T.FERRY, T.LIBRARY_FR, T.TRAM_RU

    def raw_para(s: Story, n: int) -> list[str]:
        return [RAW_ON + escape(p) + RAW_OFF if i == n else escape(p) for i, p in enumerate(s.paras)]

    c.append(case("mix01_utf8_page_gbk_paragraph", "mix", damage(farm_html(lib, paras=raw_para(lib, 2), raw=True), "utf-8", "gbk"), "html", lib.title, body(lib)))
    c.append(case("mix02_utf8_page_big5_h1", "mix", damage(page(tide, lang="zh-TW", title=RAW_ON + escape(tide.title) + RAW_OFF, site="海港新聞網"), "utf-8", "big5"), "html", tide.title, body(tide)))
    c.append(case("mix03_utf8_page_sjis_paragraph", "mix", damage(page(fair, lang="ja", paras=raw_para(fair, 1), site="まちニュース"), "utf-8", "shift_jis"), "html", fair.title, body(fair)))
    c.append(case("mix04_utf8_dump_gbk_title", "mix", damage(dump(ferry, title=RAW_ON + ferry.title + RAW_OFF), "utf-8", "gbk"), "txt", ferry.title, body(ferry)))
    c.append(case("mix05_utf8_page_cp1252_paragraph_fr", "mix", damage(page(fr, lang="fr", paras=raw_para(fr, 1), site="Le Petit Rhône"), "utf-8", "cp1252"), "html", fr.title, body(fr)))
    c.append(case("mix06_utf8_page_cp1251_paragraph_ru", "mix", damage(page(tram, lang="ru", paras=raw_para(tram, 1), site="Новости Поволжья"), "utf-8", "cp1251"), "html", tram.title, body(tram)))
    c.append(case("mix07_gbk_page_utf8_paragraph", "mix", damage(farm_html(lib, charset="gbk", paras=raw_para(lib, 1), raw=True), "gbk", "utf-8"), "html", lib.title, body(lib)))
    return c


# --- moj: mojibake pasted as text --------------------------------------------------------------------------------

def moj_cases() -> list[A8]:
    c: list[A8] = []
    lib, ferry, tram, fr, sak = T.LIBRARY, T.FERRY, T.TRAM_RU, T.LIBRARY_FR, T.SAKURA_JA

    def one(s: Story, n: int, f: object) -> list[str]:
        return [escape(f(p)) if i == n else escape(p) for i, p in enumerate(s.paras)]  # type: ignore[operator]

    c.append(case("moj01_gbk_as_cp1252_paragraph", "moj", farm_html(lib, paras=one(lib, 1, lambda p: moji(p, "gbk", "cp1252")), raw=True).encode(), "html", lib.title, body(lib)))
    c.append(case("moj02_ru_utf8_as_gb18030_paragraph", "moj", page(tram, lang="ru", paras=one(tram, 1, lambda p: moji(p, "utf-8", "gb18030")), site="Новости Поволжья").encode(), "html", tram.title, body(tram)))
    two = moji(moji(lib.paras[3], "gbk", "cp1252"), "utf-8", "cp1252")
    c.append(case("moj03_double_layer_gbk_cp1252_twice_dump", "moj", dump(lib, paras=[*lib.paras[:3], two]).encode(), "txt", lib.title, body(lib)))
    c.append(case("moj04_ru_utf8_as_cp1251_paragraph", "moj", page(tram, lang="ru", paras=one(tram, 0, lambda p: moji(p, "utf-8", "cp1251")), site="Новости Поволжья").encode(), "html", tram.title, body(tram)))
    c.append(case("moj05_fr_double_utf8_paragraph", "moj", page(fr, lang="fr", paras=one(fr, 1, lambda p: moji(moji(p, "utf-8", "cp1252"), "utf-8", "cp1252")), site="Le Petit Rhône").encode(), "html", fr.title, body(fr)))
    c.append(case("moj06_ja_sjis_as_cp1252_paragraph", "moj", page(sak, lang="ja", paras=one(sak, 1, lambda p: moji(p, "shift_jis", "cp1252")), site="地域ニュース").encode(), "html", sak.title, body(sak)))
    c.append(case("moj07_ru_koi8_as_cp1251_paragraph", "moj", page(tram, lang="ru", paras=one(tram, 2, lambda p: moji(p, "koi8-r", "cp1251")), site="Новости Поволжья").encode(), "html", tram.title, body(tram)))
    c.append(case("moj08_gbk_title_as_cp1252_dump", "moj", dump(ferry, title=moji(ferry.title, "gbk", "cp1252")).encode(), "txt", ferry.title, body(ferry)))
    c.append(case("moj09_fr_utf8_gb18030_cp1252_two_layers", "moj", page(fr, lang="fr", paras=one(fr, 2, lambda p: moji(moji(p, "utf-8", "gb18030"), "utf-8", "cp1252")), site="Le Petit Rhône").encode(), "html", fr.title, body(fr)))
    return c


# --- lab: lying labels and BOMs ----------------------------------------------------------------------------------

def lab_cases() -> list[A8]:
    c: list[A8] = []
    lib, ferry, tram, fair, fr, ko, tide = T.LIBRARY, T.FERRY, T.TRAM_RU, T.BOOKFAIR_JA, T.LIBRARY_FR, T.BOOKS_KO, T.TIDE
    mis = {"mislabeled": True}
    c.append(with_args(case("lab01_koi8_header_utf8_meta_1251", "lab", page(tram, lang="ru", charset="windows-1251", site="Новости Поволжья").encode("koi8-r"), "html", tram.title, body(tram), meta=mis),
                       "--content-type", "text/html; charset=utf-8"))
    c.append(with_args(case("lab02_gbk_header_big5_meta_utf8", "lab", enc(farm_html(lib, charset="utf-8"), "gbk"), "html", lib.title, body(lib), meta=mis),
                       "--content-type", "text/html; charset=big5"))
    c.append(with_args(case("lab03_sjis_header_eucjp_meta_utf8", "lab", page(fair, lang="ja", charset="utf-8", site="まちニュース").encode("shift_jis"), "html", fair.title, body(fair), meta=mis),
                       "--content-type", "text/html; charset=euc-jp"))
    c.append(with_args(case("lab04_cp1252_header_utf8_meta_latin2", "lab", page(fr, lang="fr", charset="iso-8859-2", site="Le Petit Rhône").encode("cp1252"), "html", fr.title, body(fr), meta=mis),
                       "--content-type", "text/html; charset=utf-8"))
    c.append(case("lab05_euckr_meta_gb2312", "lab", page(ko, lang="ko", charset="gb2312", site="동네소식").encode("euc_kr"), "html", ko.title, body(ko), meta=mis))
    bom = b"\xef\xbb\xbf"
    c.append(case("bom01_utf8_bom_meta_gbk", "lab", bom + farm_html(lib, charset="gbk").encode(), "html", lib.title, body(lib)))
    c.append(case("bom02_utf8_bom_on_gbk_bytes", "lab", bom + enc(farm_html(ferry, charset="gbk"), "gbk"), "html", ferry.title, body(ferry)))
    c.append(case("bom03_utf16le_bom_meta_utf8", "lab", "\ufeff".encode("utf-16-le") + page(tide, lang="zh-TW", charset="utf-8", site="海港新聞網").encode("utf-16-le"), "html", tide.title, body(tide)))
    c.append(case("bom04_utf8_bom_meta_1251_ru", "lab", bom + page(tram, lang="ru", charset="windows-1251", site="Новости Поволжья").encode(), "html", tram.title, body(tram)))
    c.append(case("bom05_utf8_bom_gbk_dump", "lab", bom + enc(dump(lib), "gbk"), "txt", lib.title, body(lib)))
    return c


# --- ctl: clean controls that look damaged -----------------------------------------------------------------------

def ctl_cases() -> list[A8]:
    c: list[A8] = []
    moj, rare, drone, clinic = T.MOJIBAKE_ZH, T.RARE, T.DRONE, T.CLINIC
    nof = ("replacement_chars", "lost_lead_byte")
    c.append(case("ctl01_about_kunjinkao_utf8_html", "ctl", farm_html(moj).encode(), "html", moj.title, body(moj), no_flags=nof))
    c.append(case("ctl02_about_kunjinkao_utf8_dump", "ctl", dump(moj).encode(), "txt", moj.title, body(moj), no_flags=nof))
    c.append(case("ctl03_rare_cjk_gb18030_labeled_gb2312", "ctl", enc(farm_html(rare, charset="gb2312"), "gb18030"), "html", rare.title, body(rare), no_flags=nof, meta={"author": "李喆"}))
    c.append(case("ctl04_question_marks_utf8_dump", "ctl", dump(drone).encode(), "txt", drone.title, body(drone), no_flags=nof))
    c.append(case("ctl05_question_marks_gbk_html", "ctl", enc(farm_html(drone, charset="gbk"), "gbk"), "html", drone.title, body(drone), no_flags=nof))
    c.append(case("ctl06_letters_in_words_gbk_dump", "ctl", enc(dump(clinic), "gbk"), "txt", clinic.title, body(clinic), no_flags=nof))
    c.append(case("ctl07_pt_caps_cp1252", "ctl", page(T.BRIDGE_PT, lang="pt-BR", charset="windows-1252", site="Jornal do Vale").encode("cp1252"), "html", T.BRIDGE_PT.title, body(T.BRIDGE_PT), no_flags=nof))
    c.append(case("ctl08_pt_caps_utf8_dump", "ctl", text_dump(T.BRIDGE_PT, site="Jornal do Vale").encode(), "txt", T.BRIDGE_PT.title, body(T.BRIDGE_PT), no_flags=nof))
    c.append(case("ctl09_en_about_mojibake_utf8", "ctl", page(T.CAFE_EN, lang="en", site="The Daily Byte").encode(), "html", T.CAFE_EN.title, body(T.CAFE_EN), no_flags=nof))
    c.append(case("ctl10_ru_about_krakozyabry_1251", "ctl", page(T.KRAKO_RU, lang="ru", charset="windows-1251", site="Компьютерра").encode("cp1251"), "html", T.KRAKO_RU.title, body(T.KRAKO_RU), no_flags=nof))
    c.append(case("ctl11_ko_cp949_syllables_labeled_euckr", "ctl", page(T.TOMYUM_KO, lang="ko", charset="euc-kr", site="동네소식").encode("cp949"), "html", T.TOMYUM_KO.title, body(T.TOMYUM_KO), no_flags=nof))
    c.append(case("ctl12_rare_cjk_gb18030_dump_no_label", "ctl", enc(dump(rare), "gb18030"), "txt", rare.title, body(rare), no_flags=nof))
    return c


def build_all() -> list[A8]:
    return [*lead_cases(), *mis_cases(), *rep_cases(), *mix_cases(), *moj_cases(), *lab_cases(), *ctl_cases()]
