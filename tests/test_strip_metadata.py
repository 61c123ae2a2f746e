"""Metadata: dates, publishers, authors, titles and language, read from head and text."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html
from pipeline.strip.langguess import guess_lang
from pipeline.strip.sitetitle import strip_site
from pipeline.strip.textdates import iso_date
from pipeline.strip.textmeta import author_in_text, publisher_in_text


@pytest.mark.parametrize(("text", "iso"), [
    ("2026-02-13T10:30:00Z", "2026-02-13T10:30:00+00:00"),
    ("2026-02-13T10:30:00+0800", "2026-02-13T10:30:00+08:00"),
    ("发布时间：2026年2月13日 10:30", "2026-02-13T10:30:00"),
    ("2026-2-13 09:15", "2026-02-13T09:15:00"),
    ("2026/02/13", "2026-02-13"),
    ("February 13, 2026", "2026-02-13"),
    ("13 de febrero de 2026", "2026-02-13"),
    ("13 февраля 2026, 10:40", "2026-02-13T10:40:00"),
    ("新华社北京2月13日电", None),  # no year: never invented
    ("2026-13-45", None),
])
def test_iso_date(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


@pytest.mark.parametrize(("lines", "publisher"), [
    (["新华社北京2月13日电 《建议》提出……"], "新华社"),
    (["中央社記者林怡君台南13日電　台南市……"], "中央社"),
    (["新華(huá)社杭州3月8日電 隨(suí)著城市更新……"], "新華社"),
    (["（中新网）记者从有关部门获悉……"], "中新网"),
    (["时间:2026-02-13 来源:人民日报 作者:张三"], "人民日报"),
    (["SINGAPORE (Reuters) - A pilot floating solar farm"], "Reuters"),
    (["MADRID (EFE) – Una pequeña biblioteca"], "EFE"),
    (["Источник: ТАСС"], "ТАСС"),
    (["本站讯 今天天气很好。"], None),
])
def test_publisher_in_text(lines: list[str], publisher: str | None) -> None:
    assert publisher_in_text(lines) == publisher


def test_author_in_text() -> None:
    assert author_in_text(["时间:2026-02-13 作者:王晓明 点击:"]) == "王晓明"
    assert author_in_text(["By Jane Doe | February 12, 2026"]) == "Jane Doe"
    assert author_in_text(["Por Redacción | 11 de febrero de 2026"]) == "Redacción"


def test_strip_site_keeps_the_headline_part() -> None:
    assert strip_site("Why fog lingers in winter | Science Daily") == "Why fog lingers in winter"
    assert strip_site("沿海风电项目并网发电_新闻中心_某某网") == "沿海风电项目并网发电"


def test_guess_lang() -> None:
    assert guess_lang("这是一段中文。") == "zh"
    assert guess_lang("これは日本語の文です。") == "ja"
    assert guess_lang("Это русский текст.") == "ru"
    assert guess_lang("La biblioteca de la sierra presta semillas a los vecinos.") == "es"
    assert guess_lang("The library lends seeds to the neighbours of the village.") == "en"
    assert guess_lang("12345") is None


def test_metadata_from_head_and_json_ld() -> None:
    html = ('<html lang="en"><head><title>Fog | Site</title><meta property="og:title" content="Why fog lingers">'
            '<link rel="canonical" href="/fog"><script type="application/ld+json">'
            '{"@graph": [{"@type": "NewsArticle", "headline": "Why fog lingers", "datePublished": "2026-01-08",'
            ' "author": {"@type": "Person", "name": "A. Chen"}}]}</script></head>'
            '<body><h1>Why fog lingers</h1><p>Fog forms when air near the ground cools below its dew point, '
            'which happens most on long, clear and calm winter nights.</p></body></html>')
    art = extract_html(html, url="https://science.example.com/2026/fog?ref=x")
    assert (art.title, art.published, art.author, art.lang) == ("Why fog lingers", "2026-01-08", "A. Chen", "en")
    assert art.canonical_url == "https://science.example.com/fog"


BYLINE_PAGE = """<html><head><title>Harbor ferry returns</title></head><body><article>
<header><h1>Harbor ferry returns to the morning schedule</h1>
<div class="entry-meta">Posted on <time datetime="2026-02-10">February 10, 2026</time>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/dana/">Dana Whitfield</a>
</span></span></div></header>
<p>The harbor ferry resumed its early crossings on Monday after a month of repairs to the pier.</p>
<p>Commuters said the return saved them a long detour around the bay during the morning rush.</p>
</article><div id="comments"><div class="comment-author vcard"><cite class="fn">Pat</cite></div>
<p>Finally! The bus detour was awful.</p></div></body></html>"""


def test_author_from_a_visible_byline_when_no_metadata_names_one() -> None:
    assert extract_html(BYLINE_PAGE).author == "Dana Whitfield"


def test_author_metadata_beats_the_byline_and_a_commenter_is_no_author() -> None:
    with_meta = BYLINE_PAGE.replace("<head>", '<head><meta name="author" content="Desk Editor">')
    assert extract_html(with_meta).author == "Desk Editor"
    # Without the byline's author element, the visible "Posted on … by Dana Whitfield" still names her;
    # the commenter's vcard never does.
    commenter_only = BYLINE_PAGE.replace('class="author vcard"', 'class="posted"').replace("/author/dana/", "/dana/")
    assert extract_html(commenter_only).author == "Dana Whitfield"
    no_byline = commenter_only.replace(" by <span", " <span").replace("Dana Whitfield", "")
    assert extract_html(no_byline).author is None


MULTIPAGE = """<html><head><title>{title}_示例资讯网</title></head><body>
<div class="content"><h1>{title}</h1>
<p>社区嵌入式养老服务站开业后，周边老人可以在家门口享受助餐、助浴和康复理疗等服务，子女也更放心了。</p>
<p>服务站负责人介绍，目前已有两百多位老人登记，下一步将增加夜间照护床位，满足更多家庭的需要。</p>
<div class="pages"><a href="612.html">1</a><a href="612_2.html">2</a><a href="612_3.html">下一页</a></div>
</div></body></html>"""


@pytest.mark.parametrize(("title", "url", "expected"), [
    ("社区养老服务站开业(2)", "http://news.example.cn/html/612_2.html", "社区养老服务站开业"),
    ("社区养老服务站开业 第2页", "http://news.example.cn/show.php?id=612&page=2", "社区养老服务站开业"),
    ("社区养老服务站开业(2)", "http://news.example.cn/html/612.html", "社区养老服务站开业(2)"),  # not page 2
    ("社区养老服务站开业(3)", "http://news.example.cn/html/612_2.html", "社区养老服务站开业(3)"),
])
def test_a_later_pages_number_leaves_the_title_only_when_the_url_names_that_page(
        title: str, url: str, expected: str) -> None:
    article = extract_html(MULTIPAGE.format(title=title), url=url)
    assert article.title == expected
    assert title not in article.paragraphs
