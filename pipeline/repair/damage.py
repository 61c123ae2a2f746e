"""Lossy byte damage: recovered only when the surviving bytes determine the original uniquely.

- ``lost_lead_byte``: a double-byte character (GBK or Big5) whose lead byte was lost to "?" leaves
  its trail byte stranded as an ASCII character 0x40-0x7E before a CJK character (after another,
  after punctuation or at a line start) or, after a CJK character, before a digit or a mark
  (同比增?L7.4%), sometimes with the annotation residue of a misaligned read: 展?fàn)I造, where 營 = A0 49
  lost A0, "I" is 0x49, and 展's trail B9 with the lost A0 was read as 範 (fàn). Every lead byte that makes a
  valid character with the stranded byte is a candidate; the residue must be a reading of the misaligned
  character (of several, the common ones: see below), and the page must write the
  candidate elsewhere in a word with a neighbour (.recurrence: a bigram that is a word, or three
  characters; with both neighbours, when several are), or, if none, it must make a very common word
  with a neighbour where no other candidate makes any word (.words). Exactly one surviving candidate
  is applied; otherwise the spot is flagged. When the lost character's own reading follows its
  stranded trail byte (告?V(sù)記者: 訴 = D4 56 in GBK lost D4), the candidates
  must read that syllable and be common, their simplified form in GB2312 (訴, not the rare 梀; 櫠 even
  alone): obfuscated reposts start from common mainland text; between several, the one whose bigram
  recurs, the one making a very common word, the only one the page uses elsewhere (交?X(qián) after
  不花錢: 錢, not 鉗). Where the page's codec has no such character, GBK's and Big5's are read
  (.lead_candidates: the byte may have been lost before the page's codec wrote the text).
- The same on a Shift_JIS page (cp932 trail bytes 0x40-0x7E too: 十?Nの, から?J館), where kana may
  stand around the spot; there only the page's own bigrams settle it (the word counts are Chinese:
  a katakana candidate has none), else it is flagged.
- ``replacement_chars``: U+FFFD runs and 锟斤拷 (UTF-8 replacement characters read as GBK; 嚙踝蕭 as Big5) are flagged;
  the bytes they replaced are gone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..record import Edit, Flag
from .common import HAN, HAN_RE, Context, Fix, about_mojibake, fix_from_edits, flag, in_quotes, opencc_converter
from .lead_candidates import LOST_LEAD_CODECS, Candidate, both_chinese, candidates, chinese, mainland, rare_among
from .markup import Markup, tag_ends_at
from .pinyin import ANNOTATION_RE, paired
from .readings import is_reading, without_readings
from .recurrence import FRAMED, IN_THREE, NOT_WRITTEN, SUPPORT_NAMES, han_context, in_three, page_support
from .split_losses import loss_runs
from .vocab import LETTER_WORDS, MIXED_CASE_WORDS, QUESTION_PARTICLES
from .words import READ_WORD, common_word_choice, commoner_rival, publisher_choice

RULE = "lost_lead_byte"
LOST_LEAD_TRIGGER = "?"  # (fix_lost_lead's precheck and the registry's, .triggers)
REPLACEMENTS_TRIGGER = "\ufffd斤踝"  # (U+FFFD read as GBK, 锟斤拷, or as Big5, 嚙踝蕭: pinyin.LOSS_RUN)
_SYL = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑɡ]{1,6}[1-5]?"
# Starts at the "?" (a literal the regex engine finds fast); the CJK character before it is
# checked in code. After the trail byte: a Han character, or (a Han character before the "?") a digit,
# a mark, a bracket, a quote or a tab (同比增?L7.4%, 据介?B，, 邵明?h) for 邵明远), 千瓦?r（含税）).
_AFTER_HAN = "0-9，。、；：！？”,.;:!）)（(【《「“\t"
# Kana after the trail byte: a Japanese page (Shift_JIS trail bytes are ASCII too: 十?Nの for 十年の).
_KANA = "\u3041-\u30ff"
_KANA_RE = re.compile(f"[{_KANA}]")
# A lowercase trail byte before a capital (咪咕視?lApp: 頻 = GBK 6C): few Latin words start so (iPhone: _letter_word).
# Two neighbours may both have lost theirs (人?M?v社 for 人進駐社): the next is then the other "?". At a
# line end nothing follows (報名?C for Big5's 。 = A1 43 closing a paragraph), nor before a closing tag (a
# headline's last character: 採茶?C</h1>); before a wide or typographic space (or two ASCII ones) and
# more Han, a field of an info line or a headline's part ended (來源:人民?W　作者: 網 = BE 57; 寒潮來?u\u2002東北),
# after Han too; one ASCII space after a trail byte that is no capital too (寒潮來?u 東北: a title's parts), while
# after a capital it is prose's (是谁?I 不知道, 真的?B 站: a question mark before a Latin word).
_STRANDED_RE = re.compile(
    f"\\?(?P<residue>[(（]?(?P<syl>{_SYL})[)）])?(?P<trail>[\\x40-\\x7e])"
    f"(?P<next>[{HAN}{_AFTER_HAN}{_KANA}]|(?<=[a-z])[A-Z]|\\?(?=[\\x40-\\x7e][{HAN}])|(?=[ \\t]*(?:[\\r\\n]|$|</))"
    f"|(?P<gap>(?=(?:[\u3000\u2002-\u200a\u202f\u00a0]| {{2}})[ \u3000\u2002-\u200a\u202f\u00a0]*[{HAN}])"
    f"|(?<![A-Z])(?= [{HAN}])))"
)
# The lost character's own reading after the trail byte: pinyin or zhuyin, in (), （）, 【】 or [].
# Also with the residue of a misaligned read before the trail byte (老?xià)f(jiù): 舊's lost lead with
# 老's trail read as 吓).
_OWN_READING_RE = re.compile(
    f"\\?(?:[(（]?(?P<rsyl>{_SYL})[)）])?(?P<trail>[\\x40-\\x7e])(?={ANNOTATION_RE.pattern})"
)
# A Han character with its own gloss right before the "?" (展(zhǎn)?I造).
_GLOSSED_RE = re.compile(f"[{HAN}]{ANNOTATION_RE.pattern}$")
_GLOSS_MAX = 16
# Where a lost character with its own reading may also stand: a line start, after punctuation or a space.
_OPENINGS = "\n\u3000\u00a0\u202f\u205f ，。、；：！？,;:!?“”「」《》" + "".join(map(chr, range(0x2002, 0x200B)))
_JSON_LD_RE = re.compile(r"<script\b[^<>]*application/ld\+json", re.I)
_NAME_MAX = 8  # characters read on either side of a spot for a publisher's name


def _choose(text: str, m: re.Match[str], prev: str, codecs: tuple[str, ...]) -> tuple[Candidate | None, str]:
    """``prev``: the Han character before the "?" (gloss skipped); empty at a line start or after punctuation."""
    cands = candidates(prev, ord(m["trail"]), codecs)
    why = []
    if m["syl"]:
        cands = [c for c in cands if c.misread and is_reading(c.misread, m["syl"])]
        rare = rare_among({c.char for c in cands}) if chinese(codecs) else set()
        why.append(f"residue {m['syl']} reads the misaligned {'/'.join(c.misread or '' for c in cands)}"
                   + (f" (rare {'/'.join(sorted(rare))} left out: a mainland text's repost)" if rare else ""))
        cands = [c for c in cands if c.char not in rare]
    page = without_readings(text[: m.start() - 1] + text[m.end() :])
    after = m["next"] if HAN_RE.match(m["next"]) else ""  # a mark or digit after makes no bigram
    before, following = han_context(text, m.start(), m.end("trail"))
    support = {c.char: page_support(page, c.char, before, following, chinese(codecs)) for c in cands}
    best = max(support.values(), default=NOT_WRITTEN)
    if best and (not m["syl"] or len(cands) > 1):
        cands = [c for c in cands if support[c.char] == best]  # the page's longest evidence decides
    if best:
        why.append(f"{SUPPORT_NAMES[best]} written elsewhere on the page for {'/'.join(c.char for c in cands)}")
    chars = {c.char for c in cands}
    # Written on one side only, it yields to a rival's commoner word (確?w: 確鑿 on the page, 確定), one made
    # with a neighbour its three characters on the page do not hold (代表?F獲: 代表團 outweighs 表現)
    left, right = in_three(page, min(chars), before, following) if best == IN_THREE else (False, False)
    if best and best < FRAMED and len(chars) == 1 and chinese(codecs) and (rival := commoner_rival(
            set(support) - chars, min(chars), "" if left else prev, "" if right else after)):
        return None, f"the page writes {min(chars)}, but {rival} makes a commoner word with a neighbour"
    # (at a line end a closing mark is likelier; before a space, a field of an info line may end)
    if (len(chars) > 1 or not why) and chinese(codecs) and (m["next"] or m["gap"] is not None):
        worded = publisher_choice(chars, *_around(text, m)) or common_word_choice(chars, prev, after)
        if worded is not None:
            char, reason = worded
            cands, chars = [c for c in cands if c.char == char], {char}
            why.append(reason)
    if len(chars) == 1 and why:
        return cands[0], "; ".join(why)
    return None, f"{len(chars)} candidate characters"


def _around(text: str, m: re.Match[str]) -> tuple[str, str]:
    """The text before and after a spot, readings removed: where a publisher's name may stand."""
    start, end = m.start(), m.start("next")
    before, after = text[max(0, start - _NAME_MAX) : start], text[end : end + _NAME_MAX]
    return without_readings(before), without_readings(after)


