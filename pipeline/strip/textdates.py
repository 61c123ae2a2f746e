"""Dates in the article's own lines and in its URL, as ISO 8601: numeric (2026-11-20, 2026年11月20日,
14.10.2026, 日期：20260901), worded in several languages (20 ноября 2026, Nov. 20, 2026), in Chinese
numerals (二〇二六年九月一日), with the publication cues of ``datecues`` (a 发布时间 after an 更新时间, an
event date inside a sentence, 令和 years, p.m.)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import vocab
from .datecues import PUBLISHED, TODAY, UPDATED, afternoon, event_sentence, western_era

# (a 年 lost to U+FFFD still leaves the date when 月 follows: 2026�06月03日; Korean writes 2026년 5월 21일)
NUM_DATE = re.compile(r"(?<!\d)(\d{4})\s*(?:[-/.年년]|\ufffd(?=\d{1,2}月))\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})"
                      r"\s*[日일]?(?:[\sT]*(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\d)")
# news.cn's header: year, then month/day in their own spans (2026 09/03 10:21:35).
_SPLIT_DATE = re.compile(r"(?<![\d/.])(\d{4})\s+(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])"
                         r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d/])")
# (month names in Latin-1 and Latin Extended-A letters: décembre, kasım, października; Ukrainian січня; Greek
# Ιουλίου)
_MONTH_LETTERS = "a-zß-öø-ÿ\u0100-\u017fа-яёіїєґ\u0621-\u064a\u0386-\u03ce"
WORD_DATE = re.compile(r"(?i)(?:(\d{1,2})\.?\s+(?:de\s+)?([" + _MONTH_LETTERS + r"]+)\.?,?\s+(?:de\s+)?(\d{4})"
                       r"|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))(?:,?\s+(?:at\s+|в\s+)?(\d{1,2}):(\d{2}))?")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?")
# 15.10.2026 14:20 (day first, as Russian and German pages write it).
# 日期：20260901 (eight digits are a date only right after a label's colon).
_LABELLED_COMPACT_DATE = re.compile(r"[:：]\s*(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
# With slashes or dashes only when the day cannot be a month (14/10/2026, DataLife Engine's
# 21-10-2026, 10:40): 03/04/2026 may be American.
_DMY_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:,?\s+(?:-\s+)?(\d{1,2}):(\d{2}))?(?!\d)")
_URL_DATE = re.compile(r"(?<![\d.])(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|\d{3,}|$)")
# 二〇二六年九月一日: the year digit by digit, month and day counted with 十.
_CN_NUMERAL_DATE = re.compile(r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
                              r"\s*([一二三四五六七八九十]{1,3})\s*日")
_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
# A 政务公开 table's two dates: when the notice was written, and when the page published it.
_WRITTEN_ON, _PUBLISHED_ON = "成文日期", "发布日期"
# Every date pattern needs a four-digit year: lines without one are not searched.
_YEAR = re.compile(r"\d{4}")


def iso_date(value: str, day_first: bool = False) -> str | None:
    """Normalise a date found in metadata or in the page to ISO 8601 (date, or date and time).
    ``day_first``: the page is in a language that writes the day first (02/05/2026 is 2 May)."""
    value = western_era(value.strip())
    if m := _ISO.match(value):
        y, mo, d, hh, mm, ss, tz = m.groups()
        return _compose(y, mo, d, hh, mm, ss, tz)
    if m := NUM_DATE.search(value) or _SPLIT_DATE.search(value):
        y, mo, d, hh, mm, ss = m.groups()
        return _compose(y, mo, d, hh, mm, ss, None)
    if m := WORD_DATE.search(value):
        d1, mon1, y1, mon2, d2, y2, hh, mm = m.groups()
        month = vocab.MONTHS.get((mon1 or mon2 or "").lower())
        if month:
            return _compose(y1 or y2, str(month), d1 or d2, afternoon(hh, value, m.end()), mm, None, None)
    if (m := _DMY_DATE.search(value)) and (m[2] == "." or int(m[1]) > 12 or day_first):
        d, _, mo, y, hh, mm = m.groups()
        return _compose(y, mo, d, hh, mm, None, None)
    if m and m[2] == "/" and int(m[3]) > 12:  # 2/24/2026: American, the day cannot be a month
        mo, _, d, y, hh, mm = m.groups()
        return _compose(y, mo, d, hh, mm, None, None)
    if m := _LABELLED_COMPACT_DATE.search(value):
        return _compose(m[1], m[2], m[3], None, None, None, None)
    if m := _CN_NUMERAL_DATE.search(value):
        year = "".join(str(_CN_DIGITS[ch]) for ch in m[1])
        return _compose(year, str(_cn_number(m[2])), str(_cn_number(m[3])), None, None, None, None)
    return None


def _cn_number(numeral: str) -> int:
    """九 → 9, 十二 → 12, 二十 → 20, 三十一 → 31 (numbers below 100)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _CN_DIGITS.get(numeral, 0)
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)


