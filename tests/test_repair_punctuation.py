"""Full-width punctuation restored where a repost folded it to ASCII, and nowhere else."""

from __future__ import annotations

import pytest

from pipeline.record import apply_plan
from pipeline.repair.common import Context
from pipeline.repair.punctuation import fix_cjk_punctuation

PROSE = "港口渡轮周一恢复早班航线，乘客称终于不用绕路了。"


@pytest.mark.parametrize(("folded", "restored"), [
    ("记者提出:“深化改革”。" + PROSE, "记者提出：“深化改革”。" + PROSE),
    ("各级党委(党组)要强化责任,确保落实。" + PROSE, "各级党委（党组）要强化责任，确保落实。" + PROSE),
    ("会议于10:30,在北京召开;你来吗?\n" + PROSE, "会议于10:30，在北京召开；你来吗？\n" + PROSE),
    ("会议要求各级党委(党组)认真落实，确保取得实效。", "会议要求各级党委（党组）认真落实，确保取得实效。"),
])
def test_folded_marks_are_restored_and_replayable(folded: str, restored: str) -> None:
    fix = fix_cjk_punctuation(folded, Context())
    assert fix.text == restored
    assert apply_plan(folded, fix.changes) == restored
    assert [c.rule for c in fix.changes] == ["cjk_punctuation"]


@pytest.mark.parametrize("text", [
    "The ferry, which leaves at 10:30, is back: yes (really)!",
    "票价为1,000元，时间10:30，记者李明(Li Ming)报道。" + PROSE,
    "<a href=\"http://example.org/a,b\">链接</a>" + PROSE,
    "Mostly English text with one 中文 word, and more English words here, many of them, really.",
])
def test_text_without_folds_is_left_alone(text: str) -> None:
    fix = fix_cjk_punctuation(text, Context())
    assert (fix.text, fix.changes) == (text, [])


FOLDED_PAGE = "渡轮周一恢复早班,乘客称方便多了,船长说,天气好转后还会加密班次。"


@pytest.mark.parametrize(("folded", "restored"), [
    ("新华社杭州3月5日电(记者 王林 陈晓雨)走进社区食堂。", "新华社杭州3月5日电（记者 王林 陈晓雨）走进社区食堂。"),
    ("规划纲要(2026—2030年)提出目标。", "规划纲要（2026—2030年）提出目标。"),
    ("本报讯(记者:周岚)昨日上午。", "本报讯（记者：周岚）昨日上午。"),
])
def test_on_a_folded_page_brackets_holding_chinese_with_spaces_digits_or_marks_are_restored(
    folded: str, restored: str
) -> None:
    fix = fix_cjk_punctuation(folded + FOLDED_PAGE, Context())
    assert fix.text == restored + FOLDED_PAGE.replace(",", "，")
    assert apply_plan(folded + FOLDED_PAGE, fix.changes) == fix.text


@pytest.mark.parametrize("text", ["人口比2002年(5.02亿人)高出一倍。", "新华社电 (记者 王林)走进社区。"])
def test_a_page_with_its_own_full_width_commas_keeps_its_ascii_brackets(text: str) -> None:
    assert fix_cjk_punctuation(text + PROSE, Context()).text == text + PROSE


def test_latin_name_brackets_restored_only_on_a_wholesale_folded_page() -> None:
    folded = "记者李明(Li Ming)报道,河北蔚(yù)县," + FOLDED_PAGE + PROSE.replace("，", ",")
    restored = fix_cjk_punctuation(folded, Context()).text
    assert "（Li Ming）" in restored
    assert "蔚（yù）县" in restored
    native = "记者李明(Li Ming)报道，" + PROSE  # the page keeps its own full-width commas
    assert "(Li Ming)" in fix_cjk_punctuation(native, Context()).text


@pytest.mark.parametrize("text", [
    "调用函数(参数a, 参数b)时要小心。" + PROSE,
    "面积为30(平方米)以上的房屋。" + PROSE,
    "步骤(1)完成后再进行下一步。" + PROSE,
])
def test_brackets_with_latin_or_after_digits_stay(text: str) -> None:
    assert "(" in fix_cjk_punctuation(text, Context()).text


def test_entity_semicolons_are_not_punctuation() -> None:
    page = "<p>&nbsp;&nbsp;新华社杭州3月5日电 &ldquo;以前孩子放学没人管&rdquo;&#12289;" + PROSE + "</p>"
    fix = fix_cjk_punctuation(page, Context())
    assert "；" not in fix.text
    assert "&nbsp;新华社" in fix.text and "&ldquo;以前" in fix.text


def test_japanese_keeps_its_ascii_marks() -> None:
    notice = ("市立中央図書館は来月から開館時間を延長します。利用者の要望に応えたもので、"
              "平日は午後九時まで開いています。問い合わせ先:市立中央図書館サービス課")
    assert fix_cjk_punctuation(notice, Context()).text == notice


def test_a_katakana_middle_dot_in_a_chinese_name_does_not_make_it_japanese() -> None:
    text = "记者采访了约翰・史密斯,他说渡轮恢复后方便多了。" + PROSE
    assert "史密斯，他说" in fix_cjk_punctuation(text, Context()).text


