"""Audit42: a blog post's title on a 2005 blog host's page. The sidebar comes first and labels its columns
with h1s and h2s (博客导读, Blog统计, 导航) over lists; the post's title is a cell or a div whose class says title
(td.post-title, div.postTitle; often one link to the post's own page) right over the post's body, and the
<title> is the blog's name or missing. The pages are our own writing in the shapes of those templates."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html

PARAS = (
    "周六一早我们从市区出发，沿着老公路往北开了一个半小时，到了山脚下的古镇。镇上的石板路还是一百年前的样子，两边的木楼大多开成了茶馆。",
    "中午在河边的小馆子吃了一条清蒸鱼，老板说鱼是早上刚从上游水库打上来的，果然鲜得很。饭后沿着河堤走了一圈，看到不少人在钓鱼。",
    "下午去了镇子后面的老矿洞，洞口立着一块石碑，写着当年开矿的经过。洞里很凉快，讲解员带着我们走了两百多米，讲了许多矿工的故事。",
)
POST = "周末去古镇走了一趟 (图)"
SIDEBAR_LIST = "".join(f'<li><a href="/view.php?postID={n}">{t}</a></li>' for n, t in (
    (101, "我当版主一周年的回忆"), (102, "老街坊其人"), (103, "一个留学生的来信"), (104, "十年")))


def _cell_blog(blog_title: str = "小河边 | blog.example-city.com") -> str:
    """A blog host's table template: the sidebar's column labels are h2s over link lists; the post's title
    and date are cells of class post-title over the post-body cell."""
    return f"""<html><head><meta charset="gbk"><title>{blog_title}</title></head><body>
<table width="100%"><tr><td class="top_nav"><a href="/dashboard/">控制面板</a></td>
<td class="top_nav"><a href="/dashboard/add.php">发表文章</a></td></tr></table>
<table width="100%"><tr><td width="200" valign="top">
<table><tr><td class="side_nav">博客标题</td></tr>
<tr><td><div class="txtlarge"><strong>小河边的日子</strong></div></td></tr>
<tr><td class="side_nav">最新文章</td></tr></table>
<h2><font color="blue">博客导读</font></h2><font>{SIDEBAR_LIST}</font>
<h2><b>我的另外2个博客</b></h2><li><a href="/b/2">望月小筑</a></li><li><a href="/b/3">小茶馆</a></li>
</td><td valign="top"><table width="100%"><tr>
<td class="post-title" align="left">{POST}</td>
<td class="post-title" align="right"><nobr>2005-03-21 01:20:44</nobr></td>
</tr><tr><td class="post-body" colspan="2">{"<br><br>".join(PARAS)}</td></tr>
<tr><td class="post-footer">由小河张贴 @ 2005-03-21 01:20:44 (359) <a href="/c/1">共 3 篇评论</a></td></tr>
</table></td></tr></table></body></html>"""


def _linked_blog() -> str:
    """A blog host's div template with no <title>: h1 column labels over lists (links, counts, a notice), the
    post's title one link to its own page in div.postTitle over the post's paragraphs."""
    return f"""<html><head><meta charset="utf-8"></head><body>
<div id="header"><a href="/linkist/">彻头彻尾的小河</a><div>小河在做些什么 我在想些什么</div></div>
<div id="left"><h1>导航</h1><ul><li class="listitem"><a href="/">博客首页</a></li>
<li class="listitem"><a href="/linkist/">我的首页</a></li><li class="listitem"><a href="/contact">联系作者</a></li></ul>
<h1>Blog统计</h1><ul><li class="listitem">文章 - 178</li><li class="listitem">评论 - 450</li>
<li class="listitem">Trackbacks - 21</li></ul>
<h1>公告</h1><ul><li class="listitem">认识小河并分享我的读书笔记</li></ul><div>点以下图标订阅此博客</div>
<h3 class="listTitle">存档</h3><ul><li><a href="/2005/12">2005年12月(8)</a></li>
<li><a href="/2005/11">2005年11月(15)</a></li></ul>
</div><div id="main"><div class="post">
<div class="postTitle"><a href="/linkist/archive/2005/09/07/5436.aspx">{POST}</a></div>
{"".join(f"<p>{p}</p>" for p in PARAS)}
<div class="postFoot">[点击此处收藏本文] 发表于2005年09月07日 11:57 AM</div></div></div></body></html>"""


def _subheaded_blog() -> str:
    """A blog host's page with no <title> and no heading at all: the post's title is a link whose id says
    title, over a lead, a subheading and the next paragraph."""
    return f"""<html><head><meta charset="utf-8"></head><body>
