"""Near-duplicate dedup: a farm's edited copy of an article is dropped, a different article is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.dedup import DedupStage, folded, similarity, sketch
from pipeline.record import Record

from .helpers import jsonl

TITLE = "Harbour ferry returns after winter repairs"
PARAGRAPHS = [
    "The harbour ferry between Eastpoint and the island villages returned to service on Monday morning after "
    "eleven weeks in dry dock, where engineers replaced both propeller shafts and rebuilt the passenger cabin.",
    "About two hundred commuters were waiting on the pier for the first crossing at a quarter past six, many of "
    "them carrying flasks of tea against the wind that blew steadily from the north-east all morning.",
    "During the repairs the island's children travelled to school by a chartered bus that took the long road "
    "around the bay, adding almost an hour to each journey and emptying the village shop at lunchtime.",
    "The ferry company said the new shafts should last twenty years and that the timetable would return to "
    "half-hourly crossings from next week, once the crew had completed their safety drills on the new equipment.",
    "Local councillors welcomed the return but asked the company to publish a plan for the next dry-dock period, "
    "so that families can arrange transport in advance rather than learning about it a week before.",
]
OTHER = [
    "The mountain railway above Westvale closed for its annual inspection on Monday, two weeks earlier than "
    "planned, after a storm damaged the overhead line near the summit station and left one carriage stranded.",
    "Engineers expect to replace about four hundred metres of cable and two support masts before the railway "
    "can reopen, and the operator has promised a shuttle bus for hikers in the meantime.",
    "Hotels at the summit said bookings had held up so far, although several school trips planned for the "
    "spring term have been moved to the lake steamers on the other side of the valley.",
]


def _write(path: Path, paragraphs: list[str], title: str = TITLE) -> Path:
    path.write_text("\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8")
    return path


def test_a_copy_missing_its_last_paragraph_is_dropped_as_a_near_duplicate(tmp_path: Path, run_cli: Any) -> None:
    first = _write(tmp_path / "a.txt", PARAGRAPHS)
    cut = _write(tmp_path / "b.txt", PARAGRAPHS[:-1])
    other = _write(tmp_path / "c.txt", OTHER, "Mountain railway closes early for inspection")
    code, out, err = run_cli("clean", str(first), str(cut), str(other), "--dedup")
    assert code == 0, err
    records = jsonl(out)
    assert [r["status"] for r in records] == ["ok", "dropped", "ok"]
    assert records[1]["reason"].startswith(f"near-duplicate of {records[0]['id']} (0.")
    assert records[1]["reason"].endswith(" similar)")


def test_near_dup_1_keeps_edited_copies(tmp_path: Path, run_cli: Any) -> None:
    first = _write(tmp_path / "a.txt", PARAGRAPHS)
    cut = _write(tmp_path / "b.txt", PARAGRAPHS[:-1])
    code, out, _ = run_cli("clean", str(first), str(cut), "--dedup", "--near-dup", "1")
    assert code == 0
    assert [r["status"] for r in jsonl(out)] == ["ok", "ok"]


def test_the_database_remembers_sketches_across_runs(tmp_path: Path, run_cli: Any) -> None:
    db = tmp_path / "seen.sqlite"
    first = _write(tmp_path / "a.txt", PARAGRAPHS)
    code, out, _ = run_cli("clean", str(first), "--dedup-db", str(db))
    assert code == 0
    kept_id = jsonl(out)[0]["id"]
    longer = _write(tmp_path / "b.txt", [*PARAGRAPHS, "The first crossing of the day was full again on Tuesday."])
    code, out, _ = run_cli("clean", str(longer), "--dedup-db", str(db))
    assert code == 0
    [record] = jsonl(out)
    assert record["status"] == "dropped"
    assert record["reason"].startswith(f"near-duplicate of {kept_id}")
    code, out, _ = run_cli("clean", str(first), "--dedup-db", str(db))
    assert (code, jsonl(out)[0]["status"]) == (0, "ok")  # the same input again is not a copy of itself


def test_articles_sharing_a_paragraph_are_not_merged() -> None:
    stage = DedupStage()
    first = stage.run_one(Record(id="a", raw=b"", kind="text", text="\n".join(PARAGRAPHS[:3])))
    second = stage.run_one(Record(id="b", raw=b"", kind="text", text="\n".join([PARAGRAPHS[2], *OTHER])))
    stage.close()
    assert (first.status, second.status) == ("ok", "ok")


def test_short_texts_are_compared_exactly_only() -> None:
    assert sketch(folded(PARAGRAPHS[0])) is None
    long_text = folded(" ".join(PARAGRAPHS))
    hashes = sketch(long_text)
    assert hashes is not None and hashes == sorted(hashes)
    assert similarity(hashes, hashes) == 1.0


def test_folding_ignores_spacing_width_and_case() -> None:
    assert folded("Ｔhe  Ferry，returns!") == folded("the ferry, RETURNS")


@pytest.mark.parametrize("value", ["0", "1.5", "high"])
def test_a_bad_similarity_is_a_usage_error(value: str, run_cli: Any, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli("clean", "x.txt", "--dedup", "--near-dup", value)
    assert stop.value.code == 2
    assert "--near-dup" in capsys.readouterr().err
