"""The headline: chosen among the page's h1s, its metadata titles and its <title> (spam and site names
passed over), and a later page's "(2)" taken off."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from . import vocab
from .heuristics import spam_header, spam_terms
from .metadata import Meta
from .sentences import Context
from .sitetitle import strip_site
from .text import HEADLINE_MIN, TITLE_SEPARATOR

_BARE_SITE_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,8}(?:网|網|站|门户|門戶)|(?:www\.)?[\w-]+\.(?:com|cn|net|org)(?:\.cn)?", re.I
)
# A <title> that is a crumb, the site's name (or home) and its columns (世艺网>艺术教育, Home » News): short
# parts joined by arrows, no headline among them.
_CRUMB_DOC_TITLE = re.compile(r"\s*([^>»›＞]{1,10}?)\s*(?:[>»›＞]\s*[^>»›＞\s][^>»›＞]{0,9}){1,3}\s*")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_SUBTITLE_MARKS = ("：", ":", "—", "丨", "|", "——")
# The h1 goes on with words where a <title> ended: a space and a lowercase word or a digit (a site's
# name after the headline is capitalised or set off by a separator).
_WORDS_ON = re.compile(r" (?:[a-z]|\d)")


def choose_title(meta: Meta, headings: tuple[list[str], list[str]], named: Iterable[str] = (),
                 linked: Iterable[str] = (), over_info: Iterable[str] = (),
                 columns: Collection[str] = (), post_links: Iterable[str] = ()) -> str | None:
    """The headline: a heading (h1s, then h2s) the metadata agrees with, else the page's one h1 when it
    is a wording of the metadata title (:func:`_reworded`), else metadata, else a heading, else a bold
    line right over the info line (``over_info``: an old site's <title> is often its greeting, the same on
    every page), else <title> trimmed, else a block whose class names a title (``named``: div.biaoti; the
    sidebar's div.title is named so too, hence last, and first only where it agrees with the metadata;
    ``linked``: headings that are one link, only where the metadata agrees). A heading in ``columns`` (a
    sidebar's column label: 博客导读) yields to a line shown over the info line or a post's body, and to a
    post's title linked to its page over its body (``post_links``: after the <title>, as a teaser's is so too).

    Reposts often carry a <title> of pure keyword spam while the real headline is an h1 in the body,
    so every candidate that reads as spam is passed over; a site-name h1 is passed over because
    only the *trimmed* <title> has to agree with it; an h1 holding U+FFFD comes after the <title> (unless the
    <title> holds it as it is).
    """
    ok = Context()
    h1s, h2s = headings
    heads = [h for h in h1s + h2s if len(h) >= 4 and not spam_header(h, ok)]
    titled = [h for h in named if len(h) >= 4 and not spam_header(h, ok)]
    metas = [t for t in meta.titles if not spam_header(t, ok)]
    doc = _doc_title(meta.doc_title, ok, meta.sites)
    raw = [(t, t) for t in metas], [(meta.doc_title or "", doc)] if doc else []
    for refs in raw:
        for head in heads + titled + [h for h in linked if len(h) >= 4]:
            for whole, ref in refs:
                if _agree(head, ref):
                    # the heading word for word inside the <title> is the headline the site put around
                    if head in whole:
                        return strip_site(head, meta.sites, known_only=True)
                    return _shorter(head, strip_site(ref, meta.sites))
    if len(h1s) == 1 and h1s[0] in heads and any(_reworded(h1s[0], t) for t in metas):
        return h1s[0]  # the headline the reader sees; the metadata's is its wording for search and sharing
    if metas:
        return strip_site(metas[0], meta.sites)
    # an h1 that lost bytes (U+FFFD: mojibake the repair could not undo) yields to a clean <title>, but not
    # where the <title> writes it as damaged, spam glued on (�创话剧…_澳门葡京娱乐-…: its clean part is the spam)
    shown = [h for h in over_info if len(h) >= 4 and not spam_header(h, ok)]
    posted = [h for h in post_links if not spam_header(h, ok)]
    intact = [h for h in heads if ("\ufffd" not in h or h in (meta.doc_title or ""))
              and not ((shown or posted) and h in columns)]
    return intact[0] if intact else next(iter(shown), None) or doc or next(iter(posted + heads + titled), None)


_TITLE_PAGE = re.compile(r"\s*(?:[(（]\s*(\d{1,3})\s*[)）]|第\s*(\d{1,3})\s*页)$")
# A page label in brackets that says it is one (a forum archiver's "标题(页 1)"): no headline ends so.
_PAGE_LABEL = re.compile(r"\s*[(（]\s*(?:(?:页|頁|page)\s*\d{1,3}|第\s*\d{1,3}\s*[页頁])\s*[)）]$", re.I)


def without_page_number(title: str | None, url: str | None, page: int | None = None) -> str | None:
    """A later page of a multi-page article titles itself "标题(2)" or "标题 第2页": the number goes
    when the URL (612_2.html, ?page=2) or the pager (``page``) names the same page, so every page
    carries one title. A label that names itself a page ("(页 1)", "(第1页)") goes on every page."""
    if title and (label := _PAGE_LABEL.search(title)) is not None and label.start() > 0:
        return title[: label.start()]
    if not title or not (url or page) or (found := _TITLE_PAGE.search(title)) is None:
        return title
    number = found[1] or found[2]
    named = int(number) == page or (url and re.search(rf"(?:[_-]|[?&](?:page|p)=){number}(?:\D|$)", url))
    if int(number) >= 2 and named:
        return title[: found.start()]
    return title


def _doc_title(title: str | None, ok: Context, sites: frozenset[str] = frozenset()) -> str | None:
    """The <title> without its site name (None when it is only one, or one and its sections); of one
    with spam words glued on (标题-久久精品国产免费观看), its longest part free of them."""
    if not title or _BARE_SITE_NAME.fullmatch(title.strip()) or title.strip().casefold() in vocab.GENERIC_DOC_TITLES:
        return None  # 新闻资讯网: a <title> naming only the site names no article
    if (crumb := _CRUMB_DOC_TITLE.fullmatch(title)) and (
            _BARE_SITE_NAME.fullmatch(crumb[1]) or crumb[1].casefold() in vocab.BREADCRUMB_HOME):
        return None
    if (label := _SHELL_LABEL.match(title)) and len(title) > label.end():
        title = title[label.end():]  # a print view's (Версия для печати: headline)
    if not spam_header(title, ok):
        trimmed = strip_site(title, sites)  # (城南学院新闻网_(新闻): the site's name and a column's, no headline)
        return None if _BARE_SITE_NAME.fullmatch(trimmed) else trimmed
    parts = (p.strip() for p in TITLE_SEPARATOR.split(title))
    clean = [p for p in parts if len(p) >= HEADLINE_MIN and not spam_terms(p)]
    return max(clean, key=len) if clean else None


# A print shell's label before the headline in a <title>, then a colon or a dash.
_SHELL_LABELS = sorted(vocab.GENERIC_DOC_TITLES, key=len, reverse=True)
_SHELL_LABEL = re.compile("(?:" + "|".join(map(re.escape, _SHELL_LABELS)) + r")\s*[:：\-–—|]\s*", re.I)
# A column's name before a bar at the head of a headline (not a bracketed [转贴] tag).
_COLUMN_PREFIX = re.compile(r"[^\[\]【】()（）\s]{1,10}\s*[｜|丨]\s*")


def _shorter(head: str, title: str) -> str:
    """Of two agreeing headlines, the one without a site name or a "[转贴]" tag around it; but an h1
    that goes on with a subtitle after the <title>'s words (标题：副标题) is the headline."""
    if head.startswith(title) and head[len(title) :].lstrip()[:1] in _SUBTITLE_MARKS:
        return head
    if head.startswith(title) and _WORDS_ON.match(head, len(title)):
        return head  # a <title> cut short (Bryncoed footbridge reopens / … after flood repair): the h1 is whole
    if head.endswith(title) and _COLUMN_PREFIX.fullmatch(head[: len(head) - len(title)]):
        return head  # 直播｜…, 新华全媒+｜…: the column's name is part of the headline
    return head if len(head) <= len(title) else title


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_REWORDED_SHARE = 0.5


def _reworded(head: str, title: str) -> bool:
    """Two wordings of one headline in a script of words (Top 10 Health and Nutrition Trends to Watch /
    Health And Nutrition Trends For 2026): half the h1's words of four or more letters (no "and", "the", "for") are the
    title's (Chinese headlines are compared by :func:`_agree` only)."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(head) if w.isascii() or not _CJK.search(w)}
    theirs = {w.casefold() for w in _CONTENT_WORD.findall(title)}
    return len(words) >= 2 and len(words & theirs) >= _REWORDED_SHARE * len(words)


def _agree(head: str, title: str) -> bool:
    """The same headline, give or take a site name around it."""
    return head == title or (len(head) >= 0.5 * len(title) and (head in title or title in head))


