"""A text page saved inside <pre> (a farm serving its dump as HTML): a browser shows its line
breaks, so its lines are paragraphs and the text-mode shapes (keyword header, crumb, headline) are
found in it; a code block's lines stay together, so no detector drops a line of code."""

from __future__ import annotations

from pipeline.api import clean_html

_LINES = [
    "夏粮收购进度过半 各地优质优价政策落地",
    "　　新华社郑州6月20日电（记者 周明远）记者从国家粮食和物资储备局获悉，今年夏粮收购已过半，"
    "各地收购进度总体快于上年同期。",
    "　　据介绍，今年小麦品质总体较好，多地企业实行优质优价，农民售粮积极性较高，收购市场运行平稳有序。",
    "　　粮食部门表示，将继续加强市场监测，督促企业做好仓容准备，确保农民余粮卖得出、卖得好。",
]


def test_a_text_dump_inside_pre_comes_out_as_its_paragraphs() -> None:
    spam = "免费观看在线视频-久久精品国产午夜福利-日韩一区二区高清入口"
    crumb = "当前位置 : 首页 &gt; 新闻中心 &gt; 国内"
    dump = "\n".join([spam, "", crumb, "", *(line + "\n" for line in _LINES)])
    head = "<head><meta charset='utf-8'><title>久久精品国产午夜福利</title></head>"
    page = f"<html>{head}<body><pre>{dump}</pre></body></html>"
    record = clean_html(page)
    assert record.title == _LINES[0]
    assert record.text.splitlines() == [line.strip("\u3000") for line in _LINES[1:]]
    assert record.publisher == "新华社"


_CODE = "for row in rows:\n    print(row)\n----------\n42\n"


def test_a_code_block_keeps_every_line() -> None:
    intro = ("<p>The loop below prints each row of the table on its own line, and the count at the end tells you "
             "how many rows were read from the file before it stopped.</p>")
    article = f"<h1>Reading rows</h1>{intro}<pre><code>{_CODE}</code></pre>{intro}"
    page = f"<html><body><article>{article}</article></body></html>"
    record = clean_html(page)
    assert "----------" in record.text and "42" in record.text.split()
