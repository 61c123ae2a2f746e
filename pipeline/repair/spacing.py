"""Spaces sprinkled between ideographs mid-sentence as copy-detection noise (``李\u00a0秀兰``, ``工\u3000程``).

Chinese is written without spaces, but a writer does put some between ideographs: after a
dateline (``新华社北京2月13日电 记者…``), between the names of a byline (``（记者 王林 陈晓雨）``),
in a headline (``长江中游航道水位回升 货轮恢复满载通行``), in lists and poems. So one space proves
nothing; the page must show the pattern. A space is a candidate only inside a body sentence (a
line or text run with sentence punctuation, long enough not to be a headline), never right after
a dateline's 电/讯, never in a clause naming a reporter unless it splits a very common word or leaves a lone
character of a name (``记者从省统 计局``, ``（记者 邵 明远）``). The candidates are removed only when there are many of
them, on several lines, and enough of them split a word (jieba's two-character words: a writer's
space falls between words, an obfuscator's anywhere; an NBSP, en, em or ideographic space before a
reading, a mark or a digit counts as such). Fewer, or too few inside words: flagged, unless the page
carries the obfuscator's readings (pinyin after characters) or its narrow spaces, invisibles or hidden
noise elements (.hidden_noise) between ideographs (no writer's): there its NBSP, en, em and ideographic
spaces go however few they are, and spaces cutting a name (a short repost shows few); with many but too
few inside words, its ASCII spaces too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Edit
from .byline_spaces import CLAUSE_MARKS, READING_RE, SPACES, in_byline, in_unspaced_byline, splits_name, splits_role
from .common import HAN, HAN_RE, SPACE_REFERENCE, Context, Fix, fix_from_edits, flag, han_count
from .damage import stranded_after
from .leadins import ELEMENT, closes_lead_in
from .sprinkled import drawn, obfuscated
from .words import is_common_word, is_word

RULE = "odd_space"

# One space (ASCII, NBSP, en, em or ideographic) after an ideograph, before an ideograph, a reading
# (实\u2002【shi2】, not a citation: 关系 [1]) or clause punctuation (never a writer's before a comma),
# or an en or ideographic space before a digit (以\u30009战), not before a year's date, which it separates from a
# name (来源：光明日报\u30002026-03-30).
# It starts at the space and looks back: a leading lookbehind is tried at every position (3x slower).
ODD_SPACES = " \u00a0\u2002\u2003\u3000"  # (the registry's precheck, .triggers)
_CANDIDATE_RE = re.compile(
    f"[{ODD_SPACES}](?<=[{HAN}].)"
    f"(?=[{HAN}，。；：、,;:]|[(（【\\[][a-zA-Z\u00c0-\u024f\u3105-\u312f]|(?<=[\u2002\u3000])(?![0-9]{{4}}[-/.年])[0-9])"
)
_PRECHECK_RE = re.compile(f"[{HAN}][{ODD_SPACES}][{HAN}]")
# A dateline's end: 讯 (本报讯), or 电 after a day (北京2月13日电; 日 may carry its reading) or an agency
# (新华社电), not 电 in a word (纯电\u2002动).
# An odd space inside it (2日\u00a0电) is itself a candidate, and must not hide the dateline.
_READING_TAIL = "(?:[(（【][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5]{1,7}[)）】])?"
# Its 日 may be lost to a replacement mark (12月2\ufffd电 中央气象台…): the dateline still ends there.
_DAY = "(?:日|\ufffd+|[锟錕]斤拷)"
_DATELINE_END_RE = re.compile(
    f"(?:[讯訊]|社[电電]|{_DAY}{_READING_TAIL}[ \u00a0\u2002-\u200a\u202f\u3000]?[电電]){_READING_TAIL}$")
_DATELINE_LOOKBACK = 12
# A legal text's article number (第一条\u3000为了…, 第十二條(tiáo)　…): the space after it is the writer's, where the
# number opens its line, or the page's other numbers of its kind opening a sentence are spaced too (a game report's
# 。第二节\u2002主队… beside 。第三节江东队… is sprinkled).
_NUMBER = "第[〇零一二三四五六七八九十百千0-9]{1,6}"
_ARTICLE_END_RE = re.compile(f"{_NUMBER}(?P<unit>[条條章节節款编編]){_READING_TAIL}$")
# Lost bytes right before a space (（锟斤拷 陈望舒）: 记者 lost): whether the space was a separator depends on what
# they held; it stays.
_LOSS_BEFORE_RE = re.compile("(?:[锟錕]斤拷|[嚙啮]踝[蕭萧])$")
_SENTENCE_END_RE = re.compile("[。！？]")
_COMMA_RE = re.compile("[，,]")  # (a folded one too: the punctuation fixer runs later)
# Two sentences on a line (您从事竹编多少年了？最初是怎么入行的？: an interview's question), which a headline never is
_END = f"(?:[。！？]|(?<=[{HAN}])[!?])"  # (a mark folded to ASCII too)
_TWO_SENTENCES_RE = re.compile(f"{_END}[^。！？!?\n]*?[{HAN}][^。！？!?\n]*?{_END}")  # (inline tags between)
# An interview's question or answer: a speaker's label opening the line, a sentence end
# (记者：您对这门手艺的未来有什么期待？)
_SPOKEN_RE = re.compile(f"^[{HAN}]{{1,4}}[：:][^\n]*{_END}")
# The line's indent, as spaces or as references (&nbsp;&nbsp;记者：…)
_INDENT_RE = re.compile(f"^(?:[{SPACES}]|{SPACE_REFERENCE})*")
_LINE_END_RE = re.compile("[\n<>]")
# An inline element's tag ends no line (anti-copy spans in a sentence: 市农产<span …>x9</span>品, a reading's <ruby>
# with its <rb>, <rt> and <rp>); also reversed.
_INLINE_TAG_RE = re.compile(r"</?(?:span|font|a|b|i|em|strong|u|s|small|ruby|rb|rt|rp)(?:\s[^<>]*)?>")
_INLINE_TAG_REVERSED_RE = re.compile(r">(?:[^<>]*\s)?(?:naps|tnof|a|b|i|me|gnorts|u|s|llams|ybur|br|tr|pr)/?<")
# A colon closing a line (a lead-in's, folded or not: the punctuation fixer runs later), spaces after it.
_COLON_END_RE = re.compile("[：:]\\s*$")
_ENUMERATED_RE = re.compile(f"[{HAN}]、[{HAN}]")
_MIN_ADDRESS = 8
_TAG_RE = re.compile("<[^<>]*>")
_SPACES_BETWEEN_RE = re.compile(f"(?<=[{HAN}])[ \u00a0\u2002-\u200a\u202f\u3000]+(?=[{HAN}])")
_PHRASE_MARKS = CLAUSE_MARKS + "、丨｜|"
_SPACE_RUN_RE = re.compile(f"[{SPACES}]+")
_HEADLINE_PHRASE = 4
# A body line has a sentence end and at least this many characters (a headline rarely has either).
_MIN_LINE = 40
# Page evidence: this many candidates between two ideographs, candidates on this many lines, this
# share of those between two ideographs splitting a two-character word.
_MIN_SPACES = 4
_MIN_LINES = 2
_MIN_SPLIT_SHARE = 0.3


@dataclass(slots=True, frozen=True)
class _Candidate:
    pos: int
    line: int  # start of its line
    splits_word: bool
    cuts_name: bool = False  # a lone character cut off a reporter's name, or a role word cut (实习\u2002生)
    prose: bool = False  # outside the body lines, in a short line of prose (a last paragraph, a lead-in)
    splits_common: bool = False  # it cuts a very common word (平\u2002均): never a writer's separator


class _Lines:
    """The lines and text runs (between tags) of a text, found around the positions asked about, in
    increasing order (a page has tens of thousands of tags, the candidates are a few): each line is
    searched for once, forward from the first position in it and backward in the reversed text."""

    __slots__ = ("_body", "_last", "_reversed", "_sentence", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._reversed = ""
        self._last = (0, -1)
        self._body: dict[int, bool] = {}
        self._sentence: dict[int, bool] = {}

    def span(self, pos: int) -> tuple[int, int]:
        """The line holding ``pos`` (no line end): from after the last end before it to the first after it."""
        if self._last[0] <= pos < self._last[1]:
            return self._last
        text = self._text
        end = _line_end(text, pos, _INLINE_TAG_RE)
        if not self._reversed:
            self._reversed = text[::-1]
        start = _line_end(self._reversed, len(text) - pos, _INLINE_TAG_REVERSED_RE)
        self._last = (len(text) - start.start() if start else 0), (end.start() if end else len(text))
        return self._last

    def is_sentence(self, line: tuple[int, int]) -> bool:
        """A short line of prose (an article's last paragraph, 有关负责人表示，…作出。): a comma and a sentence
        end, or two sentences, or a speaker's line, which a headline rarely is;
        or a list's lead-in (招生工作主要 时间安排如下：),
        a sentence a colon closes, which no headline is."""
        if line[0] not in self._sentence:
            text = self._text
            self._sentence[line[0]] = bool(_SENTENCE_END_RE.search(text, *line) and _COMMA_RE.search(text, *line)) or (
                _TWO_SENTENCES_RE.search(text, *line) is not None or _spoken(text[line[0] : line[1]])
                or _lead_in(text[line[0] : line[1]]))
        return self._sentence[line[0]]

    def is_body(self, line: tuple[int, int]) -> bool:
        """Long enough and with a sentence end: no headline."""
        if line[0] not in self._body:
            long = line[1] - line[0] >= _MIN_LINE
            self._body[line[0]] = long and _SENTENCE_END_RE.search(self._text, *line) is not None
        return self._body[line[0]]


def _spoken(line: str) -> bool:
    """The line is a speaker's (see ``_SPOKEN_RE``), read without its markup, readings (记<ruby>者…</ruby>：) and
    indent."""
    return _SPOKEN_RE.match(_INDENT_RE.sub("", READING_RE.sub("", _TAG_RE.sub("", line)))) is not None


def _lead_in(line: str) -> bool:
    """The line closes a list's lead-in with a colon, read without its markup (with or without its inline
    elements' text: a farm's noise, 金牌榜<font class="x">k6z</font>前三名如下：), the readings in it and the
    spaces between its words (前三名 如下:); or a notice's address line,
    its addressees enumerated (各区县交通运输局、各道路客运企业：), which no label or speaker's name is."""
    for variant in (line, ELEMENT.sub("", line)):
        words = _TAG_RE.sub("", variant)
        if (end := _COLON_END_RE.search(words)) is None:
            continue
        before = _SPACES_BETWEEN_RE.sub("", READING_RE.sub("", words[: end.start()]))
        if closes_lead_in(before) or (_ENUMERATED_RE.search(before) is not None and han_count(before) >= _MIN_ADDRESS):
            return True
    return False


