"""The proposed fixes on real pages: no regression, and how often a bug shows on real sites.

    cd /work/main && nice python bench/audit/real_pages.py            # the pipeline as it is
    cd /work/main && nice python bench/audit/real_pages.py --fixed    # with bench/audit/proposed_fixes.py

Reads the public data sets in ../shared/bench/ (never copied): the 69 Chinese pages of
chinese-web-content-extraction (bag-of-characters F1 against its cleaned text, and pages whose output
has more "；" than the ground truth: the HTML-entity ";" folded to "；") and the 181 English pages of
article-extraction-benchmark (bag-of-words F1 against articleBody).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SHARED = Path(__file__).resolve().parents[3] / "shared" / "bench"


def f1(ours: list[str], truth: list[str]) -> float:
    a, b = Counter(ours), Counter(truth)
    matched = sum((a & b).values())
    if not matched:
        return 0.0
    p, r = matched / sum(a.values()), matched / sum(b.values())
    return 2 * p * r / (p + r)


def chinese() -> None:
    from pipeline.api import clean_html

    base = SHARED / "chinese-web-content-extraction"
    scores, extra_pages, extra = [], 0, 0
    for page in sorted((base / "html").glob("*.html")):
        truth = (base / "cleaned" / f"{page.stem}.txt").read_text(encoding="utf-8", errors="replace")
        text = clean_html(page.read_bytes()).text or ""
        scores.append(f1([c for c in text if not c.isspace()], [c for c in truth if not c.isspace()]))
        surplus = text.count("；") - truth.count("；")
        extra_pages += surplus > 0
        extra += max(surplus, 0)
    print(f"chinese-web-content-extraction: {len(scores)} pages, mean char F1 {sum(scores) / len(scores):.4f}, "
          f"{extra_pages} pages with {extra} surplus '；'")


def english() -> None:
    from pipeline.api import clean_html

    base = SHARED / "article-extraction-benchmark"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for page in sorted((base / "html").glob("*.html.gz")):
        text = clean_html(gzip.decompress(page.read_bytes())).text or ""
        scores.append(f1(text.split(), truth[page.name.split(".")[0]]["articleBody"].split()))
    print(f"article-extraction-benchmark: {len(scores)} pages, mean word F1 {sum(scores) / len(scores):.4f}")


if __name__ == "__main__":
    if "--fixed" in sys.argv:
        import proposed_fixes  # noqa: F401  (applies the prototypes on import)
    print("with proposed fixes" if "--fixed" in sys.argv else "pipeline as it is")
    chinese()
    english()
