"""The headline of a text dump among its first lines: what reads as a headline, and the corrections made
once every line has a decision (the page <title> above the real headline, a breadcrumb between a
site's header and the headline, a paper's kicker and ——subtitle around it)."""

from __future__ import annotations

import re

from .ledger import TITLE_RULE
from .sentences import SENTENCE_END
from .textdates import date_in_text
from .textmeta import publisher_in_text

_TITLE_MAX = 80
# What ends a statement: a headline may hold a ？ or ！, but not one of these.
_STATEMENT_END = re.compile("[。.;；…]")
# The site name after the headline in a page <title> a dump starts with: "headline_某某资讯网".
_SITE_SUFFIX = re.compile(r"(?:\s*[_|｜\-–—]\s*[^_|｜\-–—]{2,30}){1,3}\s*")
# A paper's subtitle under its headline (——城里人周末来种菜).
_SUBTITLE_DASH = ("——", "──", "--")
_SUBTITLE_MAX = 50


def title_below_page_title(out: list[tuple[str, str | None, str]]) -> None:
    """A dump may start with the page's <title>, the headline and the site name (…了_某某资讯网):
    when the first line kept below the title is that headline, it is the title."""
    first = next((i for i, (_, rule, _) in enumerate(out) if rule == TITLE_RULE), None)
    if first is None:
        return
    below = next((i for i in range(first + 1, len(out)) if out[i][1] is None), None)
    if below is None:
        return
    page_title, head = out[first][0], out[below][0]
    if page_title.startswith(head) and _SITE_SUFFIX.fullmatch(page_title[len(head):]):
        out[first] = (page_title, "heuristic:page_title", "the page <title>: the headline and the site name")
        out[below] = (head, TITLE_RULE, "the headline below the page <title>, moved to the title field")


def kicker_and_subtitle(out: list[tuple[str, str | None, str]]) -> None:
    """A paper's headline stands between a kicker (引题) and a subtitle opening with a dash (——副题):
    the title is the line right above the subtitle, and both are the headline's, not the article's."""
    first = next((i for i, (_, rule, _) in enumerate(out) if rule == TITLE_RULE), None)
    if first is None:
        return
    kept = [i for i in range(first + 1, min(len(out), first + 4)) if out[i][1] is None][:2]
    subs = [i for i in kept if out[i][0].startswith(_SUBTITLE_DASH) and len(out[i][0]) <= _SUBTITLE_MAX
            and headline(out[i][0])]
    if not subs:
        return
    sub = subs[0]
    if sub != kept[0]:  # kicker, headline, subtitle
        if not headline(out[kept[0]][0]):
            return
        out[first] = (out[first][0], "heuristic:kicker", "the kicker above a headline with a ——subtitle")
        out[kept[0]] = (out[kept[0]][0], TITLE_RULE, "the headline above its ——subtitle, moved to the title field")
    out[sub] = (out[sub][0], "heuristic:subtitle", "the headline's ——subtitle")


def title_below_breadcrumb(out: list[tuple[str, str | None, str]]) -> None:
    """A breadcrumb separates a site's header from its article: when the title was taken from a line
    above the breadcrumb and a headline stands right below it, before any body, that headline is the
    title and the line above was header (a farm's keyword line in a language no vocabulary covers)."""
    first = next((i for i, (_, rule, _) in enumerate(out) if rule == TITLE_RULE), None)
    if first is None:
        return
    crumb = next((i for i in range(first + 1, len(out))
                  if out[i][1] in (None, "heuristic:breadcrumb", "heuristic:nav")), None)
    if crumb is None or out[crumb][1] not in ("heuristic:breadcrumb", "heuristic:nav"):
        return
    below = next((i for i in range(crumb + 1, len(out)) if out[i][1] is None), None)
    if below is None or not standalone_headline(out[below][0]):
        return
    if below + 1 >= len(out) or all(rule is not None for _, rule, _ in out[below + 1:]):
        return
    out[first] = (out[first][0], "heuristic:spam_header",
                  "line above the breadcrumb: the site's header, not the headline")
    out[below] = (out[below][0], TITLE_RULE, "the headline right below the breadcrumb, moved to the title field")


def standalone_headline(line: str) -> bool:
    """A line that reads as a headline and is not a dateline or source line (新华社北京2月13日电)."""
    return headline(line) and not date_in_text([line]) and not publisher_in_text([line])


def headline(line: str) -> bool:
    """Short, and no sentence end: but a question or exclamation title (江豚真的回来了吗？) may end
    with one, like any headline may hold one, when no statement ends before it."""
    ends = line[-1] in SENTENCE_END and not (line[-1] in "？！?!" and not _STATEMENT_END.search(line))
    return len(line) <= _TITLE_MAX and not ends and not line.endswith(("：", ":"))
