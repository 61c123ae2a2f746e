"""Audit42: the lines an old magazine or journal site closes an article with, which a reader calls the page's and
the real pages' ground truth leaves out: the issue note naming where the article ran (——《北京之春》1996年3月号,
a digest's (摘自《…学刊》2000年第2期，原文约15，000字)《…文摘》2000年第09期), the writer's affiliation
(【作者单位：…】), an archive's collecting note (…网站(http://…)搜集整理于2002-09-25) and a report's writers
(执笔人：…, who are its authors). The issue note's publication is the publisher when the page names none; a 来源
line outranks it. A sentence citing a publication, and a book's title alone on the last line, stay. The pages
are our own writing in the shape of a 1990s magazine archive (one <pre>-like <p> with <br> lines) and a
research institute's report page."""

from __future__ import annotations

from pipeline.api import clean_html

STORY = (
    "去年秋天，我们走访了城郊的七个村庄，记录下农民们对土地流转的看法。",
    "多数受访者表示，流转以后收入比过去稳定，但也担心合同到期后的安排。",
    "一位老村长说，土地是庄稼人的根，再好的政策也要让人心里踏实。□",
)

MAGAZINE = """<html><head><meta charset="utf-8"><title>显示</title></head><body>
<table width="600"><tr><td><a href="/">返回目录</a></td></tr>
<tr><td><p align="center"><b>土地与人心</b></p>
<p>{body}</p></td></tr>
<tr><td><a href="/">返回目录</a></td></tr></table></body></html>"""


def _magazine(*closing: str, story: tuple[str, ...] = STORY) -> str:
    return MAGAZINE.format(body="<br>".join((*story, *closing)))


def test_a_magazines_issue_note_closing_the_article_is_dropped_and_names_the_publisher() -> None:
    rec = clean_html(_magazine("——《田野之声》1996年3月号"))
    assert rec.text == "\n".join(STORY)
    assert rec.publisher == "田野之声"
    assert any(c.rule == "heuristic:byline_editor" and "1996年3月号" in c.before for c in rec.changes)


def test_a_digests_excerpt_note_affiliation_and_collecting_note_are_dropped() -> None:
    closing = ("【作者单位：东江大学社会学系】",
               "(摘自《东江社会科学学刊》2000年第2期，原文约15，000字)《读书文摘》2000年第09期",
               "“乡土档案”网站(http://www.xiangtu-example.net)搜集整理于2002-09-25")
    rec = clean_html(_magazine(*closing))
    assert rec.text == "\n".join(STORY)
    assert rec.publisher == "东江社会科学学刊"


def test_a_source_line_outranks_the_issue_note() -> None:
    page = _magazine("——《田野之声》1996年3月号").replace(
        "<p align=\"center\"><b>土地与人心</b></p>",
        "<p align=\"center\"><b>土地与人心</b></p><p>来源：东江晚报　1996-03-02</p>")
    rec = clean_html(page)
    assert rec.text == "\n".join(STORY)
    assert rec.publisher == "东江晚报"


def test_a_sentence_citing_an_issue_and_a_book_title_alone_stay() -> None:
    cited = "这组数字最早刊登在《田野之声》1996年3月号上，后来被多家报纸转载。"
    rec = clean_html(_magazine(story=(*STORY[:2], cited, "推荐一本书：", "《乡土中国》")))
    assert rec.text == "\n".join((*STORY[:2], cited, "推荐一本书：", "《乡土中国》"))
    assert rec.publisher is None


REPORT = """<html><head><meta charset="utf-8"><title>城区中学生课外阅读情况调查报告</title></head><body>
<div class="top"><a href="/">研究院首页</a> | <a href="/report/">调研报告</a></div>
<table width="760"><tr><td>
<h2>城区中学生课外阅读情况调查报告</h2>
{paras}
<p align="right">　<strong>　</strong>执笔人：林书远 陈佳慧 赵明川</p>
</td></tr></table>
<div class="foot">地址：东江市文化路12号　邮编：510000</div></body></html>"""

REPORT_PARAS = (
    "本次调查覆盖城区12所中学的1800名学生，采用问卷和座谈相结合的方式进行。",
    "结果显示，七成学生每周课外阅读时间不足三小时，阅读内容以网络小说和漫画为主。",
    "我们建议学校开设阅读课，家长以身作则，共同营造良好的阅读氛围。",
)


def test_a_reports_writers_line_is_dropped_and_names_its_authors() -> None:
    rec = clean_html(REPORT.format(paras="".join(f"<p>{p}</p>" for p in REPORT_PARAS)))
    assert rec.text == "\n".join(REPORT_PARAS)
    assert rec.author == "林书远 陈佳慧 赵明川"


def test_a_sentence_naming_the_writers_stays() -> None:
    line = "执笔人：林书远在座谈会上说，报告的数字还要再核对一遍。"
    rec = clean_html(REPORT.replace("执笔人：林书远 陈佳慧 赵明川", line).format(
        paras="".join(f"<p>{p}</p>" for p in REPORT_PARAS)))
    assert rec.text.endswith(line)
