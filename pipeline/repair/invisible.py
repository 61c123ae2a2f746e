"""Invisible and look-alike characters that reposters use to defeat copy detection.

- ``zero_width``: U+200B, U+2060, U+FEFF anywhere. Characters that carry meaning in some script
  (ZWNJ/ZWJ in Persian, Indic and emoji sequences; LRM/RLM and the other bidi controls in Hebrew
  and Arabic; U+180E in Mongolian; U+034F in Hebrew; the invisible math operators U+2061-2064; the
  soft hyphen; Hangul fillers; emoji presentation selectors) only
  next to a CJK character, on either side: CJK text has no use for them, and obfuscators put
  them after a character, before an ASCII bracket or space as often as before another character.
- ``space_indent``: NBSP, en/em/thin and ideographic spaces used as a paragraph indent at a line start
  (or right after a block tag in HTML) are removed, and so are thin and narrow spaces between two
  ideographs (供水\u2009保障); one typographic space between two letters of an alphabet (Calder\u2002and)
  and an inner NBSP become a plain space, unless
  it follows a UTF-8 lead byte read as latin-1 or its line still looks like mojibake (an NBSP
  is a byte of KOI8-R/cp1251 mojibake: kept for a later, better repair).
- ``radical_lookalike``: Kangxi radicals and CJK radical supplement (⼈⽇) next to CJK text or a
  digit (6⽉2⽇) become the ideographs they copy (人日), by NFKC on just those characters.
- ``fullwidth_ascii``: full-width digits and Latin letters (７９９９元, Ｆｏｌｄ) become ASCII, but only
  where the widening shows itself random: a full-width one glued to a half-width one in the same
  number or word (１.２%, Fｏld), or full-width letters in a pinyin reading ((ｇｕó)). Texts that
  write numbers full-width throughout (２０２６年, Japanese ３月) keep them.
None of them touches ASCII, so markup is safe.
"""

from __future__ import annotations

import re
import unicodedata

from ..record import Edit, apply_edits
from .byline_spaces import READING_RE
from .common import HAN, HAN_RE, Context, Fix, fix_from_edits, holds_any, opencc_converter
from .script import count_script
from .suspects import is_suspect

# (kana too: Japanese has no more use for a ZWJ between two kana than Chinese between two ideographs)
_CJK_SIDE = f"{HAN}\u3000-\u30ff\uff00-\uffef\u2e80-\u2fdf"
_ANYWHERE = "\u200b\u2060\ufeff"
# Bidi controls (U+061C, U+202A-U+202E, U+2066-U+2069), Hangul fillers (U+115F, U+1160, U+3164) and emoji
# presentation selectors (U+FE0E, U+FE0F) have no use beside CJK text either. (Tag characters, U+E0000
# up, are left out: an astral range in this class slows the scan of every page by half.)
_BESIDE_CJK = ("\u200c-\u200f\u2061-\u2064\u00ad\u034f\u180e"
               "\u061c\u202a-\u202e\u2066-\u2069\u115f\u1160\u3164\ufe0e\ufe0f")
