# ruff: noqa: E501
"""Audit40 session 22: Kangxi radical look-alikes beside a copy-detection space or a reading were left. The texts are
our own; the tests failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html


def _text(lines: tuple[str, ...], title: str = "科研人员发现兰科植物新种") -> str:
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_城事资讯</title></head><body>'
            f'<div class="main"><h1>{title}</h1><div class="article-body">\n{body}</div></div></body></html>')
    return clean_html(page).text


def test_a_radical_lookalike_beside_a_copy_detection_space_is_the_ideograph() -> None:
    """“⾼\\u202f黎贡, 持续加\\u2002⼤: the space stood between the look-alike and the ideograph it copies beside."""
    text = _text(("本报讯 科研人员在云南发现一种兰科植物新种，命名为“⾼\u202f黎贡石豆兰”，目前仅在一处山谷发现，数量不足200株。",
                  "研究人员表示，近年来当地保护区的监测投入持续加\u2002⼤，新种的发现得益于长期的野外调查和标本采集工作。"))
    assert "命名为“高黎贡石豆兰”" in text and "持续加\u2002大，" in text, text  # (one space alone proves nothing)


def test_a_radical_lookalike_after_a_reading_is_the_ideograph() -> None:
    """范<ruby>围…</ruby>⼴, and 黎<ruby>贡…</ruby>⽯⾖\u2002兰: the look-alike follows a reading, an ideograph's once the
    reading goes."""
    def ruby(c: str, r: str) -> str:
        return f"<ruby>{c}<rp>(</rp><rt>{r}</rt><rp>)</rp></ruby>"
    text = _text((f"本报讯 此次寒潮过程降温幅度大、影响范{ruby('围', 'wéi')}⼴,公众应及时添衣保暖，设施农业要做好防风防冻准备工作。",
                  f"科研人员在云南发现一种兰{ruby('科', 'kē')}植物新种，命名为高黎{ruby('贡', 'gòng')}⽯⾖兰，目前仅在一处山谷发现，数量不足200株。",
                  f"研{ruby('究', 'jiū')}人员表示，新种的发现得益于长期的野外调{ruby('查', 'chá')}和标本采集工作，相关成果已经发表。"))
    assert "影响范围广，公众" in text and "命名为高黎贡石豆兰，" in text, text


def test_a_radical_in_latin_text_beside_a_space_stays() -> None:
    """Guard: a radical named in Latin text (the Kangxi radical ⼈ is U+2F08) has no ideograph beside it: it stays."""
    text = _text(("本报讯 研究人员介绍了汉字部首的编码方式，并举例说明了康熙部首与统一汉字之间的区别，引起了与会者的兴趣。",
                  "In Unicode the Kangxi radical ⼈ is U+2F08, apart from the ideograph it looks like."), "汉字部首的编码")
    assert "radical ⼈ is" in text, text
