"""Adversarial audit: build reposts of our own articles, clean them, compare with the originals.

    cd /work/main && source /work/venv/bin/activate && nice python bench/audit/run_audit.py [-v] [NAME_SUBSTRING ...]

Writes each repost to bench/audit/pages/<case>.{txt,html} (with <case>.expected.txt) so a case can
be replayed with the CLI, e.g. ``repost clean bench/audit/pages/t_seedlike_s2tw_tone.txt --explain``
(HTML cases print the --url / --content-type flags to add). Prints per case: title ok, body exact,
char F1 and a short diff; -v prints the full diff for failures.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import Case, build_all, fuzz_cases  # noqa: E402

from pipeline.record import Provenance, Record, record_id  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.sites import SiteRules  # noqa: E402
from pipeline.stages import build_stages, run_stages  # noqa: E402

PAGES = HERE / "pages"


def clean(case: Case, path: Path) -> Record:
    record = Record(id=record_id(case.url, str(path)), url=case.url, raw=case.data, kind=case.kind,  # type: ignore[arg-type]
                    content_type=case.content_type, provenance=Provenance(source_path=str(path)))
    return run_stages(record, build_stages(Settings(), SiteRules()))


def f1(out: str, exp: str) -> float:
    if not out and not exp:
        return 1.0
    matched = sum(b.size for b in difflib.SequenceMatcher(None, out, exp, autojunk=False).get_matching_blocks())
    if not matched:
        return 0.0
    p, r = matched / len(out), matched / len(exp)
    return 2 * p * r / (p + r)


def short_diff(out: str, exp: str, limit: int = 4, width: int = 60) -> list[str]:
    lines = []
    ops = [op for op in difflib.SequenceMatcher(None, exp, out, autojunk=False).get_opcodes() if op[0] != "equal"]
    for tag, i1, i2, j1, j2 in ops[:limit]:
        ctx = exp[max(0, i1 - 8):i1]
        lines.append(f"    @{i1} …{ctx!r} {tag}: expected {exp[i1:i2][:width]!r} got {out[j1:j2][:width]!r}")
    if len(ops) > limit:
        lines.append(f"    … {len(ops) - limit} more differences")
    return lines


def main(argv: list[str]) -> int:
    verbose, fuzz = "-v" in argv, "--fuzz" in argv
    wanted = [a for a in argv if a not in ("-v", "--fuzz")]
    PAGES.mkdir(exist_ok=True)
    cases = [c for c in (fuzz_cases() if fuzz else build_all()) if not wanted or any(w in c.name for w in wanted)]
    fails = 0
    print(f"{'case':44} {'status':7} {'title':5} {'body':5} {'F1':>6}  notes")
    for case in cases:
        path = PAGES / f"{case.name}.{'txt' if case.kind == 'text' else 'html'}"
        path.write_bytes(case.data)
        (PAGES / f"{case.name}.expected.txt").write_text(case.title + "\n" + case.body + "\n", encoding="utf-8")
        rec = clean(case, path)
        out = rec.text or ""
        title_ok = (rec.title or "").strip() == case.title
        exact = out == case.body
        score = f1(out, case.body)
        meta_bad = {k: (getattr(rec, k), v) for k, v in case.expect.items() if getattr(rec, k) != v}
        ok = title_ok and exact and not meta_bad
        fails += not ok
        verdict = "PASS" if ok else ("LOSSY" if case.lossy and title_ok and score > 0.97 else "FAIL")
        print(f"{case.name:44} {rec.status:7} {'ok' if title_ok else 'BAD':5} {'ok' if exact else 'DIFF':5} "
              f"{score:6.3f}  "
              f"{verdict} {rec.encoding}/{rec.encoding_source} {case.note}")
        if not title_ok:
            print(f"    title: expected {case.title!r}\n           got      {rec.title!r}")
        for k, (got, want) in meta_bad.items():
            print(f"    {k}: expected {want!r} got {got!r}")
        if not exact:
            print("\n".join(short_diff(out, case.body, 50 if verbose else 4)))
        if not ok and case.kind == "html":
            flags = " ".join(f for f in (f"--url {case.url}" if case.url else "",
                                          f"--content-type '{case.content_type}'" if case.content_type else "") if f)
            print(f"    repro: repost clean {path.relative_to(HERE.parent.parent)} {flags} --explain --format text")
        if not ok and verbose:
            print("    changes:", dict(sorted({c.rule: 0 for c in rec.changes}.items())))
            print("    flags:", [f.rule for f in rec.flags])
    print(f"\n{len(cases) - fails}/{len(cases)} cases pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
