"""The vocabularies of :mod:`vocab` as compiled patterns, built on first use and looked up by a
short name: a cache keyed by the vocabulary tuple itself rehashes every word on each lookup, which
cost more than most of the matches.

All patterns run on lowercased text: lowercasing beats re.IGNORECASE several times over (that
flag turns off the regex engine's literal-prefix scan).
"""

from __future__ import annotations

import re
from functools import cache

from . import vocab, vocab_copies

# Bullets, brackets, rules and pointing arrows or emoji that may come before a lead word (← Предыдущая статья).
LEAD_TRIM = " \t[【（(〔<《『「■●◆·•>»-—|←↓►▶▼👉👇📲🔔📢📌➡✅🔴"
# 来源：X, Source: X, and a Chinese label with a bar (来源 | X, as WeChat accounts write it)
SOURCE_LEADS = tuple(f"{label}{colon}" for label in vocab.SOURCE_LABELS
                     for colon in (":", "：", " :", *((" |", "|") if not label.isascii() else ())))

LEADS: dict[str, tuple[str, ...]] = {
    "keyword": vocab.KEYWORD_LABELS, "breadcrumb": vocab.BREADCRUMB_LEADS, "home": vocab.BREADCRUMB_HOME,
    "related": vocab.RELATED_HEADS, "share": vocab.SHARE_LEADS, "comments": vocab.COMMENT_LEADS,
    "call_to_action": vocab.CALL_TO_ACTION_LEADS, "ad_label": vocab.AD_LABELS,
    "prev_next": vocab.PREV_NEXT_LEADS, "editor": vocab.EDITOR_LEADS, "caption": vocab.CAPTION_LEADS,
    "source": SOURCE_LEADS, "cookie": vocab.COOKIE_LEADS, "summary": vocab.SUMMARY_LABELS,
    "provenance": vocab.PROVENANCE_LEADS, "paywall_left": vocab.PAYWALL_LEFT_LEADS,
    "copy_note": vocab_copies.COPY_NOTE_LEADS,
}
WORDS: dict[str, tuple[str, ...]] = {
    "spam": vocab.SPAM_TERMS, "copyright": vocab.COPYRIGHT_MARKS, "meta": vocab.META_LINE_MARKS,
}


_LABEL_VOCABULARIES = frozenset({"keyword", "comments"})
_HAN_END = re.compile("[\u4e00-\u9fff]")


def _cased(ch: str) -> bool:
    """A letter of a script with word spaces (Latin, Cyrillic); CJK and kana are uncased."""
    return ch.lower() != ch.upper()


@cache
def _lead_re(name: str) -> re.Pattern[str]:
    """The leads of one vocabulary; a word lead must end at a word boundary ("share", not "shares"),
    and in the vocabularies whose words also open prose a Chinese label must end where a label ends
    (关键词：…, not 关键词一：扩容; 评论区, not 评论区里，…)."""
    labels = name in _LABEL_VOCABULARIES
    parts = [re.escape(lead.lower()) + (r"(?![^\W\d_])" if _cased(lead[-1]) else
                                        r"(?![\u4e00-\u9fff])" if labels and _HAN_END.match(lead[-1]) else "")
             for lead in sorted(LEADS[name], key=len, reverse=True)]
    return re.compile(f"^[{re.escape(LEAD_TRIM)}]*(" + "|".join(parts) + ")")


def starts(text: str, name: str) -> str | None:
    """The lead of vocabulary ``name`` that ``text`` starts with (after bullets and brackets),
    lowercased. Most texts start with no lead's core (see lead_cores): the pattern runs only on
    those that do."""
    low = text.lower()
    rest = low.lstrip(LEAD_TRIM)
    cores = _cores(name).get(rest[:1])
    if cores is None or not rest.startswith(cores):
        return None
    m = _lead_re(name).match(low)
    return m.group(1) if m else None


def _by_first_char(leads: set[str]) -> dict[str, tuple[str, ...]]:
    cores: dict[str, list[str]] = {}
    for lead in sorted(leads):
        core = lead.lstrip(LEAD_TRIM)
        cores.setdefault(core[:1], []).append(core)
    return {first: tuple(found) for first, found in cores.items()}


@cache
def _cores(name: str) -> dict[str, tuple[str, ...]]:
    """lead_cores of vocabulary ``name`` alone."""
    return _by_first_char({w.lower() for w in LEADS[name]})


