"""Batch bench: wall time to clean a folder of saved pages from the command line, ours vs trafilatura.

This is what a corpus builder runs: start the tool on a directory, wait for every article. Both tools
read the same files (the public bench pages, decompressed into a temporary folder, never copied into
the repository) and write their articles; we time the whole command, start-up included, with one
process and with ``--jobs``/``--parallel`` equal to the CPU count. Wall time on a shared machine is
noisy: each command runs ``--repeat`` times, interleaved, and the best run counts.

    nice python bench/bench_batch.py [--pages 600] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path("/work/shared/bench")
SOURCES = (BENCH / "article-extraction-benchmark" / "html", BENCH / "chinese-web-content-extraction" / "html",
           BENCH / "wcxb" / "dev" / "html")


def gather(folder: Path, limit: int) -> int:
    """Write up to ``limit`` pages, taken in turn from each public set, into ``folder``; return the count."""
    lists = [sorted(source.glob("*.html*")) for source in SOURCES if source.is_dir()]
    count = 0
    for index in range(max(map(len, lists), default=0)):
        for pages in lists:
            if index < len(pages) and count < limit:
                data = pages[index].read_bytes()
                data = gzip.decompress(data) if pages[index].name.endswith(".gz") else data
                (folder / f"{count:05d}.html").write_bytes(data)
                count += 1
    return count


def timed(command: list[str], output: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB of the command: the largest of its process and the workers it
    waited for (Linux reports a child's maxrss as the maximum over it and its reaped descendants)."""
    if output.is_dir():
        shutil.rmtree(output)
    elif output.exists():
        output.unlink()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped by wait4; keeps Popen from waiting again
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cpus = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        pages, out = Path(tmp) / "pages", Path(tmp) / "out"
        pages.mkdir()
        count = gather(pages, args.pages)
        megabytes = sum(p.stat().st_size for p in pages.iterdir()) / 1e6
        ours = [sys.executable, "-m", "pipeline", "clean", str(pages), "-o", str(out)]
        theirs = [sys.executable, "-m", "trafilatura.cli", "--input-dir", str(pages), "-o", str(out)]
        commands = {"ours, 1 process": ours, f"ours, --jobs {cpus}": [*ours, "--jobs", str(cpus)],
                    "trafilatura, 1 process": [*theirs, "--parallel", "1"],
                    f"trafilatura, --parallel {cpus}": [*theirs, "--parallel", str(cpus)]}
        best = dict.fromkeys(commands, float("inf"))
        peak = dict.fromkeys(commands, 0.0)
        for _ in range(args.repeat):
            for name, command in commands.items():
                seconds, megabytes_resident = timed(command, out)
                best[name] = min(best[name], seconds)
                peak[name] = max(peak[name], megabytes_resident)
    print(f"## {count} saved pages ({megabytes:.1f} MB), best of {args.repeat} interleaved runs, wall time; "
          "peak RSS of the largest process (the worst run)")
    print(f"{'command':32} {'seconds':>8} {'pages/s':>8} {'vs trafilatura, 1 process':>26} {'peak MB':>8}")
    reference = best["trafilatura, 1 process"]
    for name, seconds in best.items():
        print(f"{name:32} {seconds:8.2f} {count / seconds:8.1f} {reference / seconds:25.2f}x {peak[name]:8.0f}")


if __name__ == "__main__":
    main()
