"""Repair fixers one by one: pinyin readings, lost lead bytes, script decisions, markup safety."""

from __future__ import annotations

import pytest
from pypinyin import pinyin

from pipeline.repair import apply_plan, repair_text
from pipeline.repair.common import Context
from pipeline.repair.pinyin import fix_pinyin, is_reading


@pytest.mark.parametrize(
    ("char", "syllable"),
    [("當", "dāng"), ("當", "dang4"), ("當", "dang"), ("了", "le"), ("了", "liǎo"), ("綠", "lv4"),
     ("綠", "lǜ"), ("綠", "lu:4"), ("我", "ㄨㄛˇ"), ("行", "háng"), ("行", "xíng")],
)
def test_is_reading_accepts_every_style_and_heteronym(char: str, syllable: str) -> None:
    assert is_reading(char, syllable)


@pytest.mark.parametrize(("char", "syllable"), [("明", "Li"), ("委", "dang"), ("用", "AI"), ("年", "2026"), ("中", "")])
def test_is_reading_rejects_non_readings(char: str, syllable: str) -> None:
    assert not is_reading(char, syllable)


def _seed_style_damage(sentence: str, victim: str) -> str:
    """Drop ``victim``'s GBK lead byte and leave what a misaligned annotated read would leave:
    the previous character, '?', the reading of (previous trail + lost lead) and the stranded trail."""
    data = sentence.encode("gbk")
    pos = data.index(victim.encode("gbk"))
    misread = data[pos - 1 : pos + 1].decode("gbk")
    residue = pinyin(misread)[0][0] + ")"
    trail = chr(data[pos + 1])
    return data[:pos].decode("gbk") + "?" + residue + trail + data[pos + 2 :].decode("gbk")


def test_seed_style_lost_lead_byte_is_recovered() -> None:
    sentence = "市政府為城市發展營造宜居環境。"
    damaged = _seed_style_damage(sentence, "營")
    assert "營" not in damaged and "?" in damaged
    result = repair_text(damaged, script="keep")
    assert result.text == sentence
    assert [c.rule for c in result.changes] == ["lost_lead_byte"]
    assert "residue" in result.changes[0].evidence
    assert apply_plan(damaged, result.changes) == result.text


def test_lost_lead_byte_without_evidence_is_flagged() -> None:
    data = "山頂營地".encode("gbk")
    pos = data.index("營".encode("gbk"))
    damaged = (data[:pos] + b"?" + data[pos + 1 :]).decode("gbk")
    result = repair_text(damaged)
    assert result.text == damaged and not result.changes
    assert [f.rule for f in result.flags] == ["lost_lead_byte"]


@pytest.mark.parametrize("text", ["Did I do it? I did.", "I?I", "他说?I am fine", "价格?A级", "是不是?I"])
def test_english_i_and_question_marks_never_change(text: str) -> None:
    assert repair_text(text).text == text


def test_language_lesson_keeps_annotations_and_says_why() -> None:
    lesson = "拼音课：请读“好(hǎo)”和“他(tā)”，注意声调。我们(men)一起读。"
    result = repair_text(lesson)
    assert result.text == lesson
    assert any(f.rule == "pinyin_annotation" and "lesson" in f.evidence for f in result.flags)


def test_annotations_on_converted_chars_beat_lesson_words() -> None:
    text = "學習(xí)拼音的網(wǎng)站發(fā)佈(bù)了新課(kè)程。"
    assert repair_text(text).text == "学习拼音的网站发布了新课程。"


def test_script_auto_keeps_genuine_taiwan_and_records_conversion() -> None:
    taiwan = "中央社記者報導，臺灣的軟體公司擴大徵才，網路資訊產業持續成長。"
    assert repair_text(taiwan).text == taiwan
    assert repair_text(taiwan).script == "traditional"
    mainland = "新華社北京電 網絡信息安全和軟件質量受到重視。"
    result = repair_text(mainland)
    assert result.script == "simplified"
    change = result.changes[-1]
    assert change.rule.startswith("script:") and "mainland" in change.evidence


@pytest.mark.parametrize(
    ("script", "text", "expected", "out"),
    [
        ("keep", "新華社電 網絡信息很多。", "新華社電 網絡信息很多。", "traditional"),
        ("simplified", "臺灣的軟體公司", "台湾的软体公司", "simplified"),
        ("traditional", "网络信息", "網絡信息", "traditional"),
        ("auto", "春眠不覺曉，處處聞啼鳥。", "春眠不覺曉，處處聞啼鳥。", "traditional"),
        ("auto", "plain English", "plain English", None),
    ],
)
def test_script_modes(script: str, text: str, expected: str, out: str | None) -> None:
    result = repair_text(text, script=script)
    assert result.text == expected
    assert result.script == out


