"""The headline of a text dump among its first lines: what reads as a headline, and the corrections made
once every line has a decision (the page <title> above the real headline, a breadcrumb between a
site's header and the headline, a paper's kicker and ——subtitle around it)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .ledger import TITLE_RULE
from .sentences import SENTENCE_END
from .sitetitle import strip_site
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
# A short label a dump may show above its headline: the site's or blog's name, a section, a kicker
# (港町新聞デジタル, Le Courrier du Val, EXCLUSIVE, Verkehrswende).
_LABEL_WORDS, _LABEL_CHARS, _LABEL_HAN, _LABEL_CJK = 4, 30, 6, 10
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
# Header lines between the title taken from a label and the body: at most this many.
_LABEL_LINES = 3
# The lines under a headline that say when and by whom (dropped as these).
_INFO_RULES = ("heuristic:meta_line", "heuristic:byline_editor")
Out = list[tuple[str, str | None, str]]
# A breadcrumb's crumbs (首页 > 本地新闻 > 老城区最后一座木桥完成加固); the last one names the page.
_CRUMB_SPLIT = re.compile(r"\s*(?:>>|[>»›＞〉→])\s*")
_CRUMB_TITLE_MIN = 8
_CRUMB_MAX = 20  # characters of one crumb (a section's name, as mojibake half as long again)


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
    if (page_title.startswith(head) and _SITE_SUFFIX.fullmatch(page_title[len(head):])) or (
            head != page_title and strip_site(page_title, longest=False) == head):  # Site » News » headline
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


def title_in_crumb_shape(out: Out) -> None:
    """A line cut by crumb separators into three or more short crumbs is a breadcrumb, though no
    vocabulary knew its words (read as GBK with lost bytes: 鐣跺𫮃浣岖疆：棣栭爜 > 鏂拌仦涓�蹇� > …):
    taken as the title while a headline stands right below it, before any body, that headline is."""
    first = next((i for i, (_, rule, _) in enumerate(out) if rule == TITLE_RULE), None)
    if first is None:
        return
    crumbs = _CRUMB_SPLIT.split(out[first][0])
    if len(crumbs) < 3 or max(map(len, crumbs)) > _CRUMB_MAX:
        return
    below = next((i for i in range(first + 1, len(out)) if out[i][1] is None), None)
    if below is None or not standalone_headline(out[below][0]) or all(r is not None for _, r, _ in out[below + 1 :]):
        return
    out[first] = (out[first][0], "heuristic:breadcrumb", "short crumbs between separators above the headline")
    out[below] = (out[below][0], TITLE_RULE, "the headline below a breadcrumb taken for it, moved to the title field")


def standalone_headline(line: str) -> bool:
    """A line that reads as a headline and is not a dateline or source line (新华社北京2月13日电)."""
    return headline(line) and not date_in_text([line]) and not publisher_in_text([line])


def headline(line: str) -> bool:
    """Short, and no sentence end: but a question or exclamation title (江豚真的回来了吗？) may end
    with one, like any headline may hold one, when no statement ends before it."""
    ends = line[-1] in SENTENCE_END and not (line[-1] in "？！?!" and not _STATEMENT_END.search(line))
    return len(line) <= _TITLE_MAX and not ends and not line.endswith(("：", ":"))


def title_below_labels(out: Out) -> None:
    """A copied page's header may stack short labels above the headline (the site's name, a section,
    a kicker: Coastal Daily / EXCLUSIVE / headline, 한빛일보 / 사회 > 교육 / headline, a blog's name and
    tagline): when the title was taken from such a label and a longer headline-like line stands below
    it before the body, the headline is the last such line above the header's last date or byline
    line (else the last one), and the lines above it are the header's."""
    first = next((i for i, (_, rule, _) in enumerate(out) if rule == TITLE_RULE), None)
    if first is None or not _label(label := out[first][0]):
        return
    heads: list[int] = []
    body = None
    for i in range(first + 1, len(out)):
        if out[i][1] is None:
            if not headline(out[i][0]):
                body = i
                break
            heads.append(i)
    # (a header holds a few lines besides its labels, a copied menu's one item a line; short body lines
    # without a full stop are no header)
    if body is None or not heads or sum(1 for i in heads if not _label(out[i][0])) > _LABEL_LINES:
        return
    infos = [i for i in range(first + 1, body) if out[i][1] in _INFO_RULES and i > heads[0]]
    above = [h for h in heads if (not infos or h < infos[-1]) and standalone_headline(out[h][0])]
    if not above:
        return
    # headline / longer dek (Gemeinde stimmt … / Vier Kilometer, …), or tagline / headline
    head = above[-2] if len(above) >= 2 and above[-1] == above[-2] + 1 and len(out[above[-1]][0]) > len(
        out[above[-2]][0]) and not _label(out[above[-2]][0]) else above[-1]
    if 2 * len(out[head][0]) < 3 * len(label):
        return  # a short headline over a longer dek (社区菜园迎来首次收获 / 空地变菜园 居民有了新去处)
    out[first] = (label, "heuristic:kicker", "a short label above the headline: a kicker, the site's or section's name")
    for i in heads:
        if i < head:
            out[i] = (out[i][0], "heuristic:nav", "the site's tagline or section above the headline")
    out[head] = (out[head][0], TITLE_RULE, "the headline below the header's short labels, moved to the title field")


def _label(line: str) -> bool:
    if _CJK.search(line):  # (a Chinese headline may have 7 characters: 地铁新线路进展)
        limit = _LABEL_CJK if _KANA_HANGUL.search(line) else _LABEL_HAN
        return len(line) <= limit and not re.search("[，。！？、]", line)
    return len(line) <= _LABEL_CHARS and len(line.split()) <= _LABEL_WORDS and not re.search(r"[.,!?;:]", line)


def crumb_title(line: str) -> str | None:
    """The headline a breadcrumb ends with, when it is the longest crumb and reads as one (a spam
    farm's page with no heading and a <title> of spam names its article only there)."""
    crumbs = _CRUMB_SPLIT.split(line)
    last = crumbs[-1]
    if len(crumbs) < 3 or len(last) < _CRUMB_TITLE_MIN or not standalone_headline(last):
        return None
    return last if len(last) > max(map(len, crumbs[:-1])) else None


def crumb_names(lines: Iterable[str], doc_title: str | None) -> frozenset[str]:
    """The site's and the column's names a crumb at the page's top gives (三校社会学论坛·中国网社会论坛 » 学术前沿
    » 标题), casefolded, where the crumb ends with the headline the <title> starts with and the <title> names
    them after it (标题 - 学术前沿 - 三校社会学论坛·中国网社会论坛 - powered by Discuz! Archiver): the names a
    <title> glues on are peeled by them, however long the forum's name."""
    for line in itertools.islice(lines, _CRUMB_LINES):
        crumbs = _CRUMB_SPLIT.split(line)
        if doc_title and len(crumbs) >= 3 and len(crumbs[-1]) >= _CRUMB_TITLE_MIN and doc_title.startswith(crumbs[-1]):
            rest = doc_title[len(crumbs[-1]):]
            return frozenset(c.casefold() for c in crumbs[:-1] if c and c in rest)
    return frozenset()


_CRUMB_LINES = 12  # the page's first lines, where a crumb stands
