"""A farm's SEO keyword stack: a line of bare keywords over or under the story it reposts.

``cheap flights hotels deals free download movies hd casino bonus 2026 best price``, ``скачать
бесплатно без регистрации фильмы онлайн новости сегодня``, ``無料 ダウンロード 最新 ニュース まとめ``: the
words are the web's bait (free, download, online, streaming, cheap, deals, bonus, a year...) in
any language, few of them in the spam vocabulary spam_header needs two of. What sets such a line
apart from a headline, a deck or a slogan of bare words is its shape taken together: no
punctuation but separators, lowercase (a German stack capitalises its nouns, not most words; a
headline in title case capitalises all), at least six words, and most of them bait, four different
ones at least (years count as one), with few of the little words that glue a clause (the, to,
of...). A headline that mentions bait (Free download of city maps now online) is mostly other words;
a slogan (free to download, free to watch) repeats a few bait words with glue between them; a row of
years (an archive's, a timeline's) is one bait word.
"""

from __future__ import annotations

import re

from . import vocab
from .sentences import Context

STACK_MAX = 200
_WORDS_MIN = 6
_BAIT_DISTINCT_MIN = 4
_BAIT_SHARE = 0.6
_GLUE_MAX = 2
# Letters (of any script), digits, white space and the separators of a keyword list; anything else
# (a sentence's stop, a colon's label, quotes, brackets) is no bare stack.
_BARE = re.compile(r"[^\W_]+(?:[\s,，、|｜/·-]+[^\W_]+)*[\s,，、]*")
_SPLIT = re.compile(r"[\s,，、|｜/·-]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Invisibles a farm sows inside words (zero-width spaces, joiners, soft hyphens): no word's break.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")


def keyword_stack(text: str, ctx: Context) -> str | None:
    """A line of bare web bait keywords (see the module's docstring)."""
    line = _INVISIBLE.sub("", text).strip()
    if len(line) > STACK_MAX or not _BARE.fullmatch(line):
        return None
    tokens = [t for t in _SPLIT.split(line) if t]
    if len(tokens) < _WORDS_MIN:
        return None
    cased = [t for t in tokens if t[0].lower() != t[0].upper()]
    if cased and (cased[0][0].isupper() and sum(t[0].isupper() for t in cased) * 2 > len(cased)):
        return None  # title or sentence case: most words capitalised
    low = [t.lower() for t in tokens]
    years = [t for t in low if _YEAR.fullmatch(t)]
    words = {t for t in low if t in vocab.WEB_BAIT}
    bait = len(years) + sum(t in words for t in low)
    glue = sum(t in vocab.CLAUSE_GLUE for t in low)
    # Years count once among the different ones: a row of years is an archive's or a timeline's.
    if len(words) + bool(years) < _BAIT_DISTINCT_MIN or bait < _BAIT_SHARE * len(tokens) or glue > _GLUE_MAX:
        return None
    return f"{len(tokens)} bare keywords, {bait} of them web bait: {', '.join(sorted(words)[:5])}"


def may_be_stack(text: str) -> bool:
    """A cheap superset of keyword_stack's conditions, for the detectors' gate (keyword_stack itself tests
    the line's shape: testing it here too ran its regexes twice on every line that passed)."""
    return len(text) <= STACK_MAX and text.count(" ") >= _WORDS_MIN - 1
