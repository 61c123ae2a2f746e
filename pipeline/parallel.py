"""Cleaning on several processes (``repost clean --jobs N``).

Decode, repair and strip are pure Python and CPU-bound, so threads would not help: records go out to
worker processes and come back in input order. Only a bounded window of records is in flight, so a
multi-gigabyte WARC never sits in memory, and the stages after cleaning (dedup, the sink) stay in the
calling process, where their order and their SQLite state live.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .record import Record
from .settings import Settings
from .sites import SiteRules
from .stage import Stage
from .stages import build_stages, run_stages

IN_FLIGHT_PER_WORKER = 4  # enough to keep every worker busy while the caller writes results

# Each worker process builds its stages once, in ``_start_worker``; the lazily loaded dictionaries
# (OpenCC, pypinyin) then stay warm in that process for every record it cleans.
_worker_stages: list[Stage] = []


def _start_worker(settings: Settings, rules: SiteRules) -> None:
    _worker_stages[:] = build_stages(settings, rules)


def _clean_one(record: Record) -> Record:
    """Clean one record; its bytes and decoded page stay here (the sinks write neither), halving the
    data sent back."""
    record = run_stages(record, _worker_stages)
    record.raw = record.html = None
    return record


def clean_in_workers(records: Iterable[Record], *, settings: Settings, rules: SiteRules,
                     jobs: int) -> Iterator[Record]:
    """``records`` through decode, repair and strip on ``jobs`` processes, yielded in input order."""
    window: deque[Future[Record]] = deque()
    limit = jobs * IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(settings, rules)) as pool:
        for record in records:
            window.append(pool.submit(_clean_one, record))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
