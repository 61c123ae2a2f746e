# ruff: noqa: E501
"""Audit10 runner: audit5's loop and per-field tally (audit4's CLI harness: title, exact body, char-F1,
metadata incl. next_pages) on audit10's cases (five waves; select one with a name part: w2_ .. w5_), as audit9 runs its own.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit10/run_audit10.py [-v] [--anchors] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit5_loop  # noqa: E402

sys.path.insert(0, str(HERE))

from a10_cases import build_all  # noqa: E402
from a10_cases2 import build_all2  # noqa: E402
from a10_cases3 import build_all3  # noqa: E402
from a10_cases4 import build_all4  # noqa: E402
from a10_cases5 import build_all5  # noqa: E402


def main(argv: list[str]) -> int:
    # wave 1: 71 cases; waves 2-5: 29, 15, 14 and 10 more, each written after the last one's fixes ("w2_" .. "w5_")
    return run_audit5_loop(HERE, lambda: [*build_all(), *build_all2(), *build_all3(), *build_all4(), *build_all5()], argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
