# ruff: noqa: E501
"""Audit17 runner (inputs and bytes end to end): every case through the real CLI
(``python -m pipeline clean TARGET... --format jsonl [args]``, stdin or ``-o`` where the case says), checked
with audit4's per-record check (title, exact body, char-F1, metadata, status) plus what a user meets on
errors: the exit code, exactly one stderr line naming each broken input, no traceback, and every other
input still written.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit17/run_audit17.py [-v] [NAME ...]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

ra4 = load(HERE.parent / "audit4" / "run_audit4.py", "run_audit4")
sys.path.insert(0, str(HERE))
from a17_cases import C17, build_all  # noqa: E402

PAGES = HERE / "pages"


def write(case: C17) -> Path:
    root = PAGES / case.name
    shutil.rmtree(root, ignore_errors=True)
    for rel, data in case.files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    for link, target in case.symlinks.items():
        (root / link).symlink_to(root / target)
    return root


def run(case: C17, root: Path) -> tuple[int, list[dict[str, Any]], str, list[str]]:
    first = next(iter(case.files))
    if case.stdin:
        targets = ["-"]
    elif case.targets:
        targets = [str(root / t) for t in case.targets]
    else:
        targets = [str(root / (first.split("/")[0] if case.as_dir else first))]
    out = root / "out.jsonl"
    cmd = [sys.executable, "-m", "pipeline", "clean", *targets, "--format", "jsonl", *case.args, *(["-o", str(out)] if case.out else [])]
    stdin = (root / case.stdin).read_bytes() if case.stdin else b""
    proc = subprocess.run(cmd, input=stdin, capture_output=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    text = out.read_text(encoding="utf-8") if case.out and out.exists() else proc.stdout.decode("utf-8", "replace")
    recs = [json.loads(ln) for ln in text.splitlines() if ln.strip()]
    return proc.returncode, recs, proc.stderr.decode("utf-8", "replace").strip(), cmd


def err_problems(case: C17, rc: int, err: str) -> list[str]:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    bad = [f"exit {rc} != {case.rc}"] if rc != case.rc else []
    if "Traceback" in err:
        bad.append("traceback on stderr")
    for name in case.errs:
        hits = [ln for ln in lines if name in ln]
        if len(hits) != 1:
            bad.append(f"{len(hits)} stderr lines name {name}")
    extra = [ln for ln in lines if not any(n in ln for n in case.errs)]
    if extra and (case.errs or rc != 0):
        bad.append(f"stderr also says {extra[0][:120]!r}")
    if bad and err:
        bad.append(f"stderr {err[:200]!r}")
    return bad


def run_one(case: C17, verbose: bool, tally: dict[str, list[int]]) -> tuple[bool, list[float], int]:
    root = write(case)
    rc, recs, err, cmd = run(case, root)
    problems = err_problems(case, rc, err)
    t = tally.setdefault("errors", [0, 0])
    t[1] += 1
    t[0] += not problems
    if case.allow_dropped:
        recs = [r for r in recs if r.get("status") != "dropped"]
    if len(recs) != len(case.exp):
        problems.append(f"{len(recs)} records != {len(case.exp)}")
    scores: list[float] = []
    exacts = 0
    details: list[str] = []
    for i, ex in enumerate(case.exp):
        rec = recs[i] if i < len(recs) else None
        bad, score, exact = ra4.check(ex, rec)
        scores.append(score)
        exacts += exact
        fields = (["title"] if ex.title is not None else []) + (["body"] if ex.body is not None else []) + list(ex.meta) + ([] if ex.status == "ok" else ["status"])
        for f in fields:
            t = tally.setdefault(f, [0, 0])
            t[1] += 1
            t[0] += not any(b.startswith(f"{f} ") or (f == "body" and b.startswith("body F1")) or b.startswith(("status", "record")) for b in bad)
        problems += [f"[{i}] {b}" for b in bad]
        if rec is not None and ex.body is not None and not exact:
            details += ra4.short_diff(rec.get("text") or "", ex.body)
        if verbose and rec is not None and bad:
            details.append(f"      [{i}] encoding {rec.get('encoding')!r} from {rec.get('encoding_source')!r} mislabeled {rec.get('mislabeled')} flags {rec.get('flags')}")
    ok = not problems
    print(f"{'PASS' if ok else 'FAIL'} {case.name:38} {case.group:5} F1 {min(scores) if scores else 0:.3f}  {'; '.join(problems)[:400]}")
    if not ok and verbose:
        for d in details:
            print(d)
        print(f"      replay: {' '.join(cmd[1:])}".replace(str(REPO) + "/", ""))
    return ok, scores, exacts


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    cases = [c for c in build_all() if not names or any(n in c.name for n in names)]
    by_group: dict[str, list[int]] = {}
    tally: dict[str, list[int]] = {}
    scores: list[float] = []
    for case in cases:
        ok, sc, exacts = run_one(case, verbose, tally)
        g = by_group.setdefault(case.group, [0, 0, 0, 0])
        g[0] += ok
        g[1] += 1
        g[2] += exacts
        g[3] += len(case.exp)
        scores += sc
    print("\ngroup  pass/cases  exact-body records")
    for name, (p, n, xb, nr) in by_group.items():
        print(f"{name:6} {p:3}/{n:<3}     {xb}/{nr}")
    print("\nfield       right/checked")
    for f, (r, n) in tally.items():
        print(f"{f:11} {r:3}/{n}")
    total = sum(g[0] for g in by_group.values())
    mean = sum(scores) / len(scores) if scores else 0.0
    print(f"\nTOTAL {total}/{len(cases)} cases pass; exact body {sum(g[2] for g in by_group.values())}/{len(scores)} records; mean char-F1 {mean:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
