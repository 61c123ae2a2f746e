"""Our own JSONL output, cleaned again: each line's ``text`` (or ``html``) is the input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..record import Provenance, Record, record_id
from .files import error_record, read_input


def jsonl_records(path: Path) -> Iterator[Record]:
    source = str(path)
    try:
        data = read_input(path, inflate_cap=None)
    except InputError as exc:
        yield error_record(source, exc)
        return
    for number, line in enumerate(data.splitlines(), start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield error_record(where, f"invalid UTF-8 at byte {exc.start}")
            continue
        except json.JSONDecodeError as exc:
            yield error_record(where, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("html") or obj.get("text"), str):
            yield error_record(where, "no 'text' or 'html' string in this line")
            continue
        html, text = obj.get("html"), obj.get("text")
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        record = Record(id=obj.get("id") or record_id(url, where), url=url, kind="html" if html else "text",
                        provenance=Provenance(source_path=where, fetched_at=obj.get("fetched_at")))
        if html:
            record.html = html
        else:
            record.text = "\n".join(filter(None, (obj.get("title"), text)))
        record.encoding, record.encoding_source = "utf-8", "jsonl"
        yield record
