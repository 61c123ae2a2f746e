# ruff: noqa: E501
"""Audit8 cases: decode + repair on pages built like the seed and like real farms.

Groups: ``d`` legacy encodings with right / missing / wrong labels and mixed regions, ``m`` mojibake
one or two layers deep in a title or a paragraph, ``l`` lossy byte damage (recovered only when the
page determines it, flagged otherwise), ``p`` reading glosses and legitimate brackets, ``s`` script
restoration and text that must stay as written. Expected outputs are the articles as written (a8_texts),
decided by reasoning about the bytes, never by running the tool.
"""

from __future__ import annotations

import a8_texts as t
from a8_build import (
    A8,
    CHROME,
    body_of,
    case,
    dump,
    farm_html,
    lose_lead,
    lose_lead_misaligned,
    moji,
    ob,
    obf,
    seed_dump,
    settled_by_page,
    settled_misaligned,
)
from a8_texts import Art


def _enc(text: str, codec: str) -> bytes:
    """``text`` in ``codec``; spaces the codec lacks become what a legacy editor writes (U+3000 or a space)."""
    for space, alt in (("\u2003", "\u3000"), ("\u3000", " "), ("\xa0", " ")):
        try:
            space.encode(codec)
        except UnicodeEncodeError:
            text = text.replace(space, alt)
    return text.encode(codec)


def decode_cases() -> list[A8]:
    c: list[A8] = []
    pipes, museum = t.PIPES, t.MUSEUM
    c.append(case("d01_gbk_seed_txt", "d", _enc(seed_dump(pipes), "gbk"), "txt", pipes[0], body_of(pipes), meta={"encoding": "gb18030"}))
    c.append(case("d02_gb18030_4byte_txt", "d", _enc(dump(museum[0], museum[1]), "gb18030"), "txt", museum[0], body_of(museum)))
    c.append(case("d03_gb18030_label_gb2312", "d", _enc(farm_html(museum[0], museum[1], "gb2312"), "gb18030"), "html", museum[0], body_of(museum)))
    tw, hk = t.TAIWAN, t.HONGKONG
    c.append(case("d04_big5_tw_label_gb2312", "d", _enc(farm_html(tw[0], tw[1], "gb2312", lang="tw"), "big5"), "html", tw[0], body_of(tw), meta={"mislabeled": True, "script": "traditional"}))
    c.append(case("d05_big5_hk_nolabel_txt", "d", _enc(dump(hk[0], hk[1], lang="tw"), "big5hkscs"), "txt", hk[0], body_of(hk), meta={"script": "traditional"}))
    farm = t.FARM
    zy = dump(obf(farm[0], "s2tw", "zhuyin", "（）", fold=False), [obf(p, "s2tw", "zhuyin", "（）", fold=False) for p in farm[1]], lang="tw")
    c.append(case("d06_big5_s2tw_zhuyin_html", "d", _enc(farm_html(obf(farm[0], "s2tw", "zhuyin", "（）", fold=False), [obf(p, "s2tw", "zhuyin", "（）", fold=False) for p in farm[1]], "big5", lang="tw"), "big5"), "html", farm[0], body_of(farm)))
    c.append(case("d07_big5_s2tw_zhuyin_txt", "d", _enc(zy, "big5"), "txt", farm[0], body_of(farm)))
    ja = t.JAPAN
    c.append(case("d08_sjis_ja_label_ok", "d", _enc(farm_html(ja[0], ja[1], "shift_jis", lang="ja"), "cp932"), "html", ja[0], body_of(ja)))
    c.append(case("d09_sjis_ja_nolabel_txt", "d", _enc(dump(ja[0], ja[1], lang="ja"), "cp932"), "txt", ja[0], body_of(ja)))
    c.append(case("d10_sjis_ja_label_gbk", "d", _enc(farm_html(ja[0], ja[1], "gbk", lang="ja"), "cp932"), "html", ja[0], body_of(ja), meta={"mislabeled": True}))
    ko = t.KOREA
    c.append(case("d11_euckr_label_ok", "d", _enc(farm_html(ko[0], ko[1], "euc-kr", lang="ko"), "euc_kr"), "html", ko[0], body_of(ko)))
    c.append(case("d12_euckr_label_latin1", "d", _enc(farm_html(ko[0], ko[1], "iso-8859-1", lang="ko"), "euc_kr"), "html", ko[0], body_of(ko), meta={"mislabeled": True}))
    c.append(case("d13_euckr_nolabel_txt", "d", _enc(dump(ko[0], ko[1], lang="ko"), "euc_kr"), "txt", ko[0], body_of(ko)))
    ru, ru2 = t.RUSSIA, t.RUSSIA2
    c.append(case("d14_cp1251_label_koi8r", "d", _enc(farm_html(ru[0], ru[1], "koi8-r", lang="ru"), "cp1251"), "html", ru[0], body_of(ru), meta={"mislabeled": True}))
    c.append(case("d15_cp1251_nolabel_txt", "d", _enc(dump(ru2[0], ru2[1], lang="ru"), "cp1251"), "txt", ru2[0], body_of(ru2)))
    c.append(case("d16_koi8r_label_cp1251", "d", _enc(farm_html(ru2[0], ru2[1], "windows-1251", lang="ru"), "koi8_r"), "html", ru2[0], body_of(ru2), meta={"mislabeled": True}))
    c.append(case("d17_koi8r_nolabel_txt", "d", _enc(dump(ru[0], ru[1], lang="ru"), "koi8_r"), "txt", ru[0], body_of(ru)))
    rail = t.RAIL
    c.append(case("d18_utf16le_bom_seed_txt", "d", b"\xff\xfe" + _enc(seed_dump(rail), "utf-16-le"), "txt", rail[0], body_of(rail)))
    c.append(case("d19_utf16be_bom_html", "d", b"\xfe\xff" + _enc(farm_html(rail[0], rail[1], "utf-16"), "utf-16-be"), "html", rail[0], body_of(rail)))
    c.append(case("d20_utf16le_nobom_txt", "d", _enc(dump(pipes[0], pipes[1]), "utf-16-le"), "txt", pipes[0], body_of(pipes)))
    es, br = t.SPAIN, t.BRAZIL
    c.append(case("d21_cp1252_es_label_utf8", "d", _enc(farm_html(es[0], es[1], "utf-8", lang="es"), "cp1252"), "html", es[0], body_of(es), meta={"mislabeled": True}))
    c.append(case("d22_latin1_pt_nolabel_txt", "d", _enc(dump(br[0], br[1], lang="pt"), "cp1252"), "txt", br[0], body_of(br)))
    c.append(case("d23_utf8_pt_real_atilde", "d", _enc(farm_html(br[0], br[1], "utf-8", lang="pt"), "utf-8"), "html", br[0], body_of(br), meta={"mislabeled": False}))
    # a GBK page with one raw UTF-8 title (the farm pasted the headline from a UTF-8 source)
    farm_t = seed_dump(farm).split("\n")
    ti = farm_t.index(obf(farm[0]))
    mixed = b"\n".join(_enc(ln, "utf-8" if i == ti else "gbk") for i, ln in enumerate(farm_t))
    c.append(case("d24_gbk_seed_utf8_title", "d", mixed, "txt", farm[0], body_of(farm)))
    towns = t.TOWNS
    html = farm_html(towns[0], towns[1], "gbk")
    p2 = towns[1][1]
    raw = _enc(html, "gbk").replace(_enc(p2, "gbk"), _enc(p2, "utf-8"))
    c.append(case("d25_gbk_html_utf8_paragraph", "d", raw, "html", towns[0], body_of(towns)))
    html = farm_html(tw[0], tw[1], "big5", lang="tw")
    raw = _enc(html, "big5").replace(_enc(tw[1][1], "big5"), _enc(tw[1][1], "utf-8"))
    c.append(case("d26_big5_html_utf8_paragraph", "d", raw, "html", tw[0], body_of(tw), meta={"script": "traditional"}))
    tea = t.TEA
    c.append(case("d27_gbk_http_equiv_utf8", "d", _enc(farm_html(tea[0], tea[1], "utf-8", http_equiv=True), "gbk"), "html", tea[0], body_of(tea), meta={"mislabeled": True}))
    c.append(case("d28_gbk_label_big5", "d", _enc(farm_html(tea[0], tea[1], "big5"), "gbk"), "html", tea[0], body_of(tea), meta={"mislabeled": True}))
    return c


