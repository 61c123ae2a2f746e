"""A glossed text dump hard-wrapped at a fixed width: its paragraphs are joined before the readings go.

The strip stage joins hard-wrapped paragraphs (:func:`..strip.wraps.unwrap`) on the evidence of the
cut lines' common width. In a dump whose characters carry readings (總(zǒng)數(shù)) that width is the
width with the readings: once the pinyin fixer removed them the lines are ragged and no wrap is seen.
The wrap also cuts readings in two (電(dià / n)話), which the fixer cannot confirm. So a wrapped plain
text with readings has its paragraphs joined here, before the fixers reading them run; the joins are
the strip stage's own (same width evidence, same separators), recorded as edits. The readings' letters
may outweigh the characters: the text is read as Chinese, wrapped by characters.
"""

from __future__ import annotations

from ..strip.wraps import wrap_edits
from .common import Context, Fix, fix_from_edits
from .pinyin import find_annotations

RULE = "glossed_hard_wrap"
WRAP_TRIGGER = "\n"  # (the registry's precheck, .triggers)
# Confirmed readings that make a text a glossed one (a page's own few readings are no evidence).
_MIN_READINGS = 3


def fix_glossed_wrap(text: str, ctx: Context) -> Fix:
    if ctx.html or WRAP_TRIGGER not in text:
        return Fix(text)
    edits, evidence = wrap_edits(text, chinese=True)
    if not edits or len(find_annotations(text)) < _MIN_READINGS:
        return Fix(text)
    return fix_from_edits(text, RULE, f"readings after the characters; {evidence}", edits)
