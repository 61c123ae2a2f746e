"""Audit14 fixes (seed-like reposts, fresh variations): each test fails on the branch base."""

from __future__ import annotations

from pipeline.repair import apply_plan, repair_text

# A folded mainland page: commas folded to ASCII by the repost (more than three of them).
FOLDED = "市里今年新建了三座公园,改造了五条老街,新增停车位两千多个,群众出行更加方便了。"


def test_closing_wan_after_a_full_stop_is_restored_on_a_folded_page() -> None:
    text = "记者从市园林局获悉,今年新建公园三座,改造老街五条,新增绿地四十公顷。(完)"
    out = repair_text(text, script="keep")
    assert out.text.endswith("新增绿地四十公顷。（完）")
    assert apply_plan(text, out.changes) == out.text


def test_a_dateline_bracket_opening_a_line_with_digits_is_restored_on_a_folded_page() -> None:
    text = "(中央社記者林雅婷台北9日電)市府今天表示,環狀線北段明年通車,沿線設有十二座車站,通勤時間可縮短一半。"
    out = repair_text(text, script="keep")
    assert out.text.startswith("（中央社記者林雅婷台北9日電）市府今天表示，")


def test_the_articles_own_space_before_a_bracket_stays_when_readings_are_tight() -> None:
    # the repost glossed tight (發(fā)), so the space before （记者 …） is the article's (中新社 style)
    text = ("中新社西寧6月2日電 (記者 韓雪)今年洄游季發(fā)現湟魚更多,科研人員首次使用聲吶設備,"
            "對魚群進行計數,結果將(jiāng)公布。")
    out = repair_text(text, script="simplified")
    assert out.text.startswith("中新社西宁6月2日电 （记者 韩雪）今年")
    assert apply_plan(text, out.changes) == out.text


def test_the_space_goes_with_a_folded_bracket_when_readings_are_spaced() -> None:
    text = ("新華社杭州3月5日電 (記者 王林)今年發 (fā)現湟魚更多,科研人員首次使用聲吶設備,"
            "對魚群進行計數,結果將 (jiāng)公布。")
    out = repair_text(text, script="simplified")
    assert out.text.startswith("新华社杭州3月5日电（记者 王林）今年")


def test_kunjinkao_converted_to_traditional_is_flagged() -> None:
    out = repair_text("我市發布暴雨藍色預警 部分路段錕斤拷交通管制", script="keep")
    assert "replacement_chars" in {f.rule for f in out.flags}


def test_a_radical_after_a_reading_before_a_chinese_mark_is_restored() -> None:
    text = "票價(jià)⾼、班次少，遇上雨雪天氣常常停運。" + FOLDED
    out = repair_text(text, script="keep")
    assert "⾼" not in out.text
    assert out.text.startswith("票價高、班次少")


def test_a_lost_lead_byte_after_a_digit_with_its_own_reading_is_restored() -> None:
    # 歲 = 9A 71 in GBK: the lead byte lost, "q" stranded after "14", its own reading after it
    text = "14?q(suì)的廣(guǎng)東棋手李昊然獲得冠軍,12歲的四川棋手周雨桐獲得女子組冠軍。"
    out = repair_text(text, script="keep")
    assert out.text.startswith("14歲的")
    assert "lost_lead_byte" not in {f.rule for f in out.flags}
