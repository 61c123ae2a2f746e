"""Audit35 runner: the script decision judged both ways. Every case through
``python -m pipeline clean PATH --format jsonl``
(audit14's runner: audit4's harness via audit6's run_checked, title, exact body, char-F1, metadata, and
audit8's flag checks), with audit35's cases and pages folder.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit35/run_audit35.py [-v] [--list] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit14_runner  # noqa: E402

sys.path.insert(0, str(HERE))
from a35_cases import build_all  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run_audit14_runner(HERE, build_all, sys.argv[1:]))
