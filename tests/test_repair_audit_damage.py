"""Lost lead bytes followed by the lost character's own reading (a bench/audit finding)."""

from __future__ import annotations

import pytest

from pipeline.record import apply_plan
from pipeline.repair import repair_text


def _lose_lead(annotated: str, victim: str, codec: str = "gbk") -> str:
    """``annotated`` with ``victim``'s lead byte lost to "?" in ``codec`` (its reading stays after it)."""
    data = annotated.encode(codec)
    pos = data.index(victim.encode(codec))
    return (data[:pos] + b"?" + data[pos + 1 :]).decode(codec)


def test_own_reading_picks_the_lost_character() -> None:
    damaged = _lose_lead("碼頭工人告訴(sù)記者，渡輪明天復航。", "訴")
    assert "?V(sù)" in damaged
    result = repair_text(damaged, script="keep")
    assert result.text == "碼頭工人告訴記者，渡輪明天復航。"
    assert [c.rule for c in result.changes] == ["lost_lead_byte", "pinyin_annotation"]
    assert "own reading" in result.changes[0].evidence
    assert apply_plan(damaged, result.changes) == result.text


def test_own_reading_in_big5() -> None:
    damaged = _lose_lead("渡輪公司負責人對記(ji4)者說明天復航。", "記", "big5")  # Big5 has no ì
    assert "?O(ji4)" in damaged
    assert repair_text(damaged, script="keep", codec_hint="big5").text == "渡輪公司負責人對記者說明天復航。"


def test_a_reading_no_candidate_has_is_flagged_not_guessed() -> None:
    damaged = _lose_lead("碼頭工人告訴(sù)記者，渡輪明天復航。", "訴").replace("(sù)", "(mā)")
    result = repair_text(damaged, script="keep")
    assert "?V" in result.text
    assert any(f.rule == "lost_lead_byte" and "mā" in f.evidence for f in result.flags)


def test_a_flagged_lost_byte_keeps_its_ascii_question_mark() -> None:
    prose = "港口渡轮周一恢复早班航线,乘客称终于不用绕路了,船长说天气好转后还会加密班次。"
    # 盤 (GBK B1 50) lost its lead byte: 盤活 and 過關 are both words, neither very common.
    damaged = _lose_lead("杭州通過盤活閒置用房。", "盤") + prose
    assert "過?P活" in damaged
    result = repair_text(damaged, script="keep")
    assert "過?P活" in result.text and "航线，乘客" in result.text
    assert any(f.rule == "lost_lead_byte" for f in result.flags)


def test_a_lost_character_after_a_glossed_one_uses_the_page_bigram() -> None:
    clean = "城市發展營造良好環境，發(fā)展(zhǎn)營造新空間。"
    damaged = _lose_lead(clean, "營造新", "gbk")
    assert "展(zhǎn)?I造" in damaged
    result = repair_text(damaged, script="keep")
    assert result.text == "城市發展營造良好環境，發展營造新空間。"
    assert "written elsewhere on the page" in result.changes[0].evidence
    assert apply_plan(damaged, result.changes) == result.text


@pytest.mark.parametrize("opening", ["\n", "，"])
def test_own_reading_at_a_line_start_or_after_punctuation(opening: str) -> None:
    damaged = _lose_lead(f"渡輪明天復航{opening}訴(sù)求得到回應。", "訴")
    assert f"{opening}?V(sù)" in damaged
    assert repair_text(damaged, script="keep").text == f"渡輪明天復航{opening}訴求得到回應。"


def test_own_reading_in_zhuyin_and_square_brackets() -> None:
    damaged = _lose_lead("碼頭工人告訴【ㄙㄨˋ】記者，渡輪明天復航。", "訴")
    assert repair_text(damaged, script="keep").text == "碼頭工人告訴記者，渡輪明天復航。"


def test_among_common_candidates_the_page_bigram_decides() -> None:
    # 議 (GBK D7 68) lost D7: 議, 逸 and 仡 read yì with a trail "h" in GBK or Big5; 建議 recurs.
    damaged = _lose_lead("專家建議【yi4】加快修復。市民也提出建議。", "議【")
    assert "建?h【yi4】" in damaged
    result = repair_text(damaged, script="keep")
    assert result.text == "專家建議加快修復。市民也提出建議。"
    assert "bigram" in result.changes[0].evidence


def test_several_common_candidates_without_page_or_word_evidence_are_flagged() -> None:
    # 買 (GBK D9 49) or 埋 (Big5 AE 49) read mài/mái: neither is on the page, neither makes a common word.
    damaged = "資金可以?I【mai】哪些產品？"
    result = repair_text(damaged, script="keep")
    assert "?I" in result.text and any(f.rule == "lost_lead_byte" for f in result.flags)


def test_without_page_evidence_a_common_word_decides_between_readings() -> None:
    damaged = _lose_lead("專家建議【yi4】加快修復。", "議【")
    assert repair_text(damaged, script="keep").text == "專家建議加快修復。"


