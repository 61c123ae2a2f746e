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
from .texttitles import standalone_headline

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


GLUED_RULE = "strip:glued_paragraphs"
# A paragraph's indent (two or more ideographic or em spaces, which Chinese text uses for nothing
# else) right after a sentence's end, inside a line: the line breaks between paragraphs were lost in
# the copy and only the indents are left (第一段。　　第二段。; repair took the line's own indent).
_GLUED = re.compile("(?<=[。！？!?…”」』])(?=[\u3000\u2003]{2,}[^\\s\u3000\u2003])")
# A line's head before its first such indent: a headline glued to its lead (标题　　11月25日，…) when
# it reads as a headline (no sentence end, no dateline or source line: 新华社北京11月25日电　　 is
# glued the same way) and what follows the indent is a sentence.
_HEAD = re.compile("^([^\\s\u3000\u2003][^\u3000\u2003]*?)(?=[\u3000\u2003]{2,}[^\\s\u3000\u2003])")
# A lead: a first statement, ended by a full stop before any other indent.
_LEAD = re.compile("[^\u3000\u2003。！？]{8,}。")
# What a headline never holds or ends with: a label or credit's colon or slash, a bracket, a
# reporter's role, an outlet's or dateline's last character (本报讯, 人民日报, 记者 张三, 文/张三).
_NOT_HEAD = re.compile(r"[：:／/（()）【】\[\]]|记者|記者|通讯员|通訊員|编辑|編輯|作者"
                       r"|[，、；,;—\-讯訊电電社网網报報台]$")
_HEAD_MIN = 6


def split_glued(text: str) -> tuple[str, Change | None]:
    """``text`` with paragraphs glued onto one line put back on lines of their own, and the change
    that records it (nothing removed: each indent stays at the start of its paragraph)."""
    lines = text.split("\n")
    glued = [i for i, line in enumerate(lines)
             if ("\u3000" in line or "\u2003" in line) and (_GLUED.search(line) or _glued_head(line))]
    if not glued:
        return text, None
    count = 0
    for i in glued:
        head = _glued_head(lines[i])
        parts = ([head] if head else []) + _GLUED.split(lines[i][len(head):])
        count += len(parts) - 1
        lines[i] = "\n".join(parts)
    evidence = (f"{count} paragraph indents after a sentence's end or a headline inside lines:"
                " paragraphs glued together, split")
    first = text.split("\n")[glued[0]]
    return "\n".join(lines), Change("strip", "replace", GLUED_RULE, evidence, before=snippet(first))


def _glued_head(line: str) -> str:
    """The headline glued to the start of ``line`` by the next paragraph's indent, or ''."""
    match = _HEAD.match(line)
    if match is None:
        return ""
    head, rest = match.group(1).rstrip(), line[match.end():].strip()
    if len(head) < _HEAD_MIN or not _CJK.search(head) or _NOT_HEAD.search(head) or not standalone_headline(head):
        return ""
    return match.group(1) if _LEAD.match(rest) else ""


def _join(block: str, width: int) -> str:
    lines = [line.strip() for line in block.strip("\n").split("\n")]
    if len(lines) < 2 or any(abs(len(line) - width) > 1 for line in lines[:-1]):
        return block
    out = lines[0]
    for line in lines[1:]:
        out += line if _CJK.match(line[:1]) or _CJK.match(out[-1:]) else f" {line}"
    return out
