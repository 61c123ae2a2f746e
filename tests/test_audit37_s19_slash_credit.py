# ruff: noqa: E501
"""Audit37 session 19: a Japanese credit line whose label takes a full-width slash for its colon (取材・文／X,
文／X), alone or as the first paragraph of the story box: the author's line, read for the author and dropped
from the body as the colon form (文：X) is. The texts are our own; each test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html, clean_text

TITLE = "北浜市で朝市が再開\u3000五年ぶり"
BODY = ("北浜市の港で２日朝、五年ぶりに朝市が開かれ、約３千人が訪れた。地元の漁師が魚や干物を並べた。",
        "市によると、朝市は毎月第一日曜日に開く予定で、来年は出店を倍に増やすという。")


@pytest.mark.parametrize("credit", ["取材・文／高橋美咲", "文／高橋美咲", "2026/09/02  取材・文／高橋美咲", "取材・文／高橋美咲 | 2026年9月2日"])
def test_a_slashed_credit_line_in_a_dump_names_the_author(credit: str) -> None:
    rec = clean_text(f"{TITLE}\n\n{credit}\n\n" + "\n\n".join(BODY))
    assert rec.text == "\n".join(BODY)
    assert rec.author == "高橋美咲"


def test_a_slashed_credit_as_the_story_box_first_paragraph_is_dropped_and_read() -> None:
    page = ("<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>朝市</title></head><body><article>"
            f"<h1>{TITLE}</h1><div class=\"entry-content\"><p class=\"src\">取材・文／高橋美咲</p>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</div></article></body></html>")
    rec = clean_html(page)
    assert rec.text == "\n".join(BODY)
    assert rec.author == "高橋美咲"
