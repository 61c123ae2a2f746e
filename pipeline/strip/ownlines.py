"""The article's date and writer as its own lines state them (the info line between its headline and its
body, its bylines), weighed against what the rest of the page says: a repost keeps the original's info line
over the body while the reposting site's chrome dates and signs other things (a photo caption's day, a blog's
founding date in the sidebar, an author box under the story, a related teaser's byline)."""

from __future__ import annotations

from collections.abc import Iterable

from .datecues import PUBLISHED
from .textdates import date_in_text
from .textmeta import author_in_text


def article_date(lines: list[str], lang: str | None) -> str | None:
    """The first date of a line labelled as the publication's (Published: …, 发表于 …, Опубліковано: …,
    입력 …), else the first date of ``lines`` (:func:`.textdates.date_in_text`)."""
    return date_in_text((line for line in lines if PUBLISHED.search(line)), lang) or date_in_text(lines, lang)


def article_author(own_lines: Iterable[str], element_author: str | None, lang: str | None) -> str | None:
    """The writer the article's own lines name (Автор: X, Por X, X 기자) before the page's byline element
    (``element_author``), which may stand anywhere; the element first where its name is in those lines:
    its markup bounds the name (By <a>MixmasterFred</a>ebenisterie …)."""
    lines = list(own_lines)
    if element_author and any(element_author in line for line in lines):
        return element_author
    return author_in_text(lines, lang) or element_author