def _line_end(text: str, pos: int, inline: re.Pattern[str]) -> re.Match[str] | None:
    while (end := _LINE_END_RE.search(text, pos)) and (tag := inline.match(text, end.start())):
        pos = tag.end()
    return end


def _headline_separator(text: str, line: tuple[int, int]) -> bool:
    """The line is a headline of two phrases of four characters or more around its one space (春茶开采 茶农用上
    智能采茶机): that space is the writer's separator, even where it falls inside a word (采茶). Readings are no
    phrase's characters (客运企\u00a0业(ye4)： leaves one)."""
    halves = _SPACE_RUN_RE.split(READING_RE.sub("", text[line[0] : line[1]]).strip(SPACES))
    return len(halves) == 2 and min(map(len, halves)) >= _HEADLINE_PHRASE


def _candidates(text: str) -> tuple[list[_Candidate], list[_Candidate]]:
    """The candidates in body lines, and those outside them that stand in a short line of prose (a last
    paragraph under 40 characters), or (in a headline) are no ASCII space and stand before a reading or
    inside a word: removed too where the body lines (or the page's readings, its narrow spaces) prove the
    pattern (单程票价下调两\u2002(liǎng)成 as the page's title), never judged on their own."""
    found, outside = [], []
    lines = _Lines(text)
    for m in _CANDIDATE_RE.finditer(text):
        pos = m.start()
        line = lines.span(pos)
        body = lines.is_body(line)
        prose = body or lines.is_sentence(line)
        if not prose and text[pos] == " ":
            continue  # an ASCII space outside prose lines is no candidate: its costlier tests are spared
        if _DATELINE_END_RE.search(text, max(0, pos - _DATELINE_LOOKBACK), pos) or _article_space(
                text, pos, line) or _LOSS_BEFORE_RE.search(text, max(0, pos - 3), pos):
            continue
        cuts_name = False
        if in_byline(text, pos, line):
            cuts_name = splits_name(text, pos) or splits_role(text, pos) or in_unspaced_byline(text, pos)
            if not cuts_name and not is_common_word(text[pos - 1] + text[pos + 1]):
                continue
        pair = text[pos - 1] + text[pos + 1]
        candidate = _Candidate(pos, line[0], cuts_name or is_word(pair), cuts_name, prose, is_common_word(pair))
        if body:
            found.append(candidate)
        elif prose or not HAN_RE.match(text, pos + 1) or (
                candidate.splits_word and not _headline_separator(text, line)) or _leaves_one(text, pos, line):
            outside.append(candidate)
    return found, outside


