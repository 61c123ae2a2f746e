# ruff: noqa: E501
"""Audit38 runner: the real-site combinatorial generator's cases (a38_gen) through audit32's page run (ONE
``python -m pipeline clean DIR --format jsonl``, records matched by source_path), audit32's per-case check
(title, exact body, the metadata the page states, flags that must or must not be raised; a lossy spot
restored instead of flagged is accepted and counted apart) and its summary tables, plus the pass rate per
template family and per chrome piece.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit38/run_audit38.py [--seed 38] [-n 180] [-v] [NAME ...]
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from a38_gen import Case32, build_all  # noqa: E402

sys.path.insert(0, str(HERE.parent / "audit32"))
from run_audit32 import check, print_summary  # noqa: E402
from run_audit32 import run as run_pages  # noqa: E402

PAGES = HERE / "pages"
NOT_DAMAGE = ("tpl:", "chrome:", "codec:", "label:right", "header:right", "conv:none", "dmg:own_reading", "block:", "caption", "orig_title")


def damage_kinds(c: Case32) -> list[str]:
    return [k for k in c.kinds if not k.startswith(NOT_DAMAGE)]


def shown_kinds(c: Case32) -> list[str]:
    """Damage kinds plus the template and chrome pieces: the rows of the pass-rate table and the cluster lifts."""
    return [k for k in c.kinds if not k.startswith(("codec:utf-8", "label:right", "header:right", "conv:none", "dmg:own_reading"))]


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 38
    n = int(argv[argv.index("-n") + 1]) if "-n" in argv else 180
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    verbose = "-v" in argv
    cases = [c for c in build_all(seed, n) if not names or any(x in c.name for x in names)]
    recs = run_pages(cases, PAGES)
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_tpl: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_size: dict[int, list[int]] = collections.defaultdict(lambda: [0, 0])
    clusters: dict[str, list[str]] = collections.defaultdict(list)
    fields: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    passed = restored_n = 0
    for c in cases:
        bad, restored = check(c, recs.get(c.name))
        ok = not bad
        passed += ok
        restored_n += restored and ok
        for k in shown_kinds(c):
            (by_tpl if k.startswith("tpl:") else by_kind)[k][0] += ok
            (by_tpl if k.startswith("tpl:") else by_kind)[k][1] += 1
        dk = damage_kinds(c)
        by_size[len(dk)][0] += ok
        by_size[len(dk)][1] += 1
        failed = {b.split(":")[0] for b in bad}
        for f in ["title", "body", *c.meta, *(["flag"] if c.flags or c.no_flags else [])]:
            fields[f][0] += f not in failed
            fields[f][1] += 1
        for b in bad:
            clusters[b.split(":")[0]].append(c.name)
        note = "restored (accepted)" if restored and ok else " | ".join(bad)[:400]
        print(f"{'PASS' if ok else 'FAIL'} {c.name:22} {' '.join(dk)[:100]:100} {note}")
        if verbose and bad:
            print(f"      notes={c.notes} flags={c.flags} no_flags={c.no_flags} kinds={c.kinds}")
            print(f"      replay: PYTHONPATH=$PWD python -m pipeline clean {PAGES / (c.name + '.' + c.ext)} --format text --explain")
    print("\npass rate per template")
    for k, (p, t) in sorted(by_tpl.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print(f"  {k:28} {p:4}/{t:<4} {p / t:6.1%}")
    print_summary(cases, fields, by_kind, by_size, clusters, shown_kinds)
    print(f"\nTOTAL {passed}/{len(cases)} pass (seed {seed}); {restored_n} lossy spot(s) restored to the original instead of flagged (accepted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
