"""A site's legal notice under the article (反侵权公告：, 版权声明, Disclaimer): a heading line of its own after
the article's prose opens it, and the notice's paragraphs (the law it cites, its numbered terms, a lawyer's
telephone) run to the end of the article box. They go as a copyright footer, which the detector cannot tell
from prose paragraph by paragraph: most of them name no copyright mark of their own."""

from __future__ import annotations

import re

from . import vocab
from .dom import Block
from .revisions import Verdict
from .sentences import has_sentence

RULE = "heuristic:copyright_footer"
_HEADING = re.compile(r"\s*[【\[]?(?:" + "|".join(map(re.escape, vocab.NOTICE_HEADINGS)) + r")[】\]]?\s*[:：]?\s*",
                      re.I)
_PROSE = 25  # a kept block this long with a sentence is the article's prose, which the notice follows


def drop_legal_notice(blocks: list[Block], verdicts: list[Verdict], inside: range, disabled: frozenset[str]) -> None:
    """Drop the kept blocks from a notice's heading, after kept prose, to the end of the article box."""
    if "copyright_footer" in disabled:
        return
    prose_before = False
    for i in inside:
        if verdicts[i] is not None:
            continue
        text = blocks[i].text
        if prose_before and _HEADING.fullmatch(text):
            evidence = f"a legal notice under the article, from its heading {text.strip()!r}"
            for j in range(i, inside.stop):
                if verdicts[j] is None:
                    verdicts[j] = (RULE, evidence, True)
            return
        prose_before = prose_before or (len(text) >= _PROSE and has_sentence(text))
