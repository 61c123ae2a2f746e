"""Minimal reproductions of what audit8 still finds failing, a few lines of our own text each.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit8/repros.py [ID ...]

Runs through the public API (pipeline.api.clean_text, the stages of ``repost clean``) with audit4's
runner, and prints ok/FAIL with the field it checks: what we give and what the original says. Each
repro is built the way the failing audit8 case is (s2t/s2twp conversion, readings, folded marks: audit3's
obfuscators), and says why the original is or is not determined. Exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

a4 = load(HERE.parent / "audit4" / "repros.py", "audit4_repros")
Repro, text = a4.Repro, a4.text

from a8_build import seed_dump  # noqa: E402

AI = ("加强人工智能安全治理", ["各级党委（党组）要把这项工作摆上重要议事日程，人工智能（AI）应用要守住安全底线。",
                              "各级党委（党组）主要负责同志要亲自抓，分管负责同志要具体抓。"])
STORE = ("学生信息保护", ["省教育厅表示，试点学校的学生信息将严格按照规定存储和使用，平台不得收集与教学无关的数据。",
                          "教育部门将定期检查各校的软件和网络平台，发现问题及时整改。"])
OPEN = ("茶园里的数字管家", ["清晨六点，茶农打开手机，茶园里的温度和湿度一目了然。",
                             "系统还能根据气象信息提前预警霜冻，帮助茶农减少损失。"])

REPROS = [
    # A short seed page (two folded commas, no full-width one): "(AI)" was left ASCII, a page counted as
    # "folded wholesale" only from 3 folded commas. Fixed: folded Chinese brackets count too (kept as a check).
    Repro("fold_short_page_latin_brackets", "repair/punctuation.py (fixed: folded （党组） counts as a fold)",
          text(seed_dump(AI)), "text", "\n".join(AI[1])),
    # s2twp writes 儲存 for 存储, 储存 and 保存 alike; tw2sp gives 保存. Not determined by the page: the
    # audit keeps the original as the expectation, and any output here is a guess (储存 would be the
    # character-level one).
    Repro("s2twp_chucun_ambiguous", "repair/phrasing.py (儲存 <- 存储/储存/保存 under s2twp; not determined)",
          text(seed_dump(STORE, config="s2twp")), "text", "\n".join(STORE[1])),
    # s2twp writes 資訊 for 信息 and 开启's 開啟 for 打开; a page with only such words (both sides mainland
    # words: 资讯 561, 开启 common) gives phrasing no vote for tw2sp, so t2s keeps 资讯/开启.
    Repro("s2twp_only_ambiguous_words", "repair/phrasing.py (no rare character-level word votes for tw2sp)",
          text(seed_dump(OPEN, config="s2twp")), "text", "\n".join(OPEN[1])),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
