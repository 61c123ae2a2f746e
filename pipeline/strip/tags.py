"""The tags the walk (:mod:`dom`) sorts a page's nodes by, lexbor's ids for them, and the parse.

Reading a node's ``tag`` makes a new string each time; its ``tag_id`` is an int, about half the
cost. The walk reads the id of every node it passes and looks the kind up by it; only a node whose
id is not among the known ones (a custom tag: lexbor gives it an id of the document's own) is
sorted by its name, so the kinds are the same as by name.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Never rendered as text: removed before anything is counted (<head> first: what it holds goes with it).
NON_TEXT_TAGS = ("head", "script", "style", "noscript", "template", "iframe", "object", "embed", "video", "audio",
                 "canvas", "map", "svg", "math", "link", "meta", "noframes")
# Rendered, but never article text: dropped and recorded.
# (AMP's ad slots too: an <amp-ad> holds only its "loading" placeholder and fallback text)
CONTROL_TAGS = frozenset({"button", "select", "textarea", "input", "marquee", "option", "datalist", "amp-ad",
                          "amp-embed", "amp-sticky-ad"})
BLOCK_TAGS = frozenset({
    "html", "body", "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2",
    "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr",
    "td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "form", "address", "hr", "center",
    "details", "summary", "fieldset", "legend", "menu", "hgroup", "noframes", "frameset", "frame",
})
# Elements whose tag alone says boilerplate.
NEG_TAGS = frozenset({"nav", "footer", "aside", "figcaption", "header", "menu"})
# What the walk does with a child, by tag (inline elements, the default, are read through).
INLINE, LINK, TEXT, SKIP, CONTROL, BR, FORM, BLOCK = range(8)
KINDS: dict[str | None, int] = {
    **dict.fromkeys(BLOCK_TAGS, BLOCK), **dict.fromkeys(CONTROL_TAGS, CONTROL),
    "a": LINK, "-text": TEXT, "-comment": SKIP, None: SKIP, "br": BR, "form": FORM,
}
# Common inline tags, given ids too so that the walk finds them by id (any tag KINDS does not name is inline).
_INLINE_TAGS = ("span", "b", "i", "em", "strong", "img", "font", "small", "u", "s", "sup", "sub", "code", "label",
                "abbr", "cite", "q", "time", "mark", "ins", "del", "picture", "source", "wbr", "kbd", "samp", "big",
                "strike", "nobr", "tt", "var", "dfn", "bdi", "bdo", "data", "ruby", "rt", "rp", "area", "output")
# lexbor's known tags have ids under this; a custom tag's id is an address, far above it.
_STATIC_IDS = 0x10000


def _tag_ids() -> tuple[dict[int, int], dict[int, str], int, int]:
    """The kind of each known tag's id (a text node's and a comment's too), the name of each, and
    the ids of a text node and of <img>."""
    probe = LexborHTMLParser("<p>x<!---->")
    para = probe.css_first("p")
    assert para is not None and para.first_child is not None and para.last_child is not None
    text_id = para.first_child.tag_id
    kinds = {text_id: TEXT, para.last_child.tag_id: SKIP}
    names: dict[int, str] = {}
    for tag in (*KINDS, *_INLINE_TAGS):
        if tag not in (None, "a") and not tag.startswith("-") and (at := probe.create_node(tag).tag_id) < _STATIC_IDS:
            kinds[at] = KINDS.get(tag, INLINE)
            names[at] = tag
    return kinds, names, text_id, probe.create_node("img").tag_id


KIND_BY_ID, TAG_BY_ID, TEXT_ID, IMG_ID = _tag_ids()


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def strip_non_text(tree: LexborHTMLParser) -> None:
    """Remove elements that are never rendered as text (after metadata has been read from them)."""
    tree.strip_tags(list(NON_TEXT_TAGS))


# An <a> without attributes holding more characters than this is text a stray <a> carried, no link's words
_LINK_WORDS_MAX = 24


def kind_of(node: LexborNode) -> int:
    """The walk's kind of an element that KIND_BY_ID leaves out: a custom tag, and an <a>. An <a> with no
    attribute at all is still a link where it holds a link's few words (a Discuz touch page's <a>poster</a>,
    a script-driven <a>点赞</a>, a saved page's menu whose hrefs were stripped); holding more, it is mostly a
    closing </a> typed as <a>, which the parser carries into every block after it, and a browser shows that
    text as plain text (a forum post's whole text would count as link text)."""
    tag = node.tag
    if tag == "a" and not node.attributes and len(node.text(deep=True, strip=True)) > _LINK_WORDS_MAX:
        return INLINE
    return KINDS.get(tag, INLINE)
