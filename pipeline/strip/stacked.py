"""Stacked stories: a page that loads whole articles one under another in one container (infinite
scroll), where the article is the one holding the headline, not the container."""

from __future__ import annotations

from .blocks import HEADLINE_TAGS
from .dom import Block, Box
from .kinds import PROSE_CHARS
from .posts import headline_post
from .threadposts import first_post


def own_article(blocks: list[Block], region: Box | None, title_at: int | None, posts: list[Box]) -> Box | None:
    """On a page that stacks whole articles in one container (infinite scroll: the next story already
    loaded below the first), the article is the one holding the headline: the region narrows to the
    headline's outermost ancestor inside it (holding 200+ chars: a header box is not the article)
    that one of its next siblings stacks on (see _stacked_after). A blog's page of posts that are no
    elements of their own narrows to the run of the headline's post (posts.headline_post); a forum thread's
    ``posts`` (threadposts.thread_posts) to the first post's message."""
    if region is None or title_at is None or not region.first <= title_at < region.end:
        return first_post(blocks, headline_post(blocks, region, title_at), posts)
    head = blocks[title_at].box
    found: Box | None = None
    mine = head
    while mine is not region and (parent := mine.parent) is not None:
        if mine.chars >= PROSE_CHARS and _stacked_after(blocks, mine, parent, head.tag):
            found = mine
        mine = parent
    return found or first_post(blocks, headline_post(blocks, region, title_at), posts)


def _stacked_after(blocks: list[Block], mine: Box, parent: Box, head_tag: str) -> bool:
    """Whether one of the next three siblings of ``mine`` with text has its tag and class and opens
    with a headline of its own (an <article>, or the same heading tag as the title). Sections of one
    article open with lower headings and stay. Siblings are found from the blocks after ``mine``:
    the first block after a box lies in its next sibling with text."""
    at = mine.end
    for _ in range(3):
        if at >= parent.end:
            return False
        sibling = blocks[at].box
        while sibling.parent is not parent and sibling.parent is not None:
            sibling = sibling.parent
        if sibling.parent is not parent:
            return False
        opener = blocks[at].box.tag
        if (sibling.tag == mine.tag and opener in HEADLINE_TAGS and (sibling.tag == "article" or opener == head_tag)
                and sibling.names == mine.names):
            return True
        at = sibling.end
    return False
