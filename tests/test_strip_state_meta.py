"""A page rendered from its scripts' state: the date the state holds, and no safety-valve flag about
the visible shell the state body replaced."""

from __future__ import annotations

import json

from pipeline.strip import extract_html
from pipeline.strip.state import state_date

PARAS = [
    "The harbour authority approved a plan on Tuesday to dredge the northern channel before the storms.",
    "Engineers said the work would take eleven weeks and cost about 4.2 million euros from the transport fund.",
    "Fishermen welcomed the decision but asked for a pause during the herring season in September.",
]


def _next_page(story: dict[str, object]) -> str:
    data = {"props": {"pageProps": {"article": story}}}
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Channel dredging approved</title>'
            '</head><body><div id="__next"><header><a href="/">Elwin Post</a><nav><a>News</a><a>Sport</a></nav>'
            '</header><main><div class="skeleton"></div></main></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>')


def _blocks() -> list[dict[str, object]]:
    return [{"type": "paragraph", "children": [{"text": p}]} for p in PARAS]


def test_the_publication_date_of_a_state_rendered_page_comes_from_its_state() -> None:
    art = extract_html(_next_page({"headline": "Channel dredging approved", "publishedAt": "2026-08-04T09:30:00Z",
                                   "body": _blocks()}))
    assert art.paragraphs == PARAS
    assert art.published == "2026-08-04T09:30:00+00:00"
    rules = {flag.rule for flag in art.flags}
    assert "body_from_structured_data" in rules and "safety_valve" not in rules


def test_an_apps_unix_publish_time_is_read_and_a_bare_date_key_is_not() -> None:
    assert state_date(['{"item": {"publish_time": 1785839400, "title": "x"}}']) == "2026-08-04T10:30:00+00:00"
    assert state_date(['{"pubDate": 1785839400000}']) == "2026-08-04T10:30:00+00:00"
    assert state_date(['{"comments": [{"date": "2026-09-01", "createdAt": "2026-09-01"}]}']) is None
    art = extract_html(_next_page({"headline": "Channel dredging approved", "date": "2026-08-04", "body": _blocks()}))
    assert art.paragraphs == PARAS and art.published is None
