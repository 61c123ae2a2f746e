"""A blog's page of stacked posts: the article is the headline's post, up to the next post's title.

An old blog host's front or archive page (2005-2015) prints post after post: the title (and its date line)
in one row, the body in the next, then the post's footer (`[打印]`, `由X张贴 @ 2005-06-14 03:25:55 共 11 篇评论`)
and the next post's title in a box of the same tag and class. No element holds one post, so neither the
scorer nor own_article's stacked siblings find it: the posts' table wins as a whole (the story runs on into
the next posts), or another post's longer body does. The headline's post is the run of blocks from its title
to the next post's title, a box of the posts' container narrowed to that run (as proserun does). The headline's
box must be named as a title, its repeats must each stand over prose, and the headline's post and its neighbour
must each close with a post's footer before the next title (a box named as a footer, a line of buttons, a
posted-at line, a comment count): the sections of one article under headings of one class run straight on from
prose to the next heading. The posts' container holds the region, or the region holds it.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import block_value
from .dom import Block, Box
from .headings import TITLE_WORD
from .heuristics import COMMENT_COUNT, COUNT_LINE_MAX
from .postfooter import POST_FOOTER_MAX, post_footer
from .sentences import Context, has_sentence
from .textlines import buttons_line

# A paragraph of a post's body: this long, a sentence, under this share of link text.
_PROSE = 25
_LINKED = 0.5


def headline_post(blocks: list[Block], region: Box | None, title_at: int | None) -> Box | None:
    """The region, or the headline's post (see the module) when the region does not lie inside it."""
    if region is None or title_at is None or TITLE_WORD.search(blocks[title_at].box.names) is None:
        return region
    posts = _posts(blocks, blocks[title_at].box)
    mine = next((k for k, (lead, last) in enumerate(posts) if lead <= title_at <= last), None)
    if mine is None or len(posts) < 2:
        return region
    other = mine + 1 if mine + 1 < len(posts) else mine - 1
    container = common(blocks[posts[mine][0]].box, blocks[posts[other][0]].box)
    if container is None or not (holds(container, region) or holds(region, container)):
        return region
    ends = [lead for lead, _ in posts[1:]] + [container.end]
    first, end = posts[mine][0], ends[mine]
    if (first <= region.first and region.end <= end) or not all(
            _closed(blocks, posts[k][0], ends[k]) for k in (mine, other)):
        return region
    inside = blocks[first:end]
    value = sum(map(block_value, inside))
    return replace(container, first=first, end=end, raw=value, value=value, chars=sum(len(b.text) for b in inside),
                   link_chars=sum(b.link_chars for b in inside))


def _posts(blocks: list[Block], head: Box) -> list[tuple[int, int]]:
    """The posts' title runs (first and last block: a post's title, then its date line in a box of the same
    tag and name), each one that prose follows before the next title box."""
    posts: list[tuple[int, int]] = []
    lead: int | None = None
    last = 0
    for i, block in enumerate(blocks):
        box = block.box
        if box.tag == head.tag and box.names == head.names:
            lead, last = (i if lead is None else lead), i
        elif lead is not None and _prose(block):
            posts.append((lead, last))
            lead = None
    return posts


def _closed(blocks: list[Block], first: int, end: int) -> bool:
    """Whether the post's last prose is followed, before ``end``, by a post's footer."""
    last = max((i for i in range(first, end) if _prose(blocks[i])), default=None)
    return last is not None and any(_footer(blocks[i]) for i in range(last + 1, end))


def _footer(block: Block) -> bool:
    """A line of a post's footer: in a box named as one (post-footer, postFoot), buttons, a comment count, a
    posted-at line."""
    text = block.text.strip()
    return "foot" in block.box.names or buttons_line(text) or (
        len(text) <= COUNT_LINE_MAX and COMMENT_COUNT.search(text) is not None) or (
        len(text) <= POST_FOOTER_MAX and post_footer(text, Context()) is not None)


def _prose(block: Block) -> bool:
    return len(block.text) >= _PROSE and has_sentence(block.text) and block.link_density < _LINKED


def holds(outer: Box, box: Box) -> bool:
    """Whether ``box`` lies inside ``outer`` (or is it)."""
    return outer.first <= box.first and box.end <= outer.end and any(at is outer for at in box.ancestors())


def common(a: Box, b: Box) -> Box | None:
    """The nearest box holding both."""
    mine = set(map(id, a.ancestors()))
    return next((box for box in b.ancestors() if id(box) in mine), None)
