# ruff: noqa: E501
"""Audit38 session 21: a paged story's pager in traditional characters (共2頁：1 2 下一頁, a converted page's, or a
Taiwan or Hong Kong site's) was no pager: next_pages stayed empty and its words reached the text. The texts are
our own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

_URL = "http://www.example.com.tw/html/news/20260522/1057.html"
_STORY = ("<p>本報訊（記者 葛曉禾）據市農產品批發市場監測，本週蔬菜平均批發價格為每公斤4.12元，環比下降3.5%，"
          "其中葉菜類價格降幅較大。</p>\n<p>市場負責人分析，隨著本地蔬菜集中上市，預計下週價格將繼續小幅下降。</p>\n")


def _record(pager: str, line: str = "") -> tuple[list[str], str]:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>本週蔬菜批發價格小幅回落</title></head><body>'
            f'<article><h1>本週蔬菜批發價格小幅回落</h1><div class="article-content">{_STORY}{line}</div>'
            f'<div class="pages">{pager}</div></article></body></html>')
    rec = clean_html(page, url=_URL, script="keep")
    return rec.next_pages, rec.text


def test_a_pager_in_traditional_characters_gives_the_next_page() -> None:
    nxt, text = _record('共2頁：<span class="current">1</span> <a href="1057_2.html">2</a> <a href="1057_2.html">下一頁</a>')
    assert nxt == ["http://www.example.com.tw/html/news/20260522/1057_2.html"]
    assert "頁" not in text


def test_a_line_naming_pages_in_words_is_no_pager() -> None:
    """The guard: a line of the story naming pages (第2頁 of a report) is text, not a pager."""
    _, text = _record("", "<p>詳見報告第2頁</p>")
    assert text.endswith("詳見報告第2頁")
