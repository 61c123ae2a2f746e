# ruff: noqa: E501
"""Audit4: reposts of our own articles through the real CLI, compared with the originals.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit4/run_audit4.py [-v] [NAME_SUBSTRING ...]
    ... run_audit4.py --fuzz 120    # seeded seed-like dumps; prints the failure rate per knob value
    ... run_audit4.py --ofat        # one knob changed at a time from a benign seed-like page (5 articles x 2 recipes)

Each case is written under bench/audit4/pages/<case>/ (git-ignored) and cleaned with
``python -m pipeline clean PATH --format jsonl [args]``. Per record it checks title, body (exact and
char-F1 by difflib matching blocks), the metadata the case names (published compares the date part),
status, and the exit code. A case passes when everything it checks is right.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

from build import Case, Exp  # noqa: E402
from cases import build_all  # noqa: E402
from fuzz import fuzz_cases, ofat_cases  # noqa: E402

PAGES = HERE / "pages"


def run_cli(case: Case, root: Path) -> tuple[int, list[dict[str, Any]], str]:
    target = root / next(iter(case.files)).split("/")[0] if case.as_dir else root / next(iter(case.files))
    cmd = [sys.executable, "-m", "pipeline", "clean", str(target), "--format", "jsonl", *case.args]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env, check=False)
    recs = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.strip()]
    return proc.returncode, recs, proc.stderr.strip()


def f1(out: str, exp: str) -> float:
    if not out and not exp:
        return 1.0
    matched = sum(b.size for b in difflib.SequenceMatcher(None, out, exp, autojunk=False).get_matching_blocks())
    if not matched:
        return 0.0
    p, r = matched / len(out), matched / len(exp)
    return 2 * p * r / (p + r)


def short_diff(out: str, exp: str, limit: int = 3, width: int = 80) -> list[str]:
    ops = [op for op in difflib.SequenceMatcher(None, exp, out, autojunk=False).get_opcodes() if op[0] != "equal"]
    lines = [f"      @{i1} {tag}: expected {exp[i1:i2][:width]!r} got {out[j1:j2][:width]!r}" for tag, i1, i2, j1, j2 in ops[:limit]]
    if len(ops) > limit:
        lines.append(f"      … {len(ops) - limit} more differences")
    return lines


def check(exp: Exp, rec: dict[str, Any] | None) -> tuple[list[str], float, bool]:
    """Problems of one record, its char-F1 and whether the body is exact."""
    if rec is None:
        return ["record missing"], 0.0, False
    bad: list[str] = []
    if rec.get("status") != exp.status:
        bad.append(f"status {rec.get('status')!r} ({rec.get('reason')}) != {exp.status!r}")
    if exp.status != "ok":
        return bad, 1.0 if not bad else 0.0, not bad
    text = rec.get("text") or ""
    score = f1(text, exp.body or "")
    exact = text == exp.body
    if exp.title is not None and rec.get("title") != exp.title:
        bad.append(f"title {rec.get('title')!r} != {exp.title!r}")
    if exp.body is not None and not exact:
        bad.append(f"body F1 {score:.3f}")
    for key, want in exp.meta.items():
        got = rec.get(key)
        ok = ((got or "")[:10] == want[:10]) if key == "published" and isinstance(want, str) else got == want
        if not ok:
            bad.append(f"{key} {got!r} != {want!r}")
    return bad, score, exact


def write(case: Case) -> Path:
    root = PAGES / case.name
    shutil.rmtree(root, ignore_errors=True)
    for rel, data in case.files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


def run_case(case: Case, verbose: bool) -> tuple[bool, list[float], int, int]:
    root = write(case)
    rc, recs, err = run_cli(case, root)
    problems: list[str] = []
    scores: list[float] = []
    exacts = 0
    if rc != case.rc:
        problems.append(f"exit {rc} != {case.rc} {err[:160]!r}")
    if len(recs) != len(case.exp):
        problems.append(f"{len(recs)} records != {len(case.exp)}")
    details: list[str] = []
    for i, exp in enumerate(case.exp):
        rec = recs[i] if i < len(recs) else None
        bad, score, exact = check(exp, rec)
        scores.append(score)
        exacts += exact
        if bad:
            problems += [f"[{i}] {b}" for b in bad]
            if rec is not None and exp.body is not None and not exact:
                details += short_diff(rec.get("text") or "", exp.body)
    ok = not problems
    print(f"{'PASS' if ok else 'FAIL'} {case.name:28} {case.group:6} F1 {min(scores) if scores else 0:.3f}  {'; '.join(problems)[:300]}")
    if not ok and verbose:
        for d in details:
            print(d)
        print(f"      replay: PYTHONPATH=$PWD python -m pipeline clean {root / next(iter(case.files))} --format text --explain {' '.join(case.args)}")
    return ok, scores, exacts, len(case.exp)


def knob_table(results: list[tuple[Case, bool]]) -> None:
    """Failure rate per knob value of the fuzz cases (knobs are in Case.note as k=v)."""
    stats: dict[tuple[str, str], list[int]] = {}
    for case, ok in results:
        for kv in case.note.split():
            k, v = kv.split("=", 1)
            st = stats.setdefault((k, v), [0, 0])
            st[0] += not ok
            st[1] += 1
    print("\nknob value                      fail/n")
    for (k, v), (bad, n) in sorted(stats.items(), key=lambda x: (x[0][0], -x[1][0] / x[1][1])):
        print(f"{k:8} {v:22} {bad:3}/{n:<3} {'#' * round(10 * bad / n)}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    fuzz_n = int(argv[argv.index("--fuzz") + 1]) if "--fuzz" in argv else 0
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    ofat = "--ofat" in argv
    pool = fuzz_cases(fuzz_n) if fuzz_n else ofat_cases() if ofat else build_all()
    cases = [c for c in pool if not names or any(n in c.name for n in names)]
    results: list[tuple[Case, bool]] = []
    by_group: dict[str, list[int]] = {}
    all_scores: list[float] = []
    n_exact = n_recs = 0
    for case in cases:
        ok, scores, exacts, n = run_case(case, verbose)
        results.append((case, ok))
        g = by_group.setdefault(case.group, [0, 0])
        g[0] += ok
        g[1] += 1
        all_scores += scores
        n_exact += exacts
        n_recs += n
    print("\ngroup   pass/cases")
    for name, (p, n) in by_group.items():
        print(f"{name:7} {p}/{n}")
    total = sum(p for p, _ in by_group.values())
    mean = sum(all_scores) / len(all_scores) if all_scores else 0.0
    if fuzz_n or ofat:
        knob_table(results)
    print(f"\nTOTAL {total}/{len(cases)} cases pass; exact body {n_exact}/{n_recs} records; mean char-F1 {mean:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
