# ruff: noqa: E501
"""Audit38 session 21: copy-detection spaces on a page whose only other obfuscator's mark is its hidden noise
elements between ideographs (``<span style="display:none">``, a class the page's ``<style>`` hides): one body
line shows too few spaces to prove the pattern, and they were kept. The texts are our own; the tests failed
before the fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.record import Record

_STYLE = "<style>.x9k{display:none}</style>"


def _record(noise: str, style: str = "") -> Record:
    n = noise
    body = (f"<p>本报讯（记者 方小禾）据{n}市农产\u00a0品批发市{n}场监测，本周蔬\u3000菜平{n}均批发价格为每公斤4.12元，"
            f"环比下降3.5%，其中叶{n}菜类\u3000价格降幅较大。</p>\n<p>本周部分蔬菜批发价格如下：</p>\n"
            "<table><tr><td>大白菜</td><td>1.86</td></tr><tr><td>黄瓜</td><td>4.25</td></tr></table>\n")
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>本周蔬菜批发价格小幅回落_星河资讯网</title>{style}</head><body>'
            f'<div class="main"><h1>本周蔬菜批发价格小幅回落</h1><div class="article-body">\n{body}</div></div></body></html>')
    return clean_html(page)


def _page(noise: str, style: str = "") -> str:
    return _record(noise, style).text


def test_spaces_go_on_a_page_with_noise_spans_hidden_inline() -> None:
    text = _page('<span style="display:none">今日看点</span>')
    assert "据市农产品批发市场监测，本周蔬菜平均批发价格" in text
    assert "其中叶菜类价格降幅较大。" in text
    assert "（记者 方小禾）" in text  # the byline's own space stays


def test_spaces_go_on_a_page_with_noise_of_a_class_its_style_hides() -> None:
    text = _page('<font class="x9k">k6z</font>', _STYLE)
    assert "据市农产品批发市场监测，本周蔬菜平均批发价格" in text


def test_elements_the_page_shows_prove_nothing() -> None:
    """The guard: the same elements shown (no style hides their class) are the page's own markup, no noise: they
    prove nothing. (The spaces go since session 28 on evidence of their own: two cut very common words, 产品 and
    蔬菜, which no writer's space does.)"""
    rec = _record('<font class="x9k">k6z</font>')
    evidence = [c.evidence for c in rec.changes if c.rule == "odd_space"]
    assert evidence and not any("hidden" in e for e in evidence), evidence
    assert "据k6z市农产品批发市k6z场监测" in rec.text
