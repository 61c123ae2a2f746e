"""A farm's character table converts what Big5 cannot write and keeps what it can (机 of 机器人, 种, 气): its
traditional lines hold characters no traditional standard writes there, the converter's mark."""

from __future__ import annotations

from pipeline.repair import repair_text
from pipeline.repair.common import opencc_converter
from pipeline.repair.converter_forms import table_leftovers

from .tw_hk_news import TW_HK_NEWS


def _table(text: str) -> str:
    """A farm's character table: s2tw character by character, keeping what Big5 can write (机, 种, 气, 准)."""
    out = []
    for ch in text:
        converted: str = opencc_converter("s2tw").convert(ch)
        try:
            ch.encode("big5")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(converted)
    return "".join(out)


TABLE_STORY = ("近日，某理工大学的研究团队研制出一种可以在管道内部爬行的检修机器人，"
               "能够在燃气管道里自主行走，检测管壁的裂纹。新研制的机器人长约50厘米，采用履带式结构，单次作业距离达到1.5公里，让机器人走得更远、看得更准。")


def test_a_character_table_s_leftovers_show_the_converter() -> None:
    # no dateline, reading, mainland word or folded mark: only the simplified characters Big5 can write, kept in
    # words Taiwan and Hong Kong write otherwise (機器人, 一種, 燃氣, 距離)
    page = _table(TABLE_STORY)
    assert "機器人" not in page and "机器人" in page and "團隊" in page
    assert table_leftovers(page) is not None
    result = repair_text(page)
    assert result.script == "simplified" and result.text == TABLE_STORY


def test_genuine_taiwan_and_hong_kong_news_holds_no_table_leftovers() -> None:
    # OpenCC's 公佈 for 公布 and Hong Kong's 一周 are one or two a line: far from a converted article's share
    assert all(table_leftovers("\n".join((title, *paras))) is None for _, title, paras in TW_HK_NEWS)
    assert table_leftovers("\n".join("\n".join((title, *paras)) for _, title, paras in TW_HK_NEWS)) is None
