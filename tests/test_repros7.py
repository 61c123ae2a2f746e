"""Repros of audit10 fixed in session 7: a dump's title glued to its lead, a gallery's slide counters,
a finance portal's stock tags. Texts are our own."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text

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


def _page(body: str) -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>老街书店</title></head>'
            f"<body><h1>{TITLE}</h1><div class=\"content\">{body}</div></body></html>")


def test_slide_counters_glued_to_their_captions_are_taken_out_and_recorded() -> None:
    slides = "".join(f'<div class="pic"><img src="/{i}.jpg"><p><span class="num">{i}/2</span>{text}</p></div>'
                     for i, text in ((1, LEAD), (2, MORE)))
    record = clean_html(_page(slides))
    assert (record.text or "").split("\n") == [LEAD, MORE]
    assert any(c.rule == "heuristic:slide_counter" and c.chars_removed == 6 for c in record.changes)


def test_one_fraction_before_text_is_no_counter() -> None:
    record = clean_html(_page(f"<p>1/3的读者是附近的小学生。</p><p>{LEAD}</p>"))
    assert (record.text or "").startswith("1/3的读者")


def test_a_stock_tag_is_unwrapped_to_the_companys_name() -> None:
    lead = "个股方面，[$青山纸业(600103)$]涨3.2%，$远江电器(SZ002031)$跌1.1%。"
    record = clean_html(_page(f"<p>{lead}</p><p>{MORE}</p>"))
    assert (record.text or "").split("\n")[0] == "个股方面，青山纸业涨3.2%，远江电器跌1.1%。"
    assert [c.before for c in record.changes if c.rule == "heuristic:stock_tag"] == ["[$(600103)$]\n$(SZ002031)$"]


def test_a_scholars_name_and_university_under_a_dumps_headline_is_no_paragraph() -> None:
    body = ["Volunteers counted 412 nesting terns on the island this summer, the most in a decade.",
            "The count was made from boats so that the birds were not disturbed."]
    record = clean_text(f"Terns return to the harbour island\n\nMarta Lindqvist, University of Umeå\n\n"
                        f"{body[0]}\n\n{body[1]}\n")
    assert (record.text or "").split("\n") == body
