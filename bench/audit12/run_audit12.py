"""Audit12 runner (published date): audit5's loop and per-field tally on audit4's CLI harness
(``python -m pipeline clean FILE --format jsonl``; published compares the date part), audit12's cases.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit12/run_audit12.py [-v] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit5_loop  # noqa: E402

sys.path.insert(0, str(HERE))

from a12_cases import build_all  # noqa: E402
from a12_cases2 import wave2  # noqa: E402


def main(argv: list[str]) -> int:
    return run_audit5_loop(HERE, lambda: build_all() + wave2(), argv)  # wave 1 (37) and wave 2 ("w2_", 13)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