def _choose_by_reading(text: str, m: re.Match[str], codecs: tuple[str, ...]) -> tuple[str | None, str]:
    """The one candidate that reads the syllable after it (and whose misaligned read with the
    previous trail byte reads the residue, if any), or None. Among several, the common ones are
    kept, then those whose bigram with a neighbour occurs elsewhere on the page."""
    prev, after = han_before(text, m.start()) or "", text[m.end("close") : m.end("close") + 1]
    residue, following = m["rsyl"], after if HAN_RE.match(after) else ""
    chars = {c.char for c in candidates(prev if residue else "", ord(m["trail"]), codecs)
             if is_reading(c.char, m["syl"], following)
             and (not residue or (c.misread and is_reading(c.misread, residue)))}
    page = text[: m.start()] + "\n" + text[m.end("close") :]
    if ((common := mainland(chars, following)) and len(chars) > 1) or chinese(codecs):  # a rare one alone: chance (櫠)
        chars = common
    seen = {c for c in chars if (prev and prev + c in page) or (after and c + after in page)}
    why = ""
    if len(chars) > 1 and seen:
        chars, why = seen, "; its bigram with a neighbour occurs elsewhere on the page"
    if len(chars) > 1 and chinese(codecs) and (worded := common_word_choice(chars, prev, after, READ_WORD)):
        chars, why = {worded[0]}, f"; {worded[1]}"
    if len(chars) > 1 and len(used := {c for c in chars if c in page}) == 1:
        chars, why = used, "; the only one the page uses elsewhere"
    if len(chars) == 1:
        (char,) = chars
        return char, f"{m['trail']!r} = trail of {char}; its own reading ({m['syl']}) follows{why}"
    return None, f"stranded trail byte {m['trail']!r}: {len(chars)} candidate characters read {m['syl']}"


