# ruff: noqa: E501
"""Audit32 session 18: a lost lead byte followed by the lost character's own reading (fresh seeds 41-43).
The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text
from pipeline.repair import repair_text

HEAD = "九九热精品视频-亚洲高清在线看-国产精品99久久-免费福利资源大全\n\n\xa0\n當前位置 : 首頁 > 新聞中心 > 社會\n\xa0\n\n"


def test_the_reading_of_a_phrase_converted_character_settles_its_lost_lead_byte() -> None:
    """站長?t（le）解到: 't' is the GBK trail of 瞭 (B2 74), the form s2t writes for 了 in 了解. The farm read the
    simplified text (了: le) before converting it, so the reading belongs to the phrase, not to 瞭 alone."""
    paras = ["本(běn)報(bào)訊 記(jì)者從市氣(qì)象站?t（le）解(jiě)到，本週(zhōu)末全市將迎來一次明顯降溫。",
             "氣(qì)象站提醒，市民出(chū)行要注意添衣保暖，做好防範。"]
    rec = clean_text(HEAD + "本週末全市明顯降溫\n\n" + "\n\n".join("\u3000\u3000" + p for p in paras))
    assert rec.text.split("\n")[0] == "本报讯 记者从市气象站了解到，本周末全市将迎来一次明显降温。"
    assert "lost_lead_byte" not in {f.rule for f in rec.flags}


def test_among_the_few_characters_reading_the_syllable_the_only_one_making_a_word_is_taken() -> None:
    """學校?Y（lǐ）堂: 禮 and 裏 (GBK B6 59, C0 59) and 鋰 (Big5) read lǐ with trail 'Y'; only 禮 makes a word with
    a neighbour (禮堂, a word of jieba's but below the very-common count that decides among a lost byte's
    64 unread candidates). Once the reading has narrowed the candidates, a word decides."""
    paras = ["開(kāi)學第(dì)一天，同學們在學校?Y（lǐ）堂觀(guān)看了一場木偶戲。",
             "演(yǎn)出結(jié)束後，老師帶大家參觀了後臺。"]
    rec = clean_text(HEAD + "木偶戲走進校園\n\n" + "\n\n".join("\u3000\u3000" + p for p in paras))
    assert rec.text.split("\n")[0] == "开学第一天，同学们在学校礼堂观看了一场木偶戏。"
    assert "lost_lead_byte" not in {f.rule for f in rec.flags}


def test_the_reading_after_an_unsettled_lost_lead_byte_goes_and_the_spot_stays_flagged() -> None:
    """老人?Y（lǐ）那天: three candidates read lǐ and none makes a word there; the spot stays as the page has it,
    flagged, and the reading after it goes like the page's other readings (as after 锟斤拷)."""
    text = "\u3000\u3000記(jì)者(zhě)從(cóng)市(shì)區獲(huò)悉，這(zhè)位老人?Y（lǐ）那天回到家中。\n\u3000\u3000據(jù)介紹，活動將持續到月底。"
    rec = repair_text(text)
    assert "这位老人?Y那天回到家中。" in rec.text
    assert [f.rule for f in rec.flags] == ["lost_lead_byte"]


def test_a_reading_after_an_unsettled_spot_stays_on_a_page_with_too_few_readings() -> None:
    """The guard: without the page's confirmed readings (three or more), a bracketed syllable after "?X" is
    not known to be the repost's."""
    text = "\u3000\u3000記者從市區獲悉，這(zhè)位老人?Y（lǐ）那天回到家中。\n\u3000\u3000據介紹，活動將持續到月底。"
    rec = repair_text(text)
    assert "?Y（lǐ）那天" in rec.text


def test_a_number_before_the_spot_frames_a_candidate_the_page_writes_after_another_number() -> None:
    """超3?f人次: 'f' is the GBK trail of 萬 (C8 66) and the Big5 trail of 病 (AF 66). The page writes 2.6萬人次: after
    a number, any number frames 萬 with 人 as the spot's neighbours do, where 病人 (a commoner word than 萬人) made the
    one-side evidence yield before."""
    text = ("\u3000\u3000夜場開放首月，博物館共接待觀眾2.6萬人次，其中青年觀眾佔比超過六成。\n"
            "\u3000\u3000館方表示，國慶假期期間預計接待觀眾超3?f人次，將增開夜場。")
    rec = repair_text(text)
    assert "預計接待觀眾超3萬人次" in rec.text or "预计接待观众超3万人次" in rec.text
    assert "lost_lead_byte" not in {f.rule for f in rec.flags}
