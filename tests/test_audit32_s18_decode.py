# ruff: noqa: E501
"""Audit32 session 18: a raw UTF-8 paragraph pasted into a GB18030 page behind the page's own indent of no-break
spaces, which GB18030 writes in four bytes each (81 30 84 32). The text is our own; the test failed before its fix."""

from __future__ import annotations

from pipeline.decode import decode_bytes

INDENT = "\xa0\xa0\xa0\xa0".encode("gb18030")


def test_a_utf8_paragraph_behind_a_gb18030_no_break_space_indent_is_read_as_utf8() -> None:
    head = "图书馆延长周末开放时间\n\n".encode("gb18030")
    first = INDENT + "江城图书馆从本月起延长周末开放时间，周六、周日闭馆时间推迟到晚上9点。\n".encode("gb18030")
    # (the repost's readings split the paragraph into short UTF-8 runs between ASCII letters)
    pasted = INDENT + "為（wei）了配合新的開（kai）放時（shi）間，圖（tu）書館增（zeng）加了夜（ye）間值班人員。\n".encode()
    last = INDENT + "不少读者表示，下班后终于有时间来馆里看书了。\n".encode("gb18030")
    decoded = decode_bytes(head + first + pasted + last)
    assert "為（wei）了配合新的開（kai）放時（shi）間，圖（tu）書館增（zeng）加了夜（ye）間值班人員。" in decoded.text
    assert "江城图书馆从本月起延长周末开放时间" in decoded.text and "\ufffd" not in decoded.text
