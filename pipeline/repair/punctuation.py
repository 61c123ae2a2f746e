"""Full-width punctuation folded to ASCII by a repost, restored in Chinese text.

Mainland and Taiwanese typesetting puts ``，：；！？（）`` between Chinese characters; reposts often
fold them to ASCII (``提出:“深化…”``, ``各级党委(党组)``). An ASCII mark written straight after a Han
character, in a text that is mostly Han, is such a fold: Chinese writers never put a half-width comma
there (narrow spaces a repost adds after it go too); before a digit, only on a page folded wholesale
(see below: ``据统计,2025年`` there, ``日志:279`` on a page with its own full-width commas). Marks
after Latin letters or digits (``1,000``, ``10:30``, ``Li Ming (China)``) stay as they are, and so
do the ``;`` that ends an HTML entity (``&nbsp;新华社``) and the ``?`` of a lost lead byte
(``推?M養``, flagged by :mod:`.damage`).

Brackets after a Han character are restored when they hold only Chinese (``各级党委(党组)``). On a page
folded wholesale, one with no full-width comma and several folded ones (commas, or such brackets), the
brackets were full-width like the rest: there also brackets holding Chinese with spaces, digits or marks
(``(记者 王林 陈晓雨)``, ``(2026—2030年)``), a Latin name (``李明(Li Ming)``), or standing after a space
(which goes with them unless the repost wrote its readings tight); a page with its own full-width commas
wrote those in ASCII itself, though not a colon closing a list's lead-in (``如下:``) nor its items' label
colons (:mod:`.leadins`).
Japanese text keeps its marks.

Runs after the pinyin fixer, so the ASCII brackets of reading annotations are gone by then. Marks
inside tags, scripts and styles are never touched.
"""

from __future__ import annotations

import re
from bisect import bisect

from ..record import Edit
from .common import HAN, HAN_RE, Context, Fix, fix_from_edits, han_count
from .damage import stranded_after
from .folded_lines import folded_lines, folded_lines_dominate
from .leadins import ELEMENT, INLINE, LINE_END, folded_with_lead_ins
from .markup import Markup
from .misaligned import doubtful_mark
from .pinyin import element_start

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
# Narrow spaces a repost puts after a folded mark to imitate a full-width one (区,\u202f记): part of the fold.
_THIN = "\u2009\u200a\u202f\u205f"
_FOLDED = ",:;!?"
# Every mark of _MARK and bracket of _BRACKETS opens with one (the registry's precheck, .triggers).
PUNCTUATION_TRIGGER = f"{_FOLDED}("
# A mark after Han (or a closing Chinese quote or bracket, or an ASCII bracket restored in the same
# pass: 地区),比) and before anything but a space (before a digit only on a page folded wholesale:
# 据统计,2025年; see fix_cjk_punctuation);
# a lost character's U+FFFD after Han or a digit counts as Han before a comma, colon or semicolon (参\ufffd,最终,
# 连得11\ufffd,半场; a "?" after
# it is the lost trail byte's own mark: 更\ufffd?服), and a lost lead byte's "?" after the mark
# (巡查,?l现, checked in code) as what it stands for;
# a mark after a digit, Latin letter or unit only when Han follows ("10:30,李明", "39℃,局地"; not "1,000",
# "10:30");
# a comma or semicolon after an ASCII quote closing Chinese (also as an entity), before Han (资源"用起来",开展: the
# quotes folded too);
# "!" and "?" after Han also at a line's end (wide spaces may trail), ":" and ";" there on a page folded wholesale.
# Each pattern starts at the mark itself (a class the regex engine scans for fast) and looks back:
# a leading lookbehind would be tried at every position of a large page.
_MARK = re.compile(
    f"[{_FOLDED}](?:(?:(?<=[{HAN}”’》」』）)].)|(?<=[{HAN}0-9]\ufffd[,:;])|(?<=[{HAN}0-9]\ufffd\ufffd[,:;]))"
    f"(?=[{_THIN}]*(?:[^\\s,:;!?.]|\\?[\\x40-\\x7e]))"
    f"|(?<=[0-9A-Za-z%℃‰].)(?=[{HAN}“‘《「『])"
    f"|(?<=%[,;])(?=[0-9])"
    f"|(?<=[{HAN}]\"[,;])(?=[{HAN}])|(?<=[{HAN}]&quot;[,;])(?=[{HAN}])"
    f"|(?<=[{HAN}”’》」』）][!?:;])(?=[^\\S\\r\\n]*(?:[\\r\\n<]|$))"
    f"|(?<=>.)(?=[{_THIN}]*[{HAN}]))"
)
_NEWLINE = re.compile("\n")
# A bracket opening a line (（完）, （待续）): restored on a page folded wholesale when it holds Chinese.
_OPENING_RE = re.compile("\\(([^()\\r\\n<>]{1,20})\\)")
_INDENT = " \t\u3000\u2003\u00a0"
# Right after Han (or a lost character's U+FFFD: 总\ufffd(GDP)), or after Han and a space (电 (记者 王林): the
# space goes with the fold unless the repost wrote its readings tight, see Context.spaced_readings), or after a
# sentence's closing mark (。(完)), a mark that is itself a fold (工作:(一)推进…;(二)…) or Latin and digits
# (GDP(国内生产总值)): those only on a page folded wholesale (_restorable). Inline elements may stand inside (a
# farm's anti-copy noise between the letters of a byline: (记者 蒋<font class="x9">p6</font>一帆)).
_BRACKETS = re.compile(f"\\((?:(?<=[{HAN}\ufffd]\\()|(?<=[{HAN}] \\()|(?<=[。！？”」』：；，、:;,A-Za-z0-9%]\\())"
                       f"((?:[^()\\r\\n<>]|{INLINE}){{1,40}})\\)")
