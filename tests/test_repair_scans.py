"""The repair stage's fast scans against plain character-by-character definitions.

The scans are regexes shaped for speed (one leading class, branches behind look-backs, several
tests folded into one pass); these references spell out what each must find, so a faster rewrite
that finds anything else fails here. Strings are drawn from the boundary characters of every class.
"""

from __future__ import annotations

import random
import re

from pipeline.repair.charsets import _break_count, _classes, _count
from pipeline.repair.common import trimmed_edit
from pipeline.repair.mojibake import _trimmed
from pipeline.repair.suspects import _suspect_chars, is_suspect, suspect_positions
from pipeline.repair.utf8_misreads import _LOST, _codecs, utf8_misread_offsets

_EDGES = (
    "\n aAzZ.?\x7f\x80\x9f\xa0\xa9\xbf\xc0\xc3\xd7\xe9\xf7\u0100\u024f\u0250\u0400\u0402\u0410\u042f"
    "\u0430\u044f\u0451\u04ff\u0500\u2020\u2122\u2500\u3000\u3040\u30ff\u3400\u4e00\u4e2d\u4e02\u9fa5"
    "\u9fff\ua000\uac00\uac01\ud7a3\ue000\uff61\uff9f\ufffd"
)


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _in(char: str, *ranges: tuple[str, str]) -> bool:
    return any(lo <= char <= hi for lo, hi in ranges)


def _break_at(text: str, i: int) -> bool:
    """A script break at ``i`` (charsets.plausibility's docstring), test by test."""
    c, prev, nxt = text[i], text[i - 1 : i], text[i + 1 : i + 2]
    ascii_letter = ("A", "Z"), ("a", "z")
    latin, cjk_hangul = ("\u00c0", "\u024f"), (("\u3400", "\u9fff"), ("\uac00", "\ud7a3"))
    hangul, cyrillic = ("\uac00", "\ud7a3"), ("\u0400", "\u04ff")
    if _in(c, cyrillic):
        return bool(
            (prev and _in(prev, *ascii_letter, latin, *cjk_hangul))
            or (nxt and _in(nxt, *ascii_letter, latin, ("\u3040", "\u9fff"), hangul))
            or (_in(c, ("а", "я"), ("ё", "ё")) and nxt and _in(nxt, ("А", "Я"), ("Ё", "Ё")))
        )
    if _in(c, hangul):
        return bool((nxt and _in(nxt, *ascii_letter, ("\u4e00", "\u9fff"))) or (prev and _in(prev, *ascii_letter)))
    if _in(c, ("\u4e00", "\u9fff")) and nxt and _in(nxt, hangul):
        return True
    inside_latin = bool(prev and nxt and _in(prev, *ascii_letter) and _in(nxt, *ascii_letter))
    return _in(c, ("\u3400", "\u9fff"), ("\uff61", "\uff9f")) and inside_latin


def _suspect_reference(text: str) -> list[int]:
    suspect = re.compile(f"[{_suspect_chars()}]")
    found = {i for i, c in enumerate(text) if suspect.fullmatch(c) or _break_at(text, i)}
    latin_range = ("\u0080", "\u024f")
    for i, c in enumerate(text):  # a latin-1 symbol beside another latin-range character
        beside = [n for n in (text[i - 1 : i], text[i + 1 : i + 2]) if n]
        if _in(c, ("\u00a0", "\u00bf"), ("×", "×"), ("÷", "÷")) and any(_in(n, latin_range) for n in beside):
            found.add(i)
    i = 0
    while i + 4 <= len(text):  # runs of four accented letters, without overlap
        if all(_in(c, ("\u00c0", "\u024f")) for c in text[i : i + 4]):
            found.add(i)
            i += 4
        else:
            i += 1
    return sorted(found)


# Without ASCII letters and Hangul (the scans then look for Cyrillic case changes alone, or no break).
_NO_LATIN_EDGES = re.sub("[A-Za-z\uac00-\ud7a3]", "", _EDGES) + "\u0416\u0436\u0401\u0451"


def test_suspect_positions_and_breaks_match_their_definitions() -> None:
    texts = _strings(_EDGES, 6000, 9, seed=1) + _strings(_NO_LATIN_EDGES, 6000, 9, seed=3)
    for text in texts:
        expected = _suspect_reference(text)
        assert suspect_positions(text) == expected, text
        assert is_suspect(text) == bool(expected), text
        assert _break_count(text) == sum(_break_at(text, i) for i in range(len(text))), text


def test_class_counts_match_a_character_by_character_count() -> None:
    """plausibility counts each weight class by the runs removing them removes."""
    alphabet = _EDGES + "“”…€\u2005\u4e00\u5f20\u9f98\u3042\ue001\uac02"
    for text in _strings(alphabet, 3000, 12, seed=4):
        for runs in _classes():
            assert _count(runs, text) == sum(runs.fullmatch(c) is not None for c in text), text


