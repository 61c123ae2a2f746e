"""Audit7 runner: audit6's (every case through ``python -m pipeline clean PATH --format jsonl``, counting
lost article lines) on audit7's cases.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit7/run_audit7.py [-v] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

a6 = load(HERE.parent / "audit6" / "run_audit6.py", "run_audit6")
sys.path.insert(0, str(HERE))

from a7_cases import build_all  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(a6.main(sys.argv[1:], build_all, HERE / "pages"))
