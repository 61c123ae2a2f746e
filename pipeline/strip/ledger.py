"""The strip stage's change log: every dropped character is accounted for.

``chars_removed`` counts non-whitespace characters, so that layout whitespace (indentation, line
breaks between tags) cannot blur the accounting: for any page, the non-whitespace characters kept
plus those recorded as removed equal the non-whitespace characters of its visible text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..record import Action, Change, snippet

# The characters str.split() splits at besides ASCII whitespace (a character class body).
SPLIT_ONLY_SPACES = "\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Every character str.split() splits at except the space.
_OTHER_SPACE = re.compile(f"[\t-\r{SPLIT_ONLY_SPACES}]")
# The headline is not dropped but moved to Article.title; it is logged so the accounting holds.
TITLE_RULE = "strip:title"
# The elements the strip stage removes as never text although a browser shows what they hold: an image
# map's links, MathML, an SVG's <text> (a logo's letters). Not within those it removes as never shown.
# (Found by scan's walk of the page, with the elements metadata reads: see strip_logged.)
SHOWN_NON_TEXT = "map, math, svg text"
_NEVER_SHOWN = frozenset({"head", "script", "style", "noscript", "template", "iframe", "object", "embed", "video",
                          "audio", "canvas", "title", "desc", "metadata", "noframes"})
# Soft hyphens (&shy;) are a line-break hint, shown only where a line wraps: the walk removes them.
SOFT_HYPHEN_RULE = "strip:soft_hyphen"


def visible_chars(text: str) -> int:
    if _OTHER_SPACE.search(text) is None:  # spaces are its only whitespace: count them (in C)
        return len(text) - text.count(" ")
    return len("".join(text.split()))


@dataclass(slots=True)
class _Run:
    action: Action
    rule: str
    evidence: str
    texts: list[str] = field(default_factory=list)


class Ledger:
    """Collects drops; consecutive drops under the same rule become one Change."""

    def __init__(self) -> None:
        self._runs: list[_Run] = []

    def drop(self, rule: str, evidence: str, text: str, action: Action = "drop") -> None:
        if not text.strip():
            return
        last = self._runs[-1] if self._runs else None
        if last is not None and last.rule == rule and last.action == action:
            last.texts.append(text)
        else:
            self._runs.append(_Run(action, rule, evidence, [text]))

    def drop_each(self, rule: str, evidence: str, texts: list[str]) -> None:
        """Drop ``texts`` (a page's paragraphs) one by one under one rule, so that --explain shows each."""
        for text in texts:
            self.drop(rule, evidence, text)

    def dropped(self, rule: str) -> set[str]:
        """The texts dropped under ``rule`` so far."""
        return {text for run in self._runs if run.rule == rule for text in run.texts}

    def texts(self, rules: frozenset[str]) -> list[str]:
        """The texts dropped under any of ``rules``, in the order they were dropped."""
        return [text for run in self._runs if run.rule in rules for text in run.texts]

    def changes(self) -> list[Change]:
        out: list[Change] = []
        for run in self._runs:
            evidence = run.evidence if len(run.texts) == 1 else f"{run.evidence} (+{len(run.texts) - 1} more)"
            # Each dropped block shortened on its own line, so that --explain names every one of them (one
            # snippet of the joined run hid the blocks in its middle). Counted without the joining newlines,
            # so that the common case stays on the fast path.
            out.append(Change("strip", run.action, run.rule, evidence, before="\n".join(map(snippet, run.texts)),
                              chars_removed=visible_chars("".join(run.texts))))
        return out


def strip_logged(tree: LexborHTMLParser, ledger: Ledger, strip: Callable[[LexborHTMLParser], None],
                 shown: list[LexborNode]) -> None:
    """Run ``strip`` (removing what is never article text) and log the text it removes that a browser
    shows (``shown``: the SHOWN_NON_TEXT elements of ``tree``, in document order), then the soft hyphens
    the walk will remove from what is left: every character accounted for."""
    seen: set[int] = set()
    for node in shown:
        seen.add(node.mem_id)
        if not _within(node, seen) and (text := " ".join(node.text(deep=True).split())):
            name = "svg_text" if node.tag == "text" else node.tag
            ledger.drop(f"non_content:{name}", "element(s) shown to readers but never article text (an image map, "
                        "MathML, an SVG's text)", text, action="remove")
    strip(tree)
    root = tree.body or tree.root
    if root is not None and (count := root.text(deep=True).count("\xad")):
        ledger.drop(SOFT_HYPHEN_RULE, f"{count} soft hyphen(s) (U+00AD: a line-break hint, shown only where a "
                    "line wraps)", "\xad" * count, action="remove")


def _within(node: LexborNode, seen: set[int]) -> bool:
    """``node`` lies inside another element logged here or inside one that is never shown."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id in seen or parent.tag in _NEVER_SHOWN:
            return True
        parent = parent.parent
    return False
