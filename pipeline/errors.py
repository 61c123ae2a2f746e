"""Errors, as a tree. Every input error names the input it came from.

    RepostError
    ├── ConfigError            a settings, site-rule or crawl-job file is wrong (exit 2)
    └── InputError             one input could not be used; the run goes on (exit 1)
        ├── ReadError          the file or URL could not be read
        ├── EmptyInputError    nothing in it
        └── BinaryInputError   bytes that are no text in any encoding we know
"""

from __future__ import annotations


class RepostError(Exception):
    """Base of every error the pipeline raises on purpose."""


class ConfigError(RepostError):
    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source


class InputError(RepostError):
    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class ReadError(InputError):
    pass


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass

