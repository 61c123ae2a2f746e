"""Which elements a page's own hiding rules select (simple selectors: .cls, #id, tag.cls#id), rule by rule.

A farm page may hide thousands of anti-copy classes, one inside every paragraph: a query per rule walks
the whole tree once per rule, which makes such a page quadratic. Many rules are matched in one pass over
the elements that have a class or id instead, each checked by lexbor (so quirks-mode case folding and the
rest of CSS matching stay lexbor's) against only the rules keyed on one of its names.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# A simple selector's first class or id: what the rule is looked up by.
_FIRST_NAME = re.compile(r"[.#][\w-]+")
# More rules than this are matched in one pass; fewer by a query each (in C, faster for a handful).
_MANY_RULES = 64


def css_selected(tree: LexborHTMLParser, css: list[tuple[str, str]]) -> list[tuple[LexborNode, str]]:
    """(element, reason) for what each rule of ``css`` selects: rule by rule, each in document order
    (as ``tree.css`` per rule gives them); a rule lexbor cannot read is skipped."""
    if len(css) <= _MANY_RULES:
        selected: list[tuple[LexborNode, str]] = []
        for selector, reason in css:
            try:
                selected.extend((node, reason) for node in tree.css(selector))
            except Exception:  # a selector lexbor does not know; the page is still usable
                continue
        return selected
    by_name: dict[str, list[int]] = {}
    for index, (selector, _) in enumerate(css):
        by_name.setdefault(_FIRST_NAME.findall(selector)[0].lower(), []).append(index)
    hits: list[tuple[int, int, LexborNode]] = []
    bad: set[int] = set()
    seen: set[int] = set()
    for order, node in enumerate(tree.css("[class], [id]")):
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        attrs = node.attributes
        names = {"." + name.lower() for name in (attrs.get("class") or "").split()}
        names.add("#" + (attrs.get("id") or "").lower())
        for index in (i for name in names for i in by_name.get(name, ()) if i not in bad):
            try:
                if node.css_matches(css[index][0]):
                    hits.append((index, order, node))
            except Exception:  # as above: the rule is skipped
                bad.add(index)
    hits.sort(key=lambda hit: hit[:2])
    return [(node, css[index][1]) for index, _, node in hits if index not in bad]
