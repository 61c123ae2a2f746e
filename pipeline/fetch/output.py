"""One output directory per crawl: a lock, the SQLite state, and one folder of files per run.

    DIR/lock                      flock'ed while a run is going (a second run says so and exits 1)
    DIR/state.sqlite              frontier, validators, digests, runs (see frontier.py)
    DIR/runs/<UTC time>/crawl.warc.gz   request, response and revisit records
    DIR/runs/<UTC time>/articles.jsonl  clean articles, the same schema as ``repost clean``
    DIR/runs/<UTC time>/stats.json      counts, bytes and seconds of the run
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..record import Record
from ..sinks.atomic import AtomicWriter
from ..sinks.jsonl import JsonlSink
from .client import Response
from .frontier import Found, Frontier, Outcome
from .warc import WarcOut


class CrawlLocked(Exception):
    """Another run holds the output directory."""


class DirLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def __enter__(self) -> DirLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise CrawlLocked(f"{self.path.parent}: another crawl is running there (lock held)") from exc
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)


def new_run_dir(out: Path) -> Path:
    """``runs/<UTC time>``, never an existing folder: a resumed run writes new files."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1000):
        path = out / "runs" / (stamp if n == 0 else f"{stamp}-{n}")
        try:
            path.mkdir(parents=True)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(out / "runs" / stamp)


class DurableJsonl:
    """Appends clean records with the lead's JSONL sink, fsynced before the page is committed."""

    def __init__(self, path: Path, explain: bool) -> None:
        self.path = path
        self._file: IO[str] = path.open("a", encoding="utf-8", newline="\n")
        self.sink = JsonlSink(self._file, explain=explain)

    def write(self, record: Record) -> None:
        self.sink.write(record)

    def sync(self) -> int:
        """Flush and fsync; returns the durable length in bytes (what a resume trims back to)."""
        self._file.flush()
        os.fsync(self._file.fileno())
        return os.fstat(self._file.fileno()).st_size

    def close(self) -> None:
        self.sync()
        self._file.close()


def write_stats(path: Path, stats: dict[str, Any]) -> None:
    with AtomicWriter(path, binary=True) as writer:
        assert writer.stream is not None
        writer.stream.write((json.dumps(stats, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))  # type: ignore[arg-type]


class PageWriter:
    """Writes pages and commits them on one thread of its own, so fsyncs never stall the event loop.

    Per page, in order: its WARC and JSONL records, fsync of both, then one frontier transaction
    with the URL's outcome, the URLs it links to and both files' durable lengths (frontier.py says
    why this makes a SIGKILL safe). One thread means pages never interleave in the files.
    """

    def __init__(self, warc: WarcOut, jsonl: DurableJsonl, frontier: Frontier, run: str) -> None:
        self.warc, self.jsonl, self.frontier, self.run = warc, jsonl, frontier, run
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="repost-writer")

    def archive(self, response: Response) -> None:
        """Queue an exchange outside any page (robots.txt); it is committed with the next page."""
        self._pool.submit(self.warc.exchange, response)

    async def commit(self, url: str, outcome: Outcome, found: list[Found], writes: list[Callable[[], object]]) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._pool, self._commit, url, outcome, found, writes)

    def _commit(self, url: str, outcome: Outcome, found: list[Found], writes: list[Callable[[], object]]) -> None:
        for write in writes:
            write()
        self.warc.sync()
        self.frontier.commit(url, outcome, found, self.run, (self.warc.size(), self.jsonl.sync()))

    def close(self) -> None:
        self._pool.shutdown(wait=True)
