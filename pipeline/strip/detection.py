"""Running the named detectors on a block: the first that fires names the drop.

Most blocks are text no detector fires on, and calling fourteen small functions on each was most
of the strip stage's time on short blocks. Two cheap tests (:func:`starts_with_lead`,
:func:`may_fire`), supersets of the detectors' conditions, rule most of them out at once: a text
that starts with no lead word skips the detectors that only look at leads, and one neither test
matches goes straight to nav, the one detector that also looks at the link share.
The answer is always the one running every detector in order would give.
"""

from __future__ import annotations

import re
import sys
from functools import cache

from . import vocab
from .heuristics import COMMENT_COUNT, COUNT_LINE_MAX, DETECTORS, FOOTER_MAX, SITE_HOME, VIEW_COUNT, nav
from .metaline import DATE_ONLY, DATED_NAME, READING_TIME
from .patterns import LEAD_TRIM, any_words_re, lead_cores, only_ascii_words, words_re
from .postfooter import POST_FOOTER_CUE, POST_FOOTER_MAX
from .sentences import SENTENCE_RE, Context, has_sentence_besides_addresses, without_glosses
from .seostack import keyword_stack, may_be_stack
from .shapes import (
    AD_NOTE_MAX,
    EMAIL_ONLY,
    PAGINATION,
    PHOTO_COUNTER,
    POINTER,
    SEPARATOR,
    SYMBOLS_MAX,
    credit_close,
    is_ad_note,
    photo_credit,
    report_hotline,
    symbols_only,
)

# The longest text each detector looks at (None: any).
_LONGEST = {name: longest for name, _, longest in DETECTORS}
_NAV_LONGEST = _LONGEST["nav"]
# pagination and separator look at lines of three chars or more, a date alone is longer: shorter
# blocks ("1", "|", "»", most of those the shape patterns match) are not matched against them.
_SHAPE_MIN = 3


def _longest(*names: str) -> int:
    return max(sys.maxsize if (longest := _LONGEST[name]) is None else longest for name in names)


# The longest blocks the gate's tests matter for, from the detectors' length limits: the line
# shapes (meta_line's date alone, pagination, separator), caption tails, metadata marks and an
# address alone.
_LONGEST_SHAPE = _longest("meta_line", "pagination", "separator")
_LONGEST_CAPTION = _longest("caption")
_LONGEST_META = _longest("meta_line")
_LONGEST_CONTACT = _longest("contact_line")
# What a line of pointer arrows starts with (an arrow, or the space before one): the regex runs only then.
_POINTER_FIRST = frozenset("▼▽↓⬇︾ \t\u3000")


