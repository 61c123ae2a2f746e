# ruff: noqa: E501
"""Audit26's fixes (seed-like text dumps whose article lines look like chrome, and a related story's whole
text pasted under the article): the texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text

HEAD = "久久精品国产免费观看在线-亚洲日韩精品一区二区-午夜福利免费视频\n\n\xa0\n当前位置 : 首页 > 新闻中心 > 文化\n\xa0\n\n"


def _dump(title: str, paras: list[str], tail: list[str] = ()) -> str:  # type: ignore[assignment]
    return HEAD + title + "\n\n\n" + "\n\n".join("\u3000\u3000" + p for p in [*paras, *tail])


def test_paragraphs_opening_with_prev_next_words_are_prose_but_the_links_are_not() -> None:
    paras = ["中新网南京10月20日电 青年作家林溪的长篇小说《南岸》近日出版，这是她“小城三部曲”的最后一部。",
             "上一篇小说《码头》写的是父辈的搬运工，《南岸》则写小城长大的年轻人。她说，三部作品写了八年。",
             "下一篇作品写什么？林溪在见面会上透露，她想写城市里的夜班工作者。",
             "“写完小城，我想回到大城市来。”她说。"]
    tail = ["上一篇：多地图书馆延长开放时间", "下一篇秋季书展下月开幕"]
    rec = clean_text(_dump("青年作家林溪写完“小城三部曲”", paras, tail))
    assert rec.text == "\n".join(paras)


def test_a_paragraph_opening_with_a_quoted_crumb_path_and_going_on_as_prose_is_kept() -> None:
    paras = ["新华社杭州5月12日电 点开某市政务服务网，页面顶部的导航字号比一年前大了一倍。",
             "当前位置：首页 > 办事服务 > 社会保障——这样一行导航文字，过去常被设计成灰色小字，许多老人根本注意不到。",
             "改造后，导航栏放大加粗，每一级都可以点击返回。"]
    rec = clean_text(_dump("政务网站适老化改造一年间", paras))
    assert rec.text == "\n".join(paras)
    # a real crumb ending in a headline with a stop is still a crumb
    rec = clean_text(_dump("政务网站适老化改造一年间", paras[:1] + paras[2:]).replace("社会保障", "一起来看！"))
    assert rec.text == "\n".join(paras[:1] + paras[2:])


MAIN = ["新华社北京8月21日电 有关部门近日印发实施意见，从网点布局、物流配送等方面提出具体举措。",
        "意见提出，到2028年，基本实现县城有综合商贸服务中心、乡镇有商贸中心、村有便民商店。"]
OTHER = ["记者在多地采访了解到，县级物流配送中心建设正在提速，某县配送中心日均处理包裹3万件。",
         "当地商务部门负责人说，配送中心建成后，快递进村的时间从三天缩短到一天。"]


def test_a_related_storys_whole_text_under_its_label_is_another_article() -> None:
    for label, between in (("相关新闻", []), ("相关阅读：", ["来源：经济日报"]), ("【下一篇】", [])):
        rec = clean_text(_dump("县域商业体系建设实施意见印发", MAIN, [label, "多地加快建设县域物流配送中心", *between, *OTHER]))
        assert rec.text == "\n".join(MAIN), label


def test_a_related_list_of_several_headlines_or_one_teaser_stays_a_list() -> None:
    """Several headlines under the label are its list (the prose after them is the article's own); one
    headline over a single paragraph is a teaser, not a whole story."""
    items = ["多地加快建设县域物流配送中心", "农村快递进村时间缩短到一天"]
    rec = clean_text(_dump("县域商业体系建设实施意见印发", MAIN[:1], ["相关新闻", *items, *MAIN[1:], OTHER[1]]))
    assert rec.text == "\n".join([MAIN[0], MAIN[1], OTHER[1]])
    rec = clean_text(_dump("县域商业体系建设实施意见印发", MAIN, ["相关新闻", items[0], OTHER[0]]))
    assert MAIN[1] in rec.text and items[0] not in rec.text
