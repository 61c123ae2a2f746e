"""Whether a space between ideographs stands in a byline (``（记者 王林 陈晓雨）``, ``记者 邵 明远``), where a
writer puts spaces between the names and the role words, and whether it cuts a name or a role word (no writer's)."""

from __future__ import annotations

import re

from .common import HAN_RE
from .leadins import ELEMENT
from .vocab import BYLINE_WORDS, REPORTER_SENTENCE_STARTS

# The spaces a writer or a repost puts between a byline's parts (ASCII, NBSP, en, em, ideographic).
SPACES = " \u00a0\u2002\u2003\u3000"
_BYLINE_MARKS = ("摄", "攝", "报道", "報道")
# A byline's role word that lost a character to a replacement mark (（\ufffd者 秦语川）): still a byline.
_DAMAGED_ROLES = {w[:i] + "\ufffd" + w[i + 1 :]: w for w in BYLINE_WORDS for i in range(len(w))}
_DAMAGED_ROLE_RE = re.compile("|".join(map(re.escape, _DAMAGED_ROLES)))
# (with a folded comma or colon: 记者,, 记者:现在…; not a time's colon, 10:30; not a lost lead byte's "?" before its
# trail byte: 记者\u2002?K映雪 实习生)
_CLAUSE_END_RE = re.compile("[，。；：！？,!;\n<>]|(?<![0-9]):|\\?(?![\x40-\x7e])")
_CLAUSE_MAX = 60
# 记者 opening a sentence, maybe after its day (记者3日从复江大学获悉): no byline.
_REPORTER_SENTENCE_RE = re.compile(
    f"(?:[0-9]{{1,2}}月)?(?:[0-9]{{1,2}}日)?(?:{'|'.join(REPORTER_SENTENCE_STARTS)})")
# A byline's names end at its bracket or a space (记者 从维熙）, 记者 从维熙 摄): what follows a space after 记者 is a
# sentence when a clause mark ends it first (记者 了解到，) or it runs longer than names.
_NAMES_MAX = 4
_NAMES_END_RE = re.compile("[，。；：！？,;:!?）)\\s<>]")
CLAUSE_MARKS = "，。；：！？,;:!?"
_NARROW_RE = re.compile("[\u2004-\u200a\u202f\u205f]")
_ANY_SPACE_RE = re.compile("[ \u00a0\u2002-\u200a\u202f\u205f\u3000]")
# a reading in pinyin or zhuyin (記【ㄐㄧˋ】者, a Taiwan farm's gloss)
READING_RE = re.compile("[(（【](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5]{1,7}"
                        "|[\u3105-\u312f\u31a0-\u31bfˊˇˋ˙]{1,5})[)）】]")


def in_byline(text: str, pos: int, line: tuple[int, int]) -> bool:
    """A reporter is named in the clause before ``pos`` (记者 王林 陈晓雨), or in the brackets holding
    it ((王林 陈晓雨 摄)); brackets do not end a clause. 告诉记者 after the space names nobody, nor does
    记者 opening a sentence (记者从市统计局 获悉). Only the _CLAUSE_MAX characters on either side are read."""
    line = max(line[0], pos - _CLAUSE_MAX), min(line[1], pos + _CLAUSE_MAX)
    # a farm's noise element inside the words (記<font class="x">星河资讯网</font>者) is read without its text
    window = _without_noise(text[line[0] : pos])
    start = ([m.end() for m in _CLAUSE_END_RE.finditer(window)] or [0])[-1]
    # 記(jì)者 王林, 记\u2009者, 記\u2002者\u3000梁書遠: the readings, narrow spaces (never a writer's, see .invisible)
    # and spaces inside the words go later; the clause is read without them
    clause = _roles(_ANY_SPACE_RE.sub("", READING_RE.sub("", window[start:])))
    # a byline closed before the space ((记者 王林)在江西省…, 【記者陳冠宇／台北報導】中央…) names nobody after it
    clause = clause[max(clause.rfind(c) for c in ")）】") + 1 :]
    if any(w in clause and not _opens_sentence(clause.split(w)[-1], text, pos, line) for w in BYLINE_WORDS):
        return True
    opening = max(window.rfind(c, start) for c in "（(【")
    if opening < 0 or max(window.rfind(c, opening) for c in "）)】") >= 0:
        return False
    closing = [e for e in (text.find(c, pos, line[1]) for c in "）)】") if e >= 0]
    brackets = window[opening:] + text[pos : min(closing, default=line[1])]
    return any(w in brackets for w in BYLINE_WORDS + _BYLINE_MARKS)


# A <ruby>'s markup and the reading it holds (<ruby>记<rp>(</rp><rt>jì</rt><rp>)</rp></ruby>者 reads 记者).
_RUBY_MARKUP_RE = re.compile(r"<(r[tp])\b[^<>]*>[^<>]*</\1>|</?(?:ruby|rb)\b[^<>]*>", re.I)