def test_a_lost_character_the_page_never_repeats_is_decided_by_a_common_word() -> None:
    damaged = _lose_lead("社區推進養老服務。", "進")
    assert "推?M養" in damaged  # 進 or 盡 by the bytes; only 推進 is a word
    result = repair_text(damaged, script="keep")
    assert result.text == "社區推進養老服務。"
    assert "makes a common word" in result.changes[0].evidence


@pytest.mark.parametrize("before", ["靠打魚為生的老陳,", ""])
def test_a_lost_character_after_punctuation_or_at_a_line_start_is_decided_by_the_next_word(before: str) -> None:
    # 如 is A6 70 in Big5: with its lead byte lost only "p" is left, and only 如今 is a common word.
    result = repair_text(before + "?p今開起了民宿，生意越來越好。", script="keep")
    assert "如今開起了民宿" in result.text
    assert any("如 makes a common word" in c.evidence for c in result.changes)


def _lost(text: str, char: str) -> str:
    """``text`` with the GBK lead byte of ``char`` lost to "?" (its trail byte left as ASCII)."""
    return text.replace(char, "?" + char.encode("gbk")[1:].decode("latin-1"), 1)


@pytest.mark.parametrize(
    ("text", "char"),
    [
        # before a digit (增長 settled by the page: 增兵 is a word too, the word list alone does not decide)
        ("全國鐵路累計發送旅客1.2億人次，同比增長7.4%。客流增長主要來自城際線。", "長"),
        ("據介紹，新機將於下月正式開售，起售價7999元。", "紹"),  # before a mark
    ],
)
def test_a_lost_lead_byte_before_a_digit_or_a_mark_is_recovered(text: str, char: str) -> None:
    result = repair_text(_lost(text, char))
    assert result.text == text
    assert [c.rule for c in result.changes] == ["lost_lead_byte"]


def test_a_mark_after_a_stranded_trail_byte_makes_no_bigram() -> None:
    # 點 lost before a comma: "與," occurs elsewhere, which says nothing about the lost character.
    text = "試點,通過與,其他地區與,相關部門與,合作。"
    assert "與" not in repair_text(_lost(text, "點")).text.split(",")[0]


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        ("假期期?g【jian】，鐵路部門加開旅客列車。", "假期期間，鐵路部門加開旅客列車。"),  # 期間: a common word
        ("喝水不花錢，現在為啥要交?X(qián)。", "喝水不花錢，現在為啥要交錢。"),  # 錢 is on the page, 鉗 is not
    ],
)
def test_between_candidates_reading_the_syllable_the_evidence_decides(damaged: str, restored: str) -> None:
    assert repair_text(damaged).text == restored


def test_a_question_mark_after_a_question_particle_is_not_a_lost_lead_byte() -> None:
    """还能送吗?B组…: a Chinese question closed by an ASCII "?" before a Latin word is no stranded trail
    byte (B = 0x42 could be one); the same "?" after another character still is (audit23 ctl04)."""
    text = "下雨天还能送吗?B组试点的数据显示，小雨天气可以正常飞行。"
    assert not [f for f in repair_text(text, script="keep").flags if f.rule == "lost_lead_byte"]
    damaged = text.replace("吗?", "?")
    assert [f for f in repair_text(damaged, script="keep").flags if f.rule == "lost_lead_byte"]


def test_an_article_about_mojibake_quoting_kunjinkao_is_not_flagged() -> None:
    """An article on 乱码 quoting “锟斤拷锟斤拷” writes its example, also where its headline names it; the
    same runs with none quoted, or quoted in an article on something else, are lost bytes (audit23 ctl01)."""
    about = "锟斤拷的来历\n程序员都见过“锟斤拷锟斤拷”：这种乱码来自被当作GBK读取的替换字符。"
    assert not [f for f in repair_text(about, script="keep").flags if f.rule == "replacement_chars"]
    for text in (about.replace("“锟斤拷锟斤拷”", "锟斤拷锟斤拷"), about.replace("乱码", "问题")):
        assert [f for f in repair_text(text, script="keep").flags if f.rule == "replacement_chars"], text


def test_a_lost_lead_byte_at_a_line_end_is_flagged_not_folded() -> None:
    """Big5's 。 is A1 43: its lead lost at a paragraph's end leaves "?C" before the line break. Flagged
    and left (a closing mark is the likeliest loss, no word decides it), not folded to "？C" (audit23 lead07)."""
    damaged = _lose_lead("市府表示，每梯次限30人，須事先上網報名。\n解說員說，許多螃蟹入夜後才出來。", "。", "big5")
    assert "報名?C\n" in damaged
    result = repair_text(damaged, script="keep", codec_hint="big5")
    assert "報名?C\n" in result.text
    assert [f for f in result.flags if f.rule == "lost_lead_byte"]
    assert "?C" in repair_text("你知道吗?C\n下一段。", script="keep").text  # a question mark (the particle) stays too
