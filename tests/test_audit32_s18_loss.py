# ruff: noqa: E501
"""Audit32 session 18: a dateline or byline that lost bytes to replacement marks (U+FFFD, 锟斤拷) still reads as
one: its separator is no copy-detection noise, its publisher and reporter are still named. The texts are our
own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text

TITLE = "江城图书馆延长周末开放时间\n\n"
# copy-detection spaces inside words on two body lines: the page proves the pattern, they go
REST = ("江城图书馆从本月起延长周末开\u3000放时间，周六、周日闭馆时间推\u2002迟到晚上9点。馆方介绍，周末读者以学\u00a0生和上班族为主，晚间的阅览座位常常一座难求。\n\n"
        "为了配合新的开放时间，图书\u2002馆增加了夜间值班人员，并开通自助借还服务。不少读者表示，下班后终于有时\u3000间来馆里看书了。\n")
CLEAN_REST = "江城图书馆从本月起延长周末开放时间，周六、周日闭馆时间推迟到晚上9点。"


def test_a_byline_whose_role_word_lost_a_character_keeps_its_separator() -> None:
    """（\ufffd者 罗青岚）: 记 was lost; the bracket is still the byline, its space the writer's."""
    rec = clean_text(TITLE + "新华社江城3月5日电（\ufffd者\u3000罗青岚）" + REST)
    assert rec.text.startswith("新华社江城3月5日电（\ufffd者 罗青岚）" + CLEAN_REST) or rec.text.startswith(
        "新华社江城3月5日电（\ufffd者\u3000罗青岚）" + CLEAN_REST)


def test_a_space_right_after_lost_bytes_stays() -> None:
    """（锟斤拷 罗青岚）: what the lost bytes held (记者) decides whether the space was a separator; it stays."""
    rec = clean_text(TITLE + "江城日报讯（锟斤拷\u00a0罗青岚）" + REST)
    assert rec.text.startswith("江城日报讯（锟斤拷 罗青岚）" + CLEAN_REST)


def test_a_dateline_whose_day_lost_its_character_keeps_its_separator_and_names_its_publisher() -> None:
    """中新社江城3月5\ufffd电 …: 日 was lost; the space after 电 still ends the dateline, and 中新社 is its publisher."""
    rec = clean_text(TITLE + "中新社江城3月5\ufffd电\u2002" + REST)
    assert rec.text.startswith("中新社江城3月5\ufffd电 " + CLEAN_REST) or rec.text.startswith(
        "中新社江城3月5\ufffd电\u2002" + CLEAN_REST)
    assert rec.publisher == "中新社"


def test_the_reporter_of_a_dateline_whose_day_and_wire_mark_are_lost_is_still_named() -> None:
    """人民网江城3月5锟斤拷（记者 罗青岚）: 日电 read as 锟斤拷; the brackets after it still name the reporter."""
    rec = clean_text(TITLE + "人民网江城3月5锟斤拷（记者\u3000罗青岚）" + REST)
    assert rec.author == "罗青岚"
    assert rec.publisher == "人民网"
