# ruff: noqa: E501
"""Audit40 session 22: a QQ-like page dates its article only in a short ``window.DATA = {…, "pubtime": …}`` script
(no date line shows): a key the state date reader did not know, in a script under the state objects' length floor.
The texts are our own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

_BODY = ("本报讯 市交通运输局近日发布通知，要求各道路客运企业做好春运期间的安全工作，严禁超速、超员和疲劳驾驶。",
         "通知要求，遇雨雪冰冻天气要及时调整班次，必要时停运，并第一时间向社会公布停运信息，做好旅客的解释工作。",
         "各区县交通运输局要加强督导检查，发现问题立即整改，确保春运期间道路客运安全平稳有序。")


def _page(data: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>做好春运道路客运安全工作_新闻</title>'
            f'<script>window.DATA = {data};</script></head><body><div class="LEFT"><h1>做好春运道路客运安全工作</h1>'
            f'<div class="content-article">{"".join(f"<p>{p}</p>" for p in _BODY)}</div></div></body></html>')


def test_a_short_state_scripts_pubtime_dates_the_article() -> None:
    rec = clean_html(_page('{"article_id": "20270110A01", "title": "做好春运道路客运安全工作", "pubtime": "2027-01-10 12:52:00", "site": "news"}'))
    assert rec.published and rec.published.startswith("2027-01-10"), rec.published


def test_short_state_scripts_naming_two_days_date_nothing() -> None:
    """Guard: a short script listing two stories of two days is a feed's: no date for the article from it."""
    rec = clean_html(_page('[{"id": 1, "pubtime": "2027-01-08 09:00:00"}, {"id": 2, "pubtime": "2027-01-09 10:00:00"}]'))
    assert rec.published is None, rec.published
