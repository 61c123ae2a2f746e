"""Saved copies: a page a user or corpus builder saved rather than fetched, and what its wrapper adds.

A browser's "Save Page As" writes ``<!-- saved from url=(0047)http://… -->`` before <html> (the SingleFile
extension ``<!-- Page saved with SingleFile url: http://… -->``); a Wayback
Machine capture names its original in the archive's rewrite script (``__wm.wombat("http://…", …)``) and
inserts a toolbar after <body>; Evernote's export keeps ``<meta name="source-url">``; a reader view links
the page it shows; a print view prints the address (本文网址：http://…), a clipper its source (Clipped from:
<http://…>), a search engine's cache note names the page it is a copy of. That address is where the
article came from: the record's ``url`` when its source gave none. An archive's own address
(https://web.archive.org/web/20160314082233/http://…) and a reader view's (about:reader?url=…) stand for the
original they hold.

The wrapper's text is no article text: a note's line is dropped by the ``copy_note`` detector, and the
Wayback toolbar (its elements, or its lines when a capture was copied as text) by ``archive_toolbar``,
before its capture dates can be read as the article's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborHTMLParser

from . import vocab_copies as vocab
from .ledger import Ledger
from .patterns import starts
from .sentences import Context

TOOLBAR_RULE = "heuristic:archive_toolbar"
COPY_NOTE_RULE = "heuristic:copy_note"
PRINT_MARGIN_RULE = "heuristic:print_margin"
# (a repost's link to the original, 原文链接：http://…, is dropped as a call to action first)
_NOTE_RULES = frozenset({TOOLBAR_RULE, COPY_NOTE_RULE, "heuristic:call_to_action"})
_NOTE_MAX = 500
# How far after its lead a note's address starts (这是 Google 对 http://… 的缓存).
_LEAD_TO_URL = 12
# The saved-from comment comes before <html>, after a doctype at most; SingleFile's follows the <html> tag,
# whose attributes may be long.
_SAVED_FROM_WITHIN = 4096
# A browser's (IE's, Chrome's) saved-from comment and the SingleFile extension's (url: on its second line).
_SAVED_FROM = re.compile(r"<!--\s*(?:saved from url=\(\d+\)|page saved with singlefile\s+url:)\s*(\S+?)\s*(?:-->|\n)",
                         re.I)
# The Wayback rewrite script's original, or (older captures) the toolbar's address box.
_WOMBAT = re.compile(r"__wm\.wombat\(\s*[\"']([^\"'\s]+)[\"']|id=[\"']wmtbURL[\"'][^>]*?value=[\"']([^\"'\s]+)")
_SOURCE_META = re.compile(r"<meta\s+name=[\"']source-url[\"']\s+content=[\"']([^\"'\s]+)[\"']", re.I)
_ARCHIVED = re.compile(r"https?://(?:web\.)?archive\.org/web/\d{4,14}[a-z_]{0,4}/+(\S+)", re.I)
_URL = re.compile(r"https?://[^\s<>\"'，。；）】]+[^\s<>\"'，。；）】.,;:)]")
# A browser's print footer (the page's address, a tab, the sheet's number) and header (the print's date and
# time, a tab, the page's <title>).
_PRINT_FOOTER = re.compile(r"https?://\S+\t+\d{1,3}/\d{1,3}")
_PRINT_HEADER = re.compile(r"[^\t]{0,12}\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[^\t]{0,16}\t+[^\t]{2,200}")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"


def original_url(url: str) -> str | None:
    """The page an address stands for: an archive's capture or a reader view stands for the original it
    holds; anything but a web address is none."""
    if url.startswith("about:reader"):
        url = next(iter(parse_qs(urlsplit(url).query).get("url", [])), "")
    if (m := _ARCHIVED.fullmatch(url)) is not None:
        url = m[1] if "://" in m[1] else m[1].replace(":/", "://", 1)
    return url if url.startswith(("http://", "https://")) and urlsplit(url).hostname else None


def unarchived(url: str | None) -> str | None:
    """``url``, or the original an archive's capture address stands for."""
    return (original_url(url) or url) if url and _ARCHIVED.fullmatch(url) else url


def page_copy_url(html: str, tree: LexborHTMLParser) -> str | None:
    """The address a saved copy's wrapper names as the page's (see the module's docstring)."""
    found = [m[m.lastindex or 1] for m in (_SAVED_FROM.search(html, 0, _SAVED_FROM_WITHIN),
                            _WOMBAT.search(html) if "__wm.wombat(" in html or "wmtbURL" in html else None,
                            _SOURCE_META.search(html) if "source-url" in html else None) if m is not None]
    if any(mark in html for mark in vocab.READER_SOURCE_MARKS) and (
            link := tree.css_first(vocab.READER_SOURCE_LINKS)) is not None and (href := link.attributes.get("href")):
        found.append(href)
    return next(filter(None, map(original_url, found)), None)


