"""Loading another audit's module by path: the audit folders are not packages and each has modules
of the same names (build, articles), so a module is loaded under a name of its own."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickles look their module up by name
    spec.loader.exec_module(module)
    return module


def run_audit5_loop(here: Path, build_all: Callable[[], list[Any]], argv: Sequence[str]) -> int:
    """Run audit5's loop and per-field tally (on audit4's CLI harness) over another audit's cases, with
    that audit's folder for the generated pages: how audits 10 to 13 run."""
    ra5 = load(here.parent / "audit5" / "run_audit5.py", "run_audit5")
    ra5.build_all = build_all
    ra5.HERE = here
    return int(ra5.main(list(argv)))


def run_audit14_runner(here: Path, build_all: Callable[[], list[Any]], argv: Sequence[str]) -> int:
    """Run audit14's runner (title, exact body, char-F1, metadata and flag checks on audit4's CLI harness)
    over another audit's cases, with that audit's folder for the generated pages: how audits 18 and 20 run."""
    r14 = load(here.parent / "audit14" / "run_audit14.py", "run_audit14")
    r14.build_all = build_all
    r14.a6.a4.PAGES = here / "pages"
    return int(r14.main(list(argv)))
