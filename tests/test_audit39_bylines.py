# ruff: noqa: E501
"""Audit39's byline fixes: a Hong Kong paper's reporter line (東方港聞記者 梁家豪) and a Taiwan portal's info line whose
spans are glued (<time>…13:07</time><span>記者 何嘉敏</span>). The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = ("【本報訊】香港馬拉松將於明年1月18日舉行，主辦單位預計約7萬名跑手參加，多條巴士路線需要改道。",
         "運輸署發言人表示，港鐵會在比賽當日提早開出首班車，方便跑手前往起點；的士及小巴乘客應預留充裕時間。",
         "主辦單位亦提醒跑手，賽前應有足夠休息，如感到身體不適，應立即向沿途的醫護人員求助。")


def _page(info: str) -> str:
    return ('<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>香港馬拉松明年1月舉行</title></head><body>'
            f'<div id="content"><div class="article"><h1 class="news-title">香港馬拉松明年1月舉行</h1>{info}<div id="article-body" class="news-content">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div></div></body></html>")


def test_a_hong_kong_papers_reporter_line_names_the_author() -> None:
    """東方港聞記者 梁家豪: the outlet's name ends in 港聞 (新聞's kin), then 記者 and the name."""
    rec = clean_html(_page('<div class="news-meta"><span class="date">2026年12月6日 星期日</span></div><div class="reporter">東方港聞記者 梁家豪</div>'))
    assert rec.author == "梁家豪" and rec.text == "\n".join(PARAS)


def test_a_reporter_glued_to_the_info_lines_clock_is_the_author() -> None:
    """<time>2026/12/02 13:07</time><span>記者 何嘉敏</span>: the spans' texts meet with no space between."""
    rec = clean_html(_page('<div class="article-info"><time datetime="2026-12-02T13:07:00+08:00">2026/12/02 13:07</time><span class="reporter">記者 何嘉敏</span></div>'))
    assert rec.author == "何嘉敏"


def test_a_reporter_glued_to_the_info_lines_source_is_the_author() -> None:
    """<span>來源：港島日報</span><span>記者 何嘉敏</span>: the outlet and the byline meet with no space between."""
    rec = clean_html(_page('<div class="article-info"><span class="source">來源：港島日報</span><span class="reporter">記者 何嘉敏</span></div>'))
    assert rec.author == "何嘉敏"
