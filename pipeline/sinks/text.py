"""Plain-text sink: the article as a person reads it, and with ``--explain`` the change log."""

from __future__ import annotations

from typing import IO

from ..record import Record


def _explain_lines(record: Record) -> list[str]:
    lines = [f"# encoding: {record.encoding} (from {record.encoding_source})"
             + (" — the declared label was wrong" if record.mislabeled else "")
             + (f": {record.encoding_evidence}" if record.encoding_evidence else "")]
    for change in record.changes:
        lines.append(f"# {change.stage}/{change.action} {change.rule}: {change.evidence}")
        if change.before or change.after:
            lines.append(f"#     - {change.before!r}")
            if change.after:
                lines.append(f"#     + {change.after!r}")
    for flag in record.flags:
        lines.append(f"# FLAG {flag.stage} {flag.rule}: {flag.evidence} {flag.snippet!r}".rstrip())
    return lines


class TextSink:
    def __init__(self, stream: IO[str], *, explain: bool = False) -> None:
        self.stream = stream
        self.explain = explain
        self._count = 0

    def write(self, record: Record) -> None:
        if self._count:
            self.stream.write("\n")
        self._count += 1
        source = record.url or record.provenance.source_path or record.id
        self.stream.write(f"=== {source} [{record.status}{': ' + record.reason if record.reason else ''}]\n")
        if self.explain:
            self.stream.write("\n".join(_explain_lines(record)) + "\n")
        if record.title:
            self.stream.write(record.title + "\n\n")
        if record.text:
            self.stream.write(record.text + "\n")
