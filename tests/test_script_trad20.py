# ruff: noqa: E501
"""Session 20's script evidence: a mainland paper's dated 訊 dateline, the mainland's own institutions and
statistics named in traditional characters, and s2twp's Taiwan words in a farm's chrome (not its article)
turn a converted article back; the guard set of genuine Taiwan and Hong Kong news (tests/tw_hk_news.py) stays
traditional however it is served. The texts are our own; each conversion test failed before its fix."""

from __future__ import annotations

import contextlib

import pytest

from pipeline.api import clean_html, clean_text
from pipeline.repair.common import opencc_converter

from .tw_hk_news import TW_HK_NEWS

SPAM = "九九热精品视频|亚洲高清在线看|国产精品99久久|免费福利资源大全"
CRUMB = "当前位置：首页 &gt; 资讯 &gt; 国内新闻"
FOOTER = "关于我们 | 联系我们 | 网站地图 Copyright &copy; 2008-2026 今日看点 版权所有"
OWN_NAV = "首頁 | 新聞 | 影片 | 財經 | 生活"
OWN_FOOTER = "關於我們 | 聯絡我們 | 隱私權政策 Copyright 2026 版權所有"


def _page(title: str, paras: list[str] | tuple[str, ...], head: str, foot: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body><div class="top">{head}</div>'
            f'<div class="article"><h1>{title}</h1><div class="content">' + "".join(f"<p>{p}</p>\n" for p in paras)
            + f'</div></div><div class="footer">{foot}</div></body></html>')


def _converted(config: str, paras: list[str]) -> list[str]:
    converter = opencc_converter(config)
    return [converter.convert(p) for p in paras]


HARVEST = ["本报济南6月9日讯（记者 郑禾苗）记者9日从省气象台获悉，今年入夏以来全省平均降水偏少两成，部分地区出现旱情。",
           "气象专家提醒，未来一周仍以晴热天气为主，各地要做好抗旱准备，合理安排灌溉。"]


def test_a_mainland_papers_dated_xun_dateline_marks_a_converted_article() -> None:
    """本報濟南6月9日訊: a mainland paper's own dateline, as 本報北京8月1日電 is; Taiwan papers write 記者…／台北報導
    and Hong Kong ones 【本報訊】 without a place and date. The page traditional throughout, or its farm's chrome
    simplified (the article outnumbered): both turned back."""
    for config in ("s2t", "s2tw", "s2hk"):
        paras = _converted(config, HARVEST)
        rec = clean_html(_page("入夏以來全省降水偏少", paras, OWN_NAV.replace("影片", "視頻"), OWN_FOOTER))
        assert rec.script == "simplified" and rec.text == "\n".join(HARVEST), (config, rec.text[:30])
        rec = clean_html(_page("入夏以來全省降水偏少", paras, f"{SPAM}</div><div>{CRUMB}", FOOTER))
        assert rec.text == "\n".join(HARVEST), (config, rec.text[:30])


def test_a_hong_kong_benbaoxun_lead_with_a_date_stays_traditional() -> None:
    """The guard: 【本報訊】 followed by a date is a Hong Kong paper's lead, no mainland paper's dateline."""
    paras = ["【本報訊】6月9日下午，一輛巴士在觀塘道與的士相撞，造成五人受傷，其中一人情況嚴重。",
             "警方表示，事發時天雨路滑，正調查意外原因，呼籲目擊者與警方聯絡。"]
    rec = clean_html(_page("觀塘巴士與的士相撞 五人傷", paras, f"{SPAM}</div><div>{CRUMB}", FOOTER))
    assert rec.script == "traditional" and rec.text == "\n".join(paras)


CLINIC = ["本报讯 为方便上班族就医，从11月1日起，全区12家社区卫生服务中心开设夜间门诊，周一至周五开放至21时。",
          "区卫健委相关负责人表示，将根据就诊人数动态调整排班，并逐步增加夜间检验项目。"]


