"""A traditional story on a page served in the mainland's character set (GB2312 / GBK / GB18030) is a story a
mainland site converted, as on a page carrying its licence line (:mod:`pipeline.repair.mainland_site`); the story's
own Taiwan or Hong Kong signs keep it as written. Texts of our own writing."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.repair.common import opencc_converter

from .tw_hk_news import TW_HK_NEWS

# An everyday mainland story with no pinyin, no dateline and no publisher, its words read alike in Taiwan (no 網絡,
# 信息): only the mainland's everyday vocabulary (试运营, 换乘, 母婴室) says where it comes from.
FERRY_TITLE = "江北轮渡新航线试运营 两岸通勤缩短二十分钟"
FERRY = ("11月3日上午8时，江北轮渡新航线开始试运营，全程约4公里，沿途设3个码头，其中1个可与地铁换乘。",
         "新投用的两艘渡轮各可搭载乘客200人，船上设有母婴室和无障碍座位，乘客可以刷公交卡或扫码购票。",
         "航运公司提醒，试运营期间早晚高峰客流较大，请乘客有序排队，注意码头与船舷之间的空隙。")


def _gb_page(title: str, paras: tuple[str, ...], charset: str) -> bytes:
    html = (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f'<div class="article"><h1>{title}</h1><div class="article-body">'
            + "".join(f"<p>{p}</p>\n" for p in paras) + "</div></div></body></html>")
    return html.encode("gb18030")


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
@pytest.mark.parametrize("charset", ["gb2312", "gbk", "gb18030"])
def test_a_converted_story_on_a_gb_page_is_restored(config: str, charset: str) -> None:
    convert = opencc_converter(config).convert
    rec = clean_html(_gb_page(convert(FERRY_TITLE), tuple(convert(p) for p in FERRY), charset))
    assert rec.script == "simplified"
    assert rec.text == "\n".join(FERRY), rec.text
    assert rec.title == FERRY_TITLE


@pytest.mark.parametrize(("region", "title", "paras"), TW_HK_NEWS, ids=[t for _, t, _ in TW_HK_NEWS])
def test_genuine_taiwan_and_hong_kong_news_on_a_gb_page_stays_traditional(
        region: str, title: str, paras: tuple[str, ...]) -> None:
    """The guard: a mainland site serving a Taiwan or Hong Kong story as it found it, in GBK. The story's byline,
    places, vocabulary or corner quotes say where it is from, as on a page with the site's licence line."""
    rec = clean_html(_gb_page(title, paras, "gbk"))
    assert rec.script == "traditional", rec.text[:40]
    assert rec.text == "\n".join(paras), rec.text[:40]

