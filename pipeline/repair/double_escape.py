"""References escaped twice in an HTML page: ``didn&amp;rsquo;t``, ``&amp;ldquo;…&amp;rdquo;``,
``Smith &amp;amp; Sons``, ``&amp;nbsp;&amp;nbsp;`` indents (rule ``double_escaped``).

A CMS that escapes text already escaped makes the page show ``&rsquo;`` and ``&nbsp;`` as text. An
article about HTML shows references on purpose too, so one alone proves nothing: the page must hold
at least two glued to the prose around them (a letter, a digit, an ideograph or another reference
on either side, as in ``didn&amp;rsquo;t`` or ``&amp;ldquo;We``, or a sentence mark right before, as in
``everyone,&amp;rdquo;``), where a tutorial sets them apart
(``write &amp;nbsp; for a space``) or in ``<code>``. Then every twice-escaped reference outside tags,
scripts, styles and ``<code>``/``<pre>`` loses one level of escaping (written as the character itself
unless it is markup's), and the parser shows the character.
"""

from __future__ import annotations

import re
from html import unescape
from html.entities import html5

from ..record import Edit
from .common import Fix, fix_from_edits
from .markup import Markup, element_spans
from .references import TWICE_BODY, reference_runs

RULE = "double_escaped"
# "&amp;" then a reference's body: a name (checked against HTML's table) or a number.
_TWICE_RE = re.compile(f"&amp;(?P<ref>{TWICE_BODY})")
_CODE = "code|pre|kbd|samp|textarea"
_MIN_GLUED = 2
_MARKUP = "&<>\"'"
_CLAUSE_MARKS = tuple(",;:")
_DASHES = frozenset("\u2014\u2013")


def _glued(page: str, m: re.Match[str]) -> bool:
    """Glued to the prose: a letter, a digit or another reference beside it, or a sentence mark right before it
    (``everyone,&amp;rdquo;``: prose closes its quotes so; a tutorial's list puts its marks after a reference); or a
    dash after a clause mark and a space (``«…», &amp;mdash; сказал``: how Russian, French or Spanish prose goes on
    after a quote; a tutorial names a dash after a word)."""
    before = page[m.start() - 1] if m.start() else " "
    after = page[m.end()] if m.end() < len(page) else " "
    return before.isalnum() or before in ";,.!?" or after.isalnum() or after == "&" or (
        before == " " and page[m.start() - 2 : m.start() - 1] in _CLAUSE_MARKS and unescape("&" + m["ref"]) in _DASHES)


def _twice(text: str) -> list[re.Match[str]]:
    return [m for m in _TWICE_RE.finditer(text) if not m["ref"][0].isalpha() or m["ref"] in html5]


def _once(ref: str) -> str:
    """The reference escaped once, written as its character where that is no markup (``&amp;eacute;`` -> é):
    the fixers read characters, and a letter or mark hidden in a reference splits the word it stands in
    (an odd space before ``&eacute;`` is no longer between two letters). ``&amp;lt;`` stays ``&lt;``."""
    char = unescape("&" + ref)
    return char if len(char) == 1 and char not in _MARKUP and char.isprintable() else "&" + ref


def read_double_escaped(page: str, runs: str | None = None) -> Fix:
    """``page`` with its twice-escaped references escaped once, when the page shows it escapes twice.
    ``runs`` (:func:`.references.reference_runs` of the page, found here when not given) hold every
    twice-escaped reference: the page is read whole only when they hold two."""
    if len(_twice(reference_runs(page) if runs is None else runs)) < _MIN_GLUED:
        return Fix(page)
    found = _twice(page)
    if sum(_glued(page, m) for m in found) < _MIN_GLUED:
        return Fix(page)
    code = element_spans(page, _CODE)
    found = [m for m in found if not any(a <= m.start() < b for a, b in code)]
    glued = sum(_glued(page, m) for m in found)
    if glued < _MIN_GLUED:
        return Fix(page)
    markup = Markup(page)
    edits = [Edit(m.start(), m.end(), m[0], _once(m["ref"])) for m in found if not markup.covers(m.start())]
    return fix_from_edits(page, RULE, f"{len(edits)} references escaped twice (&amp;name;), {glued} in words", edits)
