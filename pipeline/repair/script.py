"""Script restoration: undo a machine simplified-to-traditional conversion, or force a script.

``auto`` converts back only on evidence that the traditional text was produced by a converter from a mainland
(simplified) original: converted characters carrying pinyin annotations (the obfuscators annotate exactly the
characters they converted; others annotate any characters at random, which counts on a page that also holds
simplified text of its own), mainland-only vocabulary and institutions written in traditional characters (網絡,
信息, 人民法院), mainland publishers in the dateline or source line (and political terms such as 國務院 only under
such a dateline: Taiwan and Hong Kong papers cite both), a mainland paper's own dateline (本報北京8月1日電), ICP
licence numbers, and, one point each, curly quotes without corner quotes and commas folded to ASCII. Taiwan or
Hong Kong vocabulary (軟體, 網路, 資訊) and corner quotes 「」 outweigh all but the pinyin fingerprint, so genuine
articles stay traditional.

The evidence is gathered (:func:`gather_evidence`) before the pinyin fixer removes annotations;
the conversion (:func:`fix_script`) runs last. Which OpenCC configuration restores best is measured
in bench/bench_repair.py: converters that keep 着 (OpenCC s2t, s2hk) are undone exactly by t2s;
those that write 隨著 for 随着 (s2tw, older s2t) need tw2s, since t2s leaves 随著; tw2s in turn
makes the 著 of 編著/專著 着, which is put back (:func:`_keep_zhu`). s2twp also rewrites mainland
words as Taiwan phrases (软件 -> 軟體, 服务器 -> 伺服器), which only tw2sp turns back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import attrgetter

from ..record import Edit
from .common import Context, Fix, count_converted, fix_from_edits, han_count, opencc_converter
from .converter_forms import differing_offsets, opencc_forms, table_leftovers
from .kept_forms import restore_kept_forms
from .kept_readings import converted_share
from .mainland import dateline_or_paper, mainland_and_folded, mainland_evidence
from .mainland_site import MIN_CORNER_QUOTES, S2TWP_WORDS, converted_on_mainland_site, taiwan_terms
from .phrasing import MIN_VOTES_CONVERTED, MIN_VOTES_FORCED, restore_phrases
from .pinyin import find_annotations
from .split_phrases import across_elements
from .variants import restore_variants
from .vocab import ZHE_VERBS, ZHU_WORDS
from .words import word_counts

_MIN_ANNOTATED = 3
_MIN_SHARE = 0.6
_MIN_TRAD = 3
_ZHU_RE = re.compile("|".join(ZHU_WORDS))
# A line with this many kana is Japanese (a Japanese article under a converted Chinese breadcrumb):
# its kanji are Japanese forms (図書館, 開館), never a converter's output, so no script is forced on it.
_JAPANESE_LINE = re.compile("(?:[^\n\u3041-\u30ff]*[\u3041-\u30ff]){3}")
# The characters s2hk writes that t2s does not turn back (OpenCC's hk2s does).
_HK_VARIANTS_RE = re.compile("[敍枱潀粧糭衞衹]")
# Readings on any characters: this many, on at most this share of them, this many simplified ones elsewhere.
_MIN_SCATTERED = 8
_MAX_COVERAGE = 0.7
_MIN_SIMPLIFIED_AROUND = 5

@dataclass(slots=True, frozen=True)
class ScriptCount:
    traditional: int
    simplified: int  # at most traditional + 1 (:func:`count_script`)

    @property
    def script(self) -> str | None:
        if self.traditional > self.simplified:
            return "traditional"
        return "simplified" if self.simplified else None


def count_script(text: str) -> ScriptCount:
    """Occurrences of characters only traditional (t2s changes them) or only simplified (s2t does), the
    simplified ones counted only up to one more than the traditional ones: every decision compares the
    two or asks whether there are any, and on a simplified page (thousands of them, a few traditional
    ones at most) the scan stops early."""
    traditional = count_converted(text, "t2s")
    return ScriptCount(traditional, count_converted(text, "s2t", at_most=traditional + 1))


def restore_config(text: str, min_votes: int = MIN_VOTES_CONVERTED) -> str:
    """The OpenCC configuration that undoes the converter seen in ``text`` (see module doc): hk2s
    where s2hk's variant forms show, which t2s leaves (衞星 for 卫星); tw2sp where s2twp swapped
    mainland words for Taiwan ones (:mod:`.phrasing`: ``min_votes`` of them)."""
    config = _character_config(text)
    return "tw2sp" if restore_phrases(_without_readings(text), config, min_votes) is not None else config


def _character_config(text: str) -> str:
    config = "hk2s" if _HK_VARIANTS_RE.search(text) else "t2s"
    return "tw2s" if "著" in text and not _converted_zhe(text) and not _zhu_as_written(text) else config


def _converted_zhe(text: str) -> bool:
    """着 stands on a line of traditional text: the converter keeps 着 apart from 著 (s2t, s2hk). The 着 of a
    farm's simplified lines (its menus, its spam header) says nothing of the converter."""
    return any(count_script(line).script == "traditional" for line in text.split("\n") if "着" in line)