def mojibake_cases() -> list[A8]:
    c: list[A8] = []
    rail, tw = t.RAIL, t.TAIWAN
    # seed page whose converted title went through two layers: UTF-8 read as GB18030, that UTF-8 read as cp1252
    title = obf(rail[0], fold=False, rate=0.0)
    page = seed_dump(rail).split("\n")
    page[page.index(obf(rail[0]))] = ob.cp1252_moji(moji(title, "utf-8", "gb18030"))
    c.append(case("m01_seed_title_two_layers", "m", "\n".join(page).encode(), "txt", rail[0], body_of(rail)))
    page = dump(moji(rail[0], "utf-8", "gb18030"), rail[1])
    c.append(case("m02_title_utf8_as_gb18030", "m", page.encode(), "txt", rail[0], body_of(rail)))
    # UTF-8 read as Big5 loses bytes everywhere (U+FFFD): nothing determines them; flagged, left as is
    paras = list(tw[1])
    paras[1] = tw[1][1].encode().decode("big5", "replace")
    c.append(case("m03_tw_para_utf8_as_big5_lossy", "m", dump(tw[0], paras, lang="tw").encode(), "txt", tw[0], "\n".join(paras), flags=("replacement_chars",)))
    ru, ru2 = t.RUSSIA, t.RUSSIA2
    paras = list(ru[1])
    paras[1] = moji(paras[1], "utf-8", "cp1251")
    c.append(case("m04_ru_para_utf8_as_cp1251", "m", farm_html(ru[0], paras, lang="ru").encode(), "html", ru[0], body_of(ru)))
    c.append(case("m05_ru_title_double_cp1251", "m", dump(moji(moji(ru2[0], "utf-8", "cp1251"), "utf-8", "cp1251"), ru2[1], lang="ru").encode(), "txt", ru2[0], body_of(ru2)))
    paras = list(ru[1])
    paras[0] = moji(paras[0], "utf-8", "koi8_r")
    c.append(case("m06_ru_para_utf8_as_koi8r", "m", dump(ru[0], paras, lang="ru").encode(), "txt", ru[0], body_of(ru)))
    ja, ko = t.JAPAN, t.KOREA
    paras = list(ja[1])
    paras[2] = legacy_as_1252(paras[2], "cp932")
    c.append(case("m07_ja_para_sjis_as_cp1252", "m", farm_html(ja[0], paras, lang="ja").encode(), "html", ja[0], body_of(ja)))
    paras = list(ko[1])
    paras[1] = legacy_as_1252(paras[1], "cp949")
    c.append(case("m08_ko_para_euckr_as_cp1252", "m", farm_html(ko[0], paras, lang="ko").encode(), "html", ko[0], body_of(ko)))
    es = t.SPAIN
    c.append(case("m09_es_title_cp1252", "m", dump(moji(es[0], "utf-8", "cp1252"), es[1], lang="es").encode(), "txt", es[0], body_of(es)))
    paras = list(es[1])
    paras[0] = moji(moji(paras[0], "utf-8", "cp1252"), "utf-8", "cp1252")
    c.append(case("m10_es_para_double_cp1252", "m", farm_html(es[0], paras, lang="es").encode(), "html", es[0], body_of(es)))
    towns = t.TOWNS
    # a UTF-8 page with one paragraph pasted in as raw GBK bytes
    raw = dump(towns[0], towns[1]).encode().replace(towns[1][1].encode(), towns[1][1].encode("gbk"))
    c.append(case("m11_utf8_page_gbk_para_bytes", "m", raw, "txt", towns[0], body_of(towns)))
    tea = t.TEA
    c.append(case("m12_title_gbk_as_cp1252", "m", dump(legacy_as_1252(tea[0], "gbk"), tea[1]).encode(), "txt", tea[0], body_of(tea)))
    paras = list(tw[1])
    paras[2] = legacy_as_1252(paras[2], "big5")
    c.append(case("m13_tw_para_big5_as_cp1252", "m", farm_html(tw[0], paras, lang="tw").encode(), "html", tw[0], body_of(tw)))
    return c


