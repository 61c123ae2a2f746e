"""Audit31: a page that is only 锟斤拷 (U+FFFD's UTF-8 bytes read as GBK and saved again: every byte of the
page was lost) is refused like a page of only U+FFFD, one error line naming it; an article with a few 锟斤拷
runs in it is still an article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import jsonl

STORY = "城西街道十二个老旧小区的雨污分流改造工程日前全部完工，惠及居民四千三百余户。"


def test_a_page_of_only_kunkinkao_is_refused_and_the_run_goes_on(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "a_junk.txt").write_text(("锟斤拷" * 30 + "\n") * 50, encoding="utf-8")
    (tmp_path / "b_story.txt").write_text(f"雨污分流改造完工\n\n　　{STORY}锟斤拷{STORY}\n", encoding="utf-8")
    code, out, err = run_cli("clean", str(tmp_path))
    assert code == 1
    assert [Path(r["source_path"]).name for r in jsonl(out)] == ["b_story.txt"]
    assert jsonl(out)[0]["status"] == "ok" and STORY in jsonl(out)[0]["text"]
    lines = err.splitlines()
    assert len(lines) == 1 and "a_junk.txt" in lines[0]


def test_the_api_refuses_a_text_of_only_lost_characters_as_the_cli_does() -> None:
    """A str given to clean_text / clean_html skips decoding, not the test that there is text at all."""
    from pipeline import clean_html, clean_text

    for junk in ("\ufffd" * 300, "锟斤拷" * 100, ("\x00\x01" * 200)):
        record = clean_text(junk)
        assert record.status == "error" and "binary data" in (record.reason or ""), junk[:3]
    assert clean_html("<p>" + "\ufffd" * 300 + "</p>").status == "error"
    story = clean_text(f"雨污分流改造完工\n\n{STORY}锟斤拷{STORY}\n")
    assert story.status == "ok" and "锟斤拷" in (story.text or "")
