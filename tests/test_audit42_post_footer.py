"""Audit42: an old blog's or forum's footer under a post (when and where it was posted, how often it was read,
its trackback address) stays under the story a repost copied into the page; it is the old site's chrome.
The pages are our own writing in the shapes of a 2005 blog theme and a forum's post table."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "周末去城郊的苗圃转了一圈，顺手买回两盆茉莉和一株小叶栀子。",
    "苗圃老板说，茉莉喜欢阳光，夏天要早晚各浇一次水，花开过后及时修剪，秋天还能再开一茬。",
    "栀子怕碱，浇水最好用放置了一夜的自来水，每隔半个月浇一次稀释的硫酸亚铁溶液，叶子才不会发黄。",
    "回家后把两盆花摆在朝南的阳台上，等着看它们开花。",
)

BLOG = """<html><head><meta charset="utf-8"><title>阳台上的茉莉 - 青竹的博客</title></head><body>
<div id="header"><h2>青竹的博客</h2><div class="desc">记录生活的点滴</div></div>
<div class="post"><h3 class="title">阳台上的茉莉</h3>
<div class="postText">{paras}
<p>发表于 2025年3月2日 21:15 - (阅读:512;评论:7)</p>
<p>Trackback: http://blog.qingzhu.example.cn/tb/1234.aspx</p></div>
<span class=px14>(本文发表于首页<a href="/c/2">花草</a>, 已被阅读178次)</span>
<div align=left><span class=px20>本文通告引用(Trackback)链接: /wp-trackback.php?p=1234</span></div>
</div>
<div id="side"><h3>文章分类</h3><a href="/c/1">生活</a> <a href="/c/2">花草</a></div>
</body></html>"""

FORUM = """<html><head><meta charset="utf-8"><title>阳台上的茉莉 - 家居园艺 - 邻里论坛</title></head><body>
<table width="760"><tr><td class="subject"><b>阳台上的茉莉</b></td></tr>
<tr><td class="t_msg">{paras}<br>
<!-- end -->
<p><br>
<p><center>本帖由<b>小林</b>于2025年3月2日10:02:11在〖<a href="/bbs/12">家居园艺</a>〗发表.</center>
<hr size=1 width=100%>
</td></tr></table></body></html>"""


def test_a_blog_posts_footer_and_trackback_under_the_story_are_dropped() -> None:
    rec = clean_html(BLOG.format(paras="".join(f"<p>{p}</p>" for p in PARAS)))
    assert rec.text == "\n".join(PARAS)


def test_a_forums_posted_by_line_under_the_story_is_dropped() -> None:
    rec = clean_html(FORUM.format(paras="<br>\n".join(PARAS)))
    assert rec.text == "\n".join(PARAS)


def test_prose_that_says_an_article_was_posted_and_read_stays() -> None:
    prose = ("这篇短文发表于去年春天的社区报上，已被阅读了上千次，不少邻居照着文中的办法养花，"
             "还有人专门打电话来问栀子叶子发黄怎么办。")
    paras = (*PARAS[:2], prose, *PARAS[2:])
    rec = clean_html(BLOG.format(paras="".join(f"<p>{p}</p>" for p in paras)))
    assert rec.text == "\n".join(paras)
