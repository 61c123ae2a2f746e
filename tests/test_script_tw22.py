# ruff: noqa: E501
"""Session 22's script decision on mainland sites: a story in traditional characters on a page whose own lines are a
mainland site's (simplified menus, share bar and comment nicks; the licence and reporting lines 京ICP备, 公网安备,
违法和不良信息举报, also as a converter writes them: 滬ICP備) was converted for that site, unless the story shows
Taiwan or Hong Kong (its vocabulary, corner quotes, a Taiwan byline, Taiwan's cities, Hong Kong's name for the
mainland...). The genuine news of tests/tw_hk_news.py stays traditional on the same pages, and a Taiwan site whose
chrome writes 台 (台灣即時新聞網) is no mainland site. The texts are our own; each conversion test failed before."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.repair.common import opencc_converter

from .tw_hk_news import TW_HK_NEWS

CN_NAV = ('<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/ent">娱乐</a> | <a href="/tech">科技</a></div>'
          '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 新闻频道</div>')
CN_COMMENTS = ('<div class="comments"><h3>网友评论</h3><div class="c"><span class="nick">用户5518203</span> 浙江 '
               '<p>说得对</p></div><div class="c"><span class="nick">风吹麦浪</span> 四川 <p>支持</p></div></div>')
CN_FOOT = ('<div class="footer"><p>关于我们 · 广告服务 · 联系我们</p><p>违法和不良信息举报电话：4000-000-000</p>'
           '<p>Copyright © 2026 某某资讯网 沪ICP备10000000号-1</p></div>')
TW_NAV = '<div class="nav"><a href="/">台灣即時新聞網</a> | <a href="/life">生活</a> | <a href="/hot">全台熱門</a></div>'
TW_FOOT = '<div class="footer">© 2026 台灣即時新聞網 版權所有</div>'


def _page(title: str, paras: list[str] | tuple[str, ...], top: str, end: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{top}'
            f'<div class="article"><h1>{title}</h1><div class="article-body">' + "".join(f"<p>{p}</p>\n" for p in paras)
            + f"</div></div>{end}</body></html>")


def _converted(config: str, text: str) -> str:
    return str(opencc_converter(config).convert(text))


ROWING_TITLE = "城市龙舟邀请赛落幕 东湖队夺得冠军"
ROWING = ["本报讯（记者 林若川）11月9日，第五届城市龙舟邀请赛在东湖水域落幕，来自各区的16支队伍参加了比赛。",
          "经过两天角逐，东湖队以2分08秒的成绩夺得500米直道赛冠军，西岸队和北港队分获二、三名。",
          "赛事组委会表示，明年将增设青少年组，吸引更多年轻人参与这项传统运动。"]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_a_converted_story_on_a_mainland_portal_with_simplified_chrome_is_restored(config: str) -> None:
    """本报讯 and a race: nothing in the story says mainland; the portal around it does (its menus, crumb, comment
    nicks and licence line in simplified characters): the farm converted the story alone."""
    rec = clean_html(_page(_converted(config, ROWING_TITLE), [_converted(config, p) for p in ROWING], CN_NAV,
                           CN_COMMENTS + CN_FOOT))
    assert rec.script == "simplified" and rec.text == "\n".join(ROWING), rec.text[:40]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_a_page_converted_whole_with_its_licence_line_is_restored(config: str) -> None:
    """The farm converted the whole page, its licence and reporting lines too (滬ICP備, 違法和不良信息舉報電話):
    no Taiwan or Hong Kong site carries them, in either script."""
    page = _converted(config, _page(ROWING_TITLE, ROWING, CN_NAV, CN_COMMENTS + CN_FOOT))
    rec = clean_html(page)
    assert rec.script == "simplified" and rec.text == "\n".join(ROWING), rec.text[:40]


RESULTS = ["中证网讯（记者 沈知秋）10月28日晚，某电池材料公司发布三季度报告，前三季度实现营业收入56.2亿元，同比增长12.8%。",
           "公司表示，海外订单持续增加，新建产线预计明年二季度投产。"]


def test_a_securities_wire_dateline_marks_a_converted_story() -> None:
    """中證網訊: the securities papers' wire opens listed companies' reports like 新華社…電 (the page is a Taiwan
    farm's: nothing else says mainland)."""
    paras = [_converted("s2tw", p) for p in RESULTS]
    rec = clean_html(_page(_converted("s2tw", "某电池材料公司前三季度营收增长"), paras, TW_NAV, TW_FOOT))
    assert rec.script == "simplified" and rec.text == "\n".join(RESULTS), rec.text[:40]


def test_a_converted_story_on_a_taiwan_site_writing_tai_stays_as_written() -> None:
    """The guard: a Taiwan site names itself 台灣 and 全台 (台 is a character s2t changes, but Big5 writes it): no
    mainland site's chrome, and a story with no evidence of its own stays traditional as the farm wrote it."""
    paras = [_converted("s2tw", p) for p in ROWING]
    rec = clean_html(_page(_converted("s2tw", ROWING_TITLE), paras, TW_NAV * 3, TW_FOOT))
    assert rec.script == "traditional" and rec.text == "\n".join(paras), rec.text[:40]


MAINLAND_CHROME = ((CN_NAV, CN_COMMENTS + CN_FOOT), ("", _converted("s2t", CN_FOOT)), (CN_NAV, ""))


@pytest.mark.parametrize(("region", "title", "paras"), TW_HK_NEWS, ids=[t for _, t, _ in TW_HK_NEWS])
def test_genuine_taiwan_and_hong_kong_news_on_a_mainland_sites_page_stays_traditional(
        region: str, title: str, paras: tuple[str, ...]) -> None:
    """A mainland site reposting a Taiwan or Hong Kong story as it found it: the story's byline (記者…／台中報導),
    places, 內地 / 按年 / 輪候 or its vocabulary say where it is from; the site's licence line is not the story's
    evidence (the Taiwan and Hong Kong reports on the mainland's courts and statistics were simplified by it)."""
    for top, end in MAINLAND_CHROME:
        rec = clean_html(_page(title, paras, top, end))
        assert rec.script == "traditional", (top[:20], end[:20], rec.text[:40])
        assert paras[0][:16] in rec.text, rec.text[:40]


def test_a_traditional_line_quoted_on_a_simplified_page_is_no_story() -> None:
    """The guard: a simplified report quoting a reader's reply written in traditional (回覆：我們這裡也遇過) holds a
    line of traditional prose on a mainland site's page; a few characters are no story a farm converted."""
    paras = ["本报讯（记者 林若川）连日降雨导致城区多处路段积水，市政部门已出动抽水车辆排涝。",
             "回覆：我們這裡也遇過。",
             "市政部门提醒，市民雨天出行应注意避开低洼路段。"]
    rec = clean_html(_page("城区多处路段积水 市政部门紧急排涝", paras, CN_NAV, CN_COMMENTS + CN_FOOT))
    assert rec.text == "\n".join(paras), rec.text


JA_NAV = '<div class="nav"><a href="/">ホーム</a> <a href="/kokunai">国内</a> <a href="/kokusai">国際</a> <a href="/sports">スポーツ</a></div>'


def test_a_japanese_page_is_no_traditional_story_on_a_mainland_site() -> None:
    """The guard: Japanese kanji read as simplified (国, 団) and traditional (県, 観, 報) forms; a Japanese report's
    lines (kana) are no converted story, whatever its page holds, and its outlet's 報 stays."""
    paras = ["長野県の架空の村、北峰村で３日、伝統の雪灯籠まつりが開かれ、約５千人の観光客が訪れた。",
             "実行委員会の話では、来年は電車の運転時間を延長し、東門の駐車場も開放する方向で議論しているという。"]
    page = _page("雪灯籠まつりに５千人", paras, JA_NAV * 4, '<div class="src">信濃中央日報 観光団体連合会 国土交通 国際団体</div>')
    rec = clean_html(page)
    assert rec.script != "simplified" and rec.text == "\n".join(paras), rec.text
    assert not [c for c in rec.changes if c.rule.startswith("script")], rec.changes


def test_a_converted_story_bulleted_with_a_middle_dot_is_no_japanese() -> None:
    """・ (katakana's middle dot) bullets Chinese lists too: a line opening with it is no Japanese line."""
    paras = ["・" + p for p in ROWING]
    rec = clean_html(_page(_converted("s2t", ROWING_TITLE), [_converted("s2t", p) for p in paras], CN_NAV,
                           CN_COMMENTS + CN_FOOT))
    assert rec.script == "simplified" and rec.text == "\n".join(paras), rec.text[:40]
