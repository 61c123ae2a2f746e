"""Session 22's faster repair paths against plain definitions of what they must give.

A text is translated back to the controls cp932 reads only when it holds one of their characters
(a dict translation costs a quarter of a microsecond a character). A lossy run's pieces now take their
round trips from :class:`.candidates.Trips` (one encoding per wrong codec, not one per pair), whose
answers tests/test_repair_speed12.py compares with the round trips made alone; the common-word
choice's partner look-up is compared with its plain definition in tests/test_repair_speed16.py.
"""

from __future__ import annotations

import random

from pipeline.repair.roundtrip import _as_read, _c1_references


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_a_text_is_translated_for_cp932_only_when_it_holds_a_reference_character() -> None:
    for text in _strings("a é€\x80縲、中‚", 400, 12, 2201):
        for codec in ("cp932", "gbk", "big5", "cp1252"):
            assert _as_read(text, codec) == text.translate(_c1_references(codec))
        if "€" not in text:
            assert _as_read(text, "cp932") is text  # no translation made

