"""Audit31: a farm page whose <style> hides thousands of anti-copy classes, one of them inside every
paragraph, is matched in one pass over the page (a query per rule walked the whole tree once per rule:
quadratic); the hidden text still goes and the article stays whole."""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser

from pipeline import clean_html
from pipeline.strip.hidden import _css_hidden_selectors, find_hidden

PARAS = [f"第{i + 1}项，南湖社区的志愿者检修了{i + 7}处楼道照明，相关情况将在月底前公示。" for i in range(60)]
RULES = 400


def _page(doctype: str = "<!DOCTYPE html>") -> str:
    css = "\n".join(f".c{i}{{display:none}}" if i % 2 else f".c{i}{{color:#333}}" for i in range(RULES))
    body = "".join(f'<p>{p[:6]}<span class="c{2 * i % RULES + 1}">城西资讯网www.example.cn</span>{p[6:]}</p>'
                   for i, p in enumerate(PARAS))
    return (f'{doctype}<html><head><meta charset="utf-8"><title>楼道照明检修完成</title><style>{css}</style>'
            f'</head><body><h1>楼道照明检修完成</h1><div class="content">{body}</div></body></html>')


class _CountingTree:
    """The parsed page, counting the CSS queries run on it."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree, self.queries = tree, 0

    def css(self, selector: str) -> Any:
        self.queries += 1
        return self.tree.css(selector)


def test_thousands_of_hiding_rules_are_matched_in_one_pass() -> None:
    for doctype in ("<!DOCTYPE html>", ""):  # quirks mode matches classes without case: lexbor decides
        tree = LexborHTMLParser(_page(doctype))
        css = _css_hidden_selectors(tree.css("style"))
        assert len(css) == RULES // 2
        counting = _CountingTree(tree)
        found = find_hidden(counting, css)  # type: ignore[arg-type]
        assert counting.queries <= 3
        assert len({node.mem_id for node, _, _ in found}) == len(PARAS)


def test_the_article_comes_out_without_the_hidden_spans() -> None:
    record = clean_html(_page())
    assert record.text == "\n".join(PARAS)
