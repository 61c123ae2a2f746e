"""The meta_line detector: a block that is the article's metadata (a date alone, a reading time, a source
line, or a line of labels such as 发布时间：… 来源：… 浏览：…) between the title and the body."""

from __future__ import annotations

import re

from . import vocab
from .infofields import info_fields
from .patterns import lowered_lead, starts, words
from .sentences import Context, has_sentence_besides_addresses
from .textmeta import author_in_text

# A clock time (15 октября, 14:20Обновлено 15 октября, 14:35).
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")
# A line opening with a date and time but no year (05-06 10:21 来源：新华社).
_MONTH_DAY_TIME = re.compile(r"\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}")
# 2026-09, 2026年9, 2026년 9, 14.05.2026, 二〇二六年九, or a compact date after a label (日期：20260901).
_YEAR_MONTH = re.compile(r"\d{4}\s*[-/.年년]\s*\d{1,2}|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{4}(?!\d)"
                         r"|[:：]\s*20\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])(?!\d)"
                         r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月")
# February 10, 2026 / 10 de febrero de 2026 / 10 февраля 2026 / 13. November 2026, lowercased.
_MONTH = "|".join(sorted(vocab.MONTHS, key=len, reverse=True))
_WORD_DATE = re.compile(rf"\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH})\.?,?\s+(?:de\s+)?\d{{4}}"
                        rf"|(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}")

# A date alone (2026-09-01 08:30 星期二), day first as Europe writes it (15.10.2026 14:20), or in
# words (14 October 2026, Oct. 14, 2026, 15 мая 2026 г. 12:18).
# (a weekday word may open it and a time zone close it: Thứ tư, 25/11/2026, 08:30 (GMT+7): audit19; a
# d/m/y date only after one, or with a time after it: a table's 1/1/2013 cells are data)
_TIME_RE = r"\d{1,2}:\d{2}"
_DATE = (r"(?:\d{4}\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}\s*[日일]?"
         rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|(?<=, )\d{{1,2}}/\d{{1,2}}/\d{{4}}"
         rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}(?=,?\s+{_TIME_RE})|(?:{_WORD_DATE.pattern}))")
_TIME = r"\d{1,2}(?::|時)\d{2}分?(?::\d{2})?"
DATE_ONLY = re.compile(r"^[\s(（\[【]*(?:(?:thứ |chủ )?[^\W\d_]+,\s*)?" + _DATE + r"(?:\s*г\.)?"
                       + rf"(?:,?\s*{_TIME})?(?:\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?"
                       r"(?:\s*\(?(?:GMT|UTC)\s?[+-]\d{1,2}\)?|\s+Uhr)?[\s)）\]】]*$", re.I)
# A date and time with the publisher's name after them and no label (2026年4月18日 09時15分　北國新聞),
# as Japanese papers and old Chinese portals print their date line.
DATED_NAME = re.compile(rf"^\s*{_DATE},?\s*{_TIME}\s+[^\W\d_][^\W\d_ ·・]{{1,15}}\s*$", re.I)


# A story's reading time, opening a line (5 min read·Nov 20, 2026), as blogging platforms print it.
# (its spans may glue the date to it: 6 min readDec 1, 2026)
READING_TIME = re.compile(r"\s*\d{1,3}\s*min(?:ute)?s?\.?\s+read(?:\b|(?-i:(?=[A-Z])))", re.I)


# A list item's number opening a line (2、初试时间：2004年3月底… / (3) / 三、 / 4.): the body's own list, which
# a metadata line never opens with (a date may: 12.05.2026 and 13. November 2026 are no items).
_ITEM_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_LIST_ITEM = re.compile(rf"\s*(?:[(（]\s*{_ITEM_NUMBER}\s*[)）]"
                        rf"|{_ITEM_NUMBER}[、.．](?!\s*\d|\s\S{{3,12}}\s\d{{4}}(?!\d)))")


# A comment counter the CMS fills (评论：0 点击：…): a metadata mark with its number (评论： alone opens prose,
# 发表评论：).
_COMMENT_COUNT = re.compile(r"(?:评论|評論|留言)\s*[:：]\s*\d+(?!\d)")


# A source label's value that is one bare address (Quelle: https://…, a print version's last line).
_SOURCE_URL = re.compile(r"\s*[:：]?\s*(?:https?://|www\.)\S+\s*$", re.I)


def meta_line(text: str, ctx: Context) -> str | None:
    """发布时间：… 来源：… 浏览：… — the line of article metadata between title and body."""
    if DATE_ONLY.match(text):
        return "date alone"
    if DATED_NAME.match(text):
        return "date and time, then a publisher's name"
    if READING_TIME.match(text):
        return "reading time"
    if has_sentence_besides_addresses(text[:-1]) or _LIST_ITEM.match(text):
        return None
    if (lead := starts(text, "source")) and (len(text) <= 60 or _SOURCE_URL.match(lowered_lead(text)[len(lead):])):
        return f"source line {lead!r}"
    low = text.lower()
    marks = list(dict.fromkeys(words("meta", low).findall(low))) + _COMMENT_COUNT.findall(text)
    # A date in words counts only after a mark that opens the line (Publicado el 10 de febrero de 2026):
    # prose says "posted on February 10" too.
    if len(marks) >= 2 or (marks and (_YEAR_MONTH.search(text) or _MONTH_DAY_TIME.match(text) or _CLOCK_TIME.search(
            text) or (
            lowered_lead(text).startswith(marks[0]) and _WORD_DATE.search(low)))):
        return f"metadata marks {', '.join(marks[:3])}"
    if (fields := info_fields(text)) and all(map(_meta_field, fields)):
        return f"{len(fields)} metadata fields"
    if len(text) <= _FIELD_MAX and _AUTHOR_LEAD.match(text) and author_in_text([text]):
        return "an author's label and name alone"
    if len(text) <= _FIELD_MAX and (_YEAR_MONTH.search(text) or _WORD_DATE.search(low)) and author_in_text([text]):
        return "a byline with its date"
    return None


_FIELD_MAX = 60
# An author's label opening a line (Autor: X, Author: X, Автор: X, Auteur : X, 取材・文／X).
_AUTHOR_LEAD = re.compile(r"\s*(?i:" + "|".join(vocab.AUTHOR_LABELS) + r")\s*[:：／]")


# A numeric date as one field among other metadata fields (By X | 04/21/2026 | Source: Y): no table's cell.
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}(?:,?\s+\d{1,2}:\d{2})?")


def _meta_field(field: str) -> bool:
    """One field of an info line is metadata by itself: a date (and time) alone, a field opening with a
    metadata label (Fuente:, 公開日：), or a byline (Por Marta Quiroga, Von Stefan Krüger, 文：田中美咲)."""
    low = field.lower()
    mark = words("meta", low).match(lowered_lead(field))
    return bool(DATE_ONLY.match(field) or _NUMERIC_DATE.fullmatch(field) or mark or starts(field, "source")
                or author_in_text([field]))