def _zhu_as_written(text: str) -> bool:
    """Some 著 that tw2s would make 着 reads as a word with 著 (著有: jieba 3, 着有: none) and none reads as one
    with 着 (随着): 着 is kept apart from 著 as s2t does, which writes 著 only where the original had it; s2tw
    writes 著 for both, and its 隨著 reads 随着 (as do 著 after the verbs of :data:`.vocab.ZHE_VERBS`)."""
    as_written, by_tw2s = opencc_converter("t2s").convert(text), opencc_converter("tw2s").convert(text)
    if len(as_written) != len(by_tw2s):
        return False
    words = word_counts()
    votes = {"著": 0, "着": 0}
    for i in [m.start() for m in re.finditer("著", as_written) if by_tw2s[m.start()] == "着"]:  # (as long: checked)
        zhu, zhe = (max(words.get(t[k : k + 2], 0) for k in (max(0, i - 1), i)) for t in (as_written, by_tw2s))
        if text[max(0, i - 2) : i] in ZHE_VERBS:  # 討論著: the particle after a verb, not 论著 (a treatise)
            votes["着"] += 1
        elif zhu != zhe:
            votes["著" if zhu > zhe else "着"] += 1
    return votes["著"] > 0 and not votes["着"]


def restored(text: str, target: str) -> str:
    """``text`` converted for ``target``, an OpenCC configuration; "tw2sp" takes only the phrases
    the evidence supports (:func:`.phrasing.restore_phrases`). A restoration to simplified also
    gives back the mainland words the round trip keeps as variants (:mod:`.variants`: 想像 -> 想象) and the
    forms it keeps that a neighbour reads as another character (:mod:`.kept_forms`: 揹着 -> 背着)."""
    if target == "s2t":
        converted: str = opencc_converter(target).convert(text)
        return converted
    config = target if target != "tw2sp" else _character_config(text)
    by_char: str = opencc_converter(config).convert(text)
    phrased = restore_phrases(text, config) if target == "tw2sp" else None
    return restore_kept_forms(text, restore_variants(text, phrased or by_char, config, reference=by_char), config)


@lru_cache(maxsize=4)
def _without_readings(text: str) -> str:
    """``text`` without its pinyin annotations, which split the phrases (專(zhuān)案) OpenCC looks for.

    Cached as :func:`.pinyin.find_annotations` is: the evidence reads the same text so four to six times."""
    parts, cursor = [], 0
    for a in sorted(find_annotations(text), key=attrgetter("start")):
        parts += [text[cursor : a.start], a.replacement]
        cursor = a.end
    return "".join(parts) + text[cursor:]


