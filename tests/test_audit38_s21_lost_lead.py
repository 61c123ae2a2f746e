"""Audit38 session 21: lost lead bytes the page settles that were flagged. The texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.repair import repair_text


def _flags(text: str, codec: str) -> tuple[str, list[str]]:
    rec = repair_text(text, codec_hint=codec)
    return rec.text, [f.rule for f in rec.flags]


def test_a_gbk_trail_byte_with_its_own_reading_on_a_big5_page_is_restored() -> None:
    """余?f(wan4)元 on a Big5 page: no Big5 character has trail 'f' and reads wan4, but the text lost its byte in
    GBK before the page was written in Big5 (萬 = C8 66). The stranded byte and the lost character's own reading
    determine it among both Chinese codecs' characters: 萬."""
    text = ("法(fa3)院審理查明，被告人夜(ye4)間駕駛採砂船在河道內採砂，銷售獲利320餘?f(wan4)元。\n"
            "法院認為，各被告人的行爲已構成非法採礦罪。")
    fixed, flags = _flags(text, "big5")
    assert "獲利320餘萬元。" in fixed
    assert "lost_lead_byte" not in flags


def test_a_gbk_candidate_on_a_big5_page_needs_the_lost_characters_reading() -> None:
    """The guard: without its reading, a GBK candidate on a Big5 page is not taken from the page's words alone
    (a Big5 page's own lost byte has some hundred GBK candidates more, and one makes a word the page writes by
    chance: audit34's WRONG 6 -> 14 when tried). The spot is flagged."""
    text = ("法院審理查明，被告人夜間駕駛採砂船在河道內採砂2.1萬噸，銷售獲利320餘?f元。\n"
            "法院認為，各被告人的行爲已構成非法採礦罪，涉案金額達數百萬元。")
    fixed, flags = _flags(text, "big5")
    assert "320餘?f元" in fixed
    assert flags == ["lost_lead_byte"]


def test_digits_after_the_neighbour_read_with_it() -> None:
    """新增?G道12公里 where the page writes 建成綠道12公里: 綠道 is no word of the list and 道 alone was the
    context read after the spot; the number after it makes three characters with the candidate (綠道1)."""
    text = ("河道綜合治理工程完工 沿岸新增?G道12公里\n\n"
            "　　經過兩年施工，河道綜合治理工程日前完工，並在沿岸建成綠道12公里、口袋公園6處。")
    fixed, flags = _flags(text, "gbk")
    assert "沿岸新增綠道12公里" in fixed
    assert "lost_lead_byte" not in flags


def test_another_number_after_the_word_settles_nothing() -> None:
    """The guard: the page writes 綠道8公里, so no three characters hold the candidate: flagged."""
    text = ("河道綜合治理工程完工 沿岸新增?G道12公里\n\n"
            "　　經過兩年施工，河道綜合治理工程日前完工，並在沿岸建成綠道8公里、口袋公園6處。")
    fixed, flags = _flags(text, "gbk")
    assert "新增?G道12公里" in fixed
    assert flags == ["lost_lead_byte"]


def test_three_characters_outweigh_a_commoner_word_with_the_same_neighbour() -> None:
    """代表?F獲 where the page writes 南湖代表團: 表現 is a commoner word, but it is made with 表, the neighbour
    the page's 代表團 already holds with one character more; the rival is read on the other side only (現獲:
    none), and 團 is restored."""
    text = ("省運會游泳比賽收官 東陽代表?F獲金牌榜首位\n\n"
            "　　本次比賽共決出金牌48枚，金牌榜前三名如下：\n"
            "　　東陽 金牌11枚\n　　南湖代表團 金牌9枚\n　　西嶺 金牌7枚")
    fixed, flags = _flags(text, "gbk")
    assert "東陽代表團獲金牌榜首位" in fixed
    assert "lost_lead_byte" not in flags


def test_a_commoner_word_on_the_other_side_still_vetoes() -> None:
    """The guard: 招生?J詢 on a UTF-8 page (GBK's and Big5's candidates) that writes 招生入學: Big5's 入 (A4 4A)
    is written in three characters with the neighbours before, but GBK's 諮 makes 諮詢 (咨询), a commoner word,
    with the neighbour after, which they do not hold: flagged."""
    text = ("市教育局發佈義務教育招生入學通知\n\n"
            "　　今年繼續實行網上報名、免試就近入學。\n"
            "　　如有疑問，可撥打各區教育局招生?J詢電話。")
    fixed, flags = _flags(text, "utf-8")
    assert "招生?J詢電話" in fixed
    assert flags == ["lost_lead_byte"]


def test_a_reading_two_codecs_fit_differently_is_flagged() -> None:
    """蔬菜?r(jia4)格 on a Big5 page: Big5's one character with trail 'r' reading jia4 is 駕 (BE 72), but the byte
    may have been lost in GBK before the page was written in Big5, and GBK's 價 (83 72) reads jia4 too: the
    reading does not settle which, so the spot is flagged, never 駕 written (audit38 seed 88 065_discuz_veg)."""
    text = ("本週蔬菜?r(jia4)格小幅回落，葉菜類供應充足。\n"
            "批發市場負責人表示，近期天氣晴好，本地蔬菜大量上市。")
    fixed, flags = _flags(text, "big5")
    assert "駕" not in fixed and "蔬菜?r" in fixed
    assert flags == ["lost_lead_byte"]


def test_a_lost_lead_byte_before_a_titles_single_space_is_flagged() -> None:
    """寒潮來?u 東北地區…: a headline's parts stand apart by one ASCII space; the trail byte 'u' (襲 = GBK 9275)
    before it is a lost lead byte's spot, flagged and its "?" kept (before: no flag, and the "?" folded to ？). The
    text read as GBK is a mainland site's: the converted story is restored around the spot."""
    text = "寒潮來?u 東北地區迎來大風降溫\n受強冷空氣影響，東北地區今天起將迎來大風降溫天氣。"
    fixed, flags = _flags(text, "gbk")
    assert fixed.startswith("寒潮来?u 东北") and flags == ["lost_lead_byte"]


def test_a_question_mark_before_a_capitals_word_and_a_space_is_no_spot() -> None:
    """The guard: 真的?B 站, 为什么?X 光: a question mark before a Latin letter word written apart; no flag."""
    for text in ("网友质疑这是真的?B 站回应称将核查。\n平台表示已经收到反馈。",
                 "为什么?X 光检查需要预约。\n医院解释了原因。"):
        assert _flags(text, "gbk")[1] == []
