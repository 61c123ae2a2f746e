"""Annotations checked against the simplified original, including phrase conversions."""

from __future__ import annotations

from pipeline.repair.pinyin import is_reading


def test_reading_of_the_simplified_form_counts() -> None:
    assert is_reading("鬨", "hǒng")  # 哄 converted to 鬨, annotated before conversion
    assert is_reading("瞭", "le", "解")  # 了解 became 瞭解 by phrase; 瞭 alone is liǎo
    assert not is_reading("瞭", "le")
    assert not is_reading("委", "dang", "員")
