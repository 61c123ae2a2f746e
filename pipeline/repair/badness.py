"""ftfy's mojibake test (``ftfy.badness.is_bad``), searched only where it can match.

``is_bad`` searches ftfy's BADNESS_RE over a whole line and tries its branches at every Cyrillic
or accented letter: 180 ns a character on a Russian page, whose lines reach the western fixer's
gate whenever "В" stands before a space (a cp1251 lead before a lost NBSP). Every branch needs a
character that plain ASCII and Russian letters are not (a C1 control, a latin-1 symbol, an
accented capital, a quotation mark, Ђ...), and no match is longer than the pattern's widest, so a
match lies within that width of such a character: searching those windows gives ``is_bad``'s
answer. Both facts are read from ftfy's own pattern on first use; should a branch lack such a
character (another ftfy), the whole line is searched as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

# ASCII and the Russian letters: each branch requires a character outside them.
_ORDINARY = "\\x00-\\x7f\u0410-\u044f\u0401\u0451"
_ORDINARY_CHARS = frozenset(map(chr, [*range(0x80), *range(0x410, 0x450), 0x401, 0x451]))
# Shorter texts are searched whole: gathering windows costs more than it saves there.
_WHOLE = 200


def is_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``."""
    from ftfy.badness import BADNESS_RE

    width = _match_width() if len(text) > _WHOLE else None
    if width is None:
        return BADNESS_RE.search(text) is not None
    lo = hi = -1  # the window being gathered: runs of unordinary characters closer than a match
    for run in _UNORDINARY_RUN_RE.finditer(text):
        start, end = max(0, run.start() - width + 1), run.end() + width - 1
        if lo >= 0 and start > hi:
            if BADNESS_RE.search(text, lo, hi):
                return True
            lo = -1
        lo, hi = (start if lo < 0 else lo), end
    return lo >= 0 and BADNESS_RE.search(text, lo, hi) is not None


_UNORDINARY_RUN_RE = re.compile(f"[^{_ORDINARY}][^{_ORDINARY}]*")


@functools.cache
def _match_width() -> int | None:
    """The widest match of BADNESS_RE when every branch needs an unordinary character and nothing
    in it looks past what it consumes but a start-of-text anchor (a window search cannot invent a
    start elsewhere; an end or look-ahead could see the window's edge); else None."""
    from ftfy.badness import BADNESS_RE

    try:
        import re._parser as parser  # type: ignore[import-not-found]  # CPython's own regex parser (3.11+)
    except ImportError:
        return None

    parsed = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    top = list(parsed.data)
    branches = top[0][1][1] if len(top) == 1 and top[0][0] is parser.BRANCH else [parsed]
    if not all(any(_unordinary(op, av, parser) for op, av in branch.data) for branch in branches):
        return None
    if any(op in (parser.ASSERT, parser.ASSERT_NOT) or (op is parser.AT and av is not parser.AT_BEGINNING)
           for op, av in _all_items(parsed)):
        return None
    width: int = parsed.getwidth()[1]
    return width if width < 100 else None


def _all_items(pattern: Any) -> Iterator[tuple[Any, Any]]:
    """Every (op, argument) of a parsed pattern, nested groups, branches and repeats included."""
    for op, av in pattern.data:
        yield op, av
        for part in av if isinstance(av, (tuple, list)) else ():
            if hasattr(part, "data"):
                yield from _all_items(part)
            elif isinstance(part, list):
                for sub in part:
                    if hasattr(sub, "data"):
                        yield from _all_items(sub)


def _unordinary(op: Any, av: Any, parser: Any) -> bool:
    """A required item of a branch that matches no ordinary character."""
    if op is parser.LITERAL:
        return chr(av) not in _ORDINARY_CHARS
    if op is not parser.IN:
        return False
    return not any(_in_class(av, char, parser) for char in _ORDINARY_CHARS)


def _in_class(items: list[tuple[Any, Any]], char: str, parser: Any) -> bool:
    """``char`` matches the class ``items`` (True for what cannot be told: the branch is not used)."""
    negate = bool(items) and items[0][0] is parser.NEGATE
    found = False
    for op, av in items[1:] if negate else items:
        if op is parser.LITERAL:
            found = found or char == chr(av)
        elif op is parser.RANGE:
            found = found or av[0] <= ord(char) <= av[1]
        else:
            return True
    return found != negate