def _letter_word(text: str, m: re.Match[str]) -> bool:
    """The ASCII letter starts a Chinese word (A股, X光) or a Latin one (iPhone), known or written elsewhere
    without "?"."""
    if not m["next"]:
        return False  # a line end: no word to look for
    word = m["trail"] + m["next"]
    if word.isascii() and word.isalpha() and text.startswith(MIXED_CASE_WORDS, m.start("trail")):
        return True
    if m["syl"] is None and letter_word(word):
        return True
    starts = (f.start() for f in re.finditer(re.escape(word), text))
    return any(text[i - 1 : i] != "?" for i in starts if i != m.start("trail"))


def letter_word(word: str) -> bool:
    """A Chinese word opening with a Latin letter (A股, X光), also as s2t writes it (K線)."""
    return word in LETTER_WORDS or opencc_converter("t2s").convert(word) in LETTER_WORDS


Spot = tuple[int, int, str | None, str]  # span of "?" + trail byte (+ residue), the character or None, why


def _stranded(text: str, m: re.Match[str]) -> bool:
    """A lost lead byte's spot: placed as one may stand (a Han character after it, also after a digit:
    20?_機器 for 20臺機器; a Han character before it; a digit before it and a full-width mark after it: 11?c，
    for 11點，), and not an ASCII letter that starts a word (A股), nor after a particle ending a question (吗?B组)."""
    if (before := text[m.start() - 1 : m.start()]) in QUESTION_PARTICLES:
        return False  # 还能送吗?B组…: a question mark before a Latin word
    placed = _reading_placed(text, m.start()) if HAN_RE.match(m["next"]) else han_before(text, m.start()) or (
        before.isdigit() and (m["next"] or "x") in "，。、；：！？”")
    return bool(placed) and not _letter_word(text, m)


