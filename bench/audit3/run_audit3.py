# ruff: noqa: E501
"""Audit3: reposts of our own articles through the real CLI, compared with the originals.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit3/run_audit3.py [-v] [--fuzz N] [NAME_SUBSTRING ...]

Deterministic (every obfuscation is seeded or hashed). Each case is written to
bench/audit3/pages/<case>.{txt,html} (with <case>.expected.txt) and cleaned with
``python -m pipeline clean FILE --format jsonl [--url U] [--content-type CT]``. Per case it prints
title ok, body exact, char-F1 (difflib matching blocks), the metadata it checks, and a short diff.
A case passes when title, body and checked metadata are all right; LOSSY when the bytes are gone
(U+FFFD, 锟斤拷) and the title is right with F1 >= 0.97 and a flag; table cases compare the body
with whitespace removed (the layout of table cells is a convention).
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

from cases import Case, build_all  # noqa: E402
from fuzz import fuzz_cases  # noqa: E402

PAGES = HERE / "pages"


def run_cli(case: Case, path: Path) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "pipeline", "clean", str(path), "--format", "jsonl"]
    if case.url:
        cmd += ["--url", case.url]
    if case.content_type:
        cmd += ["--content-type", case.content_type]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if not lines:
        return {"status": "error", "reason": proc.stderr.strip()[:200], "text": "", "title": None, "flags": []}
    rec: dict[str, Any] = json.loads(lines[0])
    return rec


def f1(out: str, exp: str) -> float:
    if not out and not exp:
        return 1.0
    matched = sum(b.size for b in difflib.SequenceMatcher(None, out, exp, autojunk=False).get_matching_blocks())
    if not matched:
        return 0.0
    p, r = matched / len(out), matched / len(exp)
    return 2 * p * r / (p + r)


def short_diff(out: str, exp: str, limit: int, width: int = 70) -> list[str]:
    ops = [op for op in difflib.SequenceMatcher(None, exp, out, autojunk=False).get_opcodes() if op[0] != "equal"]
    lines = [f"    @{i1} …{exp[max(0, i1 - 10):i1]!r} {tag}: expected {exp[i1:i2][:width]!r} got {out[j1:j2][:width]!r}"
             for tag, i1, i2, j1, j2 in ops[:limit]]
    if len(ops) > limit:
        lines.append(f"    … {len(ops) - limit} more differences")
    return lines


def meta_problems(case: Case, rec: dict[str, Any]) -> dict[str, tuple[object, object]]:
    bad: dict[str, tuple[object, object]] = {}
    for key, want in case.expect.items():
        got = rec.get(key)
        if key == "published":
            ok = (got or "")[:10] == (want or "")[:10] if want else got is None  # type: ignore[index]
        elif isinstance(want, tuple):
            ok = got in want
        else:
            ok = got == want
        if not ok:
            bad[key] = (got, want)
    return bad


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    fuzz = int(argv[argv.index("--fuzz") + 1]) if "--fuzz" in argv else 0
    wanted = [a for a in argv if a not in ("-v", "--fuzz", str(fuzz))]
    PAGES.mkdir(exist_ok=True)
    pool = fuzz_cases(fuzz) if fuzz else build_all()
    cases = [c for c in pool if not wanted or any(w in c.name for w in wanted)]
    passed, scores = 0, []
    print(f"{'case':30} {'status':8} {'title':5} {'body':5} {'F1':>6}  verdict")
    for case in cases:
        path = PAGES / f"{case.name}.{'txt' if case.kind == 'text' else 'html'}"
        path.write_bytes(case.data)
        (PAGES / f"{case.name}.expected.txt").write_text(case.title + "\n" + case.body + "\n", encoding="utf-8")
        rec = run_cli(case, path)
        out = rec.get("text") or ""
        title_ok = (rec.get("title") or "").strip() == case.title
        exact = squash(out) == squash(case.body) if case.table else out == case.body
        score = f1(out, case.body)
        scores.append(score)
        bad = meta_problems(case, rec)
        ok = title_ok and exact and not bad
        lossy_ok = case.lossy and title_ok and score >= 0.97 and not bad and rec.get("flags")
        verdict = "PASS" if ok else ("LOSSY" if lossy_ok else "FAIL")
        passed += verdict != "FAIL"
        print(f"{case.name:30} {rec.get('status'):8} {'ok' if title_ok else 'BAD':5} {'ok' if exact else 'DIFF':5} {score:6.3f}  "
              f"{verdict}  {rec.get('encoding')}/{rec.get('encoding_source')}  {case.note}")
        if not title_ok:
            print(f"    title: expected {case.title!r}\n           got      {rec.get('title')!r}")
        for k, (got, want) in bad.items():
            print(f"    {k}: expected {want!r} got {got!r}")
        if not exact:
            print("\n".join(short_diff(out, case.body, 60 if verbose else 5)))
        if verdict == "FAIL" or verbose:
            print(f"    flags={rec.get('flags')} changes={rec.get('changes')}")
            extra = (f" --url {case.url}" if case.url else "") + (f" --content-type '{case.content_type}'" if case.content_type else "")
            print(f"    repro: PYTHONPATH=$PWD python -m pipeline clean {path.relative_to(REPO)}{extra} --explain --format text")
    mean = sum(scores) / len(scores) if scores else 0.0
    print(f"\n{passed}/{len(cases)} cases pass (PASS or LOSSY), mean char-F1 {mean:.4f}, "
          f"exact bodies {sum(1 for s in scores if s == 1.0)}/{len(cases)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
