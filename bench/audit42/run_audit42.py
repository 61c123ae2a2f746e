# ruff: noqa: E501
"""Audit42 runner: our stories transplanted into REAL pages (a42_gen; the pages are read from /work/shared at
run time) through audit32's page run (ONE ``python -m pipeline clean DIR --format jsonl``, records matched by
source_path) and its per-case check (title, exact body, the info-line fields written, script, mislabeled, flags),
plus a character F1 of the body (near misses visible), and the pass rate per real site and per damage kind.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit42/run_audit42.py [--seed 42] [-n 150] [-v] [NAME ...]
"""

from __future__ import annotations

import collections
import contextlib
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from a42_gen import Case32, build_all  # noqa: E402

sys.path.insert(0, str(HERE.parent / "audit32"))
from run_audit32 import PAGE_SEPARATORS, check, check_all, print_summary  # noqa: E402
from run_audit32 import run as run_pages  # noqa: E402

PAGES = HERE / "pages"
QUOTES = str.maketrans("“”", '""')
NOT_DAMAGE = ("tpl:", "codec:", "label:right", "header:right", "conv:none", "fold:none", "info:", "title:", "clean")


def damage_kinds(c: Case32) -> list[str]:
    return [k for k in c.kinds if not k.startswith(NOT_DAMAGE)]


def shown_kinds(c: Case32) -> list[str]:
    return [k for k in c.kinds if not k.startswith("tpl:")]


GOT = re.compile(r"""got (?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?<=: )(?:'(?:[^'\\]|\\.)*'|None)(?= != )""")


def withheld(out: str) -> str:
    """The run's lines with what the pipeline returned left out: it may quote the real page's chrome, which
    the repository must not hold (run with -v to see it)."""
    return GOT.sub("got …", out)


def char_f1(exp: str, got: str) -> float:
    a, b = collections.Counter(exp.replace("\n", "")), collections.Counter(got.replace("\n", ""))
    hit = sum((a & b).values())
    if not hit:
        return 0.0
    p, r = hit / sum(b.values()), hit / sum(a.values())
    return 2 * p * r / (p + r)


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 42
    n = int(argv[argv.index("-n") + 1]) if "-n" in argv else 150
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    cases = [c for c in build_all(seed, n) if not names or any(x in c.name for x in names)]
    recs = run_pages(cases, PAGES)
    for c in cases:
        r = recs.get(c.name)
        if "title:in_title" in c.kinds and r:  # the old headline was not found in the page: the title is not scored
            c.title = (r.get("title") or "").translate(PAGE_SEPARATORS)
        if "fold:wide" in c.kinds:  # quotes folded to ASCII may come back either way: the page no longer says which
            c.title, c.body = c.title.translate(QUOTES), c.body.translate(QUOTES)
            c.alt = (c.alt[0].translate(QUOTES), c.alt[1].translate(QUOTES)) if c.alt else None
            if r is not None:
                r["title"], r["text"] = (r.get("title") or "").translate(QUOTES), (r.get("text") or "").translate(QUOTES)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        tally = check_all(cases, recs, shown_kinds, damage_kinds, PAGES, "-v" in argv, (30, 80))
    print(buf.getvalue() if "-v" in argv else withheld(buf.getvalue()), end="")
    site: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0, 0.0])
    f1s = []
    for c in cases:
        r = recs.get(c.name) or {}
        f1 = char_f1(c.body, (r.get("text") or "").replace("\u3000", " "))
        f1s.append(f1)
        key = c.kinds[0]
        ok = not check(c, r if r else None)[0]
        site[key][0] += ok
        site[key][1] += 1
        site[key][2] += f1
    print("\npass rate and mean body char-F1 per real site")
    for k, (p, t, f) in sorted(site.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print(f"  {k:16} {int(p):3}/{int(t):<3} {p / t:6.1%}  F1 {f / t:.3f}")
    print_summary(cases, tally.fields, tally.by_kind, tally.by_size, tally.clusters, damage_kinds)
    print(f"\nbody char-F1 mean {sum(f1s) / len(f1s):.4f}; below 0.99: {sum(f < 0.99 for f in f1s)}; below 0.9: {sum(f < 0.9 for f in f1s)}")
    print(f"\nTOTAL {tally.passed}/{len(cases)} pass (seed {seed}); {tally.restored} lossy spot(s) restored to the original instead of flagged (accepted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