def legacy_as_1252(text: str, codec: str) -> str:
    """``text`` saved in a legacy codec and read as windows-1252 the WHATWG way (lossless)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode(codec))


def _strict_ok(text: str, codec: str) -> bool:
    try:
        text.encode("utf-8").decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def lossy_cases() -> list[A8]:
    c: list[A8] = []
    for name, art, pick, at in [
        # 縣(xiàn) opens the last paragraph; of the two GBK characters with trail 0x68 read xiàn, 県 is
        # the Japanese form (never in a Chinese text), and 縣 is on the page (全縣): determined
        ("l01_para_start_glossed", t.TEA, "縣", 369),
        ("l02_glossed_word", t.PIPES, "網", 221),          # 管網(wǎng): its own reading follows
        ("l03_after_comma_glossed", t.FARM, "現", 263),    # ,現(xiàn)在 after a folded comma
        ("l04_title_word_recurs", t.PIPES, "舊", 89),      # 老舊(jiù) in the title
        ("l05_word_once_unglossed", t.FARM, "糧", 218),    # 糧倉 once, no reading: not determined
        ("l06_word_recurs_unglossed", t.PIPES, "舊", 210),  # 老舊小區 recurs: the page settles it
        ("l07_rare_glossed_before_comma", t.RAIL, "雜", 312),  # 複雜(zá),
    ]:
        c.append(_lost_lead_seed(name, art, "gbk", pick, "txt", at))
    c += [_lost_lead_plain("l14_tw_big5", t.TAIWAN, "big5", "tw"), _lost_lead_plain("l15_ja_sjis", t.JAPAN, "cp932", "ja")]
    c += _replacement_cases()
    return c


def _lost_lead_seed(name: str, art: Art, codec: str, pick: str, ext: str, at: int) -> A8:
    """A seed page (s2t + readings, in ``codec``) whose character ``pick`` at ``at`` lost its lead byte."""
    text = seed_dump(art)
    start = text.index(obf(art[0]))
    damaged, i = lose_lead(text, codec, pick, at)
    found = settled_by_page(damaged, i, (codec,))
    title, body = art[0], body_of(art)
    if found == {pick}:
        return case(name, "l", _enc(damaged, codec), ext, title, body, no_flags=("lost_lead_byte",), why=f"page settles {pick}")
    # not determined: the spot stays as damaged, flagged; the rest is restored
    # the expected text: the original with the lost character as the page shows it, its reading removed
    orig = next(ch for ch in art[0] + "".join(art[1]) if ob.convert(ch, "s2t") == pick)
    spot = "?" + damaged[i + 1]
    before = ob.convert(damaged[max(start, i - 1) : i], "t2s")  # the character before, to find the place
    if i < start + len(obf(art[0])):
        title = title.replace(before + orig, before + spot, 1)
    else:
        body = body.replace(before + orig, before + spot, 1)
    return case(name, "l", _enc(damaged, codec), ext, title, body, flags=("lost_lead_byte",), why=f"candidates on page: {sorted(found)}",
                alt=(art[0], body_of(art)))


def _lost_lead_plain(name: str, art: Art, codec: str, lang: str) -> A8:
    """A genuine (not converted) page in a legacy encoding with one lead byte lost; its own words recur."""
    text = dump(art[0], art[1], lang=lang)
    picks = [ch for ch in "".join(art[1]) if ob.han(ch) and len(b := ch.encode(codec, "ignore")) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha()]
    pick = next(ch for ch in picks if picks.count(ch) > 1)
    damaged, i = lose_lead(text, codec, pick, text.index(art[1][0]))
    found = settled_by_page(damaged, i, (codec,))
    trail = damaged[i + 1]
    body = body_of(art)
    if found == {pick}:
        return case(name, "l", _enc(damaged, codec), "txt", art[0], body, no_flags=("lost_lead_byte",), why=f"page settles {pick}")
    return case(name, "l", _enc(damaged, codec), "txt", art[0], body.replace(pick, "?" + trail, 1), flags=("lost_lead_byte",),
                why=f"{pick}: candidates on page {sorted(found)}", alt=(art[0], body))


def _replacement_cases() -> list[A8]:
    c: list[A8] = []
    pipes, tea, farm = t.PIPES, t.TEA, t.FARM
    # a UTF-8 title read as GBK lost bytes (U+FFFD); each damaged character stands in a bigram the
    # clean body repeats (建设让, 种粮, 省心): settled, restored
    bad = farm[0].encode().decode("gbk", "replace")
    c.append(case("l08_title_fffd_recurs", "l", dump(bad, farm[1]).encode(), "txt", farm[0], body_of(farm), no_flags=("replacement_chars",)))
    # the same damage where the body does not repeat the damaged words (启动 of 我市启动…): flagged, left
    bad = pipes[0].encode().decode("gbk", "replace")
    c.append(case("l08b_title_fffd_unsettled", "l", dump(bad, pipes[1]).encode(), "txt", bad, body_of(pipes), flags=("replacement_chars",)))
    # 锟斤拷 in a paragraph: the bytes are gone, flagged, left as is
    paras = list(tea[1])
    paras[1] = paras[1].replace("气象信息", "气象锟斤拷锟斤拷")
    c.append(case("l09_kunjinkao_para", "l", dump(tea[0], paras).encode(), "txt", tea[0], "\n".join(paras), flags=("replacement_chars",)))
    # a GBK file cut in the middle of its last character: one lone lead byte at the end
    text = dump(farm[0], farm[1])
    data = _enc(text, "gbk")[:-1]
    cut = farm[1][-1][:-1]
    c.append(case("l10_gbk_truncated_end", "l", data, "txt", farm[0], "\n".join([*farm[1][:-1], cut + "\ufffd"]), flags=("replacement_chars",)))
    tw = t.TAIWAN
    data = _enc(dump(tw[0], tw[1], lang="tw"), "big5")[:-1]
    c.append(case("l11_big5_truncated_end", "l", data, "txt", tw[0], "\n".join([*tw[1][:-1], tw[1][-1][:-1] + "\ufffd"]), flags=("replacement_chars",)))
    # an HTML <title> cut mid-character by a byte limit; the <h1> holds the whole title
    rail = t.RAIL
    html = farm_html(rail[0], rail[1]).encode()
    tt = f"<title>{rail[0]}</title>".encode()
    cut_t = b"<title>" + rail[0].encode()[:22] + b"</title>"
    c.append(case("l12_html_title_truncated", "l", html.replace(tt, cut_t), "html", rail[0], body_of(rail)))
    # U+FFFD from a UTF-8 paragraph read as GBK where nothing on the page settles the lost byte
    paras = list(farm[1])
    paras[2] = paras[2].encode().decode("gbk", "replace")
    if "\ufffd" in paras[2]:
        c.append(case("l13_para_fffd_unsettled", "l", dump(farm[0], paras).encode(), "txt", farm[0], "\n".join(paras), flags=("replacement_chars",)))
    return c


def gloss_words(text: str, glosses: dict[str, str], bracket: str = "()") -> str:
    """Put a reading after words (a farm that glosses whole words, e.g. 规划(guī huà))."""
    for w, r in glosses.items():
        text = text.replace(w, f"{w}{bracket[0]}{r}{bracket[1]}")
    return text


def pinyin_cases() -> list[A8]:
    c: list[A8] = []
    pipes, rail, green, names, lesson, ai = t.PIPES, t.RAIL, t.GREEN, t.NAMES, t.LESSON, t.AI_EDU
    words = {"管网": "guǎn wǎng", "改造": "gǎi zào", "小区": "xiǎo qū"}
    c.append(case("p01_word_gloss_spaced", "p", dump(gloss_words(pipes[0], words), [gloss_words(p, words) for p in pipes[1]]).encode(), "txt", pipes[0], body_of(pipes)))
    words = {"管网": "guǎnwǎng", "改造": "gǎizào", "老旧": "lǎojiù"}
    c.append(case("p02_word_gloss_joined", "p", dump(pipes[0], [gloss_words(p, words, "（）") for p in pipes[1]]).encode(), "txt", pipes[0], body_of(pipes)))
    poly = {"重新": "重(chóng)新", "重要": "重(zhòng)要", "银行": "银行(háng)", "行业": "行(háng)业", "长江": "长(cháng)江", "还要": "还(hái)要"}
    paras = [_sub(p, poly) for p in rail[1]]
    c.append(case("p03_polyphonic", "p", dump(_sub(rail[0], poly), paras).encode(), "txt", rail[0], body_of(rail)))
    wrong = {"重新": "重(zhòng)新", "行业": "行(xíng)业", "长江": "长(zhǎng)江"}
    c.append(case("p04_polyphonic_other_reading", "p", dump(rail[0], [_sub(p, wrong) for p in rail[1]]).encode(), "txt", rail[0], body_of(rail)))
    punct = {"完工。": "完工(gōng)。", "发愁。": "发愁(chóu)。", "工期和": "工期(qī)和", "，尽量": "，尽(jǐn)量"}
    c.append(case("p05_gloss_at_punct", "p", dump(pipes[0], [_sub(p, punct) for p in pipes[1]]).encode(), "txt", pipes[0], body_of(pipes)))
    u = {"律师": "律(lǜ)师", "吕文华": "吕(lǚ)文华", "绿色": "绿(lǜ)色", "旅游": "旅(lǚ)游", "绿道": "绿(lv4)道", "女": "女(nü3)"}
    c.append(case("p06_umlaut_v", "p", dump(_sub(green[0], u), [_sub(p, u) for p in green[1]]).encode(), "txt", green[0], body_of(green)))
    caps = {"南京": "南京(Nánjīng)", "鼓楼区": "鼓楼区(Gǔlóu Qū)"}
    c.append(case("p07_capitals_tone", "p", dump(green[0], [_sub(p, caps) for p in green[1]]).encode(), "txt", green[0], body_of(green)))
    c.append(case("p08_names_and_units_kept_seed", "p", seed_dump(names, fold=False).encode(), "txt", names[0], body_of(names)))
    c.append(case("p09_lesson_html_kept", "p", farm_html(lesson[0], lesson[1]).encode(), "html", lesson[0], body_of(lesson)))
    lz = dump(obf(lesson[0], None), [obf(p, "s2t", fold=False, brackets="()") for p in lesson[1]])
    c.append(case("p10_lesson_seed_glossed", "p", lz.encode(), "txt", lesson[0], body_of(lesson)))
    c.append(case("p11_tone_numbers", "p", seed_dump(t.TOWNS, style="tone3").encode(), "txt", t.TOWNS[0], body_of(t.TOWNS)))
    c.append(case("p12_toneless", "p", seed_dump(t.TEA, style="none").encode(), "txt", t.TEA[0], body_of(t.TEA)))
    c.append(case("p13_lenticular", "p", seed_dump(t.FARM, brackets="【】", fold=False).encode(), "txt", t.FARM[0], body_of(t.FARM)))
    ruby = farm_html(obf(ai[0], fold=False), [ob_ruby(p) for p in ai[1]], raw_paras=True, title_tag=obf(ai[0], fold=False))
    c.append(case("p14_ruby_html", "p", ruby.encode(), "html", ai[0], body_of(ai)))
    c.append(case("p15_zhuyin_s2tw_utf8", "p", dump(obf(rail[0], "s2tw", "zhuyin", "（）", fold=False), [obf(p, "s2tw", "zhuyin", "（）", fold=False) for p in rail[1]]).encode(), "txt", rail[0], body_of(rail)))
    art = ("加强人工智能安全治理", ["各级党委（党组）要把这项工作摆上重要议事日程，人工智能（AI）应用要守住安全底线。", "各级党委（党组）主要负责同志要亲自抓，分管负责同志要具体抓。"])
    c.append(case("p16_dangwei_ai_seed", "p", seed_dump(art).encode(), "txt", art[0], body_of(art)))
    return c


def ob_ruby(p: str) -> str:
    return ob.gloss(p, "s2t", "tone", "()", 0.7, ruby=True)


def _sub(text: str, table: dict[str, str]) -> str:
    for k, v in table.items():
        text = text.replace(k, v)
    return text


def script_cases() -> list[A8]:
    c: list[A8] = []
    ai, tea, rail, farm, tw, hk, ja, pipes = t.AI_EDU, t.TEA, t.RAIL, t.FARM, t.TAIWAN, t.HONGKONG, t.JAPAN, t.PIPES
    c.append(case("s01_s2twp_seed_ai", "s", seed_dump(ai, config="s2twp").encode(), "txt", ai[0], body_of(ai)))
    c.append(case("s02_s2twp_seed_tea", "s", seed_dump(tea, config="s2twp").encode(), "txt", tea[0], body_of(tea)))
    c.append(case("s03_s2hk_seed_rail", "s", seed_dump(rail, config="s2hk").encode(), "txt", rail[0], body_of(rail)))
    c.append(case("s04_s2tw_tone3_farm", "s", seed_dump(farm, config="s2tw", style="tone3").encode(), "txt", farm[0], body_of(farm)))
    c.append(case("s05_tw_genuine_spam_txt", "s", dump(tw[0], tw[1], lang="zh").encode(), "txt", tw[0], body_of(tw), meta={"script": "traditional"}))
    c.append(case("s06_hk_genuine_html", "s", farm_html(hk[0], hk[1], lang="tw").encode(), "html", hk[0], body_of(hk), meta={"script": "traditional"}))
    c.append(case("s07_ja_zh_chrome_txt", "s", dump(ja[0], ja[1], lang="zh").encode(), "txt", ja[0], body_of(ja), meta={"lang": "ja"}))
    c.append(case("s08_kangxi_seed", "s", ob.radicals(dump(pipes[0], pipes[1]), 0.5).encode(), "txt", pipes[0], body_of(pipes)))
    inv = ob.odd_spaces(ob.invisibles(seed_dump(t.TOWNS), 7, every=5), 8)
    c.append(case("s09_invisibles_in_glossed", "s", inv.encode(), "txt", t.TOWNS[0], body_of(t.TOWNS)))
    c.append(case("s10_s2t_farm_html", "s", farm_html(obf(pipes[0]), [obf(p) for p in pipes[1]]).encode(), "html", pipes[0], body_of(pipes)))
    c.append(case("s11_s2hk_html_gbk", "s", farm_html(obf(tea[0], "s2hk"), [obf(p, "s2hk") for p in tea[1]], "gbk").encode("gbk"), "html", tea[0], body_of(tea)))
    c.append(case("s12_s2twp_html_big5_tone3", "s", _enc(farm_html(obf(ai[0], "s2twp", "tone3"), [obf(p, "s2twp", "tone3") for p in ai[1]], "big5", lang="tw"), "big5"), "html", ai[0], body_of(ai)))
    c.append(case("s13_tw_genuine_crlf", "s", dump(tw[0], tw[1], lang="tw", nl="\r\n").encode(), "txt", tw[0], body_of(tw), meta={"script": "traditional"}))
    return c


def build_all() -> list[A8]:
    return decode_cases() + mojibake_cases() + lossy_cases() + pinyin_cases() + script_cases() + more_cases() + third_cases() + fourth_cases() + fifth_cases() + sixth_cases()


def more_cases() -> list[A8]:
    """A second batch: the mechanics combined the way a farm does, after the first run's fixes."""
    c: list[A8] = []
    rail, ru, ko, ja, tw, pipes, towns, farm = t.RAIL, t.RUSSIA, t.KOREA, t.JAPAN, t.TAIWAN, t.PIPES, t.TOWNS, t.FARM
    c.append(case("m14_zh_title_two_cp1252_layers", "m", dump(ob.cp1252_moji(ob.cp1252_moji(towns[0])), towns[1]).encode(), "txt", towns[0], body_of(towns)))
    paras = list(ru[1])
    paras[2] = moji(paras[2], "koi8_r", "cp1251")
    c.append(case("m15_ru_para_koi8r_as_cp1251", "m", dump(ru[0], paras, lang="ru").encode(), "txt", ru[0], body_of(ru)))
    seedy = [obf(p) for p in pipes[1]]
    c.append(case("d29_gbk_seed_html_label_big5", "d", _enc(farm_html(obf(pipes[0]), seedy, "big5"), "gbk"), "html", pipes[0], body_of(pipes)))
    c.append(case("d30_euckr_label_gbk", "d", _enc(farm_html(ko[0], ko[1], "gbk", lang="ko"), "euc_kr"), "html", ko[0], body_of(ko), meta={"mislabeled": True}))
    c.append(case("d31_sjis_label_eucjp", "d", _enc(farm_html(ja[0], ja[1], "euc-jp", lang="ja"), "cp932"), "html", ja[0], body_of(ja), meta={"mislabeled": True}))
    raw = dump(tw[0], tw[1], lang="tw").encode().replace(tw[1][1].encode(), tw[1][1].encode("big5"))
    c.append(case("d32_utf8_page_big5_para", "d", raw, "txt", tw[0], body_of(tw)))
    lines = dump(ru[0], ru[1], lang="ru").split("\n")
    raw = b"\n".join(ln.encode() if ln == ru[0] else _enc(ln, "cp1251") for ln in lines)
    c.append(case("d33_cp1251_page_utf8_title", "d", raw, "txt", ru[0], body_of(ru)))
    tone3 = [obf(p, "s2tw", "tone3") for p in farm[1]]
    c.append(case("d34_big5_http_equiv_utf8_tone3", "d", _enc(farm_html(obf(farm[0], "s2tw", "tone3"), tone3, "utf-8", lang="tw", http_equiv=True), "big5"), "html", farm[0], body_of(farm)))
    # a UTF-8 text file cut in the middle of its last character
    data = dump(rail[0], rail[1]).encode()[:-2]
    c.append(case("l16_utf8_truncated_end", "l", data, "txt", rail[0], "\n".join([*rail[1][:-1], rail[1][-1][:-1] + "\ufffd"]), flags=("replacement_chars",)))
    c.append(_lost_lead_title_big5())
    c.append(case("l19_kunjinkao_title", "l", dump(pipes[0].replace("地下", "锟斤拷"), pipes[1]).encode(), "txt", pipes[0].replace("地下", "锟斤拷"), body_of(pipes), flags=("replacement_chars",)))
    sp = [p.replace("(", " (") for p in (obf(x, fold=False) for x in towns[1])]
    c.append(case("p17_space_before_gloss", "p", dump(obf(towns[0], fold=False), sp).encode(), "txt", towns[0], body_of(towns)))
    quoted = ("“断头路”打通了 市民出行更方便", ["本报讯 困扰城北居民多年的“断头路”昨天正式打通，这条路连接了两个大型居住区和一所中学。",
              "市交通局负责人表示，今年全市计划打通“断头路”十二条，目前已完成七条。", "据测算，道路打通后，周边居民到地铁站的距离缩短了一公里多。"])
    c.append(case("p18_gloss_inside_quotes_seed", "p", seed_dump(quoted).encode(), "txt", quoted[0], body_of(quoted)))
    words = {"管网": "guan3 wang3", "改造": "gai3 zao4"}
    c.append(case("p19_word_gloss_tone_numbers", "p", dump(pipes[0], [gloss_words(p, words) for p in pipes[1]]).encode(), "txt", pipes[0], body_of(pipes)))
    brk = ("上半年全市经济运行稳中向好（上）", ["上半年，全市地区生产总值（GDP）同比增长5.6%，高于全省平均水平。",
           "规模以上工业增加值增长7.1%，其中新能源汽车产量（辆）同比翻了一番。", "市统计局（市普查中心）有关负责人表示，下半年经济有望继续保持回升向好态势。"])
    c.append(case("p20_legit_brackets_seed", "p", seed_dump(brk, fold=False).encode(), "txt", brk[0], body_of(brk)))
    inv = dump(obf(towns[0], fold=False), [obf(p, fold=False).replace("(", "(\u200b").replace(")", "\u2060)") for p in towns[1]])
    c.append(case("s14_zero_width_inside_glosses", "s", inv.encode(), "txt", towns[0], body_of(towns)))
    c.append(case("s15_kangxi_in_glossed_seed", "s", ob.radicals(seed_dump(farm), 0.4).encode(), "txt", farm[0], body_of(farm)))
    furi = ("京都（きょうと）の老舗、築百年の町家を改修", ["京都市の老舗和菓子店が、築百年の町家（まちや）を改修し、来月から営業を再開する。",
            "店主は「祖父の代からの味を守りたい」と話す。改修では耐震補強を行い、二階を喫茶スペースにした。"])
    c.append(case("s16_ja_furigana_brackets", "s", dump(furi[0], furi[1], lang="ja").encode(), "txt", furi[0], body_of(furi), meta={"lang": "ja"}))
    twq = ("臺北捷運新增夜間班次 通勤族：「終於不用搭計程車」", ["臺北捷運公司宣布，自下週一起，週五及週六晚間的末班車將延後三十分鐘。",
           "捷運公司發言人林志明（Lin Chih-ming）表示，這項措施將試辦三個月，再視搭乘情形決定是否延長。",
           "不少通勤族表示：「終於不用為了趕末班車提早離開。」"])
    c.append(case("s17_tw_quotes_latin_name", "s", farm_html(twq[0], twq[1], lang="tw").encode(), "html", twq[0], body_of(twq), meta={"script": "traditional"}))
    canto = ("深水埗小店「老字號」結業 街坊排隊道別", ["經營咗四十年嘅深水埗茶餐廳昨日正式結業，大批街坊一早到場排隊，希望再食一次招牌菠蘿包。",
             "老闆陳生表示，因租約期滿及年紀漸大，決定退休。佢多謝街坊多年嚟嘅支持。"])
    c.append(case("s18_hk_cantonese", "s", dump(canto[0], canto[1], lang="tw").encode(), "txt", canto[0], body_of(canto), meta={"script": "traditional"}))
    return c


