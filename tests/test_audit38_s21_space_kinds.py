# ruff: noqa: E501
"""Audit38 session 21: copy-detection spaces drawn from several kinds (NBSP, en, ideographic) on two body lines,
too few of them inside a word for the share the page must show (县人\u2002民法院: 1 of 6 here), were kept. A writer or
an editor's CMS puts one kind of space; an obfuscator draws each of its spaces from several. The texts are our
own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

_LINES = ("3月26日，江宁县人{0}民法院公开宣判一起{1}非法采砂案，五名被告人因{2}在长江河道内采砂{0}被判处有期徒刑。",
          "法院审理查明，被告人于2024年5月至2025年9月间，在未取得许可证的情况下，夜间{1}驾驶采砂船在河道内采砂2.1万吨，"
          "销售获利320余万元，被告人{2}吴某某为主犯。")


def _text(a: str, b: str, c: str) -> str:
    body = "".join(f"<p>{line.format(a, b, c)}</p>\n" for line in _LINES)
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>非法采砂牟利三百余万 五人获刑_星河资讯网</title></head><body>'
            f'<div class="main"><h1>非法采砂牟利三百余万 五人获刑</h1><div class="article-body">\n{body}</div></div></body></html>')
    return clean_html(page).text


def test_spaces_of_three_kinds_go() -> None:
    text = _text("\u2002", "\u00a0", "\u3000")
    assert "江宁县人民法院公开宣判一起非法采砂案，五名被告人因在长江河道内采砂被判处有期徒刑。" in text
    assert "夜间驾驶采砂船" in text and "被告人吴某某为主犯。" in text


def test_spaces_of_one_kind_stay() -> None:
    """The guard: the same spaces all ideographic, too few inside a word: a writer's may be so, kept."""
    text = _text("\u3000", "\u3000", "\u3000")
    assert "一起\u3000非法采砂案" in text
