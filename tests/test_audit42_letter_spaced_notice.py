"""Audit42: a free forum host prints its notice under the post, its heading letter-spaced (郑 重 声 明), then the
numbered terms and the board's thread list, all inside the post's cell: a legal notice as 郑重声明 is, dropped from
its heading to the box's end. A story's letter-spaced subheading that names no notice stays. The page is our own
writing in the shape of a 2006 free forum host's post page."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "本报讯　昨天上午，市图书馆新馆正式对外开放，首日接待读者一万两千余人次。",
    "新馆建筑面积3.6万平方米，设有少儿阅览区、自习区和古籍修复展示区。",
    "图书馆负责人介绍，新馆将延长开放时间，工作日晚间开放至九点。",
)

NOTICE = """<html><head><meta charset="utf-8"><title>市图书馆新馆开放 - 读书论坛</title></head><body>
<div class="bar"><a href="/">读书论坛</a></div>
<table width="760"><tr><td><font class="post"><b>市图书馆新馆开放</b><br><br>{body}
<br><br>{after}
<br>1. 任何言论纯属作者个人观点，与本论坛无关；
<br>2. 禁止发表攻击他人的言论；
<br>3. 任何转载或转贴都应注明真实作者和真实出处；
<br>欢迎在本站建立自己的论坛
<br>周末去哪儿看书 小鹿 09:02:51 5/23/06 (无内容)
<br>推荐几本好书 阿木 16:31:00 1/31/06 (367)
</font></td></tr></table></body></html>"""


def test_a_letter_spaced_notice_heading_and_what_follows_are_dropped() -> None:
    rec = clean_html(NOTICE.format(body="<br><br>".join(PARAS), after="郑 重 声 明"))
    assert rec.text == "\n".join(PARAS)


def test_a_letter_spaced_subheading_of_the_story_stays() -> None:
    rec = clean_html(NOTICE.format(body="<br><br>".join(PARAS), after="读 者 心 声"))
    assert rec.text.startswith("\n".join((*PARAS, "读 者 心 声")))
