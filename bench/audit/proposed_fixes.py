"""Prototypes of the fixes the audit report still proposes, applied by monkeypatching (the repo is not edited).

    nice python bench/audit/proposed_fixes.py [--fuzz] [--lossy] [NAME ...]   # the audit with the fixes applied
    PYTHONPATH=bench/audit nice pytest -p proposed_fixes tests/...            # the repo's tests with them

Ported upstream, so removed here (see REPORT.md): brackets and entities (aa4fef2, 5e68960), marks before
digits (a25df32), Taiwan/HK evidence (a29e8f7), lost lead bytes (3195585, d4377eb, 8b3a7c6), invisibles
(fc5f6d7, 552cdeb, 04b1141), pinyin forms and genuine readings (9cb855a, 816f234, 18e4f3b, 5592aa1,
d6782c8), tw2s 著 (db19080), mojibake indent and topic words (3526182, b1ef866), Japanese marks
(3e23d57), the binary check (929a0f5), ruby joints (d83d16e) and every strip-side prototype (merge
5850626). Left: fix 15 (lossy mojibake, opt-in: a policy change) and fix 29 (folded-page ratio).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

from pipeline.repair.common import HAN_RE

Patch = Callable[[], None]


def fix_15_lossy_mojibake() -> None:
    """repair/mojibake.py _fix_line: a line of UTF-8 read as GBK/GB18030/Big5/Shift_JIS whose reader
    replaced undecodable bytes (U+FFFD) or dropped them is decoded from its surviving bytes: every
    character those bytes determine comes back, each lost one stays U+FFFD (flagged, never guessed).
    Applied when the result (U+FFFD left out) reads as common text (plausibility >= 0.9) and the
    mojibake did not (< 0.5), with at most one character in four lost."""
    import pipeline.repair.mojibake as mojibake
    from pipeline.repair.charsets import plausibility

    original = mojibake._fix_line
    victims = ("gb18030", "gbk", "big5", "shift_jis")

    def partial(line: str) -> tuple[str, str] | None:
        best: tuple[float, str, str] | None = None
        for wrong in victims:
            data = bytearray()
            for ch in line:
                try:
                    data += b"\xff" if ch == "\ufffd" else ch.encode(wrong)
                except UnicodeEncodeError:
                    break
            else:
                fixed = re.sub("\ufffd+", "\ufffd", bytes(data).decode("utf-8", errors="replace"))
                clean = fixed.replace("\ufffd", "")
                if fixed.count("\ufffd") > 0.3 * len(clean) + 1:
                    continue
                score = plausibility(clean)
                if score >= 0.9 and len(HAN_RE.findall(clean)) >= 4 and (best is None or score > best[0]):
                    best = (score, fixed, f"utf-8 read as {wrong}, {fixed.count(chr(0xFFFD))} chars lost")
        return (best[1], best[2]) if best and plausibility(line.replace("\ufffd", "")) < 0.5 else None

    def fix_line(line: str, hits: list[int], guard_quotes: Any) -> tuple[list[Any], list[str]]:
        repairs, lossy = original(line, hits, guard_quotes)
        on_topic = guard_quotes() if callable(guard_quotes) else guard_quotes  # a bool before 2026-11-29 09:30
        if not repairs and not on_topic and len(line) >= 6 and len(HAN_RE.findall(line)) >= 4:
            body = line.lstrip(" \t\u00a0\u2002\u2003\u3000")
            found = partial(body)
            if found:
                start = len(line) - len(body)
                return [(start, len(line), found[0], [found[1]])], []
        return repairs, lossy

    mojibake._fix_line = fix_line


PATCHES: tuple[Patch, ...] = ()  # every other prototype is ported into pipeline/


def apply_all(lossy: bool = False) -> None:
    """Every patch; with ``lossy`` also fix 15, a policy change (tests expect lossy lines flagged only)."""
    for patch in (*PATCHES, fix_15_lossy_mojibake) if lossy else PATCHES:
        patch()


apply_all("--lossy" in sys.argv)  # also when loaded as a pytest plugin (-p proposed_fixes)

if __name__ == "__main__":
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    import run_audit

    raise SystemExit(run_audit.main([a for a in sys.argv[1:] if a != "--lossy"]))
