"""Atomic output files: write to a temporary file beside the target, rename on success.

A run that fails half-way leaves the previous file (if any) untouched, never a truncated one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO


def temp_beside(path: Path) -> tuple[int, Path]:
    """A new temporary file (descriptor, path) in ``path``'s directory, where renaming it over
    ``path`` is atomic, with the permissions a plain open() would give it (mkstemp's are 0600)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    mask = os.umask(0)
    os.umask(mask)
    os.fchmod(fd, 0o666 & ~mask)
    return fd, Path(name)


class AtomicWriter:
    def __init__(self, path: Path, *, binary: bool = False) -> None:
        self.path = path
        self.binary = binary
        self._tmp: Path | None = None
        self.stream: IO[str] | IO[bytes] | None = None

    def __enter__(self) -> AtomicWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = temp_beside(self.path)
        self.stream = os.fdopen(fd, "wb") if self.binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self.stream is not None and self._tmp is not None
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)
