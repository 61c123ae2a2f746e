# ruff: noqa: E501
"""Audit5: real-site article templates, their spam-farm/legacy-encoding reposts and copy-paste dumps,
through the real CLI, scored against the original articles.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit5/run_audit5.py [-v] [--anchors] [NAME_SUBSTRING ...]

Reuses bench/audit4's harness (run_audit4.run_case: ``python -m pipeline clean PATH --format jsonl``,
title / exact body / char-F1 / metadata / status / exit code per record). Pages are written under
bench/audit5/pages/<case>/ (git-ignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit4"))
sys.path.insert(0, str(HERE))

import run_audit4 as ra4  # noqa: E402
from a5_cases import build_all  # noqa: E402
from build import Case  # noqa: E402


def run_one(case: Case, verbose: bool, tally: dict[str, list[int]]) -> tuple[bool, list[float], int]:
    """Run one case; count per field (title, body, each metadata key) how often it was right."""
    root = ra4.write(case)
    rc, recs, err = ra4.run_cli(case, root)
    problems = [f"exit {rc} != {case.rc} {err[:160]!r}"] if rc != case.rc else []
    scores: list[float] = []
    exacts = 0
    details: list[str] = []
    for i, ex in enumerate(case.exp):
        rec = recs[i] if i < len(recs) else None
        bad, score, exact = ra4.check(ex, rec)
        scores.append(score)
        exacts += exact
        fields = (["title"] if ex.title is not None else []) + (["body"] if ex.body is not None else []) + list(ex.meta)
        for f in fields:
            t = tally.setdefault(f, [0, 0])
            t[1] += 1
            t[0] += not any(b.startswith(f"{f} ") or (f == "body" and b.startswith("body F1")) or b.startswith(("status", "record")) for b in bad)
        problems += [f"[{i}] {b}" for b in bad]
        if rec is not None and ex.body is not None and not exact:
            details += ra4.short_diff(rec.get("text") or "", ex.body)
    ok = not problems
    print(f"{'PASS' if ok else 'FAIL'} {case.name:32} {case.group:5} F1 {min(scores) if scores else 0:.3f}  {'; '.join(problems)[:300]}")
    if not ok and verbose:
        for d in details:
            print(d)
        print(f"      replay: PYTHONPATH=$PWD python -m pipeline clean {root / next(iter(case.files))} --format text --explain {' '.join(case.args)}")
    return ok, scores, exacts


def anchor_f1(case: Case) -> float | None:
    """trafilatura's char-F1 on the same HTML page (the anchor named in DESIGN.md), None for dumps."""
    import trafilatura  # imported only with --anchors
    name, data = next(iter(case.files.items()))
    if not name.endswith(".html") or case.exp[0].body is None:
        return None
    got = trafilatura.extract(data, include_comments=False, include_tables=False) or ""
    return ra4.f1(got, case.exp[0].body)


def main(argv: list[str]) -> int:
    ra4.PAGES = HERE / "pages"
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    cases = [c for c in build_all() if not names or any(n in c.name for n in names)]
    by_group: dict[str, list[int]] = {}
    tally: dict[str, list[int]] = {}
    scores: list[float] = []
    anchors = "--anchors" in argv
    pairs: list[tuple[float, float]] = []
    for case in cases:
        ok, sc, exacts = run_one(case, verbose, tally)
        if anchors and (af := anchor_f1(case)) is not None:
            pairs.append((sc[0], af))
        g = by_group.setdefault(case.group, [0, 0, 0])
        g[0] += ok
        g[1] += 1
        g[2] += exacts
        scores += sc
    print("\ngroup  pass/cases  exact-body")
    for name, (p, n, x) in by_group.items():
        print(f"{name:6} {p:3}/{n:<3}     {x}/{n}")
    print("\nfield       right/checked")
    for f, (r, n) in tally.items():
        print(f"{f:11} {r:3}/{n}")
    if pairs:
        ours = sum(o for o, _ in pairs) / len(pairs)
        theirs = sum(t for _, t in pairs) / len(pairs)
        print(f"\nHTML cases ({len(pairs)}): mean char-F1 ours {ours:.4f}  trafilatura {theirs:.4f}  ratio {ours / theirs:.3f}; "
              f"exact ours {sum(o == 1.0 for o, _ in pairs)}  trafilatura {sum(t == 1.0 for _, t in pairs)}")
    total = sum(g[0] for g in by_group.values())
    n_exact = sum(g[2] for g in by_group.values())
    mean = sum(scores) / len(scores) if scores else 0.0
    print(f"\nTOTAL {total}/{len(cases)} cases pass; exact body {n_exact}/{len(scores)} records; mean char-F1 {mean:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