def detect(text: str, ctx: Context, disabled: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The first detector that fires on ``text``: (name, evidence)."""
    text = without_glosses(text)
    size = len(text)
    low = text.lower()
    has_lead = starts_with_lead(low)
    if not has_lead and not may_fire(text, low, sized=True):
        # A bare keyword stack holds no mark the gate looks for: its detector alone runs on one (the
        # detectors before it need spam words, which the gate sees).
        if may_be_stack(text) and "keyword_stack" not in disabled and (evidence := keyword_stack(text, ctx)):
            return "keyword_stack", evidence
        if "nav" in disabled or (_NAV_LONGEST is not None and size > _NAV_LONGEST):
            return None
        evidence = nav(text, ctx)
        return ("nav", evidence) if evidence else None
    for name, detector, longest in DETECTORS:
        if (longest is not None and size > longest) or name in disabled or (not has_lead and name in LEAD_ONLY):
            continue
        evidence = detector(text, ctx)
        if evidence:
            return name, evidence
    return None


# Detectors that fire only on a block that starts with a word of their vocabulary (breadcrumb also
# on one starting with the home crumb, or with one named with the site: starts_with_lead admits those).
LEAD_ONLY = frozenset({"breadcrumb", "related", "share", "banner", "provenance", "call_to_action", "prev_next",
                       "byline_editor", "copy_note"})


# The vocabularies of patterns.WORDS whose words may_fire looks for.
_MARK_VOCABULARIES = ("copyright", "spam", "meta")


@cache
def _gate(ascii_only: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns may_fire runs on the lowercased text: the copyright, spam and metadata words (see
    patterns.words), then any word of those three vocabularies."""
    names = _MARK_VOCABULARIES
    return (words_re(names[0], ascii_only), words_re(names[1], ascii_only), words_re(names[2], ascii_only),
            any_words_re(names, ascii_only))


_DIGIT = re.compile(r"\d")


@cache
def _shape(digits: bool) -> re.Pattern[str]:
    """A whole line of date, page numbers or rules, or a reading time (case-insensitive, on the text
    itself); for a text without ``digits`` only the shapes that need none (a date, a reading time
    and a photo counter all hold one)."""
    shapes = ((DATE_ONLY, DATED_NAME, READING_TIME, PAGINATION, PHOTO_COUNTER, SEPARATOR) if digits
              else (PAGINATION, SEPARATOR))
    return re.compile("|".join(f"(?:{p.pattern})" for p in shapes), re.I)


def starts_with_lead(low: str) -> bool:
    """Whether a lowercased text may start with a lead of some vocabulary: a superset of what the
    LEAD_ONLY detectors, and the lead tests of the others, match."""
    text = low.lstrip(LEAD_TRIM)
    cores = lead_cores().get(text[:1])
    return (cores is not None and text.startswith(cores)) or (
        ("首" in text[:11] or "主" in text[:11]) and SITE_HOME.match(text) is not None)


def may_fire(text: str, low: str, sized: bool = False) -> bool:
    """Whether a detector other than nav could fire on ``text`` (``low``: it lowercased) when it
    starts with no lead: a superset of their conditions, at the cost of a few C-level scans. Spam
    words count only twice or more and without a sentence (spam_header, keyword_block), metadata
    marks only without one before the last character (meta_line), comment counts only in short
    blocks. With ``sized``, only the detectors whose length limit admits ``text`` count (what
    detect runs): a long paragraph is scanned for spam words alone.

    A block of up to FOOTER_MAX chars that can hold only their ASCII words (see
    patterns.only_ascii_words) is scanned for the three vocabularies at once first: most hold none
    of their words, and then none of the three tests is run. The photo-credit and
    view-count patterns need CJK characters, which an ASCII ``low`` cannot hold."""
    size = len(text)
    ascii_only = low.isascii()
    ascii_words = only_ascii_words(low, _MARK_VOCABULARIES)  # (an English block with curly quotes too)
    copyright_marks, spam, meta, any_mark = _gate(ascii_words)
    marked = size > FOOTER_MAX or not ascii_words or any_mark.search(low) is not None
    if ((size >= _SHAPE_MIN and (not sized or size <= _LONGEST_SHAPE)
         and _shape(_DIGIT.search(text) is not None).match(text))
            or ((not sized or size <= _LONGEST_CAPTION) and (
                low.rstrip(" )）】]").endswith(vocab.CAPTION_TAILS) or (not ascii_only and photo_credit(text))
                or credit_close(text)))
            or (size <= FOOTER_MAX and marked and copyright_marks.search(low))
            or (text[:1] in _POINTER_FIRST and POINTER.fullmatch(text))
            or (size <= SYMBOLS_MAX and symbols_only(text))
            or (size <= AD_NOTE_MAX and is_ad_note(low))
            or (size <= _LONGEST_CONTACT and (("@" in text and EMAIL_ONLY.match(text)) or report_hotline(text)))
            or (size <= COUNT_LINE_MAX and (
                COMMENT_COUNT.search(text) or (not ascii_only and VIEW_COUNT.match(text))))
            or (size <= POST_FOOTER_MAX and POST_FOOTER_CUE.search(low))):
        return True
    if not marked:
        return False
    # Where the first sentence end is answers both sentence tests: none in the text less its final
    # "。" or "." (spam words), none before the last char (metadata marks).
    first = SENTENCE_RE.search(text)
    at = first.start() if first else size
    if (at >= len(text.rstrip("。.")) or (("www." in low or "://" in low) and not has_sentence_besides_addresses(
            text.rstrip("。.")))) and _twice(spam, low):
        return True  # a casino's spam line ends no sentence at the dots of its web address
    if sized and size > _LONGEST_META:
        return False
    # meta_line leaves web addresses out of its sentence test (来源：新华网 http://www.news.cn/).
    return meta.search(low) is not None and (at >= size - 1 or not has_sentence_besides_addresses(text[:-1]))


def _twice(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` finds two matches in ``text`` (the first two that findall would)."""
    first = pattern.search(text)
    return first is not None and pattern.search(text, first.end()) is not None
