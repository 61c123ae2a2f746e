"""Audit42: an old board's thread (a 2005 portal's bbs) saved with its head inside the body. Each post is a table
of its own with no class or id: the post's title row, the poster's cell beside the message, the poster's
signature under a line of rules, the post's stamp (〓 board 发布时间 date by poster 〓), then a `← 返回` row. The
story the thread was opened for is the first post; the replies are comments. The pages are our own writing in
the shape of that template."""

from __future__ import annotations

from pipeline.api import clean_html

TITLE = "城西老街改造完工 百年骑楼重新开放"
STORY = (
    "经过一年半的施工，城西老街改造工程日前完工，沿街四十多栋百年骑楼重新向市民开放。",
    "改造中，施工方按照老照片修复了骑楼的廊柱和窗花，原有的青石板路面被逐块编号后重新铺回。",
    "老街上的十几家老字号已经陆续回迁，街坊们说，又能在家门口买到小时候吃的糕点了。",
)
REPLIES = (
    ("Re：城西老街", "上周末刚去逛过，修得确实用心，连门牌都是按老样子做的，就是周末人太多了，走都走不动，"
     "停车也很难找地方，建议大家坐公交去。"),
    ("好地方", "小时候就住在老街后面的巷子里，每天放学都从骑楼下面走，那时候街口有个修钟表的老师傅，"
     "不知道现在还在不在。看到照片真是感慨，一晃三十年过去了，巷子里的老邻居也都搬走了。"),
    ("顶一下", "支持！希望别的老街也能这样修，不要全拆了盖新楼。"),
    ("说两句", "修是修好了，可租金也涨了不少，原来那些小店能不能撑下去还不好说。街坊们盼着老字号回来，"
     "可要是一年后又都关门了，老街也就只剩个空壳子了。希望有关部门在租金上多想想办法。"),
    ("回复", "楼上说得有道理，老街的魂是人不是房子。周边的几条巷子听说明年也要动工，希望还是这个修法。"),
)


def _post(title: str, poster: str, paras: tuple[str, ...], stamp: str, signature: str = "") -> str:
    sign = f"<p>------------------------------<p>{signature}" if signature or stamp else ""
    return f"""<table width=100% border=0 cellspacing=1 cellpadding=2><tr bgcolor=#F09F1F><td width=18%></td>
<td class=p4 width=82%><img src=icon/icon1.gif>　<font color=#FFFBB5>{title}</font></td></tr>
<tr><td class=p4 valign=top bgcolor=#eeeeee><p><a href=user.php?id={len(poster)}>{poster}</a><br><br></td>
<td class=p4 valign=top bgcolor=#eeeeee>{"<br />".join(paras)}{sign}<p>〓 老城论坛 街巷记忆 发布时间 {stamp} by
<a href=user.php?id={len(poster)}>{poster}</a> 〓</td></tr>
<tr bgcolor=#eeeeee><td></td><td align=right class=p2>← <a href=forum.php?code=7>返回</a></td></tr></table>
<!-- post end -->"""


def _thread(first: str, replies: tuple[tuple[str, str], ...] = REPLIES, top: str = "") -> str:
    posts = "".join(_post(title, f"网友{n}", (text,), f"2005/06/{n + 2:02d} 2{n % 4}:1{n}:0{n}", f"签名{n}：天天好心情")
                    for n, (title, text) in enumerate(replies, 1))
    return f"""<text id="http://bbs.example-city.com/read.php?code=7&postid=1203" title="老城论坛" encoding="gb2312">
<html><head><title>{TITLE}_老城论坛</title><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>
<body><table width=100%><tr><td class=p2 width=40%><a href=http://bbs.example-city.com/>老城论坛</a> &gt; 城市生活
&gt; <a href=forum.php?code=7>街巷记忆</a></td><td class=p2 width=60% align=right>[<a href=soul.php?id=7>精华区</a>]
版主：[申请版主]</td></tr></table>{top}
{first}{posts}</body></html>
</text>"""


def test_the_threads_first_post_is_the_article_and_the_replies_are_comments() -> None:
    page = _thread(_post("老街改造完工", "街坊老周", STORY, "2005/06/01 09:30:12"))
    rec = clean_html(page.encode("gbk"))
    assert rec.text == "\n".join(STORY)
    assert rec.published == "2005-06-01T09:30:12"
    replies = [c for c in rec.changes if c.rule == "heuristic:comments"]
    assert all(any(c.before.startswith(text[:20]) for c in replies) for _, text in REPLIES)


def test_the_first_posters_signature_goes_and_its_stamp_dates_the_story() -> None:
    page = _thread(_post("老街改造完工", "街坊老周", STORY, "2005/06/01 09:30:12", "我的博客 老周说街 http://blog.example-city.com/laozhou"))
    rec = clean_html(page.encode("gbk"))
    assert rec.text == "\n".join(STORY)
    assert rec.published == "2005-06-01T09:30:12"
    assert any(c.rule == "heuristic:signature" for c in rec.changes)


def test_the_time_of_day_in_the_boards_top_bar_is_no_post() -> None:
    top = "<table width=100%><tr><td class=p2>现在时间：2005/06/18 10:21:07　在线 1024 人</td></tr></table>"
    page = _thread(_post("老街改造完工", "街坊老周", STORY, "2005/06/01 09:30:12"), top=top)
    rec = clean_html(page.encode("gbk"))
    assert rec.text == "\n".join(STORY)


def test_comments_in_post_tables_under_an_article_leave_the_article_whole() -> None:
    """A portal's story in a cell of its own, its readers' comments under it in tables shaped like a board's
    posts: the article box holds the story's prose before the first of them, so no comment is the article."""
    long_story = STORY + tuple(f"第{n}段：街道办负责人介绍，老街改造坚持修旧如旧，所有外立面材料都经过专家论证。"
                               for n in range(1, 4))
    article = f"<table width=100%><tr><td class=p4>{''.join(f'<p>{p}</p>' for p in long_story)}</td></tr></table>"
    rec = clean_html(_thread(article).encode("gbk"))
    assert all(line in rec.text.splitlines() for line in long_story)


def test_a_rule_and_a_closing_note_without_a_posts_stamp_stay() -> None:
    """A line of rules then a short note at the story's end is the story's when no post's stamp follows it."""
    note = "编后：老街的故事还在继续，欢迎读者来信讲述您与老街的往事。"
    page = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/city/">城市</a></div><h1>{TITLE}</h1>
<div class="content">{''.join(f'<p>{p}</p>' for p in STORY)}<p>------------------------------</p><p>{note}</p>
</div></body></html>"""
    rec = clean_html(page.encode())
    assert rec.text.splitlines()[-1] == note
