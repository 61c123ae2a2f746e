# ruff: noqa: E501
"""Audit20 fixes (seed-like reposts, wave 3): each test fails on the branch base."""

from __future__ import annotations

from pipeline.api import clean_text
from pipeline.repair import apply_plan, repair_text
from pipeline.strip import extract_text
from pipeline.strip.textmeta import author_in_text, publisher_in_text

SPAM = "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院"


def _repaired(text: str) -> str:
    out = repair_text(text, script="keep")
    assert apply_plan(text, out.changes) == out.text
    return out.text


def test_a_bracket_after_a_folded_mark_is_a_fold_on_a_folded_page() -> None:
    text = "方案提出,今年将重点抓好两件事:(一)推进数据共享,减少证明材料;(二)优化办事体验,保留线下渠道。"
    assert _repaired(text) == "方案提出，今年将重点抓好两件事：（一）推进数据共享，减少证明材料；（二）优化办事体验，保留线下渠道。"


def test_chinese_in_brackets_after_latin_and_a_semicolon_after_a_percent_on_a_folded_page() -> None:
    text = "截至3月末,全市光纤用户占比达到41.5%;5G用户超过800万户,数字经济占GDP(地区生产总值)的比重超过三成,算力达到20 EFLOPS(每秒百亿亿次浮点运算)。"
    assert _repaired(text) == ("截至3月末，全市光纤用户占比达到41.5%；5G用户超过800万户，数字经济占GDP（地区生产总值）的比重超过三成，"
                               "算力达到20 EFLOPS（每秒百亿亿次浮点运算）。")


def test_a_page_that_writes_full_width_commas_keeps_its_ascii_brackets_after_latin() -> None:
    text = "他说，CPU(中央处理器)的价格为1,000元，占比35.7%;5G用户还在增加。"
    assert _repaired(text) == text


def test_folds_at_cr_and_crlf_line_ends_and_a_bracket_opening_a_cr_line() -> None:
    crlf = "各地推出了一批高频事项,主要包括:\r\n\t1.异地就医结算备案,社会保障卡申领等事项;\r\n\t2.户口迁移,居民身份证换领等事项。"
    assert _repaired(crlf) == ("各地推出了一批高频事项，主要包括：\r\n\t1.异地就医结算备案，社会保障卡申领等事项；\r\n"
                               "\t2.户口迁移，居民身份证换领等事项。")
    cr = "数字社会的温度,体现在对每个群体的关照上,让老年人共享成果,是一道考题。\r\r(作者系某大学社会发展学院教授)"
    assert _repaired(cr).endswith("\r\r（作者系某大学社会发展学院教授）")


def test_a_reporter_name_with_an_ext_a_character() -> None:
    assert author_in_text(["本报讯（记者 乔䶮）市统计局昨日发布数据，一季度全市经济运行平稳。"]) == "乔䶮"


def test_a_source_and_an_author_end_at_their_lenticular_or_tortoise_shell_bracket() -> None:
    assert publisher_in_text(["【来源：人民网】【发布时间：2026-04-22 10:20】"]) == "人民网"
    assert author_in_text(["〔2026-07-03 14:25　来源：中新网　作者：戚书瑶〕"]) == "戚书瑶"


def _dump(head: list[str], title: str, paras: list[str]) -> str:
    return "\n\n".join([*head, "\xa0", "当前位置 : 首页 > 新闻中心", "\xa0", title, *("\u2003\u2003" + p for p in paras)])


_PARAS = ["新华社南昌6月8日电（记者 聂云帆）暑假临近，一处古村落里热闹起来，竹编艺人正教孩子们编织。",
          "据了解，当地去年起在乡村学校开设“非遗课堂”，已有2000多名学生参加。"]


def test_a_line_of_the_farms_web_addresses_above_the_article_is_header() -> None:
    head = ["久久精品资讯网 - 最新最全的免费资讯门户", "本站网址：www.jj99zx.com 备用网址：https://jj99zx.cc 永久地址：jj99.vip"]
    out = clean_text(_dump(head, "古村落里的非遗课堂 孩子们学起竹编", _PARAS))
    assert out.title == "古村落里的非遗课堂 孩子们学起竹编"
    assert out.text == "\n".join(_PARAS)


def test_a_spam_header_naming_its_site_in_brackets_is_not_the_publisher() -> None:
    paras = ["中新网北京7月3日电（记者 戚书瑶）近日，一份年度网络流行语盘点引发关注，折射出年轻人新的社交方式。",
             "专家分析，网络新词大多生命力短暂，能沉淀下来进入词典的只是少数。"]
    head = ["【久久资讯网】提供最新免费电影、电视剧在线观看【www.jj99zx.com】"]
    assert clean_text(_dump(head, "网络新词背后有哪些社会心态", paras)).publisher == "中新网"


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


_WRAPPED = ["北京语言大学研究员祁文静分析，“搭子”原本是方言词，指一起打牌的伙伴，如今被用来称呼吃饭、旅行、健身时的临时伙伴，"
            "反映了年轻人轻社交的需求，也说明方言词进入普通话的途径越来越多样。",
            "祁文静说，网络新词大多生命力短暂，能沉淀下来进入词典的只是少数。",
            "对待网络语言，既不能盲目追捧，也不必过度担忧，要引导青少年在正式场合规范使用语言文字，"
            "学校和家庭都应当承担起相应的责任，媒体也要发挥示范作用，少用生造词语。"]


def test_hard_wrapped_paragraphs_without_blank_lines_are_joined_at_their_short_last_lines() -> None:
    # the wrap counted each paragraph's indent; repair then took the indent away; paragraph 2 is one
    # line as short as a first line, ending its sentence
    lines = [line.lstrip("\u2003") for p in _WRAPPED for line in _wrap("\u2003\u2003" + p, 34)]
    assert extract_text("网络新词背后有哪些社会心态\n\n" + "\n".join(lines)).paragraphs == _WRAPPED


def test_wrapped_paragraphs_whose_first_lines_lost_their_indent_are_joined() -> None:
    blocks = ["\n".join(line.lstrip("\u2003") for line in _wrap("\u2003\u2003" + p, 30)) for p in _WRAPPED]
    assert extract_text("网络新词背后有哪些社会心态\n\n" + "\n\n".join(blocks)).paragraphs == _WRAPPED


def test_a_reading_that_lost_its_tone_vowel_goes_with_the_others() -> None:
    text = "工業互聯(lián)網(wǎng)平臺(tái)超過340個,網(w\ufffdng)絡覆蓋所有城區,用戶達到10億戶,網(w?ng)絡速度穩步提升。"
    assert _repaired(text) == "工業互聯網平臺超過340個，網絡覆蓋所有城區，用戶達到10億戶，網絡速度穩步提升。"
