# ruff: noqa: E501
"""Audit39's date fixes (Taiwan and Hong Kong pages): a Taiwan page states its date in ROC years (民國115年 =
2026). The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.strip.textdates import date_in_text, iso_date

PARAS = ("【記者吳宜蓁／臺南報導】臺南市美術館今天起推出老照片特展，展出日治時期至民國70年代的老照片共218幀，展期至116年2月28日，免費參觀。",
         "策展人表示，展品多由市民捐贈，其中一組拍攝於1935年的運河碼頭照片，是首次公開展出。",
         "館方說，週末每天安排兩場免費導覽，名額有限，須上網預約。")


def _page(info: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>臺南美術館推出百年老照片特展</title></head><body><table><tr><td>'
            '<font size="4"><b>臺南美術館推出百年老照片特展</b></font></td></tr>'
            f'<tr><td><font size="2">{info}</font></td></tr><tr><td><font size="3">'
            + "".join(f"{p}<br /><br />" for p in PARAS) + "</font></td></tr></table></body></html>")


def test_a_date_in_roc_years_is_the_western_year_plus_1911() -> None:
    """發佈日期：115/12/04, 民國115年12月4日, 115-12-04 and 115年12月4日 are 2026-12-04: Taiwan writes the ROC
    year (three digits, month and day after it) on government, school and legacy CMS pages."""
    for info in ("發佈日期：115/12/04　資料來源：府城生活報　瀏覽人次：1234", "民國115年12月4日", "發佈日期：115-12-04", "115年12月4日 10:30"):
        assert clean_html(_page(info)).published[:10] == "2026-12-04", info
    assert iso_date("民國115年12月4日") == "2026-12-04"
    assert iso_date("115.12.04 08:30") == "2026-12-04T08:30:00"


def test_numbers_that_only_look_like_roc_dates_give_none() -> None:
    """An IP address (111.243.12.34), a ratio and an event's ROC date inside a sentence give no date."""
    assert date_in_text(["來自: 111.243.12.34 (臺灣)"]) is None
    assert date_in_text(["比數為 115/12/40"]) is None
    assert date_in_text([PARAS[0]]) is None