def _lost_lead_title_big5() -> A8:
    """A genuine Big5 page whose title lost a lead byte in a word the body repeats (老街)."""
    tw = t.TAIWAN
    text = dump(tw[0], tw[1], lang="tw")
    pick = next(ch for ch in tw[0] if ob.han(ch) and 0x40 <= ch.encode("big5")[1] <= 0x7E and chr(ch.encode("big5")[1]).isalpha())
    damaged, i = lose_lead(text, "big5", pick, text.index(tw[0]))
    found = settled_by_page(damaged, i, ("big5",))
    spot = "?" + damaged[i + 1]
    if found == {pick}:
        return case("l17_big5_title_lost_lead", "l", _enc(damaged, "big5"), "txt", tw[0], body_of(tw), no_flags=("lost_lead_byte",), why=f"page settles {pick}")
    return case("l17_big5_title_lost_lead", "l", _enc(damaged, "big5"), "txt", tw[0].replace(pick, spot, 1), body_of(tw), flags=("lost_lead_byte",),
                why=f"{pick}: candidates on page {sorted(found)}", alt=(tw[0], body_of(tw)))




CRUMB_ZH = CHROME["zh"][1]


def third_cases() -> list[A8]:
    """A third batch: damage next to readings in other encodings, marks that look like damage."""
    c: list[A8] = []
    pipes, farm, rail, ko = t.PIPES, t.FARM, t.RAIL, t.KOREA
    # a UTF-8 seed page that lost the last byte of 網 (E7 B6 B2) before its reading: one U+FFFD, then
    # (wǎng); the bytes left are gone from the text, but the reading and the page's 管網 settle it
    text = seed_dump(pipes)
    at = text.index("網(wǎng)改造 ")
    data = text[:at].encode() + "網".encode()[:2] + text[at + 1 :].encode()
    c.append(case("l20_utf8_fffd_before_own_reading", "l", data, "txt", pipes[0], body_of(pipes), no_flags=("replacement_chars",)))
    # a Big5 page (s2tw + zhuyin) that lost the lead byte of 劉 before its own zhuyin reading
    zy = dump(obf(farm[0], "s2tw", "zhuyin", "（）", fold=False), [obf(p, "s2tw", "zhuyin", "（）", fold=False) for p in farm[1]], lang="tw")
    damaged, i = lose_lead(zy, "big5", "劉", zy.index("劉（"))
    found = settled_by_page(damaged, i, ("big5",))
    exp_body = body_of(farm) if found == {"劉"} else body_of(farm).replace("刘", "?" + damaged[i + 1], 1)
    c.append(case("l21_big5_lost_lead_zhuyin", "l", _enc(damaged, "big5"), "txt", farm[0], exp_body,
                  **({"no_flags": ("lost_lead_byte",)} if found == {"劉"} else {"flags": ("lost_lead_byte",), "alt": (farm[0], body_of(farm))}), why=f"found {sorted(found)}"))
    # a lost lead byte before a digit (增長12%: 長 = 9F 4C, "?L12%")
    econ = ("前三季度全市外贸进出口增长12% 增速居全省首位", ["本报讯 记者从市商务局获悉，前三季度全市外贸进出口总额增长12%，增速居全省首位。",
            "其中，出口增长15%，进口增长7%。机电产品和劳动密集型产品出口保持较快增长。", "市商务局表示，将继续帮助外贸企业开拓新兴市场，稳住外贸基本盘。"])
    text = seed_dump(econ)
    damaged, i = lose_lead(text, "gbk", "長", text.index("長15%"))
    found = settled_by_page(damaged, i, ("gbk",))
    c.append(case("l23_lost_lead_before_digit", "l", _enc(damaged, "gbk"), "txt", econ[0], body_of(econ),
                  **({"no_flags": ("lost_lead_byte",)} if found == {"長"} else {"flags": ("lost_lead_byte",)}), why=f"found {sorted(found)}"))
    # readings written with combining tone marks (a + U+0304), and 【】 with spaces and tone numbers
    comb = [p.replace("ā", "a\u0304").replace("ǎ", "a\u030c").replace("é", "e\u0301") for p in (obf(x, fold=False) for x in rail[1])]
    c.append(case("p21_combining_tone_marks", "p", dump(obf(rail[0], fold=False), comb).encode(), "txt", rail[0], body_of(rail)))
    lent = [obf(x, style="tone3", brackets="【】", fold=False).replace("【", "【 ").replace("】", " 】") for x in farm[1]]
    c.append(case("p22_lenticular_spaced_numbers", "p", dump(farm[0], lent).encode(), "txt", farm[0], body_of(farm)))
    # a folded question mark before a Latin word (K线) on a folded seed page: a mark, not damage
    kline = ("股民关心的几个问题", ["大盘还会继续上涨吗？K线图显示，近期成交量明显放大，市场情绪有所回暖。",
             "分析人士认为，投资者应理性看待短期波动，不要盲目追涨杀跌，更不要轻信所谓的内幕消息。"])
    c.append(case("p23_folded_question_before_latin", "p", seed_dump(kline).encode(), "txt", kline[0], body_of(kline)))
    # a h1 whose UTF-8 was read as GB18030 while the <title> is clean
    html = farm_html(moji(rail[0], "utf-8", "gb18030"), rail[1], title_tag=rail[0] + "_城市新闻网")
    c.append(case("m16_h1_mojibake_title_clean", "m", html.encode(), "html", rail[0], body_of(rail)))
    # a seed page (s2t + readings) with one paragraph of its GBK bytes read as cp1252
    paras = [obf(p) for p in pipes[1]]
    paras[2] = legacy_as_1252(paras[2], "gbk")
    c.append(case("m17_seed_para_gbk_as_cp1252", "m", dump(obf(pipes[0]), paras, crumb=obf(CRUMB_ZH)).encode(), "txt", pipes[0], body_of(pipes)))
    # an EUC-KR page with one paragraph pasted in as UTF-8
    raw = _enc(dump(ko[0], ko[1], lang="ko"), "euc_kr").replace(ko[1][1].encode("euc_kr"), ko[1][1].encode())
    c.append(case("d35_euckr_page_utf8_para", "d", raw, "txt", ko[0], body_of(ko)))
    return c


