# ruff: noqa: E501
"""Audit33 fixes (malformed and structurally odd old-site HTML): each test fails on the branch base."""

from __future__ import annotations

from pipeline.strip import extract_html

P = "\u3000\u3000"
FIRST = "湘江老渡口的第一艘纯电动渡船12日正式载客运营，这条航线连接两岸的老城区和工业园，过去依靠柴油渡船往返。"
SECOND = "新渡船可同时搭载乘客120人，船在对岸停靠的几分钟里就能完成补电，高峰时段每十分钟开出一班。"
COMMENT = "我家就住在江边，小时候坐的是木头渡船，后来换了铁壳船，现在又换成电动的了，希望以后码头的停车问题也能解决一下，早上电动车太多了。"


def _page(inner: str) -> str:
    """An old portal page whose article container is never closed: what follows the body nests inside it."""
    return (f'<html><body><div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div><div id="zw"><h1>湘江老渡口换上电动渡船</h1>'
            f"<p>{P}{FIRST}</p><p>{P}{SECOND}</p>{inner}"
            '<div class="foot">Copyright &copy; 2003-2026 潇湘在线 版权所有</div></body></html>')


def test_reader_comments_under_a_heading_in_the_bodys_unclosed_container_are_dropped() -> None:
    as_ps = "<h4>最新评论</h4>" + "".join(f"<p>{who}（2026-04-12 12:47）：</p><p>{COMMENT}</p>" for who in ("窑湾居民", "通勤族小王")) + '<p><a href="/c/">查看全部评论</a></p>'
    as_table = ('<table><tr><td><b>网友评论</b>（以下留言仅代表网友个人观点）</td></tr>'
                + "".join(f"<tr><td>网友：{who} 发表于 2026-04-12 12:47</td></tr><tr><td>{P}{COMMENT}</td></tr>" for who in ("窑湾居民", "通勤族小王")) + "</table>")
    for inner in (as_ps, as_table):
        art = extract_html(_page(inner))
        assert art.paragraphs == [FIRST, SECOND]


def test_a_comments_heading_over_no_stamped_comments_drops_nothing_below_it() -> None:
    """An article quoting readers under such a heading, and a single stamped comment, are no comment list."""
    quote = "有网友留言说，电动渡船安静又干净，过江的时间比以前少了一半，每天接送孩子方便多了，希望其他渡口也尽快换上新船，候船亭也能早日改造完成。"
    art = extract_html(_page(f"<p>网友留言</p><p>{quote}</p><p>还有网友建议：</p><p>{quote}</p>"))
    assert art.paragraphs == [FIRST, SECOND, quote, "还有网友建议：", quote]
    art = extract_html(_page(f"<h4>最新评论</h4><p>窑湾居民（2026-04-12 12:47）：</p><p>{COMMENT}</p>"))
    assert art.paragraphs == [FIRST, SECOND, "窑湾居民（2026-04-12 12:47）：", COMMENT]
