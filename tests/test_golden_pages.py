"""Golden pages: raw bytes as served -> the whole pipeline -> the expected article and metadata.

Each fixtures/pages/<slug>/ holds source.bin, headers.json, expected.txt, expected.json and a README
saying what the case is. Pages whose truth needs the repair stage too (pinyin glosses, machine-converted
script) say "needs": "repair" in expected.json; they run like every other page. Regenerate with
fixtures/regenerate.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.sites import load_rules
from pipeline.sites_commands import run_fixture

from .helpers import FIXTURES, ROOT

PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if (p / "expected.txt").is_file())
RECORD_KEYS = ("title", "published", "author", "publisher", "canonical_url", "lang", "script")


def _param(page: Path) -> Any:
    expected = json.loads((page / "expected.json").read_text(encoding="utf-8"))
    return pytest.param(page, expected, id=page.name)


@pytest.mark.parametrize(("page", "expected"), [_param(p) for p in PAGES])
def test_golden_page(page: Path, expected: dict[str, Any]) -> None:
    record = run_fixture(page, load_rules(ROOT / "configs" / "sites"))
    assert record.status == "ok", record.reason
    assert (record.text or "") + "\n" == (page / "expected.txt").read_text(encoding="utf-8")
    for key in RECORD_KEYS:
        if key in expected:
            assert getattr(record, key) == expected[key], key
    rules = {flag.rule for flag in record.flags}
    for flag in expected.get("flags", []):
        assert flag in rules


def test_enough_golden_pages_in_enough_languages() -> None:
    langs = set()
    for page in PAGES:
        record = run_fixture(page, load_rules(ROOT / "configs" / "sites"))
        langs.add(record.lang)
    assert len(PAGES) >= 12
    assert {"zh", "en", "ru", "ja", "es"} <= langs


def test_every_page_says_what_it_is() -> None:
    for page in PAGES:
        assert (page / "README.md").read_text(encoding="utf-8").startswith("# "), page.name
        headers = json.loads((page / "headers.json").read_text(encoding="utf-8"))
        assert headers["content-type"], page.name
        assert headers.get("url") or headers["content-type"].startswith("text/plain"), page.name
