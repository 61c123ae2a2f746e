"""HTML character references left in plain text: a dump copied from a page's escaped source.

A text file that writes ``&ldquo;`` or ``&nbsp;&nbsp;`` where the page showed “ and an indent was
copied from markup, not from the page; the references are read as the characters they name. One
reference alone proves nothing (an article about HTML may quote ``&nbsp;``), so at least two are
needed. Only plain text: in HTML (or text holding tags, markup given as text) the parser reads
references, and one escaped twice is the page's own; unescaping ``&lt;b&gt;`` there would make tags.
"""

from __future__ import annotations

import re
from html import unescape

from ..record import Edit
from .common import Context, Fix, fix_from_edits

# Named references (letters and digits, as HTML's table has them) and numeric ones, with their ';'.
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_MIN_REFERENCES = 2
_TAG = re.compile(r"<[A-Za-z!/]")


def fix_entities(text: str, ctx: Context) -> Fix:
    if ctx.html or "&" not in text or _TAG.search(text):
        return Fix(text)
    edits = [Edit(m.start(), m.end(), m[0], new) for m in _REFERENCE.finditer(text) if (new := unescape(m[0])) != m[0]]
    if len(edits) < _MIN_REFERENCES:
        return Fix(text)
    return fix_from_edits(text, "html_entities", f"{len(edits)} HTML character references in plain text", edits)
