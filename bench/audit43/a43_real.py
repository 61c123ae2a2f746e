# ruff: noqa: E501
"""Audit43's real templates: the article pages of the Scrapinghub article-extraction benchmark and of WCXB's
dev split (page_type "article"), read from /work/shared at run time and never copied into the repository.
Each page's story element is found from its ground truth (the smallest element holding 80% of it, as audit42
finds it); ``transplant`` writes our story there in the page's own paragraph markup (audit42's shapes: <p>,
<div> or <br> runs), puts our title where the page's headline was (matched to WCXB's title or to the page's
<title>), takes out the old story's own byline, date, subhead and author bio (the elements classed so,
<time>, JSON-LD, the meta tags naming an author or a date: the page must state only what we wrote) and the
plain text the story element holds around the story (the old story's own end notes), and keeps every other
piece of the real page. A page is usable only when the placement is clean: the element holds at most 2.5
times the old story and the old story's lines left in the page make less than 3% of it."""

from __future__ import annotations

import ast
import gzip
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.html
from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit42"))
from a42_real import SKIP, TABLE_PARTS, _header_line, _item_text, _items, _rebuild, _shape, _tokens, text_of  # noqa: E402

SHARED = HERE.parents[2] / "shared" if (HERE.parents[2] / "shared").is_dir() else Path("/work/shared")
AEB = SHARED / "bench" / "article-extraction-benchmark"
WCXB = SHARED / "bench" / "wcxb"
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "…": "...", "\xad": None, "\u200b": None})
WS = re.compile(r"\s+")
BYLINE = re.compile(r"byline|author|posted-on|entry-date|entry-meta|post-meta|published|dateline|article-date|post-date|pubdate|timestamp|article-meta|meta-date", re.I)
OLD_STORY_BITS = re.compile(r"subhead|\bdek\b|standfirst|subtitle|sub-title|excerpt|\blede\b|author-?bio|about-?the-?author|author-?box|author-?info|author-?description|\bbio\b", re.I)
META_NAMES = re.compile(r"author|date|published|modified|time|creator|byl|parsely|sailthru", re.I)
TITLE_SEP = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s+::\s+|\s+»\s+")


def fold(text: str) -> str:
    """Text for matching a page against its ground truth: NFKC, quotes and dashes folded, no white space, lower case."""
    return WS.sub("", unicodedata.normalize("NFKC", text).translate(FOLD)).lower()


@dataclass
class Real:
    key: str
    text: str
    lines: list[str]  # the ground truth's lines, folded
    title: str | None  # WCXB's ground-truth title
    src: Path
    notes: list[str] = field(default_factory=list)
    path: str = ""

    def parse(self) -> lxml.html.HtmlElement:
        return lxml.html.document_fromstring(self.text)

    def story_element(self, doc: lxml.html.HtmlElement) -> etree._Element | None:
        if not self.path:
            el = _find_story(doc, self.lines)
            self.path = "/".join(str(a.getparent().index(a)) for a in reversed([el, *el.iterancestors()]) if a.getparent() is not None) if el is not None else "-"
            return el
        if self.path == "-":
            return None
        node = doc
        for k in self.path.split("/") if self.path else ():
            node = node[int(k)]
        return node


def _find_story(doc: lxml.html.HtmlElement, lines: list[str]) -> etree._Element | None:
    total = sum(map(len, lines))
    best: tuple[int, etree._Element] | None = None
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in TABLE_PARTS or el.tag in SKIP:
            continue
        t = fold(text_of(el))
        if len(t) < total * 0.8 or (best and len(t) >= best[0]):
            continue
        if sum(len(ln) for ln in lines if ln in t) >= 0.8 * total:
            best = (len(t), el)
    return best[1] if best else None


def _read(path: Path) -> str | None:
    raw = gzip.decompress(path.read_bytes())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None  # (a page in another codec: its bytes would need their own story; left out)


