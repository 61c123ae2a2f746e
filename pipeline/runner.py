"""The runner: drains records through the stages into a sink, reports errors, sets the exit code."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Protocol

from .dedup import DedupStage
from .parallel import clean_in_workers
from .record import Record
from .settings import Settings
from .sinks.jsonl import record_to_json
from .sites import SiteRules
from .stage import Stage
from .stages import build_stages

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


class Sink(Protocol):
    def write(self, record: Record) -> None: ...


@dataclass(slots=True)
class RunStats:
    status: Counter[str] = field(default_factory=Counter)

    @property
    def exit_code(self) -> int:
        return EXIT_INPUT_ERRORS if self.status["error"] else EXIT_OK


def run(records: Iterable[Record], sink: Sink, errors: IO[str], *, settings: Settings, rules: SiteRules,
        rejects: IO[str] | None = None, dedup: DedupStage | None = None, jobs: int = 1) -> RunStats:
    """Clean every record (on ``jobs`` processes when more than one, same output in the same order);
    ok and dropped records go to ``sink``, errors to one stderr line each."""
    stages: list[Stage] = [] if jobs > 1 else build_stages(settings, rules)
    stream: Iterable[Record] = clean_in_workers(records, settings=settings, rules=rules, jobs=jobs) if jobs > 1 \
        else records
    for stage in stages + ([dedup] if dedup else []):
        stream = stage(stream)
    stats = RunStats()
    for record in stream:
        stats.status[record.status] += 1
        if record.status == "error":
            errors.write(f"repost: error: {record.reason}\n")
            errors.flush()
            if rejects is not None:
                rejects.write(json.dumps(record_to_json(record), ensure_ascii=False) + "\n")
        else:
            sink.write(record)
    return stats
