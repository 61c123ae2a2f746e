"""Publisher and date forms of real datelines and info lines (our own sample lines)."""

from __future__ import annotations

import pytest

from pipeline.strip.textdates import date_in_text
from pipeline.strip.textmeta import author_in_text, publisher_in_text


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("中国日报网5月6日电 记者从交通运输部获悉，假期客流平稳。", "中国日报网"),
        ("新华社北京2月13日电 国务院常务会议今天召开。", "新华社"),
        ("光明日报讯（记者 王林）本市首条无人驾驶公交线路今天开通。", "光明日报"),
        ("央视网消息（新闻联播）：今年春运客流总体平稳。", "央视网"),
        ("МОСКВА, 15 октября. /ТАСС/. Новый мост открыли после ремонта.", "ТАСС"),
        ("来源：本站原创 作者：admin", None),
        ("来源：新华社 2026-09-01 08:30", "新华社"),
        ("15.10.2026 14:20 | Источник: Казанские ведомости | Автор: Ильдар Сафин", "Казанские ведомости"),
        ("Source: Coastline News Published October 14, 2026", "Coastline News"),
        ("By Martha Reyes | Coastline News | October 14, 2026", "Coastline News"),
        ("By Martha Reyes | Staff Writer | October 14, 2026", None),
        ("By Martha Reyes | October 14, 2026", None),
    ],
)
def test_publisher_in_a_dateline_or_source_line(line: str, publisher: str | None) -> None:
    assert publisher_in_text([line]) == publisher


def test_a_placeholder_source_gives_way_to_a_later_source_line() -> None:
    assert publisher_in_text(["来源：本站原创 作者：admin", "正文第一段。", "本文来源：新华社"]) == "新华社"


def test_a_day_first_date() -> None:
    assert date_in_text(["15.10.2026 14:20 | Политика"]) == "2026-10-15T14:20:00"
    assert date_in_text(["Версия 1.2.3 вышла"]) is None


def test_entities_in_a_plain_text_json_ld_body_are_decoded() -> None:
    from pipeline.strip import extract_html

    body = "新华社北京5月6日电 &ldquo;五一&rdquo;假期，全国铁路累计发送旅客1.2亿人次，同比增长7.4%，创历史新高。"
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "铁路客流创新高",'
        f' "articleBody": "{body}"}}</script></head><body><h1>铁路客流创新高</h1><div id="app"></div></body></html>'
    )
    assert extract_html(page).paragraphs == [body.replace("&ldquo;", "“").replace("&rdquo;", "”")]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("新华社北京5月6日电（记者 周怡）记者6日从国铁集团获悉，客流平稳。", "周怡"),
        ("新華社北京5月6日電（記者 周怡 王林）記者從國鐵集團獲悉。", "周怡"),
        ("来源：本站原创 作者：admin", None),
        ("作者：李梅 来源：青石日报", "李梅"),
    ],
)
def test_author_from_a_byline_or_a_dateline_reporter(line: str, author: str | None) -> None:
    from pipeline.strip.textmeta import author_in_text

    assert author_in_text([line]) == author


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("http://www.example.cn/html/2026/0506/8812.html", "2026-05-06"),
        ("http://news.example.cn/2026-05/06/c_1128.htm", "2026-05-06"),
        ("http://www.example.gov.cn/art/t20260506_123.html", "2026-05-06"),
        ("https://example.com/2026/05/06/rail-record/", "2026-05-06"),
        ("http://www.example.cn/news/20261399.html", None),
        ("http://www.example.cn/p/12345678.html", None),
    ],
)
def test_a_date_in_the_article_url(url: str, date: str | None) -> None:
    from pipeline.strip.textdates import date_in_url

    assert date_in_url(url) == date


def test_a_yearless_info_line_is_metadata_and_the_url_gives_the_date() -> None:
    from pipeline.strip import extract_html

    page = ("<html><body><h1>铁路客流创新高</h1><div class='content'><p>05-06 10:21 来源：新华社</p>"
            "<p>新华社北京5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次，同比增长7.4%。</p>"
            "<p>国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列，运输秩序良好。</p></div></body></html>")
    article = extract_html(page, url="http://www.example.cn/html/2026/0506/8812.html")
    assert article.published == "2026-05-06"
    assert article.paragraphs[0].startswith("新华社北京5月6日电")
    assert article.publisher == "新华社"


def test_an_agency_ending_a_dated_info_line_is_the_publisher() -> None:
    assert publisher_in_text(["2026年4月1日 11時30分 共同通信"]) == "共同通信"
    assert publisher_in_text(["Photo: Lena Park/AP"]) is None


def test_a_compact_date_counts_only_after_a_label() -> None:
    assert date_in_text(["发布日期：20260901"]) == "2026-09-01"
    assert date_in_text(["编号 20260901"]) is None
    assert date_in_text(["电话：20260901234"]) is None


@pytest.mark.parametrize(("line", "author"), [
    ("来源：人民网 作者：张三 2026-09-01", "张三"),
    ("15.10.2026 | Автор: Ильдар Сафин | Политика", "Ильдар Сафин"),
    ("By Martha Reyes | Coastline News | October 14, 2026", "Martha Reyes"),
])
def test_author_names_of_one_or_several_words(line: str, author: str) -> None:
    assert author_in_text([line]) == author


@pytest.mark.parametrize(("line", "date"), [
    ("日期：二〇二六年九月一日", "2026-09-01"),
    ("二〇二五年十二月三十一日 星期三", "2025-12-31"),
    ("二〇二六年十月二十日", "2026-10-20"),
])
def test_a_date_in_chinese_numerals(line: str, date: str) -> None:
    assert date_in_text([line]) == date


def test_an_info_line_with_a_chinese_numeral_date_is_dropped_from_a_dump() -> None:
    from pipeline.strip import extract_text
    body = "　　本报讯 秋季学期开学首日，全市中小学秩序井然，各校开展了丰富多彩的开学第一课活动。"
    article = extract_text(f"全市中小学平稳开学\n\n日期：二〇二六年九月一日\n\n{body}\n")
    assert article.paragraphs == [body.strip()]
    assert article.published == "2026-09-01"


@pytest.mark.parametrize("line", ["时间:２０２６－０７－１０ 来源:国家统计局", "时间:2026－07－10 来源:国家统计局"])
def test_a_date_written_full_width(line: str) -> None:
    assert date_in_text([line]) == "2026-07-10"
