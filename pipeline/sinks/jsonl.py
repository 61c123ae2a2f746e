"""JSONL sink: one flat JSON object per article (datatrove and HF datasets read it as is)."""

from __future__ import annotations

import json
from collections import Counter
from typing import IO, Any
from urllib.parse import urlsplit

from ..record import Record


def record_to_json(record: Record, explain: bool = False) -> dict[str, Any]:
    """The output schema: flat fields, change counts per rule, and the full log with ``explain``."""
    prov = record.provenance
    site = record.site or (urlsplit(record.url).hostname if record.url else None)
    data: dict[str, Any] = {
        "id": record.id,
        "text": record.text if record.status != "error" else None,
        "title": record.title,
        "url": record.url,
        "source_path": prov.source_path,
        "published": record.published,
        "author": record.author,
        "publisher": record.publisher,
        "site": site,
        "lang": record.lang,
        "script": record.script,
        "encoding": record.encoding,
        "encoding_source": record.encoding_source,
        "mislabeled": record.mislabeled,
        "fetched_at": prov.fetched_at,
        "next_pages": record.next_pages,
        "flags": sorted({flag.rule for flag in record.flags}),
        "changes": dict(sorted(Counter(change.rule for change in record.changes).items())),
        "status": record.status,
        "reason": record.reason,
    }
    if explain:
        data["explain"] = {
            "encoding_evidence": record.encoding_evidence,
            "changes": [change.to_json() for change in record.changes],
            "flags": [flag.to_json() for flag in record.flags],
        }
    return data


class JsonlSink:
    """Writes records to an open text stream, one JSON object a line."""

    def __init__(self, stream: IO[str], *, explain: bool = False) -> None:
        self.stream = stream
        self.explain = explain

    def write(self, record: Record) -> None:
        self.stream.write(json.dumps(record_to_json(record, self.explain), ensure_ascii=False) + "\n")
