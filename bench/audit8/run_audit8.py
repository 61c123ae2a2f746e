# ruff: noqa: E501
"""Audit8 runner: decode + repair on seed-like and farm pages, every case through
``python -m pipeline clean PATH --format jsonl`` (audit4's harness: title, exact body, char-F1, metadata).

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit8/run_audit8.py [-v] [--list] [NAME ...]

Besides audit4's checks it checks the flags: a lossy spot the page does not determine must be flagged
(``flags``), one it determines must be repaired without a flag (``no_flags``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

a6 = load(HERE.parent / "audit6" / "run_audit6.py", "run_audit6")  # audit6's per-case checks, on audit4's runner

from a8_cases import build_all  # noqa: E402

a6.a4.PAGES = HERE / "pages"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    cases = [c for c in build_all() if not names or any(n in c.case.name for n in names)]
    if "--list" in argv:
        for c in cases:
            print(f"{c.case.name:34} flags={c.flags} no_flags={c.no_flags} {c.why}")
        return 0
    groups: dict[str, list[int]] = {}
    scores: list[float] = []
    word_restored = 0
    for a8 in cases:
        case = a8.case
        root, rec, bad, score, exact = a6.run_checked(case)
        scores.append(score)
        got_flags = set((rec or {}).get("flags") or [])
        bad += [f"flag {f} missing" for f in a8.flags if f not in got_flags]
        bad += [f"flag {f} raised" for f in a8.no_flags if f in got_flags]
        by_word = bool(bad) and a8.alt is not None and rec is not None and (rec.get("title"), rec.get("text")) == a8.alt
        if by_word:
            bad, word_restored = [], word_restored + 1
        g = groups.setdefault(case.group, [0, 0])
        g[0] += not bad
        g[1] += 1
        note = "restored (not settled by the page: a common word)" if by_word else "; ".join(bad)[:260]
        print(f"{'PASS' if not bad else 'FAIL'} {case.name:34} {case.group} F1 {score:.3f}  {note}")
        if verbose and bad:
            a6.explain_failure(case, root, rec, exact)
    a6.print_groups(groups)
    print(f"\nTOTAL {sum(p for p, _ in groups.values())}/{len(cases)} pass; mean char-F1 {sum(scores) / max(1, len(scores)):.4f}; "
          f"{word_restored} lost byte(s) the page does not settle restored by a common word instead of flagged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
