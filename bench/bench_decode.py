"""Decode bench: ours vs charset-normalizer, chardet, cchardet, w3lib (browser-style) and naive UTF-8.

A seeded corpus (bench/corpus_bytes.py) of our own texts in 13 languages, encoded in the codecs sites
use, under 7 label situations. A document counts as exact when the decoded text equals the original.
Detectors that ignore labels are given the bytes only; w3lib gets the Content-Type header too.

    nice python bench/bench_decode.py [--seed 7] [--per-case 4] [--pages-per-case 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cchardet
import chardet
from charset_normalizer import from_bytes
from corpus_bytes import SITUATIONS, ByteCase, build
from w3lib.encoding import html_to_unicode

from pipeline.decode import decode_bytes

Decoder = Callable[[bytes, str | None], str]


def _with(encoding: str | None, data: bytes) -> str:
    try:
        return data.decode(encoding or "utf-8", "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _normalizer(data: bytes, _ct: str | None) -> str:
    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", "replace")


DECODERS: dict[str, Decoder] = {
    "ours": lambda data, ct: decode_bytes(data, ct).text,
    "charset-normalizer": _normalizer,
    "chardet": lambda data, _ct: _with(chardet.detect(data)["encoding"], data),
    "cchardet": lambda data, _ct: _with(cchardet.detect(data)["encoding"], data),
    "w3lib (browser)": lambda data, ct: html_to_unicode(ct, data)[1],
    "naive utf-8": lambda data, _ct: data.decode("utf-8", "replace"),
}


def run(name: str, decoder: Decoder, cases: list[ByteCase], repeat: int) -> tuple[dict[str, list[bool]], float]:
    results: dict[str, list[bool]] = defaultdict(list)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        outputs = [decoder(case.data, case.content_type) for case in cases]
        best = min(best, time.perf_counter() - start)
    for case, output in zip(cases, outputs, strict=True):
        exact = output.lstrip("\ufeff") == case.text
        for key in ("all", case.situation, f"codec:{case.codec}",
                    "any label right" if case.label_right else "no label right"):
            results[key].append(exact)
    return results, sum(len(case.data) for case in cases) / best / 1e6


def report(title: str, cases: list[ByteCase], repeat: int, by_codec: bool) -> None:
    size = sum(len(case.data) for case in cases)
    print(f"\n## {title}: {len(cases)} documents, {size / 1e6:.2f} MB (mean {size / len(cases) / 1e3:.1f} KB), "
          f"{len({c.lang for c in cases})} languages, {len({c.codec for c in cases})} codec/label pairs, "
          f"{len(SITUATIONS)} label situations")
    table = {name: run(name, decoder, cases, repeat) for name, decoder in DECODERS.items()}
    rows = ["all", "any label right", "no label right", *SITUATIONS]
    if by_codec:
        rows += sorted(key for key in table["ours"][0] if key.startswith("codec:"))
    print(f"{'% exact':<28}" + "".join(f"{name:>20}" for name in table))
    for row in rows:
        cells = [100 * sum(r[row]) / len(r[row]) for r, _ in table.values()]
        print(f"{row:<28}" + "".join(f"{cell:>19.1f}%" for cell in cells))
    speeds = {name: speed for name, (_, speed) in table.items()}
    print(f"{'throughput MB/s':<28}" + "".join(f"{speed:>20.2f}" for speed in speeds.values()))
    ours = speeds["ours"]
    print(f"{'ours / anchor speed':<28}" + "".join(f"{ours / speed:>19.1f}x" for speed in speeds.values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-case", type=int, default=4, help="snippet documents per encoding x situation")
    parser.add_argument("--pages-per-case", type=int, default=2, help="page-sized documents per encoding x situation")
    parser.add_argument("--repeat", type=int, default=3, help="best of N timed runs")
    parser.add_argument("--by-codec", action="store_true", help="also print exact %% per codec")
    args = parser.parse_args()
    decode_bytes(b"\xff warm up the class table", None)
    report("snippets (article text only)", build(args.seed, args.per_case), args.repeat, args.by_codec)
    if args.pages_per_case:
        pages = build(args.seed + 1, args.pages_per_case, pages=True)
        report("pages (article inside 2-40 KB of ASCII markup)", pages, 1, args.by_codec)


if __name__ == "__main__":
    main()
