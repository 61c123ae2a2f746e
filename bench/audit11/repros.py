# ruff: noqa: E501
"""Minimal reproductions of what audit11 still finds failing, each a few lines of our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit11/repros.py [ID ...]

Each runs through the public API (pipeline.api.clean_text / clean_html, the stages of ``repost clean``)
and prints ok/FAIL with the field it checks. Exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))
from sibling import load  # noqa: E402

a4 = load(BENCH / "audit4" / "repros.py", "audit4_repros")
Repro, html, text = a4.Repro, a4.html, a4.text

T = "Riverside skate park opens"
P1 = "The council opened a new skate park beside the river on Saturday after two years of planning."
P2 = "About 300 people came to the opening, and the park will stay open until 9 p.m. every day."
TABLE = "<table><tr><th>Job</th><th>Median pay</th></tr><tr><td>Accountants</td><td>$81,680</td></tr></table>"


def wp(inner: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} – Daily Aggregator</title></head><body>'
            f'<header><p class="site-title"><a href="/">Daily Aggregator</a></p></header><article><h1 class="entry-title">{T}</h1>'
            f'<div class="entry-content">{inner}</div></article><footer>Copyright © 2026 Daily Aggregator.</footer></body></html>')


REPROS = [
    Repro("en_via_line_names_publisher", "strip/provenance (by choice): 'Via X' under a scraped post names its source, but on the public benches 'Via' credits an image (Via ZipBooks Accountant), names a product (VIA Disc NP) or a syndication service (Via SyndiGate.info): left out of the notes",
          html(wp(f"<p>{P1}</p><p>{P2}</p><p>Via <a href=\"https://riverside.example\">Riverside Courier</a></p>")), "publisher", "Riverside Courier"),
    Repro("en_conversation_author_affiliation_line", "strip/text: The Conversation's 'Name, University of X' line under the headline of a dump is kept as the first paragraph",
          text(f"{T}\n\nIngrid Solberg, University of Tromsø\n\n{P1}\n\n{P2}\n\nThis article is republished from The Conversation under a Creative Commons license. Read the original article.\n"), "text", f"{P1}\n{P2}"),
    Repro("en_table_source_line_is_no_publisher", "strip/textmeta: 'Source: Bureau of Labor Statistics' under a data table names where the figures come from, not the article's publisher (wcxb 0312)",
          html(wp(f"<p>{P1}</p>{TABLE}<p>Source: Bureau of Labor Statistics</p><p>{P2}</p>")), "publisher", None),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
