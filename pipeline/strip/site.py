"""Applying one per-site rule (configs/sites/<host>.toml) to a parsed page."""

from __future__ import annotations

import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..record import Flag
from ..sites import SiteRule
from .dom import normalize
from .ledger import Ledger


def rule_name(rule: SiteRule) -> str:
    """How changes name the rule file: ``sites/example.cn.toml``."""
    return f"sites/{Path(rule.path).name}"


def apply_strip(tree: LexborHTMLParser, rule: SiteRule, ledger: Ledger, flags: list[Flag]) -> None:
    """Remove what the rule's ``strip`` selectors match, then unwrap its ``unwrap`` selectors.
    A rule none of whose strip selectors matches anything any more is flagged."""
    name = rule_name(rule)
    matched = 0
    for index, selector in enumerate(rule.strip):
        for node in tree.css(selector):
            matched += 1
            ledger.drop(f"{name}:strip[{index}]", f"matches {selector!r}", normalize(node.text(deep=True)),
                        action="remove")
            node.decompose()
    if rule.strip and not matched:
        flags.append(Flag("strip", "site_rule_unmatched",
                          f"{name}: no strip selector matched ({', '.join(rule.strip)})"))
    for selector in rule.unwrap:
        for node in tree.css(selector):
            node.unwrap()


def body_node(tree: LexborHTMLParser, rule: SiteRule, flags: list[Flag]) -> LexborNode | None:
    """The first ``body`` selector that matches; a rule that matches nothing is flagged."""
    for selector in rule.body:
        node = tree.css_first(selector)
        if node is not None:
            return node
    if rule.body:
        flags.append(Flag("strip", "site_rule_unmatched",
                          f"{rule_name(rule)}: no body selector matched ({', '.join(rule.body)})"))
    return None


def drop_lines(paragraphs: list[str], rule: SiteRule, ledger: Ledger) -> list[str]:
    patterns = [re.compile(p) for p in rule.drop_lines]
    kept: list[str] = []
    for para in paragraphs:
        hit = next((i for i, p in enumerate(patterns) if p.search(para)), None)
        if hit is None:
            kept.append(para)
        else:
            ledger.drop(f"{rule_name(rule)}:drop_lines[{hit}]", f"matches /{rule.drop_lines[hit]}/", para)
    return kept
