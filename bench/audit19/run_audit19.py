"""Audit19 runner (pages that are not a plain single article): audit5's loop and per-field tally on audit4's
CLI harness (``python -m pipeline clean FILE --format jsonl``: title, exact body, char-F1, metadata, status).

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit19/run_audit19.py [-v] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit5_loop  # noqa: E402

sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "audit4"))

from a19_cases import build_part1  # noqa: E402
from a19_cases2 import build_part2  # noqa: E402


def build_all() -> list[object]:
    return [*build_part1(), *build_part2()]


def main(argv: list[str]) -> int:
    return run_audit5_loop(HERE, build_all, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
