"""Traditional forms a restoration to simplified keeps, read back by the words their neighbours make.

A converter writes some simplified characters, inside some words, as a form the restoring configuration
leaves as it is, because the form is a character of its own (背着 -> 揹着 / 揹著: t2s, tw2s and hk2s keep 揹;
s2tw's 沿著 for 沿着 keeps its 著 under t2s, which a page mixing 着 and 著 is restored with). The words
.variants knows are the common ones whole (想像 -> 想象); a rarer word (背着, 对着) is none of them. So each
such form left where the restoration changed the line is given the simplified character it stands for
when that character makes a word with a neighbour (jieba's two-character words) and the form makes none
there, and the neighbour is not bound more strongly to its other side (理想像: 理想, not 想象). The
forms are those the converters write in jieba's common words that the configuration keeps.
"""

from __future__ import annotations

import functools

from .words import common_short_words, convert_each, short_word_counts, word_counts

_FORWARD = ("s2t", "s2tw", "s2hk")


@functools.cache
def kept_forms(config: str) -> dict[str, str]:
    """A form ``config`` (t2s, tw2s or hk2s) keeps -> the simplified characters the converters write it for."""
    common = common_short_words(short_word_counts())
    forms: dict[str, str] = {}
    for forward in _FORWARD:
        converted = convert_each(common, forward)
        for word, written, back in zip(common, converted, convert_each(converted, config), strict=True):
            if back == word or not len(word) == len(written) == len(back):
                continue
            for original, form, kept in zip(word, written, back, strict=True):
                if original != kept and form == kept and original not in forms.get(kept, ""):
                    forms[kept] = forms.get(kept, "") + original
    return forms


def _word(pair: str) -> int:
    return word_counts().get(pair, 0) if len(pair) == 2 else 0


def _reading(line: str, i: int, forms: dict[str, str]) -> str | None:
    """The one character ``line[i]`` (a kept form) stands for that makes a word with a neighbour where the form
    makes none and the neighbour makes no commoner word on its other side; None when not exactly one does. A
    neighbour that is a kept form too is read both ways (揹著 for 背着: each makes a word only with the other's
    reading)."""
    left, right = line[max(0, i - 2) : i], line[i + 1 : i + 3]
    lefts, rights = _readings(left[-1:], forms), _readings(right[:1], forms)

    def best(c: str) -> tuple[int, int]:
        return max(_word(n + c) for n in lefts), max(_word(c + n) for n in rights)

    if max(best(line[i])):
        return None
    fits = [c for c in forms[line[i]] if best(c)[0] > _word(left) or best(c)[1] > _word(right)]
    return fits[0] if len(fits) == 1 else None


def _readings(neighbour: str, forms: dict[str, str]) -> str:
    return neighbour + forms.get(neighbour, "") if neighbour else " "


def restore_kept_forms(text: str, converted: str, config: str) -> str:
    """``converted`` (``text`` restored by ``config``) with the forms the restoration kept on the lines it
    changed read back (module doc)."""
    forms = kept_forms(config)
    old_lines, new_lines = text.split("\n"), converted.split("\n")
    if len(old_lines) != len(new_lines):
        return converted
    out = []
    for old, new in zip(old_lines, new_lines, strict=True):
        if old != new and len(old) == len(new):
            chars = list(new)
            for i, (a, b) in enumerate(zip(old, new, strict=True)):
                if a == b and a in forms and (reading := _reading(new, i, forms)):
                    chars[i] = reading
            new = "".join(chars)
        out.append(new)
    return "\n".join(out)