def test_the_mainlands_own_institutions_in_traditional_characters_mark_a_converted_article() -> None:
    """社區衛生服務中心 and 衛健委 (衞 as s2hk writes it): institutions Taiwan and Hong Kong do not have (their
    clinics are 衛生所 and 健康中心, their health departments 衛福部 and 衞生署)."""
    for config in ("s2t", "s2tw", "s2hk"):
        rec = clean_html(_page("社區醫院開設夜間門診", _converted(config, CLINIC), OWN_NAV.replace("影片", "視頻"), OWN_FOOTER))
        assert rec.script == "simplified" and rec.text == "\n".join(CLINIC), (config, rec.text[:30])


def test_one_mainland_institution_in_a_hong_kong_report_on_the_mainland_stays_traditional() -> None:
    """The guard: a Hong Kong report naming one of them (國家衞健委) is no converted article."""
    paras = ["【本報訊】國家衞健委昨日表示，內地多個省市呼吸道感染病例增加，兒童醫院求診人數上升。",
             "本港衞生防護中心表示會密切留意，並呼籲市民接種疫苗。"]
    rec = clean_html(_page("國家衞健委：呼吸道病例增加", paras, OWN_NAV, OWN_FOOTER))
    assert rec.script == "traditional" and rec.text == "\n".join(paras)


GDP = ["记者从省统计局获悉，前三季度全省地区生产总值为4.87万亿元，按不变价格计算，同比增长5.6%。",
       "分产业看，规模以上工业增加值增长6.2%，第三产业增长5.4%。"]
TWP_SPAM = opencc_converter("s2twp").convert(SPAM)  # 九九熱精品影片: s2twp writes 影片 for 视频


def test_s2twps_taiwan_words_in_a_farms_spam_header_veto_nothing() -> None:
    """A farm converting its whole page with s2twp writes 影片 into its spam header (精品视频): the converter's
    word, in a line that is no prose, like the mainland words of a farm's chrome; the article's mainland
    statistics (同比, 地區生產總值, 規模以上) are evidence."""
    rec = clean_text(f"{TWP_SPAM}\n\n前三季度全省地區生產總值增長5.6%\n\n" + "\n\n".join(_converted("s2twp", GDP)))
    assert rec.script == "simplified" and rec.text == "\n".join(GDP), rec.text[:30]


def test_taiwan_words_in_the_articles_prose_still_veto_the_same_evidence() -> None:
    """The guard: 影片 and 網路 in the article's own sentences are the article's vocabulary."""
    paras = [*_converted("s2twp", GDP), "統計局也在網路上發布了解說影片，供民眾查閱。"]
    rec = clean_text(f"{TWP_SPAM}\n\n前三季度全省地區生產總值增長5.6%\n\n" + "\n\n".join(paras))
    assert rec.script == "traditional"


def _renderings(region: str, title: str, paras: tuple[str, ...]) -> dict[str, str | bytes]:
    """The text as a dump, on its own site's page (UTF-8 and Big5), and reposted under a farm's simplified chrome."""
    out: dict[str, str | bytes] = {
        "dump": title + "\n\n" + "\n\n".join(paras),
        "own site": _page(title, paras, OWN_NAV, OWN_FOOTER),
        "farm": _page(title, paras, f"{SPAM}</div><div>{CRUMB}", FOOTER),
    }
    codec = "big5" if region == "tw" else "big5hkscs"
    with contextlib.suppress(UnicodeEncodeError):  # Hong Kong's own characters (嘅, 綫) beyond the legacy code page
        out[codec] = _page(title, paras, OWN_NAV, OWN_FOOTER, codec).encode(codec)
    return out


@pytest.mark.parametrize(("region", "title", "paras"), TW_HK_NEWS, ids=[t for _, t, _ in TW_HK_NEWS])
def test_genuine_taiwan_and_hong_kong_news_is_never_converted(region: str, title: str, paras: tuple[str, ...]) -> None:
    for how, page in _renderings(region, title, paras).items():
        rec = clean_text(page) if how == "dump" else clean_html(page)
        assert rec.script == "traditional", (how, rec.text[:40])
        assert paras[0][:16] in rec.text, (how, rec.text[:40])
