"""Audit7 runner: audit6's (every case through ``python -m pipeline clean PATH --format jsonl``, counting
lost article lines) on audit7's cases.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit7/run_audit7.py [-v] [NAME ...]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("run_audit6", HERE.parent / "audit6" / "run_audit6.py")
assert _spec and _spec.loader
a6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(a6)
sys.path.insert(0, str(HERE))

from a7_cases import build_all  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(a6.main(sys.argv[1:], build_all, HERE / "pages"))