INVISIBLES = _ANYWHERE + _BESIDE_CJK
# A run of invisibles is judged whole: once the removable ones go, the rest must not become
# removable (the result is a fixed point).
_INVISIBLE_RUN_RE = re.compile(f"[{_ANYWHERE}{_BESIDE_CJK}][{_ANYWHERE}{_BESIDE_CJK}]*")
_ANYWHERE_RE = re.compile(f"[{_ANYWHERE}]")
_CJK_SIDE_RE = re.compile(f"[{_CJK_SIDE}]")
# A lost character's mark: U+FFFD, or a lost lead byte's "?" before its stranded trail byte.
_LOST_MARK_RE = re.compile("\ufffd|\\?[\x40-\x7e]")
INDENT_CHARS = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACES_RE = re.compile(f"[{INDENT_CHARS}][{INDENT_CHARS}]*")
_BLOCK_TAG_RE = re.compile(r"<(?:p|div|br|li|td|section|article|blockquote)\b[^<>]*>$", re.I)
# An NBSP right after a UTF-8 lead byte read as latin-1 (Ã, Â, â...) may be part of mojibake
# (ftfy's restore_byte_a0 needs it), so it is left for the mojibake fixers; after a three-byte lead
# (à-ï) only when no plain letter, digit, space or NBSP follows (mutirão\u00a0por is Portuguese). French
# typography's NBSP inside « » and before ; : ! ? is the writer's: kept.
# A "?" after Han (or its reading's bracket) and before an ASCII character is no French question mark but a
# lost lead byte's (记者\u00a0?R闻笛, 記者(zhě)\u00a0?R聞笛).
_INNER_NBSP_RE = re.compile("(?<![\u00c2-\u00df\u00ab])(?:(?<![\u00e0-\u00ef])|(?=\u00a0[A-Za-z0-9 \u00a0]))"
                            f"\u00a0(?![\u00bb;:!]|\\?(?![\x40-\x7e])|(?<![{HAN})）】]\u00a0)\\?)")
_RUBY_OPEN_RE = re.compile("<ruby[\\s>]", re.I)
_AFTER_READING_RE = re.compile(f"[{HAN}]{READING_RE.pattern}$")
_SPACE_PRECHECK = re.compile(f"[{INDENT_CHARS}]")
# One typographic space (en, em, third to sixth of an em, thin, hair, narrow, medium) between two letters of an
# alphabet (town\u202fvoted, Calder\u2002and, Hangul's 상인\u2009점포: Korean spaces its words too): a word space
# an obfuscator swapped; French puts its narrow NBSP beside marks (« », ; : ! ?), and digit groups (10\u202f000,
# 10\u2007000: a figure space is for digits) stay.
_LETTERS = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\uac00-\ud7a3"
_NARROW_BETWEEN_LETTERS_RE = re.compile(f"(?<=[{_LETTERS}])[\u2002-\u2006\u2008-\u200a\u202f\u205f](?=[{_LETTERS}])")
# Narrow spaces between two ideographs (or before a reading's bracket, or a clause mark, full-width or
# folded: 门诊\u2009,接诊): Chinese is written without spaces, and no writer types these there (NBSP, em
# and ideographic spaces may be a dateline's).
_NARROW_INSIDE_RE = re.compile(f"(?<=[{HAN}])[\u2004-\u200a\u202f\u205f]+(?=[{HAN}(（【，。；：、,;:])")
# Between CJK characters or digits, or before a reading's bracket (動⾞(chē)組: the gloss goes later) or an
# enumeration comma (⼀、加强: a list item's number), after a unit's slash (微克/⽴⽅⽶), or after a reading
# and before a Chinese mark (票價(jià)⾼、); one space between it and the ideograph is copy-detection noise too
# (“⾼\u202f黎, 加\u2002⼤: the odd-space fixer judges it later).
_SPACE = "[ \u00a0\u2002-\u200a\u202f\u3000]"
_RADICAL_RE = re.compile(f"(?<=[{HAN}0-9])[\u2e80-\u2fdf]+|(?<=[{HAN}0-9]/)[\u2e80-\u2fdf]+"
                         f"|(?<=[{HAN}]{_SPACE})[\u2e80-\u2fdf]+|[\u2e80-\u2fdf]+(?={_SPACE}?[{HAN}])"
                         f"|[\u2e80-\u2fdf]+(?=[{HAN}0-9(（【、])"
                         f"|(?<=[)）】])[\u2e80-\u2fdf]+(?=[、，。；：！？,;:!?])")
