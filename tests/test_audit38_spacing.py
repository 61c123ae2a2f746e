# ruff: noqa: E501
"""Audit38's copy-detection-space fix: a farm page whose anti-copy noise (hidden spans or elements of a class
its CSS hides) stands between the characters of each paragraph. The texts are our own; the test failed
before its fix."""

from __future__ import annotations

import re

from pipeline.api import clean_html

PARAS = ("本报讯（记者 葛晓禾）据市农产\u00a0品批发市场监测，本周蔬菜平均批发价格为每公斤4.12元，环比下降3.5%，其中叶菜\u2002类价格降幅较大。",
         "市场负责人分析，随着本地蔬菜集\u3000中上市，预计下周价格将继续小幅下降，市民的菜篮\u00a0子将更加实惠。",
         "据介绍，市场今年新建了冷链仓\u2002储中心，日均吞吐蔬菜3000吨，可满足全市近一半居民的日常需\u00a0求。")
JUNK = ("神州新闻在线", "rhh", "0kyqa", "fa")


def _noisy(text: str, every: int) -> str:
    """A hidden span after every ``every``-th ideograph followed by another (the farm's anti-copy noise)."""
    n = [0]

    def put(_m: re.Match[str]) -> str:
        n[0] += 1
        return "" if n[0] % every else f'<span style="display:none">{JUNK[n[0] % len(JUNK)]}</span>'

    return re.sub("(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", put, text)


def test_copy_detection_spaces_go_when_anti_copy_spans_cut_the_paragraphs_into_short_runs() -> None:
    """Hidden spans every few characters cut each paragraph into runs shorter than a body line, so the
    spaces between ideographs stood in no body line and were never candidates; an inline element is no
    line's end. The byline's space stays."""
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>本周蔬菜批发价格小幅回落</title></head><body>'
            '<h1>本周蔬菜批发价格小幅回落</h1><div class="article-body">'
            + "".join(f"<p>{_noisy(p, 6)}</p>\n" for p in PARAS) + "</div></body></html>")
    clean = [re.sub("[\u00a0\u2002\u3000]", "", p).replace("记者葛", "记者 葛") for p in PARAS]
    assert clean_html(page).text == "\n".join(clean)
