"""Audit34: a lost lead byte is restored only when the page writes the original, never to another
character that a chance bigram or a general word list favours (bench/audit34 measured both on real
articles). The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text


def _lost_lead_flags(text: str) -> list[str]:
    return [f.snippet for f in clean_text(text).flags if f.rule == "lost_lead_byte"]


def _flagged_unless_the_page_writes_it(story: str, spot: str, evidence: str, restored: str) -> None:
    """``story`` keeps ``spot`` and flags it; with ``evidence`` added, the page settles it as ``restored``."""
    rec = clean_text(story)
    assert spot in rec.text
    assert "lost_lead_byte" in {f.rule for f in rec.flags}
    guard = clean_text(story + evidence)
    assert restored in guard.text
    assert "lost_lead_byte" not in {f.rule for f in guard.flags}


def test_a_bigram_recurring_by_chance_does_not_settle_a_lost_lead_byte() -> None:
    """房?r猛漲: 'r' is the trail of 價 (GBK 83 72) and of 時 (95 72). The page has 房時 (二手房時), no
    word, only two characters that meet across a word boundary: it restored 時 (房時猛漲). Now flagged.
    The guard: the page writing 房價 elsewhere (a word) restores 價."""
    story = "小兩口推遲婚期\n\n去年房?r猛漲，小兩口只好推遲婚期。\n\n中介提醒，購買二手房時要核實產權，避免糾紛。\n"
    _flagged_unless_the_page_writes_it(story, "房?r猛漲", "\n業內人士預計，今年房價漲幅將明顯收窄。\n", "去年房價猛漲")


def test_a_word_the_page_writes_on_one_side_yields_to_a_commoner_word_of_another_candidate() -> None:
    """確?w事故: 'w' is the trail of 定 (Big5 A9 77) and of 鑿 (C6 77). The page writes 確鑿 (證據確鑿), not
    確定; but 確定 is a far commoner word: the page's 確鑿 may recur by chance, the original's word need
    not. It restored 鑿 (確鑿事故原因); now flagged. The guards: the page writing 確定事 (both neighbours)
    restores 定; a page word commoner than the rival's stands (多種 on the page, 多麼 rarer: 900多?N，)."""
    story = "事故調查\n\n目前還不能確?w事故原因，調查仍在進行。\n\n專家表示，只有證據確鑿才能下結論。\n"
    _flagged_unless_the_page_writes_it(story, "確?w事故", "\n有關部門將盡快確定事故責任。\n", "確定事故原因")
    rec = clean_text("班列貨物\n\n班列貨物品類由最初的50多種增加到900多?N，覆蓋全球120個國家。\n")
    assert "到900多種，覆蓋" in rec.text
    assert "lost_lead_byte" not in {f.rule for f in rec.flags}


def test_a_common_word_does_not_decide_when_another_candidate_makes_a_word_too() -> None:
    """同比增?L7.4%: 增長 (長 = GBK E9 4C) is very common, but 增兵 (Big5 兵 = A7 4C) is a word too:
    a word list says which is commoner in general, not which this page wrote. It restored 長 from the
    list; now flagged. The guard: the page writing 增長 elsewhere restores it."""
    line = "全國鐵路累計發送旅客1.2億人次，同比增?L7.4%。\n"
    assert _lost_lead_flags("鐵路客流\n\n" + line) == ["1.2億人次，同比增?L7.4%。\n"]
    guard = clean_text("鐵路客流\n\n" + line + "\n客流增長主要來自城際線路。\n")
    assert "同比增長7.4%" in guard.text
    assert "lost_lead_byte" not in {f.rule for f in guard.flags}


def test_a_mark_candidate_is_not_settled_by_the_characters_that_follow_it_elsewhere() -> None:
    """成立。?@現代: '@' is the trail of 作 (Big5 A7 40) and of the ideographic space (A1 40). An indented
    paragraph starts with 　現代 elsewhere: that a space precedes 現代 there says nothing of this spot. It
    restored the space (成立。　現代汽車); now flagged. The guard: 作現代 written elsewhere restores 作."""
    story = ("合資公司\n\n合資公司於去年三月正式成立。?@現代汽車在中國的第三家工廠同時開工。\n\n"
             "\u3000\u3000現代汽車表示，新工廠將主要生產新能源車型。\n")
    evidence = "\n這家工廠被看作現代汽車在華戰略的關鍵一步。\n"
    _flagged_unless_the_page_writes_it(story, "成立。?@現代", evidence, "成立。作現代汽車")


def test_utf8_replacement_characters_read_as_big5_are_flagged() -> None:
    """A character lost to U+FFFD in UTF-8, the page then re-encoded to Big5 by a tool reading it as Big5:
    EF BF BD EF BF BD reads 嚙踝蕭, as GBK reads it 锟斤拷. It passed silently; now flagged as lost bytes."""
    paras = ["港務局表示，新碼頭將於明年嚙踝蕭工，屆時吞吐能力將提高三成。", "碼頭建成後，將開通兩條國際航線。"]
    page = ("<html><head><meta charset='big5'><title>港口新聞</title></head><body>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    rec = clean_html(page.encode("big5"))
    assert "嚙踝蕭" in rec.text or "啮踝萧" in rec.text
    assert "replacement_chars" in {f.rule for f in rec.flags}


def test_a_lost_lead_byte_before_an_opening_bracket_or_a_tab_is_no_question_mark() -> None:
    """千瓦?r（含稅）: 'r' is the trail of 時 (GBK 95 72), an opening bracket after it. The '?' was widened to
    '？' as a folded question mark (千瓦？r（含稅）: a third text), and 縣?i（市）, 說?B<tab> were left silent.
    Now each is a lost lead byte's spot: flagged while the page does not settle it, restored once it does.
    The guard: a '?' ending a question before a Latin letter and a bracket (吗?A（…）) is no spot."""
    story = "電價調整\n\n居民用電價格為每千瓦?r（含稅）0.56元，自下月起執行。\n"
    _flagged_unless_the_page_writes_it(story, "千瓦?r（含稅）", "\n電價按千瓦時計算。\n", "每千瓦時（含稅）")
    for story, spot in [("改造進度\n\n全省各縣?i（市）都已完成改造，工期比計劃提前一個月。\n", "縣?i（市）"),
                        ("來訪\n\n老人家說?B\t明天一早再來，請大家不必等候。\n", "說?B\t明天")]:
        assert spot in clean_text(story).text
        assert len(_lost_lead_flags(story)) == 1
    assert _lost_lead_flags("答題\n\n你知道這道題選哪個吗?A（答案見下）\n\n本期題目由讀者提供，歡迎大家參與。\n") == []
