"""Regression check for a change: our JSONL record of each of the 960 public bench pages (Scrapinghub,
Chinese, WCXB dev articles) pickled, and two such dumps diffed field by field (every changed page is to
be read before a change lands).

    PYTHONPATH=$PWD python bench/dump_pages.py OUT.pkl
    python bench/dump_pages.py --diff A.pkl B.pkl [-v]
"""
from __future__ import annotations

import difflib
import pickle
import sys
from pathlib import Path


def dump(out: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_extract as B

    from pipeline.record import Record
    from pipeline.settings import Settings
    from pipeline.sinks.jsonl import record_to_json
    from pipeline.sites import SiteRules
    from pipeline.stages import build_stages, run_stages

    stages = build_stages(Settings(), SiteRules())
    res = {}
    for name, gen in (("sh", B.scrapinghub), ("zh", B.chinese), ("wx", B.wcxb)):
        for key, raw, url, _truth in gen():
            rec = run_stages(Record(id=key, raw=raw, kind="html", url=url), stages)
            d = record_to_json(rec)
            res[f"{name}/{key}"] = d
    Path(out).write_bytes(pickle.dumps(res))
    print(len(res), "pages")


def diff(a: str, b: str, verbose: bool) -> None:
    A = pickle.loads(Path(a).read_bytes())
    B = pickle.loads(Path(b).read_bytes())
    n = 0
    for k in sorted(A):
        if A[k] != B.get(k):
            n += 1
            fields = [f for f in set(A[k]) | set(B.get(k, {})) if A[k].get(f) != B.get(k, {}).get(f)]
            print(k, sorted(fields))
            if verbose:
                for f in sorted(fields):
                    x, y = str(A[k].get(f)), str(B[k].get(f))
                    for line in difflib.unified_diff(x.splitlines(), y.splitlines(), lineterm="", n=0):
                        print("   ", f, line[:300])
    print(n, "of", len(A), "differ")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(sys.argv[2], sys.argv[3], "-v" in sys.argv)
    else:
        dump(sys.argv[1])
