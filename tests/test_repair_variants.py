"""Mainland words that OpenCC's s2t writes as a variant t2s keeps (想象 -> 想像) come back on a restored page."""

from __future__ import annotations

from pipeline.record import apply_plan
from pipeline.repair import repair_text
from pipeline.repair.common import opencc_converter
from pipeline.repair.script import restored
from pipeline.repair.variants import restore_variants, variant_words

ORIGINAL = ("新华社北京3月2日电 记者从市自然资源局获悉，全市地理坐标系统升级已经完成。很难想象，竹溪工作站的"
            "老马夫如今也学会了用手机导航。有关负责人表示，下一步将继续完善信息服务，发挥想象力。")


def _s2t(text: str) -> str:
    converted: str = opencc_converter("s2t").convert(text)
    return converted


def test_the_table_maps_what_s2t_writes_back_to_the_commoner_mainland_word() -> None:
    table = variant_words()
    assert {key: table[key].word for key in ("想像", "座標", "馬伕", "竹谿", "想像力")} == {
        "想像": "想象", "座標": "坐标", "馬伕": "马夫", "竹谿": "竹溪", "想像力": "想象力"}
    # 想像 is simplified text too (想像他那样: to be like him), so only lines the restoration changed
    # get 想象; 竹谿 is traditional only.
    assert table["想像"].simplified and not table["竹谿"].simplified
    assert all(_s2t(v.word) == key for key, v in table.items())


def test_a_converted_page_gets_its_mainland_words_back_and_the_change_replays() -> None:
    repost = _s2t(ORIGINAL).replace("，", ",")  # folded commas, as reposts do
    assert {"座標", "想像", "竹谿", "馬伕", "想像力"} <= {repost[i : i + n] for n in (2, 3) for i in range(len(repost))}
    result = repair_text(repost)
    assert result.text == ORIGINAL
    script = next(c for c in result.changes if c.rule == "script:t2s")
    assert any(e.old == "像" and e.new == "象" for e in script.edits)
    assert any(e.old == "座標" and e.new == "坐标" for e in script.edits)
    assert apply_plan(repost, result.changes) == result.text


def test_genuine_traditional_and_simplified_pages_keep_their_variants() -> None:
    taiwan = "中央社記者今天報導，這座城市的變化令人難以想像，「老馬伕」的故事也被拍成電影。"
    assert repair_text(taiwan).text == taiwan
    mainland = "我不想像他那样生活，只想做好眼前的事，马伕这个写法如今很少见了。"
    assert repair_text(mainland).text == mainland


def test_a_neighbour_making_a_commoner_word_keeps_the_restoration() -> None:
    # 理想像一盏灯: 理想 + 像, not 想象; the restoration already reads it right.
    assert restored("他說，理想像一盞燈，照亮前路。", "t2s") == "他说，理想像一盏灯，照亮前路。"
    assert restored("他說，很難想像一盞燈能照亮前路。", "t2s") == "他说，很难想象一盏灯能照亮前路。"


def test_forced_traditional_and_phrase_choices_are_left_alone() -> None:
    assert restored("想象坐标", "s2t") == "想像座標"
    # A phrase restoration (tw2sp: 資訊 -> 信息) is kept: only spots reading as the character-level
    # restoration get the variant word.
    assert restore_variants("資訊，座標。", "信息，座标。", "t2s", reference="资讯，座标。") == "信息，坐标。"


def test_an_s2tw_page_is_undone_with_s2tw_s_own_inverse() -> None:
    # s2tw writes 著 for 着 too (执着 -> 執著): with tw2s the table is s2tw's, so 执着 stays 执着.
    original = "他对此十分执着，随着时间推移，他难以想象当年的坐标。"
    repost: str = opencc_converter("s2tw").convert(original)
    assert "執著" in repost and "想像" in repost
    assert restored(repost, "tw2s") == original
