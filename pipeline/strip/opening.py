"""The body's opening date line: a blog or CMS theme prints the post's date (and often its byline,
category or reading time) as the first paragraph of the post's box, in shapes the line detectors do
not know whole ("Nov. 20, 2019 5:52 AM EST", "Last updated on September 16th, 2023 at 09:27 am",
"On Behalf of Smith & Lee LLP | Apr 21, 2017 | Personal Injury", "sexta-feira, 22 de outubro de 2010
às 20:13"). At the head of the body, a short line holding a whole date and only a few words besides,
ending no sentence, is that metadata, not the article's first paragraph."""

from __future__ import annotations

import itertools
import re

from .dom import Block
from .revisions import Verdict
from .sentences import SENTENCE_RE, has_sentence
from .textdates import NUM_DATE, WORD_DATE, iso_date

# The date line is short and says little besides its date: a label, a name, a category, a time zone.
_LINE_MAX = 100
_OTHER_WORDS = 10
# The body's first two kept blocks may be such lines (a date, then "By X | Category").
_HEAD_LINES = 2
# A heading naming a date titles a section; a table cell or a list item with one is data.
_NOT_LINES = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "li", "dt", "dd"})
_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Chinese, Japanese and Korean date lines are the info-line detectors' (metaline, infoline); a paper's
# dateline there (本报讯 2026年3月8日) is the article's own.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
RULE = "heuristic:meta_line"


def drop_opening_dateline(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Drop the first kept blocks of the article box (``inside``) while they are date lines, when
    prose follows them (a heading may come first: "Published June 23, 2026", then "The Plan")."""
    kept = [i for i in inside if verdicts[i] is None]
    head = list(itertools.takewhile(lambda i: dateline(blocks[i]), kept[:_HEAD_LINES]))
    if head and any(has_sentence(blocks[i].text) for i in kept[len(head):]):
        for at in head:
            verdicts[at] = (RULE, "a date line opening the body (a date, with a label or byline)", False)


def dateline(block: Block) -> bool:
    """A short block, not a heading, cell or item, that holds a whole date (day, month and year) and
    at most a few words besides it, ending no sentence."""
    text = block.text
    if len(text) > _LINE_MAX or block.box.tag in _NOT_LINES or iso_date(text) is None:
        return False
    rest = _CLOCK.sub(" ", WORD_DATE.sub(" ", NUM_DATE.sub(" ", text)))
    return SENTENCE_RE.search(rest) is None and _CJK.search(rest) is None and len(_WORD.findall(rest)) <= _OTHER_WORDS
