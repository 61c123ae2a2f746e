"""The stage contract: a small class over a stream of records.

The base class owns the loop, the counters and per-record error capture, so a stage only says what
it does to one record. A record that is not ``ok`` passes through untouched; a record whose stage
raises becomes an error record and the stream goes on.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator

from .errors import InputError
from .record import Record


class Stage(ABC):
    name: str = "stage"

    def __init__(self) -> None:
        self.stats: Counter[str] = Counter()

    @abstractmethod
    def process(self, record: Record) -> Record:
        """Transform one record; raise :class:`InputError` for input that cannot be used."""

    def run_one(self, record: Record) -> Record:
        if record.status != "ok":
            return record
        try:
            record = self.process(record)
        except InputError as exc:
            record.fail(str(exc))
        except Exception as exc:  # a bug on one page must not end the run
            record.fail(f"{record.provenance.source_path or record.url}: {self.name} failed: "
                        f"{type(exc).__name__}: {exc}")
        self.stats[record.status] += 1
        return record

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            yield self.run_one(record)
