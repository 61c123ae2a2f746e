# ruff: noqa: E501
"""A zero-width joiner or non-joiner between two ruby elements (``</ruby>\\u200c<ruby>``) or between a ruby element
and an ideograph was kept: beside markup, it had no CJK neighbour. The texts are our own; the first test failed
before the fix."""

from __future__ import annotations

from pipeline.api import clean_html


def _ruby(char: str, reading: str) -> str:
    return f"<ruby>{char}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby>"


def _text(lines: tuple[str, ...], title: str = "老街竹编手艺后继有人") -> str:
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_城事资讯</title></head><body>'
            f'<div class="main"><h1>{title}</h1><div class="article-body">\n{body}</div></div></body></html>')
    return clean_html(page).text


def test_an_invisible_between_ruby_elements_goes() -> None:
    text = _text((f"本报讯 老街上做竹编的人家不少，但{_ruby('真', 'zhēn')}正能编出细{_ruby('丝', 'sī')}\u200c{_ruby('精', 'jīng')}品的人不多。",
                  f"师傅说，一件竹编{_ruby('作', 'zuò')}\u200d品要经过破竹、劈篾、编织等十几道工序，急不得。",
                  f"如今，他每周都在社区开课，{_ruby('教', 'jiāo')}年轻人学这门手艺，报名的人越来越多。"))
    assert "细丝精品" in text and "作品要经过" in text, text
    assert "\u200c" not in text and "\u200d" not in text


def test_a_joiner_in_latin_text_beside_markup_stays() -> None:
    """Guard: a ZWJ inside an emoji sequence after a link, no ruby near, is the writer's."""
    text = _text(("本报讯 老街上做竹编的人家不少，真正能编出细丝精品的人不多，手艺人的日子并不轻松。",
                  "师傅的网名叫 <b>bamboo</b>\U0001F468\u200d\U0001F373，他在网上分享竹编教程，粉丝已有上万人。"))
    assert "\U0001F468\u200d\U0001F373" in text, text
