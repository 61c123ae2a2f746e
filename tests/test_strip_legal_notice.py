# ruff: noqa: E501
"""A site's legal notice under the article: a heading of its own (反侵权公告：) opens it, and its paragraphs (the
law it cites, its numbered terms, a lawyer's telephone), which name no copyright mark one by one, go with it to
the end of the article box, recorded. The page is our own."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text

_PROSE = ["连日来，城东街道组织志愿者走进老旧小区，为独居老人检修电路、更换灯泡，一个多月已服务四百多户。",
          "志愿者队伍由社区干部、退休电工和大学生组成，每周六上门一次，遇到复杂线路就联系物业一起处理。",
          "街道负责人说，下一步将把服务延伸到辖区所有老旧小区，并为每户建立安全用电档案。"]
_NOTICE = ["反侵权公告：",
           "根据有关法律法规，未经书面许可，擅自使用本报社作品的，将涉嫌侵犯著作权人合法权益。为规范网络转载行为，本报社郑重公告：",
           "一、任何单位或个人使用本报社的原创内容，必须事先取得书面授权；",
           "二、对于各类非法转载行为，欢迎读者提供线索：",
           "王律师（法律顾问）0571-88001234"]


def _page(paras: list[str]) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<html><head><meta charset="utf-8"><title>志愿者上门为独居老人检修电路_城东新闻网</title></head><body>\n'
            f'<div class="nav"><a href="/">首页</a> <a href="/sq/">社区</a> <a href="/ms/">民生</a></div>\n'
            f'<div class="article"><h1>志愿者上门为独居老人检修电路</h1>\n<div class="info">2026-03-18 10:20　来源：城东新闻网</div>\n'
            f'<div class="content">\n{body}\n</div></div>\n<div class="footer">城东新闻网 版权所有</div></body></html>').encode()


def test_a_legal_notice_under_the_article_goes_from_its_heading_to_the_end_of_the_box() -> None:
    rec = clean_html(_page(_PROSE + _NOTICE))
    assert rec.text.split("\n") == _PROSE
    drops = [c for c in rec.changes if "legal notice" in c.evidence]
    assert drops and "反侵权公告" in drops[0].evidence


def test_a_notice_heading_before_any_prose_and_the_word_in_prose_stay() -> None:
    """The guards: a heading with no article prose above it opens no notice, and an article sentence that
    names a disclaimer is prose."""
    said = "律师提醒，网店页面上的一行“免责声明”并不能免除商家依法应当承担的责任，消费者可以依法维权。"
    rec = clean_html(_page(["免责声明", said, *_PROSE]))
    assert said in rec.text.split("\n") and _PROSE[-1] in rec.text


def test_a_text_dump_loses_the_notice_too() -> None:
    dump = "志愿者上门为独居老人检修电路\n\n2026-03-18 10:20　来源：城东新闻网\n\n" + "\n".join(_PROSE + _NOTICE) + "\n"
    rec = clean_text(dump)
    assert rec.text.split("\n") == _PROSE
    assert any("legal notice" in c.evidence for c in rec.changes)
