"""Deduplication for corpus builders: a later copy of an article is kept as a ``dropped`` record.

Reposts of one article differ in markup, spacing, punctuation width and boilerplate; after cleaning
most come out identical, so the first test is a hash of the text folded by NFKC with every non-word
character removed (two copies that differ only in spaces or in ASCII versus full-width punctuation
count as one). Some copies still differ by a line: a farm kept an editor credit or a sentence of its
own, or cut the last paragraph. For those a near-duplicate test compares bottom-k sketches (Broder's
min-wise hashing: the ``SKETCH`` smallest hashes of the text's character shingles estimate the Jaccard
similarity of the two shingle sets) and drops a copy at least ``threshold`` similar to one kept.
With a database path the keys and sketches persist in SQLite, so a corpus stays deduplicated across
runs; a sketch's hashes are indexed, so a lookup reads only the copies sharing some of them.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import sqlite3
import unicodedata
import zlib
from pathlib import Path

from .record import Record
from .stage import Stage

SHINGLE = 6  # characters of the folded text: about two Chinese words, a word and a half of English
SKETCH = 128  # hashes kept per text; the similarity estimate's standard error is about 0.04
NEAR_DEFAULT = 0.8
_MIN_SHINGLES = 2 * SKETCH  # shorter texts are compared exactly only: a few shared phrases decide too much


_NOT_WORD = re.compile(r"[\W_]+")


def folded(text: str) -> str:
    """The text by NFKC, case-folded, with every character but letters and digits removed."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def sketch(folded_text: str) -> list[int] | None:
    """The ``SKETCH`` smallest CRC-32s of the folded text's shingles, ascending; None for a short text.
    CRC-32 spreads distinct inputs evenly, which is all a bottom-k sketch asks, at a tenth of blake2's cost."""
    data = folded_text.encode("utf-32-le")  # four bytes a character: a shingle is a fixed-size slice
    width = 4 * SHINGLE
    shingles = {data[i:i + width] for i in range(0, len(data) - width + 1, 4)}
    if len(shingles) < _MIN_SHINGLES:
        return None
    return heapq.nsmallest(SKETCH, map(zlib.crc32, shingles))


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity: the share of the union's ``SKETCH`` smallest hashes found in both."""
    in_a, in_b = set(a), set(b)
    union = sorted(in_a | in_b)[:SKETCH]
    return sum(1 for h in union if h in in_a and h in in_b) / len(union)


class DedupStage(Stage):
    """Drops exact copies, and with ``near`` (a similarity below 1) copies at least that similar."""

    name = "dedup"

    def __init__(self, database: Path | None = None, near: float | None = NEAR_DEFAULT) -> None:
        super().__init__()
        self._near = near if near is not None and near < 1 else None
        self._db = sqlite3.connect(database or ":memory:", isolation_level=None)
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, id TEXT, url TEXT);"
            "CREATE INDEX IF NOT EXISTS seen_id ON seen (id);"
            "CREATE TABLE IF NOT EXISTS sketch (hash INTEGER, id TEXT);"
            "CREATE INDEX IF NOT EXISTS sketch_hash ON sketch (hash);"
            "CREATE INDEX IF NOT EXISTS sketch_id ON sketch (id);"
        )

    def process(self, record: Record) -> Record:
        if not record.text:
            return record
        text = folded(record.text)
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()
        row = self._db.execute("SELECT id, url FROM seen WHERE key = ?", (key,)).fetchone()
        if row is not None:
            if row[0] != record.id:
                mark_dropped(record, f"duplicate of {row[0]}", row[1])
            return record
        hashes = sketch(text) if self._near else None
        if hashes is not None:
            match = self._nearest(hashes, record.id)
            if match is not None:
                other, score = match
                url = self._db.execute("SELECT url FROM seen WHERE id = ?", (other,)).fetchone()
                mark_dropped(record, f"near-duplicate of {other}", url[0] if url else None, f"{score:.2f} similar")
                return record
        self._db.execute("BEGIN")  # one commit per record, not one per row
        self._db.execute("INSERT INTO seen VALUES (?, ?, ?)", (key, record.id, record.url))
        self._db.executemany("INSERT INTO sketch VALUES (?, ?)", ((h, record.id) for h in hashes or ()))
        self._db.execute("COMMIT")
        return record

    def _nearest(self, hashes: list[int], own_id: str) -> tuple[str, float] | None:
        """The kept copy most similar to ``hashes`` if it reaches the threshold. A copy at least that
        similar shares about that share of the sketch, so those sharing under a quarter are not read."""
        assert self._near is not None
        marks = ",".join("?" * len(hashes))
        candidates = self._db.execute(
            f"SELECT id FROM sketch WHERE hash IN ({marks}) GROUP BY id HAVING COUNT(*) >= ?",
            (*hashes, SKETCH // 4),
        ).fetchall()
        best: tuple[str, float] | None = None
        for (other,) in candidates:
            if other == own_id:  # this input, changed since an earlier run
                continue
            theirs = [h for (h,) in self._db.execute("SELECT hash FROM sketch WHERE id = ?", (other,))]
            score = similarity(hashes, theirs)
            if score >= self._near and (best is None or score > best[1]):
                best = (other, score)
        return best

    def close(self) -> None:
        self._db.close()


def mark_dropped(record: Record, reason: str, *notes: str | None) -> None:
    """Marks ``record`` dropped; the notes (the kept copy's URL, the similarity) follow in brackets."""
    shown = ", ".join(note for note in notes if note)
    record.status = "dropped"
    record.reason = reason + (f" ({shown})" if shown else "")
