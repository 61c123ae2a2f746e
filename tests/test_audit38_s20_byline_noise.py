# ruff: noqa: E501
"""Audit38 session 20: a farm's noise element inside a byline's role word (（记<font class="x">星河资讯网</font>者
韦青岚）) hid the byline from the space fixer, which then took the writer's space after 记者 for the obfuscator's
on a page carrying invisibles between ideographs. The texts are our own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html


def _text(opening: str) -> str:
    body = (f"<p>{opening}6月8日是文化和自然遗产日，“窑火千年”特展在市博\u200b物馆开幕，86件宋元时期瓷\u200c器首次集中展\u200d出。</p>\n"
            "<p>市博物馆工作人员介绍，特展将持续三个月，其间每周一闭馆，市\u2002民可通过博物馆官方平台免费预约参观。</p>\n")
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>古窑瓷器特展开幕_星河资讯网</title>'
            '<style>.x9{display:none}</style></head><body><div class="main"><h1>古窑瓷器特展开幕</h1>'
            f'<div class="article-body">\n{body}</div></div></body></html>')
    return clean_html(page).text


def test_the_writers_space_after_a_role_word_cut_by_noise_stays() -> None:
    """The guard in the same test: the obfuscator's space in the prose (市\u2002民) still goes."""
    text = _text('本报讯（记<font class="x9">星河资讯网</font>者\u2002韦青岚）')
    assert text.replace("\u2002", " ").startswith("本报讯（记者 韦青岚）6月8日")
    assert "市民可通过" in text
