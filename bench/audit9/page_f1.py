"""Per-page F1 change between two output dumps of the three public bench sets (the pickles
/work/notes/s4/all_dump.py writes), scored against their truths with bench_extract's metrics
(title + text, as the bench's pages are judged): which differences gain and which lose.

    PYTHONPATH=$PWD python bench/audit9/page_f1.py BEFORE.pkl AFTER.pkl | sort -n
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bench_extract as be


def main(argv: list[str]) -> int:
    before, after = (pickle.loads(Path(p).read_bytes()) for p in argv[:2])
    keys = [k for k in before if before[k] != after.get(k)]
    truth: dict[str, str] = {}
    for name in ("scrapinghub", "chinese", "wcxb"):
        if any(k.startswith(name + "/") for k in keys):
            truth.update((f"{name}/{key}", t) for key, _, _, t in getattr(be, name)())
    sums: dict[str, float] = {}
    for k in keys:
        dataset = k.split("/")[0]

        def score(rec: tuple[str | None, str, object, object, object], k: str = k, dataset: str = dataset) -> float:
            out = f"{rec[0]}\n{rec[1]}" if rec[0] else rec[1]
            pair = [(truth[k], out)]
            return be.bow_scores(pair)[2] if dataset == "wcxb" else be.shingle_scores(pair, cjk=dataset == "chinese")[2]

        a, b = score(before[k]), score(after[k])
        sums[dataset] = sums.get(dataset, 0.0) + b - a
        print(f"{b - a:+.3f} {a:.3f}->{b:.3f} {k}")
    for dataset, total in sums.items():
        print(f"{dataset} sum {total:+.3f} over {sum(k.startswith(dataset) for k in keys)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