<div id="bleft"><div class="leftmenu">随笔档案</div><ul><li><a href="/a/2006/1">2006年1月 (90)</a></li>
<li><a href="/a/2005/12">2005年12月 (100)</a></li></ul></div>
<div id="bright"><div class="rightmenu"><div>
<a id="viewpost1_TitleUrl" href="/blog/xiaohe/archive/2005/08/12/1201.html">{POST}</a></div></div>
<div class="rightbox">{PARAS[0]}</div><div class="rightbox">石板路上的老茶馆</div>
<div class="rightbox">{PARAS[1]}</div><div class="rightbox">{PARAS[2]}</div>
<div class="rightcom">作者:xiaohe 阅读(1660) 评论(5) 发表于:2005-08-12 12:30</div></div></body></html>"""


def test_a_post_title_cell_over_the_date_and_body_outranks_the_sidebars_h2() -> None:
    rec = clean_html(_cell_blog().encode("gbk"))
    assert (rec.title, rec.text) == (POST, "\n".join(PARAS))


def test_a_linked_post_title_outranks_the_sidebars_column_labels() -> None:
    rec = clean_html(_linked_blog().encode())
    assert (rec.title, rec.text) == (POST, "\n".join(PARAS))


def test_a_post_title_link_named_title_is_the_headline_of_a_page_without_one() -> None:
    rec = clean_html(_subheaded_blog().encode())
    assert rec.title == POST


def test_a_title_naming_the_post_still_wins() -> None:
    rec = clean_html(_cell_blog(f"{POST} - 小河边 | blog.example-city.com").encode("gbk"))
    assert rec.title == POST


def test_a_short_headline_over_a_share_bar_and_its_lead_is_no_column_label() -> None:
    """An essay's short h1 is followed by share links, then the lead: a headline, not a column's label, though a
    sidebar cell named post-title sits over a long paragraph of its own."""
    page = f"""<html><head><meta charset="utf-8"><title>散文频道</title></head><body>
<h1>我的母亲</h1><div class="share"><a href="#">微博</a> <a href="#">微信</a> <a href="#">QQ空间</a></div>
<p>作者：小河　2005-03-21</p>{"".join(f"<p>{p}</p>" for p in PARAS)}
<div class="post-title">编辑推荐的散文</div><p>{PARAS[0]}{PARAS[1]}</p></body></html>"""
    assert clean_html(page.encode()).title == "我的母亲"


def test_a_teasers_linked_title_yields_to_the_title() -> None:
    """A portal's page whose teaser box (linked titles over their summaries) comes before the story: the
    <title> names the story, which shows in no heading; the teaser's title is no headline."""
    story = "城东客运站改造完工 每天发车增至200班"
    page = f"""<html><head><meta charset="utf-8"><title>{story}_城南新闻网</title></head><body>
<div class="teasers"><div class="news-title"><a href="/n/2005/0811/88.html">滨江公园新增三处健身广场</a></div>
<p>{PARAS[1]}{PARAS[2]}{PARAS[0]}</p></div>
<div class="content">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></body></html>"""
    assert clean_html(page.encode()).title == story