def _without_noise(text: str) -> str:
    """``text`` without its inline elements and what they hold (a farm's noise between the letters), nor its
    readings' <ruby> markup."""
    return _without_ruby(ELEMENT.sub("", text)) if "<" in text else text


def _without_ruby(text: str) -> str:
    return _RUBY_MARKUP_RE.sub("", text) if "<" in text else text


def _roles(text: str) -> str:
    """``text`` with its damaged role words (\ufffd者) written whole, to be read for a byline."""
    return _DAMAGED_ROLE_RE.sub(lambda m: _DAMAGED_ROLES[m[0]], text) if "\ufffd" in text else text


def _opens_sentence(tail: str, text: str, pos: int, line: tuple[int, int]) -> bool:
    """记者 opens a sentence (记者从省统 计局, 记者3日从复 江大学): ``tail`` follows it up to the space at ``pos``;
    when the space follows 记者 itself (记者 从河南省粮食局了解到), the clause after the space is read instead,
    longer than a byline's names (记者 从维熙）names the reporter). A space after 记者 before ``pos`` is the same."""
    tail = tail.lstrip(SPACES)
    if tail:
        return _REPORTER_SENTENCE_RE.match(tail) is not None
    after = _NARROW_RE.sub("", READING_RE.sub("", _without_ruby(text[pos + 1 : min(line[1], pos + 1 + _CLAUSE_MAX)])))
    end = _NAMES_END_RE.search(after)
    if _REPORTER_SENTENCE_RE.match(after) is None:
        return False
    return end is None or end.start() > _NAMES_MAX or end[0] in CLAUSE_MARKS


def splits_name(text: str, pos: int) -> bool:
    """The space at ``pos`` cuts a lone ideograph off a name: after it (记者 邵 明远: 邵 belongs to 明远) or
    before the name's end (葛书 宁）). No name has one character (王林 摄: 摄 is the photo credit's mark).
    Read without the readings, narrow spaces and noise elements (記(jì)者 王林, 记\u2009者 王林); the reporter
    word before the space, even with a space inside it (記\u2002者\u3000梁書遠), is no name's character."""
    before = _roles(_NARROW_RE.sub("", READING_RE.sub("", _without_noise(text[max(0, pos - _CLAUSE_MAX) : pos]))))
    after = _roles(_NARROW_RE.sub("", READING_RE.sub("", _without_ruby(text[pos + 1 : pos + 1 + _CLAUSE_MAX]))))
    if _ANY_SPACE_RE.sub("", before[-4:]).endswith(BYLINE_WORDS) or after.startswith(BYLINE_WORDS):
        return False  # the space next to a role word (记者 王林, 苏映雪 实习生 唐可) separates the byline's parts
    left, right = before[-2:], after[:2]
    if len(left) < 1 or not HAN_RE.match(left, len(left) - 1) or not right or not HAN_RE.match(right):
        return False
    left_lone = len(left) < 2 or not HAN_RE.match(left)
    right_lone = len(right) == 2 and right[0] not in _BYLINE_MARKS and (
        right[1] in "）)" or (right[1] in SPACES and after[2:].lstrip(SPACES).startswith(BYLINE_WORDS)))
    return left_lone or right_lone


# Taiwan's bylines and CNA's dateline are written with no space at all (【記者陳冠宇／台北報導】,
# （記者李承翰／高雄報導）, 中央社記者張雅婷台北3日電): a space inside one is no writer's (记者 王林 is spaced).
_SPACE = "[ \u00a0\u2002-\u200a\u202f\u3000]"
_RUN = f"(?:[\u4e00-\u9fff]|{_SPACE})"
_UNSPACED_BYLINE_RE = re.compile(f"[記记]{_SPACE}*者{_RUN}{{2,10}}／{_RUN}{{2,8}}報{_SPACE}*導"
                                 f"|中{_SPACE}*央{_SPACE}*社{_SPACE}*記{_RUN}{{3,16}}[0-9]{{1,2}}{_SPACE}*日{_SPACE}*電")


def in_unspaced_byline(text: str, pos: int) -> bool:
    """The space at ``pos`` stands inside a byline Taiwan writes unspaced (``_UNSPACED_BYLINE_RE``)."""
    start = max(0, pos - 30)
    return any(m.start() < pos - start < m.end() for m in _UNSPACED_BYLINE_RE.finditer(text[start : pos + 30]))


def splits_role(text: str, pos: int) -> bool:
    """The space at ``pos`` stands inside a role word (实习\u2002生, 通讯\u3000员): nobody writes one there."""
    return any(text.endswith(w[:i], 0, pos) and text.startswith(w[i:], pos + 1)
               for w in BYLINE_WORDS for i in range(1, len(w)))
