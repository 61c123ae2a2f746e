"""Spam keyword links injected into the article's paragraphs.

Spam farms splice a link of stacked keywords after a sentence of the article they repost
(``…薄雾渐散。<a href="…">久久精品国产</a>几头江豚…``). Such a link is taken out before the page is
walked, so the paragraph around it stays whole: its text is nothing but spam words (three
different ones, as keyword stacks are) and it follows the end of a sentence, where an article's
own link would be part of the next sentence.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dom import normalize
from .heuristics import spam_terms
from .ledger import Ledger

RULE = "heuristic:spam_link"
_SENTENCE_END = ("。", "！", "？", "!", "?")
_TERMS_MIN = 3
_TEXT_MAX = 30


def drop_spam_links(tree: LexborHTMLParser, ledger: Ledger) -> None:
    """Remove every injected spam link (see the module docstring), recording its text in ``ledger``."""
    for link in tree.css("a"):
        if not _after_sentence(link):
            continue
        text = normalize(link.text(deep=True))
        if len(text) > _TEXT_MAX:
            continue
        terms = spam_terms(text)
        if len(set(terms)) >= _TERMS_MIN and sum(map(len, terms)) == len(text.replace(" ", "")):
            ledger.drop(RULE, f"a link of {len(terms)} spam keywords after a sentence", text, action="remove")
            link.decompose()


def _after_sentence(link: LexborNode) -> bool:
    before = link.prev
    return before is not None and before.tag == "-text" and (before.text_content or "").rstrip().endswith(_SENTENCE_END)