_AFTER_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%")
# A unit heading a table column (增长(%)): restored after Han on a page folded wholesale.
_UNITS = frozenset(("%", "‰", "℃"))
_CHINESE_RE = re.compile(f"[{HAN}、，·]{{1,20}}")
_LATIN_RE = re.compile("[A-Za-z]")
_NOT_LATIN = bytes(b for b in range(128) if not chr(b).isalpha())
_NAME_RE = re.compile("[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'-]*")  # with accents and tone marks
_ENTITY_RE = re.compile(r"&#?[0-9A-Za-z]{1,10}$")  # searched up to a ";": is it an entity's end?
_MIN_FOLDED_COMMAS = 3
# A folded page may hold up to one native full-width comma per this many folded ones.
_MAX_NATIVE_SHARE = 4
# Below this share of Han among letters the text is not Chinese prose and nothing is touched.
_MIN_HAN_SHARE = 0.6
_MIN_HAN = 20
# A line of a mixed text counts as Chinese prose with this many Han characters (a short headline has ten).
_MIN_LINE_HAN = 8
# Kana (the middle dot ・ left out: Chinese pages write it in foreign names) above this share of the
# Han count make the text Japanese, whose writers use ASCII marks beside kanji as often as full-width.
_KANA_RE = re.compile("[\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff]")
_MAX_KANA_SHARE = 0.1


def _mostly_han(text: str) -> bool:
    """Han characters are most of the letters in the prose of ``text`` (markup and scripts left out),
    and it is not Japanese.

    On a page's text view this is the prose around its non-ASCII text: a Chinese paragraph inside
    an English page counts as Chinese prose there.
    """
    prose = _visible_sample(text)
    han = han_count(prose)
    latin = latin_count(prose)
    if han < _MIN_HAN or han < _MIN_HAN_SHARE * (han + latin):
        return False
    return len(_KANA_RE.findall(prose)) < _MAX_KANA_SHARE * han


def latin_count(text: str) -> int:
    """The ASCII letters of ``text``, counted by bytes operations in C (a regex collecting them
    costs seven times as much on a page)."""
    return len(text.encode("ascii", "ignore").translate(None, _NOT_LATIN))


