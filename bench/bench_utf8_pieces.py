"""Short UTF-8 pieces read as GBK inside clean Chinese paragraphs: how often the repair restores them exactly,
leaves them (mojibake kept, flagged or not), or writes something else (a partial repair, or a third text such as
刷手机二ά码). Ours next to ftfy.fix_text with its defaults (which also fold the full-width punctuation) and with our
configuration, on random pieces (2, 4, 6 or 8 ideographs) of our own stories (audit41's and
audit42's), seeded.

    PYTHONPATH=$PWD python bench/bench_utf8_pieces.py [--seed 1] [-n 400] [-v]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench" / "audit41"), str(ROOT / "bench" / "audit42")]

import ftfy  # noqa: E402
from a41_texts import _BASE  # noqa: E402
from a42_texts import STORIES  # noqa: E402

from pipeline.repair import repair_text  # noqa: E402
from pipeline.repair.western import config as ftfy_config  # noqa: E402

_LENGTHS = (2, 4, 6, 8)


def _cases(seed: int, n: int) -> list[tuple[str, str]]:
    """(clean paragraph, the paragraph with one piece of it as UTF-8 read as GBK)."""
    rng = random.Random(seed)
    paras = [p for story in STORIES + _BASE for p in story.paras if len(p) > 30]
    cases = []
    while len(cases) < n:
        para, k = rng.choice(paras), rng.choice(_LENGTHS)
        i = rng.randrange(0, len(para) - k)
        piece = para[i : i + k]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in piece):
            continue
        try:
            moji = piece.encode().decode("gbk")
        except UnicodeDecodeError:
            continue
        cases.append((para, para[:i] + moji + para[i + k :]))
    return cases


def _outcome(clean: str, broken: str, fixed: str, flagged: bool) -> str:
    if fixed == clean:
        return "exact"
    if fixed == broken:
        return "left, flagged" if flagged else "left"
    return "other text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("-v", action="store_true", help="print our other texts")
    args = parser.parse_args()
    ours: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    configured: Counter[str] = Counter()
    for clean, broken in _cases(args.seed, args.n):
        result = repair_text(broken)
        ours[outcome := _outcome(clean, broken, result.text, bool(result.flags))] += 1
        theirs[_outcome(clean, broken, ftfy.fix_text(broken), False)] += 1
        configured[_outcome(clean, broken, ftfy.fix_text(broken, ftfy_config()), False)] += 1
        if args.v and outcome == "other text":
            print(f"  {broken!r} -> {result.text!r}")
    print(f"{args.n} paragraphs, seed {args.seed}")
    for outcome in ("exact", "left, flagged", "left", "other text"):
        print(f"  {outcome:14} ours {ours[outcome]:4}   ftfy {theirs[outcome]:4}   configured {configured[outcome]:4}")


if __name__ == "__main__":
    main()
