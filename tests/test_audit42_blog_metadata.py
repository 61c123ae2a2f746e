"""Audit42: metadata of old blog and study-abroad pages.

* A blog post's footer right under the body (作者:X 阅读(1660) 评论(5) 编辑 发表于:2026-04-02 12:30), dropped as
  the post's footer, dates the post: it was written into the record's published before only when it sat inside
  the article box. A footer date further down (a comment's) does not date the post.
* A site-wide <meta name="author"> holding the site's address (51offer.com) names nobody: the info line's author
  is the author. A <meta name="author"> holding a name still wins.

The pages are our own writing in the shape of a 2006 blog host's post page and a study-abroad portal's article."""

from __future__ import annotations

from pipeline.api import clean_html

POST = (
    "周末带孩子去郊外的苗圃，看师傅们给桂花树修枝，孩子问了一路的为什么。",
    "师傅说，修枝要赶在入冬以前，剪掉交叉的枝条，来年开花才密。",
    "回来的路上，孩子说以后也想种一棵自己的树，我们约好明年春天一起去挑树苗。",
)

BLOG = """<html><head><meta charset="utf-8"><title>周末带孩子去苗圃看修枝 - 小林的博客</title></head><body>
<div id="header"><h2>小林的博客</h2></div>
<div id="main"><div class="posthead">周末带孩子去苗圃看修枝</div>
<div class="text">{body}</div></div>
<div class="rightcom">作者:xiaolin 阅读(1660) <a href="#Post">评论(5)</a>
 <a href="/admin/EditPosts.aspx?postid=255">编辑</a> 发表于:2026-04-02 12:30</div>
<div class="rightcom"><a href="/p/2.html">我家阳台的月季</a>
<a href="/p/3.html">入秋以后的第一场雨</a></div>
</body></html>"""


def test_a_post_footer_under_the_body_dates_the_post() -> None:
    rec = clean_html(BLOG.format(body="<br><br>".join(POST)))
    assert rec.text == "\n".join(POST)
    assert rec.published is not None and rec.published.startswith("2026-04-02T12:30")


def test_a_footer_date_below_other_blocks_does_not_date_the_post() -> None:
    page = BLOG.replace('<div class="rightcom">作者', '<div class="ad"><a href="/ad">春季苗木特价</a></div>\n'
                        '<div class="rightcom">作者', 1).format(body="<br><br>".join(POST))
    rec = clean_html(page)
    assert rec.published is None


ARTICLE = """<html><head><meta charset="utf-8"><meta name="author" content="{author}">
<title>英国留学申请季提前 这些材料要早准备_留学资讯</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news/">留学资讯</a></div>
<div class="article"><h1>英国留学申请季提前 这些材料要早准备</h1>
<div class="info">2026-10-26 作者：林晓 来源：留学资讯</div>
<div class="content">{body}</div></div>
<div class="foot">Copyright © 2026 liuxue-example.com</div></body></html>"""

PARAS = (
    "今年英国多所大学的申请开放时间比往年提前了两周，热门专业的名额也更早满额。",
    "顾问提醒，成绩单、推荐信和个人陈述最好在九月前准备好，语言成绩可以后补。",
)


def test_a_site_address_as_the_meta_author_names_nobody() -> None:
    rec = clean_html(ARTICLE.format(author="liuxue-example.com", body="".join(f"<p>{p}</p>" for p in PARAS)))
    assert rec.text == "\n".join(PARAS)
    assert rec.author == "林晓"


def test_a_name_as_the_meta_author_still_wins() -> None:
    rec = clean_html(ARTICLE.format(author="周文", body="".join(f"<p>{p}</p>" for p in PARAS)))
    assert rec.author == "周文"
