"""A forum thread of posts that are no named elements: the article is the first post's message.

An old board (网易's bbs6 of 2005, and boards like it up to 2015) prints each post of a thread as an element of
its own, one after another in the page's container, with no class or id to name it: a table with the post's
title row, the poster's cell, the message (the poster's signature under a line of rules) and the post's stamp
(`〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓`), then a `← 返回` row. The story the thread
was opened for is the first post; the replies are comments. A short story in the first post is outweighed by
the replies together: the page's container wins, and the body opens with the board's crumb and the thread's
title row and runs on into every reply (revisions.drop_forum_replies finds posts only by their names).

The posts are the container's sibling elements of one tag and name, each holding a post's stamp (a short line
with a date and a clock and no sentence), that follow one another with nothing between them (a stamp or two
before them, as a board's top bar showing the time, is passed over). The first of them must hold a story's
length of prose and the region must hold no prose before it (comments under an article are no thread). The
article is then the best box inside the first post (its message, not its title row or the poster's cell), and
the blocks of the later posts are recorded as the thread's replies (name_replies). Where the article box closes
with a line of rules and a few short lines before the post's stamp, those lines are the poster's signature
(drop_signature); the stamp stays in the box, where it dates the story.
"""

from __future__ import annotations

from .blocks import best_box
from .dom import Block, Box
from .infoline import CLOCK, DATE_PIECE
from .postfooter import POST_FOOTER_MAX
from .posts import common, holds
from .revisions import Verdict, rule_of
from .sentences import has_sentence, has_sentence_besides_addresses
from .shapes import SEPARATOR

RULE = "heuristic:signature"
REPLY_RULE = "heuristic:comments"
OUTSIDE_RULE = "heuristic:outside_body"

# A paragraph of a post's message: this long, with a sentence; the first post holds this much of them.
_PROSE = 25
_FIRST_PROSE = 100
# The stamps a thread's first post may follow (the time of day in the board's top bar, a notice's date).
_STARTS = 3
# A signature under its rule is this many lines at most, of this many chars together.
_SIGNATURE_LINES = 4
_SIGNATURE_CHARS = 200


def first_post(blocks: list[Block], region: Box | None, posts: list[Box]) -> Box | None:
    """The region, or the first post's message when the region holds the thread's posts (``posts``, the
    page's thread_posts) or lies in a later post (see the module)."""
    if region is None or len(posts) < 2:
        return region
    first = posts[0]
    container = first.parent
    if holds(first, region) or container is None or not (holds(container, region) or holds(region, container)):
        return region
    if any(_prose(b) for b in blocks[region.first:min(region.end, first.first)]):
        return region
    inner = sorted({id(box): box for b in blocks[first.first:first.end] for box in _up_to(b.box, first)}.values(),
                   key=lambda box: (box.first, box.depth))
    return best_box(inner, blocks=blocks) or region


def thread_posts(blocks: list[Block]) -> list[Box]:
    """The thread's posts, from the first of the page's first few stamps that opens a run of two posts at least,
    the first holding a story's prose (a board's top bar may show the time of day before them). A scan of
    every block: a page's are read once and passed to first_post and name_replies."""
    stamps = [i for i in range(len(blocks)) if _stamp(blocks[i].text)]
    for start in range(min(_STARTS, len(stamps) - 1)):
        posts = _posts(blocks, stamps[start:])
        if len(posts) >= 2 and sum(len(b.text) for b in blocks[posts[0].first:posts[0].end] if _prose(b)) >= (
                _FIRST_PROSE):
            return posts
    return []


def _posts(blocks: list[Block], stamps: list[int]) -> list[Box]:
    """The posts: from the first two stamps' nearest common box, its children holding the stamps, when they
    share a tag and name and follow one another with nothing between them."""
    container = common(blocks[stamps[0]].box, blocks[stamps[1]].box)
    if container is None:
        return []
    posts: list[Box] = []
    for at in stamps:
        post = next((box for box in blocks[at].box.ancestors() if box.parent is container), None)
        if post is None:
            break
        if posts and post is posts[-1]:
            continue
        if posts and (post.tag != posts[0].tag or post.names != posts[0].names or post.first != posts[-1].end):
            break
        posts.append(post)
    return posts


def drop_signature(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """A poster's signature at the end of the article box (``inside``): a few short lines after a line of rules,
    when the post's stamp alone follows them and kept prose comes before the rule (a board prints the signature
    under the message, the stamp under both)."""
    end = inside.stop
    while end > inside.start and _stamp(blocks[end - 1].text):
        end -= 1
    rule = next((i for i in range(end - 1, inside.start - 1, -1) if _rule(blocks[i].text)), None)
    if end == inside.stop or rule is None or end - rule - 1 > _SIGNATURE_LINES or sum(
            len(b.text) for b in blocks[rule + 1:end]) > _SIGNATURE_CHARS or not any(
            verdicts[i] is None and _prose(blocks[i]) for i in range(inside.start, rule)):
        return
    for i in range(rule + 1, end):
        if verdicts[i] is None:
            verdicts[i] = (RULE, "a poster's signature: short lines under a line of rules, above the post's stamp",
                           True)


def name_replies(blocks: list[Block], verdicts: list[Verdict], region: Box | None, posts: list[Box]) -> None:
    """Where the article box lies in a thread's first post (``posts``: the page's thread_posts), the blocks of
    the later posts it left out are the thread's replies: recorded as comments, not as text outside the
    article."""
    if region is None or len(posts) < 2 or not holds(posts[0], region):
        return
    for number, post in enumerate(posts[1:], 2):
        for i in range(post.first, post.end):
            if rule_of(verdicts[i]) == OUTSIDE_RULE:
                verdicts[i] = (REPLY_RULE, f"forum reply (post {number}; the article is post 1)", True)


def _rule(text: str) -> bool:
    return len(text) >= 3 and SEPARATOR.match(text) is not None


def _stamp(text: str) -> bool:
    """A post's stamp: a short line with a date and a clock, no sentence before its end. (A clock holds a ":" or
    a "時": most lines hold neither, and the regex is not run on them.)"""
    return (len(text) <= POST_FOOTER_MAX and (":" in text or "時" in text) and CLOCK.search(text) is not None
            and DATE_PIECE.search(text) is not None
            and not has_sentence_besides_addresses(text[:-1]))


def _prose(block: Block) -> bool:
    return len(block.text) >= _PROSE and has_sentence(block.text)


def _up_to(box: Box, top: Box) -> list[Box]:
    """``box`` and its ancestors up to ``top``."""
    chain: list[Box] = []
    for at in box.ancestors():
        chain.append(at)
        if at is top:
            return chain
    return []
