"""Audit36: seed-like reposts of finance, sports and Q&A articles (bench/audit36). A lead byte lost to "?"
at a paragraph's start in a page's markup, right after a Latin acronym, or before a Latin word; an odd
space leaving a title's last character alone. The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text

_BODY = ("上週舉行的新聞發佈會上，有關負責人介紹了今年社區服務點的改造計劃和資金安排。",
         "?l佈會結束後，記者又來到幾個服務點，聽取了攤主和居民的意見和建議。")


def _gbk_page(paras: tuple[str, ...]) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<html><head><meta charset="gbk"><title>社區服務點改造</title></head><body><div class="content">'
            f"<h1>社區服務點改造</h1>\n{body}\n</div></body></html>").encode("gbk")


def _lost_lead(rec: object) -> list[str]:
    return [f.rule for f in rec.flags if f.rule == "lost_lead_byte"]  # type: ignore[attr-defined]


def test_a_lost_lead_byte_at_a_paragraph_start_in_markup_is_restored_from_the_page() -> None:
    """<p>?l佈會: 'l' is the trail of 發 (GBK B0 6C), the page writes 發佈 in the paragraph before. A tag's
    end was no place a lost character may stand (a text dump's line start was): the spot stayed, unflagged.
    The guard: a Latin letter that starts a word after a tag (<p>?A股) is no stranded byte."""
    rec = clean_html(_gbk_page(_BODY))
    assert "?l" not in rec.text
    assert "布会结束后" in rec.text or "佈會結束後" in rec.text
    guard = clean_html(_gbk_page((_BODY[0], "?A股市場昨天全線上漲，成交金額明顯放大，投資者情緒回暖。")))
    assert "A股市" in guard.text
    assert not _lost_lead(guard)


def test_a_lost_lead_byte_right_after_a_latin_acronym_is_restored_from_the_page() -> None:
    """核心CPI?q幅: 'q' is the trail of 漲 (GBK 9D 71); the page writes 漲幅 elsewhere. Only a Han character,
    a digit or an opening stood before a spot: after the acronym's I it stayed, unflagged (in the title too).
    The guard: a question mark after a Latin word before a letter word (OK?A股) is none."""
    story = ("物價數據\n\n10月份核心CPI?q幅連續擴大，市場預期回暖，消費需求穩步恢復。\n\n"
             "分析人士認為，年底前核心CPI漲幅還將溫和擴大，物價總體保持平穩。\n")
    rec = clean_text(story)
    assert "核心CPI涨幅连续" in rec.text or "核心CPI漲幅連續" in rec.text
    guard = clean_text("股市評論\n\n他回答說OK?A股昨天上漲，成交金額明顯放大。\n\n分析人士認為，市場情緒回暖。\n")
    assert not _lost_lead(guard)


def test_a_lowercase_trail_byte_before_a_capital_is_flagged_not_taken_for_a_question_mark() -> None:
    """咪咕視?lApp: 'l' is the trail of 頻 (GBK 6C); a capital after it, which the spot's pattern did not take,
    so the "?" was widened to a question mark (視？lApp), a wrong repair. Now left and flagged (no other 視頻
    on the page). The guard: a question mark before iPhone (a word opening lowercase-capital) is widened."""
    story = ("比賽直播\n\n本賽季全部比賽均可在咪咕視?lApp和電視上觀看直播，球迷可以提前下載安裝。\n\n"
             "比賽時間如有調整，將另行通知。\n")
    rec = clean_text(story)
    assert "?lApp" in rec.text
    assert _lost_lead(rec)
    guard = clean_text("新機評測\n\n這款手機用起來怎麼樣?iPhone用戶說很順手，價格也合適，很多人都在討論。\n\n"
                       "廠商表示，下個月還將推出新的配色。\n")
    assert "？iPhone" in guard.text
    assert not _lost_lead(guard)


def test_an_odd_space_leaving_a_titles_last_character_alone_goes_with_the_bodys() -> None:
    """一文读懂缴存抵税新\\u2002规: the obfuscator's en spaces fill the body (removed) and one stands in the title
    before its last character. A headline's space was removed only where it split a word (新规 is no word in
    the list) or stood before a reading: the title kept it. A writer's separator stands between phrases,
    never before a last character. The guard: an ideographic space between two phrases of a title stays."""
    body = ("\u2003\u2003日前，有关部门联合发布通知，调整个人养\u2002老金制度有关政策。"
            "新规有哪些变化？参加人需要注\u2002意什么？记者就此采访了有关专\u2002家。\n\n\u2003\u2003专家介绍，每人每年缴存上限仍为一万二千元，新规允许参加人在年度内多次缴存，"
            "也可以一次性缴\u2002足，全程不超过十分钟，办理十分方\u2002便。\n")
    rec = clean_text("问答丨个人养老金怎么存一文读懂缴存抵税新\u2002规\n\n" + body)
    assert rec.title == "问答丨个人养老金怎么存一文读懂缴存抵税新规"
    assert "\u2002" not in rec.text
    guard = clean_text("个人养老金缴存新规发布\u3000参加人可多次缴存\n\n" + body)
    assert guard.title == "个人养老金缴存新规发布\u3000参加人可多次缴存"