RADICALS = "\u2e80-\u2fdf"
_RADICAL_PRECHECK = re.compile(f"[{RADICALS}]")
FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_FULLWIDTH_RE = re.compile(f"[{FULLWIDTH_ALNUM}][{FULLWIDTH_ALNUM}]*")
_HALF_WIDTH = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.%")
# A reading in brackets, full-width letters among its tone-marked ones.
_WIDE_READING_RE = re.compile(
    f"[(（【][{FULLWIDTH_ALNUM}āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）】]"
)
_KANA_RE = re.compile("[\u3040-\u30ff]")


def fix_zero_width(text: str, ctx: Context) -> Fix:
    if not ctx.search(_INVISIBLE_RUN_RE, text):  # non-ASCII; a search finds nothing faster than finditer
        return Fix(text)
    edits = []
    for m in ctx.finditer(_INVISIBLE_RUN_RE, text):
        beside_cjk = ((m.start() and _CJK_SIDE_RE.match(text, m.start() - 1)) or _CJK_SIDE_RE.match(text, m.end())
                      or _beside_ruby(text, m))
        kept = "" if beside_cjk else _ANYWHERE_RE.sub("", m[0])
        if kept != m[0]:
            edits.append(Edit(m.start(), m.end(), m[0], kept))
            between_han = m.start() and HAN_RE.match(text, m.start() - 1) and HAN_RE.match(text, m.end())
            ctx.invisibles_between_han += bool(between_han)
    names = sorted({f"U+{ord(c):04X}" for e in edits for c in e.old if c not in e.new})
    return fix_from_edits(text, "zero_width", "invisible " + ",".join(names[:4]), edits, "remove")


IN_WORD = "\u00ad\u200c\u200d"
_IN_WORD_RE = re.compile(f"[{IN_WORD}][{IN_WORD}]*")  # [x][x]*, not [x]+ (see .common)


def fix_in_word(text: str, ctx: Context) -> Fix:
    """Soft hyphens, ZWNJ and ZWJ between two letters of an alphabet that has no use for them (Latin,
    Greek, Cyrillic, Hangul syllables: Stadt\u00adwald, pa\u200cnadería, 시장\u200c에): a reposter's, or a
    hyphenation hint that shows nothing. Run after the encoding repairs (the soft hyphen is a byte of cp1251
    mojibake: Р\u00ad is Э), and never in a line that still looks like mojibake (a lossy one left flagged:
    êµ\u00adì), nor a soft hyphen after a UTF-8 lead byte read as cp1252 (Ã\u00ad is the mojibake of í;
    windows-1252 has no ZWNJ or ZWJ, and ß leads only NKo: Fuß\u00adgänger is German)."""
    if not holds_any(text, IN_WORD):
        return Fix(text)
    edits = []
    suspect_line = _SuspectLines(text)
    for m in ctx.finditer(_IN_WORD_RE, text, 1):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before.isalpha() and after.isalpha() and _joinless(before) and _joinless(after) and not (
                "\u00c2" <= before < "\u00df" and "\u00ad" in m[0]) and not suspect_line(m.start()):
            edits.append(Edit(m.start(), m.end(), m[0], ""))
    return fix_from_edits(text, "invisible_in_word",
                          "soft hyphen or ZWNJ/ZWJ inside a Latin, Greek, Cyrillic or Hangul word", edits, "remove")


def _joinless(letter: str) -> bool:
    """A letter of a script that joins nothing (Latin, Greek, Cyrillic, a precomposed Hangul syllable)."""
    return letter < "\u0530" or "\uac00" <= letter <= "\ud7a3"


def _is_indent(text: str, start: int) -> bool:
    """Spaces at a line start or right after an opening block tag or a line break (``<p class=x>``)."""
    if start == 0 or text[start - 1] == "\n":
        return True
    if text[start - 1] != ">":
        return False
    tag = _BLOCK_TAG_RE.search(text, max(0, start - 200), start)
    return tag is not None


