"""Repros of audit10 fixed in session 7: a dump's title glued to its lead, a gallery's slide counters,
a finance portal's stock tags. Texts are our own."""

from __future__ import annotations

from pipeline.api import clean_text

TITLE = "老街书店重新开门迎客"
LEAD = "停业半年的老街书店昨天重新开门，店里新添了一个儿童阅读角。"
MORE = "店主说，书店将每周举办一次读书分享会，欢迎附近居民参加。"


def test_a_title_glued_to_its_lead_by_the_leads_indent_is_the_title() -> None:
    record = clean_text(f"{TITLE}\u3000\u3000{LEAD}\n\n\u3000\u3000{MORE}\n")
    assert record.title == TITLE
    assert (record.text or "").split("\n") == [LEAD, MORE]


def test_a_dateline_glued_to_its_lead_stays_with_it() -> None:
    record = clean_text(f"{TITLE}\n\n新华社南京11月25日电\u3000\u3000{LEAD}\n\n\u3000\u3000{MORE}\n")
    assert record.title == TITLE
    assert not (record.text or "").startswith(LEAD)
