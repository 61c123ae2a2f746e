"""Audit42: a news page that shows a story's opening and folds the rest into a box of its own (a portal's
"展开全文" continuation). best_box does not narrow to that box when the article's prose sits right above it:
a news story written in paragraphs of a sentence or two is prose as much as one long paragraph is.
The pages are our own writing in the shape of a portal's article column."""

from __future__ import annotations

from pipeline.api import clean_html

OPENING = (
    "本报讯（记者 林川）昨天上午，市区东环路跨河大桥维修工程完工，"
    "封闭了四个月的大桥恢复双向通行，早高峰的车流明显顺畅。",
    "据介绍，这座大桥建成已有二十多年，去年的定期检测发现部分支座老化，桥面也出现了多处裂缝，需要尽快维修。",
    "施工期间，交警部门在周边路口设置了绕行标志，途经大桥的五条公交线路也临时调整了走向。",
)

REST = tuple(
    f"第{n}段：维修单位介绍，这次工程共更换支座{n + 10}个，重新铺设桥面沥青{n * 300}平方米，"
    f"并对桥下{n + 2}处排水口进行了疏通。工人们分成两班轮流作业，夜里也没有停工，"
    f"遇到雨天就先做桥下的检修，天晴了再抢铺桥面，整个工期比原计划提前了{n}天。"
    for n in range(1, 9)
)

PAGE = """<html><head><meta charset="utf-8"><title>东环路跨河大桥维修完工 - 北岭新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/city">本地</a></div>
<div class="main"><h1>东环路跨河大桥维修完工</h1><div class="info">2026-05-12 09:30 来源：北岭晚报</div>
<article class="article">{opening}<section class="more">展开全文</section>
<div class="fold-content">{rest}</div></article></div>
<div class="side"><h3>热门推荐</h3><a href="/a/1">城区新增三处停车场</a><br><a href="/a/2">地铁二号线试运行</a></div>
</body></html>"""


def _page(opening: str) -> str:
    return PAGE.format(opening=opening, rest="".join(f"<p>{p}</p>" for p in REST))


def test_a_storys_short_opening_paragraphs_above_its_folded_rest_stay() -> None:
    rec = clean_html(_page("".join(f"<p>{p}</p>" for p in OPENING)))
    assert rec.text == "\n".join(OPENING + REST)


def test_short_lines_that_are_no_paragraphs_above_the_story_are_left_out() -> None:
    # (a teaser's excerpt lines in <div>s above the story's box are the site's, not the article's)
    rec = clean_html(_page("".join(f"<div>{p}</div>" for p in OPENING)))
    assert rec.text == "\n".join(REST)
