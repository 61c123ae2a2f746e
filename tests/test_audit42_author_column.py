"""Audit42: a personal site's table layout of 2005 (a translated columnist's page). The page's table holds the
banner row, then the story's row: the nav column's links (其他文章, 与作者联系), a spacer and the story's cell,
which spans two rows; the nav column's second row holds the author's photo and a bio of a sentence or two.
The nav links cut the story's row below the narrowing share of the table's value although its story cell
holds it: the table won, and the bio under the nav column closed the story. The pages are our own writing in
the shape of that template."""

from __future__ import annotations

from pipeline.api import clean_html

TITLE = "给刚入行的编辑的几条建议"
STORY = (
    "常有刚入行的年轻编辑问我，怎样才能把稿子改好。我的回答总是一样的：先把作者的意思读懂，再动笔。",
    "改稿不是重写。一篇稿子交到你手里，你要做的是帮它把话说清楚，而不是把它变成你自己的文章。",
    "还有一条：每天读一点和工作无关的书。编辑的眼界决定了稿子的高度，这件事急不来，只能慢慢攒。",
)
BIO = "林远 是城南一家小出版社的创办人。他毕业于师范大学中文系，曾在两家报社任编辑和编辑部主任。"


def _page(story: tuple[str, ...], bio: str = BIO) -> str:
    paras = "".join(f"<p>{p}</p>" for p in story)
    return f"""<html><head><meta charset="utf-8"><title>林远谈编辑 - {TITLE}</title></head>
<body><table cellspacing="0" cellpadding="0" width="640" align="center" border="0"><tbody>
<tr><td colspan="3"><a href="../index.html"><img height="113" alt="林远谈编辑" src="../img/top.jpg"
width="640"></a></td></tr>
<tr><td colspan="3"><p><font size="5">林远谈编辑</font> &nbsp; <font size="4">一个老编辑的笔记</font></p></td></tr>
<tr><td valign="top" width="178"><p><font size="2"><a href="../index.html">其他文章（简体中文）</a></font></p>
<p><font size="2"><a href="http://www.example-editor.com/">其他文章（英文）</a></font></p>
<p><font size="2"><a href="http://www.example-editor.com/contact.html">与作者联系（英文）</a></font></p></td>
<td valign="top" width="12" rowspan="2"><font size="1">&nbsp;</font></td>
<td valign="top" width="450" rowspan="2"><p><strong>{TITLE}</strong></p>
<font size="2" color="#808080">作者：林远<br>2005年3月8日<br></font>{paras}</td></tr>
<tr><td valign="bottom" width="178"><font size="2"><a href="http://www.example-editor.com/"><img height="116"
src="../img/author.jpg" width="116"></a><br><font color="#808080">{bio}</font></font></td></tr>
</tbody></table><hr><p align="center"><font size="2">©2005 林远 版权所有</font></p></body></html>"""


def test_the_nav_column_in_the_storys_row_does_not_keep_the_bio_under_it_in_the_body() -> None:
    rec = clean_html(_page(STORY).encode())
    assert (rec.title, rec.text) == (TITLE, "\n".join(STORY))


def test_a_closing_row_holding_more_than_a_fifth_of_the_story_stays() -> None:
    """The row under the nav column holding the story's long last paragraph, more than a fifth of the table's
    value: no box inside the story's row holds the narrowing share, and the table stays the article's box."""
    closing = ("最后想说的是，编辑这一行没有捷径。我做了三十年，每年都觉得自己又学到了新东西。年轻人不要急，"
               "把每一篇稿子当作最后一篇来改，十年以后回头看，你会感谢现在认真的自己。也希望大家多和作者交朋友，"
               "好稿子常常是聊出来的。")
    rec = clean_html(_page(STORY, closing).encode())
    assert rec.text.splitlines()[-1] == closing
