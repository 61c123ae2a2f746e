"""Pinyin and zhuyin annotations inserted after characters by repost obfuscators.

``當(dāng)前`` -> ``當前``. An annotation is removed only when pypinyin (all readings, every tone
style) confirms it is a reading of the character right before it, so ``黨委(黨組)``,
``李明(Li Ming)``, ``(AI)`` and ``(2026)`` never match. A word-level annotation (``網絡(wǎng luò)``,
two to four syllables) must read the characters before it one by one, in order. A page that
teaches pronunciation keeps its annotations: lesson vocabulary present and the annotated
characters are not the ones a simplified-to-traditional conversion produced (the obfuscators'
signature). Readings the article gives itself are kept too (:mod:`.kept_readings`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..record import Edit
from .common import HAN, HAN_RE, Context, Fix, fix_from_edits, flag, utf16_high
from .kept_readings import BRACKETS, SPACES, lesson_evidence, own_readings, quoted
from .readings import SYLLABLE_SEP_RE, chars_by_syllable, is_reading, reads_word, segment, toneless

RULE = "pinyin_annotation"

# Tone-marked letters, and the single-storey ɑ and ɡ that pinyin typesetting uses (zhōnɡ ɡuó, ɑ̌).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿɑɡ"
_TONED_CAPS = "ĀÁǍÀĒÉĚÈŌÓǑÒ"  # a capitalised syllable starts with a consonant or a, e, o (Ānhuī, Ōu)
# Tone marks precomposed or decomposed (a + U+0304); a toneless capital only where the reading
# starts a sentence or clause (checked in code: 李(Li) mid-sentence is a name; 南京(Nánjīng) is not).
_SYLLABLE = f"[a-z{_TONED}][a-z{_TONED}\u0300-\u036f:]{{0,8}}[1-5]?"
# A first token may run a word's syllables together (南京(Nánjīng), 管网（guǎnwǎng）); a proper
# noun's next syllables are capitalised too (张伟（Zhāng Wěi）).
_CAP_SYLLABLE = f"[A-Za-z{_TONED}{_TONED_CAPS}][a-z{_TONED}\u0300-\u036f:1-5]{{0,20}}"
_NEXT_SYLLABLE = f"[A-Za-z{_TONED}{_TONED_CAPS}][a-z{_TONED}\u0300-\u036f:]{{0,8}}[1-5]?"
# The neutral tone's dot stands before the syllable in standard zhuyin (˙ㄇㄣ), after it in pypinyin's.
_ZHUYIN = "˙?[\u3105-\u312f\u31a0-\u31bf]{1,4}[ˊˇˋ˙]?"
_INLINE_TAGS = "span|font|i|b|em|u|s|small|a"


def inline_element(name: str) -> str:
    """An inline element holding no Han and no tag (anti-copy noise), its tag captured as ``name``."""
    return f"(?i:<(?P<{name}>{_INLINE_TAGS})\\b[^<>]*>[^<>{HAN}]*</(?P={name})\\s*>)"


# The annotation alone (one syllable, or up to four for a word, padded with a space or not: ( lǜ ));
# the characters before it are checked in code. Starting with the bracket class lets the regex
# engine skip ordinary text fast.
_READING = f"[ \u00a0]?(?P<syl>{_CAP_SYLLABLE}(?:[ '’]{_NEXT_SYLLABLE}){{0,3}}|{_ZHUYIN})[ \u00a0]?"
ANNOTATION_RE = re.compile(f"(?P<open>[(（【\\[]){_READING}(?P<close>[)）】\\]])")
_READING_RE = re.compile(_READING)
# Brackets with an inline element hidden inside, anywhere in the reading
# (龍(<span style="display:none">ｗｗｗ</span>lóng), 爲(w<span …>…</span>èi)): the reading goes, the
# element stays for the strip stage to drop and record.
_INSIDE_RE = re.compile(
    f"(?P<open>[(（【\\[])(?P<inner>[^()（）【】\\[\\]<>\\n]{{0,24}}(?P<element>{inline_element('tag')})"
    "[^()（）【】\\[\\]<>\\n]{0,24})(?P<close>[)）】\\]])"
)
_ELEMENT_BEFORE_RE = re.compile(f"{inline_element('tag')}$")  # an inline element ending where the search ends
_ELEMENT_MAX = 300
_OPENING_BEFORE_RE = re.compile(f"(?i:<(?P<tag>{_INLINE_TAGS})\\b[^<>]*>)$")
_HAN_WORD_RE = re.compile(f"[{HAN}]+")
_ZHUYIN_PRESENT_RE = re.compile("[\u3105-\u312f]")
_BARE_ZHUYIN_RE = re.compile(f"(?P<bare>{_ZHUYIN})(?![\u3105-\u312f])")
# Nothing to do unless a Han character is followed by an opening bracket (maybe after a space) or zhuyin,
# or a tag opens a <rt> or an inline element holding a bracket. Found at the bracket or the tag, looking
# back for the Han character: a pattern starting at Han would be tried at every character of a Chinese page.
_OPENERS = "(（【\\[\u3105-\u312f"
PINYIN_TRIGGER = f"{_OPENERS}<"  # (the registry's precheck, .triggers)
_PRECHECK_RE = re.compile(
    f"[{PINYIN_TRIGGER}](?:(?<=[{HAN}][{_OPENERS}])|(?<=[{HAN}][ \u00a0\u3000][{_OPENERS}])|(?<=<)(?i:rt)[\\s>]"
    f"|(?<=[{HAN}]<)(?i:{_INLINE_TAGS})\\b[^<>]*>[(（【\\[])"
)
# Where an obfuscator capitalises a reading: at the start of a sentence or clause.
_SENTENCE_START = "。！？!?，,、；;：:\n>" + SPACES
# <ruby> around one character or a word (up to four), its base in <rb> or not, tags in any case, with
# attributes, and the reading padded with spaces or not.
_RUBY_READING = f"{_CAP_SYLLABLE}(?:[ '’]{_NEXT_SYLLABLE}){{0,3}}|{_ZHUYIN}(?: {_ZHUYIN}){{0,3}}"
RUBY_RE = re.compile(
    f"(?i:<ruby\\b[^<>]*>)(?:(?i:<rb>))?(?P<char>[{HAN}]{{1,4}})(?:(?i:</rb>))?(?:(?i:<rp>)[(（](?i:</rp>))?"
    f"(?i:<rt\\b[^<>]*>)\\s*(?P<syl>{_RUBY_READING})\\s*(?i:</rt>)(?:(?i:<rp>)[)）](?i:</rp>))?(?i:</ruby>)"
)
_RT_RE = re.compile("(?i:<rt)[\\s>]")
_MAX_WORD = 4  # characters a word-level annotation may read
# A one-syllable reading whose tone-marked vowel a lossy copy turned into "?" or U+FFFD (網(w�ng)):
# removed on a page whose other readings are confirmed, when some vowel there makes it a reading.
_DAMAGED_RE = re.compile(f"(?<=[{HAN}])[(（](?P<syl>[a-z]{{0,5}}[?\ufffd][a-z]{{0,5}})[)）]")
_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜaeiouü"
_MIN_CONFIRMED = 3
# Lost bytes (a U+FFFD run, 锟斤拷 or 嚙踝蕭 for UTF-8's U+FFFD read as GBK or Big5) right before a bracket: the
# character the repost glossed is gone, its reading survived (直播\ufffd(mài)橙子, 锟斤拷(zhěn)区). The character being
# unknown, pypinyin cannot confirm the reading; on a page whose other readings are confirmed, brackets
# holding one to four syllables that ideographs read are the repost's (the loss stays, flagged).
# A run of lost bytes written to open with its first characters as one class, which re skips to (written
# as alternatives, \ufffd+|(?:[锟錕]斤拷)+, it was tried at every character of a page: 9x slower).
_LOSS_TRIO = "[锟錕]斤拷|[嚙啮]踝[蕭萧]"
LOSS_RUN = f"[\ufffd锟錕嚙啮](?:(?<=\ufffd)\ufffd*|(?:(?<=[锟錕])斤拷|(?<=[嚙啮])踝[蕭萧])(?:{_LOSS_TRIO})*)"
_AFTER_LOSS_RE = re.compile(f"{LOSS_RUN}(?=[(（【\\[])")
# A lost lead byte's spot left flagged ("?" + its trail byte) with the lost character's own reading after it
# (水务集团?t【le】解到): after a Han character or its confirmed gloss, where .damage finds such spots.
_AFTER_LEAD_RE = re.compile("\\?[\\x40-\\x7e](?=[(（【\\[])")


@dataclass(slots=True, frozen=True)
class Annotation:
    start: int  # of the annotation (after the character, a space before it included), or of the <ruby>
    end: int
    char: str  # the annotated character, or the word of a word-level annotation
    syllable: str
    ruby: bool = False
    kept: str = ""  # inline elements inside the brackets, left for the strip stage

    @property
    def replacement(self) -> str:
        """What the annotation leaves: the character of a <ruby>, else the elements it held."""
        return self.char if self.ruby else self.kept


@functools.lru_cache(maxsize=4)
def find_annotations(text: str) -> tuple[Annotation, ...]:
    """Every annotation confirmed as a reading of the character (or word) before it.

    Cached: the script decision and the pinyin fixer read the same text one after the other.
    """
    if not _PRECHECK_RE.search(text):
        return ()
    found: list[Annotation] = []
    # (match, reading, what the annotation leaves)
    matches = [(m, m["syl"], "") for m in ANNOTATION_RE.finditer(text)]
    if 0x31 in utf16_high(text) and _ZHUYIN_PRESENT_RE.search(text):  # (zhuyin is U+3105-U+312F: a C test first)
        matches += [(m, m["bare"], "") for m in _BARE_ZHUYIN_RE.finditer(text)]
    if "<" in text:
        matches += _with_element_inside(text)
    for m, reading, kept in matches:
        confirmed = _confirmed(text, m, reading)
        if confirmed is not None:
            end = _padded_end(text, confirmed[0], m.end())
            found.append(Annotation(confirmed[0], end, confirmed[1], reading, kept=kept))
    if _RT_RE.search(text):
        for m in RUBY_RE.finditer(text):
            if reads_word(m["char"], m["syl"], text[m.end() : m.end() + 1]):
                found.append(Annotation(m.start(), m.end(), m["char"], m["syl"], ruby=True))
    if len(found) >= _MIN_CONFIRMED and ("?" in text or "\ufffd" in text):
        found += _damaged(text)
    return tuple(sorted(found, key=lambda a: a.start))


def _damaged(text: str) -> list[Annotation]:
    """Readings that lost their tone-marked vowel (網(w?ng)), confirmed with the vowel put back."""
    found = []
    for m in _DAMAGED_RE.finditer(text):
        char, syl = text[m.start() - 1], m["syl"]
        after = text[m.end() : m.end() + 1]
        if any(is_reading(char, re.sub("[?\ufffd]", v, syl), after) for v in _VOWELS):
            found.append(Annotation(m.start(), m.end(), char, syl))
    return found


def _after_loss(text: str, confirmed: tuple[Annotation, ...]) -> list[Annotation]:
    """Readings right after lost bytes or a lost lead byte's spot (:data:`_AFTER_LOSS_RE`, :data:`_AFTER_LEAD_RE`),
    on a page with enough ``confirmed`` readings; pinyin only (zhuyin has no toneless spelling to check)."""
    if len(confirmed) < _MIN_CONFIRMED or not ("\ufffd" in text or "斤拷" in text or "?" in text):
        return []
    known = chars_by_syllable()
    taken = {a.start for a in confirmed}
    glossed = {a.end for a in confirmed}
    found = []
    for loss in [*_AFTER_LOSS_RE.finditer(text), *(m for m in _AFTER_LEAD_RE.finditer(text) if m.start() in glossed
                                                   or (m.start() and HAN_RE.match(text[m.start() - 1])))]:
        m = ANNOTATION_RE.match(text, loss.end())
        if m is None or not paired(m) or m.start() in taken:
            continue
        if all(toneless(s) in known for s in SYLLABLE_SEP_RE.split(m["syl"])):
            found.append(Annotation(m.start(), m.end(), loss[0], m["syl"]))
    return found


def _confirmed(text: str, m: re.Match[str], reading: str) -> tuple[int, str] | None:
    """Where the annotation ``m`` starts and the word it reads, when pypinyin confirms ``reading``:
    syllable by syllable, or, its syllables run together (Nánjīng), as the readings of two to four
    characters one after another."""
    syllables = SYLLABLE_SEP_RE.split(reading)
    after = text[m.end()] if m.end() < len(text) and HAN_RE.match(text[m.end()]) else ""
    for size in range(len(syllables), _MAX_WORD + 1):
        spot = _annotated(text, m, size, syllables)
        if spot is None:
            return None
        start, cut = spot
        word = text[start : start + size]
        following = [*word[1:], after]  # a phrase conversion may speak (瞭(le)解 was 了解)
        if size == len(syllables):
            if all(is_reading(c, y, f) for c, y, f in zip(word, syllables, following, strict=True)):
                return cut, word
        elif segment(word, "".join(syllables), following) is not None:
            return cut, word
    return None


def _padded_end(text: str, start: int, end: int) -> int:
    """Where an annotation ends: after the space that pads it on the right too when a space pads it
    on the left (計 (jì) 算 -> 計算; 開放 (fàng)  首批 keeps the article's own space)."""
    padded = text[start] in SPACES and end < len(text) and text[end] == text[start]
    return end + 1 if padded else end


def _with_element_inside(text: str) -> list[tuple[re.Match[str], str, str]]:
    """Brackets holding a reading once the inline element inside them is left out, with the reading
    and the element."""
    found = []
    for m in _INSIDE_RE.finditer(text):
        inner, element = m["inner"], m["element"]
        reading = _READING_RE.fullmatch(inner.replace(element, "", 1))
        if reading:
            found.append((m, reading["syl"], element))
    return found


def paired(m: re.Match[str]) -> bool:
    """The brackets of an :data:`ANNOTATION_RE` match close as they open."""
    return BRACKETS[m["open"]] == m["close"]


def _annotated(text: str, m: re.Match[str], size: int, syllables: list[str]) -> tuple[int, int] | None:
    """Where the ``size`` Han characters annotated by ``m`` start, and where the annotation starts;
    None if they are not there.

    A space may stand before the bracket (當 (dāng)): the annotation then starts at the space and
    takes it along. An inline element without Han may stand between the characters and the bracket
    (張<span style="display:none">ｗｗｗ</span>(zhāng): anti-copy noise, the strip stage's to drop), or
    hold the annotation alone (網<span class="py">(wǎng)</span>: the reading goes, the element stays).
    A bracket must close as it opened, and a capitalised reading without tones must start a
    sentence or clause and capitalise only its first syllable (李明(Li Ming) is a name).
    """
    bracketed = m.groupdict().get("open")
    if bracketed and not paired(m):
        return None
    cut = m.start() - 1 if bracketed and m.start() and text[m.start() - 1] in SPACES else m.start()
    end = element_start(text, cut)
    if end == cut and (wrapper := _wrapper(text, cut, m.end())) is not None:
        end = wrapper
    start = end - size
    if start < 0 or not _HAN_WORD_RE.fullmatch(text, start, end):
        return None
    if _name(syllables) and ((len(syllables) > 1 and syllables[1][0].isupper()) or (
            start and text[start - 1] not in _SENTENCE_START)):
        return None
    return start, cut


def _wrapper(text: str, start: int, end: int) -> int | None:
    """Where the inline element opens that holds nothing but the annotation ``text[start:end]``
    (網<span class="py">(wǎng)</span>); None when there is none."""
    if not (start and text[start - 1] == ">"):
        return None
    opening = _OPENING_BEFORE_RE.search(text, max(0, start - _ELEMENT_MAX), start)
    return opening.start() if opening and text.startswith(f"</{opening['tag']}", end) else None


def _name(syllables: list[str]) -> bool:
    """Written like a romanised name: capitalised, no tone marks or numbers (Li Ming, Beijing)."""
    first = syllables[0]
    return first[0].isupper() and all(s.isascii() and s.isalpha() for s in syllables)


def element_start(text: str, end: int) -> int:
    """Where an inline element holding no Han and no tag (anti-copy noise) ending at ``end`` starts;
    ``end`` itself when there is none."""
    if end and text[end - 1] == ">" and (element := _ELEMENT_BEFORE_RE.search(text, max(0, end - _ELEMENT_MAX), end)):
        return element.start()
    return end


def fix_pinyin(text: str, ctx: Context) -> Fix:
    annotations = find_annotations(text)
    if not annotations:
        return Fix(text)
    converting = ctx.script_target is not None
    lesson = lesson_evidence(text, annotations, converting)
    if lesson:
        first = annotations[0]
        return Fix(text, flags=[flag(RULE, f"kept {len(annotations)}: {lesson}", text, first.start, first.end)])
    own = own_readings(text, annotations, converting)
    kept = {a.start for a in own}
    edits = [
        Edit(a.start, a.end, text[a.start : a.end], a.replacement)
        for a in annotations
        if a.start not in kept and (a.ruby or not quoted(text, a))
    ]
    after_loss = [a for a in _after_loss(text, annotations) if not quoted(text, a)]
    edits += [Edit(a.start, a.end, text[a.start : a.end], "") for a in after_loss]
    edits.sort(key=lambda e: e.start)
    spaced = sum(text[a.start] in SPACES for a in annotations if not a.ruby)
    ctx.spaced_readings = 2 * spaced > len(annotations)
    ctx.readings_removed = len(edits)
    chars = "".join(sorted({a.char for a in annotations}))[:12]
    evidence = f"{len(edits)} readings confirmed by pypinyin after {chars}"
    fix = fix_from_edits(text, RULE, evidence, edits, action="remove")
    if own:
        why = f"kept {len(own)} reading(s) the article gives in its own brackets"
        fix.flags.append(flag(RULE, why, text, own[0].start, own[0].end))
    return fix
