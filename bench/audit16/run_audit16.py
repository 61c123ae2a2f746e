# ruff: noqa: E501
"""Audit16 runner (boilerplate inside the body): audit5's loop and per-field tally on audit4's CLI harness
(``python -m pipeline clean FILE --format jsonl``: title, exact body, char-F1, metadata), audit16's cases.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit16/run_audit16.py [-v] [--anchors] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit5_loop  # noqa: E402

sys.path.insert(0, str(HERE))

import a16_cases  # noqa: E402
import a16_cases2  # noqa: E402


def build_all() -> list[a16_cases.Case]:
    return a16_cases.build_all() + a16_cases2.build_all()


def main(argv: list[str]) -> int:
    return run_audit5_loop(HERE, build_all, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