def _not_a_mark(text: str, m: re.Match[str]) -> bool:
    """The ";" ending an HTML entity, the "?" a lost lead byte left (展?M養, flagged by .damage; 首个?\ufffd雨,
    its trail byte lost too or read as one U+FFFD), or a mark after a tag other than an inline element
    (hidden noise the strip stage drops) after Han."""
    if text[m.start() - 1] == ">":
        start = element_start(text, m.start())
        return start == m.start() or not HAN_RE.match(text, start - 1)
    if m[0] == ";":
        return _ENTITY_RE.search(text, max(0, m.start() - 12), m.start()) is not None
    return m[0] == "?" and (text[m.end() : m.end() + 1] == "\ufffd" or stranded_after(text, m.start())
                            or doubtful_mark(text, m.start()))


def _restorable(text: str, brackets: list[re.Match[str]], folded: bool) -> list[re.Match[str]]:
    """Brackets holding only Chinese right after Han; on a page folded wholesale also Chinese with
    digits, spaces or marks, Latin names, and brackets after a space or a closing mark (。(完))."""
    if folded:
        return [m for m in brackets if _folded_chinese(_without_lost(text, m)) or (
            text[m.start() - 1] not in _AFTER_LATIN and (_NAME_RE.fullmatch(m[1]) or m[1] in _UNITS))]
    return [m for m in brackets if HAN_RE.match(text, m.start() - 1) and _CHINESE_RE.fullmatch(_without_lost(text, m))]


def _without_lost(text: str, m: re.Match[str]) -> str:
    """What bracket ``m`` holds, without the spots of lost lead bytes (记者 秦?Z川: the "?" and the stranded
    trail byte, a Latin letter that stands for a Han character) and without inline elements and what they
    hold (noise the strip stage drops when hidden; judged without it when shown)."""
    inner, start = m[1], m.start(1)
    spots = [i for i, char in enumerate(inner) if char == "?" and stranded_after(text, start + i)]
    for i in reversed(spots):
        inner = inner[:i] + inner[i + 2 :]
    return ELEMENT.sub("", inner) if "<" in inner else inner


def _folded_chinese(inner: str) -> bool:
    """What a folded bracket holds: Chinese, also with digits, spaces or marks, no Latin (（完）, a
    dateline opening a line: （中央社記者林宜蓁台北9日電）)."""
    return HAN_RE.search(inner) is not None and not _LATIN_RE.search(inner)


