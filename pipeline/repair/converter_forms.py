"""The forms only OpenCC's own traditional standard writes: a converter's fingerprint (see :mod:`.script`).

OpenCC s2t writes 为 as 爲, 众 as 衆 and 伪 as 僞, forms of its Kangxi-based standard that Taiwan and Hong
Kong typesetting do not use (為, 眾, 偽: what s2tw and s2hk write too). Common characters, so a converted
article of a few sentences holds some; a traditional text writing them and never the everyday forms went
through s2t. Rarer forms of that standard (喫, 脣, 祕, 癡) are left out: Taiwan's standard writes those too.

A farm's character table converts what Big5 cannot write and often keeps what it can (机 of 机器人, 种, 气, 准:
characters of their own in Big5), so its traditional sentences hold simplified characters in words Taiwan and
Hong Kong write otherwise (東海理工大學机械, 一种): where s2tw and s2hk would both change a character of a
sentence mostly traditional, no traditional standard wrote it. A genuine article holds one or two
a sentence (OpenCC's 公佈 for Taiwan's 公布, Hong Kong's 一周), a converted one's by the dozen; and a page
mixing the scripts of its own writes the simplified characters Big5 lacks among them too (数, 图, 语).
"""

from __future__ import annotations

import re

from .common import count_converted, opencc_converter
from .mainland_site import simplified_only

# Each OpenCC-standard form and the form Taiwan and Hong Kong write for it.
_FORMS = {"爲": "為", "衆": "眾", "僞": "偽"}
_OPENCC_RE = re.compile(f"[{''.join(_FORMS)}]")
_EVERYDAY_RE = re.compile(f"[{''.join(_FORMS.values())}]")
_MIN_FORMS = 2


def opencc_forms(text: str) -> str | None:
    """Evidence that ``text`` (traditional) came out of OpenCC s2t, or None."""
    found = _OPENCC_RE.findall(text)
    if len(found) < _MIN_FORMS or _EVERYDAY_RE.search(text):
        return None
    return f"OpenCC-standard forms {''.join(sorted(set(found)))} ({len(found)}x), never {''.join(_FORMS.values())}"


# A sentence, read alone: an HTML page's one line holds the farm's simplified chrome too, between tags.
_SENTENCE_RE = re.compile("[^\n<>。！？]+")
# Characters no traditional standard writes, in the sentences mostly traditional: this many, this many different
# ones, and this share of the traditional characters there (a genuine article: one or two a sentence, of 50 or more).
_MIN_LEFT = 8
_MIN_DISTINCT = 4
_MIN_SHARE = 0.1
# A writer's or a wiki's own mix of the scripts (含有朝鮮語谚文的條目) writes simplified characters Big5 cannot
# write among them too; of a table's leftovers at most one in this many is such (the farm's chrome beside them).
_TABLE_ODDS = 4


# Characters compared as one slice before one by one (:func:`differing_offsets`).
_BLOCK = 16


def differing_offsets(text: str, other: str) -> list[int]:
    """The offsets where ``text`` and ``other`` (as long) differ: blocks compared whole (in C) first, then the
    characters of a differing block one by one. s2tw changes a genuine traditional sentence in a place or two at
    most, where a loop over every character made objects of each (the pair, its index)."""
    return [i for start in range(0, len(text), _BLOCK) if text[start : start + _BLOCK] != other[start : start + _BLOCK]
            for i in range(start, min(start + _BLOCK, len(text))) if text[i] != other[i]]


def table_leftovers(text: str) -> str | None:
    """Evidence that the traditional sentences of ``text`` came out of a character table keeping what Big5 can
    write (module doc), or None."""
    sentences = _SENTENCE_RE.findall(text)
    joined = "\n".join(s for s in sentences if count_converted(s, "t2s") > count_converted(s, "s2t"))
    if len(joined) < _MIN_LEFT:
        return None
    as_taiwan = opencc_converter("s2tw").convert(joined)
    if len(as_taiwan) != len(joined):
        return None
    # A leftover is a character both s2tw and s2hk change: s2hk is asked only when s2tw changes enough of them
    # (a genuine traditional text: a variant or two; a converted one's own traditional characters: a share too
    # small beside the hundreds it holds).
    by_taiwan = [(i, joined[i]) for i in differing_offsets(joined, as_taiwan)]
    least = max(_MIN_LEFT, _MIN_SHARE * count_converted(joined, "t2s"))
    if len(by_taiwan) < least or len({c for _, c in by_taiwan}) < _MIN_DISTINCT:
        return None
    as_hk = opencc_converter("s2hk").convert(joined)
    if len(as_hk) != len(joined):
        return None
    left = [c for i, c in by_taiwan if as_hk[i] != c]
    if len(left) < least or len(set(left)) < _MIN_DISTINCT:
        return None
    if simplified_only("".join(left)) * _TABLE_ODDS > len(left):  # a table converts every one Big5 cannot write
        return None
    return f"simplified characters no traditional standard writes among traditional ones ({''.join(sorted(set(left)))})"
