"""The page's headline, read from its blocks before the article's box is chosen: the headings, the lines a
title class names or a bold face sets over the info line, a blog post's title over its body, the sidebar's
column labels, and the site's names (its home link's, a crumb's) to peel off the <title>."""

from __future__ import annotations

from .dom import Block
from .headings import column_labels, framed_headline, headings, linked_headings, named_titles, post_titles
from .headline import choose_title
from .metadata import Meta
from .texttitles import crumb_names


def page_title(blocks: list[Block], meta: Meta) -> str | None:
    """The headline; ``meta.sites`` takes the site names the page shows (read by the rest of the stage)."""
    linked, home = linked_headings(blocks)
    meta.sites |= home | crumb_names((block.text for block in blocks), meta.doc_title)
    named, over_info = named_titles(blocks, meta.doc_title)
    posts, post_links = post_titles(blocks)
    return framed_headline(blocks, choose_title(meta, headings(blocks), named + posts + post_links, linked,
                                                over_info + posts, column_labels(blocks), post_links))
