"""What a copy-paste of a rendered page gives: a small innerText-like renderer (block elements on
their own lines, <p> and headings followed by a blank line, inline elements glued, <br> a newline,
table cells tab-separated, script/style/hidden elements skipped). Used to make the plain-text dumps."""

from __future__ import annotations

import re

import lxml.html

BLOCK = {"div", "section", "article", "header", "footer", "nav", "main", "aside", "ul", "ol", "li", "figure",
         "figcaption", "table", "tr", "details", "summary", "address", "form", "blockquote", "dl", "dt", "dd"}
PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
SKIP = {"script", "style", "noscript", "template", "head", "textarea", "input"}


def _walk(el: lxml.html.HtmlElement, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIP or "display:none" in (el.get("style") or "").replace(" ", ""):
        if el.tail:
            out.append(el.tail)
        return
    if tag in BLOCK:
        out.append("\n")
    elif tag in PARA:
        out.append("\n\n")
    elif tag == "br":
        out.append("\n")
    if tag and el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if tag in BLOCK:
        out.append("\n")
    elif tag in PARA:
        out.append("\n\n")
    elif tag == "td":
        out.append("\t")
    if el.tail:
        out.append(el.tail)


def render(html: str) -> str:
    root = lxml.html.fromstring(html)
    body = root.find("body")
    out: list[str] = []
    for child in body if body is not None else root:
        _walk(child, out)
    text = "".join(out)
    lines = [re.sub(r"[ \t]+$", "", ln.replace("\xa0", " ")) for ln in text.split("\n")]
    text = "\n".join(ln if ln.strip() else "" for ln in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
