"""An <a> with no attribute at all links nowhere: a browser shows its text as plain text. Old forum
templates type the closing </a> after a poster's name as <a>, and the parser carries that open <a> into
every block after it, so the whole post would read as link text (a menu) and be dropped."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from pipeline.strip import extract_html
from pipeline.strip.dom import Walker

_POST = ("Our club walked the old canal towpath on Saturday, from the lock keeper's cottage to the "
         "second aqueduct, and counted forty-one herons along the way.")
_REPLY = ("The reeds by the third bridge have been cut back since spring, so the path is dry even "
          "after rain; bring boots for the stretch past the boatyard all the same.")

_FORUM = f"""<html><head><title>Towpath walk - Canal Friends forum</title></head><body>
<div class="top"><a href="/">Home</a> | <a href="/forum">Forum</a> | <a href="/events">Events</a>
 | <a href="/join">Join</a></div>
<h1>Towpath walk report</h1>
<div class="post">
  <div class="poster">Posted by <a href="/user/17">Maren Holt<a></div>
  <div class="message"><p>{_POST}</p><p>{_REPLY}</p></div>
</div>
<div class="foot"><a href="/about">About</a> | <a href="/rules">Rules</a> | <a href="/contact">Contact</a></div>
</body></html>"""


def test_a_sentence_in_an_attributeless_a_is_no_link_text() -> None:
    """A sentence inside an <a> without attributes is plain text; a link's few words in one stay a link
    (a Discuz touch page's <b><a>poster</a></b>, a script-driven <a>点赞</a>: audit19 kept them as body)."""
    sentence = "plain words a stray opening tag carried here"
    tree = LexborHTMLParser(f"<body><p><a>{sentence}</a></p><p><a href='/x'>a real link</a></p>"
                            "<p><b><a>老江城</a></b></p></body>")
    assert tree.body is not None
    blocks = Walker({}).run(tree.body)
    assert [(b.text, b.link_chars) for b in blocks] == [(sentence, 0), ("a real link", 11), ("老江城", 3)]


def test_a_post_after_a_stray_opening_a_is_the_article() -> None:
    text = "\n".join(extract_html(_FORUM, url="https://canal.example.org/forum/42").paragraphs)
    assert _POST in text and _REPLY in text