def _archiver_page(head: str, forum: str = "城南大学社会学论坛·城南网社会论坛") -> str:
    """A forum's archiver page (Discuz! Archiver, 2006): the <title> glues the column's and the forum's names
    and the software's after the thread's title; the crumb at the top names the same forum and column."""
    return f"""<html><head><meta charset="gbk"><title>{head} - 学术前沿 - {forum} - powered by Discuz! Archiver</title>
</head><body><div id="nav"><a href="./">{forum}</a> &raquo; <a href="forumdisplay.php?fid=12">学术前沿</a>
&raquo; {head}</div>
<div class="tableborder"><div class="subtable altbg1">2006-5-29 09:07 高山流水</div>
{"".join(f'<div class="subtable altbg2 t_msg">{p}</div>' for p in PARAS)}</div>
<div class="tableborder">页: [1]</div>
<div class="subtable bold">查看完整版本: <a href="../viewthread.php?tid=88">{head}</a></div>
<div class="tableborder">Powered by Discuz! Archiver 5.0.0 &copy; 2001-2006 Comsenz Inc.</div></body></html>"""


def test_the_crumb_names_the_forum_and_column_a_title_glues_on() -> None:
    head = "古镇老矿洞里的百年故事"
    rec = clean_html(_archiver_page(head).encode("gbk"))
    assert (rec.title, rec.text.split("\n")[0]) == (head, PARAS[0])


def test_the_archivers_page_label_leaves_the_title() -> None:
    head = "古镇老矿洞里的百年故事"
    assert clean_html(_archiver_page(f"{head}(页 1)").encode("gbk")).title == head


def test_a_headline_ending_in_a_bracketed_number_keeps_it() -> None:
    head = "古镇老矿洞里的百年故事(1)"
    assert clean_html(_archiver_page(head).encode("gbk")).title == head


def test_a_column_name_inside_the_headline_stays() -> None:
    head = "学术前沿：古镇老矿洞里的百年故事"
    assert clean_html(_archiver_page(head).encode("gbk")).title == head


def _essay_site(title: str, opening: str) -> str:
    """A 2003 translated-essay site: one table whose cell holds the site's banner line, its link list and the
    essay's paragraphs; the <title> gives the site's name and the essay's."""
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<table width="100%"><tr><td><p>{opening}</p>
<p><a href="../index.html">其他文章（简体中文）</a></p><p><a href="/en/">其他文章（英文）</a></p>
{"".join(f"<p>{p}</p>" for p in PARAS)}</td></tr></table>
<table width="100%"><tr><td><p>网页内容仅为个人意见</p></td></tr></table></body></html>"""


def test_the_sites_banner_line_opening_the_box_goes() -> None:
    rec = clean_html(_essay_site("Notes on Code - 周末去古镇走了一趟", "Notes on Code &nbsp; 码农札记").encode())
    assert (rec.title, rec.text) == ("周末去古镇走了一趟", "\n".join(PARAS))


def test_a_dateline_opening_with_the_sites_name_stays() -> None:
    dateline = "城南新闻网 北京5月1日电"
    rec = clean_html(_essay_site("周末去古镇走了一趟_城南新闻网", dateline).encode())
    assert rec.text.split("\n")[0] == dateline


@pytest.mark.parametrize("byline", ["城南新闻网 记者 张三", "城南新闻网 通讯员 李四", "城南新闻网 北京电"])
def test_a_byline_opening_with_the_sites_name_stays(byline: str) -> None:
    rec = clean_html(_essay_site("周末去古镇走了一趟_城南新闻网", byline).encode())
    assert rec.text.split("\n")[0] == byline


def test_a_first_paragraph_naming_the_site_stays() -> None:
    opening = "Notes on Code 是一个写给新程序员的网站，十年来一直由一个人维护，文章都由志愿者翻译。"
    rec = clean_html(_essay_site("Notes on Code - 周末去古镇走了一趟", opening).encode())
    assert rec.text.split("\n")[0] == opening
