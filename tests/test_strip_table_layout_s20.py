"""A 2000s table-layout farm page (session 20, audit38 seed 68): the headline in a bold cell right above
the info line under a <title> of keyword spam, and a sidebar of hot links whose shortest item is
too short to count as a headline, under a 热点新闻 heading."""

from __future__ import annotations

from pipeline.strip import extract_html

_SPAM_TITLE = "精品视频在线观看-免费高清电影网-午夜影院免费看-最新电视剧免费看"
_STORY = ("<p>　　本报讯（记者 苏望川）记者11日从市交通运输局获悉，城西公交枢纽站改造完成，新增候车座椅"
          "两百余个，并开通三条通往新区的线路。</p><p>　　据介绍，枢纽站还设置了无障碍通道和母婴室，"
          "早晚高峰将加密发车班次。</p><p>　　市民刘女士说，以前去新区要换乘两次，现在一趟车就能到，"
          "单程能省二十多分钟。</p><p>　　交通部门表示，下一步将根据客流情况调整线路走向和站点设置，"
          "并在站内增设实时到站信息屏。</p>")


def _page(headline_cell: str, info: str = "发布时间：2026/09/11 10:20:30&nbsp;&nbsp;来源：城西日报") -> str:
    hot = "".join(f"<li><a href='/hot/{n}.html'>{t}</a></li>" for n, t in enumerate(
        ("男子深夜遛狗遇到一只迷路的小猫", "这种早餐千万别天天吃", "重磅！房贷又降了", "明星夫妇晒出旅行照片")))
    return (f"<html><head><meta charset='utf-8'><title>{_SPAM_TITLE}</title></head><body>"
            "<table width='778' align='center'><tr><td bgcolor='#0066CC'><a href='/'>首页</a> | "
            "<a href='/1/'>新闻</a> | <a href='/2/'>财经</a></td></tr></table>"
            "<table width='778' align='center'><tr><td width='180' valign='top'><table><tr><td><b>热点新闻</b>"
            f"</td></tr><tr><td><ul>{hot}</ul></td></tr></table></td><td valign='top'><table width='100%'>"
            "<tr><td>当前位置：<a href='/'>首页</a> &raquo; 正文</td></tr>"
            f"<tr><td align='center' height='40'>{headline_cell}</td></tr>"
            f"<tr><td align='center'><font color='#666666'>{info}</font></td></tr>"
            f"<tr><td class='content'>{_STORY}</td></tr></table></td></tr></table>"
            "<table width='778' align='center'><tr><td>Copyright &copy; 2026 城西在线 版权所有<br>"
            "声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责。如涉及作品内容、"
            "版权和其它问题，请在三十日内与本网联系，我们将在第一时间删除内容。</td></tr></table>"
            "</body></html>")


def test_a_bold_line_above_the_info_line_is_the_headline_under_a_spam_title() -> None:
    article = extract_html(_page("<font size='4' color='#CC0000'><b>城西公交枢纽站改造完成 新开三条线路</b></font>"))
    assert article.title == "城西公交枢纽站改造完成 新开三条线路"
    assert article.paragraphs[0].startswith("本报讯（记者 苏望川）")


def test_a_plain_sentence_above_the_info_line_is_no_headline() -> None:
    article = extract_html(_page("<font size='4'><b>本站提醒：转载请注明出处。</b></font>"))
    assert article.title != "本站提醒：转载请注明出处。"


def test_a_hot_list_and_its_heading_are_dropped_with_the_short_item() -> None:
    article = extract_html(_page("<b>城西公交枢纽站改造完成 新开三条线路</b>"))
    text = "\n".join(article.paragraphs)
    assert "热点新闻" not in text
    assert "重磅！房贷又降了" not in text
    assert "男子深夜遛狗" not in text
    assert article.paragraphs[-1].startswith("交通部门表示")
