# ruff: noqa: E501
"""Audit32 session 19: lost lead bytes the fresh seeds (45, 46) showed misread. The texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.repair import repair_text


def test_a_lost_lead_byte_after_a_bylines_en_space_is_seen_and_its_folded_bracket_widened() -> None:
    """(记者\u2002?R东明): the byline's en space (a typographic space the farm put as its separator) stands before the
    "?" where a plain space or an NBSP would be read as a line's opening: the stranded 'R' went unseen (no flag),
    and the '?' was taken for a question mark, which kept the folded bracket before it folded."""
    text = ("中新社杭州5月3日电(记者\u2002?R东明)记者从浙江省林业局获悉,全省今年新增森林面积12万亩,森林覆盖率继续保持全国前列。\n"
            "林业部门介绍,新增林地主要分布在浙西山区,以乡土树种为主,兼顾生态和经济效益。")
    rec = repair_text(text)
    assert "中新社杭州5月3日电（记者\u2002?R东明）记者从浙江省林业局获悉，" in rec.text
    assert [f.rule for f in rec.flags] == ["lost_lead_byte"]


def test_a_lone_rare_character_reading_the_syllable_is_no_repair() -> None:
    """免?M（fei）接種 on a Big5 page: of Big5's characters with trail 'M', only the rare 櫠 (simplified 𪲮, outside
    GB2312) reads fei. Obfuscated reposts start from common text: a rare character alone is a coincidence of the
    reading, not the lost character (the text was 免費, whose GBK trail is 'M'). Session 21 (audit38): where the page's
    codec has no common character reading the syllable, GBK's and Big5's are read, and GBK's 費 (D9 4D) is the one:
    the original is restored."""
    text = ("\u3000\u3000江(jiāng)蘇省疾控中心發(fā)佈消息，老(lǎo)年人和在校學(xué)生等重點人群可免?M（fei）接種流感疫苗。\n"
            "\u3000\u3000專(zhuān)家提醒，流感疫苗需要每年接種，最好在高(gāo)發季節到來前完成。")
    rec = repair_text(text, codec_hint="big5")
    assert "櫠" not in rec.text and "\U0002acae" not in rec.text
    assert "可免費接種" in rec.text
    assert "lost_lead_byte" not in {f.rule for f in rec.flags}


def test_the_hong_kong_form_on_the_page_settles_a_lost_lead_byte() -> None:
    """省?o生健康委 after s2hk, which writes 衞 for 卫: 'o' is the GBK trail of 衞 (D0 6F) and the page writes 衞生
    twice, but the word list was read in t2s's forms, which keep 衞, so 衞生 was no word and the spot stayed
    flagged. The words are read in hk2s's forms too (衞生: 卫生). (The page is GBK: the converted story is restored,
    the settled 衞 with it.)"""
    text = ("鄉鎮衞(wei)生院用上輔助診斷系統\n\n"
            "\u3000\u3000記(ji)者從(cong)貴州省?o生健(jian)康委獲悉，全省已有1300餘家鄉鎮衞(wei)生院部署輔助診斷系統。\n"
            "\u3000\u3000系統上線一年來，基層衞(wei)生院醫生對診斷建議的採納率約爲85%。")
    rec = repair_text(text, codec_hint="gbk")
    assert "从贵州省卫生健康委获悉" in rec.text
    assert "lost_lead_byte" not in {f.rule for f in rec.flags}
