"""The language of an article without a lang attribute: by script statistics (kana means Japanese), then,
for Latin script, by the stopwords each language writes and no other of the list does."""

from __future__ import annotations

import functools
import re

from . import vocab

# Runs of each script's letters (counting runs' lengths beats one match per letter).
_SCRIPTS = (("kana", re.compile("[\u3040-\u30ff]+")), ("han", re.compile("[\u4e00-\u9fff]+")),
            ("cyrillic", re.compile("[\u0400-\u04ff]+")), ("hangul", re.compile("[\uac00-\ud7af]+")),
            ("latin", re.compile("[A-Za-z]+")))


@functools.cache
def _own_stopwords() -> dict[str, frozenset[str]]:
    """Each language's stopwords that no other language of the list writes: la, de, en, que are French,
    Spanish, Italian and Portuguese alike, and tell none of them."""
    return {lang: frozenset(w for w in stop if not any(w in other for o, other in vocab.STOPWORDS.items() if o != lang))
            for lang, stop in vocab.STOPWORDS.items()}


def guess_lang(text: str) -> str | None:
    """Language by script statistics (kana means Japanese), then stopwords for Latin script."""
    sample = text[:2000]
    counts = {script: sum(map(len, pattern.findall(sample))) for script, pattern in _SCRIPTS}
    script = max(counts, key=lambda k: counts[k])
    if not counts[script]:
        return None
    if counts["kana"] > 0.05 * (counts["kana"] + counts["han"]) and script in ("han", "kana"):
        return "ja"
    if script != "latin":
        return {"han": "zh", "kana": "ja", "cyrillic": "ru", "hangul": "ko"}[script]
    words = re.findall(r"[^\W\d_]+", sample.lower())
    own = _own_stopwords()
    hits = {lang: sum(1 for w in words if w in stop) for lang, stop in own.items()}
    return max(hits, key=lambda k: hits[k]) if any(hits.values()) else None
