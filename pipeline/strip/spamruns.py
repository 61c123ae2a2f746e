"""Spam keyword runs spliced into the middle of an article's sentences.

A farm may paste its keyword stack inside a sentence of the article it reposts, as plain text
(长江中游久久精品国产免费观看宜昌至武汉段…) where no link or markup sets it apart. Such a run is taken
out, and recorded, only when it is nothing but spam words, four different ones at least, and one of
them is an explicit one (vocab.SPAM_EXPLICIT): a run of common ones (国产在线视频网站) may be prose.
Right after a sentence end, where farms splice their stacks, three different ones do.
"""

from __future__ import annotations

import re
from functools import cache

from . import vocab
from .ledger import Ledger
from .patterns import any_words_re, only_ascii_words, words, words_re

RULE = "heuristic:spam_run"
_TERMS_MIN = 4
_TERMS_AFTER_SENTENCE = 3
SENTENCE_ENDS = ("。", "！", "？", "!", "?")
# Joins the texts scanned together: neither a spam word's char nor whitespace, so no run spans two.
_SEPARATOR = "\x00"


def spam_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every spliced keyword run in ``text``."""
    low = text.lower()
    if len(low) != len(text):
        return []
    runs: list[tuple[int, int]] = []
    for run in _run_re(low.isascii()).finditer(low):
        terms = words("spam", low).findall(low, run.start(), run.end())
        if _is_stack(terms, after_sentence(low, run.start())):
            runs.append(run.span())
    return runs


@cache
def _run_re(ascii_only: bool) -> re.Pattern[str]:
    """Three or more spam words in a row (spaces between them allowed): one scan finds the runs that
    can be stacks, and only those are looked at term by term."""
    return _terms_re(words_re("spam", ascii_only), ascii_only)


@cache
def _any_run_re(ascii_only: bool) -> re.Pattern[str]:
    """A pattern that finds something in a text exactly when _run_re does (where says nothing): the run's first
    word is found at its rarest character (patterns.any_words_re), where _run_re tries every first char's words
    at nearly every letter of a text. On the 960 bench pages' bodies: 0.84 -> 0.43 s."""
    return _terms_re(any_words_re(("spam",), ascii_only), ascii_only)


def _terms_re(first: re.Pattern[str], ascii_only: bool) -> re.Pattern[str]:
    """``first``, then two or more spam words (spaces before each allowed)."""
    term = f"(?:{words_re('spam', ascii_only).pattern})"
    return re.compile(f"(?:{first.pattern})(?:\\s*{term}){{{_TERMS_AFTER_SENTENCE - 1},}}")


def after_sentence(text: str, at: int) -> bool:
    """``text[at:]`` starts right after the end of a sentence (where farms splice their stacks)."""
    return at > 0 and text[:at].rstrip().endswith(SENTENCE_ENDS)


def _is_stack(terms: list[str], opens_sentence: bool) -> bool:
    """Four different spam words with an explicit one; right after a sentence end, where a farm
    splices its stacks (…支架。久久精品国产), any three."""
    distinct = len(set(terms))
    return distinct >= _TERMS_AFTER_SENTENCE if opens_sentence else (
        distinct >= _TERMS_MIN and any(term in vocab.SPAM_EXPLICIT for term in terms))


def drop_spam_runs(texts: list[str], ledger: Ledger) -> list[str]:
    """``texts`` without their spliced keyword runs, each recorded in ``ledger``; stripped, and those
    left empty left out. Most pages hold no run: one scan of all the texts, lowercased together,
    rules that out before any text is looked at alone. Where no non-ASCII spam word can occur
    (pages in Latin script), only the ASCII words can match: their shorter pattern, several times
    faster, does."""
    low = _SEPARATOR.join(texts).lower()
    if _any_run_re(only_ascii_words(low, ("spam",))).search(low) is None:
        return [clean for text in texts if (clean := text.strip())]
    return [clean for text in texts if (clean := _drop_runs(text, ledger))]


def _drop_runs(text: str, ledger: Ledger) -> str:
    runs = spam_runs(text)
    for start, end in reversed(runs):
        ledger.drop(RULE, f"a run of {end - start} chars of spam keywords inside a paragraph", text[start:end],
                    action="remove")
        text = text[:start] + text[end:]
    return text.strip()
