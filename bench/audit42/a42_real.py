# ruff: noqa: E501
"""Audit42's real templates: the Chinese content-extraction set's pages (read from /work/shared at run time,
never copied into the repository), each with the place its article sat. ``Template.transplant`` empties that
place and writes our story there in the page's own paragraph markup (<p>, <br> runs or <div>s, the page's
indent), puts our title where the page's headline and <title> were (the site suffix kept), replaces the page's
date, source and author in its info line when it has one, and leaves every other piece of the real page."""

from __future__ import annotations

import copy
import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.html
from lxml import etree

SHARED = Path(__file__).resolve().parents[3] / "shared" if (Path(__file__).resolve().parents[3] / "shared").is_dir() else Path("/work/shared")
CWCE = SHARED / "bench" / "chinese-web-content-extraction"
WS = re.compile(r"[\s\u3000\xa0]+")
CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w-]+)", re.I)
TITLE_SEP = re.compile(r"\s*(?:_|\||--|-\s| -|－)\s*")
DATE = re.compile(r"(20\d\d|19\d\d)([-/.年])(\d{1,2})([-/.月])(\d{1,2})(日?)")
SOURCE = re.compile(r"(来源|来自|出处)\s*[:：]\s*")
AUTHOR = re.compile(r"(作者|记者|撰文|文)\s*[:：/]\s*")
SKIP = ("script", "style", "noscript", "textarea", "select")
TABLE_PARTS = ("tr", "tbody", "thead", "table", "html", "body")


def norm(text: str) -> str:
    return WS.sub("", text)


def text_of(el: etree._Element) -> str:
    """The element's visible text (scripts and styles left out)."""
    out = []
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in SKIP:
            if node is not el and node.tail:
                out.append(node.tail)
            continue
        if node.text:
            out.append(node.text)
        if node is not el and node.tail:
            out.append(node.tail)
    return "".join(out)


@dataclass
class Template:
    key: str
    charset: str  # utf-8 or gbk: what the page's bytes are
    declared: str | None  # the page's own <meta> label
    text: str
    gt_lines: list[str]
    notes: list[str] = field(default_factory=list)
    cache: dict[str, str] = field(default_factory=dict)

    def parse(self) -> lxml.html.HtmlElement:
        return lxml.html.document_fromstring(self.text)

    def body_element(self, doc: lxml.html.HtmlElement) -> etree._Element | None:
        """The article's element in ``doc`` (a fresh parse of the page): found once, then by its path."""
        if "path" not in self.cache:
            el = self._find_body(doc)
            self.cache["path"] = "/".join(str(a.getparent().index(a)) for a in reversed([el, *el.iterancestors()]) if a.getparent() is not None) if el is not None else "-"
            return el
        if self.cache["path"] == "-":
            return None
        node = doc
        for k in self.cache["path"].split("/") if self.cache["path"] else ():
            node = node[int(k)]
        return node

    def _find_body(self, doc: lxml.html.HtmlElement) -> etree._Element | None:
        """The smallest element (not a table row or the table itself) whose text covers 80% of the truth."""
        total = sum(map(len, self.gt_lines))
        best: tuple[int, etree._Element] | None = None
        for el in doc.iter():
            if not isinstance(el.tag, str) or el.tag in TABLE_PARTS or el.tag in SKIP:
                continue
            t = norm(text_of(el))
            if len(t) < total * 0.8 or (best and len(t) >= best[0]):
                continue
            if sum(len(ln) for ln in self.gt_lines if ln in t) >= 0.8 * total:
                best = (len(t), el)
        return best[1] if best else None


def _decode(raw: bytes) -> tuple[str, str]:
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030", "replace"), "gbk"