@cache
def reals() -> tuple[Real, ...]:
    out = []
    aeb = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    for f in sorted((AEB / "html").glob("*.html.gz")):
        k = f.name.split(".")[0]
        text = _read(f)
        if text and k in aeb:
            lines = [fold(x) for x in aeb[k]["articleBody"].split("\n")]
            out.append(Real("aeb" + k[:6], text, [x for x in lines if len(x) >= 8], None, f))
    meta = json.loads((WCXB / "metadata.json").read_text(encoding="utf-8"))
    files = meta["files"] if isinstance(meta["files"], dict) else ast.literal_eval(meta["files"])
    for k, v in sorted(files.items()):
        if v.get("split") != "dev" or v.get("page_type") != "article":
            continue
        gt = json.loads((WCXB / "dev" / "ground-truth" / f"{k}.json").read_text(encoding="utf-8"))["ground_truth"]
        text = _read(WCXB / "dev" / "html" / f"{k}.html.gz")
        if text and gt.get("main_content"):
            lines = [fold(x) for x in gt["main_content"].split("\n")]
            out.append(Real("wcxb" + k, text, [x for x in lines if len(x) >= 8], gt.get("title") or None, WCXB / "dev" / "html" / f"{k}.html.gz"))
    return tuple(out)


def visible(doc: lxml.html.HtmlElement) -> str:
    body = doc.find(".//body")
    return fold(text_of(body)) if body is not None else ""


def leftover(real: Real, doc: lxml.html.HtmlElement) -> list[str]:
    """The old story's lines still in the page's visible text, when they make 3% of it or more (a short
    line such as "Read more" may be the site's own)."""
    t = visible(doc)
    left = [ln for ln in real.lines if ln in t]
    return left if sum(map(len, left)) >= 0.03 * sum(map(len, real.lines)) else []


def _blank_leftovers(real: Real, doc: lxml.html.HtmlElement) -> None:
    """Empty the text nodes elsewhere that still hold a line of the old story (a teaser, a pull quote)."""
    lines = [ln for ln in real.lines if len(ln) >= 20]
    for node in doc.iter():
        if isinstance(node.tag, str) and node.tag not in SKIP:
            for attr in ("text", "tail"):
                v = fold(getattr(node, attr) or "")
                if len(v) >= 20 and any(ln in v or v in ln for ln in lines):
                    setattr(node, attr, "")


def _bears(t: str, real: Real, whole: str) -> bool:
    n = fold(t)
    return len(n) >= 8 and (n in whole or any(ln in n for ln in real.lines if len(ln) >= 8))


def _piece_tokens(kind: str, attrs: dict[str, str], brs: int, pieces: list[str | etree._Element]) -> list[object]:
    """Our pieces in the page's shape: a string becomes a <p>/<div> of the page's attributes (or a line between
    <br> runs); an element (a list of links, a comment) goes in as it is."""
    out: list[object] = []
    for k, p in enumerate(pieces):
        if kind in ("p", "div"):
            if isinstance(p, str):
                e = etree.Element(kind, attrs)
                e.text = p
                out += ["\n", e]
            else:
                out += ["\n", p]
            continue
        if k:
            out += [etree.Element("br") for _ in range(brs)]
        out.append("\n" + p if isinstance(p, str) else p)
    return [*out, "\n"]


def place(real: Real, doc: lxml.html.HtmlElement, pieces: list[str | etree._Element], el: etree._Element | None = None) -> str | None:
    """Empty the old story's run inside its element (``el``, found in ``doc`` when not given) and write
    ``pieces`` there; the shape used, or None."""
    el = real.story_element(doc) if el is None else el
    if el is None:
        return None
    whole = "".join(real.lines)
    seq = _items(el)
    toks = _tokens(el, seq)
    bearing = [i for i, it in enumerate(seq) if _bears(_item_text(el, it), real, whole)]
    if not bearing:
        return None
    first, last = bearing[0], bearing[-1]
    middle = [ch for k, ch in seq[first:last + 1] if k == "el"]
    shape = _shape(el, middle, [_item_text(el, it) for it in seq[first:last + 1]])  # type: ignore[arg-type]
    before = [t for t in toks[:first] if not _header_line(t)]
    after = [t for t in toks[last + 1:] if not _header_line(t)]  # (the old story's own end notes: a bio, a correction)
    _rebuild(el, before + _piece_tokens(shape.kind, shape.attrs, shape.brs, pieces) + after)
    _blank_leftovers(real, doc)
    return f"{shape.kind}{shape.brs if shape.kind == 'br' else ''}"


