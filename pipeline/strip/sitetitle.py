"""The headline inside a page <title> (or a dump's title line): the site's name and its sections are
peeled off one end (标题_新闻频道_央视网(cctv.com), Harbour Notes » Blog Archive » Post, Title :: Site ::
Section), and a separator inside the headline stays (Réforme du stationnement : ce qui change au 1er mars,
Warehouse fire on Elm Street - what we know so far, 专访｜…, 十年磨一剑——记…).
"""

from __future__ import annotations

import re
from collections.abc import Collection

# Separators between a headline and the site's name. "--" splits when spaced, or unspaced next to
# Chinese (标题--江城晚报网); Latin text uses an unspaced "--" as a dash inside the headline.
_SPLIT = re.compile(r"(\s+(?:::|[-|–—_·:»«])\s+|\s*[|｜_]\s*|\s+--\s+|(?<=[\u4e00-\u9fff”）》])--(?!-)"
                    r"|--(?=[\u4e00-\u9fff“（《])|——)")
# Separators that also join a headline's own parts (主题——副题, Réforme : ce qui change, Q&A: …):
# a part after or before one is peeled only when it surely names a site.
_SOFT = re.compile(r"\s*(?::|：|——)\s*")
# Separators that join a headline's own parts when they are a dash between words (A - what we know):
# a part is peeled across one when it reads as a name (Title Case, or short CJK).
_DASH = re.compile(r"\s+[-–—]\s+")
# A site's name that says so: 江城新闻网, 新浪新闻, 央视网(cctv.com), www.example.com.
_SITE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:网|網|站|报|報|门户|門戶|新闻|新聞|日报|日報|晚报|晚報|在线|在線)"
                   r"(?:\s*[(（][\w.-]+[)）])?|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|co|io|ru|jp|kr)"
                   r"(?:\.[a-z]{2})?", re.I)
_OUTLET_LAST = ("news", "times", "post", "daily", "herald", "journal", "tribune", "gazette", "chronicle",
                "online", "digital", "today", "express", "telegraph", "courier", "notes", "blog")
# Words a name leaves in lower case (Le Courrier du Val, Diario del Valle).
_PARTICLES = frozenset(("of", "the", "and", "on", "de", "del", "du", "la", "le", "les", "des", "der", "die",
                        "das", "von", "van", "di", "da", "do", "y", "et", "&"))
_NAME_WORDS_MAX = 4
_NAME_CHARS_MAX = 40
_CJK_NAME_MAX = 12
_PREFIX_WORDS = 2
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A column's name before a bar at the head of a headline (专访｜…, 直播｜…): the headline's, not a site.
_COLUMN = re.compile(r"[^\[\]【】()（）\s]{1,10}")
_COLUMN_BARS = ("|", "｜", "丨")


def strip_site(title: str, names: Collection[str] = (), known_only: bool = False, longest: bool = True) -> str:
    """``title`` without the site's name and sections at its end (or, failing that, its start).
    ``names``: the site's own names the page gives (og:site_name), casefolded; ``known_only``: peel
    only those (a page's own heading, whose other parts are its own); ``longest``: when no end reads
    as a name, the longest part between bars (else the whole title)."""
    pieces = _SPLIT.split(title)
    parts, seps = pieces[0::2], pieces[1::2]
    if len(parts) < 2:
        return title
    lo, hi = _known_ends(parts, seps, names)
    if known_only:
        return _join(parts[lo:hi], seps[lo:hi - 1]) if (lo, hi) != (0, len(parts)) else title
    end = len(parts)
    # (first: the Chinese headline after it may be short enough to read as a name itself)
    if lo == 0 and hi > 1 and _latin_name_first(parts[0], seps[0], _join(parts[1:hi], seps[1:])):
        lo = 1
    while hi - lo > 1 and _peelable(parts[hi - 1], seps[hi - 2], names, hi == end, _join(parts[lo:hi - 1], seps[lo:])):
        hi -= 1
    if hi == end:
        while hi - lo > 1 and _peelable(parts[lo], seps[lo], names, lo == 0, _join(parts[lo + 1:hi], seps[lo + 1:]),
                                        prefix=True):
            lo += 1
    if (lo, hi) == (0, len(parts)):
        if _column(parts[0], seps[0]):
            parts, seps = [parts[0] + seps[0] + parts[1], *parts[2:]], seps[1:]
        if longest and any(not _SOFT.fullmatch(s) and not _DASH.fullmatch(s) for s in seps):
            return max((p for p in parts if p.strip()), key=len).strip()  # no end reads as a name: the longest part
        return title
    return _join(parts[lo:hi], seps[lo:hi - 1])


