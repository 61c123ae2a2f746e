from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """Call the ``repost`` entry point with argv; return (exit code, stdout, stderr)."""
    from pipeline.cli import main

    def call(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return call

