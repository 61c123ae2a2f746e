"""What a line of text is like: whether it holds a sentence, how much punctuation, where it sits
(:class:`Context`). The detectors in :mod:`heuristics` and the text-mode and DOM passes share these."""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_END = "。！？!?….;；"
PUNCT = "，。、；：！？,.;:!?…「」“”"
_PUNCT_RE = re.compile(f"[{re.escape(PUNCT)}]")
SENTENCE_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")


@dataclass(slots=True)
class Context:
    """Where a block sits: its index among all blocks or lines, and its share of link text.
    (Not frozen: one is made per block, and frozen dataclasses are several times slower to build.)"""

    index: int = 0
    total: int = 1
    link_density: float = 0.0


def punct_count(text: str) -> int:
    return len(_PUNCT_RE.findall(text))


def has_sentence(text: str) -> bool:
    return SENTENCE_RE.search(text) is not None


# Web addresses, domains and dotted numbers, whose dots end no sentence (www.news.cn, 2026.09.01), and a
# date's own dots: a German day's (13. November 2026), a Russian year's abbreviation (15 мая 2026 г.).
_ADDRESS_RE = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?|\d+(?:\.\d+)+"
                         r"|(?<!\d)\d{1,2}\.(?=\s\S{3,12}\s\d)|(?<=\d{4})\s?г\.", re.I | re.A)


def has_sentence_besides_addresses(text: str) -> bool:
    """has_sentence, web addresses left out: a line of site names and links states nothing."""
    return has_sentence(_ADDRESS_RE.sub(" ", text)) if "." in text else has_sentence(text)


# A pinyin gloss after a character, "當(dāng)", as spam reposts inject them (the repair stage
# removes them; detectors must work before that too). The pattern starts at the "(" and looks back
# for the character from there: a literal first lets the regex engine skip to each "(", where a
# look-behind first is tried at every position.
_PINYIN_GLOSS = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


def without_glosses(text: str) -> str:
    """``text`` with pinyin glosses taken out, for matching only (the text itself is not changed)."""
    return _PINYIN_GLOSS.sub("", text) if "(" in text else text
