"""The page's own character pairs: what places a lost byte when several places read alike.

:mod:`.decode_realign` reads a run out of step again with its stray byte at each place. A run read out of
step can be common characters too (宦男心 for 不履行的, 掀饋 for 起來), so several places, or the decoder's own
reading, may read as oddly as the best; the page around the run tells them apart: read in step, the run
writes pairs of characters the article writes elsewhere (法律, 律後, 後果), read out of step it does not.

The page is decoded once, and only when a run first ties (most pages never do); it is asked only about the
pairs in which the tied readings differ, each by a substring search in C. Collecting every pair of the page
in Python made a real Chinese page decode many times slower (a tied run on nearly every damaged paragraph).
"""

from __future__ import annotations

from functools import cache

from .decode_readings import page_family
from .encodings import decode

# oddness, text, where it stops, the stray byte's place (-1: the decoder's own reading), its U+FFFD's offset
Reading = tuple[int, str, int, int, int]


class PagePairs:
    """The page ``data`` read in ``codec`` (decoded on first use), asked which pairs it writes."""

    def __init__(self, data: bytes, codec: str) -> None:
        self.data, self.codec = data, codec
        self._text: str | None = None
        self._counts: dict[str, int] = {}  # pair -> how often the page writes it (asked once each)
        self._family: str | None = None

    @property
    def family(self) -> str:
        """The family whose prose the page's runs are judged by (``page_family``: a traditional text in GBK)."""
        if self._family is None:
            self._family = page_family(self.text, self.codec)
        return self._family

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = decode(self.data, self.codec, "replace") or ""
        return self._text

    def confirms(self, plain: str, around: tuple[str, str]) -> bool:
        """Whether the decoder's reading of a run (``plain``, with the characters ``around`` it) ends, right
        before its first U+FFFD, in a pair of prose characters the page writes elsewhere: read in step up to
        there, the byte was lost where the decoder failed, and no other place is worth trying."""
        own = around[0] + plain + around[1]
        at = own.find("\ufffd")
        return at >= 2 and self._pairs_written(own[at - 2 : at], own) == 1

    def placed(self, best: list[Reading], around: tuple[str, str], plain: str) -> list[Reading]:
        """The readings that tie on oddness (``best``) narrowed by the page: those holding the most pairs the
        page writes elsewhere, with the run's neighbours (``around``: the character before the run and after
        it; the run as the decoder reads it, ``plain``, is not elsewhere); of several, those whose lost
        character pairs with a neighbour as the page writes it (``_fits``). Only whether exactly one reading
        other than ``plain`` is left matters, so the readings that would not move it are asked last."""
        own = around[0] + plain + around[1]
        best = self.most_written(best, around, plain)
        if len(best) == 1:
            return best
        strays = [reading for reading in best if reading[3] >= 0]
        fit = [reading for reading in strays if reading[1] != plain and self._fits(reading[1], reading[3], own)]
        if len(fit) != 1:
            return fit
        return fit + [reading for reading in strays if reading[1] == plain and self._fits(reading[1], reading[3], own)]

    def most_written(self, best: list[Reading], around: tuple[str, str], plain: str) -> list[Reading]:
        """Those of the readings ``best`` (each between the characters ``around`` the run) holding the most pairs
        the page writes outside the run as the decoder reads it (``plain``), counted only where they differ."""
        own = around[0] + plain + around[1]
        texts = [around[0] + reading[1] + around[1] for reading in best]
        head = _shared(texts)  # (the pairs all readings share count alike: only where they differ)
        tail = min(_shared([text[::-1] for text in texts]), min(map(len, texts)) - head)
        counts = [self._pairs_written(text[max(head - 1, 0) : len(text) - tail + 1], own) for text in texts]
        return [reading for reading, n in zip(best, counts, strict=True) if n == max(counts)]

    def _pairs_written(self, text: str, own: str) -> int:
        """How many pairs of ``text`` are two characters of prose the page writes outside ``own``: a pair with
        an ASCII character (markup, a number) or with U+FFFD (another damaged spot) says nothing of the run."""
        pairs = (text[i : i + 2] for i in range(len(text) - 1))
        return sum(pair[0] > "\x7f" < pair[1] and "\ufffd" not in pair
                   and self._count(pair) > own.count(pair) for pair in pairs)

    def _count(self, pair: str) -> int:
        if pair not in self._counts:
            self._counts[pair] = self.text.count(pair)
        return self._counts[pair]

    def _fits(self, text: str, stray: int, own: str) -> bool:
        """Whether exactly one character holding the byte at ``stray`` (as its lead or its trail) makes a pair
        with a neighbour of the U+FFFD in ``text`` that the page writes elsewhere: the page's evidence that
        the byte was lost there. A neighbour that is a mark is none: a sentence opens with nearly any character
        (。\ufffd仓戢小 for 。植株\ufffd小 left out 植's lead: 分 holds that byte as its trail, and 。分 stood once
        elsewhere)."""
        at = text.index("\ufffd")
        holding = _holding(self.data[stray], self.codec)
        found = set()
        for near, follows in ((text[at - 1 : at], True), (text[at + 1 : at + 2], False)):
            if not near.isalpha():
                continue
            written = self._beside(near, follows)
            found |= {char for char in written.keys() & holding
                      if written[char] > own.count(near + char if follows else char + near)}
        return len(found) == 1

    def _beside(self, char: str, follows: bool) -> dict[str, int]:
        """The characters the page writes right after ``char`` (``follows``) or right before it, each with
        how often."""
        text, found = self.text, dict[str, int]()
        at = text.find(char) if char else -1
        while at >= 0:
            near = text[at + 1 : at + 2] if follows else text[at - 1 : at]
            found[near] = found.get(near, 0) + 1
            at = text.find(char, at + 1)
        return found


def _shared(texts: list[str]) -> int:
    """How many characters all ``texts`` begin with."""
    first, last = min(texts), max(texts)  # (the two furthest apart in order share the least)
    return next((at for at, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))


@cache
def _holding(stray: int, codec: str) -> frozenset[str]:
    """The non-ASCII characters of ``codec`` holding the byte ``stray`` as their lead or their trail."""
    chars = (decode(pair, codec) or "" for other in range(0x40, 0xFF)
             for pair in (bytes((stray, other)), bytes((other, stray))))
    return frozenset(char for char in chars if len(char) == 1 and not char.isascii())
