"""Which page of a multi-page article this is, read from its pager: the page number that is no link
(DedeCMS's <li class="thisclass"><a href="#">2</a>, <b>2</b>, <span class="current">2</span>). The
pager's links to lower numbers are the previous pages, not the next ones."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from selectolax.lexbor import LexborNode

# The page a link goes to: 305_3.html, ?page=3, /page/3/, /3/.
PAGE_HREF = re.compile(r"(?:[_-](\d+)\.s?html?$|[?&](?:page|p|pg|pagina|seite)=(\d+)|/page/(\d+)/?$|/(\d+)/?$)",
                       re.I)
_NUMBER_MAX = 999
_ITEMS = frozenset({"li", "a", "span", "b", "strong", "em", "font"})


def page_number(href: str, *, strict: bool = False) -> int | None:
    """The page number a pager's link names, or None; ``strict``: not from a bare /3/ (a page's own
    address may end in its article id)."""
    found = PAGE_HREF.search(href)
    if found is None or (strict and found[4]):
        return None
    return int(next(g for g in found.groups() if g))


def current_pages(pagers: Iterable[LexborNode]) -> Iterator[int | None]:
    """Each pager's current page (see _current_page). A pager made of list items is read whole, its
    container once: each <li> is a pager block of its own, and a list of 500 archive links would
    otherwise be read 500 times."""
    read: dict[LexborNode, int | None] = {}
    for pager in pagers:
        while pager.tag in _ITEMS and pager.parent is not None:
            pager = pager.parent
        if pager not in read:
            read[pager] = _current_page(pager)
        yield read[pager]


def _current_page(pager: LexborNode) -> int | None:
    """The pager's number that links nowhere and that no link goes to (the page being read), or None."""
    # (帝国CMS writes the page count first, <a title="Total record"><b>3</b></a>: a number a link
    # goes to is no current page)
    linked = {number for a in pager.css("a[href]") if _real(a) for number in (
        page_number(a.attributes.get("href") or ""), _digits(a.text(deep=True))) if number is not None}
    for node in pager.css("b, strong, span, em, li, a, font, i, u"):
        number = _digits(node.text(deep=True))
        if number is None or number > _NUMBER_MAX or number in linked:
            continue
        links = [node] if node.tag == "a" else node.css("a")
        if not any(_real(a) for a in links):
            return number
    return None


def _digits(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def _real(link: LexborNode) -> bool:
    """Whether a link goes to another page (not "#", not a script)."""
    href = (link.attributes.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript"))
