# ruff: noqa: E501
"""Audit32 runner: the combinatorial generator's cases (a32_gen) through ONE ``python -m pipeline clean DIR
--format jsonl`` run (records matched back by source_path). Checks per case: title, exact body, the metadata
the page states, flags that must (or must not) be raised; a lossy spot restored to the original instead of
flagged is accepted and counted apart. Prints per-case PASS/FAIL with the first difference, the pass rate
per damage kind and per combination size, and the failure clusters (failed field x damage kind).

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit32/run_audit32.py [--seed S] [-n N] [-v] [NAME ...]
"""

from __future__ import annotations

import collections
import dataclasses
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
from a32_gen import Case32, build_all  # noqa: E402

PAGES = HERE / "pages"
NOT_DAMAGE = ("out:", "codec:", "label:right", "conv:none", "dmg:own_reading")


def first_diff(exp: str, got: str, width: int = 50) -> str:
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, exp, got, autojunk=False).get_opcodes():
        if tag != "equal":
            return f"@{i1} {tag}: expected {exp[max(0, i1 - 6):i2 + 4][:width]!r} got {got[max(0, j1 - 6):j2 + 4][:width]!r}"
    return ""


ASCII_IN_WIDE = re.compile("（([\\x20-\\x7e]+)）")


PAGE_SEPARATORS = str.maketrans("\u3000\u2002\u2003", "   ")


def narrow(text: str) -> str:
    return ASCII_IN_WIDE.sub(r"(\1)", text)


def check(c: Case32, rec: dict[str, Any] | None) -> tuple[list[str], bool]:
    """The failed fields (``field: detail``) and whether a lossy spot was restored instead of flagged."""
    if rec is None:
        return ["record: missing"], False
    if rec.get("status") != "ok":
        return [f"status: {rec.get('status')} {rec.get('reason')}"], False
    bad: list[str] = []
    title, text = rec.get("title") or "", rec.get("text") or ""
    # a separator the page wrote as a full-width, en or em space may be kept as the page's own (the first
    # publisher may have written it so) or written as a plain space
    title, text = title.translate(PAGE_SEPARATORS), text.translate(PAGE_SEPARATORS)
    if c.loose_brackets:  # folded marks: (GDP) and （GDP） are both the original's possible writing
        title, text = narrow(title), narrow(text)
        c = dataclasses.replace(c, title=narrow(c.title), body=narrow(c.body), alt=(narrow(c.alt[0]), narrow(c.alt[1])) if c.alt else None)
    restored = c.alt is not None and (title, text) == c.alt
    if not restored:
        if title != c.title:
            bad.append(f"title: {first_diff(c.title, title)}")
        if text != c.body:
            bad.append(f"body: {first_diff(c.body, text)}")
    for k, want in c.meta.items():
        got = rec.get(k)
        ok = (got or "")[:10] == want[:10] if k == "published" else got == want
        if not ok:
            bad.append(f"{k}: {got!r} != {want!r}")
    flags = set(rec.get("flags") or [])
    if not restored:
        bad += [f"flag: {f} missing (got {sorted(flags)})" for f in c.flags if f not in flags]
    bad += [f"flag: {f} raised" for f in c.no_flags if f in flags]
    return bad, restored


def damage_kinds(c: Case32) -> list[str]:
    return [k for k in c.kinds if not k.startswith(NOT_DAMAGE)]


def kind_key(k: str) -> str:
    """A kind without its detail past '@' (dmg:lost@title -> dmg:lost@title kept; read:tone(conv -> read:tone(conv)."""
    return k


