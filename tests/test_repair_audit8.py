"""Findings of bench/audit8 (decode + repair on seed-like pages), each with texts written for it."""

from __future__ import annotations

from pipeline.record import apply_plan
from pipeline.repair import repair_text


def _as_whatwg_1252(text: str, codec: str) -> str:
    """``text`` saved in ``codec`` and read as windows-1252 the way browsers read it (an undefined
    byte becomes the C1 control of the same value)."""
    return "".join(bytes((b,)).decode("cp1252", "ignore") or chr(b) for b in text.encode(codec))


# --- legacy bytes read as windows-1252: cp1252 letters and C1 controls in one run -------------------


def test_shift_jis_read_as_whatwg_cp1252_is_restored() -> None:
    line = "駅前の商店街では、週末に朝市が開かれ、地元の野菜や果物を求める客でにぎわっている。"
    moji = _as_whatwg_1252(line, "cp932")
    assert "\x81" in moji and "‚" in moji  # both kinds: neither cp1252 nor latin-1 alone reads it back
    result = repair_text("町の話題\n" + moji + "\n")
    assert result.text == "町の話題\n" + line + "\n"
    assert [c.rule for c in result.changes] == ["mojibake_cjk"]
    assert apply_plan("町の話題\n" + moji + "\n", result.changes) == result.text


def test_gbk_read_as_whatwg_cp1252_is_restored() -> None:
    line = "縣氣象臺在網站上發佈暴雨藍色預警，提醒市民出行注意安全。"  # 發 = 81 6C in GBK
    moji = _as_whatwg_1252(line, "gbk")
    assert "\x81" in moji and "š" in moji
    assert repair_text(moji, script="keep").text == line


def test_cp1252_text_with_a_real_c1_free_accent_is_left_alone() -> None:
    clean = "Café da manhã às 7h, almoço às 12h. SÃO PAULO — A reunião começa às 9h."
    assert repair_text(clean).text == clean


# --- a UTF-8 page with one paragraph pasted in as GBK bytes ------------------------------------------


def _utf8_page_with_gbk_paragraph() -> tuple[bytes, str]:
    paras = ["村里新修的文化广场昨天正式投入使用，广场上安装了健身器材和路灯。",
             "广场旁边的小图书室每周开放五天，村民可以免费借阅农业技术书籍。",
             "村委会表示，接下来还将在广场上举办电影放映和农技培训活动。"]
    text = "乡村新貌\n\xa0\n" + "\n\n".join("\u2003\u2003" + p for p in paras) + "\n"
    data = text.encode().replace(paras[1].encode(), paras[1].encode("gbk"))
    return data, text


def test_gbk_paragraph_after_a_utf8_indent_decodes_as_gbk() -> None:
    from pipeline.decode import decode_bytes

    data, text = _utf8_page_with_gbk_paragraph()
    decoded = decode_bytes(data)
    assert decoded.text == text  # the em-space indent stays UTF-8, the paragraph after it is GBK
    assert decoded.source == "mixed"


def test_a_line_of_utf8_nbsp_is_not_read_as_gbk() -> None:
    from pipeline.decode import decode_bytes

    data, _ = _utf8_page_with_gbk_paragraph()
    assert "聽" not in decode_bytes(data).text  # C2 A0 alone on a line is NBSP, not 聽


# --- a lead byte lost on a Shift_JIS page -----------------------------------------------------------


def _lose_lead_sjis(text: str, victim_at: int) -> str:
    data = text.encode("cp932")
    pos = len(text[:victim_at].encode("cp932"))
    return (data[:pos] + b"?" + data[pos + 1 :]).decode("cp932")


_LIBRARY = "市立図書館は来月から開館時間を延長する。図書館によると、平日は午後九時まで利用できるようになる。"


