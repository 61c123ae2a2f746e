"""Audit31: large inputs of shapes real crawls meet still give the right article (the quadratic spots these
pages hit are gone; the audit times them, bench/audit31/run_audit31.py)."""

from __future__ import annotations

from pipeline import clean_text
from pipeline.strip.wraps import unwrap

TITLE = "城西十二个老旧小区完成雨污分流改造"
PARAS = [
    "本报讯（记者 林晓川）经过八个月施工，城西街道十二个老旧小区的雨污分流改造工程日前全部完工，惠及居民四千三百余户。",
    "这些小区大多建于上世纪九十年代，雨水和生活污水长期共用一根管道，每逢暴雨，部分楼栋的地下室就会倒灌积水。",
    "改造完成后，雨水将经由新建管网直接排入河道，污水则接入市政管网送往污水处理厂。",
]
SPAM = "精品视频在线观看-免费高清影院-最新电影免费看-日韩精品一区二区三区"


def test_a_dump_under_thousands_of_repeated_spam_lines_gives_the_article() -> None:
    lines = [SPAM] * 3000 + ["", "当前位置：首页 > 新闻中心 > 社会民生", "", TITLE, "",
                             "2026-03-18 09:30  来源：城西日报", ""]
    text = "\n".join(lines + [f"\u3000\u3000{p}\n" for p in PARAS] + ["版权所有 2026 城西资讯网"])
    record = clean_text(text)
    assert record.title == TITLE
    assert record.text == "\n".join(PARAS)


def test_a_paragraph_wrapped_over_thousands_of_lines_is_joined_whole() -> None:
    paragraph = "".join(f"第{i}处管网已完成检修并登记入册，" for i in range(2000)) + "工程全部完工。"
    width = 30
    lines = [paragraph[i:i + width] for i in range(0, len(paragraph), width)]
    text = "\n".join(lines) + "\n\n" + "\n".join(lines)
    joined, change = unwrap(text)
    assert change is not None
    assert joined == paragraph + "\n\n" + paragraph

