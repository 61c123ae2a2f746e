"""The western fixer's gate: only text where ftfy could find UTF-8 read as a single-byte codec."""

from __future__ import annotations

import pytest

from pipeline.repair import repair_text
from pipeline.repair.utf8_misreads import utf8_misread_offsets


@pytest.mark.parametrize(
    "clean",
    [
        "Café owners say the déjà-vu of last winter still worries them.",
        "A população da região começou a votação.",
        "Жители района в среду ждали, когда откроют школу.",
        "Мешканці Львова святкували відкриття нової бібліотеки.",
        "Żółta łódź przypłynęła do portu.",
        "他说……“这是真的”“当然”——没有疑问。",
    ],
)
def test_clean_prose_has_no_utf8_misread(clean: str) -> None:
    assert utf8_misread_offsets(clean) == []


@pytest.mark.parametrize(
    ("mojibake", "offsets"),
    [
        ("cafÃ© crÃ¨me", [3, 8]),  # 2-byte sequences read as latin-1
        ("voilÃ le travail", [4]),  # the NBSP continuation became a space
        ("â€œquotedâ€\x9d", [0, 9]),  # 3-byte sequences read as cp1252
        ("ðŸ˜€ smile", [0]),  # a 4-byte sequence
        ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", [0, 1, 2, 4, 6, 8, 10]),  # Russian read as latin-1 (¿Ñ: MacRoman)
        ("Р В Р°", [0, 2, 4]),  # Russian read as cp1251, NBSPs lost to spaces
    ],
)
def test_utf8_read_as_a_single_byte_codec_is_found(mojibake: str, offsets: list[int]) -> None:
    assert utf8_misread_offsets(mojibake) == offsets


def test_the_gate_still_lets_the_repair_through() -> None:
    fixed = repair_text("The cafÃ© served crÃ¨me brÃ»lÃ©e and voilÃ  the bill.")
    assert fixed.text == "The café served crème brûlée and voilà the bill."
    assert [c.rule for c in fixed.changes] == ["mojibake_western"]