def test_sjis_lost_lead_settled_by_the_page() -> None:
    damaged = _lose_lead_sjis(_LIBRARY, _LIBRARY.index("図書館に"))  # 図 = 90 7D: "?}" before 書館
    assert "。?}書館" in damaged
    result = repair_text(damaged, codec_hint="cp932")
    assert result.text == _LIBRARY  # 図書 occurs elsewhere on the page; no other cp932 candidate's bigram does
    assert "cp932" in result.changes[0].evidence


def test_sjis_lost_lead_after_kana_is_flagged_not_guessed() -> None:
    damaged = _lose_lead_sjis(_LIBRARY, _LIBRARY.index("開館"))  # 開 = 8A 4A: "から?J館"
    assert "から?J館" in damaged
    result = repair_text(damaged, codec_hint="cp932")
    assert result.text == damaged  # 開館 occurs once: nothing settles the lead byte
    assert [f.rule for f in result.flags] == ["lost_lead_byte"]


def test_sjis_lost_lead_before_kana_is_not_settled_by_chinese_word_counts() -> None:
    text = "この町では十年の間に人口が二割減った。"
    damaged = _lose_lead_sjis(text, text.index("年"))  # 年 = 94 4E: "十?Nの"
    result = repair_text(damaged, codec_hint="cp932")
    assert result.text == damaged
    assert [f.rule for f in result.flags] == ["lost_lead_byte"]


# --- reading glosses: a word's syllables run together, capitalised proper nouns, a lesson's own ----


def test_word_gloss_with_syllables_run_together_is_removed() -> None:
    text = "老城区的供热管网（guǎnwǎng）今年完成改造（gǎizào），居民冬天不再受冻。"
    assert repair_text(text, script="keep").text == "老城区的供热管网今年完成改造，居民冬天不再受冻。"


def test_capitalised_toned_gloss_is_a_reading_not_a_name() -> None:
    text = "家住合肥(Héféi)蜀山区(Shǔshān Qū)的教师王芳说，地铁通到了家门口。"
    assert repair_text(text, script="keep").text == "家住合肥蜀山区的教师王芳说，地铁通到了家门口。"


def test_romanised_names_stay() -> None:
    for text in ("记者李明(Li Ming)报道，新馆下月开放。", "李明（Li Ming）说，新馆下月开放。",
                 "来自重庆(Chongqing)的游客络绎不绝。"):
        assert repair_text(text, script="keep").text == text


def test_a_lessons_own_readings_stay_among_an_obfuscators() -> None:
    lesson = ("教拼音時，老師(shī)先教聲(shēng)調(diào)，比如麻（má）和罵(mà)（mà）讀法不同，"
              "學(xué)生們(men)跟著(zhe)讀了三遍(biàn)，家長們也在一旁聽(tīng)。")
    out = repair_text(lesson).text  # converted back to simplified: the obfuscator's readings go
    assert out == "教拼音时，老师先教声调，比如麻（má）和骂（mà）读法不同，学生们跟着读了三遍，家长们也在一旁听。"


# --- UTF-16 without a BOM, mostly CJK (few NULs) -------------------------------------------------


_UTF16_TEXT = ("城东新区一所九年一贯制学校今年秋季开学，可提供学位一千八百个。\n\n"
               "学校配建了体育馆、图书馆和食堂，周边道路同步完成改造。\n\n"
               "区教育局表示，2026年还将新建两所幼儿园，缓解入园难问题。\n")


def test_utf16le_without_bom_mostly_cjk_is_decoded() -> None:
    from pipeline.decode import decode_bytes

    data = _UTF16_TEXT.encode("utf-16-le")
    assert data[0::2].count(0) < 8 < data[1::2].count(0) < len(data) // 10  # few NULs, nearly all odd
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (_UTF16_TEXT, "utf-16-le")


def test_utf16be_without_bom_mostly_cjk_is_decoded() -> None:
    from pipeline.decode import decode_bytes

    assert decode_bytes(_UTF16_TEXT.encode("utf-16-be")).text == _UTF16_TEXT


