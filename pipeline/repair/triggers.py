"""The registry's one precheck per text: which fixers' trigger characters the text holds.

A fixer's trigger, declared beside it as a regex class body, names the characters without which it
has nothing to do (its own precheck looks for one of them). One scan of the text removes every
character that is no fixer's trigger; the few distinct characters left answer for every fixer, where
each fixer's own precheck would read the text again: on a short Chinese text the twenty-odd calls
finding nothing cost more than the rest of the repair. A trigger holding letters, digits or the space
is looked for in the text itself (the scan would keep every word of a Latin text), and so is a trigger of
letters only (Cyrillic's look-alikes: every word of a Russian text), and the answer for what a scan found is
kept: most texts find nothing, or the same few characters.

A long text is scanned in its non-ASCII regions only (.regions: a page's view is mostly the ASCII of
script elements); a fixer whose trigger holds an ASCII character (``?``, ``&``, a space) is then left
to its own precheck, a string search as fast as the regions' scan.
"""

from __future__ import annotations

import re

from .charsets import char_class
from .regions import Regions

_ASCII = "".join(map(chr, range(128)))
_BEYOND_ASCII = "".join(map(chr, range(128, 0x10000)))
# Characters most texts hold (see the module doc).
_COMMON = "".join(c for c in _ASCII if c.isalnum() or c == " ")


# Answers kept for this many different findings (a page's own characters make one each), then forgotten.
_KEPT = 4096


def _letters_only(test: re.Pattern[str]) -> bool:
    chars = test.findall(_ASCII + _BEYOND_ASCII)
    return bool(chars) and all(c.isalpha() for c in chars)


class Triggers:
    """The scan for the triggers of the fixers named in ``bodies`` (name -> class body)."""

    __slots__ = ("_in_text", "_named", "_others", "_others_in_regions", "_rare", "_with_ascii")

    def __init__(self, bodies: dict[str, str]) -> None:
        names: dict[str, list[str]] = {}
        for name, body in bodies.items():
            names.setdefault(body, []).append(name)
        # one test a distinct body: on the few characters the scan leaves, or on the text
        groups = [(re.compile(f"[{body}]"), frozenset(group)) for body, group in names.items()]
        self._rare = tuple((test, group) for test, group in groups if not test.search(_COMMON))
        # A script's letters (Cyrillic's look-alikes) stand in every word of a text in that script, which the scan
        # would keep whole: a search in the text stops at the first.
        letters = tuple(rare for rare in self._rare if _letters_only(rare[0]))
        self._in_text = tuple((test, group) for test, group in groups if (test, group) not in self._rare) + letters
        every = "".join(test.pattern[1:-1] for test, _ in self._rare)
        scanned = "".join(test.pattern[1:-1] for test, group in self._rare if (test, group) not in letters)
        self._others = re.compile(f"[^{scanned}][^{scanned}]*")
        # (in a long text's regions only the non-ASCII ones matter: its ASCII triggers are named anyway)
        wide = char_class(re.findall(f"[{every}]", _BEYOND_ASCII))
        self._others_in_regions = re.compile(f"[^{wide}][^{wide}]*")
        self._with_ascii = frozenset().union(*(group for test, group in groups if test.search(_ASCII)))
        # (the rare trigger characters found, which common tests passed) -> the fixers named
        self._named: dict[tuple[frozenset[str], tuple[bool, ...] | None], frozenset[str]] = {}

    def scan(self, text: str, regions: Regions | None) -> frozenset[str]:
        """The fixers whose trigger ``text`` holds; only its ``regions`` are read when given (a long
        text's non-ASCII ones), and then a fixer whose trigger holds ASCII is named too (it may hold it)."""
        if regions is None:
            found = frozenset(self._others.sub("", text))
            common: tuple[bool, ...] | None = tuple([test.search(text) is not None for test, _ in self._in_text])
        else:
            others = self._others_in_regions
            found = frozenset().union(*(others.sub("", text[start:end]) for start, end in regions))
            common = None
        named = self._named.get((found, common))
        if named is None:
            if len(self._named) >= _KEPT:
                self._named.clear()
            named = self._named[found, common] = self._name(found, common)
        return named

    def _name(self, found: frozenset[str], common: tuple[bool, ...] | None) -> frozenset[str]:
        chars = "".join(found)
        named = frozenset().union(*(group for test, group in self._rare if test.search(chars)))
        if common is None:
            return named | self._with_ascii
        return named.union(*(group for passed, (_, group) in zip(common, self._in_text, strict=True) if passed))
