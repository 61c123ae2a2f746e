# ruff: noqa: E501
"""Session 21's script decision on Taiwan sites: a mainland story a Taiwan farm reposts is decided by the story,
not the chrome around it (a BBS signature's 來自 (臺灣), the site's own 打開APP); 品質 is no Taiwan word (品质 is
the mainland's everyday word too); the mainland's grassroots administration (居委會, 城管, 地級市) is its
vocabulary. The genuine Taiwan and Hong Kong news of tests/tw_hk_news.py stays traditional on the same chrome.
The texts are our own; each conversion test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.repair.common import opencc_converter

from .tw_hk_news import TW_HK_NEWS

TW_HEAD = '<div class="nav"><a href="/">首頁</a> | <a href="/news">新聞</a> | <a href="/life">生活</a></div>'
TW_HOT = ('<div class="hot"><h3>熱門文章</h3><ul><li><a href="/1">捷運新站開幕 人潮擠爆</a></li>'
          '<li><a href="/2">臺灣好行 推出冬季路線</a></li></ul></div>')
BBS_SIGN = '<div class="sign">--<br>※ 發信站: 某某實業坊, 來自: 111.243.12.34 (臺灣)</div>'
APP_PROMO = '<div class="promo"><a href="/app">打開APP</a> 閱讀全文</div>'
TW_FOOT = '<div class="footer">Copyright 2026 每日新鮮事 版權所有</div>'


def _page(title: str, paras: list[str] | tuple[str, ...], chrome_top: str = "", chrome_end: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{TW_HEAD}{chrome_top}'
            f'<div class="post"><h1>{title}</h1><div class="post-body">' + "".join(f"<p>{p}</p>\n" for p in paras)
            + f"</div></div>{chrome_end}{TW_FOOT}</body></html>")


def _converted(config: str, text: str | list[str]) -> list[str]:
    converter = opencc_converter(config)
    return [converter.convert(p) for p in ([text] if isinstance(text, str) else text)]


COFFEE_TITLE = "云南咖啡豆进入采收期 农户订单增三成"
COFFEE = ["中新网昆明11月20日电（记者 马嘉树）记者20日从云南省农业部门了解到，今年全省咖啡豆进入采收期，种植面积与去年持平。",
          "当地合作社负责人说，今年雨水适中，咖啡豆颗粒饱满，不少农户通过电商平台直接接单，订单比去年增加三成。"]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_a_mainland_wire_on_a_taiwan_sites_page_is_decided_by_its_story(config: str) -> None:
    """中新網昆明…電 opens the story; the page around it is the Taiwan farm's (臺灣 in its hot list and in the BBS
    signature, 捷運 in a link): the site says where the story is served, not where it was written."""
    title = _converted(config, COFFEE_TITLE)[0]
    rec = clean_html(_page(title, _converted(config, COFFEE), TW_HOT, BBS_SIGN))
    assert rec.script == "simplified" and rec.text == "\n".join(COFFEE), rec.text[:40]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_pinzhi_in_a_converted_mainland_wire_is_no_taiwan_word(config: str) -> None:
    """品质 is the mainland's everyday word (咖啡豆品质较好): written 品質 by every converter, it vetoes nothing."""
    paras = [*COFFEE, "业内人士表示，今年咖啡豆品质较好，收购价格比去年略有上涨。"]
    rec = clean_html(_page(_converted(config, COFFEE_TITLE)[0], _converted(config, paras)))
    assert rec.script == "simplified" and rec.text == "\n".join(paras), rec.text[:40]


HAWKERS_TITLE = "老城区早市规范经营 城管划定临时摊位"
HAWKERS = ["本报讯（记者 欧阳青禾）为解决早市占道经营问题，市城管部门近日在老城区划定了6处临时摊位，引导摊贩有序经营。",
           "据介绍，这一做法先在两个街道试点，社区居委会负责登记摊主信息。作为县级市，本市计划明年在各乡镇推广。"]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk", "s2twp"])
def test_the_mainlands_grassroots_administration_marks_a_converted_story(config: str) -> None:
    """城管, 居委會, 縣級市: the mainland's urban management officers, residents' committees and tier of cities, which
    Taiwan (里 and 村 offices) and Hong Kong (區議會, 民政事務處) do not have; one point each, as 人民法院."""
    rec = clean_html(_page(_converted(config, HAWKERS_TITLE)[0], _converted(config, HAWKERS), TW_HOT))
    assert rec.script == "simplified" and rec.text == "\n".join(HAWKERS), rec.text[:40]