def _between_cjk(text: str, m: re.Match[str]) -> bool:
    """The run ``m`` stands between CJK characters (a reading's bracket may close before it: 電(diàn)\u00a0江;
    a Chinese closing quote: “一窗通办”\u00a0群众; a lost character: （记\ufffd\u00a0苏映雪）), or before a lost
    character's mark (记者\u00a0?R闻笛, 校园\u00a0\ufffd场): latin-1 or cp1251 mojibake, whose byte an NBSP may be,
    puts none there. A line of s2t output is suspect for its converter forms (爲, 羣, 綫 are rare ideographs), not
    for mojibake."""
    before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 2]
    return bool(before) and (_CJK_SIDE_RE.match(before) is not None or before in ")）】”’\ufffd") and (
        _CJK_SIDE_RE.match(after) is not None or _LOST_MARK_RE.match(after) is not None)


def _beside_reading(text: str, m: re.Match[str]) -> bool:
    """The run of spaces ``m`` follows a reading after an ideograph (院(yuàn), ``</ruby>``) or precedes a ``<ruby>``."""
    return _beside_ruby(text, m) or _AFTER_READING_RE.search(text[max(0, m.start() - 12) : m.start()]) is not None


def _beside_ruby(text: str, m: re.Match[str]) -> bool:
    """The run ``m`` closes up to a ruby element (``</ruby>\u200c<ruby>``): what it stands beside is an ideograph
    with its reading, as CJK a neighbour as the ideograph alone."""
    before = text[max(0, m.start() - 7) : m.start()]
    return _RUBY_OPEN_RE.match(text, m.end()) is not None or before.lower() == "</ruby>"


def _narrow_between_letters(text: str, m: re.Match[str]) -> bool:
    """The run of spaces ``m`` is one typographic space (not NBSP nor a figure space) between two letters."""
    return m.end() - m.start() == 1 and _NARROW_BETWEEN_LETTERS_RE.match(text, m.start()) is not None


def _narrow_inside(text: str, m: re.Match[str]) -> bool:
    """The run of spaces ``m`` is all narrow, between ideographs (a lookahead needs the text after
    the run: a match bounded at its end could not see it)."""
    narrow = _NARROW_INSIDE_RE.match(text, m.start())
    return narrow is not None and narrow.end() == m.end()


class _SuspectLines:
    """Does the text around a position still look like mojibake? Its line is judged once, asked in text
    order (a page's script element is one long line with hundreds of NBSPs); in a suspect line, the few
    characters either side of the position are: an NBSP or a soft hyphen that is a byte of mojibake stands
    among the run's other odd characters, where one far from them (a Spanish «¿ earlier in the line, a
    homoglyph three words away) is the page's own."""

    __slots__ = ("_end", "_start", "_text", "_verdict")

    def __init__(self, text: str) -> None:
        self._text = text
        self._start = 0  # the start of the line last judged
        self._end = -1  # and its end
        self._verdict = False

    def __call__(self, pos: int) -> bool:
        if pos > self._end:
            text = self._text
            end = text.find("\n", pos)
            self._end = end if end >= 0 else len(text)
            self._start = text.rfind("\n", 0, pos) + 1
            self._verdict = _suspect(text[self._start : self._end])
        if not self._verdict:
            return False
        return _suspect(self._text[max(self._start, pos - _NEAR) : min(self._end, pos + _NEAR + 1)])


_NEAR = 8  # characters either side of a space or soft hyphen that tell whether it is a byte of mojibake


def _suspect(text: str) -> bool:
    """``text`` looks like mojibake, judged without its indents, NBSPs and soft hyphens: one before a capital
    (de\u00a0Água) or inside a word (Stadt\u00adwald) reads like a byte of mojibake."""
    return is_suspect(text.strip(INDENT_CHARS).replace("\u00a0", " ").replace("\u00ad", ""))


def fix_space_indent(text: str, ctx: Context) -> Fix:
    """Before the pinyin fixer: an NBSP beside a reading (院(yuàn)\u00a0法, ``</ruby>\u00a0法``) is left as it is,
    for the odd-space fixer to judge once the reading is gone and it stands between two ideographs."""
    return _space_indent(text, ctx, readings_read=False)


