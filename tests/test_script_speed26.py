"""Session 26's faster script-evidence paths against plain definitions of what they must give.

Taiwan's and Hong Kong's regional signs are one regex whose alternatives each open with one character (台北 and
臺北 written apart), so the engine tries them only where such a character stands; it must find what the pattern
opening with the class [台臺] found. The share of annotated characters a converter produced is a set test per
annotation, where a generator tested each of its characters in turn.
"""

from __future__ import annotations

import random
import re

from pipeline.repair.common import converted_chars, opencc_converter
from pipeline.repair.kept_readings import converted_share
from pipeline.repair.mainland import _REGIONAL_RE, regional_signs
from pipeline.repair.pinyin import Annotation

from .tw_hk_news import TW_HK_NEWS

# The pattern as written before: one alternative opening with a class.
_CLASS_OPENING = re.compile(
    _REGIONAL_RE.pattern.replace("台[北中南東灣商]|臺[北中南東灣商]", "[台臺](?:北|中|南|東|灣|商)"))


def _pieces() -> list[str]:
    genuine = [line for _, title, paras in TW_HK_NEWS for line in (title, *paras)]
    signs = ["台北", "臺中", "台商", "臺灣", "台西", "記者王志明／台中報導", "民國9", "我國中東部", "今年增加", "本港",
             "內地"]
    mainland = [opencc_converter("s2t").convert(s)
                for s in ("随着人工智能的发展，软件更新越来越快。", "台风过后，北京市区交通恢复。")]
    return genuine + signs + mainland + ["\n", "。", "台", "臺"]


def test_regional_signs_found_as_by_the_class_opening_pattern() -> None:
    rng, pieces = random.Random(26), _pieces()
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(800)]
    assert sum(bool(regional_signs(text)) for text in texts) > 100
    for text in texts:
        assert [m.span() for m in _REGIONAL_RE.finditer(text)] == [m.span() for m in _CLASS_OPENING.finditer(text)]


def _plain_converted_share(annotations: tuple[Annotation, ...]) -> float:
    """The definition: an annotation counts when any of its characters is one a conversion produced."""
    if not annotations:
        return 0.0
    converted = converted_chars("".join(a.char for a in annotations))
    return sum(any(c in converted for c in a.char) for a in annotations) / len(annotations)


def test_converted_share_as_each_character_tested() -> None:
    rng = random.Random(26)
    chars = "網絡資訊軟體发展随着的是了經濟學習一二三" + "".join(line[:12] for _, line, _ in TW_HK_NEWS)
    for _ in range(500):
        annotations = tuple(
            Annotation(i, i + 1, "".join(rng.choice(chars) for _ in range(rng.randint(1, 3))), "zhe")
            for i in range(rng.randint(0, 12)))
        assert converted_share(annotations) == _plain_converted_share(annotations)
