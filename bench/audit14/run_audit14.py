# ruff: noqa: E501
"""Audit14 runner: seed-like reposts, fresh variations, every case through
``python -m pipeline clean PATH --format jsonl`` (audit4's harness via audit6's run_checked: title, exact
body, char-F1, metadata), plus audit8's flag checks: damage the page does not determine must be flagged
(``flags``), damage it determines must be repaired without a flag (``no_flags``). Per-field tally.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit14/run_audit14.py [-v] [--list] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

a6 = load(HERE.parent / "audit6" / "run_audit6.py", "run_audit6")  # audit6's per-case checks, on audit4's runner
sys.path.insert(0, str(HERE))
from a14_cases import build_all  # noqa: E402

a6.a4.PAGES = HERE / "pages"


def _fields(a8: object, bad: list[str]) -> dict[str, bool]:
    """Which checked fields were right (title, body, each metadata key, flags)."""
    case = a8.case  # type: ignore[attr-defined]
    ex = case.exp[0]
    names = (["title"] if ex.title is not None else []) + (["body"] if ex.body is not None else []) + list(ex.meta)
    out = {f: not any(b.startswith(f"{f} ") or (f == "body" and b.startswith("body F1")) or b.startswith(("status", "record")) for b in bad) for f in names}
    if a8.flags or a8.no_flags:  # type: ignore[attr-defined]
        out["flags"] = not any(b.startswith("flag ") for b in bad)
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    cases = [c for c in build_all() if not names or any(n in c.case.name for n in names)]
    if "--list" in argv:
        for c in cases:
            print(f"{c.case.name:38} flags={c.flags} no_flags={c.no_flags} {c.why}")
        return 0
    groups: dict[str, list[int]] = {}
    tally: dict[str, list[int]] = {}
    scores: list[float] = []
    exact_n = word_restored = 0
    for a8 in cases:
        case = a8.case
        root, rec, bad, score, exact = a6.run_checked(case)
        scores.append(score)
        exact_n += exact
        got_flags = set((rec or {}).get("flags") or [])
        bad += [f"flag {f} missing" for f in a8.flags if f not in got_flags and not (f == "*" and got_flags)]  # "*": any flag
        bad += [f"flag {f} raised" for f in a8.no_flags if f in got_flags]
        by_word = bool(bad) and a8.alt is not None and rec is not None and (rec.get("title"), rec.get("text")) == a8.alt
        if by_word:
            bad, word_restored = [], word_restored + 1
        for f, ok in _fields(a8, bad).items():
            t = tally.setdefault(f, [0, 0])
            t[0] += ok
            t[1] += 1
        g = groups.setdefault(case.group, [0, 0])
        g[0] += not bad
        g[1] += 1
        note = "restored (not settled by the page: a common word)" if by_word else "; ".join(bad)[:300]
        print(f"{'PASS' if not bad else 'FAIL'} {case.name:38} {case.group:4} F1 {score:.3f}  {note}")
        if verbose and bad:
            a6.explain_failure(case, root, rec, exact)
    a6.print_groups(groups)
    print("\nfield       right/checked")
    for f, (r, n) in tally.items():
        print(f"{f:11} {r:3}/{n}")
    print(f"\nTOTAL {sum(p for p, _ in groups.values())}/{len(cases)} pass; exact body {exact_n}/{len(cases)}; mean char-F1 {sum(scores) / max(1, len(scores)):.4f}; "
          f"{word_restored} lost byte(s) the page does not settle restored by a common word instead of flagged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