def _misread_reference(text: str) -> list[int]:
    """ftfy's sequences in one codec: a lead, then continuations (a space for a lost NBSP after some leads)."""
    found = []
    for i, lead in enumerate(text):
        second, third = text[i + 1 : i + 2], text[i + 2 : i + 3]
        for c in _codecs():
            if lead in c.leads_2:
                hit = second in c.continuations or (second == " " and lead in c.space_leads_2)
            elif lead in c.leads_long and second == " ":
                hit = lead in c.space_leads_long and third in c.continuations
            elif lead in c.leads_long and second in c.continuations:
                hit = third in c.continuations or third in _LOST or (third == " " and lead in c.space_third_leads)
            else:
                hit = False
            if hit:
                found.append(i)
                break
    return found


def test_utf8_misread_offsets_match_the_per_codec_test() -> None:
    alphabet = sorted(set().union(*(c.leads_2 | c.leads_long | c.continuations for c in _codecs())))
    alphabet += [" ", "a", "?", "\ufffd", "\x1a", "\n", "\x85", "\ud800", "中"]
    c1 = re.compile("[\u0080-\u009f\ud800-\udfff]")
    # Also every spaced shape, spelled out per codec (the scan first looks for a continuation, or a lead
    # before a space, then reads around it): a lead, a space, a continuation; a lead and a space.
    spaced = [f"a{lead} {cont}" for c in _codecs() for lead in sorted(c.leads_2 | c.leads_long)
              for cont in sorted(c.continuations)[:: 16]] + [f"{lead} {cont}{cont}" for c in _codecs()
                                                            for lead in c.space_third_leads for cont in "\x80\xa9"]
    for text in _strings("".join(alphabet), 6000, 7, seed=2) + spaced:
        expected = _misread_reference(text)
        assert utf8_misread_offsets(text) == expected, text
        with_c1 = sorted(set(expected) | {m.start() for m in c1.finditer(text)})
        assert utf8_misread_offsets(text, also="\u0080-\u009f\ud800-\udfff") == with_c1, text


def test_trimmed_edit_is_the_smallest_edit() -> None:
    for old, new in zip(_strings("ab", 4000, 8, seed=3), _strings("ab", 4000, 8, seed=4), strict=True):
        head = next((k for k in range(min(len(old), len(new))) if old[k] != new[k]), min(len(old), len(new)))
        rest = min(len(old), len(new)) - head
        tail = next((k for k in range(rest) if old[len(old) - 1 - k] != new[len(new) - 1 - k]), rest)
        edit = trimmed_edit(5, old, new)
        assert (edit.start, edit.end) == (5 + head, 5 + len(old) - tail)
        assert (edit.old, edit.new) == (old[head : len(old) - tail], new[head : len(new) - tail])


def test_glued_label_spans_are_every_label_length() -> None:
    label = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")
    for line in _strings("中文あ한a, \n", 3000, 12, seed=5):
        for start in range(len(line) + 1):
            end = len(line) - start // 2
            limit = min(6, end - start - 2)
            left = [(start + k, end) for k in range(1, limit + 1) if label.fullmatch(line, start, start + k)]
            right = [(start, end - k) for k in range(1, limit + 1) if label.fullmatch(line, end - k, end)]
            assert _trimmed(line, start, end) == left + right, (line, start, end)


def test_windowed_is_bad_answers_as_ftfy_does() -> None:
    from ftfy.badness import MOJIBAKE_CATEGORIES
    from ftfy.badness import is_bad as ftfy_is_bad

    from pipeline.repair.badness import _match_width, is_bad

    assert _match_width() is not None  # the shortcut is on for the installed ftfy
    rare = "".join(MOJIBAKE_CATEGORIES.values()).replace("-", "") + "вЂГўВРСОх«»“”Ђ中éÃÂ°²³×√≈‚Ä"
    rng = random.Random(6)
    for _ in range(1500):  # long texts (the windows), mostly ordinary, a few rare characters
        text = "".join(rng.choice(rare) if rng.random() < 0.04 else rng.choice("ab Вв\nя.") for _ in range(260))
        assert is_bad(text) == ftfy_is_bad(text), text
    for text in _strings(rare + " aВя", 3000, 12, seed=7):
        assert is_bad(text) == ftfy_is_bad(text), text


def test_a_mojibake_piece_glued_to_a_label_after_clean_pieces_is_repaired() -> None:
    """Only pieces (between CJK punctuation) holding a suspect offset, and their trimmed spans, are
    tried: the clean pieces before it are skipped, the glued label (标题) is trimmed off."""
    from pipeline.repair import repair_text

    title = "经济社会发展".encode().decode("gbk")  # UTF-8 read as GBK
    text = f"今天天气很好，我们去公园散步，标题{title}，正文在下面，大家都来了。"
    result = repair_text(text)
    assert result.text == "今天天气很好，我们去公园散步，标题经济社会发展，正文在下面，大家都来了。"
    assert [change.rule for change in result.changes] == ["mojibake_cjk"]


def test_a_run_of_invisibles_inside_a_word_goes_whole() -> None:
    """The in-word scan (a class, then its run: the engine skips to the class) takes the run as one."""
    from pipeline.repair import repair_text

    text = "Die Stadt\u00ad\u200cwald-Schule und der Wald\u00adweg sind offen."
    assert repair_text(text).text == "Die Stadtwald-Schule und der Waldweg sind offen."
