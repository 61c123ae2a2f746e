"""Script decisions on Taiwan and Hong Kong articles that cite the mainland (bench/audit findings)."""

from __future__ import annotations

import pytest

from pipeline.repair import repair_text

TAIWAN_NEWS = (
    "陸委會今天表示，中共國務院台辦日前宣布多項措施，新華社也同步發布評論。"
    "陸委會官員說，兩岸交流應以對等尊嚴為前提，民眾應審慎看待相關宣傳。"
)
HONG_KONG_NEWS = (
    "特區政府發言人表示，網絡安全和信息保障是「重中之重」，當局會與業界「攜手合作」，"
    "並於下月推出新的培訓計劃，協助中小企應對風險。"
)


@pytest.mark.parametrize("text", [TAIWAN_NEWS, HONG_KONG_NEWS])
def test_genuine_traditional_articles_citing_the_mainland_stay_traditional(text: str) -> None:
    result = repair_text(text)
    assert result.text == text
    assert result.script == "traditional"


@pytest.mark.parametrize(
    "text",
    [
        "新華社北京2月13日電 國務院常務會議今天召開，部署推進數字經濟發展。",
        "　　新華社電 中共中央近日印發意見，要求各級黨委加強指導。",
        "<p>來源：新華社</p><p>國務院新聞辦公室今天舉行發布會，介紹網絡建設進展。</p>",
    ],
)
def test_mainland_dateline_or_source_line_still_counts(text: str) -> None:
    result = repair_text(text, html=text.startswith("<"))
    assert result.script == "simplified"
    assert any(c.rule.startswith("script:") for c in result.changes)
