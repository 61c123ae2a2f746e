"""The non-ASCII regions of a text, and scans that read only them.

A page's text view (.view) is mostly the ASCII of script elements that hold some non-ASCII text.
Most fixers look for non-ASCII characters, and a regex reads every character (about 4 ns each),
where ``str.isascii`` over a block is about twenty times faster: the regions are found once per
text, and a scan for non-ASCII matches reads only them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

# A text's non-ASCII regions are made of blocks of _FINE characters holding a non-ASCII one, found
# inside blocks of _COARSE (str.isascii reads a block far faster than any regex scan reads it).
_COARSE = 8192
_FINE = 256
SHORT = 4 * _FINE  # read whole

Regions = tuple[tuple[int, int], ...]


def non_ascii_regions(text: str) -> Regions | None:
    """Spans covering every non-ASCII character of ``text``, in order, each followed by ASCII or
    the end: a page's text view is mostly the ASCII of script elements, which most scans can skip.
    None for a short text: read whole."""
    size = len(text)
    if size <= SHORT:
        return None
    regions: list[tuple[int, int]] = []
    for coarse in range(0, size, _COARSE):
        if text[coarse : coarse + _COARSE].isascii():
            continue
        for start in range(coarse, min(coarse + _COARSE, size), _FINE):
            if text[start : start + _FINE].isascii():
                continue
            end = min(start + _FINE, size)
            if regions and regions[-1][1] == start:
                regions[-1] = (regions[-1][0], end)
            else:
                regions.append((start, end))
    return tuple(regions)


def finditer_in(
    pattern: re.Pattern[str], text: str, regions: Regions | None, reach: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` read only in ``regions`` (None: the whole text), for a pattern whose
    matches are all non-ASCII characters and look at most ``reach`` characters past their end (a
    lookbehind sees before a region; a lookahead sees only ``reach`` characters after it): each
    region is followed by ASCII, where such a match can neither start nor be cut short."""
    if regions is None:
        return pattern.finditer(text)
    size = len(text)
    found = (pattern.finditer(text, start, min(size, end + reach)) for start, end in regions)
    return itertools.chain.from_iterable(found)


def search_in(pattern: re.Pattern[str], text: str, regions: Regions | None, reach: int = 0) -> re.Match[str] | None:
    """The first match of :func:`finditer_in`."""
    if regions is None:
        return pattern.search(text)
    return next(finditer_in(pattern, text, regions, reach), None)