def _article_space(text: str, pos: int, line: tuple[int, int]) -> bool:
    """The space at ``pos`` follows an article number the writer spaces (see ``_ARTICLE_END_RE``). Its siblings are
    read without a farm's noise elements inside them (。第<font class="x">cs6</font>三节江东队)."""
    number = _ARTICLE_END_RE.search(text, max(line[0], pos - _DATELINE_LOOKBACK), pos)
    if number is None or not text[line[0] : number.start()].strip(SPACES):
        return number is not None
    words = ELEMENT.sub("", text) if "<" in text else text
    return re.search(f"[。！？]{_NUMBER}{number['unit']}[{HAN}]", words) is None


def _leaves_one(text: str, pos: int, line: tuple[int, int]) -> bool:
    """The space at ``pos`` leaves one ideograph alone between it and its line's end or start, or a mark
    (一文读懂缴存抵税新\u2002规): a headline's separator stands between phrases, never before a last character."""
    after, before = pos + 2, pos - 1
    return (after == line[1] or _phrase_mark(text, after)) or (before == line[0] or _phrase_mark(text, before - 1))


def _phrase_mark(text: str, pos: int) -> bool:
    """A phrase's end mark at ``pos``, not a lost lead byte's "?" (春茶开采\u00a0茶?r用上: 茶 is not alone)."""
    return text[pos : pos + 1] in _PHRASE_MARKS and not (text[pos] == "?" and stranded_after(text, pos))


