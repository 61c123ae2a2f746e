"""The strip stage's shortcuts (prefilters that skip work) give the answers of the full tests."""

from __future__ import annotations

import pytest

from pipeline.strip.patterns import WORDS, any_words_re, words_re

_TEXTS = ["Home", "Contact us", "Copyright © 2026 Daily Post", "Posted on March 3", "版权所有 本站", "来源：新华社",
          "久久精品国产", "The council met on Tuesday.", "", "ALL RIGHTS RESERVED", "发布时间：2026-03-01"]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("ascii_only", [True, False])
def test_any_words_finds_what_one_of_the_vocabularies_finds(text: str, ascii_only: bool) -> None:
    low = text.lower()
    names = tuple(WORDS)
    expected = any(words_re(name, ascii_only).search(low) for name in names)
    assert (any_words_re(names, ascii_only).search(low) is not None) == expected


def test_spam_runs_are_dropped_from_each_text_scanned_together() -> None:
    from pipeline.strip.ledger import Ledger
    from pipeline.strip.spamruns import drop_spam_runs

    ledger = Ledger()
    texts = ["  The council met. ", "长江中游久久精品国产免费观看午夜福利宜昌至武汉段水位回落。", " ", "Text."]
    assert drop_spam_runs(texts, ledger) == ["The council met.", "长江中游宜昌至武汉段水位回落。", "Text."]
    assert [c.rule for c in ledger.changes()] == ["heuristic:spam_run"]
    clean = Ledger()
    assert drop_spam_runs(["免费", "观看", "午夜"], clean) == ["免费", "观看", "午夜"]  # one word a text: no run
    assert clean.changes() == []


@pytest.mark.parametrize(("line", "publisher"), [
    ("By Jane Doe and Tom Lee, Reuters", "Reuters"), ("by Jane Doe Bloomberg", "Bloomberg"),
    ("2026-05-06 10:21 新华网", "新华网"), ("2026年4月1日 11時30分 共同通信", "共同通信"),
    ("April 1, 2026 Kyodo", "Kyodo"),
    ("(부산=연합뉴스) 김민준 기자 = 부산시가", "연합뉴스"), ("光明日报讯（记者 王敏）近日", "光明日报"),
    ("新华社北京2月13日电 记者", "新华社"), ("（中新网）今天", "中新网"), ("来源：人民网", "人民网"),
    ("Home", None), ("Sports | World", None), ("2026 budget", None), ("bAP", None),
])
def test_publisher_lines_past_the_cheap_guards(line: str, publisher: str | None) -> None:
    from pipeline.strip.textmeta import publisher_in_text

    assert publisher_in_text([line]) == publisher


def test_state_body_longer_than_skips_what_could_not_be_used() -> None:
    import json

    from pipeline.strip.state import state_body

    body = "<p>" + "The council approved the budget after a long debate. " * 8 + "</p>"
    short = "<p>" + "A short teaser of the story, repeated twice for length. " * 4 + "</p>"
    scripts = [json.dumps({"props": {"body": short}}), json.dumps({"props": {"content": body, "text": short}})]
    assert state_body(scripts) == body
    assert state_body(scripts, longer_than=len(short)) == body  # the short one is not decoded, the long one wins
    assert state_body(scripts, longer_than=len(body)) is None  # nothing long enough
    assert state_body(scripts[:1], longer_than=len(scripts[0])) is None  # the script itself is too short
    assert state_body(scripts[:1]) == short


def test_spam_runs_in_latin_script_with_accents_are_still_found() -> None:
    from pipeline.strip.ledger import Ledger
    from pipeline.strip.spamruns import drop_spam_runs

    ledger = Ledger()
    texts = ["Le café était plein. casino porn sex viagra betting au centre.", "Der Bürgermeister sprach."]
    assert drop_spam_runs(texts, ledger) == ["Le café était plein.  au centre.", "Der Bürgermeister sprach."]
    assert [c.rule for c in ledger.changes()] == ["heuristic:spam_run"]


def test_a_repeated_inline_style_is_judged_per_element_where_the_element_matters() -> None:
    from pipeline.strip.hidden import find_hidden
    from pipeline.strip.tags import parse

    tree = parse('<p>Rates rose.<span style="color:#fff">xq7</span> Markets fell.'
                 '<span style="color:#fff">' + "A long white passage that is no anti-copy noise. " * 2 + "</span>"
                 '<b style="display:none">gone</b><i style="display:none">also gone</i></p>')
    found = [(node.text(), reason) for node, reason, _ in find_hidden(tree, [])]
    assert found == [("xq7", "invisible_color"), ("gone", "display_none"), ("also gone", "display_none")]


@pytest.mark.parametrize(("line", "author"), [
    ("文/李华\u3000图/王明", "李华"), ("김민수 기자", "김민수"), ("(부산=연합뉴스) 김민준 기자 = 부산시가", "김민준"),
    ("By Jane Doe", "Jane Doe"), ("作者：王敏", "王敏"), ("Hannah Price Education correspondent", "Hannah Price"),
    ("Posted on October 14, 2026 by Dale Hutchins", "Dale Hutchins"), ("Home", None), ("Author: admin", None),
])
def test_author_lines_past_the_cheap_guards(line: str, author: str | None) -> None:
    from pipeline.strip.textmeta import author_in_text

    assert author_in_text([line]) == author
