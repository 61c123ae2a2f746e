"""Sources: saved files (HTML, text, MHTML) and directories, stdin, WARC and our own JSONL, as records.

A source that cannot be read yields an error record naming it, and the stream goes on.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from ..errors import InputError, ReadError
from ..record import Provenance, Record, record_id
from ..sniff import sniff_kind, starts_as_html
from .mhtml import MHTML_SUFFIXES, is_mhtml, saved_page
from .payload import MAX_INFLATED_PAGE, InflatesTooLarge, gunzip_capped, gunzipped

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt",)
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# What a directory walk reads (a file named on the command line is read whatever its name); RSS and Atom
# files by name (a .xml only when named: a folder's .xml files are sitemaps and configs as often).
_INPUT_SUFFIXES = frozenset((*HTML_SUFFIXES, *TEXT_SUFFIXES, *MHTML_SUFFIXES, *WARC_SUFFIXES, *JSONL_SUFFIXES,
                             ".rss", ".atom"))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (*WARC_SUFFIXES, *JSONL_SUFFIXES):
        if name.endswith(suffix):
            return suffix
    name = name.removesuffix(".gz")
    return "." + name.rsplit(".", 1)[1] if "." in name else ""


def read_input(path: Path, inflate_cap: int | None = MAX_INFLATED_PAGE) -> bytes:
    """The file's bytes, gunzipped when gzip (by name or by its magic) up to ``inflate_cap`` bytes (None: a
    data set such as a .jsonl.gz, whose size has no page's bound)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    try:
        if path.name.lower().endswith(".gz"):
            data = gunzip_capped(data, inflate_cap)
        return gunzipped(data, inflate_cap)  # gzip bytes saved as a page (or gzipped twice)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(str(path), f"broken gzip: {exc}") from exc
    except InflatesTooLarge as exc:
        raise ReadError(str(path), str(exc)) from exc


def error_record(source: str, exc: InputError | str) -> Record:
    record = Record(id=record_id(None, source), provenance=Provenance(source_path=source))
    record.fail(str(exc) if isinstance(exc, InputError) else f"{source}: {exc}")
    return record


def file_record(path: Path, *, url: str | None = None, content_type: str | None = None) -> Record:
    """One saved page or text file as a record of raw bytes (decoding is the decode stage's job)."""
    source = str(path)
    try:
        data = read_input(path)
    except InputError as exc:
        return error_record(source, exc)
    suffix = _suffix(path)
    kind: Literal["html", "text"]
    if suffix in MHTML_SUFFIXES or is_mhtml(data):
        return _saved_page_record(data, source, url=url, content_type=content_type)
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in TEXT_SUFFIXES:
        kind = "html" if starts_as_html(data) else "text"
    else:
        kind = sniff_kind(data)
    return Record(id=record_id(url, source), url=url, raw=data, kind=kind, content_type=content_type,
                  provenance=Provenance(source_path=source))


def _saved_page_record(data: bytes, source: str, *, url: str | None, content_type: str | None) -> Record:
    """The page inside an MHTML file; a URL or content type given on the command line wins over the file's."""
    page = saved_page(data)
    if page is None:
        return error_record(source, ReadError(source, "MHTML file holds no text/html part"))
    return Record(id=record_id(url, source, content=page.html), url=url or page.url, raw=page.html, kind="html",
                  content_type=content_type or page.content_type, provenance=Provenance(source_path=source))


def stdin_record(stream: BinaryIO, *, url: str | None = None, content_type: str | None = None) -> Record:
    try:
        data = gunzipped(stream.read())  # `curl -s` without --compressed may pipe a gzipped body
    except (OSError, EOFError, zlib.error) as exc:
        return error_record("-", f"broken gzip: {exc}")
    except InflatesTooLarge as exc:
        return error_record("-", str(exc))
    if is_mhtml(data):
        return _saved_page_record(data, "-", url=url, content_type=content_type)
    return Record(id=record_id(url, "-", content=data), url=url, raw=data, kind=sniff_kind(data),
                  content_type=content_type,
                  provenance=Provenance(source_path="-"))


def expand(paths: Iterable[str]) -> Iterator[Path | str]:
    """Paths in order; directories recursively and sorted (one holding no input file: itself); '-' stays '-'."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            # a dangling symlink is walked too, so that it is reported (cannot read) rather than skipped
            found = sorted(p for p in path.rglob("*") if (p.is_file() or (p.is_symlink() and not p.exists()))
                           and not p.name.startswith(".") and _suffix(p) in _INPUT_SUFFIXES)
            yield from found or (path,)  # a folder with nothing to read is named (an error), not passed over
        else:
            yield path
