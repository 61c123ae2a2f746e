"""Audit21 runner (reposts outside Chinese): audit5's loop and per-field tally on audit4's CLI harness
(``python -m pipeline clean FILE --format jsonl``: title, exact body, char-F1, metadata), audit21's cases.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit21/run_audit21.py [-v] [--wave2] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit5_loop  # noqa: E402

sys.path.insert(0, str(HERE))

import a21_cases  # noqa: E402
import a21_cases2  # noqa: E402


def main(argv: list[str]) -> int:
    """Wave 1 (blind, 68 cases); ``--wave2`` runs wave 2 (written after the fixes, not blind) instead."""
    if "--wave2" in argv:
        return run_audit5_loop(HERE, a21_cases2.build_all, [a for a in argv if a != "--wave2"])
    return run_audit5_loop(HERE, a21_cases.build_all, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
