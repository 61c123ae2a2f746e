"""Bylines, cookie banners, teasers and dates in non-Chinese dumps; titles with spam or a subtitle."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html, extract_text
from pipeline.strip.textdates import date_in_text
from pipeline.strip.textmeta import author_in_text

_HEAD = "Harbour town votes to keep its last ferry running"
_LEAD = "Residents of this fishing town voted 412 to 97 on Tuesday to raise local taxes so their ferry keeps running."
_MORE = "The ferry makes four crossings a day and carries about 300 passengers in summer."


@pytest.mark.parametrize(
    "line",
    [
        "By Martha Reyes | October 14, 2026",
        "We use cookies to improve your experience. Accept all cookies",
        "Read more: Island schools prepare for winter",
    ],
)
def test_boilerplate_lines_of_an_english_dump_are_dropped(line: str) -> None:
    article = extract_text(f"{line}\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n")
    assert article.title == _HEAD
    assert article.paragraphs == [_LEAD, _MORE]


def test_prose_opening_with_by_stays() -> None:
    prose = "By the end of the year, the council hopes to buy a second boat."
    assert prose in extract_text(f"{_HEAD}\n\n{_LEAD}\n\n{prose}\n").paragraphs


def test_byline_and_day_first_dates() -> None:
    assert author_in_text(["By Martha Reyes Oct. 14, 2026"]) == "Martha Reyes"
    assert date_in_text(["Published 14/10/2026"]) == "2026-10-14"
    assert date_in_text(["20/03/2026 - 10:15 h"]) == "2026-03-20T10:15:00"
    assert date_in_text(["03/04/2026"]) is None  # April 3rd or March 4th: not decided


_P1 = "<p>长江中游航道水位连日回升，多艘货轮已恢复满载通行，港口装卸作业秩序良好。</p>"
_P2 = "<p>航道部门表示，将继续加强水位监测，及时发布航道信息，保障船舶安全通行。</p>"


def test_a_title_tag_with_spam_glued_on_gives_its_clean_part() -> None:
    title = "长江中游航道水位回升 货轮恢复满载通行-久久精品国产免费观看"
    page = f"<html><head><title>{title}</title></head><body>{_P1}{_P2}</body></html>"
    assert extract_html(page).title == "长江中游航道水位回升 货轮恢复满载通行"


def test_an_h1_with_a_subtitle_beats_the_shorter_title_tag() -> None:
    page = ("<html><head><title>长江中游航道水位回升_新闻资讯网</title></head><body>"
            f"<h1>长江中游航道水位回升：货轮恢复满载通行</h1>{_P1}{_P2}</body></html>")
    article = extract_html(page)
    assert article.title == "长江中游航道水位回升：货轮恢复满载通行"
    assert not article.paragraphs[0].startswith("长江中游航道水位回升：")


def test_a_title_tag_naming_only_the_site_gives_way_to_the_headline_paragraph() -> None:
    page = (f"<html><head><title>新闻资讯网</title></head><body><div class='content'>"
            f"<p><strong>长江中游航道水位回升</strong></p>{_P1}{_P2}</div></body></html>")
    article = extract_html(page)
    assert article.title == "长江中游航道水位回升"
    assert article.paragraphs[0].startswith("长江中游航道水位连日回升")


_RU_HEAD = "В Казани открыли библиотеку с круглосуточным доступом"
_RU_LEAD = "Новая библиотека в центре города работает без выходных, читатели входят по электронной карте."
_RU_MORE = "За первую неделю её посетили более двух тысяч человек."


@pytest.mark.parametrize("header", [
    "Смотреть фильмы онлайн бесплатно в хорошем качестве HD 2026",
    "Ver películas online gratis en español HD - Estrenos 2026",
])
def test_a_header_line_above_the_breadcrumb_is_not_the_title(header: str) -> None:
    dump = f"{header}\n\nГлавная / Новости / Общество\n\n{_RU_HEAD}\n\n15.10.2026 14:20\n\n{_RU_LEAD}\n\n{_RU_MORE}\n"
    article = extract_text(dump)
    assert article.title == _RU_HEAD
    assert article.paragraphs == [_RU_LEAD, _RU_MORE]
    assert article.published == "2026-10-15T14:20:00"


def test_a_title_above_the_breadcrumb_stays_when_no_headline_follows_it() -> None:
    dump = f"{_RU_HEAD}\n\nГлавная / Новости / Общество\n\n{_RU_LEAD}\n\n{_RU_MORE}\n"
    article = extract_text(dump)
    assert article.title == _RU_HEAD
    assert article.paragraphs == [_RU_LEAD, _RU_MORE]


def test_a_subtitle_after_a_doubled_dash_stays_in_a_spam_glued_title() -> None:
    head = "生僻字不再变“□”——新版汉字编码国家标准全面实施一周年"
    page = (f"<html><head><title>{head} &#8211; 久久精品国产免费观看-亚洲日韩精品一区二区</title></head>"
            f"<body><h1>{head}</h1>{_P1}{_P2}</body></html>")
    assert extract_html(page).title == head


_ZH_HEAD = "黄河下游滩区今年完成两万亩土地整治"
_ZH_P1 = "新华社郑州9月3日电 记者3日从河南省自然资源厅获悉，黄河下游滩区今年已完成土地整治2.1万亩。"
_ZH_P2 = "河南省自然资源厅有关负责人表示，下一步将继续推进滩区国土空间综合整治。"


@pytest.mark.parametrize("header", ["新华网 时政 国际 财经", "搜狐 > 旅游 > 正文", "人民网>>社会·法治",
                                    "首页 国内 国际 财经", "NHK NEWS WEB"])
def test_a_copied_pages_menu_or_trail_above_the_headline_is_not_the_title(header: str) -> None:
    article = extract_text(f"{header}\n\n{_ZH_HEAD}\n\n{_ZH_P1}\n\n{_ZH_P2}\n")
    assert article.title == _ZH_HEAD
    assert article.paragraphs == [_ZH_P1, _ZH_P2]


@pytest.mark.parametrize("header", ["World U.S. Politics", "EL PAÍS España Economía\n\nEspaña",
                                    "News Opinion Sport Culture"])
def test_an_english_or_spanish_menu_line_is_not_the_title(header: str) -> None:
    article = extract_text(f"{header}\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n")
    assert article.title == _HEAD


def test_a_short_headline_above_a_longer_line_stays_the_title() -> None:
    head = "Biden Signs Infrastructure Bill"
    article = extract_text(f"{head}\n\nThe law funds roads, bridges and broadband across the country\n\n{_LEAD}\n")
    assert article.title == head


@pytest.mark.parametrize("info", [
    "2026 09/03 10:21:35", "2026年09月03日 07:35北京商报", "发布于：河北省",
    "2026/9/3 14:25（2026/9/3 15:10 更新）", "2026-09-03 10:21聯合報 / 記者陳思妤／台中即時報導", "10月14日 12時34分",
    "14:20 15.10.2026", "字体：小 中 大　分享到：",
])
def test_a_copied_pages_info_line_under_the_headline_is_dropped(info: str) -> None:
    article = extract_text(f"{_ZH_HEAD}\n\n{info}\n\n{_ZH_P1}\n\n{_ZH_P2}\n")
    assert article.title == _ZH_HEAD
    assert article.paragraphs == [_ZH_P1, _ZH_P2]


@pytest.mark.parametrize("lead", ["新华社杭州3月2日电 初春时节，沿着城市绿道骑行，不少市民趁着周末出门踏青。",
                                  "新华社杭州3月2日电"])
def test_a_lead_with_a_dateline_date_stays(lead: str) -> None:
    assert extract_text(f"{_ZH_HEAD}\n\n{lead}\n\n{_ZH_P2}\n").paragraphs == [lead, _ZH_P2]


def test_a_headline_naming_a_date_stays_the_title() -> None:
    head = "9月1日起这些新规开始施行"
    assert extract_text(f"{head}\n\n{_ZH_P1}\n\n{_ZH_P2}\n").title == head


def test_a_blogs_comment_thread_in_a_dump_goes_whole() -> None:
    thread = ("2 thoughts on “Harbour town votes to keep its last ferry running”\n\n"
              "Pat R. October 14, 2026 at 9:12 am\n\n"
              "About time. My kids take that ferry every morning, and the road around the bay is closed half "
              "the winter, so this vote means they get to school on time.\n\nReply\n\n"
              "Your email address will not be published. Required fields are marked *")
    article = extract_text(f"{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n\n{thread}\n")
    assert article.paragraphs == [_LEAD, _MORE]


def test_the_header_under_a_standfirst_is_still_header() -> None:
    dump = (f"{_HEAD}\n\nThe island's council keeps the service it almost lost to rising costs\n\nMartha Reyes\n\n"
            f"14 Oct 2026 - 08:05 EDT\n\n{_LEAD}\n\n{_MORE}\n")
    article = extract_text(dump)
    assert article.title == _HEAD
    assert article.paragraphs == ["The island's council keeps the service it almost lost to rising costs", _LEAD, _MORE]


@pytest.mark.parametrize("head", ["直播｜第十二届城市马拉松今晨鸣枪开跑", "新华全媒+｜南门老街重新开街"])
def test_a_column_name_before_a_bar_stays_in_the_headline(head: str) -> None:
    page = (f"<html><head><title>{head}_城市新闻网</title></head><body><h1>{head}</h1>"
            f"<div class='content'>{_P1}{_P2}</div></body></html>")
    assert extract_html(page).title == head


def test_a_bracketed_repost_tag_still_goes() -> None:
    page = ("<html><head><title>长江中游航道水位回升_新闻资讯网</title></head><body>"
            f"<h1>[转贴]长江中游航道水位回升</h1><div class='content'>{_P1}{_P2}</div></body></html>")
    assert extract_html(page).title == "长江中游航道水位回升"


def test_a_headline_holding_two_section_names_is_no_menu() -> None:
    head = "World Business Leaders Meet in Davos"
    dek = "Talks on trade and energy prices dominate the first day of the forum"
    article = extract_text(f"{head}\n\n{dek}\n\n{_LEAD}\n")
    assert article.title == head