def _kept(text: str, m: re.Match[str], folded: bool, closing: set[int]) -> bool:
    """A mark after an ASCII bracket only when that bracket is restored too; before a digit only on a
    page folded wholesale, before a Latin letter only there or on a page not writing that mark full-width
    elsewhere; before a "?" only when it is a lost lead byte's."""
    if text[m.start() - 1] == ")" and m.start() not in closing:
        return False
    if m[0] in ":;" and LINE_END.match(text, m.end()):
        return folded  # a label colon ending a line (or before a tag) is the page's own unless folded
    after = _thin_end(text, m.end())
    if text[after : after + 1] == "?" and not stranded_after(text, after):
        return False  # (a "?" after the mark only as a lost lead byte's: 巡查,?l现)
    if not folded and _ascii_letter(text[after : after + 1]) and FULL_WIDTH[m[0]] in text:
        return False  # (吗?App on a page writing its other ？ full-width: the writer switched to Latin there)
    return folded or not text[after : after + 1].isdigit()


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def fix_cjk_punctuation(text: str, ctx: Context) -> Fix:
    if not HAN_RE.search(text):
        return Fix(text)
    marks = [m for m in _MARK.finditer(text) if not _not_a_mark(text, m)]
    # Folded wholesale: several folded commas and few full-width ones. A page that kept its own
    # full-width commas wrote its other ASCII brackets and label colons itself (2002年(5.02亿人), 日志:279);
    # a few native ones are the repost's own lines around a folded article (免责声明：…，如有侵权…).
    # Brackets holding only Chinese after Han (各级党委(党组)) are folds too, as sure as the commas.
    found = list(_BRACKETS.finditer(text))
    if not (marks or found):
        return Fix(text)  # (most Chinese text: no ASCII mark or bracket to weigh)
    folds = sum(m[0] == "," for m in marks)
    folds += len(_restorable(text, found, False)) if folds and found else 0
    native = text.count("，")
    # (two folded commas are enough when no comma is full-width and other marks are folded too)
    folded = (folds >= _MIN_FOLDED_COMMAS and _MAX_NATIVE_SHARE * native <= folds) or (
        not native and folds >= _MIN_FOLDED_COMMAS - 1 and len(marks) >= _MIN_FOLDED_COMMAS) or (
        folds >= _MIN_FOLDED_COMMAS and folded_lines_dominate(text, marks))
    brackets = _restorable(text, found, folded)
    if folded:
        openers = _OPENING_RE.finditer(text)
        brackets += [m for m in openers if _opens_line(text, m.start()) and _folded_chinese(m[1])]
    breaks = [] if folded else [m.start() for m in _NEWLINE.finditer(text)]
    lines = set() if folded else folded_lines(text, marks, breaks)
    if lines:  # a line folded whole is weighed as a page folded wholesale (the chrome's own commas aside)
        on_lines = [m for m in found if m not in brackets and bisect(breaks, m.start()) in lines]
        brackets += _restorable(text, on_lines, True)
    closing = {m.end() for m in brackets}
    lead_ins = folded_with_lead_ins(text, marks, folds)
    brackets += [m for m in found if m.start() in lead_ins and m not in brackets]  # (a table's under a lead-in)
    marks = [m for m in marks
             if m.start() in lead_ins or _kept(text, m, folded or bisect(breaks, m.start()) in lines, closing)]
    if (marks or brackets) and not _mostly_han(text):
        # a bilingual text (a Chinese paragraph, then its English translation): only the Chinese lines;
        # a short text is too little evidence either way
        long_enough = han_count(_visible_sample(text)) >= _MIN_HAN
        marks, brackets = (_on_han_lines(text, marks), _on_han_lines(text, brackets)) if long_enough else ([], [])
    if not (marks or brackets):
        return Fix(text)
    markup = Markup(text)
    edits = [_mark_edit(text, m) for m in marks if not markup.covers(m.start())]
    for m in brackets:
        if not markup.covers(m.start()):
            spaced = ctx.spaced_readings is True and text[m.start() - 1] == " "
            start = m.start() - (spaced and HAN_RE.match(text, m.start() - 2) is not None)
            edits.append(Edit(start, m.start() + 1, text[start : m.start() + 1], "（"))
            edits.append(Edit(m.end() - 1, m.end(), ")", "）"))
    return fix_from_edits(text, "cjk_punctuation", "ASCII punctuation between Chinese characters "
                          "in Chinese prose (a full-width mark folded by the repost)", edits)


def _on_han_lines(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of ``found``, those on a line that is itself Chinese prose (_mostly_han, with fewer Han)."""
    out = []
    for m in found:
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        prose = _visible_sample(text[start : end if end >= 0 else len(text)])
        han = han_count(prose)
        if han >= _MIN_LINE_HAN and han >= _MIN_HAN_SHARE * (han + latin_count(prose)) and not (
                _KANA_RE.search(prose)):
            out.append(m)
    return out


def _opens_line(text: str, pos: int) -> bool:
    """Only an indent or tags (``<p>``) stand between the line start and ``pos``. Read backwards, so a
    minified page's one long line costs the few tags before ``pos``, not the whole line."""
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    while pos > line_start:
        char = text[pos - 1]
        if char in _INDENT:
            pos -= 1
        elif char != ">":
            return False
        else:
            tag_start = max(text.rfind("<", line_start, pos - 1), text.rfind(">", line_start, pos - 1))
            if tag_start < 0 or text[tag_start] != "<":
                return False
            pos = tag_start
    return True


def _mark_edit(text: str, m: re.Match[str]) -> Edit:
    """The mark made full-width, with the narrow spaces after it (only after Han can there be any)."""
    end = _thin_end(text, m.end())
    return Edit(m.start(), end, text[m.start() : end], FULL_WIDTH[m[0]])


def _thin_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _THIN:
        pos += 1
    return pos


def _visible_sample(text: str) -> str:
    """Text without markup, so a page's ASCII tags and scripts do not outvote its Chinese prose."""
    return re.sub(r"<(script|style)\b.*?</\1>|<[^>]*>", " ", text[:200_000], flags=re.S | re.I)
