"""Cues around a visible date that say whether it is the publication date (audit12): an update
label before a publication label, an afternoon clock, Japan's era years, a body sentence's event day,
a portal's greeting with today's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# An info line's update label before its publication label (更新时间：… 发布时间：…, "Updated … ·
# Published …", 수정 … 입력 …): the date after the publication label is the one published.
# (a forum's 本帖最后由 X 于 <date> 编辑: the post's last edit)
UPDATED = re.compile(r"更新|修改|最后由|最後由|수정"
                     r"|(?i:updated|modified|обновлено|оновлено|aktualisiert|mis à jour|actualizado|atualizado"
                     r"|ενημερώθηκε|güncellen)")
PUBLISHED = re.compile(r"发布|發布|发表|發表|配信日|公開日|投稿日|입력|(?i:published|posted|опубликовано|опубліковано"
                       r"|veröffentlicht|publié|publicado|δημοσιεύθηκε|yayınlan)")
# A portal header's greeting with the visitor's day (今天是2026年7月1日 星期三, 今日：…, "Today is …"):
# the day the page was served, not the story's.
TODAY = re.compile(r"今天是|今日是|今天[:：]|今日[:：]|(?i:\btoday is\b)")
# An afternoon clock after a worded date (November 22, 2026, 4:10 p.m.).
_PM = re.compile(r"\s*(?i:p\.\s?m\.|pm\b)")
# Japan's era years (令和8年 = 2026): read as the Western year.
_REIWA = re.compile(r"令和\s*(\d{1,2})\s*年")
# Taiwan's ROC years (民國115年 = 115年12月4日 = 115/12/04 = 2026): 1911 + the year; without 民國 only a
# three-digit year (100-149: 2011-2060) with its month and day, a shape no other calendar writes.
_ROC = re.compile(r"民國\s*(\d{2,3})(?=\s*年)|(?<![\d/.:-])(1[0-4]\d)(?=\s*(?:年\s*(?:0?[1-9]|1[0-2])\s*月"
                  r"|([/.-])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01])(?![\d/.])))")
# A sentence of the body that names a day after some words of prose (据悉，该馆将于2026年12月1日起…。,
# "The trial will end on March 31, 2027, when …."): an event's date, not the page's.
_PROSE_BEFORE = re.compile(r"[\u4e00-\u9fff]{6}|(?:[A-Za-z]{2,}\s+){5}")
_STOPS = ("。", "！", "？", ".", "!", "?")


def afternoon(hour: str | None, text: str, end: int) -> str | None:
    """The hour on a 24-hour clock when p.m. follows the time that ends at ``end``."""
    if hour and int(hour) < 12 and _PM.match(text, end):
        return str(int(hour) + 12)
    return hour


def western_era(line: str) -> str:
    """令和8年 → 2026年; 民國115年, 115/12/04 → 2026年, 2026/12/04."""
    line = _REIWA.sub(lambda m: f"{2018 + int(m[1])}年", line) if "令和" in line else line
    return _ROC.sub(lambda m: str(1911 + int(m[1] or m[2])), line)


def event_sentence(line: str, dates: Iterable[re.Pattern[str]]) -> bool:
    """A line ending as a sentence whose first date (the earliest match of ``dates``) comes after prose."""
    if not line.rstrip().endswith(_STOPS) or PUBLISHED.search(line):
        return False
    first = min((m.start() for p in dates if (m := p.search(line))), default=0)
    return bool(_PROSE_BEFORE.search(line[:first]))
