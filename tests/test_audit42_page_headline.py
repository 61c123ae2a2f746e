"""Audit42: the headline of old real pages whose <title> does not name the story. An old site's <title> is
often the same on every page (its greeting, its name and a column's), or carries the site's Latin name before
the Chinese headline; the headline the reader sees is a bold line over the info line, or a cell whose class
says heading. The pages are our own writing in the shapes of 2004-2006 Chinese site templates."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "本报讯　记者从市交通运输局获悉，城东客运站改造工程日前完工，新站房面积是原来的三倍，增设了自助售票机。",
    "市交通运输局有关负责人介绍，新站开通后，城东客运站每天发出班车将由120班增加到200班，覆盖全市所有乡镇。",
    "不少旅客表示，新站房宽敞明亮，换乘公交车只要走两分钟，出行比以前方便多了。",
)
HEAD = "城东客运站改造完工 每天发车增至200班"
BODY = "<br>\n".join("\u3000\u3000" + p for p in PARAS)


def _greeting_page(title: str) -> str:
    """A 2004 association site: its <title> greets the visitor on every page; the story's headline is a bold
    line in a centred cell over the row holding the author, source and date."""
    return f"""<html><head><meta charset="gbk"><title>{title}</title></head><body><center>
<table width="780"><tr><td><a href="default.asp"><img src="images/banner.gif" width="600"></a></td></tr></table>
<table width="100%" class="normal"><tr>
<td width="80"><a href="default.asp">首页</a></td><td width="100"><a href="sort1.asp?id=15">协会动态</a></td>
<td width="100"><a href="sort1.asp?id=18">交通观察</a></td><td width="100"><a href="sort1.asp?id=20">会员风采</a></td>
</tr></table>
<table width="100%" bgcolor="#F0F0F0" class="normal">
<tr><td align="center"><b>{HEAD}</b><br></td></tr>
<tr><td><br><div align="left"><font size="3" color="#008000">作者：李明&#160;&#160;来源：城南晚报&#160;&#160;发布日期：
3/12/2005 9:23:57 AM</font></div></td></tr>
<tr><td>{BODY}</td></tr>
</table>
<table width="100%"><tr><td align="center">CopyRight@2004-2006 All rights reserved</td></tr></table>
</center></body></html>"""


def test_a_bold_line_over_the_info_line_outranks_a_greeting_title() -> None:
    rec = clean_html(_greeting_page("感谢您访问〖城乡交通观察〗").encode("gbk"))
    assert (rec.title, rec.text) == (HEAD, "\n".join(PARAS))


def test_a_title_naming_the_headline_is_still_trimmed_of_the_site() -> None:
    rec = clean_html(_greeting_page(f"{HEAD}_城乡交通观察网").encode("gbk"))
    assert (rec.title, rec.text) == (HEAD, "\n".join(PARAS))


def test_a_title_of_the_sites_name_and_a_column_yields_to_the_title_cell() -> None:
    """A 2005 university news site: <title> is the site's name and the column's in brackets; the headline
    is a cell whose class names a title."""
    page = f"""<html><head><meta charset="utf-8"><title>城南学院新闻网_(新闻)</title></head><body>
<table width="786"><tr><td><a class="bt_link" href="../index.htm">首页</a>&gt;&gt;<a class="bt_link"
href="../column/535.htm">校园动态</a></td></tr>
<tr><td><table width="100%"><tr align="center"><td class="bt_title">{HEAD}</td></tr>
<tr align="center"><td><br></td></tr><tr valign="top"><td>{BODY}</td></tr></table></td></tr>
<tr><td align="center"><font size="2">城南学院新闻中心</font></td></tr></table></body></html>"""
    rec = clean_html(page.encode())
    assert (rec.title, rec.text) == (HEAD, "\n".join(PARAS))


def test_a_cell_named_heading_is_the_headline_of_a_page_without_title() -> None:
    """A 2005 portal's article page: no <title>, the headline in div.Heading over the date row."""
    page = f"""<html><head><meta charset="utf-8"></head><body>
<table width="760"><tr><td class="navThis"><a href="http://news.example-portal.cn">新闻</a>&#160;&gt;&gt;&#160;
<a href="http://news.example-portal.cn/local.htm">本地</a></td></tr></table>
<table width="760"><tr valign="top"><td width="599">
<div class="Function"><a href="#">推荐</a>　<a href="#">我要说说</a></div>
<div class="Heading">{HEAD}</div>
<div class="Source"></div><hr width="96%">
<div class="Date"><a href="http://www.example-portal.cn/">http://www.example-portal.cn/</a>　2005-07-18 13:03:17</div>
<table width="100%"><tr><td class="Content">{"".join(f"<p>{p}</p>" for p in PARAS)}</td></tr></table>
</td><td width="161"><div class="Heading2">新闻排行</div><a href="/a/1.htm">全市春运今日启动</a></td></tr></table>
</body></html>"""
    rec = clean_html(page.encode())
    assert (rec.title, rec.text) == (HEAD, "\n".join(PARAS))


def _title_only_page(title: str) -> str:
    """A 2003 translated-essay site: the headline only in <title>, after the site's English name."""
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<table width="640" align="center"><tr><td colspan="3"><a href="../index.html"><img alt="Notes on Code"
src="../Images/global.jpg" width="640"></a></td></tr>
<tr><td valign="top" width="178"><p><a href="../index.html">其他文章</a></p>
<p><a href="/contact.html">与作者联系</a></p></td>
<td width="12"></td>
<td valign="top" width="450">{"".join(f"<p>{p}</p>" for p in PARAS)}</td></tr></table>
</body></html>"""


def test_a_latin_site_name_before_a_chinese_headline_is_peeled() -> None:
    rec = clean_html(_title_only_page(f"Notes on Code - {HEAD}").encode())
    assert (rec.title, rec.text) == (HEAD, "\n".join(PARAS))


def test_a_short_chinese_headline_after_the_latin_name_is_not_peeled_as_a_name() -> None:
    rec = clean_html(_title_only_page("Notes on Code - 客运站改造完工").encode())
    assert rec.title == "客运站改造完工"


def test_a_product_name_with_a_number_before_a_chinese_headline_stays() -> None:
    head = "Galaxy Tab 12 - 新款平板电脑的十项重要改进全面解读"
    assert clean_html(_title_only_page(head).encode()).title == head


def _forum_post_page(title: str) -> str:
    """A 2003 magazine forum's page of one post (an ASP script's ShowAnnounce): <title> is the script's
    word for "show", the headline a centred bold line over a rule, the post's lines broken by <br>."""
    return f"""<html><head><meta charset="gbk"><title>{title}</title>
<link rel="stylesheet" type="text/css" href="forum2.css"></head><body>
<p align="center"><font color="darkblue"><strong>{HEAD}</strong></font></p>
<hr size="1">
<p><br><br>{"<br>".join(PARAS)}<br></p><hr size="1"><p></p></body></html>"""


def test_a_bold_line_over_the_post_is_the_headline_where_the_title_is_a_scripts_word() -> None:
    rec = clean_html(_forum_post_page("显示").encode("gbk"))
    assert (rec.title, rec.text) == (HEAD, "\n".join(PARAS))


def test_a_title_naming_the_post_still_wins_over_the_bold_line() -> None:
    rec = clean_html(_forum_post_page("城东客运站改造完工").encode("gbk"))
    assert rec.title == "城东客运站改造完工"
