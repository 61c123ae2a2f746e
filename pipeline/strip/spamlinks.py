"""Spam keyword links injected into the article's paragraphs.

Spam farms splice a link of stacked keywords after a sentence of the article they repost
(``…薄雾渐散。<a href="…">久久精品国产</a>几头江豚…``). Such a link is taken out of its paragraph,
which otherwise stays whole: its text is nothing but spam words (three different ones, as
keyword stacks are) and it follows the end of a sentence, where an article's own link would be
part of the next sentence. Only blocks that mix links with other text and hold a sentence end
are looked at, so most pages cost one pass over their blocks.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from .dom import Block, normalize
from .heuristics import spam_terms
from .ledger import Ledger
from .spamruns import SENTENCE_ENDS, after_sentence

RULE = "heuristic:spam_link"
_TERMS_MIN = 3
_TEXT_MAX = 30


def drop_spam_links(blocks: list[Block], ledger: Ledger) -> None:
    """Take every injected spam link out of the text of its block, recording it in ``ledger``."""
    for block in blocks:
        if not 0 < block.link_chars < len(block.text) or not any(end in block.text for end in SENTENCE_ENDS):
            continue
        for link in block.box.node.css("a"):
            spam = _spam_after_sentence(link)
            at = block.text.find(spam) if spam else -1
            if spam and after_sentence(block.text, at):
                ledger.drop(RULE, f"a link of {len(spam_terms(spam))} spam keywords after a sentence", spam,
                            action="remove")
                block.text = normalize(block.text[:at] + block.text[at + len(spam):])
                block.link_chars = max(0, block.link_chars - len(spam))


def _spam_after_sentence(link: LexborNode) -> str | None:
    """The text of ``link`` if it is a spam keyword stack right after a sentence end."""
    before = link.prev
    if before is None or before.tag != "-text" or not (before.text_content or "").rstrip().endswith(SENTENCE_ENDS):
        return None
    text = normalize(link.text(deep=True))
    terms = spam_terms(text) if len(text) <= _TEXT_MAX else []
    return text if len(set(terms)) >= _TERMS_MIN and sum(map(len, terms)) == len(text.replace(" ", "")) else None