def fourth_cases() -> list[A8]:
    """A fourth batch: HTML shapes around glosses, labels the WHATWG table widens, a late <meta>."""
    c: list[A8] = []
    pipes, tea, ja, ko, es = t.PIPES, t.TEA, t.JAPAN, t.KOREA, t.SPAIN
    spans = [ob.gloss(p, "s2t", "tone3", "()", 0.7).replace("(", '<span class="py">(').replace(")", ")</span>") for p in pipes[1]]
    c.append(case("p24_gloss_in_span_html", "p", farm_html(obf(pipes[0], fold=False), spans, raw_paras=True, title_tag=obf(pipes[0], fold=False)).encode(), "html", pipes[0], body_of(pipes)))
    ents = [ob.gloss(p, "s2t", "tone", "()", 0.7) for p in tea[1]]
    ents = ["".join(f"&#{ord(ch)};" if ob.han(ch) and i % 3 == 0 else ch for i, ch in enumerate(p)) for p in ents]
    c.append(case("p25_glossed_entities_html", "p", farm_html(obf(tea[0], fold=False), ents, raw_paras=True, title_tag=obf(tea[0], fold=False)).encode(), "html", tea[0], body_of(tea)))
    script = "<script>var cfg = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(60)) + "};</script>"
    late = farm_html(tea[0], tea[1], None).replace("<head>", "<head>" + script + '<meta charset="gbk">', 1)
    c.append(case("d36_gbk_meta_after_big_script", "d", _enc(late, "gbk"), "html", tea[0], body_of(tea)))
    canto = ("深水埗小店「老字號」結業 街坊排隊道別", ["經營咗四十年嘅深水埗茶餐廳昨日正式結業，大批街坊一早到場排隊，希望再食一次招牌菠蘿包。",
             "老闆陳生表示，因租約期滿及年紀漸大，決定退休。佢多謝街坊多年嚟嘅支持。"])
    c.append(case("d37_hkscs_label_big5", "d", _enc(farm_html(canto[0], canto[1], "big5", lang="tw"), "big5hkscs"), "html", canto[0], body_of(canto), meta={"script": "traditional"}))
    jx = ("駅前再開発、第１期工事が完了", ["駅前再開発事業の第①期工事が完了し、商業施設と住宅を備えた複合ビルが完成した。", "市は「～２０３０年」を目標に、第②期工事にも着手する。"])
    c.append(case("d38_cp932_ext_label_sjis", "d", _enc(farm_html(jx[0], jx[1], "shift_jis", lang="ja"), "cp932"), "html", jx[0], body_of(jx)))
    kx = ("햇살 좋은 날, 똠얌꿍 축제 열려", ["부산 해운대에서 동남아 음식 축제가 열려 똠얌꿍과 쌀국수를 맛보려는 시민들로 붐볐다.", "주최 측은 내년에도 축제를 이어갈 계획이라고 밝혔다."])
    c.append(case("d39_cp949_ext_label_euckr", "d", _enc(farm_html(kx[0], kx[1], "euc-kr", lang="ko"), "cp949"), "html", kx[0], body_of(kx)))
    ex = ("La tarifa del agua sube un 3 %", ["El precio del agua subirá un 3 % en enero: unos 2 € más al trimestre por hogar.",
          "La concejala explicó que la subida «es la mínima posible» y que se destinará a renovar tuberías."])
    c.append(case("d40_cp1252_label_latin1_euro", "d", _enc(farm_html(ex[0], ex[1], "iso-8859-1", lang="es"), "cp1252"), "html", ex[0], body_of(ex)))
    html = farm_html(ja[0], ja[1]).replace(f"<h1>{ja[0]}</h1>", "").replace(f"<title>{ja[0]}</title>", f"<title>{ob.cp1252_moji(ja[0])}</title>")
    c.append(case("m18_title_tag_only_mojibake", "m", html.encode(), "html", ja[0], body_of(ja)))
    del ko, es
    return c


