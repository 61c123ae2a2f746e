"""Pure Python vs the mypyc-compiled build of our own code, same machine, same run, rounds interleaved.

    nice python bench/bench_compiled.py BUILD_DIR [--rounds 5] [--only extract,repair,decode]

BUILD_DIR holds a compiled ``pipeline`` package (bench/COMPILED.md has the recipe and the numbers).
Two worker processes run the same tasks, one importing this tree's pure-Python
``pipeline`` and one importing BUILD_DIR's; the parent alternates them round by round (which goes first
alternates too), so a change in the shared machine's load hits both alike. Times are the CPU time of
the worker (other processes do not count); each page or batch keeps its best round. Every task also
returns a digest of its outputs: the two builds must give the same output, or the row says so.

Only our code is timed (no anchors): the whole pipeline per page (decode, repair, strip, metadata) on
the three extraction sets bench_extract.py reads; repair_text on bench_repair.py's corrupted and clean
corpus texts; decode_bytes on bench_decode.py's snippet, page and real Chinese documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SEED = Path("/work/shared/seed/000_1a9596c425886d8f.txt")
TASKS = {
    "extract": ("extract:scrapinghub", "extract:chinese", "extract:wcxb"),
    "repair": ("repair:corrupted", "repair:clean"),
    "decode": ("decode:snippets", "decode:pages", "decode:real-zh"),
}


# ---- worker side: runs in a process whose sys.path holds one build of `pipeline` ----

def _extract_inputs() -> dict[str, Any]:
    import bench_extract as B

    return {f"extract:{gen.__name__}": [(raw, url) for _key, raw, url, _truth in gen()]
            for gen in (B.scrapinghub, B.chinese, B.wcxb)}


def _repair_inputs() -> dict[str, Any]:
    from corpus_repair import cases, obfuscation_cases

    all_cases = cases() + obfuscation_cases()
    return {"repair:corrupted": [c.corrupted for c in all_cases] + [SEED.read_text(encoding="utf-8")],
            "repair:clean": [c.clean for c in all_cases]}


def _decode_inputs() -> dict[str, Any]:
    from bench_decode import REAL, real_docs
    from corpus_bytes import build

    return {"decode:snippets": [(c.data, c.content_type) for c in build(7, 4)],
            "decode:pages": [(c.data, c.content_type) for c in build(8, 2, pages=True)],
            "decode:real-zh": [(d.data, d.content_type) for d in real_docs(REAL)]}


def _runners() -> dict[str, Callable[[Any], str]]:
    from pipeline.decode import decode_bytes
    from pipeline.record import Record
    from pipeline.repair import repair_text
    from pipeline.settings import Settings
    from pipeline.sinks.jsonl import record_to_json
    from pipeline.sites import SiteRules
    from pipeline.stages import build_stages, run_stages

    stages = build_stages(Settings(), SiteRules())

    def extract(item: tuple[bytes, str | None]) -> str:
        record = run_stages(Record(id="bench", raw=item[0], kind="html", url=item[1]), stages)
        return json.dumps(record_to_json(record), sort_keys=True, ensure_ascii=False)

    def repair(text: str) -> str:
        result = repair_text(text)
        return repr((result.text, result.changes, result.flags))

    def decode(item: tuple[bytes, str | None]) -> str:
        return decode_bytes(*item).text

    return {"extract": extract, "repair": repair, "decode": decode}


def worker() -> None:
    """Answer one JSON line per task name read on stdin: per-item CPU ms, the input size, a digest."""
    import pipeline.stages

    inputs = {**_extract_inputs(), **_repair_inputs(), **_decode_inputs()}
    runners = _runners()
    print(json.dumps({"build": pipeline.stages.__file__}), flush=True)
    for line in sys.stdin:
        task = line.strip()
        run = runners[task.split(":")[0]]
        digest = hashlib.sha256()
        times = []
        for item in inputs[task]:
            start = time.process_time()
            out = run(item)
            times.append((time.process_time() - start) * 1000)
            digest.update(out.encode("utf-8", "surrogatepass"))
        size = sum(len(item[0]) if isinstance(item, tuple) else len(item) for item in inputs[task])
        print(json.dumps({"ms": times, "size": size, "digest": digest.hexdigest()}), flush=True)


# ---- parent side ----

class Worker:
    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        env = {**os.environ, "PYTHONPATH": str(path)}
        self.proc = subprocess.Popen([sys.executable, __file__, "--worker"], env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.build = self._read()["build"]

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        answer: dict[str, Any] = json.loads(self.proc.stdout.readline())
        return answer

    def run(self, task: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(task + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def compare(build_dir: Path, rounds: int, groups: list[str]) -> None:
    workers = [Worker("pure", ROOT), Worker("compiled", build_dir)]
    for w in workers:
        print(f"{w.name:<9} {w.build}")
    if not workers[1].build.endswith((".so", ".pyd")):
        print("  warning: the compiled worker imported pure Python")
    print(f"{'task':<22}{'n':>5}{'pure':>12}{'compiled':>12}{'speed-up':>10}  output")
    for task in (t for g in groups for t in TASKS[g]):
        best: dict[str, list[float]] = {}
        digests: dict[str, set[str]] = {w.name: set() for w in workers}
        size = 0
        for r in range(rounds + 1):  # round 0 warms up: dictionaries and caches load on first use
            for w in workers if r % 2 else reversed(workers):
                answer = w.run(task)
                digests[w.name].add(answer["digest"])
                size = answer["size"]
                if r:
                    old = best.get(w.name, [float("inf")] * len(answer["ms"]))
                    best[w.name] = [min(a, b) for a, b in zip(old, answer["ms"], strict=True)]
        same = "identical" if len(digests["pure"] | digests["compiled"]) == 1 else "DIFFERENT"
        pure, compiled = best["pure"], best["compiled"]
        if task.startswith("extract"):
            p, c = statistics.median(pure), statistics.median(compiled)
            cells = f"{p:>9.2f} ms{c:>9.2f} ms"
        else:  # throughput of the batch: Mchar/s for repair, MB/s for decode
            p, c = sum(pure), sum(compiled)
            unit = "Mc/s" if task.startswith("repair") else "MB/s"
            cells = f"{size / p / 1e3:>7.2f} {unit}{size / c / 1e3:>7.2f} {unit}"
        print(f"{task:<22}{len(pure):>5}{cells}{p / c:>9.2f}x  {same}", flush=True)
    for w in workers:
        w.close()


def main() -> None:
    if sys.argv[1:] == ["--worker"]:
        sys.path.insert(0, str(BENCH_DIR))
        worker()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir", type=Path, help="directory holding a compiled `pipeline` package")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per build (best per item is kept)")
    parser.add_argument("--only", default=",".join(TASKS), help="comma-separated: " + ",".join(TASKS))
    args = parser.parse_args()
    compare(args.build_dir.resolve(), args.rounds, args.only.split(","))


if __name__ == "__main__":
    main()