@cache
def templates() -> tuple[Template, ...]:
    truth = json.loads((CWCE / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for f in sorted((CWCE / "html").glob("*.html")):
        raw = f.read_bytes()
        text, cs = _decode(raw)
        m = CHARSET.search(raw[:4096])
        lines = [norm(x) for x in truth[f.stem]["articleBody"].split("\n")]
        out.append(Template(f.stem[:8], cs, m.group(1).decode().lower() if m else None, text, [x for x in lines if len(x) >= 2]))
    return tuple(out)


# ---- the transplant -------------------------------------------------------------------------------------------


def _items(el: etree._Element) -> list[tuple[str, object]]:
    """The element's content as a sequence: ('text', None), then per child ('el', child) and ('tail', child)."""
    seq: list[tuple[str, object]] = [("text", None)]
    for ch in el:
        seq += [("el", ch), ("tail", ch)]
    return seq


def _item_text(el: etree._Element, item: tuple[str, object]) -> str:
    kind, ch = item
    if kind == "text":
        return el.text or ""
    if kind == "tail":
        return ch.tail or ""  # type: ignore[attr-defined]
    return "" if ch.tag in SKIP or not isinstance(ch.tag, str) else text_of(ch)  # type: ignore[attr-defined]


def _bears(t: str, lines: list[str], whole: str) -> bool:
    n = norm(t)
    return len(n) >= 4 and (n in whole or any(ln in n for ln in lines if len(ln) >= 4))


@dataclass
class Shape:
    kind: str  # p, div, br
    attrs: dict[str, str]
    brs: int  # <br> between two paragraphs (br shape)
    indent: str


def _shape(el: etree._Element, middle: list[etree._Element], texts: list[str]) -> Shape:
    ps = [c for c in middle if c.tag == "p" and norm(text_of(c))]
    divs = [c for c in middle if c.tag == "div" and norm(text_of(c))]
    brs = [c for c in middle if c.tag == "br"]
    lead = next((t for t in texts if norm(t)), "")
    lead = lead.lstrip("\r\n\t ")
    m = re.match("[\u3000\xa0 ]+", lead)
    indent = m.group(0) if m else ""
    if len(ps) >= 2 or (ps and not brs and el.tag != "p"):
        return Shape("p", dict(ps[0].attrib), 0, indent)
    if len(divs) >= 2 and len(divs) >= len(brs):
        return Shape("div", dict(divs[0].attrib), 0, indent)
    runs: Counter[int] = Counter()
    run = 0
    for c in middle:
        if c.tag == "br":
            run += 1
            if norm(c.tail or ""):
                runs[run] += 1
                run = 0
    return Shape("br", {}, runs.most_common(1)[0][0] if runs else 1, indent)


def _rebuild(el: etree._Element, tokens: list[object]) -> None:
    """Give ``el`` the content ``tokens`` (strings and elements, in order; an element's tail is the strings after it)."""
    for ch in list(el):
        el.remove(ch)
    el.text = ""
    last: etree._Element | None = None
    for t in tokens:
        if isinstance(t, str):
            if last is None:
                el.text = (el.text or "") + t
            else:
                last.tail = (last.tail or "") + t
        else:
            t.tail = ""  # type: ignore[attr-defined]
            el.append(t)  # type: ignore[arg-type]
            last = t  # type: ignore[assignment]


def _tokens(el: etree._Element, seq: list[tuple[str, object]]) -> list[object]:
    return [(el.text or "") if k == "text" else (ch.tail or "") if k == "tail" else ch for k, ch in seq]  # type: ignore[attr-defined]


def _para_tokens(shape: Shape, paras: list[str]) -> list[object]:
    out: list[object] = []
    if shape.kind in ("p", "div"):
        for p in paras:
            e = etree.Element(shape.kind, shape.attrs)
            e.text = shape.indent + p
            out += ["\n", e]
        return [*out, "\n"]
    out.append(shape.indent + paras[0])
    for p in paras[1:]:
        out += [etree.Element("br") for _ in range(shape.brs)]
        out.append("\n" + shape.indent + p)
    return out


def _header_line(tok: object) -> bool:
    """A piece before the article's first paragraph inside its element that is the old article's own heading,
    byline or subtitle (text or a plain element: no link, image, frame or script in it), not the site's chrome."""
    if isinstance(tok, str):
        return bool(norm(tok))
    el = tok  # an element
    return bool(norm(text_of(el))) and not any(x.tag in ("a", "img", "iframe", "script", "object", "embed", "form", "input") for x in el.iter())  # type: ignore[attr-defined]


def leftover(tpl: Template, doc: lxml.html.HtmlElement) -> list[str]:
    """The old article's lines (12 characters or more) still in the page's visible text after the transplant."""
    body = doc.find(".//body")
    t = norm(text_of(body)) if body is not None else ""
    return [ln for ln in tpl.gt_lines if len(ln) >= 12 and ln in t]


def _blank_leftovers(tpl: Template, doc: lxml.html.HtmlElement) -> None:
    """Empty the text nodes elsewhere in the page that still hold a line of the old article (a lead repeated in a
    summary box, a paragraph the article element did not hold)."""
    lines = [ln for ln in tpl.gt_lines if len(ln) >= 12]
    for node in doc.iter():
        if isinstance(node.tag, str) and node.tag not in SKIP:
            for attr in ("text", "tail"):
                v = norm(getattr(node, attr) or "")
                if len(v) >= 12 and any(ln in v or v in ln for ln in lines):
                    setattr(node, attr, "")


def place_story(tpl: Template, doc: lxml.html.HtmlElement, paras: list[str], el: etree._Element | None = None) -> bool:
    """Empty the article's run inside its element (``el``, found in ``doc`` when not given) and write ``paras``
    there in the page's shape."""
    el = tpl.body_element(doc) if el is None else el
    if el is None:
        return False
    whole = "".join(tpl.gt_lines)
    seq = _items(el)
    tails = {id(ch): ch.tail for k, ch in seq if k == "el"}  # type: ignore[attr-defined]
    toks = _tokens(el, seq)
    bearing = [i for i, it in enumerate(seq) if _bears(_item_text(el, it), tpl.gt_lines, whole)]
    if not bearing:
        return False
    first, last = bearing[0], bearing[-1]
    middle = [ch for k, ch in seq[first:last + 1] if k == "el"]
    texts = [_item_text(el, it) for it in seq[first:last + 1]]
    shape = _shape(el, middle, texts)  # type: ignore[arg-type]
    del tails
    before = [t for t in toks[:first] if not _header_line(t)]
    _rebuild(el, before + _para_tokens(shape, paras) + toks[last + 1:])
    _blank_leftovers(tpl, doc)
    tpl.notes.append(f"body in <{el.tag}> as {shape.kind}{shape.brs if shape.kind == 'br' else ''} indent={shape.indent!r}")
    return True


# ---- title and info line ----------------------------------------------------------------------------------------


def title_parts(doc: lxml.html.HtmlElement) -> list[str]:
    """The pieces of the page's <title> between its separators, in order (the headline usually leads)."""
    t = doc.find(".//title")
    full = (t.text or "").strip() if t is not None else ""
    full = re.sub(r"-(?=[^-]{2,10}$)", "_", full)  # a short site name glued on by a bare hyphen (…-搜狐财经)
    return [p.strip() for p in TITLE_SEP.split(full) if len(norm(p)) >= 6]


def replace_everywhere(doc: lxml.html.HtmlElement, old: str, new: str) -> int:
    """Replace ``old`` in every text node and attribute of the page (the crumb, the <meta> tags, the heading)."""
    n = 0
    for node in doc.iter():
        if not isinstance(node.tag, str):
            continue
        for attr in ("text", "tail"):
            v = getattr(node, attr)
            if v and old in v:
                setattr(node, attr, v.replace(old, new))
                n += 1
        for k, v in node.attrib.items():
            if old in v:
                node.set(k, v.replace(old, new))
    return n


def _close(t: str, part: str) -> bool:
    return t == part or (len(t) >= 6 and part.startswith(t) and len(t) >= 0.5 * len(part)) or (t.startswith(part) and len(part) >= 0.5 * len(t))


def visible_headline(doc: lxml.html.HtmlElement) -> tuple[str, str] | None:
    """(the piece of the <title>, the page's headline as a text node of its body writes it): the first piece
    with four ideographs or more that a text node of the body (nearly) equals."""
    body = doc.find(".//body")
    if body is None:
        return None
    texts = []
    for e in body.iter():
        if isinstance(e.tag, str) and e.tag not in SKIP and e.tag != "title":
            texts += [x.strip() for x in (e.text, e.tail) if x and x.strip() and not re.search(r"[\n\r\t]", x.strip())]
    for p in title_parts(doc):
        if len(re.findall("[\u4e00-\u9fff]", p)) < 4:
            continue
        for raw in texts:
            if _close(norm(raw), norm(p)):
                return p, raw
    return None


BOX_HEAD = re.compile("排行|分类|推荐|导航|热门|相关|最新|联络|友情|链接|登录|注册|版权|广告")
HEADING_CLASS = re.compile(r"title|tit\b|tit_|^bt|subject|headline|heading|biaoti", re.I)


def heading_before(doc: lxml.html.HtmlElement, story_el: etree._Element) -> etree._Element | None:
    """The old article's headline when the <title> does not name it: the last element before the article that
    looks like a heading (h1-h4, b/strong, a big font, a class or id saying title) with 4-60 characters of its
    own text and no link in it, or one link holding all of it in an element whose class says title (a blog's
    post title linked to the post's own page, <div class="postTitle"><a href=…>)."""
    body = doc.find(".//body")
    if body is None:
        return None
    inside = set(story_el.iter())
    found = None
    for e in body.iter():
        if e is story_el:
            break
        if not isinstance(e.tag, str) or e.tag in SKIP or e in inside or story_el in set(e.iter()):
            continue
        n = norm(text_of(e))
        if not 6 <= len(n) <= 60 or not re.search("[\u4e00-\u9fff]{4}", n) or BOX_HEAD.search(n) or (
                any(x.tag == "a" for x in e.iter()) and self_link(e) is None):
            continue
        size = e.get("size") or ""
        cue = e.tag in ("h1", "h2", "h3", "h4", "b", "strong") or (e.tag == "font" and size[-1:].isdigit() and int(size[-1]) >= 4) \
            or HEADING_CLASS.search((e.get("class") or "") + " " + (e.get("id") or "")) or "bold" in (e.get("style") or "")
        if cue:
            found = e
    return found


def self_link(e: etree._Element) -> etree._Element | None:
    """The one link of a title-classed element holding all its text (a post title linked to its own page)."""
    links = [x for x in e.iter() if x.tag == "a"]
    cls = (e.get("class") or "") + " " + (e.get("id") or "")
    if len(links) == 1 and HEADING_CLASS.search(cls) and norm(text_of(links[0])) == norm(text_of(e)):
        return links[0]
    return None


def info_element(doc: lxml.html.HtmlElement, story_el: etree._Element | None) -> etree._Element | None:
    """The smallest element outside the story with a date and a source or author label, under 120 characters."""
    best: tuple[int, etree._Element] | None = None
    inside = set(story_el.iter()) if story_el is not None else set()
    body = doc.find(".//body")
    for e in (body.iter() if body is not None else ()):
        if not isinstance(e.tag, str) or e in inside or e.tag in SKIP:
            continue
        t = text_of(e)
        n = norm(t)
        if len(n) > 120 or not DATE.search(t) or not (SOURCE.search(t) or AUTHOR.search(t)):
            continue
        if best is None or len(n) < best[0]:
            best = (len(n), e)
    return best[1] if best else None


def _retext(e: etree._Element, pat: re.Pattern[str], new: str) -> bool:
    """Replace the value after the label ``pat`` (up to a space or a bar) in e's text nodes; a value in the
    next element (a link) is replaced there."""
    nodes: list[tuple[etree._Element, str]] = []
    for node in e.iter():
        if isinstance(node.tag, str):
            nodes += [(node, "text"), (node, "tail")]
    for k, (node, attr) in enumerate(nodes):
        v = getattr(node, attr) or ""
        m = pat.search(v)
        if not m:
            continue
        rest = v[m.end():]
        val = re.match(r"[^\s\u3000\xa0|｜/]+", rest)
        if val:
            setattr(node, attr, v[:m.end()] + new + rest[val.end():])
            return True
        for node2, attr2 in nodes[k + 1:k + 4]:
            v2 = getattr(node2, attr2) or ""
            val = re.match(r"\s*([^\s\u3000\xa0|｜/]+)", v2)
            if val:
                setattr(node2, attr2, v2[:val.start(1)] + new + v2[val.end(1):])
                return True
        return False
    return False


def set_info(doc: lxml.html.HtmlElement, info: etree._Element, date: str, source: str | None, author: str | None) -> dict[str, str]:
    """Write our date (in the page's style), source and author into the info line; the fields written."""
    done: dict[str, str] = {}
    m = DATE.search(text_of(info))
    if m:
        y, mo, d = date.split("-")
        if m.group(2) == "年":
            ours = f"{y}年{int(mo)}月{int(d)}日" if len(m.group(3)) == 1 or len(m.group(5)) == 1 else f"{y}年{mo}月{d}日"
        else:
            ours = f"{y}{m.group(2)}{mo}{m.group(4)}{d}"
        if replace_everywhere(doc, m.group(0), ours):
            done["published"] = date
        old = re.compile(f"{m.group(1)}([-/.年]?)(0?{int(m.group(3))})([-/.月]?)(0?{int(m.group(5))})(?!\\d)")
        for node in doc.iter():  # the same day in the page's other writings (a <meta> publishdate, a URL)
            if isinstance(node.tag, str):
                for attr in ("text", "tail"):
                    if (v := getattr(node, attr)) and old.search(v):
                        setattr(node, attr, old.sub(lambda x: f"{y}{x.group(1)}{mo}{x.group(3)}{d}", v))
                for k, v in node.attrib.items():
                    if old.search(v):
                        node.set(k, old.sub(lambda x: f"{y}{x.group(1)}{mo}{x.group(3)}{d}", v))
    if source and _retext(info, SOURCE, source):
        done["publisher"] = source
    if author and _retext(info, AUTHOR, author):
        done["author"] = author
    return done


def serialize(doc: lxml.html.HtmlElement) -> str:
    return etree.tostring(doc.getroottree(), method="html", encoding="unicode")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def copy_doc(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    return copy.deepcopy(doc)
