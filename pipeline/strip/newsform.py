"""A forum post of a news story in its board's form (PTT's 新聞 form, copied by its mirrors and by other
Taiwanese boards): numbered labels, each with its value on the lines after it or after its colon —

    1.媒體來源: 中央社 / 2.記者署名: 王小明 / 3.完整新聞標題: … / 4.完整新聞內文: … /
    5.完整新聞連結 (或短網址): … / 6.備註: …

The story is the 內文 field's lines; 媒體來源 names the publisher and 記者署名 the author (unless it says
there is none); every other line (labels, link, the poster's remark, the signature under it) is the
forum's, dropped and recorded."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .ledger import Ledger

_FIELDS = {"媒體來源": "publisher", "媒体来源": "publisher", "記者署名": "author", "记者署名": "author",
           "完整新聞標題": "title", "完整新闻标题": "title", "完整新聞內文": "body", "完整新闻内文": "body"}
# A numbered label: one of the fields above or the form's others (連結, 備註, …): any short label.
_LABEL = re.compile(r"^\s*\d\s*[.．、]\s*([^\s:：(（]{2,8})[^:：]{0,12}[:：]\s*(.*)$")
# 記者署名 when the story names no reporter (無, 略, 本報訊, none).
_NO_ONE = frozenset({"無", "无", "略", "不詳", "不详", "本報訊", "本报讯", "none", "n/a", "-"})
RULE = "heuristic:news_form"


@dataclass(slots=True)
class NewsForm:
    body: list[str]
    title: str | None
    publisher: str | None
    author: str | None


def news_form(paragraphs: list[str], ledger: Ledger) -> NewsForm | None:
    """The story and fields of a board's news form among ``paragraphs`` (one line each), the rest dropped
    to ``ledger``; None when the lines hold no such form (a 媒體來源 and a 內文 label, in that order)."""
    fields: dict[str, list[str]] = {}
    current: str | None = None
    at: dict[str, int] = {}
    for i, line in enumerate(paragraphs):
        if m := _LABEL.match(line):
            current = _FIELDS.get(m[1], "other")
            at.setdefault(current, i)
            if m[2].strip() and current != "other":
                fields.setdefault(current, []).append(m[2].strip())
            continue
        if current is not None and current != "other":
            fields.setdefault(current, []).append(line)
    if not (0 <= at.get("publisher", -1) < at.get("body", -1)) or not fields.get("body"):
        return None
    body = fields["body"]
    ledger.drop_each(RULE, "a forum's news form: its labels and fields other than the story (內文)",
                     [line for line in paragraphs if line not in body])
    author = _first(fields.get("author"))
    return NewsForm(body, _first(fields.get("title")), _first(fields.get("publisher")),
                    author if author and author.lower() not in _NO_ONE else None)


def _first(lines: list[str] | None) -> str | None:
    return lines[0].strip() or None if lines else None
