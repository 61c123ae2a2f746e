"""A lead byte lost to "?" whose trail byte is 0x80 or above throws the rest of its run out of step; a
repost that saved the page as UTF-8 kept the wrong characters. The run is read again one byte later
(repair/misaligned.py); the lost character is restored only where the page settles it (repair/stray.py),
flagged otherwise. Each page below is damaged here as the repost damaged it: the text encoded, one lead
byte turned to "?", decoded with replacement characters. The articles are our own."""

from __future__ import annotations

from pipeline.api import clean_text
from pipeline.record import Record

_WARNING = ("市气象台今天下午发布今年首个暴雨蓝色预警，预计今晚到明天白天，全市大部分地区有大到暴雨。\n"
            "气象专家提醒，市民出行注意安全，远离河道和低洼地带，相关部门要做好防汛准备工作。\n")
_MUSIC = "現在每到週三下午，教室裏就會傳出歌聲，家長們也覺得孩子變得更開朗了。\n"


def _damaged(text: str, char: str, codec: str) -> str:
    """``text`` with the lead byte of the first ``char`` lost to "?", as a GBK or Big5 repost decoded it."""
    data = bytearray(text.encode(codec))
    data[len(text[: text.index(char)].encode(codec))] = ord("?")
    return bytes(data).decode(codec, "replace")


def _rules(rec: Record) -> set[str]:
    return {c.rule for c in rec.changes} | {f.rule for f in rec.flags}


def test_a_run_read_out_of_step_is_read_in_step_and_the_page_settles_the_lost_characters() -> None:
    """首个?┯昀渡�预警: 暴's lead lost, its trail paired with 雨's lead and so on to the decoder's U+FFFD
    (色's trail). Read one byte later the run is 雨蓝; 暴 (暴雨) and 色 (蓝色) are written elsewhere on the
    page: all restored, nothing flagged."""
    page = _damaged(_WARNING, "暴", "gbk") + "蓝色预警发布后，各区已启动应急响应，暴雨期间请减少外出。\n"
    assert "首个?┯昀渡\ufffd预警" in page
    rec = clean_text("暴雨预警\n\n" + page)
    assert "今年首个暴雨蓝色预警，" in rec.text
    assert {"misaligned_run", "stray_byte"} <= _rules(rec)
    assert not rec.flags


def test_without_the_page_s_evidence_the_run_is_in_step_and_the_lost_character_flagged() -> None:
    """The same spot on a page that writes 暴雨 elsewhere (大到暴雨) but not 色: the run is read in step,
    暴 restored, 色 stays U+FFFD, flagged; no "?" widened to a question mark, no nonsense left."""
    rec = clean_text("暴雨预警\n\n" + _damaged(_WARNING, "暴", "gbk"))
    assert "今年首个暴雨蓝\ufffd预警" in rec.text
    assert "？" not in rec.text
    assert "replacement_chars" in {f.rule for f in rec.flags}
    bare = clean_text("天气预警\n\n" + _damaged(_WARNING.replace("大到暴雨", "大雨"), "暴", "gbk"))
    assert "今年首个?\ufffd雨蓝\ufffd预警" in bare.text  # nothing writes 暴 there: both lost characters flagged


def test_an_ascii_trail_byte_after_the_run_is_taken_back_in() -> None:
    """現在?康竭L三下午 (traditional GBK; 每's lead lost): the run's last lead byte (週's) left its ASCII trail
    'L' alone. Read in step: ?\ufffd到週三下午, 每 flagged."""
    page = _damaged(_MUSIC, "每", "gbk")
    assert "現在?康竭L三下午" in page
    rec = clean_text("音樂課\n\n" + page, script="keep")
    assert "現在?\ufffd到週三下午" in rec.text
    assert "misaligned_run" in {c.rule for c in rec.changes}


def test_a_bigram_the_page_has_by_chance_does_not_settle_the_lost_character() -> None:
    """孩子?\ufffd得 (變's lead lost): 們 has 變's trail byte too, and the page writes 孩子們; but 變得 is a
    far commoner word than any 們 makes there: flagged, not 孩子們得 (a third text)."""
    page = _damaged(_MUSIC, "變", "gbk") + "老師說，孩子們上課很專心。\n"
    rec = clean_text("音樂課\n\n" + page, script="keep")
    assert "孩子們得" not in rec.text
    assert "孩子?\ufffd得" in rec.text


def test_a_folded_question_mark_before_chinese_is_still_a_question_mark() -> None:
    """The guard: a repost's folded "?" before a sentence reads worse one byte later: widened as before."""
    rec = clean_text("请假\n\n你明天还来上班吗?我这几天身体不太舒服，想在家休息两天。\n")
    assert "吗？我这几天" in rec.text
    assert "misaligned_run" not in _rules(rec)
