# ruff: noqa: E501
"""Minimal reproductions of what audit12 (published date) still finds failing, each a few lines of our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit12/repros.py [ID ...]

Each runs through the public API (pipeline.api.clean_text / clean_html) and prints ok/FAIL with the
field it checks. Exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))
from sibling import load  # noqa: E402

a4 = load(BENCH / "audit4" / "repros.py", "audit4_repros")
Repro, html, text = a4.Repro, a4.html, a4.text

NOTICE = ("关于调整冬季作息时间的通知\n\n各班级：\n\n根据上级要求，自下周起全校实行冬季作息时间，上午八点十分上课，下午一点半上课。\n\n"
          "请各班主任及时通知学生和家长，做好相关准备工作。\n\n县实验小学办公室\n\n2026年11月18日\n")

SIDE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor ferry adds an evening route | Bay Times</title></head><body>'
        '<aside class="most-read"><h3>Most read</h3><ul><li><a>Bridge closes for repairs</a> <span>Nov 2, 2026</span></li></ul></aside>'
        '<article><h1>Harbor ferry adds an evening route</h1><div class="byline">By Ana Ruiz · Nov. 20, 2026</div>'
        '<p>The city ferry service added a late evening route between the north pier and the old harbor this week.</p>'
        '<p>Officials said ridership on the existing routes had grown by a fifth since spring.</p></article></body></html>')

REPROS = [
    Repro("en_sidebar_date_before_article", "strip/filtering: the dropped blocks before the body feed meta_lines in page order, so a 'Most read' "
          "sidebar's item date (Nov 2, 2026) placed before the article wins over the byline's date; ordering them nearest-first would also move "
          "author/publisher cues (audit13's ground), so left",
          html(SIDE), "published", "2026-11-20"),
    Repro("zh_notice_signing_date", "strip/text (by choice?): a 通知's signing date under the issuer (县实验小学办公室 / 2026年11月18日) is taken as published; "
          "the brief counts it as no publication date, but on a bare notice it is often the only and the right one: left for the lead to decide",
          text(NOTICE), "published", None),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