def test_a_hong_kong_report_naming_chengguan_once_stays_traditional() -> None:
    """The guard: a Hong Kong paper reporting a clash with 城管 over the border names them; one point is no
    converted story."""
    paras = ["【本報訊】一名港人周末到深圳擺賣二手衣物，與當地城管發生爭執，事件片段在網上廣傳。",
             "保安局表示，已留意有關報道，提醒市民在內地須遵守當地法規。"]
    rec = clean_html(_page("港人深圳擺賣與城管爭執", paras, TW_HOT))
    assert rec.script == "traditional" and rec.text == "\n".join(paras)


STATION_TITLE = "城际铁路新站启用 旅客可刷码进站"
STATION = ["新华社南京12月5日电（记者 章越）5日上午，城际铁路三座新站同日启用，项目总投资约40亿元。",
           "铁路部门提醒，旅客可使用手机扫码进站，车站还设有无障碍通道。"]


def test_s2twp_phrases_are_undone_though_the_taiwan_sites_chrome_writes_mainland_forms() -> None:
    """s2twp wrote 專案 for 项目; the site's own 打開APP (s2twp writes 開啟) was never converted, so it is no
    sign the story went through a character-level converter."""
    rec = clean_html(_page(_converted("s2twp", STATION_TITLE)[0], _converted("s2twp", STATION), APP_PROMO))
    assert rec.script == "simplified" and rec.text == "\n".join(STATION), rec.text[:60]


def test_a_mainland_word_kept_in_the_story_still_speaks_against_s2twp() -> None:
    """The guard: a story converted character by character keeps its 专案 (a rare word, tw2sp would make it 项目)
    when its own sentences hold a word s2twp rewrites (打开), as s2t writes it."""
    paras = ["新华社南京12月5日电（记者 章越）5日，省里成立专案小组调查此事。",
             "调查组表示，将打开门窗通风，再进入现场取证。"]
    rec = clean_html(_page(_converted("s2tw", STATION_TITLE)[0], _converted("s2tw", paras), APP_PROMO))
    assert rec.script == "simplified" and rec.text == "\n".join(paras), rec.text[:60]


@pytest.mark.parametrize(("region", "title", "paras"), TW_HK_NEWS, ids=[t for _, t, _ in TW_HK_NEWS])
def test_genuine_taiwan_and_hong_kong_news_on_a_taiwan_sites_page_stays_traditional(
        region: str, title: str, paras: tuple[str, ...]) -> None:
    for chrome_top, chrome_end in ((TW_HOT, BBS_SIGN), (APP_PROMO, "")):
        rec = clean_html(_page(title, paras, chrome_top, chrome_end))
        assert rec.script == "traditional", rec.text[:40]
        assert paras[0][:16] in rec.text, rec.text[:40]


CLINICS = ["本报讯 为方便居民就近看病，全县8家社区卫生服务中心本月起开设周末门诊，每周六、周日上午开放。",
           "县卫健委相关负责人介绍，周末门诊主要提供常见病诊疗和慢性病配药服务。"]


def test_a_mainland_institution_as_s2twp_writes_it_still_counts() -> None:
    """s2twp writes 社区卫生服务中心 as 社群衛生服務中心, a phrase nobody writes but the converter: still the mainland's
    community clinics, beside 衛健委 two points."""
    rec = clean_html(_page(_converted("s2twp", "全县社区医院开设周末门诊")[0], _converted("s2twp", CLINICS), TW_HOT))
    assert rec.script == "simplified" and rec.text == "\n".join(CLINICS), rec.text[:40]


def test_taiwans_own_word_for_a_mainland_term_is_no_mainland_evidence() -> None:
    """The guard: s2twp's 網際網路 (互联网) holds Taiwan's own word; a Taiwan report naming 衛健委 beside it stays."""
    paras = ["記者林上祐／台北報導 中國國家衛健委今天表示，將透過網際網路平台公布各地就診人數。",
             "國內專家說，相關數據仍有待觀察，將持續留意。"]
    rec = clean_html(_page("中國衛健委將公布就診人數", paras, TW_HOT))
    assert rec.script == "traditional" and rec.text == "\n".join(paras)
