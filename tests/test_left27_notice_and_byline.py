"""A notice's signature date under an issuer line that lost its last character (市交通运输\ufffd / 2027年1月10日),
and a byline's 作者 glued to the stamp's clock before it (2026-11-18 07:37作者：宋知远). The texts are our own;
the first test of each pair failed before the fix, the second guards."""

from __future__ import annotations

from pipeline.strip import extract_html
from pipeline.strip.textmeta import author_in_text

BODY = ["春运将于1月26日开始，至3月6日结束，共40天，各单位要确保道路客运安全有序。",
        "各客运企业要对营运车辆逐车开展安全检查，严禁带病车辆上路。"]


def _notice(issuer: str) -> str:
    return ("<html><head><title>关于做好春运安全工作的通知</title></head><body><h1>关于做好春运安全工作的通知</h1>"
            "<div class='content'>" + "".join(f"<p>{p}</p>" for p in BODY)
            + (f"<p>{issuer}</p>" if issuer else "") + "<p>2027年1月10日</p></div></body></html>")


def test_the_signature_date_under_an_issuer_that_lost_its_last_character_stays() -> None:
    assert extract_html(_notice("市交通运输\ufffd")).paragraphs == [*BODY, "市交通运输\ufffd", "2027年1月10日"]


def test_a_date_alone_under_prose_is_still_dropped() -> None:
    assert extract_html(_notice("")).paragraphs == BODY


def test_the_author_label_glued_to_the_stamps_clock() -> None:
    assert author_in_text(["2026-11-18 07:37作者：宋知远  举报"]) == "宋知远"


def test_the_author_label_inside_a_word_is_no_byline() -> None:
    assert author_in_text(["本书由三位合作者：张明与李华共同完成"]) is None
