"""Session 25's faster strip paths against plain definitions of what they must give.

vocab.AUTHOR_NAME_ELEMENTS groups its class-substring selectors behind one [class*="author"] and its link
selectors behind one ``a`` (:is()), so that lexbor runs the group only on the elements that pass that test.
It must select the elements the flat list of selectors selects, in the same order, on any page.

The elements the strip stage removes as never text but logs as shown (an image map, MathML, an SVG's text) are
found by scan's grouped query, with the elements metadata reads, instead of by a walk of their own: scan must
give each once, in document order, as that walk did.
"""

from __future__ import annotations

import random

from selectolax.lexbor import LexborHTMLParser

from pipeline.strip import vocab
from pipeline.strip.ledger import SHOWN_NON_TEXT
from pipeline.strip.scan import scan

# The selectors one by one, as the list was written before it was grouped.
_FLAT = ('[class$="__author"], [class*="__author "], [class*="author-name"], [class*="author_name"], '
         '[class*="authorName"], [class*="author__name"], [data-testid*="author"], a[href*="/author/"], '
         'a[href*="/autor/"], a[href*="/authors/"], span.rich_media_meta_text, .auteur, .autor, '
         '[class$="-author"], span.author, .yazar, .autore, [class$="_authors"], .article-meta .user-name, '
         'a[href*="//author."], a[href*="/contributor/"], a[href*="/contributors/"], [class*="_author__"]')

_TAGS = ("div", "span", "a", "p", "li", "em")
_CLASS_WORDS = ("author", "Author", "authors", "topic-authors__author", "article-author-name", "author_name",
                "authorName", "c-author__name", "m-author", "post-author", "document_authors", "Author_author__4ceOm",
                "author-box", "authorship", "rich_media_meta_text", "auteur", "autor", "autore", "yazar", "AUTEUR",
                "user-name", "article-meta", "byline", "x__author", "coauthor", "author-", "_authors", "meta")
_HREFS = ("/author/jane", "/authors/jane", "/autor/x", "https://author.baidu.com/home/1", "/contributor/hunter",
          "/contributors/", "/AUTHOR/x", "/authorx", "/news/1", "/contributor", "//authors.")
_TEST_IDS = ("authorName", "Author", "byline", "author-link")


def _element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    attrs = []
    if rng.random() < 0.7:
        attrs.append('class="' + " ".join(rng.choice(_CLASS_WORDS) for _ in range(rng.randint(1, 3)))
                     + (" " if rng.random() < 0.2 else "") + '"')
    if rng.random() < 0.3:
        attrs.append(f'href="{rng.choice(_HREFS)}"')
    if rng.random() < 0.15:
        attrs.append(f'data-testid="{rng.choice(_TEST_IDS)}"')
    inner = "".join(_element(rng, depth + 1) for _ in range(rng.randint(0, 3))) if depth < 4 else "Jane Doe"
    return f"<{tag} {' '.join(attrs)}>{inner}</{tag}>"


def _unique(nodes: list) -> list[int]:  # type: ignore[type-arg]
    """The elements' ids in order, each once (a flat list reports an element once per selector it matches)."""
    seen: dict[int, None] = {}
    for node in nodes:
        seen.setdefault(node.mem_id, None)
    return list(seen)


def test_grouped_author_name_elements_select_what_the_flat_list_selects() -> None:
    rng = random.Random(25)
    selected = 0
    for _ in range(400):
        body = "".join(_element(rng, 0) for _ in range(rng.randint(1, 6)))
        for doctype in ("<!DOCTYPE html>", ""):  # (quirks mode matches class names without case)
            tree = LexborHTMLParser(f"{doctype}<html><body>{body}</body></html>")
            expected = _unique(tree.css(_FLAT))
            assert _unique(tree.css(vocab.AUTHOR_NAME_ELEMENTS)) == expected, body
            selected += len(expected)
    assert selected > 1000  # the pages exercise the selectors


# Pieces of pages holding the elements the strip stage logs as shown (map, math, an SVG's text), some also matched
# by scan's other selectors (a date class, Answer microdata), nested in each other and in elements never shown.
_SHOWN_PIECES = ('<map name="m"><area alt="x">', "</map>", "<math><mi>x</mi>", "</math>", "<svg><text>Logo</text>",
                 "</svg>", '<svg><g><text class="date">2026</text></g></svg>', '<text class="date">5 May</text>',
                 '<math class="post-date">', '<map itemscope itemtype="https://schema.org/Answer">',
                 '<div itemscope itemtype="https://schema.org/Question">', "</div>", "<p>text</p>",
                 '<time datetime="2026-01-02" class="date">', "</time>", "<noscript><math>m</math></noscript>",
                 "<svg><foreignObject><text>in</text></foreignObject></svg>", '<span class="date">')


def test_scan_finds_the_shown_elements_a_query_of_their_own_finds() -> None:
    rng = random.Random(250)
    found = 0
    for _ in range(1500):
        body = "".join(rng.choice(_SHOWN_PIECES) for _ in range(rng.randint(1, 12)))
        tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
        expected = [node.mem_id for node in tree.css(SHOWN_NON_TEXT)]
        assert [node.mem_id for node in scan(tree).shown_non_text] == expected, body
        found += len(expected)
    assert found > 2000