def fix_odd_spaces(text: str, ctx: Context) -> Fix:
    if not _PRECHECK_RE.search(text):
        return Fix(text)
    found, outside = _candidates(text)
    if not found:  # (a page's short part of a paged article: an obfuscator's page shows it in its prose alone)
        prose = [c for c in outside if c.prose and text[c.pos] != " "]
        if prose and (sprinkled := obfuscated(text, ctx) or drawn(text, (), _in_common_words(prose))):
            return _remove(text, prose, f"{len(prose)} spaces between ideographs in short lines of prose; "
                           f"the page carries the obfuscator's {sprinkled}")
        return Fix(text)
    between = [c for c in found if HAN_RE.match(text, c.pos + 1)]
    # a space other than ASCII before a reading, a mark or a digit is never a writer's (启\u2002(qǐ)明)
    marked = sum(text[c.pos] != " " and not HAN_RE.match(text, c.pos + 1) for c in found)
    split = sum(c.splits_word for c in between)
    lines = len({c.line for c in found})
    evidence = (f"{len(found)} spaces between ideographs on {lines} body lines, {split} of {len(between)} inside a word"
                + (f", {marked} before a reading, mark or digit" if marked else ""))
    counted = len(between) + marked
    many = counted >= _MIN_SPACES and lines >= _MIN_LINES
    if not many or split + marked < _MIN_SPLIT_SHARE * counted:
        inside = [c for c in between if c.splits_word]
        # an obfuscator's page loses its odd spaces however few (those outside the body lines too, as where the
        # body lines prove the pattern: a short last paragraph); with spaces enough but for the share inside
        # words, its marks stand for that share: ASCII ones go too (a GBK dump writes the obfuscator's NBSP so), as
        # do the ASCII ones cutting a very common word
        telling = [c for c in found if many or _telling(text, c)]
        prose = [c for c in found + outside if c.prose]
        if telling and (sprinkled := obfuscated(text, ctx) or drawn(text, [c.pos for c in between],
                                                                     _in_common_words(prose))):
            telling += [c for c in outside if many or _telling(text, c)]
            return _remove(text, telling, f"{evidence}; the page carries the obfuscator's {sprinkled}")
        return Fix(text, flags=[flag(RULE, f"kept: {evidence}", text, c.pos, c.pos + 1) for c in inside[:1]])
    return _remove(text, found + outside, evidence)


def _telling(text: str, candidate: _Candidate) -> bool:
    """A space that goes on a page proven sprinkled however few they are: other than ASCII, or cutting a name or a
    very common word (超 过: an ASCII space elsewhere may be a writer's)."""
    return text[candidate.pos] != " " or candidate.cuts_name or candidate.splits_common


def _in_common_words(candidates: list[_Candidate]) -> list[int]:
    return [c.pos for c in candidates if c.splits_common]


def _remove(text: str, spaces: list[_Candidate], evidence: str) -> Fix:
    edits = [Edit(c.pos, c.pos + 1, text[c.pos], "") for c in sorted(spaces, key=lambda c: c.pos)]
    return fix_from_edits(text, RULE, evidence, edits, action="remove")

