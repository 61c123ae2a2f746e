"""Pinyin annotations found by the adversarial audit (bench/audit): word-level readings, the
article's own readings."""

from __future__ import annotations

import pytest

from pipeline.record import apply_plan
from pipeline.repair import repair_text
from pipeline.repair.common import Context
from pipeline.repair.pinyin import find_annotations, fix_pinyin


@pytest.mark.parametrize(
    ("annotated", "clean"),
    [
        ("網絡(wǎng luò)安全和發展（fā zhǎn）規劃。", "網絡安全和發展規劃。"),
        ("市民【shi4 min2】參與", "市民參與"),
        ("渡輪碼頭(dù lún mǎ tóu)重新開放", "渡輪碼頭重新開放"),
    ],
)
def test_word_level_annotations_are_removed(annotated: str, clean: str) -> None:
    fix = fix_pinyin(annotated, Context())
    assert fix.text == clean
    assert apply_plan(annotated, fix.changes) == clean


@pytest.mark.parametrize(
    "text",
    [
        "記者李明(Li Ming)報道",  # a name, capitalised
        "網絡(wǎng lù)安全",  # the second syllable does not read 絡
        "渡輪(dù lún mǎ)出發",  # more syllables than characters before the bracket
        "發展(fā zhǎn]很快",  # brackets that do not pair
        "記者李(Li)明報道",  # a capitalised name mid-sentence
        "他說“好 (hǎo)”字很常用",  # a quoted topic
    ],
)
def test_readings_that_do_not_fit_and_quoted_topics_stay(text: str) -> None:
    assert fix_pinyin(text, Context()).text == text


def test_word_annotations_count_as_script_evidence() -> None:
    text = "新華社電 網絡(wǎng luò)信息和發展(fā zhǎn)規劃，城鄉(chéng xiāng)建設。"
    assert len(find_annotations(text)) == 3
    result = repair_text(text)
    assert result.text == "新华社电 网络信息和发展规划，城乡建设。"


def test_the_articles_own_reading_of_a_heteronym_is_kept_and_flagged() -> None:
    text = "记者日前在河北蔚（yù）县一所小学看到，孩子们正在剪纸。"
    result = repair_text(text)
    assert result.text == text
    assert any(f.rule == "pinyin_annotation" and "own brackets" in f.evidence for f in result.flags)


def test_own_reading_kept_beside_obfuscation_removed() -> None:
    text = "記(jì)者在河北蔚（yù）縣看到，網(wǎng)絡(luò)信息很多，新華社電。"
    assert repair_text(text).text == "记者在河北蔚（yù）县看到，网络信息很多，新华社电。"


@pytest.mark.parametrize(
    "text",
    [
        "银行（háng）和长（zhǎng）大的重（chóng）新，行（xíng）人（rén）很多（duō）。",  # many: the obfuscator's
        "记者在河北蔚（wèi）县看到。",  # the dictionary reading: nothing a reader would misread
    ],
)
def test_obfuscator_style_or_default_readings_are_removed(text: str) -> None:
    assert "（" not in repair_text(text).text


@pytest.mark.parametrize(
    ("annotated", "clean"),
    [
        ("渡輪碼(ma\u030c)頭開放", "渡輪碼頭開放"),  # a decomposed tone mark (NFD)
        ("渡輪 (dù lún)和碼 (mǎ)頭開放", "渡輪和碼頭開放"),  # a space before the bracket goes too
        ("渡輪開放。當(Dāng)天乘客很多", "渡輪開放。當天乘客很多"),  # a capital at a sentence start
        ("渡輪開放,記(Jì)者看到", "渡輪開放,記者看到"),  # or a clause start
    ],
)
def test_other_annotation_forms_are_removed(annotated: str, clean: str) -> None:
    fix = fix_pinyin(annotated, Context())
    assert fix.text == clean
    assert apply_plan(annotated, fix.changes) == clean


@pytest.mark.parametrize(
    ("repost", "kept"),
    [
        # the obfuscator's 【】, the article's own brackets folded to ASCII by the repost
        ("記【jì】者在河北蔚(yù)縣看到,網【wǎng】絡【luò】信息很多,新華社電,渡輪復航。", "蔚（yù）县"),
        # all brackets folded, but the obfuscator writes tone numbers and the article tone marks
        ("記(ji4)者在河北蔚(yù)縣看到,網(wang3)絡(luo4)信息很多,新華社電,渡輪復航。", "蔚（yù）县"),
    ],
)
def test_own_reading_in_another_style_than_the_obfuscators(repost: str, kept: str) -> None:
    result = repair_text(repost)
    assert kept in result.text and "記" not in result.text and "(" not in result.text


def test_bare_zhuyin_obfuscation_keeps_nothing() -> None:
    text = "記ㄐㄧˋ者沿著ㄓㄜ˙江邊看到，網ㄨㄤˇ絡ㄌㄨㄛˋ信息很多，新華社電。"
    assert repair_text(text).text == "记者沿着江边看到，网络信息很多，新华社电。"


@pytest.mark.parametrize(
    "text",
    [
        "記(jì)者在河北蔚（yù）縣看到，網(wǎng)絡(luò)信息很多，新華社電。",
        "記【jì】者在河北蔚(yù)縣看到，網【wǎng】絡【luò】信息很多，新華社電。",
        "記(jì)者在河北蔚（wèi）縣看到，網(wǎng)絡(luò)信息很多，新華社電。",
        "记者在河北蔚(yù)县看到。",
    ],
)
def test_keeping_own_readings_is_idempotent(text: str) -> None:
    once = repair_text(text).text
    assert repair_text(once).text == once


def test_a_dictionary_reading_on_a_converted_page_is_not_kept() -> None:
    text = "記(jì)者在河北蔚（wèi）縣看到，網(wǎng)絡(luò)信息很多，新華社電。"
    assert repair_text(text).text == "记者在河北蔚县看到，网络信息很多，新华社电。"


def test_an_input_method_is_no_pronunciation_lesson() -> None:
    text = "新華社北京電 高(gāo)校(xiào)開(kāi)設拼音輸入法專題，學(xué)生用(yòng)編(biān)程解決問(wèn)題。"
    assert repair_text(text).text == "新华社北京电 高校开设拼音输入法专题，学生用编程解决问题。"


def test_a_reading_padded_with_spaces_is_removed() -> None:
    text = "记者获悉，考虑( lǜ )到绿( lǜ )色出行需求，增加夜间列车( chē )。"
    assert repair_text(text).text == "记者获悉，考虑到绿色出行需求，增加夜间列车。"


def test_a_radical_look_alike_before_its_own_reading_is_restored() -> None:
    assert repair_text("增加夜间高铁和重联动⾞(chē)组。").text == "增加夜间高铁和重联动车组。"


def test_a_reading_behind_an_inline_element_is_removed_and_the_element_left_to_strip() -> None:
    hidden = '<span style="display:none">ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ</span>'
    page = f"<p>在水廠工作了二十多年的張{hidden}(zhāng)建國(guó)說，現(xiàn)在擰開龍(lóng)頭就有水。</p>"
    result = repair_text(page, html=True)
    assert result.text == f"<p>在水厂工作了二十多年的张{hidden}建国说，现在拧开龙头就有水。</p>"
    assert apply_plan(page, result.changes) == result.text