def test_nuls_on_one_side_that_read_badly_as_utf16_are_not_utf16() -> None:
    from pipeline.decode import decode_bytes

    data = b"".join(bytes((b, 0)) if i % 40 == 0 else bytes((b,)) for i, b in enumerate(_UTF16_TEXT.encode("gbk")))
    assert decode_bytes(data).encoding != "utf-16-le"


def test_binary_bytes_with_nuls_are_not_read_as_utf16() -> None:
    import random

    from pipeline.decode import decode_bytes

    data = random.Random(8).randbytes(6000)
    assert decode_bytes(data).encoding not in ("utf-16-le", "utf-16-be")


# --- KOI8-R and cp1251 swapped: case inverted --------------------------------------------------------


_RU = "Вход в музей свободный. Летом здесь проходят концерты под открытым небом."


def test_koi8r_read_as_cp1251_prose_is_restored() -> None:
    moji = _RU.encode("koi8_r").decode("cp1251")
    assert moji.startswith("чИПД")  # every letter's case inverted
    result = repair_text("Новости\n" + moji + "\n")
    assert result.text == "Новости\n" + _RU + "\n"
    assert [c.rule for c in result.changes] == ["mojibake_cjk"]


def test_cp1251_read_as_koi8r_prose_is_restored() -> None:
    assert repair_text(_RU.encode("cp1251").decode("koi8_r")).text == _RU


def test_clean_cyrillic_capitals_and_units_stay() -> None:
    for clean in ("МУЗЕЙ ОТКРЫЛСЯ ПОСЛЕ РЕМОНТА: ВХОД СВОБОДНЫЙ",
                  "Мощность станции 500 кВт, выработка 2 млн кВт·ч в год.", _RU):
        assert repair_text(clean).text == clean


# --- an indented paragraph of GBK bytes (with readings) read as cp1252 --------------------------------


def test_indented_glossed_gbk_paragraph_read_as_cp1252_is_restored_whole() -> None:
    para = "縣(xiàn)裏的公交(jiāo)線路今年新增三條,覆蓋(gài)了十二個鄉鎮。"  # 鄉 = E0 6C: an ASCII trail byte
    moji = _as_whatwg_1252(para, "gbk")
    text = "公交新聞\n\n\u2003\u2003" + moji + "\n"
    result = repair_text(text, script="keep")
    assert "縣裏的公交線路今年新增三條" in result.text  # readings removed after the whole line is decoded
    assert all(not ("\u00c0" <= ch <= "\u00ff") for ch in result.text)  # no latin-1 left


# --- a folded question mark before a letter word as s2t writes it ------------------------------------


def test_folded_question_mark_before_traditional_letter_word_is_a_mark() -> None:
    text = "大盤還會繼續上漲嗎?K線圖顯示,近期成交量明顯放大,市場情緒有所回暖,投資者信心增強。"
    result = repair_text(text, script="keep")
    assert result.text.startswith("大盤還會繼續上漲嗎？K線圖顯示，")
    assert not result.flags


# --- a glossed character lost whole (U+FFFD before its reading) -----------------------------------------


_GLOSSED = ("老舊小區的地下管網(wǎng)將全部更換。\n"
            "施工期間,管\ufffd(wǎng)改造將分片進行,居民用水不受影響。\n")


def test_lost_glossed_character_settled_by_its_reading_and_the_page() -> None:
    result = repair_text(_GLOSSED, script="keep")
    assert "管網改造將分片進行" in result.text
    assert "\ufffd" not in result.text and not result.flags
    assert result.changes[0].rule == "lost_character"
    assert apply_plan(_GLOSSED, result.changes) == result.text


def test_lost_glossed_character_without_page_evidence_is_flagged() -> None:
    damaged = _GLOSSED.replace("管網(wǎng)將", "管道將")  # 管網 no longer elsewhere on the page
    result = repair_text(damaged, script="keep")
    assert "管\ufffd" in result.text
    assert [f.rule for f in result.flags] == ["replacement_chars"]


# --- a reading wrapped in its own inline element ------------------------------------------------------