@pytest.mark.parametrize(("folded", "restored"), [
    ("据统计,2025年客流增长三成。", "据统计，2025年客流增长三成。"),
    ("他表示:3月份将加密班次。", "他表示：3月份将加密班次。"),
])
def test_on_a_folded_page_marks_before_digits_are_restored(folded: str, restored: str) -> None:
    fix = fix_cjk_punctuation(folded + FOLDED_PAGE, Context())
    assert fix.text == restored + FOLDED_PAGE.replace(",", "，")


def test_a_folded_article_under_a_native_footer_is_still_folded_wholesale() -> None:
    footer = "\n免责声明：本站内容来自网络，如有侵权，请联系删除。"
    fix = fix_cjk_punctuation("据统计,2025年客流增长三成。" + FOLDED_PAGE * 3 + footer, Context())
    assert fix.text.startswith("据统计，2025年")


def test_a_page_with_its_own_full_width_commas_keeps_label_colons_before_digits() -> None:
    text = "日志:279，评论:587。" + PROSE
    assert fix_cjk_punctuation(text, Context()).text == text


def test_a_mark_after_a_restored_bracket_is_restored() -> None:
    folded = "沿江地区(含新区),比去年增加。" + PROSE
    assert fix_cjk_punctuation(folded, Context()).text == "沿江地区（含新区），比去年增加。" + PROSE


def test_a_mark_after_a_bracket_left_ascii_stays() -> None:
    text = "函数f(x),g(x)的图像如下。" + PROSE
    assert "f(x),g(x)" in fix_cjk_punctuation(text, Context()).text


def test_narrow_spaces_after_a_folded_mark_are_part_of_the_fold() -> None:
    folded = "走进拱墅区,\u202f记者看到,\u2009一楼车库改造成了照料中心。" + PROSE
    fix = fix_cjk_punctuation(folded, Context())
    assert fix.text == "走进拱墅区，记者看到，一楼车库改造成了照料中心。" + PROSE
    assert apply_plan(folded, fix.changes) == fix.text


def test_narrow_spaces_elsewhere_stay() -> None:
    text = "价格为1,\u202f000元，约合\u2009100欧元。" + PROSE
    assert fix_cjk_punctuation(text, Context()).text == text


def test_a_space_before_a_folded_bracket_goes_with_it_when_the_repost_spaced_its_readings() -> None:
    folded = "新华社杭州3月5日电 (记者 王林)走进社区。" + FOLDED_PAGE
    fix = fix_cjk_punctuation(folded, Context(spaced_readings=True))
    assert fix.text == "新华社杭州3月5日电（记者 王林）走进社区。" + FOLDED_PAGE.replace(",", "，")
    assert apply_plan(folded, fix.changes) == fix.text


def test_without_readings_a_space_before_a_folded_bracket_is_the_article_s() -> None:
    """A fold turns （ into ( and adds no space (本报北京9月3日电　（记者 X）: the paper's own space,
    folded to ASCII too); only readings the repost spaced say it spaces its brackets (audit18)."""
    folded = "本报北京3月5日电 (记者 王林)走进社区。" + FOLDED_PAGE
    fix = fix_cjk_punctuation(folded, Context())
    assert fix.text == "本报北京3月5日电 （记者 王林）走进社区。" + FOLDED_PAGE.replace(",", "，")


def test_on_a_folded_page_a_colon_ending_a_line_and_a_bracket_opening_one_are_restored() -> None:
    folded = "主要数据如下:\n\u3000\u3000(完)\n" + FOLDED_PAGE
    fix = fix_cjk_punctuation(folded, Context())
    assert fix.text.startswith("主要数据如下：\n\u3000\u3000（完）\n")
    assert apply_plan(folded, fix.changes) == fix.text


def test_on_a_page_with_its_own_commas_a_label_colon_before_a_tag_or_line_end_stays() -> None:
    text = "<p>本站地址:</p>\n<p>联系人:\n北京市朝阳区，某某路，某某号，联系人张三，电话请见官网。" + PROSE + "</p>"
    assert fix_cjk_punctuation(text, Context()).text == text


def test_a_comma_after_an_ascii_quote_closing_chinese_is_restored() -> None:
    """A repost folding quotes too (“” to "): the comma after the closing one, before Han, was full-width."""
    folded = '会议要求把各类资源"用起来",开展精准帮扶,确保政策落地。' + PROSE
    fix = fix_cjk_punctuation(folded, Context())
    assert '资源"用起来"，开展精准帮扶，确保' in fix.text


def test_a_comma_after_a_quote_closing_latin_or_before_latin_stays() -> None:
    """Guard: a comma after a quote closing an English word, or before Latin text, is the writer's own."""
    for text in ('他在发言中引用了"Think different",随后展开论述。' + PROSE, '书中写道"这是开始",and then it ends.'):
        fix = fix_cjk_punctuation(text, Context())
        assert '",' in fix.text


def test_a_comma_after_a_quote_entity_closing_chinese_is_restored() -> None:
    """The same fold in markup, the quote written as an entity: 资源&quot;用起来&quot;,开展."""
    folded = '<p>会议要求把各类资源&quot;用起来&quot;,开展精准帮扶,确保政策落地。</p>' + PROSE
    fix = fix_cjk_punctuation(folded, Context())
    assert "用起来&quot;，开展精准帮扶，确保" in fix.text
