# ruff: noqa: E501
"""Audit9: CMS, platform and real-site shapes audits 4 and 5 did not cover, through the real CLI,
scored against the original articles.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit9/run_audit9.py [-v] [--anchors] [NAME_SUBSTRING ...]

The harness is audit4's (``python -m pipeline clean PATH --format jsonl``; title, exact body,
char-F1, metadata, status, exit code per record) with audit5's per-field tally. Pages are written
under bench/audit9/pages/<case>/ (git-ignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit4"))
sys.path.insert(0, str(HERE.parent / "audit5"))
sys.path.insert(0, str(HERE))

import run_audit5 as ra5  # noqa: E402
from a9_cases import build_all  # noqa: E402


def main(argv: list[str]) -> int:
    ra5.build_all = build_all  # audit5's loop and tally, audit9's cases and pages directory
    ra5.HERE = HERE
    return ra5.main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
