# ruff: noqa: E501
"""Audit39's chrome fixes (Taiwan and Hong Kong pages and their reposts). The texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = ("（記者周思妤／台北報導）美股科技股走揚，台股今天跟進大漲，加權指數終場上漲312點，成交量新台幣5120億元，創兩個月新高。",
         "分析師表示，外資今天轉為買超約186億元，電子權值股表現強勢；傳產類股則漲跌互見，航運股小幅拉回。",
         "投顧業者提醒，年底前國際資金動向仍有變數，投資人宜控制持股比重，勿追高殺低。")


def _post(note: str) -> str:
    return ('<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>看新聞部落: 台股終場大漲312點</title></head><body>'
            '<div class="post hentry"><h3 class="post-title entry-title">台股終場大漲312點</h3><div class="post-body entry-content">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{note}</p></div>"
            '<div class="post-footer">張貼者： <span class="fn">newsbot</span></div></div></body></html>')


def test_a_reposts_news_source_line_under_the_story_is_its_publisher_not_body() -> None:
    """新聞來源：X (新闻来源) under a reposted story, linked or not, names where the story came from."""
    for note in ("新聞來源：<a href=\"https://news.example.tw/a/1\">南方財經報</a>", "新闻来源：南方財經報"):
        rec = clean_html(_post(note))
        assert rec.text == "\n".join(PARAS), note
        assert rec.publisher == "南方財經報", note


def _legacy(foot: str) -> str:
    """A 2000s table layout: the story in a <font> cell, 熱門新聞 over a table of links beside it, the footer under."""
    hot = "".join(f'<tr><td><font size="2"><a href="/hot/{i}.html">{t}</a></font></td></tr>' for i, t in enumerate(
        ("年底前必做的五件事", "手機這個設定不關 電量掉超快", "氣象專家：下週還有一波冷空氣", "網友熱議：這家排隊美食到底值不值得")))
    return ('<html><head><meta charset="big5"><title>台股終場大漲312點 - 看新聞部落</title></head><body bgcolor="#FFFFFF">'
            '<table width="980" align="center"><tr><td width="700" valign="top"><table width="100%"><tr><td align="center">'
            '<font size="4" color="#003399"><b>台股終場大漲312點</b></font></td></tr><tr><td class="content"><font size="3">\n'
            + "".join(f"{p}<br /><br />\n" for p in PARAS) + '</font></td></tr></table></td><td width="260" valign="top">'
            f'<table width="100%"><tr><td bgcolor="#EEEEEE"><b>熱門新聞</b></td></tr>{hot}</table></td></tr></table>\n'
            f'<table width="980" align="center"><tr><td align="center"><font size="2">{foot}</font></td></tr></table></body></html>')


def test_a_legacy_sites_hot_list_heading_and_browser_notice_are_not_body() -> None:
    """熱門新聞 heading a table of links (its links go as a list; the heading was left), and a legacy footer's
    建議使用IE 8.0以上版本瀏覽器，最佳解析度1024x768 under its copyright line."""
    for foot in ("© 2026 看新聞部落 All Rights Reserved.<br>建議使用IE 8.0以上版本瀏覽器，最佳解析度1024x768",
                 "<br>建议使用IE8以上浏览器 最佳分辨率1024*768"):
        rec = clean_html(_legacy(foot).encode("big5hkscs", "xmlcharrefreplace"))
        assert rec.text == "\n".join(PARAS), foot
