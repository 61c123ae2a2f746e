# ruff: noqa: E501
"""Audit40 runner: the portal and app-era generator's cases (a40_gen) through audit32's page run (ONE
``python -m pipeline clean DIR --format jsonl``, records matched by source_path), audit32's per-case check
(title, exact body, the metadata the page states, flags that must or must not be raised; a lossy spot
restored instead of flagged is accepted and counted apart) and its summary tables, plus the pass rate per
template family and per chrome piece.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit40/run_audit40.py [--seed 40] [-n 150] [-v] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from a40_gen import Case32, build_all  # noqa: E402

sys.path.insert(0, str(HERE.parent / "audit32"))
from run_audit32 import check_all, print_summary  # noqa: E402
from run_audit32 import run as run_pages  # noqa: E402

PAGES = HERE / "pages"
NOT_DAMAGE = ("tpl:", "chrome:", "codec:", "label:right", "header:right", "conv:none", "dmg:own_reading", "block:", "caption", "orig_title")


def damage_kinds(c: Case32) -> list[str]:
    return [k for k in c.kinds if not k.startswith(NOT_DAMAGE)]


def shown_kinds(c: Case32) -> list[str]:
    """Damage kinds plus the template and chrome pieces: the rows of the pass-rate table and the cluster lifts."""
    return [k for k in c.kinds if not k.startswith(("codec:utf-8", "label:right", "header:right", "conv:none", "dmg:own_reading"))]


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 40
    n = int(argv[argv.index("-n") + 1]) if "-n" in argv else 150
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    cases = [c for c in build_all(seed, n) if not names or any(x in c.name for x in names)]
    tally = check_all(cases, run_pages(cases, PAGES), shown_kinds, damage_kinds, PAGES, "-v" in argv, (22, 100))
    by_tpl = {k: v for k, v in tally.by_kind.items() if k.startswith("tpl:")}
    by_kind = {k: v for k, v in tally.by_kind.items() if not k.startswith("tpl:")}
    print("\npass rate per template")
    for k, (p, t) in sorted(by_tpl.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print(f"  {k:28} {p:4}/{t:<4} {p / t:6.1%}")
    print_summary(cases, tally.fields, by_kind, tally.by_size, tally.clusters, shown_kinds)
    print(f"\nTOTAL {tally.passed}/{len(cases)} pass (seed {seed}); {tally.restored} lossy spot(s) restored to the original instead of flagged (accepted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
