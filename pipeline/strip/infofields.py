"""An info line of separate fields (Source: X | 14.03.2026 | By Y; Autor: X — Fuente: Y; 15 мая 2026 г. 12:18
Источник: X  Автор: Y; 配信元：X　公開日：…): a short line that splits at its separators (a bar, a middle dot
or a dash between spaces, a full-width bar, an ideographic space, two spaces or more) into two or more
fields. Each field is read as a line of its own: a byline after a bar (… | Por Marta Quiroga) names the
author as one opening a line does, and the line is metadata when every field is.

HTML shows two spaces as one, so a page's ``Source: X  Written by Y`` reaches us as ``Source: X Written by
Y``: a field that opens with a label or a date is also cut before each capitalised label inside it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import vocab
from .textdates import NUM_DATE, WORD_DATE

_SEPARATORS = re.compile(r"\s+[|·•—–]\s+|\s*[｜│]\s*|\s*\u3000+\s*|\s{2,}")
_MAX = 160
_MARKS = frozenset("|·•—–｜│\u3000")  # the characters of _SEPARATORS' alternatives but two spaces


def _capitalised(labels: Iterable[str]) -> str:
    """The labels of a cased script, capitalised as a field opens with them, as alternatives."""
    return "|".join(re.escape(label[0].upper() + label[1:]) for label in sorted(set(labels), key=len, reverse=True)
                    if label[0].upper() != label[0])


# A field that opens with no colon (By X, Written by X, Veröffentlicht am 13.11.2026), case-sensitive.
FIELD_LEAD = r"(?-i:(?:" + _capitalised(vocab.INFO_FIELD_LEADS) + r")\s+(?=[^\W_]))"
_LABEL = (r"(?:(?:" + _capitalised((*vocab.SOURCE_LABELS, *vocab.AUTHOR_LABELS, *vocab.INFO_FIELD_COLON_LABELS))
          + r")\s?:|" + FIELD_LEAD + ")")
_OPENS_FIELD = re.compile(rf"{_LABEL}|\d")
_BEFORE_LABEL = re.compile(rf"\s+(?={_LABEL})")
_DAY_FIRST = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}(?:,?\s+\d{1,2}:\d{2})?")
# A name's last word, capitalised (Written by Mia Colton | 04/21/2026): not a label's own date (Fecha: …,
# Veröffentlicht am …).
_NAME_END = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]*$")


def info_fields(line: str) -> list[str]:
    """The fields of ``line`` when it is short and has two or more; else no fields."""
    if len(line) > _MAX:
        return []
    line = line.strip()
    if not (separate := _may_separate(line)) and not _OPENS_FIELD.match(line):
        return []  # one part, which no label splits and _date_after_name keeps whole: one field at most
    fields = [field for part in (_SEPARATORS.split(line) if separate else (line,)) if (cut := part.strip())
              for labelled in (_BEFORE_LABEL.split(cut) if _OPENS_FIELD.match(cut) else (cut,))
              for field in _date_after_name(labelled)]
    return fields if len(fields) >= 2 else []


def _may_separate(line: str) -> bool:
    """Whether _SEPARATORS may match in ``line`` (stripped): it holds a separator's mark, or two whitespace
    characters in a row (more than one between each two words). Most lines are prose with neither, and
    these C-level scans rule them out several times faster than the pattern's own scan (re's \\s and
    str.split() agree on what whitespace is)."""
    words = line.split()
    return len(line) - len("".join(words)) >= len(words) or not _MARKS.isdisjoint(line)


def _date_after_name(field: str) -> list[str]:
    """A labelled field with a date after its name (Written by Mia Colton 04/21/2026, Originally published
    by Harbor Ledger March 14, 2026 11:42) as the name's field and the date's; other fields whole."""
    if not _OPENS_FIELD.match(field) or not field[-1:].isdigit():
        return [field]
    for space in re.finditer(r"\s+", field):
        rest = field[space.end():]
        if (WORD_DATE.fullmatch(rest) or NUM_DATE.fullmatch(rest) or _DAY_FIRST.fullmatch(rest)) and (
                _NAME_END.search(field, 0, space.start())):
            return [field[:space.start()], rest]
    return [field]


def with_fields(lines: Iterable[str]) -> Iterator[str]:
    """Each line's fields when it has some, then the line: a field is the more exact reading (Originally
    published by X  14 March 2026 names X, not X 14 March 2026)."""
    for line in lines:
        yield from info_fields(line)
        yield line
