"""Western mojibake (UTF-8 read as cp1252, latin-1, cp1250, cp1251, MacRoman, ...) through ftfy.

ftfy is configured option by option so it only undoes encoding damage: its cosmetic defaults
would uncurl Chinese quotes, fold full-width punctuation and normalise text the publisher wrote.
A line that the legacy-codec fixer reads as GBK/Big5/... bytes decoded as latin-1 is left to it.
It runs per line (in HTML per text between "<" and ">": a minified page holds its paragraphs on one line, and
one mojibake paragraph must be judged alone, not with the clean Chinese beside it), only on lines its
own badness test (or a C1 control / surrogate) flags, so a clean page costs one regex scan; each
repaired line is one edit with ftfy's explanation as evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from ..record import Edit
from .badness import is_bad
from .candidates import LATIN_READS, UTF8_PAIRS, best_candidate
from .common import Context, Fix, about_mojibake, fix_from_edits, flag, line_spans, trimmed_edit
from .utf8_misreads import MisreadHits

RULE = "mojibake_western"
# A C1 control or a surrogate: cp1252 read as latin-1, broken UTF-16 (the other ftfy repairs are
# found by .utf8_misreads). A regex class body written with re's escapes: a lone surrogate cannot be a
# string literal in a module compiled with mypyc.
_C1 = r"\x80-\x9f\ud800-\udfff"
_C1_RE = re.compile(f"[{_C1}]")
MISREAD_ALSO = _C1  # what fix_western asks .utf8_misreads to find besides the sequences (the registry's gate)
# A C1 control beside a kana, an ideograph or a half-width katakana: UTF-8 read as Shift_JIS leaves one for
# each 0x80 byte (the middle byte of 、。「 and the ideographic space), which ftfy would read as cp1252's €.
_CJK_SIDE = "\u3040-\u30ff\u3400-\u9fff\uff61-\uff9f"
_CJK_C1_RE = re.compile(f"[{_CJK_SIDE}][\x80-\x9f]|[\x80-\x9f][{_CJK_SIDE}]")
_INDENT = " \t\u00a0\u2002\u2003\u3000"
_QUOTED_RE = re.compile('“[^”<>]*”|「[^」<>]*」|"[^"<>]*"')
_PIECE_RE = re.compile(r"[^<>]+")


@functools.cache
def config() -> Any:
    """The ftfy configuration: encoding repairs on, every cosmetic rewrite off."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,  # input may be an HTML document: &lt; must stay &lt;
        remove_terminal_escapes=False,  # not encoding damage; leave to the publisher's text
        fix_encoding=True,  # the point: undo UTF-8 decoded as a single-byte codec
        restore_byte_a0=True,  # "Ã " where NBSP was lost to a space is still mojibake
        replace_lossy_sequences=True,  # make unrecoverable sequences an explicit U+FFFD
        decode_inconsistent_utf8=True,  # mojibake runs inside otherwise correct text
        fix_c1_controls=True,  # C1 controls are cp1252 characters read as latin-1
        fix_latin_ligatures=False,  # ﬁ may be the publisher's; not encoding damage
        fix_character_width=False,  # never fold full-width CJK punctuation or letters
        uncurl_quotes=False,  # keep “” ‘’ and 「」 exactly
        fix_line_breaks=False,  # line structure is the strip stage's business
        fix_surrogates=True,  # lone surrogate pairs are broken UTF-16, not text
        remove_control_chars=False,  # zero-width and BOM are the zero_width fixer's, recorded there
        normalization=None,  # NFC would rewrite the publisher's code points
        max_decode_length=1_000_000,
        explain=True,
    )


@functools.cache
def _outer_config() -> Any:
    """config() without decode_inconsistent_utf8: one layer of Western mojibake undone, no more."""
    return config()._replace(decode_inconsistent_utf8=False)


def _outer_layer_only(line: str, fixed: str, explanation: list[Any] | None) -> tuple[str, list[Any] | None]:
    """ftfy's repair, unless its first layer gives legacy CJK bytes read as latin-1 (GBK → latin-1 →
    UTF-8 → cp1252): then decode_inconsistent_utf8 would take the inner layer's "Ã¿" (每 in GBK) for
    UTF-8 and lose that byte; the legacy-codec fixer decodes the first layer's output whole."""
    from ftfy import fix_and_explain

    outer, steps = fix_and_explain(line, _outer_config())
    return (outer, steps) if outer != line and best_candidate(outer, LATIN_READS) else (fixed, explanation)


def _evidence(explanation: list[Any] | None) -> str:
    return ", ".join(f"{step[0]} {step[1]}" for step in explanation or []) or "ftfy"


def _only_quoted(line: str, edit: Edit, start: int) -> bool:
    """The repaired span is quoted inside an otherwise clean line: an example, not damage."""
    lo, hi = edit.start - start, edit.end - start
    return any(m.start() < lo and hi < m.end() for m in _QUOTED_RE.finditer(line))


def fix_western(text: str, ctx: Context) -> Fix:
    hits = MisreadHits(text, MISREAD_ALSO, ctx.regions(text))
    if not hits.within(0, len(text)):
        return Fix(text)
    from ftfy import fix_and_explain

    on_topic = about_mojibake(text, ctx)
    edits, steps, flags = [], [], []
    for offset, full in _segments(text, ctx.html):
        # The indent is not part of any mojibake; without it ftfy decides the same either way.
        line = full.lstrip(_INDENT)
        start = offset + len(full) - len(line)
        if not hits.within(start, start + len(line)) or not (_C1_RE.search(line) or is_bad(line)):
            continue
        if best_candidate(line, LATIN_READS, judged=ctx.judged):
            continue  # ftfy would half-repair legacy CJK/Cyrillic bytes read as latin-1
        if _CJK_C1_RE.search(line) and best_candidate(line, UTF8_PAIRS, judged=ctx.judged):
            continue  # a C1 control beside kana or ideographs: a byte a CJK decoder passed (UTF-8 read as cp932)
        fixed, explanation = fix_and_explain(line, config())
        if fixed == line:
            continue
        if any(step[1] == "decode_inconsistent_utf8" for step in explanation or []):
            fixed, explanation = _outer_layer_only(line, fixed, explanation)
        if "\ufffd" in fixed:  # bytes were lost: a partial repair would be a third text
            flags.append(flag(RULE, "lossy: bytes lost, ftfy repair not applied", text, start, start + len(line)))
            continue
        edit = trimmed_edit(start, line, fixed)
        if _only_quoted(line, edit, start) and on_topic():
            continue
        edits.append(edit)
        steps.append(_evidence(explanation))
    evidence = "; ".join(sorted(set(steps)))[:200]
    result = fix_from_edits(text, RULE, evidence, edits)
    result.flags.extend(flags)
    return result


def _segments(text: str, html: bool) -> Iterator[tuple[int, str]]:
    """(offset, line) for every line; in HTML, for every stretch of a line between "<" and ">" (the text
    between tags, and a tag's own text with its attributes)."""
    for offset, line in line_spans(text):
        if not html or "<" not in line:
            yield offset, line
            continue
        for m in _PIECE_RE.finditer(line):
            yield offset + m.start(), m[0]
