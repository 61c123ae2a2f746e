"""Audit31 runner: pathological inputs and scale.

For every shape of a31_cases and k = 1, 2, 4, 8 it builds the input, runs the real CLI in a subprocess
(``python -m pipeline clean TARGET --format jsonl -o out.jsonl [args]``; CPU time and peak RSS of the child from
os.wait4, best of 3 while a run is short) and the public API in a worker subprocess (clean_html on bytes, or
decode_bytes + clean_text for .txt: CPU time best of 3, tracemalloc peak at k=1 and the largest k), then checks:
  (a) no traceback; a bad input is one stderr line naming the file or a dropped record; rc says so;
  (b) the time growth exponent (least-squares slope of log CPU over log input size; the CLI's time less an empty
      file's) and the peak memory over the input size;
  (c) the article comes out right where there is one.
Then a mixed run (good and bad inputs in one call) checks that one bad input never stops the run or loses output.

    source /work/venv/bin/activate
    PYTHONPATH=$PWD nice python bench/audit31/run_audit31.py [--sizes 1,2,4,8] [NAME ...]
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import a31_cases as cases  # noqa: E402

SEED = 31
TIMEOUT = 300.0  # a run this long is a hang
MEM_LIMIT = 6 << 30  # address-space cap for every child, so a blow-up cannot take the shared machine down
SUPERLINEAR = 1.25  # growth exponent above this is flagged
MEM_FACTOR = 25  # extra peak RSS above this many times the input (plus 64 MB) is flagged
REPS_UNDER = 20.0  # CPU seconds under which a run is repeated (best of 3)


def _limit() -> None:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (MEM_LIMIT, MEM_LIMIT))


@dataclass
class Run:
    rc: int | None  # None: killed on timeout
    cpu: float
    rss_mb: float
    stderr: str
    records: list[dict[str, object]]
    wall: float


def run_child(cmd: list[str], cwd: Path, stdin: Path | None = None) -> Run:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent.parent)}
    err = tempfile.TemporaryFile()  # noqa: SIM115 - read back after the child is reaped
    fin = open(stdin, "rb") if stdin else subprocess.DEVNULL  # noqa: SIM115
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=fin, stdout=subprocess.DEVNULL, stderr=err, env=env,
                            preexec_fn=_limit)
    rc: int | None = None
    while True:
        pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            rc = os.waitstatus_to_exitcode(status)
            break
        if time.monotonic() - start > TIMEOUT:
            proc.kill()
            pid, status, ru = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    proc.returncode = rc if rc is not None else -9
    wall = time.monotonic() - start
    err.seek(0)
    stderr = err.read().decode("utf-8", "replace")
    out = cwd / "out.jsonl"
    records = []
    if out.exists():
        records = [json.loads(line) for line in out.read_text("utf-8").split("\n") if line.strip()]
        out.unlink()
    return Run(rc, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, stderr, records, wall)


def cli(built: cases.Built, root: Path, reps: int) -> Run:
    cmd = [sys.executable, "-m", "pipeline", "clean", built.target, "--format", "jsonl", "-o", "out.jsonl",
           *built.args]
    best: Run | None = None
    for _ in range(reps):
        r = run_child(cmd, root)
        if best is None or r.cpu < best.cpu:
            best = r
        if r.rc is None or r.cpu > REPS_UNDER:
            break
    assert best is not None
    return best


def write(built: cases.Built, root: Path) -> int:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for name, data in built.files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return sum(len(d) for d in built.files.values())


# ------------------------------------------------------------------------------------------- checking


def char_f1(got: str, want: str) -> float:
    g, w = Counter(got.replace("\n", "")), Counter(want.replace("\n", ""))
    common = sum((g & w).values())
    if not common:
        return 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def check_record(rec: dict[str, object] | None, exp: cases.Expect) -> str:
    """'' when the record meets the expectation, else why not."""
    if exp.outcome in ("no_article", "refused"):
        if rec is None:
            return ""  # reported as an error line instead: checked by the caller
        if rec.get("status") == "ok":
            return f"ok record with junk text {str(rec.get('text'))[:40]!r}"
        return ""
    if exp.outcome == "any":
        return ""
    if rec is None:
        return "no record"
    if rec.get("status") != "ok":
        return f"status {rec.get('status')} ({rec.get('reason')})"
    why = []
    text = str(rec.get("text") or "")
    if exp.body is not None:
        if exp.min_f1 < 1:
            f1 = char_f1(text, exp.body)
            if f1 < exp.min_f1:
                why.append(f"body F1 {f1:.3f}")
        elif text != exp.body:
            why.append(f"body F1 {char_f1(text, exp.body):.3f} ({len(text)} vs {len(exp.body)} chars; "
                       f"{first_diff(text, exp.body)})")
    if exp.title is not None and rec.get("title") != exp.title:
        why.append(f"title {str(rec.get('title'))[:50]!r}")
    if exp.published and not str(rec.get("published") or "").startswith(exp.published):
        why.append(f"published {rec.get('published')!r}")
    return "; ".join(why)


def first_diff(got: str, want: str) -> str:
    gl, wl = got.split("\n"), want.split("\n")
    for i, (g, w) in enumerate(zip(gl, wl, strict=False)):
        if g != w:
            return f"line {i + 1}: got {g[:30]!r} want {w[:30]!r}"
    return f"{len(gl)} vs {len(wl)} lines"


def stderr_lines(s: str) -> list[str]:
    return [ln for ln in s.split("\n") if ln.strip()]


def check_cli(built: cases.Built, r: Run) -> str:
    if r.rc is None:
        return f"HANG (killed after {TIMEOUT:.0f}s)"
    if "Traceback" in r.stderr or r.rc not in (0, 1):
        last = stderr_lines(r.stderr)[-1:] or [""]
        return f"CRASH rc={r.rc} {last[0][:100]!r}"
    errs = stderr_lines(r.stderr)
    exp = built.expect
    if exp.outcome == "records":
        return check_records(built, r)
    if not r.records:
        if exp.outcome in ("no_article", "refused"):
            if r.rc != 1:
                return f"no record and rc={r.rc}"
            if len(errs) != 1 or built.target.split("/")[-1] not in errs[0]:
                return f"error not one line naming the file: {errs[:2]!r}"
            return ""
        return f"no record, rc={r.rc}, stderr {errs[:1]!r}"
    if len(r.records) != 1:
        return f"{len(r.records)} records"
    if r.rc != 0:
        return f"rc={r.rc} with a record"
    return check_record(r.records[0], exp)


def check_records(built: cases.Built, r: Run) -> str:
    errs = stderr_lines(r.stderr)
    names = sorted(built.files) if built.target == "." else [built.target]
    bad = []
    if built.target == ".":
        by_path = {str(rec.get("source_path", "")).removeprefix("./"): rec for rec in r.records}
        order = [str(rec.get("source_path", "")).removeprefix("./") for rec in r.records]
        if order != sorted(order):
            bad.append("records out of order")
        for name, exp in zip(names, built.records, strict=True):
            rec = by_path.get(name)
            if rec is None and not any(name in e for e in errs):
                bad.append(f"{name}: no record and no error line")
            elif rec is not None and (why := check_record(rec, exp)):
                bad.append(f"{name}: {why}")
        if any(not any(n in e for n in names) for e in errs):
            bad.append(f"stderr line naming no file: {errs[0][:80]!r}")
        if r.rc != (1 if len(r.records) < len(names) else 0):
            bad.append(f"rc={r.rc} for {len(names) - len(r.records)} missing records")
    else:
        by_line = {int(str(rec.get("source_path", "")).rsplit(":", 1)[-1]): rec for rec in r.records}
        for i, exp in enumerate(built.records, 1):
            rec = by_line.get(i)
            if rec is None and not any(f":{i}" in e for e in errs):
                bad.append(f"line {i}: no record and no error line")
            elif rec is not None and (why := check_record(rec, exp)):
                bad.append(f"line {i}: {why}")
    return f"{len(bad)} bad: " + " | ".join(bad[:3]) if bad else ""


def slope(points: list[tuple[float, float]]) -> float | None:
    pts = [(math.log(n), math.log(t)) for n, t in points if t > 0.005 and n > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


# ------------------------------------------------------------------------------------------- the API worker


def api_worker(name: str, k: int, traced: bool) -> None:
    """Run in a child: build the shape at k, clean it through the public API, print one JSON line."""
    import tracemalloc

    import pipeline

    built = cases.by_name()[name].build(k, SEED)
    data = built.files[built.target]

    def once() -> pipeline.Record:
        if built.target.endswith(".txt"):
            dec = pipeline.decode_bytes(data)
            return pipeline.clean_text(dec.text)
        return pipeline.clean_html(data)

    best, rec, error = math.inf, None, ""
    try:
        for _ in range(1 if traced else 3):
            if traced:
                tracemalloc.start()
            t = time.process_time()
            rec = once()
            best = min(best, time.process_time() - t)
            if best > REPS_UNDER:
                break
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
    except Exception as exc:  # the audit reports any exception as a crash
        error, peak = f"{type(exc).__name__}: {str(exc)[:80]}", 0
    out = {"cpu": best, "peak": peak, "error": error}
    if rec is not None:
        out["record"] = {"status": rec.status, "reason": rec.reason, "text": rec.text, "title": rec.title,
                         "published": rec.published}
    print(json.dumps(out, ensure_ascii=False))


def api(name: str, k: int, traced: bool, root: Path) -> dict[str, object]:
    cmd = [sys.executable, str(Path(__file__)), "--api-worker", name, str(k), "1" if traced else "0"]
    out = root / "api.json"
    with open(out, "wb") as fout:
        env = {**os.environ, "PYTHONPATH": str(HERE.parent.parent)}
        try:
            p = subprocess.run(cmd, stdout=fout, stderr=subprocess.PIPE, timeout=TIMEOUT, env=env,
                               preexec_fn=_limit)
        except subprocess.TimeoutExpired:
            return {"error": "HANG"}
    text = out.read_text("utf-8").strip()
    if p.returncode or not text:
        return {"error": f"rc={p.returncode} {p.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:]}"}
    return dict(json.loads(text.splitlines()[-1]))


# ------------------------------------------------------------------------------------------- main


@dataclass
class Result:
    name: str
    ok: bool
    line: str
    problems: list[str] = field(default_factory=list)


def audit_shape(shape: cases.Shape, sizes: list[int], base: Run, work: Path) -> Result:
    ks = [k for k in sizes if k in shape.sizes] or [shape.sizes[0]]
    problems: list[str] = []
    cli_pts, api_pts, rss = [], [], []
    mb = []
    for k in ks:
        built = shape.build(k, SEED)
        root = work / f"{shape.name}_{k}"
        n = write(built, root)
        mb.append(n / 1e6)
        r = cli(built, root, 3)
        if why := check_cli(built, r):
            problems.append(f"k={k} cli: {why}")
        cli_pts.append((n, max(r.cpu - base.cpu, 1e-3)))
        extra = r.rss_mb - base.rss_mb
        rss.append(extra)
        if extra > MEM_FACTOR * n / 1e6 + 64:
            problems.append(f"k={k} memory: +{extra:.0f} MB RSS for {n / 1e6:.1f} MB input")
        if shape.api:
            a = api(shape.name, k, False, root)
            if a.get("error"):
                problems.append(f"k={k} api: {a['error']}")
            else:
                api_pts.append((n, float(a["cpu"])))  # type: ignore[arg-type]
                rec = a.get("record")
                if (why := check_record(rec, built.expect)) and built.expect.outcome != "records":  # type: ignore[arg-type]
                    problems.append(f"k={k} api: {why}")
        shutil.rmtree(root)
        if r.rc is None or r.cpu > 120:
            problems.append(f"stopped at k={k} (cpu {r.cpu:.0f}s)")
            break
    e_cli, e_api = slope(cli_pts), slope(api_pts)
    exps = [e for e in (e_api if shape.api else e_cli,) if e is not None]
    big = max(t for _, t in (api_pts or cli_pts))
    if exps and exps[0] > SUPERLINEAR and big > 0.3:
        problems.append(f"super-linear: exponent {exps[0]:.2f}")
    if shape.name == "gzip_bomb" and len(rss) > 1 and rss[-1] > 2 * max(rss[0], 64):
        problems.append(f"memory grows with the bomb: +{rss[0]:.0f} -> +{rss[-1]:.0f} MB")
    fmt = lambda e: f"{e:5.2f}" if e is not None else "  -  "  # noqa: E731
    cpus = " ".join(f"{t:6.2f}" for _, t in cli_pts)
    apis = " ".join(f"{t:6.2f}" for _, t in api_pts)
    line = (f"{shape.name:16} {'PASS' if not problems else 'FAIL'}  MB {mb[0]:6.2f}..{mb[-1]:6.2f}  "
            f"cli-cpu[{cpus}] exp {fmt(e_cli)}  api-cpu[{apis}] exp {fmt(e_api)}  +RSS {rss[-1]:6.0f} MB")
    return Result(shape.name, not problems, line, problems)


def mixed_run(work: Path) -> Result:
    """Good and bad inputs in one call, with -o: the bad ones are named, the good ones written, rc 1."""
    root = work / "mixed"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    good1 = cases.b_comment_thread(1, SEED).files["thread.html"]
    (root / "a_good.html").write_bytes(good1)
    (root / "b_junk.html").write_bytes(cases.b_binary(1, SEED).files["junk.html"])
    (root / "c_bomb.html.gz").write_bytes(cases.b_gzip_bomb(2, SEED).files["bomb.html.gz"])
    if os.geteuid():  # root reads a mode-000 file: the case only means something for another user
        (root / "d_locked.html").write_bytes(good1)
        (root / "d_locked.html").chmod(0)
    (root / "e_dir.html").mkdir()
    (root / "f_gone.html").symlink_to(root / "nowhere.html")
    (root / "g_nested.html").write_bytes(cases.b_nested_divs(8, SEED).files["nested.html"])
    (root / "h_good.txt").write_bytes(cases.b_spam_repeat(1, SEED).files["spam.txt"])
    names = sorted(p.name for p in root.iterdir())
    problems = []
    for args in ((), ("--jobs", "2")):
        r = run_child([sys.executable, "-m", "pipeline", "clean", *names, "--format", "jsonl", "-o", "out.jsonl",
                       *args], root)
        tag = "jobs2" if args else "jobs1"
        if r.rc is None or "Traceback" in r.stderr:
            problems.append(f"{tag}: {'HANG' if r.rc is None else 'traceback'} {stderr_lines(r.stderr)[-1:]}")
            continue
        got = {Path(str(rec.get("source_path"))).name: rec for rec in r.records}
        for good in ("a_good.html", "g_nested.html", "h_good.txt"):
            exp = cases.expect_zh(cases.ZH_PARAS)
            if why := check_record(got.get(good), exp):
                problems.append(f"{tag}: {good}: {why}")
        errs = stderr_lines(r.stderr)
        if r.rc != 1:
            problems.append(f"{tag}: rc={r.rc} (f_gone.html, a broken link, cannot be read)")
        for bad in ("d_locked.html", "f_gone.html"):
            if bad not in names:
                continue
            if sum(bad in e for e in errs) != 1:
                problems.append(f"{tag}: {bad} named in {sum(bad in e for e in errs)} stderr lines")
        for e in errs:
            if not any(n in e for n in names):
                problems.append(f"{tag}: stderr line naming no input {e[:80]!r}")
        for junk in ("b_junk.html", "c_bomb.html.gz"):
            if junk in got and got[junk].get("status") == "ok":
                problems.append(f"{tag}: {junk} came out as an ok article")
    if os.geteuid():
        (root / "d_locked.html").chmod(0o644)
    # stdin: the largest comment thread piped in
    big = cases.b_comment_thread(8, SEED).files["thread.html"]
    (root / "big.html").write_bytes(big)
    r = run_child([sys.executable, "-m", "pipeline", "clean", "-", "--format", "jsonl", "-o", "out.jsonl"], root,
                  stdin=root / "big.html")
    if r.rc != 0 or (why := check_record(r.records[0] if r.records else None,
                                         cases.expect_zh(cases.ZH_PARAS, published=cases.ZH_DATE))):
        problems.append(f"stdin 6.4 MB: rc={r.rc} {stderr_lines(r.stderr)[-1:]} {locals().get('why', '')}")
    shutil.rmtree(root)
    return Result("mixed_run", not problems, f"{'mixed_run':16} {'PASS' if not problems else 'FAIL'}", problems)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--api-worker"]:
        api_worker(argv[1], int(argv[2]), argv[3] == "1")
        return 0
    sizes = [1, 2, 4, 8]
    if "--sizes" in argv:
        i = argv.index("--sizes")
        sizes = [int(x) for x in argv[i + 1].split(",")]
        argv = argv[:i] + argv[i + 2:]
    wanted = set(argv)
    work = Path(tempfile.mkdtemp(prefix="audit31_"))
    (work / "base").mkdir()
    (work / "base" / "e.html").write_bytes(b"")
    base = min((run_child([sys.executable, "-m", "pipeline", "clean", "e.html", "--format", "jsonl", "-o",
                           "out.jsonl"], work / "base") for _ in range(3)), key=lambda r: r.cpu)
    print(f"baseline (empty file through the CLI): cpu {base.cpu:.2f}s, peak RSS {base.rss_mb:.0f} MB; "
          f"sizes k={sizes}; exponent flagged above {SUPERLINEAR}")
    results = []
    for shape in cases.SHAPES:
        if wanted and shape.name not in wanted:
            continue
        res = audit_shape(shape, sizes, base, work)
        results.append(res)
        print(res.line, flush=True)
        for p in res.problems:
            print(f"    {p}", flush=True)
    if not wanted or "mixed_run" in wanted:
        res = mixed_run(work)
        results.append(res)
        print(res.line)
        for p in res.problems:
            print(f"    {p}")
    shutil.rmtree(work, ignore_errors=True)
    passed = sum(r.ok for r in results)
    print(f"\nTOTAL {passed}/{len(results)} shapes pass (no crash or hang, right outcome, exponent <= {SUPERLINEAR}, "
          f"memory bounded)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
