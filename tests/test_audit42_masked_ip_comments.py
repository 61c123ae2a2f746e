"""Audit42: a 2004 portal's reader comments printed right under the story in its article cell, with no heading
above them: each under its writer's stamp showing the address half hidden (lr9111[219.130.79.*] 认为：), then a
line of buttons and a time, then the comment, most of them short. Two such stamps open the list; an article that
quotes one address (a story about a leak) keeps its text. The page is our own writing in that portal's shape."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "本报讯　记者昨天从市消费者协会获悉，今年以来该会共受理运动鞋质量投诉86件，同比增长两成。",
    "投诉主要集中在鞋底开胶、气垫破裂和宣传功能与实际不符等方面。",
    "消协提醒，购买运动鞋时应索要发票，发现质量问题及时保留证据。",
)

COMMENTS = (
    "paoxie88[218.58.51.*] 认为：", "引用 投诉 支持 (2) 2004-12-13 09:02:13",
    "我的鞋穿了三个月就开胶了，找商家也不管。",
    "xiaoyu[221.217.28.*] 认为：", "引用 投诉 支持 (0) 2004-12-15 14:55:21", "支持消协，早该管管了。",
)

PAGE = """<html><head><meta charset="gbk"><title>运动鞋质量投诉增两成_商业频道</title></head><body>
<table width="760"><tr><td><h1>运动鞋质量投诉增两成</h1></td></tr>
<tr><td>2004-12-12 11:55:08　来源: 东江日报</td></tr>
<tr><td>{body}</td></tr>
<tr><td>更多评论 共 2 条评论</td></tr></table>
<div class="foot"><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a></div></body></html>"""


def test_comments_under_half_hidden_addresses_are_dropped() -> None:
    rec = clean_html(PAGE.format(body="<br><br>".join((*PARAS, *COMMENTS))))
    assert rec.text == "\n".join(PARAS)


def test_a_story_quoting_one_address_keeps_its_text() -> None:
    quoted = ("有网友在论坛留言时显示的地址为[218.58.51.*]，", "警方据此找到了发帖人。")
    rec = clean_html(PAGE.format(body="<br><br>".join((*PARAS, *quoted))))
    assert rec.text == "\n".join((*PARAS, *quoted))


HEADED = PAGE.replace("<tr><td>2004-12-12 11:55:08", "<tr><td>江城商业报道 http://biz.jiangcheng-example.com</td></tr>\n"
                      "<tr><td><a href=\"#comm\">发表评论</a></td></tr>\n<tr><td>2004-12-12 11:55:08")


def test_the_story_under_a_comment_button_stays_whole() -> None:
    # (the list starts at its first stamp: the short paragraphs above it, under a 发表评论 button, are the story's)
    rec = clean_html(HEADED.format(body="<br><br>".join((*PARAS, *COMMENTS))))
    assert rec.text == "\n".join(PARAS)
