"""Audit23 runner: byte-level damage and encoding confusions (blind). Every case through
``python -m pipeline clean PATH --format jsonl [args]`` (audit14's runner: title, exact body, char-F1, metadata
and audit8's flag checks; a flag written ``*`` is met by any flag), with audit23's cases and pages folder.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit23/run_audit23.py [-v] [--list] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import run_audit14_runner  # noqa: E402

sys.path.insert(0, str(HERE))
from a23_cases import build_all  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run_audit14_runner(HERE, build_all, sys.argv[1:]))