def test_markup_is_never_touched() -> None:
    page = (
        '<html><head><meta charset="gbk"><title>涓枃</title></head>\n'
        '<body><p class="x" data-a="&amp;">新華社電&nbsp;網絡(wǎng)信息 &lt;b&gt;</p>\n'
        "<p>\u3000\u3000正文。</p></body></html>"
    )
    result = repair_text(page)
    for tag in ('<html><head><meta charset="gbk"><title>', '<p class="x" data-a="&amp;">', "&nbsp;", "&lt;b&gt;"):
        assert tag in result.text
    assert apply_plan(page, result.changes) == result.text


def test_ftfy_is_configured_not_to_touch_cjk_typography() -> None:
    text = "他说：“好的。”「引号」（括号）ＡＢＣ ﬁne"
    assert repair_text(text).text == text


def test_a_seed_style_lost_byte_on_a_big5_page_is_read_in_gbk_too() -> None:
    """The byte was lost in GBK before a farm converted the text and wrote it as Big5: the residue's reading
    pins the GBK read (展's trail + the lost lead = 範, fàn), which no Big5 read gives."""
    damaged = _seed_style_damage("市政府為城市發展營造宜居環境。", "營")
    result = repair_text(damaged, script="keep", codec_hint="big5")
    assert result.text == "市政府為城市發展營造宜居環境。"
    assert "read in GBK and Big5" in result.changes[0].evidence
    assert "營" in repair_text(damaged, script="keep", codec_hint="gb18030").text


def test_a_residue_no_codec_reads_leaves_the_spot_flagged_on_a_big5_page() -> None:
    damaged = _seed_style_damage("市政府為城市發展營造宜居環境。", "營").replace("fàn)", "mǎ)")
    result = repair_text(damaged, script="keep", codec_hint="big5")
    assert result.text == damaged
    assert [f.rule for f in result.flags] == ["lost_lead_byte"]


@pytest.mark.parametrize(
    "text", ["各级党委(党组)要强化责任", "记者李明(Li Ming)报道", "用好AI(人工智能)", "迎接2026(丙午)年"]
)
def test_pinyin_fixer_leaves_brackets_that_are_not_readings(text: str) -> None:
    assert fix_pinyin(text, Context()).text == text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p class="lead">\u3000\u3000正文开始。</p>', '<p class="lead">正文开始。</p>'),
        ("<br/>\u3000\u3000第二段。", "<br/>第二段。"),
        ("<p>甲</p><b>\u3000乙</b>", "<p>甲</p><b>\u3000乙</b>"),
    ],
)
def test_indents_after_block_tags_only(html: str, expected: str) -> None:
    assert repair_text(html, script="keep").text == expected


def test_quoted_topic_char_keeps_its_reading_but_quoted_obfuscation_does_not() -> None:
    assert repair_text("“好(hǎo)”字很常用。", script="keep").text == "“好(hǎo)”字很常用。"
    assert repair_text("他说“網(wǎng)絡(luò)安全”很重要。", script="keep").text == "他说“網絡安全”很重要。"


@pytest.mark.parametrize("text", ["今天涨了吗?A股上涨，个股普涨，股市活跃。", "是他吗?B超显示正常，医生做了B超。"])
def test_letter_words_after_a_question_mark_are_not_stranded_bytes(text: str) -> None:
    result = repair_text(text, script="keep")
    assert "?" in result.text and not any(c.rule == "lost_lead_byte" for c in result.changes)


def test_genuine_traditional_lesson_keeps_its_pinyin() -> None:
    lesson = "臺灣的華語課：今天學習拼音，媽(mā)是第一聲，馬(mǎ)是第三聲，請注意聲調。"
    result = repair_text(lesson)
    assert result.text == lesson and result.script == "traditional"


def test_punctuation_is_restored_in_prose_but_never_inside_markup() -> None:
    prose = "这是一个很长的中文段落，用来测试标点符号的恢复情况,我们需要足够多的汉字才能判断。" * 2
    page = f'<p>{prose}</p><a href="/搜索?q=1" title="中文:标题">链接</a><script>var a="中文:"+b;</script>'
    result = repair_text(page, script="keep")
    assert "情况，我们" in result.text
    assert '<a href="/搜索?q=1" title="中文:标题">' in result.text and 'var a="中文:"+b;' in result.text


def test_quoted_mojibake_is_kept_only_in_an_article_about_mojibake() -> None:
    about = "Mojibake is what you get: the word “cafÃ©” shows up when UTF-8 is read as Windows-1252."
    assert repair_text(about).text == about
    page = '<?xml version="1.0" encoding="utf-8"?>\n<p class="a">Le cafÃ© est fermé.</p><a href="x">y</a>'
    assert "Le café est fermé." in repair_text(page).text
