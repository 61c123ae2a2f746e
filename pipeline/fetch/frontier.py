"""Crawl state in one SQLite file per output directory (WAL): frontier, validators, digests, runs.

A *generation* is one pass over the job (``repost crawl`` run to the end). A URL is due when its
``gen`` is below the current generation. A run killed half-way leaves its generation open; the
next invocation resumes it (same generation, new output files) instead of starting a new pass.

Durability order, per page: the page's WARC and JSONL records are written and fsynced first, then
:meth:`Frontier.commit` marks the URL done *and* stores the output files' new lengths in one
transaction. On resume, :meth:`Frontier.committed_sizes` gives those lengths and the caller trims
anything past them (a page written but never committed), so no record is lost or written twice.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .urls import host_key

SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, host TEXT NOT NULL, site TEXT NOT NULL, kind TEXT NOT NULL,
    depth INTEGER NOT NULL, gen INTEGER NOT NULL DEFAULT 0,
    redirects TEXT NOT NULL DEFAULT '[]', outcome TEXT, etag TEXT, last_modified TEXT,
    digest TEXT, warc_date TEXT);
CREATE INDEX IF NOT EXISTS urls_due ON urls (gen);
CREATE INDEX IF NOT EXISTS urls_digest ON urls (digest);
CREATE TABLE IF NOT EXISTS runs (
    name TEXT PRIMARY KEY, gen INTEGER NOT NULL, started TEXT NOT NULL, finished TEXT,
    warc_path TEXT NOT NULL, jsonl_path TEXT NOT NULL,
    warc_size INTEGER NOT NULL DEFAULT 0, jsonl_size INTEGER NOT NULL DEFAULT 0);
"""


@dataclass(frozen=True, slots=True)
class Found:
    """A URL to queue: where it came from decides its kind (sitemap, feed, list, article, auto)."""

    url: str
    site: str
    kind: str
    depth: int
    redirects: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Entry:
    url: str
    site: str
    kind: str
    depth: int
    redirects: list[str]
    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None
    warc_date: str | None = None


@dataclass(slots=True)
class Outcome:
    """What a finished URL leaves in the state (validators are kept when None)."""

    outcome: str
    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None
    warc_date: str | None = None


Done = tuple[str, Outcome, list[Found]]  # a visited URL, its outcome and the new URLs it linked to


class Frontier:
    def __init__(self, path: Path) -> None:
        # One thread at a time: the crawl's writer thread commits while the event loop only reads
        # before the crawl starts and after it ends.
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        self.gen = 0

    def close(self) -> None:
        self.db.close()

    def open_run(self, name: str, started: str, warc: Path, jsonl: Path) -> tuple[int, bool]:
        """Register a run; returns (generation, resumed). An unfinished last run means resume."""
        last = self.db.execute("SELECT gen, finished FROM runs ORDER BY rowid DESC LIMIT 1").fetchone()
        resumed = last is not None and last[1] is None
        self.gen = last[0] if resumed else (last[0] + 1 if last else 1)
        self.db.execute("INSERT INTO runs (name, gen, started, warc_path, jsonl_path) VALUES (?,?,?,?,?)",
                        (name, self.gen, started, str(warc), str(jsonl)))
        return self.gen, resumed

    def committed_sizes(self) -> list[tuple[str, int, str, int]]:
        """(warc path, committed size, jsonl path, committed size) of every earlier unfinished run."""
        rows = self.db.execute("SELECT warc_path, warc_size, jsonl_path, jsonl_size FROM runs "
                               "WHERE finished IS NULL").fetchall()
        return [(str(a), int(b), str(c), int(d)) for a, b, c, d in rows]

    def finish_run(self, name: str, finished: str) -> None:
        self.db.execute("UPDATE runs SET finished = ? WHERE gen = ? AND finished IS NULL", (finished, self.gen))

    def add(self, found: list[Found]) -> None:
        """Queue URLs once per canonical form, in one transaction."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self._insert(found)

    def _insert(self, found: list[Found]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO urls (url, host, site, kind, depth, redirects) VALUES (?,?,?,?,?,?)",
            [(f.url, host_key(f.url), f.site, f.kind, f.depth, json.dumps(f.redirects)) for f in found])

    def urls(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT url FROM urls")}

    def due(self, limit: int) -> list[Entry]:
        """URLs to visit in this generation: never-fetched ones first (a page limit spends itself on
        new articles before revalidating old ones), then in discovery order."""
        rows = self.db.execute(
            "SELECT url, site, kind, depth, redirects, etag, last_modified, digest, warc_date "
            "FROM urls WHERE gen < ? ORDER BY outcome IS NOT NULL, rowid LIMIT ?", (self.gen, limit)).fetchall()
        return [Entry(r[0], r[1], r[2], r[3], json.loads(r[4]), *r[5:]) for r in rows]

    def holder(self, digest: str, url: str) -> tuple[str, str] | None:
        """(URL, WARC date) of another article already written with this payload digest, if any."""
        row = self.db.execute(
            "SELECT url, warc_date FROM urls WHERE digest = ? AND url != ? AND warc_date IS NOT NULL "
            "AND outcome != 'duplicate' AND kind IN ('article', 'auto') LIMIT 1", (digest, url)).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def commit(self, done: list[Done], run: str, sizes: tuple[int, int]) -> None:
        """Mark URLs done for this generation, queue what they linked to and store the run's durable
        output sizes (WARC, JSONL), in one transaction (a group commit of the pages just written)."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self._insert([f for _, _, found in done for f in found])
            self.db.executemany(
                "UPDATE urls SET gen = ?, outcome = ?, etag = COALESCE(?, etag), "
                "last_modified = COALESCE(?, last_modified), digest = COALESCE(?, digest), "
                "warc_date = COALESCE(?, warc_date) WHERE url = ?",
                [(self.gen, o.outcome, o.etag, o.last_modified, o.digest, o.warc_date, url) for url, o, _ in done])
            self.db.execute("UPDATE runs SET warc_size = ?, jsonl_size = ? WHERE name = ?", (*sizes, run))
