"""Cleaning crawled articles in a child process: decode -> repair -> strip off the event loop's GIL.

Cleaning is CPU work; in the crawler's own process it would hold the GIL while every host's
requests wait for their turn. One child process (spawned, so it shares no threads or sockets with
the crawler) builds the stages once and cleans records one at a time, exactly as ``repost clean``
does. If the child dies, the page gets an error record and the next page starts a new child.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from ..record import Record
from ..settings import Settings
from ..sites import SiteRules
from ..stages import build_stages, run_stages


def _serve(conn: Connection, settings: Settings, rules: SiteRules) -> None:
    stages = build_stages(settings, rules)
    try:
        while (record := conn.recv()) is not None:
            conn.send(run_stages(record, stages))
    except (EOFError, KeyboardInterrupt):  # the crawler is gone or interrupted: nothing to do
        return


class Cleaner:
    def __init__(self, settings: Settings, rules: SiteRules) -> None:
        self.settings, self.rules = settings, rules
        self._lock = asyncio.Lock()
        self._child: tuple[BaseProcess, Connection] | None = None

    def start(self) -> None:
        """Spawn the child now, so it has imported and built its stages before the first article."""
        self._start()

    def _start(self) -> tuple[BaseProcess, Connection]:
        if self._child is None:
            ctx = multiprocessing.get_context("spawn")
            ours, theirs = ctx.Pipe()
            process = ctx.Process(target=_serve, args=(theirs, self.settings, self.rules), daemon=True,
                                  name="repost-cleaner")
            process.start()
            theirs.close()
            self._child = (process, ours)
        return self._child

    def _roundtrip(self, record: Record) -> Record:
        _, conn = self._start()
        try:
            conn.send(record)
            cleaned: Record = conn.recv()
        except (EOFError, OSError) as exc:
            self.close()
            record.fail(f"{record.url}: cleaner process died: {type(exc).__name__}")
            return record
        return cleaned

    async def clean(self, record: Record) -> Record:
        async with self._lock:
            return await asyncio.to_thread(self._roundtrip, record)

    def close(self) -> None:
        """Stop the child and wait for it (so its CPU time counts as the crawl's)."""
        if self._child is None:
            return
        process, conn = self._child
        self._child = None
        with contextlib.suppress(OSError):
            conn.send(None)
        conn.close()
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
            process.join()
