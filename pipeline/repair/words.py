"""Two-character Chinese words and their counts: evidence for a character the bytes leave ambiguous.

A lost lead byte (.damage) often leaves several characters that fit the stranded trail byte; the
page repeats few words, so when none of its bigrams decides, the one candidate that makes a word
with a neighbour may. The words are jieba's dictionary (MIT; counts from a large corpus), loaded
on first use only.
"""

from __future__ import annotations

import functools


@functools.cache
def word_counts() -> dict[str, int]:
    """Every two-character word of jieba's dictionary, with its count."""
    import jieba

    counts: dict[str, int] = {}
    with jieba.get_dict_file() as lines:
        for raw in lines:
            word, count, *_ = raw.decode("utf-8").split(" ")
            if len(word) == 2:
                counts[word] = int(count)
    return counts
