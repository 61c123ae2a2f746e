"""A listicle's items are not teaser cards, though they look alike: a linked heading over a short text,
repeated. Teasers (related stories, "more from us") are the page's own site advertising its other
pages under a one-line blurb; a listicle's items (the brands, venues, events or books an article
reviews) link to the things they name, on other sites, and each holds a paragraph of the article's
own prose.
"""

from __future__ import annotations

import statistics
from urllib.parse import urlsplit

from .dom import Block, Box

# A short second-level label under a two-letter country domain is a registry's (co.uk, com.cn, ne.jp).
_REGISTRY_LABEL = 3
# An item's own text (what is not link text) is a paragraph at this many chars: a teaser's blurb
# is a line or two under its headline.
_ITEM_PROSE = 200


def site_of(url: str | None) -> str | None:
    """The site ``url`` belongs to: its host's registrable part (news.example.co.uk -> example.co.uk),
    or None for a relative or unreadable address."""
    if not url or not url.startswith(("http://", "https://", "//")):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed port or bracketed host
        return None
    if not host:
        return None
    labels = host.rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= _REGISTRY_LABEL else 2
    return ".".join(labels[-keep:])


def listicle_items(blocks: list[Block], cards: list[Box], site: str | None) -> bool:
    """Whether ``cards`` are a listicle's items: most lead off the page's ``site`` (their first link
    names another site; with the page's site unknown, as many sites as there are cards) and the
    typical one holds a paragraph of its own. The prose is measured first: teasers' blurbs are short,
    and then no card's links are looked up (a selector query per card)."""
    own = [sum(len(block.text) - block.link_chars for block in blocks[card.first:card.end]) for card in cards]
    if statistics.median(own) < _ITEM_PROSE:
        return False
    targets = [site_of(link.attributes.get("href")) if (link := card.node.css_first("a[href]")) is not None else None
               for card in cards]
    away = [target for target in targets if target is not None and target != site]
    return (len(set(away)) if site is None else len(away)) * 2 > len(cards)
