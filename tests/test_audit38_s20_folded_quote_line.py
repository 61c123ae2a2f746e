"""Audit38 session 20: a line folded whole whose commas stand before a Chinese quote and a digit, none between
two Han (馆日,“窑火千年”…开幕,126件), on a page whose chrome writes its own full-width commas: its byline
bracket (本报讯(记者 乔素衣)) was left ASCII. A comma before “ is as Chinese as one before Han. The texts are
our own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

CHROME = ("<p>免责声明：本文仅代表作者观点，不代表本站立场。如有侵权，请联系删除，我们将及时处理，谢谢合作。</p>"
          "<p>声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责，转载请注明出处，谢谢。</p>")


def _first_line(line: str) -> str:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>古窑瓷器特展开幕_星河资讯网</title></head><body>'
            f'<div class="main"><h1>古窑瓷器特展开幕</h1><div class="article-body">\n<p>{line}</p>\n'
            '<p>市博物馆工作人员介绍，特展将持续三个月，市民可通过官方平台免费预约参观。</p>\n'
            f'</div>{CHROME}</div></body></html>')
    return clean_html(page).text.split("\n")[0]


def test_a_byline_bracket_on_a_line_folded_before_a_quote_and_a_digit_is_restored() -> None:
    line = "本报讯(记者 韦青岚)6月8日是文化和自然遗产日,“窑火千年”特展在市博物馆开幕,86件宋元时期瓷器首次集中展出。"
    assert _first_line(line).startswith("本报讯（记者 韦青岚）6月8日是文化和自然遗产日，“窑火千年”")


def test_one_comma_before_a_quote_is_no_line_folded_whole() -> None:
    """The guard: one fold on the line (before the quote) is too little; the byline's bracket stays."""
    line = "本报讯(记者 韦青岚)6月8日是文化和自然遗产日,“窑火千年”特展在市博物馆开幕。"
    assert _first_line(line).startswith("本报讯(记者 韦青岚)")
