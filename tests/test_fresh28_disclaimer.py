# ruff: noqa: E501
"""Session 28, fresh audit seeds: Taiwan's word for a disclaimer, 免責宣告 (what OpenCC s2twp writes for 免责声明), was
no copyright mark: a farm's 免責宣告：本文僅代表作者個人觀點… line stayed under the article. The texts are our own;
the test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

_PARAS = ("（記者李承翰／新竹報導）縣府今天宣布，轄內最後一段產業道路拓寬工程完工，沿線三個村落的農產品運輸時間可縮短約二十分鐘。",
          "縣府交通處表示，接下來將持續推動農村道路養護，讓道路不僅要建好，更要管好、護好。")


def test_a_disclaimer_under_the_article_in_taiwans_wording_goes() -> None:
    title = "產業道路拓寬完工 農產運輸省時"
    page = (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1><div class="content">'
            + "".join(f"<p>{p}</p>" for p in _PARAS)
            + "<p>免責宣告：本文僅代表作者個人觀點，與本站無關。</p></div></body></html>")
    rec = clean_html(page)
    assert rec.text.split("\n") == list(_PARAS), rec.text
