"""Audit42: an old portal sets a teaser box's label downwards, one character a line (<b>今<br>日<br>推<br>荐</b>),
inside the article's column above the story: the label is dropped, the story kept. The page is our own writing
in the shape of a 2005 portal's article column."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "周末去城郊的苗圃转了一圈，顺手买回两盆茉莉和一株小叶栀子。苗圃老板说，茉莉喜欢阳光，夏天要早晚各浇一次水。",
    "栀子怕碱，浇水最好用放置了一夜的自来水，每隔半个月浇一次稀释的硫酸亚铁溶液，叶子才不会发黄。",
    "回家后把两盆花摆在朝南的阳台上，等着看它们开花。",
)

PAGE = """<html><head><meta charset="gbk"><title>阳台上的茉莉_生活频道</title></head>
<body><div id="all"><div id="detail_l">
<table><tr><td class="line_ti"><div class="title">阳台上的茉莉</div></td></tr></table>
<table><tr><td class="yge">2025-02-06 13:26更新 来源：青竹园艺</td><td><a href="#comm">发表评论</a></td></tr></table>
<table><tr><td width="20" class="ygb"><b>{label}</b></td><td><a href="/a/1.html"><img src="/i/1.jpg"></a></td>
<td><a href="/a/2.html">秋冬季节如何科学进补</a><br><a href="/a/3.html">城市更新行动取得阶段性成效</a></td></tr></table>
{body}<br><br></div><div id="detail_r"><a href="/top">排行</a></div></div></body></html>"""


def _clean(label: str, paras: tuple[str, ...]) -> str:
    return clean_html(PAGE.format(label=label, body="<br><br>".join(paras)).encode("gbk")).text


def test_a_label_written_one_character_a_line_above_the_story_is_dropped() -> None:
    assert _clean("今<br>日<br>推<br>荐", PARAS) == "\n".join(PARAS)
    assert _clean("热<br>点<br>新<br>闻", PARAS) == "\n".join(PARAS)


def test_a_one_character_line_of_the_story_stays() -> None:
    paras = (PARAS[0], "好", PARAS[1], "静", PARAS[2])  # one-character lines apart from each other are the story's
    assert _clean("今<br>日<br>推<br>荐", paras) == "\n".join(paras)


DIAGRAM = """<html><head><meta charset="utf-8"><title>养花的三个步骤</title></head><body><div class="Section1">
<p>{p0}</p>
<table border="1"><tr><td>┌──────┼──────┐</td></tr>
<tr><td><b>选<br>好<br>花<br>盆</b></td><td><b>配<br>好<br>土<br>壤</b></td><td><b>控<br>制<br>浇<br>水</b></td></tr>
<tr><td>└──────┴──────┘</td></tr></table>
<p>{p1}</p><p>{p2}</p></div></body></html>"""


def test_a_diagrams_boxes_labelled_one_character_a_line_stay() -> None:
    text = clean_html(DIAGRAM.format(p0=PARAS[0], p1=PARAS[1], p2=PARAS[2])).text
    assert "选\n好\n花\n盆" in text and "控\n制\n浇\n水" in text
