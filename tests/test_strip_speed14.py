"""Session 14's strip shortcuts give the answers of the plain definitions they replace."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from pipeline.strip.dom import Walker
from pipeline.strip.tags import IMG_ID, INLINE, KIND_BY_ID, KINDS, TAG_BY_ID, TEXT_ID, parse, strip_non_text

# Known tags of every kind, custom tags (a Word export's <o:p>, a web component), a comment, a <br>.
_PAGE = ("<body><div class='story'><h1>Headline</h1><p>First <b>bold</b> and <a href='/x'>a link</a>.<!-- note -->"
         "</p><my-widget>Custom <o:p>tag</o:p> text</my-widget><p>来源：<img alt='光明日报' src='l.png'></p>"
         "<ul><li>One</li><li>Two<br>lines</li></ul><form><input value='q'><button>Go</button></form>"
         "<table><tr><td>Cell</td><td><span>two</span></td></tr></table><pre>a\nb</pre></div></body>")


def test_every_node_is_sorted_by_its_id_as_by_its_name() -> None:
    tree = LexborHTMLParser(_PAGE)
    assert tree.body is not None
    seen = set()
    for node in tree.body.traverse(include_text=True):
        by_name = KINDS.get(node.tag, INLINE)
        assert KIND_BY_ID.get(node.tag_id, by_name) == by_name, node.tag
        assert TAG_BY_ID.get(node.tag_id, node.tag) == node.tag
        assert (node.tag_id == TEXT_ID) == (node.tag == "-text")
        assert (node.tag_id == IMG_ID) == (node.tag == "img")
        seen.add(node.tag)
    assert {"my-widget", "o:p", "-text", "-comment", "img", "br", "form", "a", "td"} <= seen


def test_custom_tags_are_read_through_as_inline() -> None:
    tree = parse(_PAGE)
    strip_non_text(tree)
    assert tree.body is not None
    texts = [block.text for block in Walker({}).run(tree.body)]
    assert "Custom tag text" in texts
    assert "First bold and a link." in texts
    assert "来源：光明日报" in texts  # the outlet's logo after a source label is its name
    assert texts[-2:] == ["a", "b"]  # a <pre>'s lines are blocks