def _spots(text: str, codecs: tuple[str, ...]) -> Iterator[Spot]:
    """Stranded trail bytes, with the character they determine (or why not). A spot read with a reading (the
    lost character's own, or the residue of its misaligned read) is read in GBK and Big5 too: the reading pins it."""
    for m in _STRANDED_RE.finditer(text):
        if _stranded(text, m) and not _OWN_READING_RE.match(text, m.start()):  # (a reading's spot: below)
            char, why = _described(text, m, codecs)
            if m["syl"] and (wider := both_chinese(codecs)):
                char, why = _in_both(char, why, *_described(text, m, wider), codecs)
            yield m.start(), m.start("next"), char, why if char else f"stranded trail byte {m['trail']!r}: {why}"
    for m in _OWN_READING_RE.finditer(text):
        if paired(m) and _reading_placed(text, m.start()):
            char, why = _choose_by_reading(text, m, codecs)
            if wider := both_chinese(codecs):
                char, why = _in_both(char, why, *_choose_by_reading(text, m, wider), codecs)
            yield m.start(), m.end(), char, why


def _described(text: str, m: re.Match[str], codecs: tuple[str, ...]) -> tuple[str | None, str]:
    chosen, why = _choose(text, m, han_before(text, m.start()) or "", codecs)
    if chosen is None:
        return None, why
    return chosen.char, f"{m['trail']!r} = trail of {chosen.char} ({chosen.codec}); {why}"


def _in_both(char: str | None, why: str, other: str | None, other_why: str,
             codecs: tuple[str, ...]) -> tuple[str | None, str]:
    """The byte may have been lost before the page's codec wrote the text (a mainland text that lost it in GBK,
    converted and written as Big5: the repost's way): what the page's codec cannot read, GBK or Big5 may; where
    the two read a Big5 page's spot differently (駕 in Big5, 價 in GBK: both jià), neither is sure."""
    if char is None and other is not None:
        return other, f"{other_why} (read in GBK and Big5)"
    if char is not None and other != char and codecs == ("big5",):
        return None, f"{why}, but read in GBK and Big5 the reading does not settle it ({other_why})"
    return char, why


