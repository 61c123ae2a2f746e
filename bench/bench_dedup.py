"""Deduplication for corpus builders: do reposts of one article collapse to one record, and nothing else?

    python bench/bench_dedup.py [--per-original N]

Recall side: the seeded repost corpus of bench/repost_corpus.py (N reposts of each of our original
articles, in text and HTML, legacy encodings, traditional script with pinyin). Each repost is cleaned
and passed through a dedup stage; the best result keeps exactly one record per original. Compared in
one run: our cleaning with exact-text dedup, with near-duplicate dedup (``--near-dup``, bottom-k sketches),
and trafilatura's text with the same two (what a corpus builder gets with another extractor).
Edited copies: the ground-truth articles of the three public extraction sets (../shared/bench/, distinct
articles), each followed by copies the way farms edit them after copying (the last paragraph cut; a
line of their own appended): exact dedup cannot see those, near-duplicate dedup should drop every copy
and no original. Last, every public page cleaned by us through near-duplicate dedup: every drop is
listed so a false merge can be read.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import bench_extract
from bench_reposts import ours, trafilatura_extract
from repost_corpus import Case, build

from pipeline import clean_html
from pipeline.dedup import NEAR_DEFAULT, DedupStage
from pipeline.record import Record


def kept_per_original(cases: list[Case], texts: list[str], near: float | None) -> tuple[int, int, float]:
    """Records kept, originals with more than one kept, and ms per record spent in the dedup stage."""
    stage = DedupStage(near=near)
    kept: dict[str, int] = {}
    started = time.perf_counter()
    for case, text in zip(cases, texts, strict=True):
        record = stage.run_one(Record(id=case.name, raw=b"", kind="text", text=text))
        original = "-".join(case.name.split("-")[:2])
        kept[original] = kept.get(original, 0) + (record.status != "dropped")
    elapsed = time.perf_counter() - started
    stage.close()
    return sum(kept.values()), sum(1 for n in kept.values() if n > 1), 1000 * elapsed / len(cases)


def recall_rows(per_original: int) -> None:
    cases = build(per_original=per_original)
    originals = len({"-".join(c.name.split("-")[:2]) for c in cases})
    extractors: list[tuple[str, Callable[[Case], tuple[str, str]]]] = [
        ("ours", ours), ("trafilatura", trafilatura_extract)]
    print(f"{len(cases)} reposts of {originals} originals: records kept (best {originals}),"
          " originals kept twice or more")
    print(f"{'text from':12} {'dedup':18} {'kept':>5} {'dupes left':>10} {'ms/record':>10}")
    for name, extract in extractors:
        texts = [extract(case)[1] for case in cases]
        for label, near in (("exact", None), (f"near >= {NEAR_DEFAULT}", NEAR_DEFAULT)):
            kept, twice, ms = kept_per_original(cases, texts, near)
            print(f"{name:12} {label:18} {kept:5} {twice:10} {ms:10.2f}")


FARM_LINES = ("本文来源于网络，如有侵权请联系删除。", "Read more stories like this on our homepage.")


def edited_copies(text: str) -> list[str]:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) < 5:
        return []
    farm_line = FARM_LINES[0] if any("\u4e00" <= ch <= "\u9fff" for ch in text[:200]) else FARM_LINES[1]
    return ["\n".join(paragraphs[:-1]), "\n".join([*paragraphs, farm_line])]


def edited_rows() -> None:
    truths = [truth for name in ("scrapinghub", "chinese", "wcxb") for *_page, truth in getattr(bench_extract, name)()]
    print(f"{'dedup':18} {'articles':>8} {'copies':>7} {'copies dropped':>14} {'originals dropped':>17}"
          f" {'ms/record':>10}")
    for label, near in (("exact", None), (f"near >= {NEAR_DEFAULT}", NEAR_DEFAULT)):
        stage = DedupStage(near=near)
        copies = copies_dropped = originals_dropped = records = 0
        started = time.perf_counter()
        for i, truth in enumerate(truths):
            for j, text in enumerate([truth, *edited_copies(truth)]):
                record = stage.run_one(Record(id=f"{i}.{j}", raw=b"", kind="text", text=text))
                records += 1
                copies += j > 0
                dropped = record.status == "dropped"
                copies_dropped += dropped and j > 0
                originals_dropped += dropped and j == 0
        ms = 1000 * (time.perf_counter() - started) / records
        stage.close()
        print(f"{label:18} {len(truths):8} {copies:7} {copies_dropped:14} {originals_dropped:17} {ms:10.2f}")


def precision_rows() -> None:
    stage = DedupStage(near=NEAR_DEFAULT)
    pages = dropped = 0
    for set_name in ("scrapinghub", "chinese", "wcxb"):
        for key, raw, url, _truth in getattr(bench_extract, set_name)():
            record = clean_html(raw, url=url)
            record.id = f"{set_name}/{key}"
            record = stage.run_one(record)
            pages += 1
            if record.status == "dropped" and "duplicate of" in (record.reason or ""):
                dropped += 1
                print(f"  dropped {record.id}: {record.reason}")
    stage.close()
    print(f"distinct public pages: {pages}, dropped as duplicates: {dropped}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-original", type=int, default=8)
    args = parser.parse_args()
    recall_rows(args.per_original)
    edited_rows()
    precision_rows()


if __name__ == "__main__":
    main()