def _join(parts: list[str], seps: list[str]) -> str:
    return "".join(p + s for p, s in zip(parts, [*seps[:len(parts) - 1], ""], strict=True)).strip()


def _known_ends(parts: list[str], seps: list[str], names: Collection[str]) -> tuple[int, int]:
    """The span of ``parts`` left when a run of parts at either end spells one of the site's
    ``names`` (Admissions Blog - University of Illinois Urbana-Champaign)."""
    lo, hi = 0, len(parts)
    if names:
        hi = next((k for k in range(1, len(parts)) if _join(parts[k:], seps[k:]).casefold() in names), hi)
        if hi == len(parts):
            lo = next((k for k in range(len(parts) - 1, 0, -1) if _join(parts[:k], seps).casefold() in names), 0)
    return lo, hi


def _peelable(part: str, sep: str, names: Collection[str], outer: bool, rest: str, prefix: bool = False) -> bool:
    """Whether ``part``, joined by ``sep`` to ``rest`` (the headline), is the site's name or a section's;
    a name before the headline is the shorter side."""
    part = part.strip()
    if not part:
        return True
    if part.casefold() in names or _SITE.fullmatch(part) or part.lower().startswith("powered by "):
        return True  # (a forum's software: … - Powered by Discuz!)
    if prefix and len(part) >= len(rest):
        return False  # (Homeowners Insurance Guide 2026 | Coverage Types, Costs & Savings)
    if _SOFT.fullmatch(sep):
        return False
    if prefix and _column(part, sep):
        return False
    # across a dash, only the outermost part reads as a site's name by its shape alone: at the end, or
    # at the start when it is a word or two (Webcams - …; not Mobile UX Design - The Ultimate Guide)
    loose = not _DASH.fullmatch(sep) or (outer and (not prefix or len(part.split()) <= _PREFIX_WORDS))
    return _reads_as_name(part, loose)


def _latin_name_first(part: str, sep: str, rest: str) -> bool:
    """A Latin name before a Chinese headline is the site's (Notes on Code - 给新程序员的建议; not a product
    with a number, Galaxy Tab 12 - …, nor a part joined by a colon or a ——)."""
    return bool(_CJK.search(rest)) and not _CJK.search(part) and not re.search(r"\d", part) \
        and not _SOFT.fullmatch(sep) and _reads_as_name(part.strip(), loose=True)


def _column(part: str, sep: str) -> bool:
    return sep.strip() in _COLUMN_BARS and _COLUMN.fullmatch(part.strip()) is not None and _CJK.search(part) is not None


def _reads_as_name(part: str, loose: bool) -> bool:
    """A site's or section's name: a few capitalised words (Coastal Daily, Blog Archive, Le Courrier du
    Val; no year: Gardening Guide 2026 is a headline's), or a short CJK name (新闻频道, 澎湃号·政务); ``loose``:
    any such label, else only an outlet's
    name (a dash inside a headline may join a Title Case phrase)."""
    if _CJK.search(part):
        return len(part) <= _CJK_NAME_MAX and not re.search("[，。！？；、]", part)
    words = part.split()
    if not 1 <= len(words) <= _NAME_WORDS_MAX or len(part) > _NAME_CHARS_MAX or re.search(r"[?!,;]|\b\d{4}\b", part):
        return False
    if any(w[:1].islower() and w.lower() not in _PARTICLES for w in words):  # (Arabic has no case)
        return False
    return loose or words[-1].lower() in _OUTLET_LAST


def title_names(doc_title: str | None, headline: str | None) -> frozenset[str]:
    """The parts of a <title> besides its headline (Joel on Software - 标题: the site's name), casefolded."""
    if not doc_title or not headline or headline not in doc_title:
        return frozenset()
    parts = (p.strip() for p in _SPLIT.split(doc_title)[0::2])
    return frozenset(p.casefold() for p in parts if p and p not in headline and headline not in p)
