"""Keyword stacks spliced into the middle of a sentence, as text or as a link."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html, extract_text
from pipeline.strip.spamruns import spam_runs

_HEAD, _TAIL = "记者3日从长江航务管理局获悉，长江中游", "宜昌至武汉段航道水位持续回升，货轮已恢复满载通行。"
_MORE = "长江航务管理局表示，将继续加强水位监测，及时发布航道信息。"


@pytest.mark.parametrize("stack", ["久久精品国产免费观看", "亚洲日韩 精品一区二区"])
def test_a_stack_inside_a_sentence_of_a_dump_is_taken_out_and_recorded(stack: str) -> None:
    article = extract_text(f"长江中游航道水位回升\n\n{_HEAD}{stack}{_TAIL}\n\n{_MORE}\n")
    assert article.paragraphs == [_HEAD + _TAIL, _MORE]
    assert any(c.rule == "heuristic:spam_run" and stack in c.before for c in article.changes)


def test_a_stack_inside_a_link_in_a_paragraph_is_taken_out() -> None:
    page = (f"<html><body><h1>长江中游航道水位回升</h1><div class='content'><p>{_HEAD}"
            f"<a href='http://jjyy8.example/'>久久精品国产免费观看</a>{_TAIL}</p><p>{_MORE}</p></div></body></html>")
    assert extract_html(page).paragraphs == [_HEAD + _TAIL, _MORE]


def test_three_spam_words_right_after_a_sentence_end_are_a_stack() -> None:
    text = "村民们早早架好了手机支架。免费高清电影几位老人正在介绍自家的土特产。"
    assert [text[a:b] for a, b in spam_runs(text)] == ["免费高清电影"]
    assert spam_runs("村民们早早架好了手机支架，免费高清电影几位老人正在介绍。") == []  # not after a sentence


@pytest.mark.parametrize("prose", [
    "国内在线视频网站的用户规模继续扩大，免费观看的高清电影越来越多。",  # common spam words, none explicit
    "这番话让他久久不能平静，回到家中彻夜未眠。",  # 久久 in prose, alone
])
def test_prose_with_spam_words_is_left_alone(prose: str) -> None:
    assert spam_runs(prose) == []
