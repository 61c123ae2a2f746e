"""The public Python API keeps its names and shapes: other tools call them."""

from __future__ import annotations

import pipeline
from pipeline import clean_html, clean_text, decode_bytes, repair_text


def test_public_names_are_exported() -> None:
    for name in ("decode_bytes", "repair_text", "clean_html", "clean_text", "apply_plan", "Record"):
        assert name in pipeline.__all__
        assert hasattr(pipeline, name)


def test_decode_bytes_reports_codec_and_source() -> None:
    data = "<p>港口渡轮周一恢复早班航线。</p>".encode("gbk")
    decoded = decode_bytes(data, "text/html; charset=gbk")
    assert (decoded.text, decoded.encoding, decoded.source, decoded.mislabeled) == (
        "<p>港口渡轮周一恢复早班航线。</p>", "gb18030", "http", False)


def test_repair_text_leaves_clean_text_alone() -> None:
    text = "港口渡轮周一恢复早班航线，乘客称“终于不用绕路了”。"
    repaired = repair_text(text)
    assert (repaired.text, repaired.changes, repaired.flags) == (text, [], [])


def test_clean_html_and_clean_text_return_records() -> None:
    page = ("<html><head><title>Ferry | Example News</title></head><body><h1>Harbour ferry returns</h1>"
            "<p>The harbour ferry resumed its morning crossings on Monday after a three-week repair.</p>"
            "</body></html>")
    record = clean_html(page.encode(), url="https://news.example.org/a/1")
    assert record.status == "ok"
    assert record.title == "Harbour ferry returns"
    assert record.text == "The harbour ferry resumed its morning crossings on Monday after a three-week repair."
    assert clean_html(page.encode()).id != clean_html(page.replace("ferry", "tram").encode()).id
    text_record = clean_text("Harbour ferry returns\n\nThe harbour ferry resumed its morning crossings today.\n")
    assert (text_record.title, text_record.text) == (
        "Harbour ferry returns", "The harbour ferry resumed its morning crossings today.")
