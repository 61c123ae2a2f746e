"""The language of an article: by script statistics (kana means Japanese, і ї є ґ Ukrainian), then, for Latin
script, by the stopwords each language writes and no other of the list does; a page's lang attribute stands
unless its article's text plainly says another language (a farm's English theme around a Russian story)."""

from __future__ import annotations

import functools
import re

from . import vocab

# Runs of each script's letters (counting runs' lengths beats one match per letter).
_SCRIPTS = (("kana", re.compile("[\u3040-\u30ff]+")), ("han", re.compile("[\u4e00-\u9fff]+")),
            ("cyrillic", re.compile("[\u0400-\u04ff]+")), ("hangul", re.compile("[\uac00-\ud7af]+")),
            ("greek", re.compile("[\u0370-\u03ff\u1f00-\u1fff]+")), ("arabic", re.compile("[\u0600-\u06ff]+")),
            ("hebrew", re.compile("[\u0590-\u05ff]+")), ("thai", re.compile("[\u0e00-\u0e7f]+")),
            ("latin", re.compile("[A-Za-z]+")))
_SCRIPT_LANG = {"han": "zh", "kana": "ja", "cyrillic": "ru", "hangul": "ko", "greek": "el", "arabic": "ar",
                "hebrew": "he", "thai": "th"}
# The script each language's pages write (a language not listed writes Latin); Chinese and Japanese share Han.
_LANG_SCRIPT = {"zh": "han", "ja": "han", "ko": "hangul", "el": "greek", "ar": "arabic", "fa": "arabic", "ur": "arabic",
                "he": "hebrew", "yi": "hebrew", "th": "thai",
                **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"), "cyrillic")}
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")  # letters Russian never writes
# A Latin-script page's own lang attribute yields only to this many stopwords of another language, outnumbering
# its own language's four to one.
_CLEAR_STOPWORDS = 5


@functools.cache
def _own_stopwords() -> dict[str, str]:
    """Each language's stopwords that no other language of the list writes, with the language: la, de, en,
    que are French, Spanish, Italian and Portuguese alike, and tell none of them."""
    return {w: lang for lang, stop in vocab.STOPWORDS.items() for w in stop
            if not any(w in other for o, other in vocab.STOPWORDS.items() if o != lang)}


_WORD = re.compile(r"[^\W\d_]+")


def stopword_hits(text: str) -> dict[str, int]:
    """How many of each language's own stopwords (see _own_stopwords) ``text`` writes."""
    hits = dict.fromkeys(vocab.STOPWORDS, 0)
    own = _own_stopwords()
    for word in _WORD.findall(text.lower()):
        if (lang := own.get(word)) is not None:
            hits[lang] += 1
    return hits


def guess_lang(text: str) -> str | None:
    """Language by script statistics (kana means Japanese), then stopwords for Latin script."""
    sample = text[:2000]
    guess = _guess(sample, _script_counts(sample))
    return guess[0] if guess else None


def _script_counts(sample: str) -> dict[str, int]:
    """Letters of each script in ``sample``."""
    return {script: sum(map(len, pattern.findall(sample))) for script, pattern in _SCRIPTS}


def _guess(sample: str, counts: dict[str, int]) -> tuple[str, dict[str, int]] | None:
    """The language and, for Latin script, each language's own stopword count (``counts``: the sample's
    letters per script)."""
    script = max(counts, key=lambda k: counts[k])
    if not counts[script]:
        return None
    if counts["kana"] > 0.05 * (counts["kana"] + counts["han"]) and script in ("han", "kana"):
        return "ja", {}
    if script == "cyrillic" and len(_UKRAINIAN.findall(sample)) > 0.01 * counts[script]:
        return "uk", {}
    if script != "latin":
        return _SCRIPT_LANG[script], {}
    hits = stopword_hits(sample)
    return (max(hits, key=lambda k: hits[k]), hits) if any(hits.values()) else None


def article_lang(declared: str | None, text: str) -> str | None:
    """The page's declared language (its lang attribute), unless the article's text is mostly in another
    script (a Russian, Greek or Korean story in an English theme, an English one on a lang="ru" page) or, both
    Latin, plainly in another language by its stopwords; the guess when nothing is declared."""
    sample = text[:2000]
    counts = _script_counts(sample)
    guess = _guess(sample, counts)
    if guess is None or declared is None or guess[0] == declared:
        return guess[0] if declared is None and guess else declared
    lang, hits = guess
    script = _LANG_SCRIPT.get(lang, "latin")
    own = _LANG_SCRIPT.get(declared, "latin")
    if script != own:
        weight = _script_weights(counts)
        mostly = max(weight, key=lambda k: weight[k]) == script and weight[own] < weight[script] / 2
        return lang if mostly and (script != "latin" or hits[lang] >= _CLEAR_STOPWORDS) else declared
    if script == "latin" and declared in hits and hits[lang] >= _CLEAR_STOPWORDS and hits[lang] >= 4 * hits[declared]:
        return lang
    return declared


def story_lang(declared: str | None, paragraphs: list[str]) -> str | None:
    """The language of the article's first twenty paragraphs (:func:`article_lang`), unless its opening three
    plainly say another against the declared one: a short foreign story with the theme's own lines the box
    kept under it (a German repost over an English blog's sign-off)."""
    lang = article_lang(declared, "".join(paragraphs[:20]))
    return article_lang(declared, "".join(paragraphs[:3])) if lang == declared and len(paragraphs) > 3 else lang


def main_script(text: str) -> str | None:
    """The script most of ``text`` is written in (by _script_weights; Han and kana are "han"), or None."""
    weight = _script_weights(_script_counts(text[:400]))
    script = max(weight, key=lambda k: weight[k])
    return script if weight[script] else None


def writes_script(text: str, script: str) -> bool:
    """Whether ``text`` holds a letter of ``script`` (a main_script name)."""
    return any(pattern.search(text) for name, pattern in _SCRIPTS
               if name == script or (script, name) == ("han", "kana"))


def other_script(own: str, other: str) -> bool:
    """Whether ``own``, written in a script of its own (a Korean or Greek story), and ``other`` are written in
    different scripts: a state object holding an English article beside it holds another article (the story
    of the site a repost was poured into), not a longer copy of this one."""
    script = main_script(own)
    return script not in (None, "latin") and main_script(other) != script


def _script_weights(counts: dict[str, int]) -> dict[str, int]:
    """Letters per script (``counts``), Han and kana as one, an ideograph or a Hangul syllable weighing three
    letters (it writes about as much as three Latin ones)."""
    merged = {k: v for k, v in counts.items() if k != "kana"}
    merged["han"] += counts["kana"]
    return {k: v * (3 if k in ("han", "hangul") else 1) for k, v in merged.items()}
