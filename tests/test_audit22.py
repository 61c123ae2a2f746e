# ruff: noqa: E501
"""Audit22's fixes (Chinese reposts as real CMS pages): the texts are our own; each test failed before
its fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.strip.heuristics import meta_line
from pipeline.strip.sentences import Context

POST = ["区图书馆把借书机搬进了三座地铁换乘站，读者刷码就能借还图书，开放首月借出图书六千余册。",
        "馆方介绍，地铁站里借的书可以在任意一个分馆归还，下班时段的借阅量占到一半以上。"]


def _thread(first: str, footer: str, counts: str = "查看: 1532|回复: 2") -> str:
    """A Discuz! X3 viewthread page cut to its parts: the counts cell, the 楼主 post, one reply, the footer."""
    return ('<html><head><meta charset="utf-8"><title>地铁站里能借书了 - 新闻杂谈 - 江城论坛 - Powered by Discuz!</title></head><body>\n'
            '<div id="pt"><a href="./">江城论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">新闻杂谈</a></div>\n'
            f'<div id="postlist"><table><tr><td class="pls"><div class="hm">{counts}</div></td><td class="plc"><h1 class="ts"><span id="thread_subject">地铁站里能借书了</span></h1></td></tr></table>\n'
            '<div id="post_1"><table id="pid1"><tr><td class="pls"><a href="space-uid-9.html">书虫</a></td><td class="plc"><strong>楼主</strong><em>发表于 2026-5-6 12:00</em>\n'
            f'<div class="pct"><table><tr><td class="t_f" id="postmessage_1">{first}</td></tr></table></div></td></tr></table></div>\n'
            '<div id="post_2"><table id="pid2"><tr><td class="pls"><a href="space-uid-12.html">小林</a></td><td class="plc"><strong>沙发</strong><em>发表于 2026-5-6 12:31</em>\n'
            '<div class="pct"><table><tr><td class="t_f" id="postmessage_2">希望我们站也能开一个</td></tr></table></div></td></tr></table></div></div>\n'
            f'<div id="ft">{footer}</div>\n</body></html>')


def test_a_forums_render_statistics_and_software_credit_are_not_the_post() -> None:
    footer = ('<div id="flk"><p><a href="forum.php?mobile=yes">手机版</a>|<a href="/">江城论坛</a></p>'
              '<p class="xs0">GMT+8, 2026-8-12 09:14 , Processed in 0.061512 second(s), 23 queries .</p></div>'
              '<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip">Discuz!</a></strong> <em>X3.4</em></p>'
              '<p class="xs0">&copy; 2001-2026 Discuz! Team.</p></div>')
    rec = clean_html(_thread("<br />\r\n<br />\r\n".join(POST), footer))
    assert rec.text == "\n".join(POST)


def test_a_taiwan_forums_view_and_reply_counts_are_a_meta_line() -> None:
    assert meta_line("查看: 1532|回覆: 2", Context()) is not None


def test_a_cms_summary_filled_from_the_articles_start_is_not_a_paragraph() -> None:
    lead = "新华社东营12月2日电（记者 邢海川）进入12月，黄河三角洲自然保护区迎来越冬候鸟迁徙高峰，东方白鹳超过2600只。"
    paras = [lead, "保护区近年实施湿地修复工程，恢复退化湿地近20万亩，并在鸟类集中区域设置了人工巢架。"]
    page = ('<html><head><meta charset="utf-8"><title>黄河口湿地迎来越冬候鸟高峰 - 新闻资讯 - 江城论坛</title></head><body>\n'
            '<div id="ct"><div class="h hm"><h1 class="ph">黄河口湿地迎来越冬候鸟高峰</h1><p class="xg1">2026-12-2 10:15| 发布者: 观鸟人| 查看: 356</p></div>\n'
            f'<div class="s"><div><strong>摘要</strong>: {lead[:45]}</div></div>\n'
            '<div class="d"><table class="vwtb"><tr><td id="article_content">' + "".join(f"<p>{p}</p>" for p in paras) + '</td></tr></table></div></div>\n'
            '</body></html>')
    assert clean_html(page).text == "\n".join(paras)