def test_reading_inside_its_own_span_is_removed_and_the_span_stays() -> None:
    page = ('<p>老舊小區的地下管網<span class="py">(wǎng)</span>將全部更換,'
            '施工期間居民用<span class="py">(yòng)</span>水不受影響。</p>')
    result = repair_text(page, script="keep", html=True)
    assert result.text == ('<p>老舊小區的地下管網<span class="py"></span>將全部更換，'
                           '施工期間居民用<span class="py"></span>水不受影響。</p>')
    assert apply_plan(page, result.changes) == result.text


def test_a_bracketed_name_in_a_link_after_han_stays() -> None:
    page = "<p>本報記者<a href=\"/author/7\">(Li Ming)</a>報道，新館下月開放。</p>"
    assert repair_text(page, script="keep", html=True).text == page


# --- a page writing its CJK prose as numeric character references ---------------------------------------


def _refs(text: str) -> str:
    return "".join(f"&#{ord(ch)};" if ord(ch) > 0x7F else ch for ch in text)


def test_cjk_character_references_are_read_before_the_fixers() -> None:
    prose = "老舊小區的地下管網(wǎng)將全部更換(huàn),施工期間居民用水不受影響。"
    page = f"<html><body><p>{_refs(prose)}</p><script>var s = '&#32178;';</script></body></html>"
    result = repair_text(page, script="keep", html=True)
    assert "<p>老舊小區的地下管網將全部更換，施工期間居民用水不受影響。</p>" in result.text
    assert "var s = '&#32178;'" in result.text  # scripts keep their references
    assert result.changes[0].rule == "char_references"
    assert apply_plan(page, result.changes) == result.text


def test_pages_without_cjk_references_keep_theirs() -> None:
    page = "<p>Caf&#233; &lt;b&gt; &#8212; 新館下月開放。</p>"
    assert repair_text(page, script="keep", html=True).text == page


# --- the seed's damage (misaligned residue) before the lost character's own reading --------------------


def _misaligned(text: str, victim: str) -> str:
    """``victim``'s GBK lead byte lost; the previous character's trail byte with that lead read as
    one character, whose reading stands before the stranded trail byte (展?fàn)I造 in the seed)."""
    from pypinyin import Style, pinyin

    i = text.index(victim)
    prev, char = text[i - 1].encode("gbk"), victim.encode("gbk")
    misread = bytes((prev[1], char[0])).decode("gbk")
    return text[:i] + "?" + pinyin(misread, style=Style.TONE)[0][0] + ")" + chr(char[1]) + text[i + 1 :]


def test_residue_and_own_reading_settle_the_lost_character() -> None:
    text = "城南的老舊(jiù)小區將改造，老舊管線全部更換。"
    damaged = _misaligned(text, "舊(")  # 舊 = 85 66: "老?xià)f(jiù)", 吓 = CF 85
    assert "老?xià)f(jiù)" in damaged
    result = repair_text(damaged, script="keep")
    assert result.text == "城南的老舊小區將改造，老舊管線全部更換。"
    assert "own reading" in result.changes[0].evidence


def test_residue_no_candidate_reads_is_flagged_and_the_mark_left() -> None:
    damaged = "城南的老?lóng)f(jiù)小區將改造，老舊管線全部更換。"
    result = repair_text(damaged, script="keep")
    assert "老?lóng)f" in result.text  # not a question mark made full-width
    assert [f.rule for f in result.flags] == ["lost_lead_byte"]


# --- folded brackets count as evidence of a page folded wholesale ---------------------------------------


def test_folded_chinese_brackets_make_a_short_page_folded() -> None:
    text = ("各级党委(党组)要把这项工作摆上重要议事日程,人工智能(AI)应用要守住安全底线。\n"
            "各级党委(党组)主要负责同志要亲自抓,分管负责同志要具体抓。\n")
    result = repair_text(text, script="keep")
    assert result.text == ("各级党委（党组）要把这项工作摆上重要议事日程，人工智能（AI）应用要守住安全底线。\n"
                           "各级党委（党组）主要负责同志要亲自抓，分管负责同志要具体抓。\n")