def run(cases: list[Case32], pages: Path = PAGES) -> dict[str, dict[str, Any]]:
    """Write the cases' pages into ``pages`` (emptied first), clean them in one CLI run, and return the
    records by case name (also audit37's runner)."""
    shutil.rmtree(pages, ignore_errors=True)
    pages.mkdir(parents=True)
    for c in cases:
        (pages / f"{c.name}.{c.ext}").write_bytes(c.data)
    cmd = [sys.executable, "-m", "pipeline", "clean", str(pages), "--format", "jsonl"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    if proc.stderr.strip():
        print(proc.stderr.strip()[:2000], file=sys.stderr)
    recs: dict[str, dict[str, Any]] = {}
    for ln in proc.stdout.splitlines():
        if ln.strip():
            r = json.loads(ln)
            recs.setdefault(Path(r.get("source_path") or "").stem, r)
    return recs


def print_summary(cases: list[Any], fields: dict[str, list[int]], by_kind: dict[str, list[int]],
                  by_size: dict[int, list[int]], clusters: dict[str, list[str]],
                  damage_kinds: Callable[[Any], list[str]]) -> None:
    """The tables after the per-case lines: fields, pass rate per damage kind and per combination size, and
    the failure clusters with the kinds most over-represented among them (also audit37's runner)."""
    print("\nfield      right/checked")
    for f, (r, t) in fields.items():
        print(f"{f:10} {r:4}/{t}")
    print("\npass rate per damage kind")
    for k, (p, t) in sorted(by_kind.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print(f"  {k:28} {p:4}/{t:<4} {p / t:6.1%}")
    print("\npass rate per combination size (number of damage kinds)")
    for s, (p, t) in sorted(by_size.items()):
        print(f"  {s:2} kinds  {p:4}/{t:<4} {p / t:6.1%}")
    print("\nfailure clusters (failed field: cases; the kinds most over-represented among them)")
    all_counts = collections.Counter(k for c in cases for k in damage_kinds(c))
    by_name = {c.name: c for c in cases}
    for f, ns in sorted(clusters.items(), key=lambda kv: -len(kv[1])):
        cnt = collections.Counter(k for x in ns for k in damage_kinds(by_name[x]))
        lift = sorted(((cnt[k] / len(ns)) / (all_counts[k] / len(cases)), k) for k in cnt if cnt[k] >= 2)[::-1][:6]
        print(f"  {f:10} {len(ns):3}: {' '.join(ns[:14])}{' …' if len(ns) > 14 else ''}")
        print(f"             over-represented: {', '.join(f'{k} x{x:.1f} ({cnt[k]})' for x, k in lift)}")


@dataclasses.dataclass
class Tally:
    """The per-case checks summed: what print_summary prints and the totals."""

    by_kind: dict[str, list[int]] = dataclasses.field(default_factory=lambda: collections.defaultdict(lambda: [0, 0]))
    by_size: dict[int, list[int]] = dataclasses.field(default_factory=lambda: collections.defaultdict(lambda: [0, 0]))
    clusters: dict[str, list[str]] = dataclasses.field(default_factory=lambda: collections.defaultdict(list))
    fields: dict[str, list[int]] = dataclasses.field(default_factory=lambda: collections.defaultdict(lambda: [0, 0]))
    passed: int = 0
    restored: int = 0


def check_all(cases: list[Any], recs: dict[str, dict[str, Any]], shown: Callable[[Any], list[str]],
              damage: Callable[[Any], list[str]], pages: Path, verbose: bool, widths: tuple[int, int] = (16, 110)) -> Tally:
    """Check every case, print its PASS/FAIL line (with -v its notes and a replay command) and sum the results:
    ``shown`` gives the rows of the per-kind table, ``damage`` the kinds the combination size counts (also
    audit38's runner)."""
    tally = Tally()
    for c in cases:
        bad, restored = check(c, recs.get(c.name))
        ok = not bad
        tally.passed += ok
        tally.restored += restored and ok
        for k in shown(c):
            tally.by_kind[k][0] += ok
            tally.by_kind[k][1] += 1
        dk = damage(c)
        tally.by_size[len(dk)][0] += ok
        tally.by_size[len(dk)][1] += 1
        failed = {b.split(":")[0] for b in bad}
        for f in ["title", "body", *c.meta, *(["flag"] if c.flags or c.no_flags else [])]:
            tally.fields[f][0] += f not in failed
            tally.fields[f][1] += 1
        for b in bad:
            tally.clusters[b.split(":")[0]].append(c.name)
        note = "restored (accepted)" if restored and ok else " | ".join(bad)[:400]
        print(f"{'PASS' if ok else 'FAIL'} {c.name:{widths[0]}} {' '.join(dk)[:widths[1]]:{widths[1]}} {note}")
        if verbose and bad:
            print(f"      notes={c.notes} flags={c.flags} no_flags={c.no_flags} kinds={c.kinds}")
            print(f"      replay: PYTHONPATH=$PWD python -m pipeline clean {pages / (c.name + '.' + c.ext)} --format text --explain")
    return tally


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 32
    n = int(argv[argv.index("-n") + 1]) if "-n" in argv else 300
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    cases = [c for c in build_all(seed, n) if not names or any(x in c.name for x in names)]
    tally = check_all(cases, run(cases), damage_kinds, damage_kinds, PAGES, "-v" in argv)
    print_summary(cases, tally.fields, tally.by_kind, tally.by_size, tally.clusters, damage_kinds)
    print(f"\nTOTAL {tally.passed}/{len(cases)} pass (seed {seed}); {tally.restored} lossy spot(s) restored to the original instead of flagged (accepted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
