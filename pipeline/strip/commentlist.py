"""Reader comments under an article: a short heading (网友评论, 最新评论, 3 comments) below the body opens
the list; its short lines are the list's items (names, stamps, links) and a long one is a comment when the
line above it is its writer's stamp (a name with a date or time: 窑湾居民（2026-04-12 12:47）：). A long
line with no stamp above it stays: an article may quote readers under such a heading. A portal's stamps showing the
commenter's address half hidden (lr9111[219.130.79.*] 认为：) open a list with no heading, two of them at least.

A text dump is followed line by line (text._decide); a page's blocks the same way, from the heading to the
end of the article box: old sites often never close the body's container, so the comments (a forum table,
plain <p>s) nest inside it with no class to name them.
"""

from __future__ import annotations

import re

from .dom import Block
from .infoline import CLOCK, DATE_PIECE
from .revisions import Verdict, rule_of
from .sentences import has_sentence

RULE = "heuristic:comments"
# A comments heading is this short (网友评论（以下留言仅代表网友个人观点）); the list's items this short.
HEAD_MAX = 20
ITEM_MAX = 60
# What the comments detector says of a heading (a view counter, 浏览：1024次, opens no list).
_HEAD_EVIDENCE = ("comment lead", "comment count")
_PROSE = 25
# A list shows this many comments under their writers' stamps at least.
_COMMENTS_MIN = 2
# A commenter's stamp with the address a portal shows half hidden (lr9111[219.130.79.*] 认为：): no heading needs
# to open a list of such stamps, and its comments may all be short.
_MASKED_IP = re.compile(r"[\[(（]\s*(?:ip\s*[:：]?\s*)?\d{1,3}\.\d{1,3}\.(?:\d{1,3}|\*)\.\*\s*[\])）]", re.I)


def comment_stamp(line: str) -> bool:
    """Whether a line reads as a comment's writer and date stamp (Pedro G. 2 mayo, 2026 at 11:14;
    섬사람 2026-04-15 11:20; 网友：窑湾居民 发表于 2026-04-12 12:47)."""
    return len(line) <= ITEM_MAX and bool(CLOCK.search(line) or DATE_PIECE.search(line))


def drop_comment_list(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Drop, as comments, the kept blocks of a comment list that follows the article's prose inside its box:
    only where the list shows itself as one, two comments at least each under its writer's stamp (a short
    "Comments?" under a mailing-list post, or a "Leave a comment" button above a promotion, opens none)."""
    section = _section(blocks, verdicts, inside) or range(0)
    stamped = [i for i in section if i - 1 in section and verdicts[i] is None and len(blocks[i].text) > ITEM_MAX
               and comment_stamp(blocks[i - 1].text)]
    if len(stamped) < _COMMENTS_MIN:  # (a list of half-hidden addresses starts at its first stamp)
        section = _masked_stamps(blocks, verdicts, inside)
        if sum(_masked_stamp(blocks[i].text) for i in section) < _COMMENTS_MIN:
            return
    for i in section:
        if verdicts[i] is None and len(blocks[i].text) <= ITEM_MAX:
            verdicts[i] = (RULE, "item of a comment list under the article", True)
        elif i in stamped:
            verdicts[i] = (RULE, "a comment's text under its writer and date", True)


def _masked_stamp(text: str) -> bool:
    return len(text) <= ITEM_MAX and _MASKED_IP.search(text) is not None


def _masked_stamps(blocks: list[Block], verdicts: list[Verdict], inside: range) -> range:
    """The blocks from a kept commenter's stamp with a half-hidden address after the kept prose to the box's end
    (none when there is no such stamp)."""
    prose_before = False
    for i in inside:
        if verdicts[i] is None:
            if prose_before and _masked_stamp(blocks[i].text):
                return range(i, inside.stop)
            prose_before = prose_before or (len(blocks[i].text) >= _PROSE and has_sentence(blocks[i].text))
    return range(0)


def _section(blocks: list[Block], verdicts: list[Verdict], inside: range) -> range | None:
    """The blocks from under a short comments heading that follows kept prose to the footer or the box's end."""
    prose_before = False
    for i in inside:
        verdict, text = verdicts[i], blocks[i].text
        if verdict is None:
            prose_before = prose_before or (len(text) >= _PROSE and has_sentence(text))
        elif (prose_before and rule_of(verdict) == RULE and len(text) <= HEAD_MAX
              and verdict[1].startswith(_HEAD_EVIDENCE)):
            end = next((j for j in range(i + 1, inside.stop) if rule_of(verdicts[j]) == "heuristic:copyright_footer"),
                       inside.stop)
            return range(i + 1, end)
    return None
