"""Deduplication for corpus builders: the second copy of an article is kept as a ``dropped`` record.

Reposts of one article differ in markup, spacing, punctuation width and boilerplate; after cleaning
they should not. The key is a hash of the text folded by NFKC with every non-word character removed,
so two copies that differ only in spaces or in ASCII versus full-width punctuation count as one.
With a database path the keys persist in SQLite, so a corpus stays deduplicated across runs.
"""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from pathlib import Path

from .record import Record
from .stage import Stage


def dedup_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch for ch in folded if ch.isalnum())
    return hashlib.sha1(kept.encode("utf-8")).hexdigest()


class DedupStage(Stage):
    name = "dedup"

    def __init__(self, database: Path | None = None) -> None:
        super().__init__()
        self._db = sqlite3.connect(database or ":memory:", isolation_level=None)
        self._db.execute("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, id TEXT, url TEXT)")

    def process(self, record: Record) -> Record:
        if not record.text:
            return record
        key = dedup_key(record.text)
        row = self._db.execute("SELECT id, url FROM seen WHERE key = ?", (key,)).fetchone()
        if row is None:
            self._db.execute("INSERT INTO seen VALUES (?, ?, ?)", (key, record.id, record.url))
        elif row[0] != record.id:
            record.status = "dropped"
            record.reason = f"duplicate of {row[0]}" + (f" ({row[1]})" if row[1] else "")
        return record

    def close(self) -> None:
        self._db.close()
