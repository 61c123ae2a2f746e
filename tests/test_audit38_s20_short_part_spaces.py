# ruff: noqa: E501
"""Audit38 session 20: the second page of a paged article holds short paragraphs only (under the body lines'
40 characters), so its copy-detection spaces found no body line to prove them and were all kept, though the
page carries the obfuscator's invisibles between ideographs. The texts are our own; the test failed before
the fix."""

from __future__ import annotations

from pipeline.api import clean_html


def _text(invisible: str) -> str:
    body = (f"<p>新馆设有少儿阅读区，节假日照常开\u200b{invisible}放。</p>\n"
            f"<p>一名带孩子来的家长说：“环\u2002境很好，周末又多了一个好去{invisible}处。”</p>\n"
            f"<p>馆方表示，将适时延长夜间开{invisible}放时间。</p>\n")
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>市图书馆新馆开放（2）_星河资讯网</title></head><body>'
            f'<div class="main"><h1>市图书馆新馆开放</h1><div class="article-body">\n{body}</div></div></body></html>')
    return clean_html(page).text


def test_an_obfuscators_space_in_a_short_part_goes_with_the_invisibles_between_ideographs() -> None:
    assert "“环境很好，" in _text("\u200c")


def test_without_the_obfuscators_marks_the_space_stays() -> None:
    """The guard: with one invisible only (too few to prove the obfuscator) the space may be a writer's."""
    assert "“环\u2002境很好，" in _text("")