def _pinyin_fingerprint(text: str) -> str | None:
    """Pinyin annotations, most of them on characters a s2t converter changes: the obfuscator's mark."""
    annotations = find_annotations(text)
    share = converted_share(annotations)
    if len(annotations) >= _MIN_ANNOTATED and share >= _MIN_SHARE:
        return f"pinyin on {share:.0%} converted chars"
    return None


def _taiwan_or_hk(text: str) -> bool:
    return bool(taiwan_terms(_without_readings(text))) or text.count("「") >= MIN_CORNER_QUOTES


def _scattered_readings(text: str, count: ScriptCount) -> str | None:
    """Readings on a share of any characters (not only converted ones) of a page with simplified text of its
    own (the farm's header, crumb, footer): a converted article's too. A lesson reads (nearly) every character;
    farms gloss genuine Taiwan and Hong Kong articles too, whose vocabulary and corner quotes veto it."""
    if count.simplified < _MIN_SIMPLIFIED_AROUND or _taiwan_or_hk(text):
        return None
    annotations = find_annotations(text)
    if len(annotations) < _MIN_SCATTERED or len(annotations) > _MAX_COVERAGE * han_count(_without_readings(text)):
        return None
    return f"pinyin on {len(annotations)} characters of a traditional text amid simplified ones"


def _traditional_dateline(text: str) -> str | None:
    """A mainland publisher's or paper's dateline in traditional characters (經濟日報訊, 本報濟南6月9日訊): the article
    went through a converter, however many simplified characters the farm's page around it has (unless vetoed)."""
    m = dateline_or_paper(_without_readings(text))
    if m is None or not count_converted(m[0], "t2s") or _taiwan_or_hk(text):
        return None
    return f"mainland dateline in traditional characters {m[0].strip()[:16]!r}"


def _s2twp_under_dateline(plain: str, taiwan: list[str]) -> bool:
    """A mainland agency's or paper's dateline or source line over Taiwan words that are all s2twp's
    renderings of mainland words (網路 for 网络, 影片 for 视频) and no corner quotes: s2twp's output. A Taiwan
    article opens with its own dateline (中央社, 記者…／台北報導) and names Taiwan (臺北, 立法院)."""
    return (bool(taiwan) and set(taiwan) <= S2TWP_WORDS and plain.count("「") < MIN_CORNER_QUOTES
            and bool(dateline_or_paper(plain)))


def _machine_converted(text: str, count: ScriptCount) -> str | None:
    """Evidence that this traditional text came out of a s2t converter, or None."""
    fingerprint = _pinyin_fingerprint(text) or _scattered_readings(text, count)
    reasons = [fingerprint] if fingerprint else []
    # read without the readings, which split the words and datelines they annotate (中新(xīn)社西寧…電)
    plain = _without_readings(text)
    score, mainland = mainland_evidence(plain)
    taiwan = taiwan_terms(plain)
    # Pinyin on the converted characters is the converter's own fingerprint: a genuine Taiwan or Hong
    # Kong article never carries it, so Taiwan vocabulary (a breadcrumb's 資訊) and corner quotes veto
    # only the rest, and not a mainland dateline on a folded page either.
    # s2t's own forms (爲, 衆) and a character table's leftovers (机 of 東海理工大學机械) outweigh Taiwan words (影片
    # is the mainland's word for a film too), not corner quotes.
    forms = opencc_forms(plain) or table_leftovers(plain)
    vetoed = (taiwan and score <= 2 * len(taiwan) and not forms) or text.count("「") >= MIN_CORNER_QUOTES
    if not reasons and vetoed and not mainland_and_folded(plain) and not _s2twp_under_dateline(plain, taiwan):
        return None
    if score >= 2:
        reasons.append("mainland " + "/".join(mainland))
    return "; ".join(reasons + ([forms] if forms else [])) or None


