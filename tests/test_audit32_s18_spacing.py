# ruff: noqa: E501
"""Audit32 session 18: copy-detection spaces the fresh seeds (42, 43) showed kept. The texts are our own;
each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text
from pipeline.repair import repair_text

TITLE = "江城图书馆延长周末开放时间\n\n"


def _story(a: str, b: str, c: str) -> str:
    return (f"本报讯 江城图书馆从本月起延长周末开放时间，周六、周日闭馆时间推迟到晚上9点。馆方介绍，周末{a}以学生和上班族为主，晚间的阅览座位常常一座难求。\n\n"
            f"为了配合新的开放时间，图书馆增加了{b}值班人员，并开通自助借还服务。不少读者表示，下班后终于有时间来馆里{c}看书了。\n")


def test_narrow_spaces_between_ideographs_mark_the_page_as_sprinkled_so_its_few_other_odd_spaces_go() -> None:
    """Two odd spaces mid-sentence are too few to prove the pattern on their own; narrow and thin spaces between
    ideographs (no writer types them there) are the obfuscator's mark, like its readings: the others go too."""
    story = _story("的\u3000读者", "夜\u202f间", "安\u00a0静").replace("晚间", "晚\u2009间").replace("座位", "座\u202f位")
    rec = repair_text(TITLE + story)
    assert "周末的读者以学生" in rec.text and "来馆里安静看书" in rec.text
    assert "\u202f" not in rec.text and "\u2009" not in rec.text
    assert "odd_space" not in {f.rule for f in rec.flags}


def test_a_page_without_narrow_spaces_or_readings_keeps_its_few_odd_spaces_flagged() -> None:
    """The guard: the same two spaces, no narrow ones, no readings: too little evidence; kept and flagged."""
    rec = repair_text(TITLE + _story("的\u3000读者", "夜间", "安\u00a0静"))
    assert "的\u3000读者" in rec.text
    assert "odd_space" in {f.rule for f in rec.flags}


def test_a_space_cutting_a_name_before_the_next_role_word_of_a_byline_goes_and_the_separator_stays() -> None:
    """（记者 罗青\u3000岚 实习生 夏禾）: the ideographic space cuts 岚 off 罗青 (a lone character before the space that
    leads to 实习生); the space before 实习生 separates the byline's parts and stays. The author is 罗青岚."""
    body = ("本报讯（记者 罗青\u3000岚 实习生 夏禾）江城图书馆从本月起延长周末开放时间，周六、周日闭馆\u3000时间推迟到晚上9点。馆方介绍，周末读者以\u2002学生和上班族为主，晚间的阅览座位常常一\u00a0座难求。\n\n"
            "为了配合新的开放时间，图书\u2002馆增加了夜间值班人员，并开通自助借还服务。不少读者表示，下班后终于有时间来馆里\u3000看书了。\n")
    rec = clean_text(TITLE + body)
    assert rec.text.startswith("本报讯（记者 罗青岚 实习生 夏禾）江城图书馆从本月起延长周末开放时间，周六、周日闭馆时间推迟")
    assert rec.author == "罗青岚"


def test_a_space_inside_a_role_word_of_a_byline_goes() -> None:
    """（记者 罗青岚 实习\u2002生 夏禾）: nobody writes a space inside 实习生; in a byline it was kept as a separator."""
    body = ("本报讯（记者 罗青岚 实习\u2002生 夏禾）江城图书馆从本月起延长周末开放时间，周六、周日闭馆\u3000时间推迟到晚上9点。馆方介绍，周末读者以\u2002学生和上班族为主，晚间的阅览座位常常一\u00a0座难求。\n\n"
            "为了配合新的开放时间，图书\u2002馆增加了夜间值班人员，并开通自助借还服务。不少读者表示，下班后终于有时间来馆里\u3000看书了。\n")
    rec = clean_text(TITLE + body)
    assert rec.text.startswith("本报讯（记者 罗青岚 实习生 夏禾）江城图书馆")


def test_an_nbsp_before_a_lost_lead_bytes_mark_after_chinese_becomes_a_plain_space() -> None:
    """（记者\u00a0?R罗青）: the "?" is a lost lead byte's (R its stranded trail byte), no question mark French
    typography keeps an NBSP before; also after a reading's bracket (記者(zhě)\u00a0?R). A French "?" keeps it."""
    rec = repair_text("新华社江城3月5日电（记者\u00a0?R罗青）江城图书馆从本月起延长周末开放时间。")
    assert "（记者 ?R罗青）" in rec.text
    assert repair_text("Tu viens\u00a0? Oui.").text == "Tu viens\u00a0? Oui."


def test_the_short_last_paragraphs_odd_spaces_go_where_the_pages_narrow_spaces_prove_the_pattern() -> None:
    """A last paragraph under 40 characters is no body line; where the page's narrow spaces (or readings) prove
    the obfuscator, its odd spaces go as the body lines' do."""
    story = _story("的\u3000读者", "夜\u202f间", "安静").replace("晚间", "晚\u2009间").replace("座位", "座\u202f位")
    rec = repair_text(TITLE + story + "\n馆方表示，今后将根据读者\u00a0需求继续调整服务。\n")
    assert "馆方表示，今后将根据读者需求继续调整服务。" in rec.text
