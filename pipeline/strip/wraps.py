"""Text dumps hard-wrapped at a fixed width (a mail or terminal copy: every line of a paragraph cut at
38 characters, paragraphs between blank lines): the lines of each paragraph are joined again.

The evidence is the width itself: most lines that are not the last of their paragraph have the
same length, which prose never has by chance. Headers and one-line paragraphs are left alone; the
join is recorded as one ``unwrap`` change (no character is removed).
"""

from __future__ import annotations

import re
from collections import Counter

from ..record import Change, snippet

RULE = "strip:hard_wrap"
_BLANK = re.compile(r"\n[ \t\u3000]*\n")
# A width is a wrap when this many cut lines have it, and this share of all cut lines.
_MIN_CUT_LINES = 3
_MIN_SHARE = 0.6
_MIN_WIDTH = 20
_CJK = re.compile("[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def unwrap(text: str) -> tuple[str, Change | None]:
    """``text`` with every hard-wrapped paragraph on one line, and the change that records it."""
    blocks = _BLANK.split(text.replace("\r\n", "\n"))
    cut = [len(line.strip()) for block in blocks for line in block.strip("\n").split("\n")[:-1] if line.strip()]
    if len(cut) < _MIN_CUT_LINES:
        return text, None
    width, count = Counter(cut).most_common(1)[0]
    if width < _MIN_WIDTH or count < _MIN_CUT_LINES or count < _MIN_SHARE * len(cut):
        return text, None
    joined = [_join(block, width) for block in blocks]
    if joined == blocks:
        return text, None
    first = next(block for block, out in zip(blocks, joined, strict=True) if out != block)
    evidence = f"{count} of {len(cut)} cut lines are {width} chars wide: paragraphs hard-wrapped at that width, joined"
    return "\n\n".join(joined), Change("strip", "unwrap", RULE, evidence, before=snippet(first))


def _join(block: str, width: int) -> str:
    lines = [line.strip() for line in block.strip("\n").split("\n")]
    if len(lines) < 2 or any(abs(len(line) - width) > 1 for line in lines[:-1]):
        return block
    out = lines[0]
    for line in lines[1:]:
        out += line if _CJK.match(line[:1]) or _CJK.match(out[-1:]) else f" {line}"
    return out