def fix_space_indent_after_readings(text: str, ctx: Context) -> Fix:
    return _space_indent(text, ctx, readings_read=True)


def _space_indent(text: str, ctx: Context, readings_read: bool) -> Fix:
    if not ctx.search(_SPACE_PRECHECK, text):  # the spaces are non-ASCII
        return Fix(text)
    edits = []
    suspect_line = _SuspectLines(text)
    for m in ctx.finditer(_SPACES_RE, text):
        if _is_indent(text, m.start()) or _narrow_inside(text, m):
            edits.append(Edit(m.start(), m.end(), m[0], ""))
        elif not readings_read and _beside_reading(text, m):
            continue
        elif "\u00a0" in m[0] or _narrow_between_letters(text, m):
            # (the line is judged only for a run with something to change: an NBSP, or one narrow space)
            if suspect_line(m.start()) and not _between_cjk(text, m):
                continue
            # (its lookahead reads two past the run; an NBSP there is another run's)
            inner = _INNER_NBSP_RE.finditer(text, m.start(), m.end() + 2)
            edits.extend(Edit(n.start(), n.end(), n[0], " ") for n in inner if n.start() < m.end())
            if _narrow_between_letters(text, m):
                edits.append(Edit(m.start(), m.end(), m[0], " "))
    evidence = ("space indents at line starts; narrow spaces inside Chinese text; inner NBSP and typographic spaces "
                "between letters to space")
    return fix_from_edits(text, "space_indent", evidence, edits)


def fix_radicals(text: str, ctx: Context) -> Fix:
    if not _RADICAL_PRECHECK.search(text):
        return Fix(text)
    # Kangxi radicals look like traditional characters (⾞ is 車); in simplified text the obfuscator
    # hid the simplified one (车).
    simplified = count_script(text).script == "simplified"
    to_script = opencc_converter("t2s").convert if simplified else str
    # A look-alike whose only CJK neighbour is another one (⼈ ⼈（) is one once that is read: passes run
    # until none is left, while each keeps the text's length (so the edits stay on the text's places).
    edits: list[Edit] = []
    current = text
    while found := [Edit(m.start(), m.end(), m[0], normal) for m in _RADICAL_RE.finditer(current)
                    if (normal := to_script(unicodedata.normalize("NFKC", m[0]))) != m[0]]:
        edits.extend(found)
        if any(len(edit.new) != len(edit.old) for edit in found):
            break
        current = apply_edits(current, tuple(found))
    edits.sort(key=lambda edit: edit.start)
    evidence = "radical look-alike between CJK chars" + (", in simplified text" if simplified else "")
    return fix_from_edits(text, "radical_lookalike", evidence, edits)


def fix_fullwidth(text: str, ctx: Context) -> Fix:
    runs = list(_FULLWIDTH_RE.finditer(text)) if _FULLWIDTH_RE.search(text) else []
    widened = next((m for m in runs if _widened_at_random(text, m)), None)
    if widened is None or _KANA_RE.search(text):
        return Fix(text)
    edits = [Edit(m.start(), m.end(), m[0], unicodedata.normalize("NFKC", m[0])) for m in runs]
    return fix_from_edits(text, "fullwidth_ascii", f"full-width letters and digits widened at random ({widened[0]!r})",
                          edits)


def _widened_at_random(text: str, run: re.Match[str]) -> bool:
    """A run of full-width letters or digits glued to a half-width one, or inside a reading's brackets."""
    start, end = run.span()
    if text[start - 1 : start] in _HALF_WIDTH or text[end : end + 1] in _HALF_WIDTH:
        return True
    opening = max(text.rfind(b, max(0, start - 8), start) for b in "(（【")
    return opening >= 0 and _WIDE_READING_RE.match(text, opening) is not None