def _converted_among_simplified(text: str) -> str | None:
    """The page's traditional lines read alone, as a traditional page is read (:func:`_machine_converted`):
    a converted article under more simplified spam, menus and footers than it has traditional characters.
    Its mainland words (網絡, 軟件) are traditional lines' words there, not the simplified page's (信息)."""
    lines = "\n".join(line for line in text.split("\n") if count_script(line).script == "traditional")
    count = count_script(lines)
    return _machine_converted(lines, count) if count.traditional >= _MIN_TRAD else None


def gather_evidence(text: str, ctx: Context) -> None:
    """Decide the target script before annotations (part of the evidence) are removed."""
    count = count_script(text)
    ctx.output_script = count.script
    if ctx.script == "keep" or count.script is None:
        return
    if ctx.script == "traditional":
        if count.simplified:
            ctx.script_target, ctx.script_evidence = "s2t", "forced traditional"
        return
    if count.traditional == 0:
        return
    if ctx.script == "simplified":
        ctx.script_target, ctx.script_evidence = restore_config(text, MIN_VOTES_FORCED), "forced simplified"
    elif count.traditional >= _MIN_TRAD:
        # A converted article can be outnumbered by the simplified spam headers, menus and footers
        # of the page around it; there only the converter's own fingerprint counts (mainland words
        # such as 信息 read the same in both scripts, and 乾 or 藉 are simplified characters too).
        why = (_machine_converted(text, count) if count.script == "traditional"
               else _pinyin_fingerprint(text) or _scattered_readings(text, count) or _traditional_dateline(text)
               or _converted_among_simplified(text))
        if why := why or converted_on_mainland_site(_without_readings(text), ctx.codec_hint):
            ctx.script_target, ctx.script_evidence = restore_config(text), why


def _keep_zhu(text: str, converted: str) -> str:
    """``converted`` (tw2s of ``text``) with 著 kept in words where it reads zhù.

    s2tw writes 著 for both 着 and 著, and tw2s turns every 著 outside OpenCC's phrases into 着; in
    編著, 專著... (not after a verb taking the particle: 討論著) it is 著 in the simplified original too.
    Pinyin annotations cannot tell: obfuscators gloss 著 with its dictionary reading zhù everywhere.
    """
    if len(converted) != len(text):
        return converted
    chars = list(converted)
    for m in _ZHU_RE.finditer(text):
        i = m.start() + 1
        if chars[i] == "着" and text[max(0, i - 2) : i] not in ZHE_VERBS:
            chars[i] = "著"
    return "".join(chars)


def _line_edits(start: int, old: str, new: str) -> list[Edit]:
    """Edits for one converted line: runs of changed characters, or the whole line if lengths differ."""
    if len(old) != len(new):
        return [Edit(start, start + len(old), old, new)]
    runs: list[list[int]] = []  # [first, end) of each run of changed characters
    for i in differing_offsets(old, new):
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [Edit(start + i, start + j, old[i:j], new[i:j]) for i, j in runs]


def fix_script(text: str, ctx: Context) -> Fix:
    if not ctx.script_target:
        return Fix(text)
    converted = across_elements(text, restored(text, ctx.script_target), partial(restored, target=ctx.script_target))
    if ctx.script_target in ("tw2s", "tw2sp"):
        converted = _keep_zhu(text, converted)
    old_lines, new_lines = text.split("\n"), converted.split("\n")
    if len(old_lines) != len(new_lines):
        edits = [Edit(0, len(text), text, converted)]
    else:
        edits, pos = [], 0
        for old, new in zip(old_lines, new_lines, strict=True):
            if old != new and not _JAPANESE_LINE.match(old):
                edits.extend(_line_edits(pos, old, new))
            pos += len(old) + 1
    result = fix_from_edits(text, f"script:{ctx.script_target}", ctx.script_evidence, edits)
    if result.changes:
        ctx.output_script = "traditional" if ctx.script_target == "s2t" else "simplified"
    return result