def test_a_page_with_its_own_full_width_commas_keeps_its_ascii_brackets() -> None:
    text = "各级党委（党组）要把这项工作摆上重要议事日程，人工智能(AI)应用要守住安全底线，不能放松。\n"
    assert repair_text(text, script="keep").text == text


# --- more invisible characters beside CJK text -----------------------------------------------------------


def test_bidi_controls_hangul_fillers_and_selectors_beside_han_are_removed() -> None:
    clean = "深化网络空间安全综合治理是提高公共安全治理水平的重要内容。"
    for ch in ("\u202a", "\u202c", "\u2066", "\u061c", "\u3164", "\u115f", "\ufe0f"):
        dirty = clean[:4] + ch + clean[4:9] + ch + clean[9:]
        result = repair_text(dirty, script="keep")
        assert result.text == clean, hex(ord(ch))
        assert [c.rule for c in result.changes] == ["zero_width"]


def test_the_same_characters_away_from_cjk_stay() -> None:
    for text in ("שלום \u202bעולם\u202c", "❤\ufe0f 好", "Hello\u3164world"):
        assert repair_text(text, script="keep").text == text


def test_readings_typeset_with_single_storey_a_and_g_are_removed() -> None:
    text = "中國(ɡuó)人民銀(yín)行今天發(fā)佈公告，大(dɑ̀)家都很關(ɡuān)注。"
    assert repair_text(text, script="keep").text == "中國人民銀行今天發佈公告，大家都很關注。"


def test_zhuyin_neutral_tone_dot_before_or_after_is_a_reading() -> None:
    text = "我(ㄨㄛˇ)們(˙ㄇㄣ)的(˙ㄉㄜ)學(ㄒㄩㄝˊ)校很大，媽(ㄇㄚ)媽(ㄇㄚ˙)每天都來接我。"
    assert repair_text(text, script="keep").text == "我們的學校很大，媽媽每天都來接我。"


def test_ruby_forms_real_pages_write_are_readings() -> None:
    for page in ('<p>深化<ruby><rb>網</rb><rp>（</rp><rt>wǎng</rt><rp>）</rp></ruby>絡空間治理</p>',
                 '<p>深化<ruby>網絡<rt>wǎng luò</rt></ruby>空間治理</p>',
                 '<p>深化<RUBY>網<RT class="py"> wǎng </RT></RUBY>絡空間治理</p>'):
        result = repair_text(page, script="keep", html=True)
        assert result.text == "<p>深化網絡空間治理</p>", page
        assert apply_plan(page, result.changes) == result.text


def test_japanese_furigana_ruby_stays() -> None:
    page = "<p><ruby>漢字<rt>かんじ</rt></ruby>を学ぶ</p>"
    assert repair_text(page, script="keep", html=True).text == page


# --- one accented letter of a Latin word read as GBK ------------------------------------------------------


def test_single_accent_of_a_latin_word_read_as_gbk_is_restored() -> None:
    for clean in ("Según la concejala, la medida responde a la demanda.", "A Prefeitura de São Paulo anunciou hoje.",
                  "The café on Rue de la Paix reopened."):
        moji = clean.encode().decode("gbk")  # ú -> 煤, ã -> 茫, é -> 茅
        result = repair_text(moji, script="keep")
        assert result.text == clean
        assert apply_plan(moji, result.changes) == result.text


def test_ideographs_after_latin_words_in_chinese_stay() -> None:
    for clean in ("你用的是iPad mini么?", "Tom猫", "A股每天都在涨", "QQ没有更新", "Windows茅台"):
        assert repair_text(clean, script="keep").text == clean


def test_a_latin_line_that_lost_bytes_is_not_partly_repaired() -> None:
    moji = "Según la concejala — la medida costará 2 € más.".encode().decode("gbk", "replace")
    assert "\ufffd" in moji and "煤" in moji
    assert repair_text(moji, script="keep").text == moji  # flagged elsewhere, never half-repaired
