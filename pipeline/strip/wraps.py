"""Text dumps hard-wrapped at a fixed width (a mail or terminal copy: every line of a paragraph cut at
38 characters, paragraphs between blank lines): the lines of each paragraph are joined again.

The evidence is the width itself: most lines that are not the last of their paragraph have the
same length, which prose never has by chance. Headers and one-line paragraphs are left alone; the
join is recorded as one ``unwrap`` change (no character is removed).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..record import Change, Edit, snippet
from . import vocab
from .sentences import SENTENCE_END
from .texttitles import standalone_headline

RULE = "strip:hard_wrap"
_BLANK = re.compile(r"\n[ \t\u3000]*\n")
_BLANK_LINE = re.compile(r"[ \t\u3000\r]*")
_LINE = re.compile(r"[^\n]+|(?<=\n)(?=\n)")
# A width is a wrap when this many cut lines have it, and this share of all cut lines.
_MIN_CUT_LINES = 3
_MIN_SHARE = 0.6
_MIN_WIDTH = 20
# A Chinese cut line this much shorter than the width is still full, in a text this much Chinese.
_INDENT_SLACK = 3
_CJK_SHARE = 0.3
_CJK = re.compile("[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
# A labelled field line (索引号：… / 发文机关：… / 标题：… / 发布时间：…, a government page's metadata rows
# dumped one per line): rows of one table are about as wide as each other, but no wrap cut them; they are
# no evidence of a width and are never joined.
_FIELD_LINE = re.compile("^(?:" + "|".join(re.escape(label) for label in sorted(
    {mark.rstrip(":：").lower() for mark in (*vocab.META_LINE_MARKS, *vocab.SOURCE_LABELS)}, key=len, reverse=True))
    + ")[:：]")


def unwrap(text: str) -> tuple[str, Change | None]:
    """``text`` with every hard-wrapped paragraph on one line, and the change that records it."""
    blocks = _BLANK.split(text.replace("\r\n", "\n"))
    wrap = _find_wrap(text, [_raw_lines(block) for block in blocks])
    if wrap is None:
        return text, None
    width, slack, evidence = wrap
    joined = [_join(block, width, slack) for block in blocks]
    if joined == blocks:
        return text, None
    first = next(block for block, out in zip(blocks, joined, strict=True) if out != block)
    return "\n\n".join(joined), Change("strip", "unwrap", RULE, evidence, before=snippet(first))


def wrap_edits(text: str, *, chinese: bool = False) -> tuple[list[Edit], str]:
    """The line breaks inside ``text``'s hard-wrapped paragraphs as edits joining the lines (what
    :func:`unwrap` joins, and nothing else: indents, blank lines and other line ends stay), and the
    evidence; no edits when the text is no wrap. ``chinese``: the caller knows the text is Chinese
    even where its Latin letters outweigh its characters (readings after most of them)."""
    blocks: list[list[tuple[int, int]]] = [[]]
    for match in _LINE.finditer(text):
        if _BLANK_LINE.fullmatch(match[0]):
            blocks.append([])
        else:
            blocks[-1].append(match.span())
    blocks = [spans for spans in blocks if spans]
    wrap = _find_wrap(text, [[text[start:end].rstrip("\r") for start, end in spans] for spans in blocks], chinese)
    if wrap is None:
        return [], ""
    width, slack, evidence = wrap
    edits = []
    for spans in blocks:
        raw = [text[start:end].rstrip("\r") for start, end in spans]
        for (before, after), separator in zip(pairwise(spans), _separators(raw, width, slack) or [], strict=False):
            if separator is not None:
                start = before[0] + len(text[before[0]:before[1]].rstrip())
                end = after[1] - len(text[after[0]:after[1]].lstrip())
                edits.append(Edit(start, end, text[start:end], separator))
    return edits, evidence


def _raw_lines(block: str) -> list[str]:
    return block.strip("\n").split("\n")


def _find_wrap(text: str, blocks: list[list[str]], chinese: bool = False) -> tuple[int, int, str] | None:
    """The width the blocks' lines were wrapped at, the slack a full line may have, and the evidence."""
    cut = [len(line.strip()) for lines in blocks for line in lines[:-1] if line.strip() and not _field_line(line)]
    # Chinese lines a little short of the width are full too: a paragraph's first line lost its indent
    # in repair, a wrap counting display columns leaves a line with digits a little off. Latin word
    # wraps are uneven by nature: only the width itself counts there.
    slack = _INDENT_SLACK if chinese or len(_CJK.findall(text)) >= _CJK_SHARE * len(text) else 1
    width = _wrap_width(cut, slack)
    if width is None:
        return None
    count = sum(_full(n, width, slack) for n in cut)
    evidence = f"{count} of {len(cut)} cut lines are {width} chars wide: paragraphs hard-wrapped at that width, joined"
    return width, slack, evidence


