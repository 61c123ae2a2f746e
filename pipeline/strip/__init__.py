"""Strip stage: page to article. (First honest version; issue 4 makes it best in class.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from ..record import Change, Flag
from ..sites import SiteRule

__all__ = ["Article", "extract_html", "extract_text"]


@dataclass(slots=True)
class Article:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    lang: str | None = None
    canonical_url: str | None = None
    next_pages: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)


def extract_html(html: str, *, url: str | None = None, rule: SiteRule | None = None) -> Article:
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, nav, header, footer, aside, noscript"):
        node.decompose()
    title_node = tree.css_first("h1") or tree.css_first("title")
    body = tree.body
    text = body.text(separator="\n") if body else ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Article(title=title_node.text(strip=True) if title_node else None, paragraphs=lines)


def extract_text(text: str, *, rule: SiteRule | None = None) -> Article:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Article(title=lines[0] if lines else None, paragraphs=lines[1:])
