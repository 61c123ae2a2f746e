"""Author, publisher and date in the forms real sites print them: Chinese, Taiwanese and Hong Kong
bylines and datelines, Russian wire datelines, news.cn's split date, BEM-named byline elements.
All sample lines are our own."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html
from pipeline.strip.textdates import date_in_text, iso_date
from pipeline.strip.textmeta import author_in_text, publisher_in_text

BODY = ("<p>市交通运输局介绍，新线全长十二公里，共设九座车站，沿线覆盖三所高校和两个产业园区。</p>"
        "<p>据测算，新线开通后，园区职工通勤时间平均可缩短二十分钟，早高峰将按五分钟间隔发车。</p>")


def page(body: str, lang: str = "zh-CN", head: str = "") -> str:
    return f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("江城日报讯 (记者 沈佳禾)记者5日从市交通运输局获悉，新线下月开通。", "沈佳禾"),
        ("中新网杭州5月6日电 （记者 陆远舟 通讯员 何芳）当地今天发布通告。", "陆远舟"),
        ("（中央社記者周子晴高雄6日電）高雄市政府今天宣布新線通車。", "周子晴"),
        ("中央社記者周子晴、吳家豪台北6日電　行政院今天通過草案。", "周子晴"),
        ("江城晚报 / 記者蔡宛庭／新竹即時報導", "蔡宛庭"),
        ("〔記者蔡宛庭／新竹報導〕新竹市今天啟用新站。", "蔡宛庭"),
        ("江城商报记者 韩知秋", "韩知秋"),
        ("江城商报记者韩知秋", "韩知秋"),
        ("本报记者 许一鸣 实习生 郑可", "许一鸣"),
        ("【江城网报道 记者 林清远】据当地媒体报道，新桥今日合龙。", "林清远"),
        ("【江城时报驻柏林特约记者 卢森】德国多地今夏降雨偏少。", "卢森"),
        ("文／图 本报记者 许一鸣 通讯员 郑可", "许一鸣"),
        ("□ 本报记者 许一鸣", "许一鸣"),
        ("记者 许一鸣", "许一鸣"),
        ("（记者 许一鸣）昨天，市里召开会议。", "许一鸣"),
        ("記者蔡宛庭、林柏均／新竹報導", "蔡宛庭"),
        ("作者丨许一鸣", "许一鸣"),
        ("记者 从市教育局获悉，新学期开学在即。", None),
        ("记者会上，发言人表示欢迎。", None),
        ("（记者许一鸣）昨天，市里召开会议。", "许一鸣"),
        ("记者江湖", None),
        ("据江城商报记者 韩知秋 报道，当地已启动调查。", None),  # another outlet's reporter, cited
        # a photo's credit, prose about reporters, a Taiwanese photo line: no author
        ("江城日报记者 王亮 李晴 摄", None),
        ("新华社记者 王亮 摄", None),
        ("江城商报记者了解到，多家银行已经下调利率。", None),
        ("本报记者从市政府获悉，新线下月开通。", None),
        ("新站今天啟用。記者蔡宛庭／攝影", None),
        # English blog and paper bylines of dumps
        ("Posted on May 6, 2026May 7, 2026 by Clara Whitby", "Clara Whitby"),
        ("Clara Whitby Transport correspondent", "Clara Whitby"),
        ("Posted on May 6, 2026 by Admin", None),
        ("Updated the rules by Friday", None),
        ("Senior Political Editor", None),
        ("Clara Whitby, Staff Writer", "Clara Whitby"),
        ("Written by Clara Whitby", "Clara Whitby"),
        ("Posted by Clara Whitby on May 6, 2026", "Clara Whitby"),
        ("By CLARA WHITBY Associated Press", "CLARA WHITBY"),
        ("By May Whitby", "May Whitby"),
        ("Written By Feb 11, 2026 · 3 min read", None),
        ("By AP", None),
        ("Текст: Анна Лебедева", "Анна Лебедева"),
        ("Текст Конституции", None),
    ],
)
def test_reporters_in_bylines_and_datelines(line: str, author: str | None) -> None:
    assert author_in_text([line]) == author


@pytest.mark.parametrize(
    ("lines", "publisher"),
    [
        # the agency a lead names wins over the site a 来源 line names, and over a 来源 line before it
        (["2026-05-06 10:21:35 来源：新华网", "新华社杭州5月6日电 当地今天发布通告。"], "新华社"),
        (["来源：江城日报", "MOSCOW (Reuters) - A new bridge opened on Tuesday."], "Reuters"),
        # a lead that is no agency counts in its order: the same outlet, named in full first
        (["来源：中国新闻网", "中新网杭州5月6日电 当地今天发布通告。"], "中国新闻网"),
        (["江城日报讯（记者 沈佳禾）当地今天发布通告。", "来源：江城网"], "江城日报"),
        (["来源：人民网－人民日报"], "人民日报"),
        (["来源：央视网-新闻联播"], "新闻联播"),
        (["来源：江城日报"], "江城日报"),
        (["【港城日報專訊】本港首條海底隧道今日啟用。"], "港城日報"),
        (["【江城网报道 记者 林清远】据当地媒体报道，新桥今日合龙。"], "江城网"),
        (["本报讯（记者 沈佳禾）当地今天发布通告。"], None),
        (["来源丨江城日报"], "江城日报"),
        (["据新华社杭州5月6日电 当地今天发布通告。"], "新华社"),
        (["据江城商报记者 韩知秋 报道，当地已启动调查。"], None),
        # a picture's source is no article's publisher
        (["图片来源：江城图片社"], None),
        (["Image source: Example Images."], None),
        (["（港城日報報道）本港今日啟用新站。"], "港城日報"),
        (["【hk.example港城網專訊】本港今日啟用新站。"], "hk.example港城網"),
        (["来源：江城网", "美联社报道：当地今天发布通告。"], "江城网"),
        (["江城晚报讯 当地今天发布通告。"], "江城晚报"),
        (["КАЗАНЬ, 6 мая — РИА Новости. В городе открыли новый мост."], "РИА Новости"),
        (["2026年05月06日 07:35江城商报"], "江城商报"),
        (["2026-05-06 10:21江城晚报 / 記者蔡宛庭／新竹即時報導"], "江城晚报"),
        (["2026-05-06 10:21 星期三"], None),
        # last, the outlet a reporter's byline names; a photo credit names none
        (["当地今天发布通告。", "江城商报记者 韩知秋"], "江城商报"),
        (["江城商报记者 韩知秋", "来源：江城在线"], "江城在线"),
        (["本报记者 许一鸣"], None),
        (["江城日报记者 王亮 李晴 摄"], None),
        # a URL or a lower-case domain is no publisher; a brand written with capitals is
        (["本文来自网络，转载请注明出处：https://www.example.com/1234.html"], None),
        (["Source: charts.example.com"], None),
        (["来源：www.example.cn"], None),
        (["Source: Examplecontrol.com"], "Examplecontrol.com"),
        # English and Spanish wire forms
        (["By Clara Whitby and Tom Reed, Associated Press"], "Associated Press"),
        (["By the end of the year, Associated Press"], None),
        (["MADRID, 6 May. (EUROPA PRESS) - El Gobierno aprobó"], "Europa Press"),
        (["Madrid, 6 may (EFE).- El Gobierno aprobó"], "EFE"),
    ],
)
def test_publisher_forms(lines: list[str], publisher: str | None) -> None:
    assert publisher_in_text(lines) == publisher


def test_news_cn_split_date_spans() -> None:
    assert iso_date("2026 05/06 10:21:35") == "2026-05-06T10:21:35"
    assert date_in_text(["2026 05/06"]) == "2026-05-06"
    assert date_in_text(["2026 13/06", "共 2026 12/45 件"]) is None


def test_news_cn_header_gives_the_date_and_the_dateline_the_publisher() -> None:
    html = page('<h1>新线下月开通</h1><div class="header-time"><span class="year"><em> 2026</em></span>'
                '<span class="day"><em> 05</em>/<em>06</em></span><span class="time"> 10:21:35</span></div>'
                '<div class="source">来源：新华网</div><div id="detail">'
                '<p>新华社杭州5月6日电（记者 陆远舟）当地今天发布通告，新线下月开通。</p>' + BODY + "</div>")
    article = extract_html(html)
    assert (article.published, article.publisher, article.author) == ("2026-05-06T10:21:35", "新华社", "陆远舟")


EN_BODY = ("<p>The county council approved a new cycle path between the two villages on Tuesday evening.</p>"
           "<p>Work is due to start in spring and should take about eight months, the council said.</p>")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ('<div class="story-authors"><a class="story-authors__author">Clara Whitby</a></div>', "Clara Whitby"),
        ('<div><a data-testid="authorName" href="/@clara">Clara Whitby</a> <button>Follow</button></div>',
         "Clara Whitby"),
        ('<div class="meta_x"><a href="/autor/clara-whitby/" class="meta_x_n">Clara Whitby</a></div>', "Clara Whitby"),
        ('<a href="/author/clara-whitby/"><span>Clara Whitby</span><span>Transport Reporter</span></a>',
         "Clara Whitby"),
        ('<div data-component="byline-block"><time>14 October 2026</time><span>Share</span><span>Save</span>'
         '<div><span>Clara Whitby</span><span>Dale News, Leeds</span></div></div>', "Clara Whitby"),
        ('<div class="post-author-name"><span class="author-name">Written By</span></div>', None),
        ('<a class="btn" href="/author/clara-whitby/">Learn More</a>', None),
    ],
)
def test_author_in_named_byline_elements(byline: str, author: str | None) -> None:
    html = page(f"<h1>Cycle path approved</h1>{byline}<div class='content'>{EN_BODY}</div>", "en")
    assert extract_html(html).author == author


def test_no_outlet_and_no_commenter_is_the_author() -> None:
    udn = page('<h1>新站啟用</h1><section class="authors"><span class="article-content__author"><a>江城晚報</a>'
               ' / 記者蔡宛庭／新竹即時報導</span></section><div class="content">' + BODY + "</div>", "zh-TW")
    assert extract_html(udn).author == "蔡宛庭"
    comments = page(f"<h1>Cycle path approved</h1><div class='content'>{EN_BODY}</div><div id='comments'>"
                    "<span class='comment-author-name'>Mark Ellis</span><p>Great news.</p></div>", "en")
    assert extract_html(comments).author is None
