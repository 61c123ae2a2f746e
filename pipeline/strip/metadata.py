"""Page metadata, read before anything is removed: titles, date, author, language, canonical URL,
next pages, and a body hidden in JSON-LD or a script state object. The headline is chosen from them
in :mod:`headline`; what the article's own lines say (date, publisher, author, language) is in
:mod:`textmeta`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html import unescape
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import vocab
from .authorcues import name_cues
from .classnames import class_and_id
from .dom import normalize
from .pagers import page_number
from .scan import Scan
from .state import STATE_MIN, dates_publication, wechat_time
from .textdates import date_only, iso_date

_REFRESH_URL = re.compile(r"url\s*=\s*(\S+)", re.I)
# "--" splits a title when spaced, or unspaced next to Chinese (标题--江城晚报网); Latin text uses an
# unspaced "--" as a dash inside the headline (Problems--Simple Cells Can Do It).
_TITLE_SPLIT = re.compile(r"\s+[-|–—_·:]\s+|\s*[|｜_]\s*|\s+--\s+"
                          r"|(?<=[\u4e00-\u9fff”）》])--|--(?=[\u4e00-\u9fff“（《])")
# A person's name as bylines print it: two to four capitalised words (particles between them), or
# a Chinese name; "By"/"Por"/"Автор:" before it goes.
_CAP_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*(?:[.'’-][^\W\d_]+)*\.?"
_PERSON_LATIN = re.compile(rf"^{_CAP_WORD}(?:\s+(?:(?:de|del|da|van|von|der|la|y|bin|al)\s+)?{_CAP_WORD}){{1,3}}$")
# A Chinese name has 2 to 4 characters (more with a "·"), and is no outlet or account (<a>聯合報</a> / 記者X,
# 大河资讯).
_PERSON = re.compile(_PERSON_LATIN.pattern + r"|^(?!\S*(?:" + "|".join(vocab.CN_ACCOUNT_ENDINGS) + r")$)"
                     r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10})$")
_BYLINE_BOX_MAX = 300
_NOT_NAME = re.compile(r"(?i)\b(?:" + "|".join(vocab.NOT_NAME_WORDS) + r")\b")
_LABEL = frozenset(vocab.AUTHOR_LABELS)  # a byline's own label in an element of its own (<span>作者 </span><a>X</a>)
# (a WordPress vcard's screen-reader label reads on: Author Posted by X)
_BY_LEAD = re.compile(r"^(?i:(?:author\s+)?(?:(?:posted|written)\s+)?by|por|par|von|автор:?)\s+")


@dataclass(slots=True)
class Meta:
    """What the head and structured data of a page say about it."""

    titles: list[str] = field(default_factory=list)
    doc_title: str | None = None
    sites: frozenset[str] = frozenset()  # the site's own names (og:site_name, application-name), casefolded
    published: str | None = None
    element_date: str | None = None  # the one date the page's date elements agree on (element_date)
    author: str | None = None  # the structured data's (JSON-LD, meta tags)
    # The name a byline element gives (_byline_author, name cues), wherever it stands in the page: an author
    # box under the story or a teaser's byline may hold one, so the article's own info line comes first.
    element_author: str | None = None
    lang: str | None = None
    canonical: str | None = None
    refresh: str | None = None  # where a <meta http-equiv="refresh"> sends the reader
    body: str | None = None
    # The JSON-LD article's publisher: the outlet of a share page whose visible body is a stub (a
    # farm's own name on a page of its own, so used only where the body came from the JSON-LD).
    body_publisher: str | None = None
    # Texts of the page's long <script> elements: a body in a script state object is looked for
    # there (state_body) only when the visible body is short enough for it to matter.
    scripts: list[str] = field(default_factory=list)


def jsonld(page: Scan) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for text in page.jsonld:
        try:
            data = json.loads(text.strip().rstrip(";"))
        except ValueError:
            continue
        out.extend(_objects(data))
    return out


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"])


# Meta names with "publish" that are no publication date: published-date meta, not the publisher's.
_NOT_PUBLISHED = re.compile("publisher|modif|updat")


def element_date(nodes: Iterable[LexborNode]) -> str | None:
    """The date of the elements whose class names a date and whose text is a date (with at most a
    publication label: "Posted on April 13, 2023"), when they all give the same day: a list of posts
    with their dates gives several, and then none is the article's. An update's date does not count."""
    found: dict[str, str] = {}
    for node in nodes:
        if _NOT_PUBLISHED.search((node.attributes.get("class") or "").lower()) or _in_site_chrome(node):
            continue
        if (day := date_only(normalize(node.text(deep=True, separator=" ")))) is not None:
            found.setdefault(day[:10], day)
    return next(iter(found.values())) if len(found) == 1 else None


def _in_site_chrome(node: LexborNode) -> bool:
    """Inside a nav or aside, or the site's header or footer (one outside the article and main
    element): a date there is the day's (opening hours, "today is"), or a listed post's."""
    edge = False
    parent = node.parent
    while parent is not None:
        if parent.tag in ("nav", "aside"):
            return True
        if parent.tag in ("article", "main"):
            return False
        edge = edge or parent.tag in ("header", "footer")
        parent = parent.parent
    return edge


def _name(value: Any, graph: dict[str, dict[str, Any]] | None = None) -> str | None:
    """The name a JSON-LD or meta value gives; a reference ({"@id": …}, as Yoast's graphs write the
    author) is read from the object of ``graph`` (the page's objects by @id) it names."""
    if isinstance(value, list):
        names = [n for n in (_name(v, graph) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        if "name" not in value and graph and isinstance(ref := value.get("@id"), str):
            value = graph.get(ref, value)
        if "Organization" in str(value.get("@type")):
            return None  # a JSON-LD author of @type Organization / NewsMediaOrganization: the outlet, no writer
        value = value.get("name")
    return as_name(value) if isinstance(value, str) and "://" not in value else None


# What a CMS leaves around or instead of a name: an e-mail address after it, quotes, a separator
# before an empty name (", USA TODAY"), a link's label after a run of no-break spaces ("A. J. Neal
# \xa0\xa0 View"); the name's own white space is one space (Mark SubbaRao\n\t\t and Jonas …).
_EMAIL = re.compile(r"(?<=\S)\s+\S+@\S+\.\w+")
_SPACE_RUN = re.compile(r"\s*\xa0\s*\xa0\s*")
_MARKUP = re.compile(r"[=<>{}]")  # a broken tag's attribute read as the byline (作者： size="20")
_NAME_EDGES = " \t\"'“”‘’«»,;:|/-–—·"
_ADDRESS = re.compile(r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|edu|gov|info|biz|io|co|cc|tv)"
                      r"(?:\.[a-z]{2})?/?")  # a site-wide <meta name=author>: 51offer.com (sara.r.peter is a name)


def as_name(value: str) -> str | None:
    """A name as metadata gives it, with entities read (Maria &amp; Katerina) and what _EMAIL,
    _SPACE_RUN and _NAME_EDGES describe taken off; None for an unset field ("undefined", "null"), a
    CMS account (vocab.SOURCE_PLACEHOLDERS), markup or a web address (a site's, in its <meta name=author>)."""
    name = " ".join(_SPACE_RUN.split(_EMAIL.sub("", unescape(value)).strip())[0].split()).strip(_NAME_EDGES)
    folded = name.casefold()
    if _MARKUP.search(name) or _ADDRESS.fullmatch(name) or folded in vocab.UNSET_VALUES or (
            folded in vocab.SOURCE_PLACEHOLDERS):
        return None
    return name or None


def _byline_author(tree: LexborHTMLParser) -> str | None:
    """The name in the page's first byline element (vocab.AUTHOR_ELEMENTS), if it reads as a name;
    else the first element named as the author's (vocab.AUTHOR_NAME_ELEMENTS: BEM, test ids, author
    page links) or in a byline box (vocab.BYLINE_BOXES, Latin and Cyrillic names only: a Chinese
    byline box also holds 分享) whose text is a person's name, outside the comment thread."""
    node = tree.css_first(vocab.AUTHOR_ELEMENTS)
    # Microdata gives a name as text, or in a <meta itemprop="name" content="…"> (知乎's answers).
    text = "" if node is None else (node.attributes.get("content") or "") if node.tag == "meta" \
        else node.text(deep=True)
    name = _BY_LEAD.sub("", normalize(text))
    # a CMS account left as the byline (WordPress "by admin") names nobody: the dateline's reporter may
    if (found := _name(name) if 0 < len(name) <= vocab.AUTHOR_MAX else None) and \
            found.casefold() not in vocab.SOURCE_PLACEHOLDERS:
        return found
    for selector, pattern in ((vocab.AUTHOR_NAME_ELEMENTS, _PERSON), (vocab.BYLINE_BOXES, _PERSON_LATIN)):
        for node in tree.css(selector):
            if len(node.text(deep=True)) > _BYLINE_BOX_MAX:
                continue  # a page-wide box whose class only mentions a byline
            for leaf in node.traverse(include_text=False):
                if next(leaf.iter(), None) is not None:
                    continue  # the innermost element: a link's name without the role glued to it
                # (a name then the reporter's city: Дмитрий Лисицын, Томск)
                name = _BY_LEAD.sub("", normalize(leaf.text(deep=True))).split(", ")[0]
                if pattern.match(name) and name.casefold() not in _LABEL and not _NOT_NAME.search(name) \
                        and not _in_comments(node):
                    return name
    return None


def _site_names(tags: dict[str, str], article: dict[str, Any], doc_title: str | None) -> set[str]:
    """The site's own names (og:site_name, the JSON-LD publisher, the title tag's segments after the
    headline), casefolded: a meta author holding one of them (<meta name="author" content="江城新闻网">)
    names the site, not who wrote the article."""
    publisher = article.get("publisher")
    names = [tags.get("og:site_name"), publisher.get("name") if isinstance(publisher, dict) else None,
             *_TITLE_SPLIT.split(doc_title or "")[1:]]
    return {normalize(n).casefold() for n in names if isinstance(n, str) and normalize(n)}


def _personal(name: str) -> bool:
    """Whether a site's name reads as its owner's (Sam Bossley): a person's name, no acronym (CBS Detroit),
    no word of an organisation's (Coastal Daily, Cleveland Clinic)."""
    org = vocab.ORG_NAME_WORDS + vocab.OUTLET_WORDS
    return bool(_PERSON_LATIN.match(name.title())) and not any(w.isupper() or w.lower() in org for w in name.split())


def _in_comments(node: LexborNode) -> bool:
    """Whether ``node`` sits in a comment thread (its authors wrote no article)."""
    parent: LexborNode | None = node
    while parent is not None and parent.tag not in ("body", "html"):
        if any(word in class_and_id(parent) for word in vocab.COMMENT_BOX_WORDS):
            return True
        parent = parent.parent
    return False


def read_meta(tree: LexborHTMLParser, page: Scan, url: str | None) -> Meta:
    meta = Meta()
    tags: dict[str, str] = {}
    for node in page.metas:
        attrs = node.attributes
        refresh = _REFRESH_URL.search(attrs.get("content") or "")
        if refresh and (attrs.get("http-equiv") or "").lower() == "refresh":
            meta.refresh = urljoin(url or "", refresh.group(1).strip("'\" "))
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and key not in tags:
            tags[key] = attrs.get("content") or ""
    objects = jsonld(page)
    article = next((o for o in objects if o.get("headline") or o.get("articleBody")), {})
    for cand in (article.get("headline"), tags.get("og:title"), tags.get("twitter:title")):
        if isinstance(cand, str) and normalize(cand):
            meta.titles.append(normalize(unescape(cand)))  # (a CMS may escape twice: &#8211;)
    if (title := page.title) is not None:
        meta.doc_title = normalize(unescape(title.text(deep=True))) or None
    meta.sites = frozenset(normalize(n).casefold() for k in ("og:site_name", "application-name")
                           if (n := tags.get(k)) and normalize(n))
    dates = [tags.get(k) for k in vocab.DATE_META] + [article.get("datePublished")]
    dates += [v for k, v in tags.items() if "publish" in k and not _NOT_PUBLISHED.search(k)]
    if (time := page.time) is not None:
        dates.append(time.attributes.get("datetime"))
    meta.published = next((d for d in (iso_date(v) for v in dates if isinstance(v, str)) if d), None) or (
        wechat_time(page.scripts) if tree.css_first("#js_content") else None)
    meta.element_date = element_date(page.dated)
    graph = {ref: o for o in objects if isinstance(ref := o.get("@id"), str)}
    authors = [_name(article.get("author"), graph)] + [_name(tags.get(k)) for k in vocab.AUTHOR_META]
    sites = _site_names(tags, article, meta.doc_title)
    meta.author = next((a for a in authors if a and (a.casefold() not in sites or _personal(a))), None)
    meta.element_author = None if meta.author else _byline_author(tree) or next((
        name for node, text in name_cues(tree) if _PERSON.match(name := _BY_LEAD.sub("", text))
        and name.casefold() not in vocab.SOURCE_PLACEHOLDERS and not _in_comments(node)), None)
    html = tree.css_first("html")
    html_attrs = html.attributes if html else {}
    lang = html_attrs.get("lang") or html_attrs.get("xml:lang") or ""
    meta.lang = lang.split("-")[0].split("_")[0].lower() or None
    if (link := page.canonical) is not None and (href := link.attributes.get("href")):
        meta.canonical = urljoin(url or "", href)
    elif tags.get("og:url"):
        meta.canonical = tags["og:url"]
    body = article.get("articleBody")
    if isinstance(body, str):
        meta.body = body
        outlet = article.get("publisher")
        outlet_name = outlet.get("name") if isinstance(outlet, dict) else None
        meta.body_publisher = (normalize(outlet_name) or None) if isinstance(outlet_name, str) else None
    else:
        meta.scripts = [text for text in page.scripts if len(text) >= STATE_MIN or dates_publication(text)]
    return meta


# The author of a state object: "author": "X", "author": {"name": "X"}, "byline": [{"name": "X"}].
_STATE_AUTHOR = re.compile(r'"(?:author|byline)"\s*:\s*(?:\[\s*)?(?:\{[^{}]*?"name"\s*:\s*)?"([^"\\]{2,60})"')


def state_author(scripts: list[str]) -> str | None:
    """The first author named in the script state objects, when it reads as a person's name."""
    for text in scripts:
        for match in _STATE_AUTHOR.finditer(text):
            if _PERSON.match(name := match.group(1).strip()):
                return name
    return None


def next_pages(tree: LexborHTMLParser, pagers: Iterable[tuple[LexborNode, int | None]], url: str | None,
               rel_next: bool, head_next: str | None = None) -> list[str]:
    """Links to the next parts of a multi-page article: rel=next, and page links in the pagers
    (the elements the pagination detector dropped, each with the page it shows as current:
    pagers.current_pages). ``rel_next``: whether the page had an <a rel="next"> before anything was
    removed; ``head_next``: the href of the head's <link rel="next">, read before the head was removed."""
    found = [urljoin(url or "", head_next)] if head_next else []
    found += [urljoin(url or "", href) for link in tree.css('a[rel="next"]')
              if (href := link.attributes.get("href"))] if rel_next else []
    for pager, shown in pagers:
        # links to the page being read and below it are the previous pages
        here = shown or (page_number(url, strict=True) if url else None) or 0
        for anchor in pager.css("a[href]"):
            href = anchor.attributes.get("href") or ""
            if (number := page_number(href)) is not None and number > here:
                found.append(urljoin(url or "", href))
    current = url or ""
    return list(dict.fromkeys(u for u in found if u != current and not u.endswith("#")))