def _states_old(e: etree._Element, holders: set[etree._Element]) -> bool:
    """Whether ``e`` states the old story's author or day or is the old story's own piece (a subhead, a bio)."""
    names = " ".join(e.get(a) or "" for a in ("name", "property", "itemprop"))
    cls = " ".join(e.get(a) or "" for a in ("class", "id", "itemprop"))
    if (e.tag == "script" and "ld+json" in (e.get("type") or "")) or (e.tag == "meta" and META_NAMES.search(names)) or e.tag == "time":
        return True
    if e.tag in ("body", "html", "main", "article") or e in holders:
        return False
    size = len(fold(text_of(e)))
    return bool(OLD_STORY_BITS.search(cls) and size < 1500) or bool(BYLINE.search(cls) and size < 160)


def scrub_metadata(doc: lxml.html.HtmlElement, story: etree._Element, keep: etree._Element) -> int:
    """Take out what states the OLD story's author or day: JSON-LD, meta tags naming them, <time>, and small
    byline- or date-classed elements outside the story element. The number taken out."""
    inside = set(story.iter()) | set(keep.iter())
    holders = set(story.iterancestors()) | set(keep.iterancestors()) | {story, keep}
    gone = [e for e in doc.iter() if isinstance(e.tag, str) and e not in inside and _states_old(e, holders)]
    n = 0
    for e in gone:
        if e.getparent() is not None and not any(a in gone for a in e.iterancestors()):
            e.drop_tree() if hasattr(e, "drop_tree") else e.getparent().remove(e)
            n += 1
    return n


def headline(real: Real, doc: lxml.html.HtmlElement, story: etree._Element) -> etree._Element | None:
    """The old story's visible headline: an h1 (else h2) outside the story whose text is WCXB's title or a piece
    of the page's <title> or og:title."""
    inside = set(story.iter())
    wanted: list[str] = []
    if real.title:
        wanted.append(fold(real.title))
    t = doc.find(".//title")
    for s in [(t.text or "") if t is not None else "", *(m.get("content") or "" for m in doc.iter("meta") if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title"))]:
        wanted += [fold(p) for p in TITLE_SEP.split(s) if len(fold(p)) >= 12]
    for tag in ("h1", "h2"):
        for e in doc.iter(tag):
            if e in inside or story in set(e.iter()):
                continue
            n = fold(text_of(e))
            if len(n) >= 12 and any(n == w or (n in w and len(n) >= 0.6 * len(w)) or (w in n and len(w) >= 0.8 * len(n)) for w in wanted):
                return e
    return None


def set_headline(doc: lxml.html.HtmlElement, h: etree._Element, title: str) -> str:
    """Write ``title`` into the headline element and in place of the old headline in <title>, the title meta
    tags (the site's suffix kept) and wherever else the page writes it; the old headline."""
    old = text_of(h).strip()
    for ch in list(h):
        h.remove(ch)
    h.text = title
    t = doc.find(".//title")
    if t is not None:
        tt = t.text or ""
        parts = TITLE_SEP.split(tt)
        site = parts[-1].strip() if len(parts) > 1 else ""
        t.text = tt.replace(old, title) if old and old in tt else title + (f" | {site}" if site else "")
    for m in doc.iter("meta"):
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title"):
            m.set("content", title)
    for node in doc.iter():  # the old headline in the page's crumb, a share link's text, an image's alt
        if isinstance(node.tag, str) and node.tag not in SKIP and old:
            for attr in ("text", "tail"):
                if old in (v := getattr(node, attr) or ""):
                    setattr(node, attr, v.replace(old, title))
            for k, v in node.attrib.items():
                if old in v:
                    node.set(k, v.replace(old, title))
    return old


def set_description(doc: lxml.html.HtmlElement, lead: str) -> None:
    for m in doc.iter("meta"):
        if (m.get("name") or m.get("property") or "").lower() in ("description", "og:description", "twitter:description"):
            m.set("content", lead[:150])