def _wrap_width(cut: list[int], slack: int) -> int | None:
    """The width the cut lines (those with a line after them) were wrapped at: the longest length
    several of them have, when most of them are about that wide."""
    counts = Counter(n for n in cut if n >= _MIN_WIDTH)
    # Chinese: two lines exactly as wide suffice, the others about as wide; Latin: three exactly.
    width = max((n for n, k in counts.items() if k >= (_MIN_CUT_LINES if slack == 1 else 2)), default=None)
    if width is None:
        return None
    count = sum(_full(n, width, slack) for n in cut)
    return width if count >= _MIN_CUT_LINES and count >= _MIN_SHARE * len(cut) else None


def _field_line(line: str) -> bool:
    return _FIELD_LINE.match(line.strip().lower()) is not None


def _full(length: int, width: int, slack: int) -> bool:
    return width - slack <= length <= width + 1


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


def _join(block: str, width: int, slack: int) -> str:
    """The block's lines, each full-width line joined to the next (the block as it is when none is)."""
    raw = _raw_lines(block)
    separators = _separators(raw, width, slack)
    if separators is None:
        return block
    lines = [line.strip() for line in raw]
    paragraphs = [[lines[0]]]  # each paragraph's pieces, joined once: += on a long paragraph is quadratic
    for separator, line in zip(separators, lines[1:], strict=True):
        if separator is None:
            paragraphs.append([line])
        else:
            paragraphs[-1] += (separator, line)
    return "\n".join(map("".join, paragraphs))


def _separators(raw: list[str], width: int, slack: int) -> list[str | None] | None:
    """For each line after the first, what joins it to the line before, or None where a paragraph
    ends; None when no line is full. In a block whose paragraphs have no blank lines between them (a
    short line inside it), a shorter line ends a paragraph, and so does a line ending a sentence short
    of the longest width (the wrap cuts at the width itself). A Latin word wrap took the space at its
    cut; a Chinese wrap counts characters and cuts anywhere, inside a word or a number too (IP|v6,
    34|0个): only a space at the cut stays."""
    lines = [line.strip() for line in raw]
    if len(lines) < 2 or not any(_full(len(line), width, slack) for line in lines[:-1]):
        return None
    inner = not all(_full(len(line), width, slack) for line in lines[:-1])
    top = max(map(len, lines[:-1]))
    separators: list[str | None] = []
    for (prev, line), (raw_prev, raw_line) in zip(pairwise(lines), pairwise(raw), strict=True):
        if not _full(len(prev), width, slack) or (inner and len(prev) < top and prev[-1] in SENTENCE_END) \
                or _field_line(prev) or _field_line(line):
            separators.append(None)
        elif _CJK.match(line[:1]) or _CJK.match(prev[-1:]):
            separators.append("")
        elif slack > 1:
            separators.append(" " if raw_prev[-1:].isspace() or raw_line[:1].isspace() else "")
        else:
            separators.append(" ")
    return separators
