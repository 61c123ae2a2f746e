"""A site's legal notice under the article (反侵权公告：, 版权声明, Disclaimer): a heading line of its own
(letter-spaced too: 郑 重 声 明) after the article's prose opens it, and the notice's paragraphs (the law it cites,
its numbered terms, a lawyer's telephone) run to the end of the article box, or of a text dump. They go as a copyright
footer, which the detector cannot tell from prose paragraph by paragraph: most of them name no copyright mark of their
own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import vocab
from .dom import Block
from .revisions import Verdict, rule_of
from .sentences import has_sentence

RULE = "heuristic:copyright_footer"
# (the site may name itself before the heading's words: 振兴东北网版权与免责声明：, 本站版权声明)
_HEADING = re.compile(r"\s*[【\[]?(?:[^\s，。,.:：]{0,8}[网站報报社台網](?:版权与|版權與)?)?(?:"
                      + "|".join(map(re.escape, vocab.NOTICE_HEADINGS))
                      + r")[】\]]?\s*[:：]?\s*", re.I)
_PROSE = 25  # a kept block this long with a sentence is the article's prose, which the notice follows
# The spaces a heading is letter-spaced with (郑 重 声 明), between ideographs.
_LETTER_SPACING = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0]+(?=[\u4e00-\u9fff])")


def _notice_start(items: Iterable[tuple[int, str, bool]]) -> int | None:
    """Of the (index, text, kept) in order (kept, or dropped as a copyright footer: a heading with a mark of its
    own, 版权与免责声明：, goes by itself and still opens the notice), the index of a notice's heading that
    follows the kept prose."""
    prose_before = False
    for index, text, kept in items:
        if prose_before and _HEADING.fullmatch(_LETTER_SPACING.sub("", text)):
            return index
        prose_before = prose_before or (kept and len(text) >= _PROSE and has_sentence(text))
    return None


def _evidence(heading: str) -> str:
    return f"a legal notice under the article, from its heading {heading.strip()!r}"


def drop_legal_notice(blocks: list[Block], verdicts: list[Verdict], inside: range, disabled: frozenset[str]) -> None:
    """Drop the kept blocks from a notice's heading to the end of the article box."""
    start = None if "copyright_footer" in disabled else _notice_start(
        (i, blocks[i].text, verdicts[i] is None) for i in inside if verdicts[i] is None or rule_of(verdicts[i]) == RULE)
    if start is not None:
        evidence = _evidence(blocks[start].text)
        for i in range(start, inside.stop):
            if verdicts[i] is None:
                verdicts[i] = (RULE, evidence, True)


def drop_legal_notice_lines(out: list[tuple[str, str | None, str]], disabled: frozenset[str]) -> None:
    """The same in a text dump's decisions (line, rule or None, evidence): from the heading to the end."""
    start = None if "copyright_footer" in disabled else _notice_start(
        (i, line, rule is None) for i, (line, rule, _) in enumerate(out) if rule in (None, RULE))
    if start is not None:
        evidence = _evidence(out[start][0])
        out[start:] = [(line, RULE, evidence) if rule is None else (line, rule, why) for line, rule, why in out[start:]]
