# ruff: noqa: E501
"""Audit11's fixes: a repost's provenance notes (本文转载自X, 文章来源于X, 本文来自X客户端, "originally
published on X", "The post T appeared first on X", publicado originalmente en X) name the original
publisher and leave the body; sentences that open the same way stay; source values lose their
(ID：…)/URL/date brackets; 作者 glued to the span before it; a Korean closing byline names the author."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html, extract_text
from pipeline.strip.provenance import noted_publisher

P = "\u3000\u3000"
HEADLINE = "河畔公园新建儿童游乐区"
FIRST = "城西河畔公园新建的儿童游乐区日前开放，区域内设有沙池、攀爬网和滑梯等设施。"
SECOND = "公园管理处表示，游乐区每天早上七点开放，晚上八点关闭，雨天暂停使用。"
EN = ["The council opened a new skate park beside the river on Saturday after two years of planning.",
      "About 300 people came to the opening, and the park will stay open until 9 p.m. every day."]


def _dump(*middle: str, info: str = "", tail: str = "", head: str = "") -> str:
    lines = ["久久精品国产免费观看-日韩精品一区二区三区", "当前位置：首页 > 本地", HEADLINE, *([info] if info else []),
             *([head] if head else []), *(P + p for p in (FIRST, *middle, SECOND)), *([tail] if tail else [])]
    return "\n\n".join(lines) + "\n"


def _en(*, head: str = "", tail: str = "") -> str:
    return "\n\n".join(["Riverside skate park opens", *([head] if head else []), *EN, *([tail] if tail else [])]) + "\n"


@pytest.mark.parametrize(("line", "publisher"), [
    ("本文转载自微信公众号“河西发布”（ID：hexifabu），作者：陈晓", "河西发布"),
    ("转自河西晚报，版权归原作者所有，如有侵权请联系删除。", "河西晚报"),
    ("文章来源于微信公众号：河西观察", "河西观察"),
    ("本文来自河西新闻客户端", "河西新闻"),
    ("（本文转载自河西日报2026年5月19日第3版）", "河西日报"),
    ("来源：河西观察（ID：hexiguancha）", "河西观察"),
])
def test_a_chinese_provenance_note_names_the_publisher_and_leaves_the_body(line: str, publisher: str) -> None:
    for page in (_dump(head=line), _dump(tail=line)):
        art = extract_text(page)
        assert art.paragraphs == [FIRST, SECOND]
        assert art.publisher == publisher


def test_the_note_wins_over_the_farms_source_line_but_not_over_an_agency_lead() -> None:
    farm = _dump(info="2026-05-20 来源：转载快报网", tail="（本文转载自河西日报）")
    assert extract_text(farm).publisher == "河西日报"
    wire = "新华社北京5月20日电 " + FIRST
    art = extract_text(_dump(info="2026-05-20 来源：转载快报网", tail="本文转载自河西日报").replace(P + FIRST, P + wire))
    assert art.publisher == "新华社"


def test_the_note_names_the_author_it_credits() -> None:
    assert extract_text(_dump(head="本文转载自微信公众号“河西发布”（ID：hexifabu），作者：陈晓")).author == "陈晓"


@pytest.mark.parametrize("line", ["本文来自一线调研，历时三个月，走访了十二个社区。", "来源于受访者的反馈显示，多数家长对新设施表示满意。",
                                  "转自上海的货物在港口滞留了三天，码头工人连夜装卸。"])
def test_sentences_opening_like_a_note_are_article_text(line: str) -> None:
    art = extract_text(_dump(line, info="2026-05-20 来源：河西日报"))
    assert art.paragraphs == [FIRST, line, SECOND]
    assert art.publisher == "河西日报"


@pytest.mark.parametrize(("line", "publisher"), [
    ("This article was originally published on The Riverside Courier. Read the original article.", "The Riverside Courier"),
    ("Originally published by Riverside Courier.", "Riverside Courier"),
    ("This story first appeared in Riverside Weekly.", "Riverside Weekly"),
    ("This article is republished from The Riverside Courier under a Creative Commons license. Read the original article.", "The Riverside Courier"),
    ("The post Riverside skate park opens appeared first on Riverside Courier.", "Riverside Courier"),
    ("Republished with permission from Riverside Courier.", "Riverside Courier"),
    ("Este artículo fue publicado originalmente en Diario del Río.", "Diario del Río"),
    ("Publicado originalmente no Jornal do Rio.", "Jornal do Rio"),
])
def test_an_english_spanish_or_portuguese_note_names_the_publisher_and_leaves_the_body(line: str, publisher: str) -> None:
    art = extract_text(_en(tail=line))
    assert art.paragraphs == EN
    assert art.publisher == publisher


@pytest.mark.parametrize("line", ["This story first appeared in print in 1952, when the paper still had a night desk.",
                                  "Originally published by hand, the newsletter reached only a few dozen readers.",
                                  "Via Appia is the oldest road in the region, the guide said."])
def test_english_prose_opening_like_a_note_is_no_publisher(line: str) -> None:
    assert noted_publisher(line) is None
    assert extract_text(_en(tail=line)).paragraphs == [*EN, line]


def test_a_hat_tip_is_dropped_and_names_no_publisher() -> None:
    art = extract_text(_en(tail="(H/T: Greg Malone)"))
    assert art.paragraphs == EN
    assert art.publisher is None


@pytest.mark.parametrize(("line", "publisher"), [("출처 : 한강일보(https://www.hangang.example)", "한강일보"),
                                                 ("転載元：川辺新聞（2026年11月5日）", "川辺新聞"),
                                                 ("Fonte: Jornal do Rio", "Jornal do Rio"),
                                                 ("Fuente: Diario del Río", "Diario del Río"),
                                                 ("来源 | 河西观察", "河西观察")])
def test_a_source_value_loses_its_bracket_and_takes_joining_words(line: str, publisher: str) -> None:
    assert extract_text(_en(head=line) if line.isascii() else _dump(head=line)).publisher == publisher


def test_a_bar_labelled_source_line_is_dropped_from_the_body() -> None:
    assert extract_text(_dump(head="来源 | 河西观察")).paragraphs == [FIRST, SECOND]


def test_a_russian_first_source_and_author_under_the_text_are_dropped() -> None:
    ru = ["Городской парк открылся после ремонта в субботу утром.", "Работы продолжались почти полгода и обошлись городу в сорок миллионов рублей."]
    art = extract_text("\n\n".join(["Парк открылся после ремонта", *ru, "Первоисточник: Вечерний Заречный", "Автор: Анна Белова"]) + "\n")
    assert art.paragraphs == ru
    assert (art.publisher, art.author) == ("Вечерний Заречный", "Анна Белова")


def test_a_reposting_sites_disclaimer_is_dropped() -> None:
    tail = "声明：本站转载此文目的在于传递更多信息，并不代表本站赞同其观点和对其真实性负责。"
    assert extract_text(_dump(tail=tail)).paragraphs == [FIRST, SECOND]


def _page(info: str, inner: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>'
            f'<div class="info">{info}</div><div class="content">{inner}</div></body></html>')


def test_the_author_label_glued_to_the_span_before_it_is_read() -> None:
    art = extract_html(_page("<span>2026-05-19</span><span>来源：河西日报</span><span>作者：陈晓</span><span>编辑：李娜</span>",
                             f"<p>{FIRST}</p><p>{SECOND}</p>"))
    assert (art.author, art.publisher) == ("陈晓", "河西日报")


def test_a_collaborator_label_is_no_author() -> None:
    art = extract_html(_page("<span>2026-05-19</span><span>来源：河西日报</span><span>合作者：河西大学</span>", f"<p>{FIRST}</p><p>{SECOND}</p>"))
    assert art.author is None


def test_a_korean_closing_byline_names_the_author() -> None:
    ko = ["시립도서관이 다음 달부터 평일 야간 개방 시간을 밤 10시까지 연장한다고 밝혔다.", "도서관 측은 직장인들의 요청이 많아 운영 시간을 늘리기로 했다고 설명했다."]
    page = ('<html lang="ko"><head><meta charset="utf-8"><title>도서관 야간 개방</title></head><body><h1>도서관 야간 개방</h1><div class="content">'
            + "".join(f"<p>{p}</p>" for p in ko) + "<p>박지훈 기자 jihoon@hangang.example</p></div></body></html>")
    art = extract_html(page)
    assert art.paragraphs == ko
    assert art.author == "박지훈"


def test_an_html_note_under_the_body_wins_over_the_farms_source_line() -> None:
    art = extract_html(_page("2026-05-20 来源：转载快报网", f"<p>{FIRST}</p><p>{SECOND}</p><p>原文链接：https://www.hexi.example/2026/0520/88.html</p><p>本文转载自河西日报，版权归原作者所有。</p>"))
    assert art.paragraphs == [FIRST, SECOND]
    assert art.publisher == "河西日报"


@pytest.mark.parametrize(("line", "publisher"), [
    ("本文首发于河西晚报，转载请注明出处。", "河西晚报"),
    ("（原载《河西日报》2026年4月8日第5版）", "河西日报"),
    ("编者按：本文转载自河西新闻，有删节。", "河西新闻"),
    ("本文轉載自「河西觀察」，版權歸原作者所有。", "河西觀察"),
])
def test_first_ran_and_editor_carried_notes_name_the_publisher(line: str, publisher: str) -> None:
    art = extract_text(_dump(tail=line))
    assert art.paragraphs == [FIRST, SECOND]
    assert art.publisher == publisher


def test_wechats_shared_article_head_names_publisher_and_author() -> None:
    art = extract_text(_dump(head="以下文章来源于河西发布 ，作者陈晓"))
    assert art.paragraphs == [FIRST, SECOND]
    assert (art.publisher, art.author) == ("河西发布", "陈晓")


@pytest.mark.parametrize(("line", "publisher"), [
    ("A version of this story appeared in Riverside Weekly.", "Riverside Weekly"),
    ("Cross-posted from The Riverside Courier.", "The Riverside Courier"),
    ("Dieser Artikel erschien zuerst bei Neue Flusszeitung.", "Neue Flusszeitung"),
    ("Cet article a été initialement publié sur Le Courrier du Fleuve.", "Le Courrier du Fleuve"),
    ("Материал впервые опубликован на сайте «Речной вестник».", "Речной вестник"),
])
def test_more_languages_first_published_notes_name_the_publisher(line: str, publisher: str) -> None:
    art = extract_text(_en(tail=line))
    assert art.paragraphs == EN
    assert art.publisher == publisher


@pytest.mark.parametrize("line", ["Posted by Greg Malone.", "Published in Riverside Weekly.", "这批文物首发于去年出版的考古报告，此次是首次公开展出。"])
def test_a_bare_posted_or_published_line_or_first_ran_prose_is_no_note(line: str) -> None:
    assert noted_publisher(line) is None
