# ruff: noqa: E501
"""Audit37 runner: the non-Chinese combinatorial generator's cases (a37_gen) through ONE ``python -m pipeline clean DIR
--format jsonl`` run (records matched back by source_path). Checks per case: title, exact body, the metadata
the page states (lang, publisher, author, published). Prints per-case PASS/FAIL with the first difference, the pass rate
per damage kind and per combination size, and the failure clusters (failed field x damage kind).

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit32/run_audit37.py [--seed S] [-n N] [-v] [NAME ...]
"""

from __future__ import annotations

import collections
import difflib
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
from a37_gen import Case37, build_all  # noqa: E402

sys.path.insert(0, str(HERE.parent / "audit32"))
from run_audit32 import print_summary  # noqa: E402
from run_audit32 import run as run_pages  # noqa: E402

PAGES = HERE / "pages"
NOT_DAMAGE = ("out:", "codec:", "label:right", "lang:")


def first_diff(exp: str, got: str, width: int = 50) -> str:
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, exp, got, autojunk=False).get_opcodes():
        if tag != "equal":
            return f"@{i1} {tag}: expected {exp[max(0, i1 - 6):i2 + 4][:width]!r} got {got[max(0, j1 - 6):j2 + 4][:width]!r}"
    return ""


def check(c: Case37, rec: dict[str, Any] | None) -> list[str]:
    """The failed fields (``field: detail``)."""
    if rec is None:
        return ["record: missing"]
    if rec.get("status") != "ok":
        return [f"status: {rec.get('status')} {rec.get('reason')}"]
    bad: list[str] = []
    title, text = rec.get("title") or "", rec.get("text") or ""
    if title != c.title:
        bad.append(f"title: {first_diff(c.title, title)}")
    if text != c.body:
        bad.append(f"body: {first_diff(c.body, text)}")
    for k, want in c.meta.items():
        got = rec.get(k)
        ok = (got or "")[:10] == want[:10] if k == "published" else got == want
        if not ok:
            bad.append(f"{k}: {got!r} != {want!r}")
    return bad


def damage_kinds(c: Case37) -> list[str]:
    return [k for k in c.kinds if not k.startswith(NOT_DAMAGE)]


def run(cases: list[Case37]) -> dict[str, dict[str, Any]]:
    return run_pages(cases, PAGES)  # type: ignore[arg-type]  # (the same name, ext and data fields)


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 37
    n = int(argv[argv.index("-n") + 1]) if "-n" in argv else 200
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    verbose = "-v" in argv
    cases = [c for c in build_all(seed, n) if not names or any(x in c.name for x in names)]
    recs = run(cases)
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_size: dict[int, list[int]] = collections.defaultdict(lambda: [0, 0])
    clusters: dict[str, list[str]] = collections.defaultdict(list)
    fields: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    passed = 0
    for c in cases:
        bad = check(c, recs.get(c.name))
        ok = not bad
        passed += ok
        dk = damage_kinds(c)
        for k in dk:
            by_kind[k][0] += ok
            by_kind[k][1] += 1
        by_size[len(dk)][0] += ok
        by_size[len(dk)][1] += 1
        failed = {b.split(":")[0] for b in bad}
        for f in ["title", "body", *c.meta]:
            fields[f][0] += f not in failed
            fields[f][1] += 1
        for b in bad:
            clusters[b.split(":")[0]].append(c.name)
        note = " | ".join(bad)[:400]
        print(f"{'PASS' if ok else 'FAIL'} {c.name:16} {' '.join(dk)[:110]:110} {note}")
        if verbose and bad:
            print(f"      notes={c.notes}")
            print(f"      replay: PYTHONPATH=$PWD python -m pipeline clean {PAGES / (c.name + '.' + c.ext)} --format text --explain")
    print_summary(cases, fields, by_kind, by_size, clusters, damage_kinds)
    print(f"\nTOTAL {passed}/{len(cases)} pass (seed {seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
