"""Audit36 runner: seed-like reposts of article shapes used little (Q&A, explainers, digits, notes,
captions, corrections). Every case through ``python -m pipeline clean PATH --format jsonl``
(audit14's runner: audit4's harness via audit6's run_checked, title, exact body, char-F1, metadata, and
audit8's flag checks), with audit36's cases and pages folder.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit36/run_audit36.py [-v] [--list] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit14_runner  # noqa: E402

sys.path.insert(0, str(HERE))
from a36_cases import build_all  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run_audit14_runner(HERE, build_all, sys.argv[1:]))
