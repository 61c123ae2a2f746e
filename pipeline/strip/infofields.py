"""An info line of separate fields (Source: X | 14.03.2026 | By Y; Autor: X — Fuente: Y; 15 мая 2026 г. 12:18
Источник: X  Автор: Y; 配信元：X　公開日：…): a short line that splits at its separators (a bar, a middle dot
or a dash between spaces, a full-width bar, an ideographic space, two spaces or more) into two or more
fields. Each field is read as a line of its own: a byline after a bar (… | Por Marta Quiroga) names the
author as one opening a line does, and the line is metadata when every field is."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_SEPARATORS = re.compile(r"\s+[|·•—–]\s+|\s*[｜│]\s*|\s*\u3000+\s*|\s{2,}")
_MAX = 160


def info_fields(line: str) -> list[str]:
    """The fields of ``line`` when it is short and has two or more; else no fields."""
    if len(line) > _MAX:
        return []
    fields = [f for f in (part.strip() for part in _SEPARATORS.split(line.strip())) if f]
    return fields if len(fields) >= 2 else []


def with_fields(lines: Iterable[str]) -> Iterator[str]:
    """Each line's fields when it has some, then the line: a field is the more exact reading (Originally
    published by X  14 March 2026 names X, not X 14 March 2026)."""
    for line in lines:
        yield from info_fields(line)
        yield line