def _compose(y: str, mo: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: str | None) -> str | None:
    year, month, day = int(y), int(mo), int(d)
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if hh is not None and mm is not None and int(hh) < 24:
        out += f"T{int(hh):02d}:{mm}:{ss or '00'}"
        if tz:
            out += "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    return out


_DATE_PATTERNS = (NUM_DATE, _SPLIT_DATE, WORD_DATE, _DMY_DATE, _LABELLED_COMPACT_DATE)


# Full-width digits and date marks (２０２６－０７－１０, or 2026－07－10 once repair narrowed the
# digits), read as their ASCII forms.
_WIDE_DIGIT = re.compile("[０-９－／]")
_NARROW = str.maketrans("０１２３４５６７８９：－／．", "0123456789:-/.")


def date_in_text(lines: Iterable[str], lang: str | None = None) -> str | None:
    """The first date the lines give; a government page's 成文日期 (the day a notice was written,
    labelled in its line or in the cell before) or an update's date (更新时间：…, "Updated …" with no
    publication label) only when no other date follows: the page's 发布日期 is when it was published.
    A line greeting the visitor with today's date (今天是…) gives none. In a page in ``lang`` that writes
    the day first (vocab.DAY_FIRST_LANGS), 02/05/2026 is 2 May; elsewhere it may be American and gives none."""
    day_first = lang in vocab.DAY_FIRST_LANGS
    written = None
    previous = ""
    for line in lines:
        if _WIDE_DIGIT.search(line):
            line = line.translate(_NARROW)
        line = western_era(line)
        upd = UPDATED.search(line)
        if pub := upd and PUBLISHED.search(line, upd.end()):
            line = line[pub.start():]
        elif event_sentence(line, _DATE_PATTERNS) or TODAY.search(line):
            continue
        drafted = _WRITTEN_ON in line or previous.rstrip(" :：") == _WRITTEN_ON or bool(
            upd and not PUBLISHED.search(line))
        previous = line
        if drafted and _PUBLISHED_ON in line:
            line, drafted = line[line.index(_PUBLISHED_ON):], False
        if ((_YEAR.search(line) and any(p.search(line) for p in _DATE_PATTERNS)) or (
                "年" in line and _CN_NUMERAL_DATE.search(line))) and (found := iso_date(line, day_first)):
            if not drafted:
                return found
            written = written or found
    return written


# What an element holding a date may say besides it: a publication label, "on", punctuation.
_LABEL_LEFT = re.compile(r"[\W\d_]+|\b(?i:on|at|am|pm|le|el)\b")


def date_only(text: str) -> str | None:
    """The date of a short text that is a date and at most a publication label ("Posted on April 13,
    2023", "Published On: 15 August 2025", "DECEMBER 22, 2022"), else None."""
    text = western_era(text)
    if len(text) > 60 or not _YEAR.search(text) or UPDATED.search(text):
        return None
    found = min(((m.start(), m.end()) for p in _DATE_PATTERNS if (m := p.search(text))), default=None)
    if found is None:
        return None
    left = PUBLISHED.sub("", text[: found[0]] + " " + text[found[1]:])
    return iso_date(text) if not _LABEL_LEFT.sub("", left) else None


def date_in_url(url: str | None) -> str | None:
    """The date many sites put in their article paths (/2026/0506/8812.html, /2026-05/06/, t20260506_1)."""
    if url and (m := _URL_DATE.search(url)):
        year, month, day = m.groups()
        return _compose(year, month, day, None, None, None, None)
    return None
