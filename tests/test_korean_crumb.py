# ruff: noqa: E501
"""A Korean repost's crumb over the story (홈 > 뉴스 > 지역) is no paragraph; a sentence opening with 홈 (홈쇼핑,
홈플러스) is (audit43)."""

from __future__ import annotations

from pipeline import clean_html

PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>전통시장에 청년 상인 점포 20곳 문 열어 | Market Notes</title></head>
<body><header><a href="/">Market Notes</a><nav><a href="/news/">News</a> <a href="/about/">About</a></nav></header>
<main><article><h1>전통시장에 청년 상인 점포 20곳 문 열어</h1><div class="entry-content"><p>{crumb}</p>{paras}</div></article></main>
<footer><p>Copyright 2026 Market Notes.</p></footer></body></html>"""
PARAS = ["구도심의 중앙시장에 청년 상인들이 운영하는 점포 20곳이 새로 문을 열었다. 시는 빈 점포를 리모델링해 2년간 임대료를 지원한다.",
         "새 점포는 수제 과자, 반찬, 꽃, 공예품 등 업종이 다양하다. 상인회는 주말마다 야시장을 열기로 했다.",
         "시 관계자는 \u201c올해 하반기에 15곳을 더 모집할 계획\u201d이라고 밝혔다."]


def test_a_korean_home_crumb_is_dropped() -> None:
    for crumb in ("홈 > 뉴스 > 지역", "홈 » 사회", "홈 / 뉴스 / 생활"):
        rec = clean_html(PAGE.format(crumb=crumb, paras="".join(f"<p>{p}</p>" for p in PARAS)))
        assert rec.text == "\n".join(PARAS), crumb


def test_a_sentence_opening_with_home_stays() -> None:
    lead = "홈쇼핑 / 홈플러스 매출이 지난달보다 늘었다고 업계가 밝혔다."
    rec = clean_html(PAGE.format(crumb=lead, paras="".join(f"<p>{p}</p>" for p in PARAS)))
    assert rec.text == "\n".join([lead, *PARAS])
