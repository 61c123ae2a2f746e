"""Obfuscations found by audit3: a hidden element inside a reading's brackets, spaces sprinkled
between ideographs mid-sentence."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html, clean_text
from pipeline.record import apply_plan
from pipeline.repair import repair_text
from pipeline.repair.common import Context
from pipeline.repair.punctuation import fix_cjk_punctuation
from pipeline.repair.spacing import fix_odd_spaces

HIDDEN = '<span style="display:none">ｗｗｗ．ｍｉｒｒｏｒ８８．ｃｏｍ</span>'


@pytest.mark.parametrize(
    ("annotated", "clean"),
    [
        ("擰開水龍(<span>x</span>lóng)頭", "擰開水龍<span>x</span>頭"),
        (f"擰開水龍({HIDDEN}lóng)頭", f"擰開水龍{HIDDEN}頭"),
        (f"新建加壓(yā{HIDDEN})泵站", f"新建加壓{HIDDEN}泵站"),
        (f"鋪設（{HIDDEN} shè）管道", f"鋪設{HIDDEN}管道"),
        (f"也爲(w{HIDDEN}èi)鄉村", f"也爲{HIDDEN}鄉村"),
    ],
)
def test_reading_with_an_element_inside_its_brackets_goes_and_the_element_stays(annotated: str, clean: str) -> None:
    page = f"<html><body><p>{annotated}</p></body></html>"
    repaired = repair_text(page, script="keep", html=True)
    assert repaired.text == page.replace(annotated, clean)
    assert apply_plan(page, repaired.changes) == repaired.text


def test_the_strip_stage_drops_the_hidden_element_inside_the_brackets() -> None:
    body = (
        f"<p>村裏的老人說，現在擰(níng)開龍({HIDDEN}lóng)頭就有水，水質還(hái)比過(guò)去好，"
        f"鄉親們再也不用挑水了，縣裏在沿線建了多座加壓(yā{HIDDEN})泵站。</p>"
    )
    record = clean_html(f"<html><head><title>山村通水記</title></head><body><article>{body}</article></body></html>")
    assert "龍頭" in record.text or "龙头" in record.text
    assert "lóng" not in record.text and "yā" not in record.text and "ｗｗｗ" not in record.text


_BODY = [
    "今年以来，县里新建和改造水\u3000厂十二座，铺设各级管道三千多公里，受益人口达到四十多万，群众的饮水条件明显改善。",
    "村民王\u00a0秀英告诉记者，过去家里吃水要靠水窖，遇到干旱年份还得花钱买水，现在拧开龙头就有干净的自来水了。",
    "项目负责人介绍，工程从附近的水库引水，经过净化处理后，通过加压泵站一级一级往山上送，最远的村子海拔超过两千米。",
    "为了管好用好这些工程，县里成立了专门的运\u2002维公司，在每个行政村聘请一名管水员，负责日常巡查和简单维修工作。",
    "据统计，全县农村自来水普及率已由五年前的七成提高到现在的九成以\u3000上，水质检测合格率也在逐年提升，群众普遍满意。",
    "下一步，县里将继续推进老旧管网改造，并探索建立政府与社会资本相结合的长效运维机制，让群众长久喝上放心\u00a0水。",
]


def _article(body: list[str]) -> str:
    """A headline, the dateline and byline opening the first paragraph, a photo caption, an editor line."""
    first = f"新华社兰州3月2日电 （记者 王林 陈晓雨）{body[0]}"
    caption = "图为村民在新建的水厂参观学习，了解自来水从水库到龙头的净化和加压过程。（王林 陈晓雨 摄）"
    lines = ["山区供水工程惠及四十万人 群众喝上放心水", first, *body[1:], caption, "（责任编辑 李 明）"]
    return "\n".join(lines) + "\n"


def test_spaces_sprinkled_inside_words_are_removed_and_replayable() -> None:
    text = _article(_BODY)
    fix = fix_odd_spaces(text, Context())
    assert fix.text == _article([line.translate({0xA0: None, 0x2002: None, 0x3000: None}) for line in _BODY])
    assert [c.rule for c in fix.changes] == ["odd_space"]
    assert apply_plan(text, fix.changes) == fix.text


def test_dateline_byline_and_headline_spaces_stay() -> None:
    fixed = fix_odd_spaces(_article(_BODY), Context()).text
    assert "惠及四十万人 群众" in fixed
    assert "电 （记者 王林 陈晓雨）" in fixed
    assert "（王林 陈晓雨 摄）" in fixed
    assert "（责任编辑 李 明）" in fixed


def test_a_few_spaces_are_flagged_not_removed() -> None:
    body = [line.translate({0xA0: None, 0x2002: None}) for line in _BODY]  # two left, both in 水厂/以上
    text = _article(body)
    fix = fix_odd_spaces(text, Context())
    assert fix.text == text and not fix.changes
    assert [f.rule for f in fix.flags] == ["odd_space"]


def test_spaces_between_words_stay() -> None:
    """Many spaces, but a writer's: each between two words, none splitting one."""
    body = [
        "今年 春天，我们 一起 去了 南方 的 小城，那里 的 街道 很 安静，河边 种满 了 柳树，傍晚 有 很多 人 散步。",
        "城里 的 老房子 大多 保存 完好，我们 在 一家 茶馆 坐了 很久，听 老人 讲 过去 的 故事，直到 天色 暗下来。",
    ]
    text = _article(body)
    fix = fix_odd_spaces(text, Context())
    assert fix.text == text and not fix.changes


def test_the_whole_stage_removes_them_from_a_text_page() -> None:
    record = clean_text(_article(_BODY))
    assert "运维公司" in record.text and "王秀英" in record.text and "水厂十二座" in record.text
    assert any(c.rule == "odd_space" for c in record.changes)


_FOLDED = "国家统计局发布数据,今年夏粮总产量比上年增加,增长一点二个百分点,其中小麦产量稳中有升。"


def test_a_unit_in_brackets_on_a_folded_page_is_restored() -> None:
    text = f"{_FOLDED}\n地区\t产量(万吨)\t比上年增长(%)\n河南\t3812\t1.5\n"
    fixed = fix_cjk_punctuation(text, Context()).text
    assert "产量（万吨）\t比上年增长（%）" in fixed


def test_a_unit_in_brackets_on_a_page_with_its_own_commas_stays() -> None:
    text = "国家统计局发布数据，今年夏粮总产量比上年增加，增长一点二个百分点。\n地区\t比上年增长(%)\n河南\t1.5\n"
    assert "增长(%)" in fix_cjk_punctuation(text, Context()).text


def test_a_comma_after_a_hidden_element_after_han_is_restored() -> None:
    page = f"<p>{_FOLDED}</p>\n<p>三、建得好{HIDDEN},更要管得好</p>"
    repaired = repair_text(page, script="keep", html=True)
    assert f"建得好{HIDDEN}，更要" in repaired.text
    assert apply_plan(page, repaired.changes) == repaired.text


def test_a_comma_after_a_block_tag_stays() -> None:
    page = f"<p>{_FOLDED}</p>,<p>更要管得好</p>"
    assert "</p>,<p>" in repair_text(page, script="keep", html=True).text


def test_brackets_with_an_element_inside_but_no_reading_stay() -> None:
    page = f"<p>記者李明({HIDDEN}Li Ming)報道，會議(<b>x</b>2026)在北京舉行。</p>"
    assert repair_text(page, script="keep", html=True).text == page
