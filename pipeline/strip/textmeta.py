"""Metadata in the article's own lines, for HTML and .txt input alike: a date (ISO 8601), the
original publisher (来源：X, datelines), the author, and the language by script statistics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import vocab
from .heuristics import without_glosses

_NUM_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                       r"(?:[\sT]*(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\d)")
_WORD_DATE = re.compile(r"(?i)(?:(\d{1,2})\s+(?:de\s+)?([a-zа-яё]+)\.?,?\s+(?:de\s+)?(\d{4})"
                        r"|([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))(?:,?\s+(?:at\s+|в\s+)?(\d{1,2}):(\d{2}))?")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?")
# A Cyrillic name runs on over single spaces (Казанские ведомости), a Latin one over capitalised
# words (Coastline News); a Chinese one ends at its first space (来源：新华社 2026-09-01).
_NAME_MORE = r"(?:\s(?<=[A-Za-zÀ-ÿА-яЁё.]\s)(?-i:(?=[A-ZÀ-ÞА-яЁё]))[^\s|/，,　:：.]+){0,3}"
_SOURCE = re.compile(r"(?:" + "|".join(vocab.SOURCE_LABELS) + r")\s*[:：]\s*((?:(?!" + "|".join(vocab.INFO_LABELS)
                     + r")[^\s|/，,　:：]){2,30}" + _NAME_MORE + ")", re.I)
_AUTHOR = re.compile(r"(?:^|\s)(?:作者|记者|記者|автор|著者|筆者)\s*[:：]\s*([^\s|/，,　]{2,20}" + _NAME_MORE + ")",
                     re.I)
# Words a byline's name run may swallow from what follows it (By Martha Reyes Oct. 14, 2026).
_BYLINE_TAIL = re.compile(r"(?:\s+(?:Published|Updated|Posted|" + "|".join(
    m.capitalize() for m in vocab.MONTHS if m.isascii() and m.isalpha()) + r")\.?)+$")
_BY = re.compile(r"^(?i:by|por|автор:?)\s+([A-ZÁÉÍÓÚÑА-Я][\w.'-]+(?:\s+[A-ZÁÉÍÓÚÑА-Я][\w.'-]+){0,3})")
# An outlet between bars after a byline (By Martha Reyes | Coastline News | October 14, 2026); a role
# (Staff Writer) or a date in that place is no outlet.
_BYLINE_OUTLET = re.compile(r"^(?i:by|por)\s+[^|]{2,40}\|\s*([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s*(?:\||$)")
_ROLE = re.compile(r"(?i)\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|redacci[oó]n)\b")
# The longest name ending like a publisher's: 中国日报网5月6日电 is 中国日报网's, not 中国日报's.
_CN_DATELINE = re.compile(r"^[（(【]?\s*([\u4e00-\u9fff]{2,6}(?:社|网|網|报|報|台|电视台|電視台))"
                          r"(?:[\u4e00-\u9fff]{2,8}?)?(?:\d{1,2}月\d{1,2}日)?(?:电|電|讯|訊)?\s*[）)】]?")
# Without a date: 光明日报讯（记者…）, 央视网消息（…）.
_CN_NEWS_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,6}(?:社|网|網|报|報|台))(?:讯|訊|消息)[（(：:\s]")
# A Russian dateline names its agency between slashes: МОСКВА, 15 октября. /ТАСС/.
_SLASHED_AGENCY = re.compile(r"/(" + "|".join(re.escape(w) for w in vocab.WIRE_AGENCIES) + r")/")
# A dated info line ending with an agency's name: 2026年4月1日 11時30分 共同通信.
_TRAILING_AGENCY = re.compile(r"(?:^|\s)(" + "|".join(re.escape(w) for w in vocab.WIRE_AGENCIES) + r")\s*$")
_INFO_LINE_MAX = 60
# 15.10.2026 14:20 (day first, as Russian and German pages write it).
# 日期：20260901 (eight digits are a date only right after a label's colon).
_LABELLED_COMPACT_DATE = re.compile(r"[:：]\s*(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
# With slashes only when the day cannot be a month (14/10/2026): 03/04/2026 may be American.
_DMY_DATE = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:,?\s+(?:-\s+)?(\d{1,2}):(\d{2}))?(?!\d)")
# The first reporter a dateline names in brackets (电（记者 周怡 王林）) or a byline line (本报记者 郑一帆).
_REPORTER = re.compile(r"(?:[电電讯訊][（(]|^本[报報])\s*(?:记者|記者)\s*([\u4e00-\u9fff]{2,4})(?=[\s、）)]|$)")
_PAREN_SOURCE = re.compile(r"^[（(]\s*([\u4e00-\u9fff]{1,8}(?:社|网|網|报|報|台))\s*[）)]")
_WIRE = re.compile(r"^(?:[A-ZÁÉÍÓÚА-ЯЁ][\w .,'-]{0,40})?\s*\((" + "|".join(re.escape(w) for w in vocab.WIRE_AGENCIES)
                   + r")\)\s*[-—–]")
# Runs of each script's letters (counting runs' lengths beats one match per letter).
_SCRIPTS = (("kana", re.compile("[\u3040-\u30ff]+")), ("han", re.compile("[\u4e00-\u9fff]+")),
            ("cyrillic", re.compile("[\u0400-\u04ff]+")), ("hangul", re.compile("[\uac00-\ud7af]+")),
            ("latin", re.compile("[A-Za-z]+")))
_URL_DATE = re.compile(r"(?<![\d.])(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|\d{3,}|$)")
# 二〇二六年九月一日: the year digit by digit, month and day counted with 十.
_CN_NUMERAL_DATE = re.compile(r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
                              r"\s*([一二三四五六七八九十]{1,3})\s*日")
_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
# Every date pattern needs a four-digit year: lines without one are not searched.
_YEAR = re.compile(r"\d{4}")


def iso_date(value: str) -> str | None:
    """Normalise a date found in metadata or in the page to ISO 8601 (date, or date and time)."""
    value = value.strip()
    if m := _ISO.match(value):
        y, mo, d, hh, mm, ss, tz = m.groups()
        return _compose(y, mo, d, hh, mm, ss, tz)
    if m := _NUM_DATE.search(value):
        y, mo, d, hh, mm, ss = m.groups()
        return _compose(y, mo, d, hh, mm, ss, None)
    if m := _WORD_DATE.search(value):
        d1, mon1, y1, mon2, d2, y2, hh, mm = m.groups()
        month = vocab.MONTHS.get((mon1 or mon2 or "").lower())
        if month:
            return _compose(y1 or y2, str(month), d1 or d2, hh, mm, None, None)
    if (m := _DMY_DATE.search(value)) and (m[2] == "." or int(m[1]) > 12):
        d, _, mo, y, hh, mm = m.groups()
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


_DATE_PATTERNS = (_NUM_DATE, _WORD_DATE, _DMY_DATE, _LABELLED_COMPACT_DATE)


# Full-width digits and date marks (２０２６－０７－１０, or 2026－07－10 once repair narrowed the
# digits), read as their ASCII forms.
_WIDE_DIGIT = re.compile("[０-９－／]")
_NARROW = str.maketrans("０１２３４５６７８９：－／．", "0123456789:-/.")


def date_in_text(lines: Iterable[str]) -> str | None:
    for line in lines:
        if _WIDE_DIGIT.search(line):
            line = line.translate(_NARROW)
        if ((_YEAR.search(line) and any(p.search(line) for p in _DATE_PATTERNS)) or (
                "年" in line and _CN_NUMERAL_DATE.search(line))) and (found := iso_date(line)):
            return found
    return None


def date_in_url(url: str | None) -> str | None:
    """The date many sites put in their article paths (/2026/0506/8812.html, /2026-05/06/, t20260506_1)."""
    if url and (m := _URL_DATE.search(url)):
        year, month, day = m.groups()
        return _compose(year, month, day, None, None, None, None)
    return None


def publisher_in_text(lines: Iterable[str]) -> str | None:
    """来源：X lines (not a CMS placeholder such as 未知), and datelines such as 新华社北京2月13日电,
    （中新网）, "WASHINGTON (Reuters) -"."""
    for line in map(without_glosses, lines):
        if (":" in line or "：" in line) and (m := _SOURCE.search(line)) and (
                (source := _BYLINE_TAIL.sub("", m.group(1).strip("）)】]"))).lower() not in vocab.SOURCE_PLACEHOLDERS):
            return source
        if "(" in line and (m := _WIRE.match(line)):
            return m.group(1)
        if "|" in line and (m := _BYLINE_OUTLET.match(line)) and not (_ROLE.search(m[1]) or iso_date(m[1])):
            return m.group(1)
        # The literal each pattern needs is looked for first: most lines are neither.
        if ("日" in line[:40] and (m := _CN_DATELINE.match(line))
                and re.search(r"(?:\d{1,2}月)?\d{1,2}日(?:电|電|讯|訊)", line[:40])):
            return m.group(1)
        if line.startswith(("(", "（")) and (m := _PAREN_SOURCE.match(line)):
            return m.group(1)
        if m := _CN_NEWS_LEAD.match(line) or (_SLASHED_AGENCY.search(line[:80]) if "/" in line else None):
            return m.group(1)
        if len(line) <= _INFO_LINE_MAX and (m := _TRAILING_AGENCY.search(line)) and (
                _NUM_DATE.search(line) or _WORD_DATE.search(line)):
            return m.group(1)
    return None


def author_in_text(lines: Iterable[str]) -> str | None:
    """作者：X lines (not a CMS placeholder such as admin), the reporter a Chinese dateline names
    (新华社北京5月6日电（记者 周怡）), "By X" lines."""
    for line in lines:
        if (":" in line or "：" in line) and (m := _AUTHOR.search(line)) and (
                m.group(1).lower() not in vocab.SOURCE_PLACEHOLDERS):
            return _BYLINE_TAIL.sub("", m.group(1))
        if ("记者" in line[:60] or "記者" in line[:60]) and (m := _REPORTER.search(line[:60])):
            return m.group(1)
        if len(line) < 60 and (m := _BY.match(line)):
            return _BYLINE_TAIL.sub("", m.group(1))
    return None


def guess_lang(text: str) -> str | None:
    """Language by script statistics (kana means Japanese), then stopwords for Latin script."""
    sample = text[:2000]
    counts = {script: sum(map(len, pattern.findall(sample))) for script, pattern in _SCRIPTS}
    script = max(counts, key=lambda k: counts[k])
    if not counts[script]:
        return None
    if counts["kana"] > 0.05 * (counts["kana"] + counts["han"]) and script in ("han", "kana"):
        return "ja"
    if script != "latin":
        return {"han": "zh", "kana": "ja", "cyrillic": "ru", "hangul": "ko"}[script]
    words = re.findall(r"[a-záéíóúñ]+", sample.lower())
    hits = {lang: sum(1 for w in words if w in stop) for lang, stop in vocab.STOPWORDS.items()}
    return max(hits, key=lambda k: hits[k]) if any(hits.values()) else None
