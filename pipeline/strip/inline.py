"""Marks a portal leaves inside the article's paragraphs, taken out and recorded (nothing else of the
paragraph changes):

- a gallery's slide counters glued to the start of their captions (1/3本学期起，… / 2/3… / 3/3…) or
  on lines of their own (1/4, 2 of 4, Bild 3 von 4): counters only when two or more paragraphs are or
  open with them, out of the same total, counting up; one N/M before text alone may be a date (11/25)
  or a score;
- a photo's credit glued to the end of its caption after the sentence (… on Saturday. Photograph:
  Jess Reed/Riverside Gazette, … ven quốc lộ. Ảnh: Minh Đức);
- a finance portal's stock tag around a company's name ([$古井春(000002)$], $古井春(SZ000002)$, the
  Xueqiu and Sina forms): the paper wrote the name, the tag's dollar signs and ticker are the portal's.
"""

from __future__ import annotations

import re

from . import vocab
from .ledger import Ledger

COUNTER_RULE = "heuristic:slide_counter"
STOCK_RULE = "heuristic:stock_tag"
# N/M glued before the caption's first Chinese character (or its opening quote or bracket); not a
# share (1/3的学生, 2/3以上).
_COUNTER = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})(?=[\u4e00-\u9fff“「『（《【])(?![的以左是])")
# The same counter as a line of its own, in words too (2 of 4, Bild 2 von 4, Фото 2 из 4).
_COUNTER_LINE = re.compile(r"^(?:(?i:bild|foto|photo|image|slide|ảnh|фото)\s+)?(\d{1,2})\s*(?:/|(?i:of|von|de|sur|из))"
                           r"\s*(\d{1,2})$")
_COUNTERS_MIN = 2
CREDIT_RULE = "heuristic:photo_credit"
_CREDIT_TAIL = re.compile(r"(?<=[.!?。”\"])\s+(?i:" + "|".join(map(re.escape, vocab.PHOTO_CREDIT_LABELS))
                          + r")\s*:\s*[^.!?。:：]{2,60}$")
# $name(ticker)$, in square brackets or not: an A-share (000002, SZ000002), a Hong Kong (00700) or a
# US ticker (AAPL, BRK.B).
_STOCK = re.compile(r"(\[)?\$([^\s$\[\]()（）]{1,20}?)[（(]((?:S[HZ]|BJ)?\d{6}|\d{5}|[A-Z]{1,5}(?:\.[A-Z]{1,2})?)"
                    r"[）)]\$(?(1)\])")


def drop_inline_marks(texts: list[str], ledger: Ledger) -> list[str]:
    """``texts`` without their slide counters, photo credits and stock tags, each taken out recorded
    in ``ledger``."""
    return _unwrap_stock_tags(_drop_credit_tails(_drop_counters(texts, ledger), ledger), ledger)


def _drop_counters(texts: list[str], ledger: Ledger) -> list[str]:
    found = [(i, m) for i, text in enumerate(texts) if (m := _COUNTER.match(text) or _COUNTER_LINE.match(text))]
    if found:  # a counter glued to a caption opening with a number (1/411月22日…) reads by the others' total
        glued = re.compile(rf"(\d{{1,2}})\s*/\s*({found[0][1].group(2)})(?=\d)")
        seen = {i for i, _ in found}
        found = sorted(found + [(i, m) for i, text in enumerate(texts) if i not in seen and (m := glued.match(text))],
                       key=lambda pair: pair[0])
    numbers = [(int(m.group(1)), int(m.group(2))) for _, m in found]
    if len(found) < _COUNTERS_MIN or len({total for _, total in numbers}) != 1:
        return texts
    ranks = [n for n, _ in numbers]
    if ranks != sorted(set(ranks)) or ranks[0] < 1 or ranks[-1] > numbers[0][1]:
        return texts
    out = list(texts)
    evidence = f"{len(found)} paragraphs are or open with a slide counter out of {numbers[0][1]}, counting up"
    for i, match in found:
        alone = match.end() == len(texts[i])
        ledger.drop(COUNTER_RULE, evidence, match.group(0), action="drop" if alone else "remove")
        out[i] = texts[i][match.end():].lstrip()
    return [text for text in out if text]


def _drop_credit_tails(texts: list[str], ledger: Ledger) -> list[str]:
    out = list(texts)
    for i, text in enumerate(texts):
        if ":" in text and (tail := _CREDIT_TAIL.search(text)) is not None:
            ledger.drop(CREDIT_RULE, "a photo's credit glued to the end of its caption", tail.group(0).strip(),
                        action="remove")
            out[i] = text[:tail.start()]
    return out


def _unwrap_stock_tags(texts: list[str], ledger: Ledger) -> list[str]:
    if not any("$" in text for text in texts):
        return texts
    return [_unwrap(text, ledger) if "$" in text else text for text in texts]


def _unwrap(text: str, ledger: Ledger) -> str:
    def name(match: re.Match[str]) -> str:
        tag = match.group(0)
        ledger.drop(STOCK_RULE, f"a finance portal's stock tag around {match.group(2)!r}: its name is kept",
                    tag.replace(match.group(2), "", 1), action="remove")
        return match.group(2)

    return _STOCK.sub(name, text)
