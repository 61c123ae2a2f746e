"""End to end on seed-like reposts of our own articles: how much of the original comes back?

    python bench/bench_reposts.py [--per-original N] [--show NAME]

Builds the seeded corpus of bench/repost_corpus.py, cleans every case with our pipeline (bytes in, the
same path as ``repost clean``) and, on the HTML cases, with trafilatura and readability-lxml; prints
title exact-match, body exact-match and body character F1 (longest common subsequence) against the
original, and time per page. A credit line of the original (本报记者 X, 来源：Y) that we report in the
author or publisher field instead of the body counts as kept.
"""

from __future__ import annotations

import argparse
import difflib
import time
from collections.abc import Callable

from repost_corpus import Case, build

from pipeline import clean_html, clean_text
from pipeline.decode import decode_bytes


def char_f1(got: str, want: str) -> float:
    got, want = "".join(got.split()), "".join(want.split())
    if not got or not want:
        return float(got == want)
    matcher = difflib.SequenceMatcher(None, got, want, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    precision, recall = common / len(got), common / len(want)
    return 0.0 if common == 0 else 2 * precision * recall / (precision + recall)


CREDIT_LINE = 24  # a byline or source line ("本报记者 王晓梅", "来源：经济日报") is at most this long


def ours(case: Case) -> tuple[str, str]:
    """Our title and body; a short credit line of the original that we report as the author or publisher
    instead (moved to its field, not lost) is put back where it stood, so it is not counted as missing."""
    if case.kind == "html":
        record = clean_html(case.data, content_type=case.content_type)
    else:
        record = clean_text(decode_bytes(case.data, case.content_type).text)
    body = (record.text or "").strip().split("\n")
    names = [name for name in (record.author, record.publisher) if name]
    for index, line in enumerate(case.body.split("\n")):
        credited = len(line) <= CREDIT_LINE and any(name in line for name in names)
        if credited and line not in body:
            body.insert(index, line)
    return record.title or "", "\n".join(body)


def trafilatura_extract(case: Case) -> tuple[str, str]:
    import trafilatura

    html = decode_bytes(case.data, case.content_type).text
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    return (doc.title or "", doc.text or "") if doc else ("", "")


def readability_extract(case: Case) -> tuple[str, str]:
    from readability import Document
    from selectolax.lexbor import LexborHTMLParser

    doc = Document(decode_bytes(case.data, case.content_type).text)
    body = LexborHTMLParser(doc.summary()).body
    return doc.short_title(), body.text(separator="\n") if body else ""


def score(name: str, extract: Callable[[Case], tuple[str, str]], cases: list[Case]) -> dict[str, float]:
    titles = exact = 0
    f1s: list[float] = []
    started = time.perf_counter()
    for case in cases:
        title, body = extract(case)
        titles += title == case.title
        exact += body.strip() == case.body
        f1s.append(char_f1(body, case.body))
    elapsed = time.perf_counter() - started
    n = max(len(cases), 1)
    return {"title": titles / n, "exact": exact / n, "f1": sum(f1s) / n, "ms": 1000 * elapsed / n}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-original", type=int, default=4)
    parser.add_argument("--show", help="print our output for the case with this name")
    args = parser.parse_args()
    cases = build(per_original=args.per_original)
    if args.show:
        case = next(c for c in cases if c.name == args.show)
        print(case.data.decode("utf-8", "replace")[:600], "\n---\n", *ours(case), sep="\n")
        return
    html = [c for c in cases if c.kind == "html"]
    rows = [("ours (all)", score("ours", ours, cases)), ("ours (html)", score("ours", ours, html)),
            ("trafilatura (html)", score("trafilatura", trafilatura_extract, html)),
            ("readability (html)", score("readability", readability_extract, html))]
    print(f"{len(cases)} cases ({len(html)} html, {len(cases) - len(html)} text)")
    print(f"{'extractor':22} {'title':>6} {'exact':>6} {'charF1':>7} {'ms/page':>8}")
    for name, row in rows:
        print(f"{name:22} {row['title']:6.2f} {row['exact']:6.2f} {row['f1']:7.3f} {row['ms']:8.2f}")
    failed = [c.name for c in cases if ours(c)[1].strip() != c.body]
    print("not exact (ours):", " ".join(failed) or "none")


if __name__ == "__main__":
    main()
