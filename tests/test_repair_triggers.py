"""The registry's one precheck per text (repair/triggers.py): a fixer named in TRIGGERS is skipped on text
holding none of its trigger characters, so each trigger must be sound (the fixer does nothing without one),
and the scan must name every fixer whose trigger the text holds. Random strings drawn from the characters
the fixers look for (each trigger's, Han, kana, Latin, Cyrillic, marks, spaces, brackets, lost bytes)."""

from __future__ import annotations

import random
import re

from pipeline.repair import FIXERS, TRIGGERS
from pipeline.repair.common import Context
from pipeline.repair.regions import non_ascii_regions
from pipeline.repair.triggers import Triggers

_POOL = (
    "中文发布著着國發展來體台灣记者电讯 日本かなカナ한국 abcxyzAZ Мосвао 01 ,.:;!?()（）【】[]<>&#\n"
    "\u00a0\u2002\u2003\u3000\u2009\u202f\u200b\u200c\u200d\u00ad\ufeff\u0301\ufffd斤拷锟踝"
    "⼀⾞ＡＢ１２ㄅㄆé ÃÂ©€“”’"
)


# Pieces the fixers act on (a reading, a lost byte's spot, lost bytes, a folded mark, a spaced word...)
_PIECES = (
    "发(fā)", "國(guó)", "发（fā）", "<ruby>发<rt>fā</rt></ruby>", "展?I", "锟斤拷", "嚙踝蕭", "\ufffd(fā)",
    "参\ufffd,", "中文,中文", "政府,优化环境", "市政府:通知", "工作;", "是谁?", "的发展。", "各级党委(党组)",
    "县人\u2002民", "采砂\u00a0被判", "观\u200b众", "还能l挥", "&amp;&lt;", "&eacute;", "&#8217;",
    "Stadt\u00adwald", "Mосква", "ÃƒÂ¶", "Ã©tÃ©", "cafÃ© ", "naÃ¯ve ", "fa\u00e7ade ", "Ð¼Ð¾", "⾞辆", "１２0", "\n  ",
)


def _strings(count: int, longest: int, seed: int, pool: str = _POOL) -> list[str]:
    rng = random.Random(seed)
    pieces = [p for p in _PIECES if all(c in pool for c in p)]
    texts = []
    for i in range(count):  # a third mostly pieces, the rest mostly single characters
        share = 0.7 if i % 3 == 0 else 0.15
        texts.append("".join(rng.choice(pieces) if pieces and rng.random() < share else rng.choice(pool)
                             for _ in range(rng.randint(1, longest))))
    return texts


def _holds(text: str, body: str) -> bool:
    return re.search(f"[{body}]", text) is not None


def test_a_fixer_does_nothing_on_text_without_its_trigger() -> None:
    for name, body in TRIGGERS.items():
        pool = re.sub(f"[{body}]", "", _POOL)
        for text in _strings(150, 30, 23, pool):
            for ctx in (Context(), Context(codec_hint="gbk", html=True), Context(script="simplified")):
                ctx.readings_removed = 1  # (the fixers run again beside removed readings only then)
                before = repr(ctx)
                fixed = FIXERS[name](text, ctx)
                assert (fixed.text, fixed.changes, fixed.flags) == (text, [], []), (name, text)
                assert repr(ctx) == before, (name, text)


def test_the_scan_names_every_fixer_whose_trigger_a_text_holds() -> None:
    triggers = Triggers(TRIGGERS)
    for text in _strings(400, 60, 2301):
        assert triggers.scan(text, None) == {name for name, body in TRIGGERS.items() if _holds(text, body)}, text


def test_a_long_text_is_scanned_in_its_non_ascii_regions() -> None:
    """Fixers whose trigger holds ASCII are named on a long text (left to their own prechecks); the rest
    exactly when the text holds their trigger, wherever in the text it stands."""
    triggers = Triggers(TRIGGERS)
    rng = random.Random(2302)
    for piece in _strings(60, 40, 2303):
        ascii_part = "".join(rng.choice("abc ,.\n") for _ in range(3000))
        at = rng.randint(0, len(ascii_part))
        text = ascii_part[:at] + piece + ascii_part[at:]
        named = triggers.scan(text, non_ascii_regions(text))
        for name, body in TRIGGERS.items():
            if _holds("".join(map(chr, range(128))), body):
                assert name in named
            else:
                assert (name in named) == _holds(text, body), (name, piece)
