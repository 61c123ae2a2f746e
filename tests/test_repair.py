"""Repair stage: fixture cases, replay of the change log, idempotence, property tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.repair import FIXERS, apply_plan, repair_text

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _load(negative_only: bool = False) -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if negative_only and (case["original"] != case["fixed"] or case["expect"] != "pass"):
                continue
            marks = [pytest.mark.xfail(strict=True)] if case["expect"] == "fail" else []
            params.append(pytest.param(case, id=f"{path.stem}:{case['label']}", marks=marks))
    return params


@pytest.mark.parametrize("case", _load())
def test_fixture_case(case: dict[str, str]) -> None:
    result = repair_text(case["original"])
    assert result.text == case["fixed"]
    assert apply_plan(case["original"], result.changes) == result.text
    assert repair_text(result.text).text == result.text


@pytest.mark.parametrize("case", _load(negative_only=True))
def test_negative_cases_record_nothing(case: dict[str, str]) -> None:
    assert repair_text(case["original"]).changes == []


def test_changes_are_named_and_carry_evidence() -> None:
    text = "新華社電 網(wǎng)絡(luò)信息\u200b安全。"
    result = repair_text(text)
    rules = [c.rule for c in result.changes]
    assert rules == ["zero_width", "pinyin_annotation", "script:t2s"]
    assert result.text == "新华社电 网络信息安全。"
    for change in result.changes:
        assert change.stage == "repair" and change.evidence and change.edits
        assert change.action in ("replace", "remove")
    assert result.script == "simplified"


def test_registry_order_gathers_script_evidence_before_pinyin_removal() -> None:
    names = list(FIXERS)
    assert names.index("script_evidence") < names.index("pinyin_annotation") < names.index("script")
    assert names.index("lost_lead_byte") < names.index("pinyin_annotation")


def test_bad_script_option_is_rejected() -> None:
    with pytest.raises(ValueError):
        repair_text("x", script="klingon")


_ALPHABET = st.sampled_from(
    list("abcI? <>&;\n\u3000\u00a0\u200b（）()ǎ")
    + list("的一是了我不人在他有這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡")
    + ["ā", "ò", "營", "展", "锟斤拷", "\ufffd", "Ã©", "涓枃", "⼈"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
@example("Ã©\u00a0\u00a0")  # two NBSPs after a three-byte lead read as latin-1: both go in one pass
@example("⼈ ⼈（")  # a radical look-alike whose CJK neighbour is another one: both go in one pass
def test_replay_and_idempotence_property(text: str) -> None:
    result = repair_text(text)
    assert apply_plan(text, result.changes) == result.text
    again = repair_text(result.text)
    assert again.text == result.text


_WRONG = ("gbk", "gb18030", "big5", "shift_jis", "euc_kr", "koi8_r", "cp1251", "cp1252")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["日本語のテキストです", "Городской совет", "新华社北京电", "한국어 텍스트입니다"]),
    st.sampled_from(_WRONG),
)
def test_injected_mojibake_is_restored_or_flagged(clean: str, wrong: str) -> None:
    """A lying label: strict decodes are restored exactly; lossy ones stay as they are, flagged."""
    data = clean.encode("utf-8")
    try:
        broken, lossless = data.decode(wrong), True
    except UnicodeDecodeError:
        broken, lossless = data.decode(wrong, errors="replace"), False
    result = repair_text(broken)
    assert apply_plan(broken, result.changes) == result.text
    if lossless:
        assert result.text == clean
    else:
        assert result.text == broken and result.flags
