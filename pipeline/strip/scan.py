"""One pass over the parsed page for the elements metadata and hidden-CSS reading look at.

Every ``tree.css`` call walks the whole document in C, and reading the metadata and the page's
stylesheets took six such walks (meta, JSON-LD, script, style, <time>, canonical link): one
grouped selector finds them all, and they are sorted by tag here; it also tells whether the
later search for <a rel="next"> can find anything, and it finds the elements the strip stage removes
as never text but logs as shown (ledger.SHOWN_NON_TEXT). A node matching several selectors of a group
is reported once per selector: the tag selectors name distinct tags, and a node the class selector
([class*="date"]) also matches is read once, as is one of those elements with Answer microdata.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .ledger import SHOWN_NON_TEXT

_QUERY = (
    'meta[content], script, style, title, time[datetime], link[rel="canonical"], link[rel="next"], a[rel="next"], '
    '[itemtype$="/Answer"], [class*="date"], ' + SHOWN_NON_TEXT
)
_JSONLD = "application/ld+json"
_OTHER_TAGS = frozenset(("title", "time", "link"))
_SHOWN_TAGS = frozenset(("map", "math"))


@dataclass(slots=True)
class Scan:
    """The elements of one page, in document order (the first of each kind where one is kept)."""

    metas: list[LexborNode] = field(default_factory=list)
    # Each script's text, read once here for all its readers (state objects, WeChat's time, the ids
    # scripts show); the JSON-LD ones (<script type="application/ld+json">, the type compared as
    # lexbor's selector does: ASCII case-insensitively, the whole value) also in ``jsonld``.
    scripts: list[str] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)
    styles: list[LexborNode] = field(default_factory=list)
    title: LexborNode | None = None
    time: LexborNode | None = None
    canonical: LexborNode | None = None
    # The head's <link rel="next"> (the head is gone by the time next pages are looked for).
    next_link: str | None = None
    # Whether the page has an <a rel="next">: the tree only loses elements after this pass, so a
    # page without one has none to look for later either.
    rel_next: bool = False
    # The answers of a Q&A page by mem_id: schema.org Answer microdata, two or more inside one
    # Question (a FAQ's questions have one answer each, all of them text). The first is the article.
    answers: frozenset[int] = frozenset()
    # Elements whose class names a date (post-date, dateline, published-date; also "update"): the
    # visible date when neither the head nor the lines around the body give one.
    dated: list[LexborNode] = field(default_factory=list)
    # The elements a browser shows that the strip stage removes as never text (ledger.SHOWN_NON_TEXT).
    shown_non_text: list[LexborNode] = field(default_factory=list)


def scan(tree: LexborHTMLParser) -> Scan:
    found = Scan()
    answers: list[LexborNode] = []
    dated: set[int] = set()
    shown: set[int] = set()
    for node in tree.css(_QUERY):
        tag = node.tag
        if "date" in (node.attributes.get("class") or ""):
            if node.mem_id in dated:
                continue  # the second report of a node matching a tag's selector too
            dated.add(node.mem_id)
            found.dated.append(node)
        if tag in _SHOWN_TAGS or (tag == "text" and _in_svg(node)):
            if node.mem_id in shown:
                continue  # the second report of one with Answer microdata
            shown.add(node.mem_id)
            found.shown_non_text.append(node)
        if tag == "meta":
            found.metas.append(node)
        elif tag == "script":
            found.scripts.append(text := node.text(deep=True))
            if (node.attributes.get("type") or "").lower() == _JSONLD:
                found.jsonld.append(text)
        elif tag == "style":
            found.styles.append(node)
        elif tag == "title" and found.title is None:
            found.title = node
        elif tag == "time" and (found.time is None or (_updated_time(found.time) and not _updated_time(node))):
            found.time = node  # the first <time>, but not one marked as the update's
        elif tag == "link" and (node.attributes.get("rel") or "").lower() == "next":
            found.next_link = found.next_link or node.attributes.get("href")
        elif tag == "link" and found.canonical is None:
            found.canonical = node
        elif tag == "a":
            found.rel_next = True
        elif tag not in _OTHER_TAGS and (node.attributes.get("itemtype") or "").endswith("/Answer"):
            answers.append(node)
    if answers:
        found.answers = _shared_answers(answers)
    return found


def _shared_answers(answers: list[LexborNode]) -> frozenset[int]:
    """The answers whose nearest schema.org Question holds two or more of them."""
    by_question: dict[int, list[int]] = {}
    for answer in answers:
        node = answer.parent
        while node is not None and not (node.attributes.get("itemtype") or "").endswith("/Question"):
            node = node.parent
        if node is not None:
            by_question.setdefault(node.mem_id, []).append(answer.mem_id)
    return frozenset(a for group in by_question.values() if len(group) >= 2 for a in group)


def _updated_time(node: LexborNode) -> bool:
    """A <time> its class or itemprop marks as the last update (class="updated", dateModified)."""
    marks = f"{node.attributes.get('class') or ''} {node.attributes.get('itemprop') or ''}".lower()
    return "updated" in marks or "modified" in marks


def _in_svg(node: LexborNode) -> bool:
    """Whether a <text> element lies in an <svg> (SHOWN_NON_TEXT's "svg text"; a <text> elsewhere may be
    reported for its class)."""
    parent = node.parent
    while parent is not None and parent.tag != "svg":
        parent = parent.parent
    return parent is not None
