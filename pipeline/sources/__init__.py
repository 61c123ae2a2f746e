"""Every input the CLI accepts, turned into one stream of records."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..record import Record
from .feeds import items_or_page
from .files import JSONL_SUFFIXES, WARC_SUFFIXES, error_record, expand, file_record, stdin_record
from .jsonl import jsonl_records
from .warc import warc_records

__all__ = ["open_sources"]


def open_sources(paths: Iterable[str], *, url: str | None = None,
                 content_type: str | None = None) -> Iterator[Record]:
    """Records from files, directories (recursive, sorted), '-' (stdin), WARC(.gz), JSONL; a feed (whatever
    its name) gives one record per item."""
    for item in expand(paths):
        if isinstance(item, str):
            yield from items_or_page(stdin_record(sys.stdin.buffer, url=url, content_type=content_type))
            continue
        name = item.name.lower()
        if item.is_dir():
            yield error_record(str(item), "no input files in this directory (pages, .mht, .rss/.atom, WARC, JSONL)")
        elif name.endswith(WARC_SUFFIXES):
            yield from warc_records(item)
        elif name.endswith(JSONL_SUFFIXES):
            yield from jsonl_records(item)
        else:
            yield from items_or_page(file_record(item, url=url, content_type=content_type))


def input_paths(paths: Iterable[str]) -> set[Path]:
    """Resolved paths of every input file, so an output never overwrites one."""
    return {p.resolve() for p in expand(paths) if isinstance(p, Path)}
