# ruff: noqa: E501
"""Minimal reproductions of what audit13 (the author field) still finds failing, each a few lines of our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit13/repros.py [ID ...]

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
ZT = "河畔公园新建儿童游乐区"
Z1 = "城西河畔公园新建的儿童游乐区日前开放，区域内设有沙池、攀爬网和滑梯等设施。"
Z2 = "公园管理处表示，游乐区每天早上七点开放，晚上八点关闭，雨天暂停使用。"


def page(meta: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} | Riverside Courier</title></head><body>'
            f'<header><a class="logo">Riverside Courier</a></header><article><h1>{T}</h1><div class="article-meta">{meta}</div>'
            f'<div class="article-body"><p>{P1}</p><p>{P2}</p></div></article></body></html>')


def zdump(info: str) -> str:
    return f"{ZT}\n\n2026-05-01 来源：江城日报\n\n{info}\n\n\u3000\u3000{Z1}\n\n\u3000\u3000{Z2}\n"


REPROS = [
    Repro("en_name_role_glued_to_date", "strip/textmeta: a meta box's 'Name | Staff Writer' and its <time> read as one line (Tom Okafor | Staff Writer June 3, 2026): _NAME_ROLE wants the role at the line's end, so no author",
          html(page('<span>Tom Okafor | Staff Writer</span> <time datetime="2026-06-03">June 3, 2026</time>')), "author", "Tom Okafor"),
    Repro("zh_reporter_and_correspondent", "strip/textmeta (by choice, open): 记者 X 通讯员 Y credits two writers; the author is only the reporter (X). Whether a correspondent or an intern is an author, and the separator (、), is the lead's call",
          text(zdump("记者 周文斌 通讯员 高小燕")), "author", "周文斌、高小燕"),
    Repro("zh_reporter_and_intern", "strip/textmeta (same choice): 本报记者 X 实习生 Y -> only X",
          text(zdump("本报记者 何静 实习生 马骁")), "author", "何静、马骁"),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
