"""A numbered item of the body's own list is article text even when it names a time and a date (a notice's
报名时间 item): the meta_line detector drops date and source lines, never a list's item. The page is our own."""

from __future__ import annotations

from pipeline.api import clean_html

PAGE = """<html><head><meta charset="utf-8"><title>市青少年科技创新大赛报名通知_市教育局</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/tz/">通知公告</a> | <a href="/zc/">政策法规</a></div>
<div class="article"><h1>市青少年科技创新大赛报名通知</h1>
<div class="info">发布时间：2026-04-02 09:30　来源：市教育局　浏览次数：318</div>
<div class="content">
<p>各区教育局、各中小学：</p>
<p>为激发学生的科学兴趣，市教育局决定举办第十二届青少年科技创新大赛，现将有关事项通知如下。</p>
<p>1、参赛对象：全市在校中小学生，每人限报一个项目，可个人参赛，也可三人以内组队参赛。</p>
<p>2、报名时间：2026年4月10日至4月30日，逾期不予受理。</p>
<p>3、报名方式：由学校统一在大赛平台填报，并提交项目说明书和指导教师推荐意见。</p>
<p>（4）评审时间：2026年5月中旬，评审结果将在市教育局网站公布。</p>
<p>联系人：周老师，联系电话：0571-8800 1234。</p>
</div></div>
<div class="footer">版权所有：市教育局　备案号：浙ICP备00000000号</div>
</body></html>"""


def test_numbered_items_naming_a_date_stay_in_the_body_and_the_info_line_goes() -> None:
    rec = clean_html(PAGE.encode("utf-8"))
    lines = rec.text.split("\n")
    assert "2、报名时间：2026年4月10日至4月30日，逾期不予受理。" in lines
    assert "（4）评审时间：2026年5月中旬，评审结果将在市教育局网站公布。" in lines
    assert not any("浏览次数" in line for line in lines)
    assert rec.published is not None and rec.published.startswith("2026-04-02")
