"""Session 25's faster script-evidence paths against plain definitions of what they must give.

A character table's leftovers (.converter_forms.table_leftovers) are characters both s2tw and s2hk change: s2hk
is asked only when s2tw changes enough characters of the traditional sentences, which a genuine article's do not.
A mainland publisher is looked for with one regex search over its names in both scripts, where a generator tested
each of the names in turn. Both must answer as the plain definitions do, on texts mixing every kind of line.
"""

from __future__ import annotations

import random

from pipeline.repair.common import count_converted, opencc_converter
from pipeline.repair.converter_forms import _MIN_DISTINCT, _MIN_LEFT, _MIN_SHARE, _SENTENCE_RE, table_leftovers
from pipeline.repair.mainland import _PUBLISHER_FORMS, _names_publisher
from pipeline.repair.mainland_site import simplified_only

from .test_script_table_leftovers import TABLE_STORY, _table
from .tw_hk_news import TW_HK_NEWS

_SIMPLIFIED = [s + "。" for s in TABLE_STORY.split("。") if s] + [
    "随着人工智能的发展，软件和硬件的更新越来越快。", "网络安全需要服务器和内存芯片的共同支持。",
    "含有朝鲜语谚文的条目，数据和图片。", "他们在网上看视频，讨论着明天的计划。",
]


def _pool() -> list[str]:
    genuine = [line for _, title, paras in TW_HK_NEWS for line in (title, *paras)]
    converted = [opencc_converter(c).convert(s) for s in _SIMPLIFIED for c in ("s2t", "s2tw", "s2hk", "s2twp")]
    tables = [_table(s) for s in _SIMPLIFIED] * 6  # (a table's sentences come several a page)
    return genuine + converted + tables + _SIMPLIFIED + ["<p>", "</div>", "\n", "首页 > 新闻"]


def _plain_table_leftovers(text: str) -> str | None:
    """The definition: every sentence mostly traditional read by both converters, character by character."""
    sentences = _SENTENCE_RE.findall(text)
    joined = "\n".join(s for s in sentences if count_converted(s, "t2s") > count_converted(s, "s2t"))
    as_taiwan, as_hk = (opencc_converter(c).convert(joined) for c in ("s2tw", "s2hk"))
    if not len(as_taiwan) == len(as_hk) == len(joined):
        return None
    left = [c for c, t, h in zip(joined, as_taiwan, as_hk, strict=True) if c != t and c != h]
    if len(left) < max(_MIN_LEFT, _MIN_SHARE * count_converted(joined, "t2s")) or len(set(left)) < _MIN_DISTINCT:
        return None
    if simplified_only("".join(left)) * 4 > len(left):
        return None
    return f"simplified characters no traditional standard writes among traditional ones ({''.join(sorted(set(left)))})"


def test_table_leftovers_answers_as_both_converters_read_every_character() -> None:
    rng, pool = random.Random(25), _pool()
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 6))) for _ in range(600)]
    found = [text for text in texts if _plain_table_leftovers(text) is not None]
    assert 50 < len(found) < len(texts) - 50  # both answers are tried
    assert [table_leftovers(text) for text in texts] == [_plain_table_leftovers(text) for text in texts]


def test_a_publisher_is_found_by_one_search_as_by_each_name() -> None:
    rng = random.Random(25)
    names = [name for forms in _PUBLISHER_FORMS for name in forms]
    pieces = [*names, *(name[:-1] for name in names), *(name[1:] for name in names), "記者", "本報", "訊", "電", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(3000)]
    plain = [any(name in text or simplified in text for name, simplified in _PUBLISHER_FORMS) for text in texts]
    assert 500 < sum(plain) < 2500
    assert [_names_publisher(text) for text in texts] == plain
