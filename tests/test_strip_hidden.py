"""Inline styles that hide an element, and look-alikes that do not."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html
from pipeline.strip.hidden import hidden_reason


@pytest.mark.parametrize(("style", "reason"), [
    ("display: none", "display_none"),
    ("opacity:0", "transparent"),
    ("color:red; opacity: 0 !important", "transparent"),
    ("-webkit-opacity:0", None),             # another property that ends in the name
    ("width:0;overflow:hidden", "zero_size"),
    ("overflow: hidden; height: 0px", "zero_size"),
    ("max-width:0;overflow:hidden", None),   # max-width is not width
    ("overflow:hidden; line-height:0", None),
    ("left:-9999px", "offscreen"),
    ("overflow:hidden", None),
])
def test_hidden_reason(style: str, reason: str | None) -> None:
    assert hidden_reason(style) == reason


def test_white_text_hides_but_a_white_background_does_not() -> None:
    body = "<p>市民在社区食堂用餐，价格实惠，菜品丰富，老人们都说好吃，每天中午都坐得满满的。</p>" * 3
    page = (f"<html><body><div class='content'><p>今天<span style='color:#fff'>水印</span>开业"
            f"<span style='background-color:#fff'>啦</span>。</p>{body}</div></body></html>")
    assert extract_html(page).paragraphs[0] == "今天开业啦。"
