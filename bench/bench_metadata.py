"""Metadata bench: title, publication date and author on WCXB's dev article pages (real sites, their own
ground truth), ours next to trafilatura's metadata extraction, in one run.

    nice python bench/bench_metadata.py [--limit N] [--no-cache] [--show FIELD]

Per field, over the pages whose ground truth states it: right (ours / trafilatura), wrong (a value
that differs) and missing (no value). Over the pages whose ground truth has no date or no author, how
often each tool gives one anyway ("invented"). Comparison, the same for both tools:
- title: NFKC, case-folded, quotes/dashes/whitespace unified; equal.
- date: the day (YYYY-MM-DD) equal.
- author: the set of names (split at , ; & and "and", "By" dropped) equal; "overlap" when they share
  a name.
``--show title|date|author`` lists our wrong and missing pages for that field (to read, not to tune
on: these pages are a measure). Trafilatura's results are cached in ~/.cache/repost-bench.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

BENCH = Path("/work/shared/bench/wcxb")
CACHE = Path.home() / ".cache" / "repost-bench" / "wcxb-metadata-trafilatura.json"
FIELDS = ("title", "date", "author")
Meta = dict[str, str | None]


def pages() -> Iterator[tuple[str, bytes, str | None, Meta]]:
    files = json.loads((BENCH / "metadata.json").read_text())["files"]
    for key in sorted(files):
        if files[key].get("split") != "dev" or files[key].get("page_type") != "article":
            continue
        gt = json.loads((BENCH / "dev" / "ground-truth" / f"{key}.json").read_text())
        truth = gt["ground_truth"]
        raw = gzip.decompress((BENCH / "dev" / "html" / f"{key}.html.gz").read_bytes())
        yield key, raw, gt.get("url"), {"title": truth.get("title"), "date": truth.get("publish_date"),
                                         "author": truth.get("author")}


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm_title(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).translate(_QUOTES).casefold().split())


def norm_date(value: str) -> str:
    return value.strip()[:10]


_NAME_SPLIT = re.compile(r"\s*(?:[,;&|/]|\band\b|\bund\b|\by\b)\s*", re.IGNORECASE)


def names(value: str) -> frozenset[str]:
    value = re.sub(r"^\s*(?:by|von|por|par)\s+", "", norm_title(value))
    return frozenset(n.strip(" .") for n in _NAME_SPLIT.split(value) if n.strip(" ."))


def verdict(field: str, truth: str | None, got: str | None) -> str:
    if not truth:
        return "invented" if got else "none-none"
    if not got:
        return "missing"
    if field == "title":
        return "right" if norm_title(truth) == norm_title(got) else "wrong"
    if field == "date":
        return "right" if norm_date(truth) == norm_date(got) else "wrong"
    ours, theirs = names(truth), names(got)
    return "right" if ours == theirs else "overlap" if ours & theirs else "wrong"


def ours() -> Callable[[bytes, str | None], Meta]:
    from pipeline.record import Record
    from pipeline.settings import Settings
    from pipeline.sites import SiteRules
    from pipeline.stages import build_stages, run_stages

    stages = build_stages(Settings(), SiteRules())

    def run(raw: bytes, url: str | None) -> Meta:
        record = run_stages(Record(id="bench", raw=raw, kind="html", url=url), stages)
        return {"title": record.title, "date": record.published, "author": record.author}
    return run


def trafilatura_meta(raw: bytes, url: str | None) -> Meta:
    from bench_extract import neutral_decode  # the page decoded as the extraction bench gives it
    from trafilatura import extract_metadata

    try:
        doc = extract_metadata(neutral_decode(raw), default_url=url)
    except Exception:  # an anchor crashing on one page gives nothing there
        return dict.fromkeys(FIELDS)
    return {"title": doc.title, "date": doc.date, "author": doc.author}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--show", choices=FIELDS)
    args = parser.parse_args()
    cached: dict[str, Meta] = json.loads(CACHE.read_text()) if CACHE.is_file() and not args.no_cache else {}
    run_ours = ours()
    tally: dict[tuple[str, str], Counter[str]] = {(t, f): Counter() for t in ("ours", "trafilatura") for f in FIELDS}
    shown: list[str] = []
    for count, (key, raw, url, truth) in enumerate(pages()):
        if args.limit and count >= args.limit:
            break
        got = {"ours": run_ours(raw, url)}
        got["trafilatura"] = cached[key] if key in cached else cached.setdefault(key, trafilatura_meta(raw, url))
        for tool, meta in got.items():
            for field in FIELDS:
                outcome = verdict(field, truth[field], meta[field])
                tally[(tool, field)][outcome] += 1
                if tool == "ours" and field == args.show and outcome in ("wrong", "missing", "overlap", "invented"):
                    shown.append(f"{key} {outcome:8} truth={truth[field]!r} ours={meta[field]!r}"
                                 f" trafilatura={got['trafilatura'][field]!r}")
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(cached))
    print(f"{'field':8} {'tool':12} {'stated':>6} {'right':>6} {'overlap':>7} {'wrong':>6} {'missing':>7}"
          f" {'acc':>6}   {'unstated':>8} {'invented':>8}")
    for field in FIELDS:
        for tool in ("ours", "trafilatura"):
            c = tally[(tool, field)]
            stated = c["right"] + c["overlap"] + c["wrong"] + c["missing"]
            unstated = c["invented"] + c["none-none"]
            print(f"{field:8} {tool:12} {stated:6} {c['right']:6} {c['overlap']:7} {c['wrong']:6} {c['missing']:7}"
                  f" {c['right'] / max(stated, 1):6.3f}   {unstated:8} {c['invented']:8}")
    for line in shown:
        print(line)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
