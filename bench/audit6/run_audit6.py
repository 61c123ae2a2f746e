# ruff: noqa: E501
"""Audit6 runner: every case through ``python -m pipeline clean PATH --format jsonl`` (audit4's harness).

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit6/run_audit6.py [-v] [NAME ...]

Besides audit4's checks (title, exact body, char-F1, named metadata) it counts LOST article lines: expected
body lines that are not an output line (text we dropped or mangled), the most costly failure.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

a4 = load(HERE.parent / "audit4" / "run_audit4.py", "run_audit4")

from a6_cases import Case, build_all  # noqa: E402


def run_checked(case: Case) -> tuple[Path, dict[str, Any] | None, list[str], float, bool]:
    """Runs one case through the CLI: its pages' root, the first record, the problems found (fields,
    exit code, record count), char-F1 and whether the body is exact."""
    root = a4.write(case)
    rc, recs, err = a4.run_cli(case, root)
    rec = recs[0] if recs else None
    bad, score, exact = a4.check(case.exp[0], rec)
    if rc != case.rc:
        bad.append(f"exit {rc} {err[:120]!r}")
    if len(recs) != len(case.exp):
        bad.append(f"{len(recs)} records")
    return root, rec, bad, score, exact


def explain_failure(case: Case, root: Path, rec: dict[str, Any] | None, exact: bool) -> None:
    body = case.exp[0].body
    if rec and body is not None and not exact:
        print("\n".join(a4.short_diff(rec.get("text") or "", body)))
    print(f"      replay: PYTHONPATH=$PWD python -m pipeline clean {root / next(iter(case.files))} --format text --explain")


def print_groups(groups: dict[str, list[int]]) -> None:
    print("\ngroup pass/cases")
    for g, (p, n) in groups.items():
        print(f"{g:5} {p}/{n}")


def main(argv: list[str], build: Callable[[], list[Case]] = build_all, pages: Path = HERE / "pages") -> int:
    """Runs ``build``'s cases (audit7 runs its own through this) with their pages written under ``pages``."""
    a4.PAGES = pages
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    cases = [c for c in build() if not names or any(n in c.name for n in names)]
    groups: dict[str, list[int]] = {}
    fields = {k: [0, 0] for k in ("title", "body", "published", "publisher", "author")}
    lost_total = lost_cases = 0
    scores: list[float] = []
    for case in cases:
        root, rec, bad, score, exact = run_checked(case)
        exp = case.exp[0]
        scores.append(score)
        out = (rec or {}).get("text") or ""
        lost = [ln for ln in (exp.body or "").split("\n") if ln not in out.split("\n")]
        lost_total += len(lost)
        lost_cases += bool(lost)
        fields["title"][0] += rec is not None and rec.get("title") == exp.title
        fields["title"][1] += 1
        fields["body"][0] += exact
        fields["body"][1] += 1
        for k, v in exp.meta.items():
            got = (rec or {}).get(k)
            fields[k][0] += ((got or "")[:10] == v[:10]) if k == "published" and isinstance(v, str) else got == v
            fields[k][1] += 1
        g = groups.setdefault(case.group, [0, 0])
        g[0] += not bad
        g[1] += 1
        print(f"{'PASS' if not bad else 'FAIL'} {case.name:32} {case.group} F1 {score:.3f} lost {len(lost)}  {'; '.join(bad)[:260]}")
        if verbose and bad:
            for ln in lost:
                print(f"      LOST {ln[:90]!r}")
            explain_failure(case, root, rec, exact)
    print_groups(groups)
    print("\nfield      right/checked")
    for k, (r, n) in fields.items():
        print(f"{k:10} {r}/{n}")
    print(f"\nTOTAL {sum(p for p, _ in groups.values())}/{len(cases)} pass; mean char-F1 {sum(scores) / len(scores):.4f}; "
          f"lost article lines {lost_total} in {lost_cases} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
