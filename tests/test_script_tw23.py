"""s2twp's Taiwan phrases of another length (优化 -> 最佳化, 刷新 -> 重新整理) come back whole on a page shown
converted; a phrase as long as its word is weighed by its words as before. The texts are our own."""

from __future__ import annotations

import opencc

from pipeline.repair import repair_text
from pipeline.repair.script import restore_config, restored
from pipeline.repair.tw_phrases import swaps

# Our own mainland story: 优化 and 刷新 are the words s2twp writes longer (最佳化, 重新整理); 软件 and 网络
# are its everyday swaps (軟體, 網路).
ORIGINAL = ("新华社杭州3月2日电 记者从省经信厅获悉，全省将进一步优化营商环境，推动软件和网络产业发展。"
            "在日前举行的行业大会上，本地企业研发的调度系统刷新了多项纪录。")


def test_a_longer_taiwan_phrase_is_weighed_whole_not_by_its_first_two_characters() -> None:
    repost = opencc.OpenCC("s2twp").convert(ORIGINAL)
    assert "最佳化" in repost and "重新整理" in repost
    assert restore_config(repost) == "tw2sp"
    # 最佳 (3297) and 重新 (8297) are commoner mainland words than 优化 (952) and 刷新 (201), but 最佳化 and
    # 重新整理 are no mainland words (jieba: 3 each)
    assert restored(repost, "tw2sp") == ORIGINAL


def test_the_inverted_table_reads_each_phrase_back_as_the_character_level_restoration_does() -> None:
    table = swaps("t2s")
    assert (table["优化"].phrase, table["刷新"].phrase, table["互联网"].phrase) == ("最佳化", "重新整理", "网际网路")
    assert "信息中心" not in table  # 資訊中心: swapped in place, weighed by its words (资讯 561)
    assert "执着" not in table  # s2tw's 執著 too: a character form, no phrase of s2twp's


def test_a_taiwan_sites_chrome_resolution_line_casts_no_vote_for_s2twp() -> None:
    # our own mainland story through s2tw on a Taiwan portal whose footer recommends a screen resolution (最佳
    # 解析度: s2twp's word for 分辨率, as long: weighed by its words, 解析 491 and 分辨 712, no vote); the story's
    # 线上 must stay as it wrote it
    s2tw = opencc.OpenCC("s2tw").convert
    story = s2tw("本报讯 今年春茶采摘进入尾声，茶农表示茶叶品质较好，线上订单比去年增加三成。")
    page = (f"<html><body>\n<h1>{s2tw('春茶采摘进入尾声')}</h1>\n<p>{story}</p>\n"
            "<p>© 2026 看新聞部落 All Rights Reserved<br>建議使用IE 8.0以上版本瀏覽器，最佳解析度1024x768</p>\n"
            "</body></html>")
    assert restore_config(page) != "tw2sp"


def test_a_genuine_taiwan_story_keeps_its_words() -> None:
    taiwan = ("中央社記者今天報導，經濟部表示將持續最佳化投資環境，協助業者導入資料分析工具；"
              "官網已重新整理相關資訊，民眾可上網查詢。")
    result = repair_text(taiwan)
    assert result.text == taiwan
    assert result.script == "traditional"

