# ruff: noqa: E501
"""Audit39's spacing fix: copy-detection spaces inside a Taiwan byline, which Taiwan writes with no space at all
(【記者陳冠宇／台北報導】, 中央社記者張雅婷台北3日電). The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

BODY = ("有關單位表示，東北季風明天起逐漸增強，北部及東北部轉為陰雨天氣，週五清晨北部低溫可能下探12度，各地早晚溫差大。",
        "預報員指出，這波冷空氣影響時間約3天，週末起水氣減少，氣溫才會緩慢回升；中南部白天仍有25度左右，但夜間同樣偏涼。",
        "氣象署提醒，民眾外出應加強保暖，老年人及心血管疾病患者更要注意；最新天氣資訊可透過官網查詢。")
NOISE = "\u00a0"


def _noisy(line: str) -> str:
    """Copy-detection spaces every seventh joint of two ideographs, as the farm sprinkles them."""
    out, n = [], 0
    for a, b in zip(line, line[1:] + " ", strict=True):
        out.append(a)
        if "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff":
            n += 1
            out += [NOISE] if n % 7 == 0 else []
    return "".join(out)


def _page(first: str) -> str:
    paras = [first + BODY[0], *BODY[1:]]
    return ('<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>東北季風增強 北部低溫下探12度</title></head><body>'
            '<h1>東北季風增強 北部低溫下探12度</h1><div class="article-body">' + "".join(f"<p>{_noisy(p)}</p>" for p in paras) + "</div></body></html>")


def test_a_space_inside_a_taiwan_byline_is_noise() -> None:
    """台北 報導 in （記者陳冠宇／台北 報導）, 張 雅婷 in （中央社記者張 雅婷台北3日電）: removed with the page's other noise."""
    for byline in ("（記者陳冠宇／台北報導）", "【記者陳冠宇／台北報導】", "（中央社記者張雅婷台北3日電）"):
        rec = clean_html(_page(byline))
        assert rec.text.split("\n")[0] == byline + BODY[0], rec.text.split("\n")[0]


def test_a_mainland_bylines_space_after_the_role_word_stays() -> None:
    """本报讯（记者 林叙白） keeps its space: a mainland byline is written so."""
    rec = clean_html(_page("本报讯（记者 林叙白）"))
    assert rec.text.split("\n")[0].startswith("本报讯（记者 林叙白）")


def test_a_bylines_space_stays_when_the_role_word_carries_a_zhuyin_reading() -> None:
    """（記【ㄐㄧˋ】者　白若蘭）: a Taiwan farm's zhuyin after 記 still leaves 記者, whose space before the name is
    the writer's, kept on a page whose invisibles prove the obfuscator (which the other spaces go for)."""
    paras = ("本報訊（記【ㄐㄧˋ】者\u3000白若蘭）從12月1日起，市圖書館將開放時間延長至每晚10點，周末和節假日照常\u200b開放。",
             "圖書館負責人介紹，延長開放時間後，自習區和少兒閱覽區將同步開放，館內還新增了120個座位，方便讀\u200b者夜間學習。",
             "讀者可通過圖書館網站預約座位，也可以在自助借還機上辦理借書和還書手續，十分\u200b便利。")
    page = ('<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>市圖書館延長開放時間</title></head><body>'
            '<h1>市圖書館延長開放時間</h1><div class="article-body">' + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")
    first = clean_html(page).text.split("\n")[0]
    assert "者\u3000白若" in first or "者 白若" in first or "者　白若" in first, first
