"""One output directory per crawl: a lock, the SQLite state, and one folder of files per run.

    DIR/lock                      flock'ed while a run is going (a second run says so and exits 1)
    DIR/state.sqlite              frontier, validators, digests, runs (see frontier.py)
    DIR/runs/<UTC time>/crawl.warc.gz   request, response and revisit records
    DIR/runs/<UTC time>/articles.jsonl  clean articles, the same schema as ``repost clean``
    DIR/runs/<UTC time>/stats.json      counts, bytes and seconds of the run
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..record import Record
from ..sinks.atomic import AtomicWriter
from ..sinks.jsonl import JsonlSink
from .client import Response
from .frontier import Done, Frontier
from .twins import Twins
from .warc import WarcOut

GROUP_COMMIT = 256  # pages made durable together, at most


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


@dataclass(slots=True)
class _Task:
    writes: list[Callable[[], object]]
    done: Done | None = None
    future: asyncio.Future[None] | None = None


def _settle(future: asyncio.Future[None], error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(None)


class PageWriter:
    """Writes pages and commits them on a thread of its own, so fsyncs never stall the event loop.

    Pages waiting when the thread comes round are group-committed: their WARC and JSONL records are
    written, both files fsynced once, then one frontier transaction marks them all done with the
    URLs they link to and both files' durable lengths (frontier.py says why this order makes a
    SIGKILL safe). One thread means pages never interleave in the files.
    """

    def __init__(self, warc: WarcOut, jsonl: DurableJsonl, frontier: Frontier, run: str) -> None:
        self.warc, self.jsonl, self.frontier, self.run = warc, jsonl, frontier, run
        self.twins = Twins(warc, jsonl, frontier)
        self._queue: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="repost-writer", daemon=True)
        self._thread.start()

    def archive(self, response: Response) -> None:
        """Queue an exchange outside any page (robots.txt); it becomes durable with the next commit."""
        self._queue.put(_Task([partial(self.warc.exchange, response)]))

    async def commit(self, done: Done, writes: list[Callable[[], object]]) -> None:
        future = asyncio.get_running_loop().create_future()
        self._queue.put(_Task(writes, done, future))
        await future

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def _loop(self) -> None:
        stop = False
        while not stop:
            batch: list[_Task] = []
            item = self._queue.get()
            while item is not None and len(batch) < GROUP_COMMIT:
                batch.append(item)
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            stop = item is None
            self._write(batch)

    def _write(self, batch: list[_Task]) -> None:
        error: BaseException | None = None
        try:
            for task in batch:
                for write in task.writes:
                    write()
            self.warc.sync()
            sizes = (self.warc.size(), self.jsonl.sync())
            done = [task.done for task in batch if task.done]
            if done:
                self.frontier.commit(done, self.run, sizes)
        except Exception as exc:  # reported to every page of the batch; none of them is committed
            error = exc
        self.twins.committed()
        for task in batch:
            if task.future is not None:
                with contextlib.suppress(RuntimeError):  # the loop is gone (Ctrl-C): nobody waits
                    task.future.get_loop().call_soon_threadsafe(_settle, task.future, error)