def fifth_cases() -> list[A8]:
    """The seed's own damage (a lost lead byte with the misaligned character's reading before the
    stranded trail byte: 展?fàn)I造) elsewhere: in a paragraph, in a title, before its own reading."""
    c: list[A8] = []
    for name, art, pick, ctx in [
        ("l24_misaligned_residue_para", t.TEA, "農", "茶農陳"),     # 茶?duò)r陳: 茶農 recurs
        ("l25_misaligned_residue_title", t.PIPES, "舊", "老舊(jiù)"),  # in the title, its own reading after
        ("l26_misaligned_residue_once", t.RAIL, "進", "大進展"),    # 重大進展: 大進 once on the page
    ]:
        text = seed_dump(art)
        i = text.index(ctx) + ctx.index(pick)
        damaged, syl = lose_lead_misaligned(text, i)
        found = settled_misaligned(damaged, i, syl)
        orig = next(ch for ch in art[0] + "".join(art[1]) if ob.convert(ch, "s2t") == pick)
        title, body = art[0], body_of(art)
        if found == {pick}:
            c.append(case(name, "l", _enc(damaged, "gbk"), "txt", title, body, no_flags=("lost_lead_byte",), why=f"settled {pick}"))
            continue
        spot = "?" + syl + ")" + damaged[i + len(syl) + 2]
        before = ob.convert(damaged[i - 1], "t2s")
        if i < text.index(obf(art[0])) + len(obf(art[0])):
            title = title.replace(before + orig, before + spot, 1)
        else:
            body = body.replace(before + orig, before + spot, 1)
        c.append(case(name, "l", _enc(damaged, "gbk"), "txt", title, body, flags=("lost_lead_byte",), why=f"candidates {sorted(found)}",
                      alt=(art[0], body_of(art))))
    return c


