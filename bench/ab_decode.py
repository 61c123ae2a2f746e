"""A/B of ``decode_bytes`` between two checkouts in one process: bench_decode's snippets, pages and real Chinese
pages, each build timed in turn (CPU time, best of N interleaved rounds, so a change in the load of a shared machine
hits both alike), and their results compared field by field (a speed change must decode alike).

    nice python bench/ab_decode.py /tmp/main_checkout /work/wt/branch [--rounds 9]

Each checkout's ``pipeline`` package is imported under its own module objects; the codec error handlers the decode
stage registers by name (one registry per process) are registered anew for the build about to run.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_decode as D
from corpus_bytes import build

Decode = Callable[[bytes, str | None], object]


def load(root: str) -> tuple[Decode, Callable[[], None]]:
    """``decode_bytes`` of the checkout at ``root`` and the function that registers its error handlers."""
    for name in [module for module in sys.modules if module.split(".")[0] == "pipeline"]:
        del sys.modules[name]
    sys.path.insert(0, root)
    decode = importlib.import_module("pipeline.decode")
    encodings, realign = sys.modules["pipeline.encodings"], sys.modules["pipeline.decode_realign"]
    sys.path.remove(root)
    handlers = {"repost-gb18030-rest": encodings._decode_gb18030_rest, "repost-realign-marks": realign._marked}

    def activate() -> None:
        for name, handler in handlers.items():
            codecs.register_error(name, handler)

    return decode.decode_bytes, activate


def best_times(builds: list[tuple[Decode, Callable[[], None]]], docs: list[tuple[bytes, str | None]],
               rounds: int) -> list[float]:
    best = [float("inf")] * len(builds)
    for _ in range(rounds):
        for index, (decode, activate) in enumerate(builds):
            activate()
            start = time.process_time()
            for data, content_type in docs:
                decode(data, content_type)
            best[index] = min(best[index], time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", help="checkout A (e.g. a worktree of main)")
    parser.add_argument("b", help="checkout B")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    builds = [load(args.a), load(args.b)]
    sets = {"snippets": [(case.data, case.content_type) for case in build(7, 4)],
            "pages": [(case.data, case.content_type) for case in build(8, 2, pages=True)],
            "real zh": [(doc.data, doc.content_type) for doc in D.real_docs(D.REAL)]}
    for name, docs in sets.items():
        results = []
        for decode, activate in builds:
            activate()
            results.append([repr(decode(data, content_type)) for data, content_type in docs])  # (classes differ)
        differ = sum(a != b for a, b in zip(*results, strict=True))
        size = sum(len(data) for data, _ in docs)
        a, b = best_times(builds, docs, args.rounds)
        print(f"{name:9} A {a * 1e3:6.1f} ms ({size / a / 1e6:6.1f} MB/s)  B {b * 1e3:6.1f} ms "
              f"({size / b / 1e6:6.1f} MB/s)  B/A speed x{a / b:.3f}  {differ} of {len(docs)} decode differently")


if __name__ == "__main__":
    main()
