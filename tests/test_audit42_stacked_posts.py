"""Audit42: a blog host's page of stacked posts (a 2005 blog's front or archive page). Each post is a title row
(the title and its date in cells of class post-title), a body row (td.post-body), a row of buttons ([打印]) and
a footer cell (由X张贴 @ date 共 N 篇评论); the next post's title row follows in the same table. No element holds
one post: the article is the headline's post, from its title to the next post's title. The pages are our own
writing in the shape of that template."""

from __future__ import annotations

from pipeline.api import clean_html

MINE = "周末去古镇走了一趟"
PARAS = (
    "周六一早我们从市区出发，沿着老公路往北开了一个半小时，到了山脚下的古镇。镇上的石板路还是一百年前的样子。",
    "中午在河边的小馆子吃了一条清蒸鱼，老板说鱼是早上刚从上游水库打上来的，果然鲜得很。饭后沿着河堤走了一圈，看到不少人在钓鱼。",
    "下午去了镇子后面的老矿洞，讲解员带着我们走了两百多米，讲了许多矿工的故事，大家听得很入神。",
)
OTHERS = (
    ("长发剪了，感觉很轻松", ("头发留得很长很长了，每天总要花很多时间去梳头洗头，以前总为一头长发骄傲。",
                          "昨天终于下决心去剪了，理发师问了三遍我才点头，剪完以后整个人都轻松了。")),
    ("回忆童年的露天电影院", tuple(
        f"第{n}段：小时候村里放露天电影，大人小孩都搬着板凳去占位子，银幕挂在两棵大树中间，风一吹就晃。"
        "放的多是老片子，可大家看得津津有味，散场时还要议论好几天，谁家孩子睡着了还得背回家。" for n in range(1, 9))),
)
SIDEBAR = "".join(f'<li><a href="/view.php?postID={n}">{t}</a></li>' for n, t in (
    (101, "我当版主一周年的回忆"), (102, "老街坊其人"), (103, "一个留学生的来信")))


def _post(n: int, title: str, paras: tuple[str, ...]) -> str:
    return f"""<tr><td><table width="100%"><tr><td class="post-title" align="left">{title}</td>
<td class="post-title" align="right"><nobr>2005-03-{21 - n:02d} 01:20:44</nobr></td></tr></table></td></tr>
<tr class="p{1000 + n}"><td><table width="100%"><tr><td class="post-body" colspan="2">{"<br><br>".join(paras)}</td></tr>
<tr><td>[<a href="/print.php?id={1000 + n}">打印</a>]</td></tr>
<tr><td class="post-footer">由小河张贴 @ 2005-03-{21 - n:02d} 01:20:44 ({300 + n})
<a href="/c/{n}">共 {n + 2} 篇评论</a>
<a href="/c/{n}#add">发表评论 &gt;&gt;&gt;</a></td></tr></table></td></tr>"""


def _stacked_blog(posts: list[tuple[str, tuple[str, ...]]]) -> str:
    """A blog host's table template: the sidebar's lists, then the posts one after another in one table."""
    rows = "".join(_post(n, title, paras) for n, (title, paras) in enumerate(posts))
    return f"""<html><head><meta charset="gbk"><title>小河边 | blog.example-city.com</title></head><body>
<table width="100%"><tr><td class="top_nav"><a href="/dashboard/">控制面板</a></td>
<td class="top_nav"><a href="/dashboard/add.php">发表文章</a></td></tr></table>
<table width="100%"><tr><td width="200" valign="top"><h2>博客导读</h2><ul>{SIDEBAR}</ul></td>
<td valign="top"><table width="100%">{rows}</table></td></tr></table></body></html>"""


def test_the_body_stops_at_the_headlines_post_before_the_next_posts() -> None:
    rec = clean_html(_stacked_blog([(MINE, PARAS), *OTHERS]).encode("gbk"))
    assert (rec.title, rec.text) == (MINE, "\n".join(PARAS))


def test_a_later_posts_longer_body_does_not_win_over_the_headlines_post() -> None:
    rec = clean_html(_stacked_blog([OTHERS[0], (MINE, PARAS), OTHERS[1]]).encode("gbk"))
    assert (rec.title, rec.text) == (MINE, "\n".join(PARAS))


def test_sections_under_headings_of_one_class_stay_one_article() -> None:
    """An article's sections under headings of the headline's tag and class run straight on from prose to the
    next heading, with no post's footer between: all of them are the article's."""
    sections = "".join(f'<h2 class="title">{title}</h2>{"".join(f"<p>{p}</p>" for p in paras)}'
                       for title, paras in ((MINE, PARAS), *OTHERS))
    page = f"""<html><head><meta charset="utf-8"><title>{MINE}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/travel/">旅游</a></div>
<div class="article">{sections}<div class="footer">版权所有 小河边</div></div></body></html>"""
    rec = clean_html(page.encode())
    body = [p for _, paras in ((MINE, PARAS), *OTHERS) for p in paras]
    assert rec.title == MINE
    assert all(line in rec.text.splitlines() for line in [*body, OTHERS[0][0], OTHERS[1][0]])


def test_a_single_posts_page_keeps_its_post() -> None:
    rec = clean_html(_stacked_blog([(MINE, PARAS)]).encode("gbk"))
    assert (rec.title, rec.text) == (MINE, "\n".join(PARAS))