def sixth_cases() -> list[A8]:
    """A sixth batch: the seed's mechanics in other encodings and line ends, all on one page."""
    c: list[A8] = []
    towns, farm, tea = t.TOWNS, t.FARM, t.TEA
    # a GBK seed page with CRLF line ends and the seed's damage (misaligned residue) in a paragraph
    text = seed_dump(tea)
    i = text.index("茶農陳") + 1
    damaged, syl = lose_lead_misaligned(text, i)
    settled = settled_misaligned(damaged, i, syl) == {"農"}
    c.append(case("l27_gbk_crlf_seed_residue", "l", _enc(damaged.replace("\n", "\r\n"), "gbk"), "txt", tea[0], body_of(tea),
                  **({"no_flags": ("lost_lead_byte",)} if settled else {"flags": ("lost_lead_byte",)})))
    # a Big5 seed page (s2tw, tone numbers: Big5 has no tone letters) that lost a lead byte before its reading
    text = dump(obf(farm[0], "s2tw", "tone3"), [obf(p, "s2tw", "tone3") for p in farm[1]], lang="tw")
    head = text.index(obf(farm[1][0], "s2tw", "tone3"))
    at = next(k for k in range(head, len(text) - 1) if ob.han(text[k]) and text[k + 1] == "("
              and 0x40 <= text[k].encode("big5")[-1] <= 0x7E and chr(text[k].encode("big5")[-1]).isalpha())
    pick = text[at]
    damaged, i = lose_lead(text, "big5", pick, at)
    found = settled_by_page(damaged, i, ("big5",))
    orig = next(ch for ch in "".join(farm[1]) if ob.convert(ch, "s2tw") == pick)
    flagged_body = body_of(farm).replace(orig, "?" + damaged[i + 1], 1)
    c.append(case("l28_big5_tone3_lost_lead", "l", _enc(damaged, "big5"), "txt", farm[0], body_of(farm) if found == {pick} else flagged_body,
                  **({"no_flags": ("lost_lead_byte",)} if found == {pick} else {"flags": ("lost_lead_byte",), "alt": (farm[0], body_of(farm))}), why=f"{pick} found {sorted(found)}"))
    # a UTF-8 seed page with a BOM whose title lost a lead byte on an earlier GBK trip
    text = seed_dump(towns)
    at = text.index(obf(towns[0]))
    pick = next(ch for ch in obf(towns[0]) if ob.han(ch) and len(b := ch.encode("gbk")) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha())
    damaged, i = lose_lead(text, "gbk", pick, at)
    found = settled_by_page(damaged, i, ("gbk",))
    orig = next(ch for ch in towns[0] if ob.convert(ch, "s2t") == pick)
    title = towns[0] if found == {pick} else towns[0].replace(orig, "?" + damaged[i + 1], 1)
    c.append(case("l29_utf8_bom_title_lost_lead", "l", b"\xef\xbb\xbf" + damaged.encode(), "txt", title, body_of(towns),
                  **({"no_flags": ("lost_lead_byte",)} if found == {pick} else {"flags": ("lost_lead_byte",), "alt": (towns[0], body_of(towns))}), why=f"{pick} found {sorted(found)}"))
    # a GBK farm page (s2t + readings) with a lying meta and one paragraph pasted in as UTF-8
    paras = [obf(p) for p in towns[1]]
    raw = _enc(farm_html(obf(towns[0]), paras, "utf-8"), "gbk").replace(_enc(paras[1], "gbk"), paras[1].encode())
    c.append(case("d41_gbk_seed_html_utf8_para_lying_meta", "d", raw, "html", towns[0], body_of(towns)))
    # a seed page sprinkled with bidi controls, Hangul fillers and emoji selectors instead of zero-width spaces
    inv = ob.invisibles(seed_dump(farm), 11, every=6, chars="\u202a\u202c\u2066\u3164\ufe0f")
    c.append(case("s19_other_invisibles_seed", "s", inv.encode(), "txt", farm[0], body_of(farm)))
    # a Spanish article whose UTF-8 an aggregator read as GBK and saved as UTF-8: single accents too
    es = t.SPAIN
    lossless = all(_strict_ok(x, "gbk") for x in [es[0], *es[1]])
    if lossless:
        c.append(case("m19_es_page_utf8_as_gbk", "m", dump(moji(es[0], "utf-8", "gbk"), [moji(p, "utf-8", "gbk") for p in es[1]], lang="es").encode(),
                      "txt", es[0], body_of(es)))
    return c
