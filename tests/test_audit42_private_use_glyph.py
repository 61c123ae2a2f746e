"""Audit42: an old page's icon is a private-use character (its icon font's, or a GBK user-defined code that
GB18030 reads as U+E000-U+F8FF) standing alone on a line by a link; it is no text of the story. The page is our
own writing in the shape of a Word-exported chapter page with a 返目录 link under its heading."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "周末去城郊的苗圃转了一圈，顺手买回两盆茉莉和一株小叶栀子。苗圃老板说，茉莉喜欢阳光，夏天要早晚各浇一次水。",
    "栀子怕碱，浇水最好用放置了一夜的自来水，每隔半个月浇一次稀释的硫酸亚铁溶液，叶子才不会发黄。",
    "回家后把两盆花摆在朝南的阳台上，等着看它们开花。",
)

PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>三.阳台上的茉莉</title>
</head><body bgcolor="#573665"><div class=Section1 style='layout-grid:15.6pt'>
<p align=center><span style='font-size:24.0pt;font-family:黑体'>三.阳台上的茉莉</span>
<p align="center"><b><a href="../index.htm"><font color="#FFFFFF"><u>返目录</u></font></a>{glyph}</b>
<p align="center"><br>
{body}</div></body></html>"""


def _clean(glyph: str, paras: tuple[str, ...]) -> str:
    page = PAGE.format(glyph=glyph, body="".join(f"<p class=MsoNormal>{p}</p>\n" for p in paras))
    return clean_html(page.encode("gb18030")).text


def test_a_private_use_glyph_alone_on_its_line_is_dropped() -> None:
    assert _clean("\ue5e5", PARAS) == "\n".join(PARAS)
    assert _clean("\ue5e5\ue5e6", PARAS) == "\n".join(PARAS)


def test_a_private_use_character_inside_the_storys_line_stays() -> None:
    paras = (PARAS[0], "苗圃门口挂着一块写着\ue5e5字的旧招牌，据说是老板祖父留下的。", PARAS[2])
    assert _clean("\ue5e5", paras) == "\n".join(paras)
