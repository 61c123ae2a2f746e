# ruff: noqa: E501
"""A <title> that is only a crumb, the site's name and a column (市教育网>招生考试), names no article: the headline
is the bold line above the body (old table-layout portals). The page is our own."""

from __future__ import annotations

from pipeline.strip import extract_html

_BODY = """<table width="760"><tr><td><a href="/">首页</a> | <a href="/zs/">招生考试</a> | <a href="/jy/">基础教育</a></td></tr></table>
<table width="690"><tr><td>您的位置：<a href="/">主页</a>&gt;<a href="/zs/">招生考试</a></td></tr></table>
<table width="690"><tr><td align="center"><p><strong>市职业技术学院2026年春季招生简章</strong></p></td></tr>
<tr><td><table width="580"><tr><td>一、培养目标：<br>
培养德智体美全面发展，掌握本专业基础理论和实际操作技能，能在生产一线从事技术和管理工作的高素质技能人才。<br>
二、报考条件：<br>
1、具有初中以上学历，身体健康，年龄在十六周岁以上。<br>
2、报名时间：2026年3月1日至3月20日，逾期不再受理。<br>
三、收费标准：<br>
学费每人每学年4800元，住宿费另计，家庭经济困难的学生可以申请助学金。<br>
</td></tr></table></td></tr></table>
<p>Copyright © 2026 市教育网</p></body></html>"""


def _page(doc_title: str) -> str:
    return f'<html><head><meta charset="utf-8"><title>{doc_title}</title></head><body>\n{_BODY}'


def test_a_crumb_doc_title_yields_to_the_bold_headline_above_the_body() -> None:
    article = extract_html(_page("市教育网&gt;招生考试"))
    assert article.title == "市职业技术学院2026年春季招生简章"
    assert article.paragraphs[0] == "一、培养目标："
    assert "2、报名时间：2026年3月1日至3月20日，逾期不再受理。" in article.paragraphs


def test_a_doc_title_holding_the_headline_before_its_crumb_stays_the_title() -> None:
    article = extract_html(_page("市职业技术学院2026年春季招生简章&gt;招生考试"))
    assert article.title is not None and article.title.startswith("市职业技术学院2026年春季招生简章")
    article = extract_html(_page("春季招生简章发布&gt;招生考试&gt;市教育网"))  # (a short headline first)
    assert article.title is not None and article.title.startswith("春季招生简章发布")
    assert extract_html(_page("首页 &gt; 招生考试")).title == "市职业技术学院2026年春季招生简章"
