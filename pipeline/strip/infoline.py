"""The info line of a copied page: the date, time, source and tools between its headline and its body,
however the page's spans glued them, and a name or document number standing alone there."""

from __future__ import annotations

import re

from .bylines import is_by_line
from .patterns import words
from .sentences import SENTENCE_END, has_sentence
from .textdates import date_in_text

# A notice's document number (临政办发〔2026〕31号), which its page's 政务公开 table also gives.
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,10}[〔\[［(（【]\d{4}[〕\]］)）】]\s*\d{1,4}\s*号")
_INFO_MAX = 80
_LABEL_LINE_MAX = 30
CLOCK = re.compile(r"\d{1,2}(?::\d{2}(?!\d)|時\d{1,2}分)")
_CLAUSE = re.compile("[，、；]")  # prose, not an info line
# A byline's name alone (Lucía Pereda, Ирина Соколова, Hannah Price Education correspondent, Tom Okafor |
# Staff Writer, a scholar's Ingrid Berg, University of Bergen), or the outlet's (环球网).
_NAME_ONLY = re.compile(r"[A-ZÁÉÍÓÚÑА-ЯЁ][a-záéíóúñüа-яё'’-]+(?:\s+[A-ZÁÉÍÓÚÑА-ЯЁ][a-záéíóúñüа-яё'’-]+){1,2}"
                        r"(?:(?:,|\s+[|·])?(?:\s+[A-Z][a-z]+)?\s+(?i:correspondent|editor|reporter|writer|columnist)"
                        r"|,\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:University|College|Institute)\b[^,.;:!?]{0,40})?")
_OUTLET_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}(?:网|網|报|報|社|台|新闻|新聞)")
_DATELINE_END = re.compile(r"\d日[电電讯訊](?:$|\s*[（(])")  # 新华社武汉9月3日电 on a line of its own is text
NUMBER_DOT = re.compile(r"(?<=\d)\.(?=\d)|^\d{1,2}\.(?=\s)")  # 15.10.2026 or a list's "1. " ends no sentence
DATE_PIECE = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}\s*[-/.年년]\s*\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")


def info_line(line: str, below_title: bool) -> tuple[str, str] | None:
    """Between a copied page's headline and its body: the line of date, time, source and tools,
    however the page's spans glued it (2026年09月03日 07:35北京商报, October 14, 20269:12 AM UTC,
    10月14日 12時34分, 发布于：河北省). Above the headline only a line with both a date and a time
    counts (Россия14:20, 15 октября 2026): a headline may name a date (9月1日起…)."""
    if len(line) > _INFO_MAX or line[-1] in SENTENCE_END or _CLAUSE.search(line) or _DATELINE_END.search(line) or (
            has_sentence(NUMBER_DOT.sub("", line))):
        return None
    if not below_title:
        return ("meta_line", "a date and a time above the headline") if (
            CLOCK.search(line) and date_in_text([line])) else None
    if CLOCK.search(line) or DATE_PIECE.search(line) or date_in_text([line]):
        return "meta_line", "date or time between the headline and the body"
    if _NAME_ONLY.fullmatch(line) or _OUTLET_ONLY.fullmatch(line) or is_by_line(line):
        return "byline_editor", "a name alone between the headline and the body"
    if _DOC_NUMBER.fullmatch(line):
        return "meta_line", "a notice's document number between the headline and the body"
    low = line.lower()
    if len(line) <= _LABEL_LINE_MAX and words("meta", low).search(low):
        return "meta_line", "a short labelled info line between the headline and the body"
    return None
