"""Every lost-lead-byte spot of four seed-like articles, one at a time: how many come back exactly.

    cd /work/main && nice python bench/audit/lost_lead_sweep.py [--fixed]

Each converted character whose GBK trail byte is ASCII (0x40-0x7E) is damaged the way the seed's
營 was ("?" + the trail byte); spots are grouped by what precedes the "?" (a Han character, a
glossed Han character "展(zhǎn)?I", anything else) and whether the character's own reading follows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import ARTICLES
from obfuscate import annotate, fold

from pipeline.repair import repair_text


def spots(line: str) -> list[tuple[int, str]]:
    out = []
    for i, ch in enumerate(line):
        if "\u4e00" <= ch <= "\u9fff":
            try:
                data = ch.encode("gbk")
            except UnicodeEncodeError:
                continue
            if len(data) == 2 and 0x40 <= data[1] <= 0x7E:
                out.append((i, chr(data[1])))
    return out


def kind(line: str, i: int) -> str:
    prev = line[i - 1] if i else ""
    where = "after a glossed char" if prev in ")）" else "after a Han char" if "\u4e00" <= prev <= "\u9fff" else "other"
    return where + (" + own reading" if line[i + 1:i + 2] in ("(", "（") else "")


def main() -> int:
    if "--fixed" in sys.argv:
        import proposed_fixes  # noqa: F401  (applies the prototypes on import)
    tally: dict[str, list[int]] = {}
    for key in ("zh_elder", "zh_farm", "zh_ai", "zh_river"):
        art = ARTICLES[key]
        page = [fold(annotate(p, "s2tw", "tone", "()", 0.6)) for p in art.paras]
        for n, line in enumerate(page):
            for i, trail in spots(line):
                damaged = line[:i] + "?" + trail + line[i + 1:]
                text = "\n".join("\u2003\u2003" + (damaged if k == n else p) for k, p in enumerate(page))
                ok = repair_text(text).text.split("\n")[n].lstrip("\u2003") == art.paras[n]
                counts = tally.setdefault(kind(line, i), [0, 0])
                counts[0] += 1
                counts[1] += ok
    print("with proposed fixes" if "--fixed" in sys.argv else "pipeline as it is")
    for name, (total, ok) in sorted(tally.items()):
        print(f"  {name:40} {ok:3}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