@cache
def lead_cores() -> dict[str, tuple[str, ...]]:
    """Every lead of every vocabulary, lowercased and without the bullets it may start with, by its
    first char. A text that ``starts`` with a lead starts, once its own bullets are stripped, with
    that lead's core (no lead is bullets alone): a superset test that looks at one short tuple
    instead of trying every lead."""
    return _by_first_char({w.lower() for words in LEADS.values() for w in words})


def alternation(words: list[str]) -> str:
    """The regex that matches ``words`` as ``"|".join(map(re.escape, words))`` does, the first of
    them that matches winning, but grouped by first char (``a(?:v|dult)|s(?:ex|lot)``): the engine
    tries the alternatives one by one at every place whose char starts one of them, and a group
    is one test where its words were as many. Words of different first chars never match at one
    place, so the order left within each group gives the same matches. "(?!)" for no words."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    return "|".join(re.escape(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                    for first, rests in groups.items()) or "(?!)"


@cache
def words_re(name: str, ascii_only: bool) -> re.Pattern[str]:
    """Any word of vocabulary ``name`` (only its ASCII ones if ``ascii_only``), longest first;
    matches nothing when no word is left."""
    chosen = sorted((w.lower() for w in WORDS[name] if w.isascii() or not ascii_only), key=len, reverse=True)
    return re.compile(alternation(chosen))


# Characters from the most to the least common in text (English letter frequencies after the space); any
# other character (a digit, a colon, a bracket, a letter beyond ASCII) is rarer than all of them.
_COMMON_CHARS = " etaoinsrhldcumfpgwybvkxjqz"


def _rarity(ch: str) -> int:
    at = _COMMON_CHARS.find(ch)
    return len(_COMMON_CHARS) if at < 0 else at


@cache
def any_words_re(names: tuple[str, ...], ascii_only: bool) -> re.Pattern[str]:
    """A pattern that finds something in a lowercased text exactly when a word of the vocabularies ``names``
    occurs in it (only their ASCII words if ``ascii_only``): where a match is says nothing, only whether
    there is one. Each word is found at its rarest character, the part before it checked by a lookbehind
    (av as ``v(?<=av)``): the engine then stops only at the few places holding one of those characters,
    where a plain alternation stops at nearly every letter of a text to try the words starting with it."""
    by_anchor: dict[str, list[str]] = {}
    for word in sorted({w.lower() for name in names for w in WORDS[name] if w.isascii() or not ascii_only}):
        at = max(range(len(word)), key=lambda i: _rarity(word[i]))  # (the first of the rarest)
        before, anchor, after = word[:at], word[at], word[at + 1:]
        by_anchor.setdefault(anchor, []).append(
            (f"(?<={re.escape(before + anchor)})" if before else "") + re.escape(after))
    return re.compile("|".join(f"{re.escape(anchor)}(?:{'|'.join(rests)})" for anchor, rests in by_anchor.items())
                      or "(?!)")


def words(name: str, low: str) -> re.Pattern[str]:
    """The pattern for vocabulary ``name`` to run on ``low``, a lowercased text: on an ASCII text
    (most English blocks) only the ASCII words can match, and fewer alternatives run faster."""
    return words_re(name, low.isascii())


@cache
def _non_ascii_marks(names: tuple[str, ...]) -> re.Pattern[str]:
    """The first non-ASCII char of each non-ASCII word of the vocabularies ``names`` (lowercased),
    as one class. (Their first chars would not do: "nhà cái" starts with an "n".)"""
    marks = {next(c for c in w.lower() if not c.isascii()) for name in names for w in WORDS[name] if not w.isascii()}
    return re.compile("[" + "".join(sorted(map(re.escape, marks))) + "]" if marks else "(?!)")


def only_ascii_words(low: str, names: tuple[str, ...]) -> bool:
    """Whether no non-ASCII word of the vocabularies ``names`` can occur in ``low`` (lowercased): it
    holds none of their non-ASCII chars, as an English text with curly quotes or dashes. Their
    ASCII-only patterns (``ascii_only``) then find exactly what the full ones find, faster."""
    return low.isascii() or _non_ascii_marks(names).search(low) is None


def lowered_lead(text: str) -> str:
    """The text from its first word on (list marks, brackets and arrows before it gone), lower-cased."""
    return text.lstrip(LEAD_TRIM).lower()
