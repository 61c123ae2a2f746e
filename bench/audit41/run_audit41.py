# ruff: noqa: E501
"""Audit41 runner: the seed-built generator's cases (a41_gen) through audit32's page run (ONE ``python -m
pipeline clean DIR --format jsonl``, records matched by source_path), audit32's per-case check (title, exact
body, the metadata the page states, flags that must be raised; a lossy spot restored instead of flagged is
accepted and counted apart) and its summary tables, plus the pass rate per output and template.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit41/run_audit41.py [--seed 41] [-n 150] [-v] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from a41_gen import Case32, build_all  # noqa: E402

sys.path.insert(0, str(HERE.parent / "audit32"))
from run_audit32 import check_all, print_summary  # noqa: E402
from run_audit32 import run as run_pages  # noqa: E402

PAGES = HERE / "pages"
QUOTES = str.maketrans("“”", '""')
NOT_DAMAGE = ("tpl:", "chrome:", "codec:", "label:", "conv:none", "fold:none")


def damage_kinds(c: Case32) -> list[str]:
    return [k for k in c.kinds if not k.startswith(NOT_DAMAGE)]


def shown_kinds(c: Case32) -> list[str]:
    """Every drawn kind (template, codec, label and chrome too): the rows of the pass-rate table."""
    return list(c.kinds)


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 41
    n = int(argv[argv.index("-n") + 1]) if "-n" in argv else 150
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    cases = [c for c in build_all(seed, n) if not names or any(x in c.name for x in names)]
    recs = run_pages(cases, PAGES)
    for c in cases:  # quotes folded to ASCII may come back either way: the page no longer says which
        if "fold:wide" in c.kinds:
            c.title, c.body = c.title.translate(QUOTES), c.body.translate(QUOTES)
            c.alt = (c.alt[0].translate(QUOTES), c.alt[1].translate(QUOTES)) if c.alt else None
            if (r := recs.get(c.name)) is not None:
                r["title"], r["text"] = (r.get("title") or "").translate(QUOTES), (r.get("text") or "").translate(QUOTES)
    tally = check_all(cases, recs, shown_kinds, damage_kinds, PAGES, "-v" in argv, (26, 90))
    print_summary(cases, tally.fields, tally.by_kind, tally.by_size, tally.clusters, damage_kinds)
    print(f"\nTOTAL {tally.passed}/{len(cases)} pass (seed {seed}); {tally.restored} lossy spot(s) restored to the original instead of flagged (accepted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
