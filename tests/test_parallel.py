"""``repost clean --jobs N``: real worker processes give the output one process gives, in input order."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.parallel import IN_FLIGHT_PER_WORKER, clean_in_workers
from pipeline.record import Record
from pipeline.settings import Settings
from pipeline.sites import SiteRules

from .helpers import FIXTURES, jsonl


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Path:
    """Every fixture page (HTML in legacy encodings, text dumps), a copy of one, and two bad files."""
    folder = tmp_path / "in"
    folder.mkdir()
    for page in sorted((FIXTURES / "pages").iterdir()):
        if page.is_dir():
            suffix = ".txt" if page.name.startswith("text") or "-text-" in page.name else ".html"
            shutil.copy(page / "source.bin", folder / f"{page.name}{suffix}")
    shutil.copy(folder / "zh-dedecms-gbk-spam.html", folder / "zz-copy-of-dedecms.html")
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(9)) * 50)
    return folder


def test_two_workers_write_what_one_process_writes(mixed_inputs: Path, run_cli: Any) -> None:
    one = run_cli("clean", str(mixed_inputs), "--explain", "--dedup")
    two = run_cli("clean", str(mixed_inputs), "--explain", "--dedup", "--jobs", "2")
    assert two == one
    code, out, err = two
    records = jsonl(out)
    assert code == 1  # the two bad files
    assert err.count("repost: error:") == 2 and "empty.html: empty input" in err
    assert [r["source_path"].rsplit("/", 1)[-1] for r in records] == sorted(
        p.name for p in mixed_inputs.iterdir() if p.name not in ("empty.html", "binary.html"))
    copy = records[-1]
    assert copy["status"] == "dropped" and "duplicate" in copy["reason"]
    assert any(r["script"] == "simplified" and r["changes"] for r in records)


def test_jobs_option_is_checked(run_cli: Any, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli("clean", str(tmp_path), "--jobs", "two")
    assert stop.value.code == 2


def test_only_a_bounded_window_of_records_is_read_ahead() -> None:
    pulled: list[int] = []

    def records() -> Iterator[Record]:
        for number in range(40):
            pulled.append(number)
            yield Record(id=str(number), raw=f"第{number}条：今天的新闻。".encode(), kind="text")

    cleaned = clean_in_workers(records(), settings=Settings(), rules=SiteRules(), jobs=2)
    first = next(cleaned)
    assert first.id == "0" and first.text == "第0条：今天的新闻。" and first.raw is None
    assert len(pulled) <= 2 * IN_FLIGHT_PER_WORKER
    assert [record.id for record in cleaned] == [str(n) for n in range(1, 40)]
