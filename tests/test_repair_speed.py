"""The repair stage's fast paths give the answers of the plain definitions they replace.

Each fast path reads less of a page than the definition it stands for (a regex over the whole page,
every text node of a line, every pair's round trip over a whole run); these tests compare the two on
hand-made cases and on seeded random strings built from the pieces that matter.
"""

from __future__ import annotations

import random
import re
from html.entities import codepoint2name

import pytest

from pipeline.repair.candidates import PAIRS
from pipeline.repair.common import has_hit
from pipeline.repair.double_escape import read_double_escaped
from pipeline.repair.markup import element_spans
from pipeline.repair.mojibake import _INDENT, _text_nodes
from pipeline.repair.references import (
    _BYTE_REF_RE,
    _HIGH_REF_RE,
    _REF_RUN_RE,
    decode_references,
    read_escaped_mojibake,
    reference_runs,
)
from pipeline.repair.regions import non_ascii_regions
from pipeline.repair.roundtrip import encoding

_TAG_PIECES = ["<", ">", "/", " ", "\t", "\n", "x", "中", "\u00a0", "ſ", "İ", "K", "ı", "\u2028"]


def _random_texts(pieces: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


@pytest.mark.parametrize("names", ["script|style", "code|pre|kbd|samp|textarea"])
def test_element_spans_match_the_lazy_regex(names: str) -> None:
    whole = re.compile(rf"<({names})\b.*?</\1\s*>", re.S | re.I)
    pieces = list(_TAG_PIECES)
    for name in names.split("|"):
        pieces += [name, name.upper(), "<" + name, "</" + name, "</" + name.title(), "</" + name + " >"]
    pieces += ["ſcript", "</ſcript", "</scrİpt", "<\u212abd", "</\u212abd"]
    texts = [
        *_random_texts(pieces, 20000, 16, seed=11),
        "<p>a</p><script>var a = '</scripts>';</script><style>p{}</STYLE >",
        "<SCRIPT>x</script><script>never closed",
        "<script>a</ſcript></script>",  # a long s matches "s" as a literal, not as a backreference
        "<pre><code>x</code></pre><kbd>k",
    ]
    for text in texts:
        assert element_spans(text, names) == [m.span() for m in whole.finditer(text)], text


def _text_nodes_by_definition(line: str, hits: list[int]) -> list[tuple[int, int]]:
    found = []
    for m in re.finditer(r"[^<>]+", line):
        if has_hit(hits, *m.span()):
            found.append(m.span())
            body = m[0].lstrip(_INDENT + " \t")
            if 0 < len(m[0]) - len(body) < len(m[0]):
                found.append((m.end() - len(body), m.end()))
    return found


def test_text_nodes_found_from_hits_match_every_node_scanned() -> None:
    rng = random.Random(5)
    pieces = ["<", ">", " ", "\t", "\u3000", "\u00a0", "a", "中", "é"]
    for line in [*_random_texts(pieces, 20000, 20, seed=5), "<p>\u3000涓枃</p><b>x</b>"]:
        hits = sorted(rng.sample(range(len(line)), rng.randint(0, len(line)))) if line else []
        assert list(_text_nodes(line, hits)) == _text_nodes_by_definition(line, hits), (line, hits)


_REF_PIECES = [
    "&amp;", "&rsquo;", "&#20013;", "&#x4e2d;", "&#233;", "&eacute;", "&acirc;", "&euro;", "&trade;", "&nbsp;",
    "&copy;", "amp;", "rsquo;", "#20013;", "&", ";", "a", " ", "<p>", "<script>", "</script>", "中", "&#5;",
    "&#150;", "&#x9d;", "&lt;", "&amp;amp;", "&amp;#39;", "&amp;rsquo;", "&#xC4;&#xE3;", "&#xBA;&#xC3;",
    "&Auml;&atilde;", "&ordm;&Atilde;", "=", "&foo;", "&#39;", "&#x1F600;",
]


def test_reference_runs_hold_every_reference_match_of_the_page() -> None:
    twice = re.compile(r"&amp;(?:[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{2,7};|#[xX][0-9A-Fa-f]{2,6};)")
    for page in _random_texts(_REF_PIECES, 5000, 40, seed=3):
        runs = reference_runs(page)
        for pattern in (_HIGH_REF_RE, _BYTE_REF_RE, _REF_RUN_RE, twice):
            assert pattern.findall(runs) == pattern.findall(page), (pattern.pattern, page)


def test_reference_readers_given_runs_or_not_agree() -> None:
    for page in _random_texts(_REF_PIECES, 3000, 40, seed=9):
        runs = reference_runs(page)
        assert decode_references(page, runs) == decode_references(page)
        assert read_escaped_mojibake(page, "gbk", runs) == read_escaped_mojibake(page, "gbk")
        assert read_double_escaped(page, runs) == read_double_escaped(page)


def test_reference_readers_still_read_what_they_should() -> None:
    assert decode_references("<p>&#20013;&#25991;</p>").text == "<p>中文</p>"
    assert read_escaped_mojibake("<p>isn&acirc;&euro;&trade;t</p>").text == "<p>isn’t</p>"
    sentence = "今天天气很好我们去公园散步"
    gbk = "".join(f"&{codepoint2name[byte]};" for byte in sentence.encode("gbk"))  # its GBK bytes as latin-1
    assert read_escaped_mojibake(f"<p>{gbk}</p>", "gbk").text == f"<p>{sentence}</p>"
    assert read_escaped_mojibake("<p>&Auml;&atilde;</p>", "gbk").changes == []  # too few bytes to tell
    page = "<p>didn&amp;rsquo;t and &amp;ldquo;We&amp;rdquo;</p>"
    assert read_double_escaped(page).text == "<p>didn’t and “We”</p>"  # (read once, written as the characters)


def test_encodings_read_only_non_ascii_regions_alike() -> None:
    texts = [
        '{"title": "' + "x" * 3000 + 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "body": "' + "y" * 3000 + '"}',
        "z" * 5000 + "中文" + "z" * 5000,
        "a" * 2000 + "\u2122" + "b" * 2000 + "\u25a0",
        "plain ascii " * 400,
    ]
    for text in texts:
        regions = non_ascii_regions(text)
        assert regions is not None
        for wrong in dict.fromkeys(w for w, _ in PAIRS):
            assert encoding(text, wrong, regions) == encoding(text, wrong)
