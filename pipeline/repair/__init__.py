"""Repair stage (str -> str): named fixers in a registry, each recorded only when it changed the text.

``repair_text`` runs :data:`FIXERS` in order; every change carries edits against the text as it
was before that change, so ``apply_plan(original, result.changes) == result.text``. The input may
be plain text or a whole HTML document: in HTML no fixer touches ASCII, so tags and entities survive.

Order matters: character references left in plain text are read first (every other fixer reads
characters, not ``&ldquo;``); zero-width characters next (they break mojibake round trips); NBSP comes
out of KOI8-R and cp1251 decoding, so spaces are normalised after the encoding repairs; encoding
repairs next (ftfy skips a line our legacy-codec fixer reads as GBK/Big5/... bytes decoded as
latin-1); lossy damage is judged while pinyin residues are still there; the script decision
reads the pinyin annotations (:func:`.script.gather_evidence`) before the pinyin fixer removes
them; full-width punctuation is restored once the annotations' ASCII brackets are gone; the
script conversion runs last.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..record import Change, Flag, StrayByte, apply_plan
from .accents import LATIN, fix_accents
from .bare_trail import BARE_TRAIL, flag_bare_trails
from .common import Context, Fix, Fixer
from .compose import COMBINING_MARKS, fix_decomposed
from .damage import LOST_LEAD_TRIGGER, REPLACEMENTS_TRIGGER, fix_lost_lead, flag_replacements
from .double_escape import read_double_escaped
from .escaped_cyrillic import read_escaped_cyrillic
from .homoglyph import CYRILLIC, fix_homoglyphs
from .invisible import (
    FULLWIDTH_ALNUM,
    IN_WORD,
    INDENT_CHARS,
    INVISIBLES,
    RADICALS,
    fix_fullwidth,
    fix_in_word,
    fix_radicals,
    fix_space_indent,
    fix_space_indent_after_readings,
    fix_zero_width,
)
from .lost_char import LOST_CHAR_TRIGGER, fix_lost_char
from .misaligned import MISALIGNED_TRIGGER, fix_misaligned
from .mojibake import fix_cjk
from .pinyin import PINYIN_TRIGGER, fix_pinyin
from .punctuation import PUNCTUATION_TRIGGER, fix_cjk_punctuation
from .readings import is_reading
from .references import ENTITIES_TRIGGER, decode_references, fix_entities, read_escaped_mojibake, reference_runs
from .regions import SHORT
from .script import fix_script, gather_evidence
from .script_escapes import read_script_escapes
from .spacing import ODD_SPACES, fix_odd_spaces
from .stray import fix_stray_bytes, follow
from .suspects import suspect_or
from .triggers import Triggers
from .utf8_misreads import needed_parts
from .view import map_changes, text_view, view_offset
from .western import MISREAD_ALSO, fix_western
from .wrapped import WRAP_TRIGGER, fix_glossed_wrap

__all__ = ["FIXERS", "Repaired", "apply_plan", "is_reading", "repair_text"]

SCRIPTS = ("auto", "keep", "simplified", "traditional")


def _script_evidence(text: str, ctx: Context) -> Fix:
    """Not a text change: records the script decision in the context for the last fixer."""
    gather_evidence(text, ctx)
    return Fix(text)


def _beside_readings(fixer: Fixer) -> Fixer:
    """``fixer`` again once the pinyin fixer removed readings: a space or a radical look-alike after one
    (院(yuàn)\u2002法, ``</ruby>\u2002法``, 圍(wéi)⼴,) stood beside no ideograph, and now stands beside one."""
    def again(text: str, ctx: Context) -> Fix:
        return fixer(text, ctx) if ctx.readings_removed else Fix(text)
    return again


FIXERS: dict[str, Fixer] = {
    "html_entities": fix_entities,
    "zero_width": fix_zero_width,
    "mojibake_western": fix_western,
    "mojibake_cjk": fix_cjk,
    # the encoding repairs give back the invisibles a misread page held as mojibake (вЂ‹ is U+200B)
    "zero_width_repaired": fix_zero_width,
    # (look-alikes first: a word mixing alphabets is a script break, which makes its spot look like mojibake)
    "homoglyph": fix_homoglyphs,
    "invisible_in_word": fix_in_word,
    "compose": fix_decomposed,
    "mojibake_accent": fix_accents,
    "misaligned_run": fix_misaligned,
    "stray_byte": fix_stray_bytes,
    "lost_lead_byte": fix_lost_lead,
    "lost_character": fix_lost_char,
    "replacement_chars": flag_replacements,
    "radical_lookalike": fix_radicals,
    "fullwidth_ascii": fix_fullwidth,
    "odd_space": fix_odd_spaces,
    "space_indent": fix_space_indent,
    "glossed_hard_wrap": fix_glossed_wrap,
    "script_evidence": _script_evidence,
    "pinyin_annotation": fix_pinyin,
    "bare_trail_byte": flag_bare_trails,
    # (the spaces beside the readings now stand between ideographs)
    "radical_lookalike_beside_readings": _beside_readings(fix_radicals),
    "odd_space_beside_readings": _beside_readings(fix_odd_spaces),
    "space_indent_beside_readings": fix_space_indent_after_readings,
    "cjk_punctuation": fix_cjk_punctuation,
    "script": fix_script,
}


# Fixers with nothing to do on text without CJK characters (ideographs, radicals, kana, full-width
# forms). The encoding repairs run before them and may produce such characters; none of them does.
_CJK_ONLY = frozenset(
    ("mojibake_accent", "misaligned_run", "lost_lead_byte", "lost_character", "radical_lookalike", "fullwidth_ascii",
     "odd_space", "glossed_hard_wrap", "script_evidence", "pinyin_annotation", "bare_trail_byte", "cjk_punctuation",
     "script")
)


# The characters without which a fixer has nothing to do, each declared beside its fixer (a class body):
# one scan of the text tells which occur (.triggers), where each fixer's own precheck would read it
# again. Fixers not named always run.
TRIGGERS: dict[str, str] = {
    "html_entities": ENTITIES_TRIGGER,
    "zero_width": INVISIBLES,
    "zero_width_repaired": INVISIBLES,
    "homoglyph": CYRILLIC,
    "invisible_in_word": IN_WORD,
    "compose": COMBINING_MARKS,
    "mojibake_accent": LATIN,
    "misaligned_run": MISALIGNED_TRIGGER,
    "lost_lead_byte": LOST_LEAD_TRIGGER,
    "lost_character": LOST_CHAR_TRIGGER,
    "replacement_chars": REPLACEMENTS_TRIGGER,
    "radical_lookalike": RADICALS,
    "fullwidth_ascii": FULLWIDTH_ALNUM,
    "odd_space": ODD_SPACES,
    "space_indent": INDENT_CHARS,
    "glossed_hard_wrap": WRAP_TRIGGER,
    "pinyin_annotation": PINYIN_TRIGGER,
    "bare_trail_byte": BARE_TRAIL,
    "radical_lookalike_beside_readings": RADICALS,
    "odd_space_beside_readings": ODD_SPACES,
    "space_indent_beside_readings": INDENT_CHARS,
    "cjk_punctuation": PUNCTUATION_TRIGGER,
}
_TRIGGERS = Triggers(TRIGGERS)
# The mojibake fixers: nothing to do on a short text where neither one's first scan finds a spot, which
# :func:`_mojibake_spots` tells for both in one search.
_SPOT_GATED = frozenset(("mojibake_western", "mojibake_cjk"))
# Each fixer with its name, whether it needs CJK, whether it has a trigger and whether it is spot-gated:
# read once, not once a text.
_STEPS = tuple((name, fixer, name in _CJK_ONLY, name in TRIGGERS, name in _SPOT_GATED)
               for name, fixer in FIXERS.items())


def _mojibake_spots(text: str) -> bool:
    """A short text holds a suspect spot (.suspects: the legacy-codec fixer's first scan) or what a misread
    UTF-8 sequence needs (.utf8_misreads: the western fixer's): one search, where each fixer would read the
    whole text, and most texts hold neither (each fixer then reads the text itself)."""
    return suspect_or(text, *needed_parts(MISREAD_ALSO))


@dataclass(slots=True)
class Repaired:
    text: str
    changes: list[Change] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    script: str | None = None  # output script: "simplified", "traditional" or None


def repair_text(text: str, *, script: str = "auto", codec_hint: str | None = None, html: bool = False,
                strays: tuple[StrayByte, ...] = ()) -> Repaired:
    """Run the fixers over ``text``; every change is recorded and replayable.

    With ``html`` the fixers read only the page's :func:`.view.text_view` and their edits are mapped
    back onto the page (the same result as repairing the whole page, at a fraction of the cost).
    ``strays`` are the bytes the decode stage could not place, at offsets into ``text`` (.stray).
    """
    if script not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, not {script!r}")
    if html and (escapes := read_script_escapes(text)) is not None:
        rest = repair_text(escapes.text, script=script, codec_hint=codec_hint, html=True,
                           strays=follow(strays, escapes.changes))
        return Repaired(rest.text, escapes.changes + rest.changes, rest.flags, rest.script)
    if html and (refs := _read_references(text, codec_hint)) is not None:
        rest = repair_text(refs.text, script=script, codec_hint=codec_hint, html=True,
                           strays=follow(strays, refs.changes))
        return Repaired(rest.text, refs.changes + rest.changes, rest.flags, rest.script)
    if text.isascii() and (html or "&" not in text):  # only references in plain text are ASCII to fix
        return Repaired(text)
    if html:
        view = text_view(text)
        in_view = tuple(replace(stray, offset=offset) for stray in strays
                        if (offset := view_offset(view, stray.offset)) is not None)
        on_view = _run_fixers(view.text, Context(script=script, codec_hint=codec_hint, page=text, html=True,
                                                 strays=in_view))
        changes = map_changes(view, on_view.changes)
        if changes is not None:
            return Repaired(apply_plan(text, changes), changes, on_view.flags, on_view.script)
    return _run_fixers(text, Context(script=script, codec_hint=codec_hint, html=html, strays=strays))


def _read_references(page: str, codec_hint: str | None) -> Fix | None:
    """The page with its references read where it writes its CJK as &#NNNNN;, escapes mojibake
    (&acirc;&euro;&trade;, or Cyrillic bytes: &#207;&#238;) or escapes twice (&amp;rsquo;); None when it does
    none of that. The four read the page's runs of references, found in one scan."""
    runs = reference_runs(page)
    refs = decode_references(page, runs)
    if not refs.changes:  # (before the legacy CJK reading: Russian words' bytes may read as GBK too)
        refs = read_escaped_cyrillic(page, runs)
    if not refs.changes:
        refs = read_escaped_mojibake(page, codec_hint, runs)
    if not refs.changes:
        refs = read_double_escaped(page, runs)
    return refs if refs.changes else None


def _run_fixers(text: str, ctx: Context) -> Repaired:
    result = Repaired(text)
    cjk: bool | None = None  # decided once the encoding repairs are done
    scanned: str | None = None  # the text last scanned for TRIGGERS, and the fixers it triggers
    triggered: frozenset[str] = frozenset()
    zero_width_left: str | None = None  # the text zero_width returned unchanged
    spotted_in: str | None = None  # the short text last searched by _mojibake_spots, and its answer
    spotted = True
    for name, fixer, cjk_only, has_trigger, spot_gated in _STEPS:
        if name == "zero_width_repaired" and result.text is zero_width_left:
            # The encoding repairs changed nothing: the same text again (fix_zero_width reads only
            # the text; the context it writes to only when it removes something) finds nothing again.
            continue
        if cjk_only:
            if cjk is None:
                cjk = ctx.has_cjk(result.text)
            if not cjk:
                continue
        if has_trigger:
            if scanned is not result.text:
                scanned, triggered = result.text, _TRIGGERS.scan(result.text, ctx.regions(result.text))
            if name not in triggered:
                continue
        if spot_gated and len(result.text) <= SHORT:
            if spotted_in is not result.text:
                spotted_in, spotted = result.text, _mojibake_spots(result.text)
            if not spotted:
                continue
        fixed = fixer(result.text, ctx)
        if name == "zero_width" and fixed.text is result.text:
            zero_width_left = fixed.text
        result.text = fixed.text
        if fixed.changes or fixed.flags:  # most fixers leave most texts as they are
            result.changes.extend(fixed.changes)
            result.flags.extend(fixed.flags)
            ctx.strays = (follow(ctx.strays, fixed.changes) if ctx.strays else ()) + fixed.strays
    result.script = ctx.output_script
    return result
