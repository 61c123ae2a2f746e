"""The record that flows through the stages, and the change log it carries.

Every stage appends a :class:`Change` only when it actually changed the text, and a :class:`Flag`
when it saw a problem it would not repair (a doubtful repair is flagged, never applied).
Text-to-text changes carry their :class:`Edit` list, so ``apply_plan(before, changes) == after``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "dropped", "error"]
Action = Literal["decode", "apply", "remove", "unwrap", "replace", "drop"]

SNIPPET = 80


def snippet(text: str, limit: int = SNIPPET) -> str:
    """Shorten ``text`` for a change log, keeping both ends."""
    if len(text) <= limit:
        return text
    half = limit // 2 - 1
    return f"{text[:half]}…{text[-half:]}"


@dataclass(slots=True, frozen=True)
class Edit:
    """Replace ``text[start:end]`` (which equals ``old``) with ``new``."""

    start: int
    end: int
    old: str
    new: str


@dataclass(slots=True, frozen=True)
class StrayByte:
    """Bytes decoding could not place: what is left of a character that lost a byte (a double-byte
    character's lead or trail, a UTF-8 sequence cut short). The U+FFFD at ``offset`` of the decoded text
    stands for them; repair may restore the character when they and the page settle which one it was
    (.repair.stray)."""

    offset: int
    data: bytes
    codec: str


@dataclass(slots=True)
class Change:
    stage: str
    action: Action
    rule: str
    evidence: str
    before: str = ""
    after: str = ""
    chars_removed: int = 0
    edits: tuple[Edit, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("edits")
        return data


@dataclass(slots=True)
class Flag:
    stage: str
    rule: str
    evidence: str
    snippet: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Provenance:
    source_path: str | None = None
    warc_offset: int | None = None
    http_status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)
    fetched_at: str | None = None


@dataclass(slots=True)
class Record:
    """One document on its way from bytes to article."""

    id: str
    url: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    raw: bytes | None = None
    kind: Literal["html", "text"] = "html"
    content_type: str | None = None
    encoding: str | None = None
    encoding_source: str | None = None
    encoding_evidence: str | None = None
    mislabeled: bool = False
    stray_bytes: tuple[StrayByte, ...] = ()  # (offsets into ``html`` or ``text`` as decoded)
    html: str | None = None
    text: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    site: str | None = None
    lang: str | None = None
    script: str | None = None
    canonical_url: str | None = None
    next_pages: list[str] = field(default_factory=list)
    site_rule: str | None = None
    changes: list[Change] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    status: Status = "ok"
    reason: str | None = None

    def fail(self, reason: str) -> None:
        self.status = "error"
        self.reason = reason


def record_id(url: str | None, source_path: str | None, offset: int | None = None,
              content: bytes | None = None) -> str:
    """Stable id: a hash of the URL when known, else of the path (and WARC offset), else of the content."""
    if url:
        key = url.encode("utf-8", "surrogatepass")
    elif source_path and source_path != "-":
        key = f"{source_path}#{offset if offset is not None else ''}".encode("utf-8", "surrogatepass")
    else:
        key = content or b""
    return hashlib.sha1(key).hexdigest()[:16]


def apply_edits(text: str, edits: tuple[Edit, ...]) -> str:
    """Apply edits whose offsets refer to ``text``; they must not overlap."""
    parts: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < cursor or text[edit.start : edit.end] != edit.old:
            raise ValueError(f"edit does not apply at {edit.start}: {edit.old!r}")
        parts.append(text[cursor : edit.start])
        parts.append(edit.new)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


def shifted(offset: int, edits: tuple[Edit, ...]) -> int | None:
    """Where the character at ``offset`` of a text is after ``edits`` (offsets into that text); None when
    an edit replaced it."""
    moved = offset
    for edit in edits:
        if edit.start <= offset < edit.end:
            return None
        if edit.end <= offset:
            moved += len(edit.new) - (edit.end - edit.start)
    return moved


def apply_plan(text: str, changes: list[Change]) -> str:
    """Replay recorded text-to-text changes, in order, on the text they started from."""
    for change in changes:
        if change.edits:
            text = apply_edits(text, change.edits)
    return text
