"""Phrases an anti-copy element splits (瞭<span style="display:none">0w</span>解到): OpenCC converts
phrase by phrase, and 瞭 alone stays 瞭 where 瞭解 is 了解. At each inline element holding no Han
that stands between two Han characters (or one its style hides, holding Han: the site's name as noise),
the Han on both sides is converted again as one run, and
taken when the run keeps its length (the element stays for the strip stage to drop and record). The run is
converted inside as many Han characters again on each side, and only its own taken: a run cut at its edge
cuts the phrase there instead (憑藉 read from 藉替補 alone comes back 凭藉, not 凭借)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .common import HAN
from .hidden_noise import hidden_inline
from .pinyin import inline_element

# OpenCC's phrases are short: this many Han characters on each side of the element hold them.
_SIDE = 3
_SPLIT_RE = re.compile(f"(?:{inline_element('tag')}|{hidden_inline('hid')})+")
_HAN_RE = re.compile(f"[{HAN}]")


def across_elements(text: str, converted: str, convert: Callable[[str], str]) -> str:
    """``converted`` (``text`` converted character for character, as long as it) with the phrases
    split by inline elements converted whole."""
    if "<" not in text or len(converted) != len(text):
        return converted
    chars: list[str] | None = None
    for m in _SPLIT_RE.finditer(text):
        start, end = m.start(), m.end()
        left, right = _side(text, start, -1), _side(text, end, 1)
        if left == start or right == end:
            continue
        outer_left, outer_right = _side(text, left, -1), _side(text, right, 1)
        joined = text[outer_left:start] + text[end:outer_right]
        converted_joined = convert(joined)
        if len(converted_joined) != len(joined):
            continue
        cut = start - outer_left
        new = converted_joined[left - outer_left : cut + right - end]
        if new == converted[left:start] + converted[end:right]:
            continue
        chars = chars if chars is not None else list(converted)
        chars[left:start] = new[: start - left]
        chars[end:right] = new[start - left:]
    return converted if chars is None else "".join(chars)


def _side(text: str, at: int, step: int) -> int:
    """Where the run of up to _SIDE Han characters before (step -1) or after (1) ``at`` ends."""
    for _ in range(_SIDE):
        probe = at if step > 0 else at - 1
        if not 0 <= probe < len(text) or not _HAN_RE.match(text, probe):
            break
        at += step
    return at