def _note(text: str) -> re.Match[str] | None:
    """The address in a wrapper's note (本文网址：http://…), right after its lead, if ``text`` opens with one."""
    if (lead := starts(text, "copy_note")) is None:
        return None
    m = _URL.search(text)
    return m if m is not None and m.start() <= len(lead) + _LEAD_TO_URL else None


def note_url(text: str) -> str | None:
    """The page's address a wrapper's note names, if ``text`` opens with one."""
    return original_url(m[0]) if (m := _note(text)) is not None else None


def copy_note(text: str, ctx: Context) -> str | None:
    """Detector: a saved copy's note naming the page's address (a print view's, a clipper's, an archive's
    or a search engine's cache's) and little else, or one of a cache header's fixed lines."""
    if (m := _note(text)) is not None and len(text) - len(m[0]) <= vocab.COPY_NOTE_REST_MAX:
        return f"a saved copy's note naming the page's address {m[0]}"
    if "".join(text.lower().split()) in _cache_lines():
        return "a line of a search engine's cache header"
    return None


@cache
def _cache_lines() -> frozenset[str]:
    return frozenset("".join(line.lower().split()) for line in vocab.CACHE_HEADER_LINES)


def blocks_copy_url(texts: Iterable[str]) -> str | None:
    """The address the first note among a page's block ``texts`` names (a note is a line, never a long block)."""
    return next(filter(None, (note_url(text) for text in texts if len(text) <= _NOTE_MAX and "://" in text)), None)


def lines_copy_url(ledger: Ledger) -> str | None:
    """The address the first note a text dump's strip dropped names (its own line or the toolbar's)."""
    return next(filter(None, (note_url(line) for text in ledger.texts(_NOTE_RULES) for line in text.split("\n"))),
                None)


def drop_toolbar_elements(html: str, tree: LexborHTMLParser, ledger: Ledger) -> None:
    """Remove a Wayback capture's toolbar elements (of ``tree``, parsed from ``html``), recording their text."""
    if vocab.ARCHIVE_TOOLBAR_MARK not in html:
        return
    for node in tree.css(vocab.ARCHIVE_TOOLBAR_ELEMENTS):
        if node.parent is not None:  # not inside one removed already
            ledger.drop(TOOLBAR_RULE, "a Wayback Machine capture's toolbar", node.text(separator=" ", strip=True),
                        action="remove")
            node.decompose()


@cache
def _toolbar_line() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any line of the toolbar, a line that only the toolbar has)."""
    mark = (r"the wayback machine - \S+|\d[\d,]* captures?|about this capture"
            rf"|\d{{1,2}} (?:{_MONTHS}) \d{{4}} - \d{{1,2}} (?:{_MONTHS}) \d{{4}}")
    words = "|".join(re.escape(w) for w in vocab.ARCHIVE_TOOLBAR_WORDS)
    line = (rf"{mark}|(?:(?:{_MONTHS})\s+){{1,2}}(?:{_MONTHS})|(?:\d{{4}}\s+){{1,2}}\d{{4}}|\d{{1,2}}"
            rf"|(?:{words})(?:\s+\d{{1,2}}\s+(?:{words}))?")
    return re.compile(f"(?:{line})"), re.compile(f"(?:{mark})")


def drop_wrapper_lines(lines: list[str], ledger: Ledger) -> list[str]:
    """``lines`` without a Wayback toolbar or a browser's print margins copied along with the page."""
    return _drop_print_margins(_drop_toolbar_lines(lines, ledger), ledger)


def _drop_print_margins(lines: list[str], ledger: Ledger) -> list[str]:
    """A page printed from the browser (to a PDF, then text) has the printer's margins on every sheet: a
    header of the print's date and time and the page's <title>, a footer of its address and the sheet's
    number (``http://…<TAB>1/2``). Both only when a footer is there; the header's date is the print's."""
    if not any(_PRINT_FOOTER.fullmatch(line) for line in lines):
        return lines
    margins = [line for line in lines if _PRINT_FOOTER.fullmatch(line) or _PRINT_HEADER.fullmatch(line)]
    for line in margins:
        ledger.drop(PRINT_MARGIN_RULE, "a browser's print header or footer (date and title, address and sheet)", line)
    return [line for line in lines if line not in margins]


def _drop_toolbar_lines(lines: list[str], ledger: Ledger) -> list[str]:
    """``lines`` without a Wayback toolbar copied along with the capture: a run of the toolbar's lines
    holding two or more that only it writes (``37 captures``, ``About this capture``, its print line)."""
    any_line, mark = _toolbar_line()
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        low = line.strip().lower()
        if low and any_line.fullmatch(low):
            run.append(line)
            continue
        if sum(1 for kept in run if mark.fullmatch(kept.strip().lower())) >= 2:
            ledger.drop_each(TOOLBAR_RULE, "a Wayback Machine capture's toolbar, copied with the page", run)
        else:
            out.extend(run)
        run = []
        out.append(line)
    return out[:-1]
