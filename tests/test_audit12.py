"""Audit12 (published date): an update label before the publication label, German and Japanese era
dates, the canonical URL's date, and a body sentence's event date (our own short texts)."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html
from pipeline.strip.textdates import date_in_text

PARAS = ("<p>The city ferry service added a late evening route between the north pier and the old harbor "
         "this week, running every forty minutes.</p><p>Officials said ridership on the existing routes had "
         "grown by a fifth since spring, and commuters had asked for later boats.</p>")


@pytest.mark.parametrize(("line", "date"), [
    ("更新时间：2026-11-22 16:40　发布时间：2026-11-20 09:15", "2026-11-20"),
    ("By Ana Ruiz · Updated November 22, 2026 · Published November 20, 2026", "2026-11-20"),
    ("입력 2026.11.20 오전 10:30 수정 2026.11.22 오후 4:10", "2026-11-20"),
    ("Von Moritz Bachmann publiziert am 20. November 2026", "2026-11-20"),
    ("令和8年11月20日", "2026-11-20"),
    ("据悉，该图书馆将于2026年12月1日起全面实行周末开放。", None),
    ("The trial will end on March 31, 2027, when the council votes on the route.", None),
    ("2026年11月20日，县里召开了冬季安全工作会议。", "2026-11-20"),
    ("By Ana Ruiz on Friday, November 20, 2026.", "2026-11-20"),
])
def test_date_in_a_line(line: str, date: str | None) -> None:
    found = date_in_text([line])
    assert (found or "")[:10] == (date or "")


@pytest.mark.parametrize(("lines", "date"), [
    (["更新时间：2026-11-22 16:40", "发布时间：2026-11-20 09:15"], "2026-11-20"),
    (["Updated: Nov. 22, 2026", "Published: Nov. 20, 2026"], "2026-11-20"),
    (["Updated: Nov. 22, 2026"], "2026-11-22"),
])
def test_update_line_yields_to_a_later_published_line(lines: list[str], date: str) -> None:
    assert (date_in_text(lines) or "")[:10] == date


def test_afternoon_clock() -> None:
    assert date_in_text(["Updated November 22, 2026, 4:10 p.m."]) == "2026-11-22T16:10:00"
    assert date_in_text(["November 22, 2026, 9:05 AM"]) == "2026-11-22T09:05:00"


def test_last_modified_line_yields_to_the_dateline() -> None:
    lines = ["Last modified on Sun 22 Nov 2026 16.10 GMT", "Fri 20 Nov 2026 10.30 GMT"]
    assert (date_in_text(lines) or "")[:10] == "2026-11-20"


def test_time_marked_updated_yields_to_the_published_one() -> None:
    page = ('<html><head><title>Harbor ferry adds an evening route</title></head><body><article>'
            '<h1>Harbor ferry adds an evening route</h1><p class="meta"><time class="updated" '
            'datetime="2026-11-23T10:00:00Z">Nov 23</time> <time class="published" datetime="2026-11-20T07:45:00Z">'
            f'Nov 20</time></p>{PARAS}</article></body></html>')
    assert (clean_html(page).published or "")[:10] == "2026-11-20"


def test_canonical_url_gives_the_date() -> None:
    page = ('<html><head><title>Harbor ferry adds an evening route</title><link rel="canonical" '
            'href="https://baytimes.example/2026/11/20/harbor-ferry/"></head><body><article>'
            f'<h1>Harbor ferry adds an evening route</h1>{PARAS}</article></body></html>')
    assert clean_html(page).published == "2026-11-20"