def stranded_after(text: str, pos: int) -> bool:
    """The "?" at ``pos`` is a lost lead byte's mark (before a stranded trail byte), not a question
    mark: the punctuation fixer must leave it, repaired or flagged, as it is."""
    own = _OWN_READING_RE.match(text, pos)
    if own is not None and paired(own):
        return _reading_placed(text, pos)
    m = _STRANDED_RE.match(text, pos)
    return m is not None and _stranded(text, m)


def han_before(text: str, pos: int) -> str | None:
    """The Han character before ``pos``, directly or through its own gloss (展(zhǎn)?I造)."""
    if pos and HAN_RE.match(text[pos - 1]):
        return text[pos - 1]
    gloss = _GLOSSED_RE.search(text, max(0, pos - _GLOSS_MAX), pos)
    return gloss[0][0] if gloss else None


def _reading_placed(text: str, pos: int) -> bool:
    """A lost character followed by its own reading may also stand after a digit (14?q(suì)的: 歲) or a
    Latin letter (核心CPI?q幅: 漲)."""
    before = text[pos - 1 : pos]
    return may_stand_alone(text, pos) or before.isdigit() or (before.isascii() and before.isalpha())


def may_stand_alone(text: str, pos: int) -> bool:
    """A lost character whose own reading follows needs no neighbour: after Han, a line start or
    punctuation will do, or a tag's end in a page's markup (<p>?l佈會: a paragraph starts there)."""
    return pos == 0 or text[pos - 1] in _OPENINGS or _KANA_RE.match(text, pos - 1) is not None or (
        han_before(text, pos) is not None) or _after_stranded(text, pos) or tag_ends_at(text, pos)


def _after_stranded(text: str, pos: int) -> bool:
    """Right after another lost lead byte's spot ("?" + trail byte after a Han character: 人?M?v社)."""
    return pos >= 2 and text[pos - 2] == "?" and "\x40" <= text[pos - 1] <= "\x7e" and (
        han_before(text, pos - 2) is not None)


def fix_lost_lead(text: str, ctx: Context) -> Fix:
    if LOST_LEAD_TRIGGER not in text:
        return Fix(text)
    codecs = LOST_LEAD_CODECS.get((ctx.codec_hint or "").lower(), ("gbk", "big5"))
    edits: list[Edit] = []
    flags: list[Flag] = []
    evidence = []
    markup: Markup | None = None
    for start, end, char, why in _spots(text, codecs):
        markup = Markup(text) if markup is None else markup
        if markup.covers(start) and not _in_json_ld(text, start):
            continue  # a query string in an attribute, not damaged prose
        if char is None:
            flags.append(flag(RULE, why, text, start, end))
            continue
        edits.append(Edit(start, end, text[start:end], char))
        evidence.append(why)
    result = fix_from_edits(text, RULE, "; ".join(evidence)[:300], edits)
    result.flags.extend(flags)
    return result


def _in_json_ld(text: str, pos: int) -> bool:
    """``pos`` lies in a JSON-LD script: the article's headline and text as data, damaged as the prose is (the
    title may be read from there)."""
    opening = text.rfind("<script", 0, pos)
    return opening >= 0 and _JSON_LD_RE.match(text, opening) is not None and "</script" not in text[opening:pos]


def flag_replacements(text: str, ctx: Context) -> Fix:
    """U+FFFD runs and 锟斤拷 flagged: the bytes are gone. An article about mojibake that quotes one
    (“锟斤拷”) writes it as its example, there and wherever else it names it (its headline), no loss."""
    if not any(char in text for char in REPLACEMENTS_TRIGGER):
        return Fix(text)
    runs = loss_runs(text)
    quoted = {m[0] for m in runs if in_quotes(text, m.start(), m.end())}
    examples = quoted if quoted and about_mojibake(text, ctx)() else set()
    flags = [
        flag("replacement_chars", f"{len(m[0])} chars of lost bytes; original unknown", text, m.start(), m.end())
        for m in runs if not examples or not any(m[0] in example for example in examples)
    ]
    return Fix(text, flags=flags)
