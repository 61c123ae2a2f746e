"""Character references read as the characters: numeric references of CJK prose in an HTML page
(``&#32178;``, :func:`decode_references`), and references left in a plain-text dump (:func:`fix_entities`).

Some sites write every non-ASCII character of a page as a reference. The fixers read characters, so
on such a page they would see none: no reading after 網 to remove, nothing to convert back from
traditional script. On a page with references to CJK characters, every reference to a character
from U+00A0 up in its prose (tone letters of readings too: ``w&#462;ng``) is replaced by the
character, which is what the HTML parser makes of it anyway. References in tags, scripts and styles
stay, and so do references to ASCII (``&#60;`` is markup's) and to U+0080-U+009F (which HTML reads
as windows-1252), but where those follow CJK text (``繧九&#128;&#128;蠎ｧ``), on any page: UTF-8 read as
cp932 holds the control U+0080 for a byte 0x80, which a page in a codec without it writes as a reference;
they are read as HTML reads them (``€``), so the mojibake fixer sees the whole misread run.

A page may also escape mojibake: UTF-8 read as windows-1252 and then written as references
(``isn&acirc;&euro;&trade;t``, a CMS running ``htmlentities`` over misread text). The parser would show
``isnâ€™t``, and the fixers, which read the page's text without its references, never see it. A run
of two or more references whose characters, written back in windows-1252, are exactly the UTF-8
bytes of non-ASCII characters is replaced by those characters (:func:`read_escaped_mojibake`); any
other run (``&eacute;&eacute;``, ``&nbsp;&nbsp;``, ``&amp;&lt;``) fails that test and stays. The same
mistake over a legacy CJK page (PHP's ``htmlentities`` with its old ISO-8859-1 default over GBK text:
``&Aacute;&not;&Egrave;&Otilde;``, or a paragraph written as ``&#xCA;&#xE9;``) spells GBK, Big5,
Shift_JIS or EUC-KR bytes: a run of at least four such characters' bytes (with the ASCII a trail byte
may be between the references) that decodes strictly, into CJK only, in one codec clearly more
plausibly than in any other, is read as those characters.

A text file that writes ``&ldquo;`` or ``&nbsp;&nbsp;`` where the page showed “ and an indent was
copied from markup, not from the page; its references are read as the characters they name. One
reference alone proves nothing (an article about HTML may quote ``&nbsp;``), so at least two are
needed. Only plain text: in HTML (or text holding tags, markup given as text) the parser reads
references, and one escaped twice is the page's own; unescaping ``&lt;b&gt;`` there would make tags.
"""

from __future__ import annotations

import functools
import re
from html import unescape
from html.entities import html5

from ..decode_choose import ACCEPT, MARGIN
from ..plausibility import plausibility
from ..record import Edit
from .common import CJK, Context, Fix, fix_from_edits
from .invisible import INVISIBLES
from .markup import Markup

RULE = "char_references"
ENTITIES_TRIGGER = "&"  # (fix_entities: plain text's references; the registry's precheck, .triggers)
_REF_RE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{2,6})|(?P<dec>[0-9]{3,7}));")
# References from U+2000 up (four hex digits from 2, or five decimal ones): the few a page of
# &#39; and &#160; holds are checked for CJK before every reference is read.
_HIGH_REF_RE = re.compile(r"&#(?:[xX](?P<hex>[2-9a-fA-F][0-9a-fA-F]{3,5})|(?P<dec>[1-9][0-9]{4,6}));")
_CJK_FROM = 0x2E80
_C1_REF = r"&#(?:12[89]|1[3-5][0-9]|[xX][89][0-9a-fA-F]);"
_C1_REF_RE = re.compile(_C1_REF)
_C1_AFTER_CJK_RE = re.compile(f"(?<=[{CJK}])(?:{_C1_REF})+")
_LOWEST = 0xA0
# The invisibles and odd spaces a farm scatters through its text (&#8288;, &#8204;, &#8194;): a GBK, Big5,
# windows-1252 or KOI8-R page has no bytes for them, so they come as references, which the fixers would never see.
_NOISE_RE = re.compile(f"[{INVISIBLES}\u2002-\u200a\u202f\u205f]")
# A reference inside a word (Br&#1077;ntmoor, in&#1072;ugur): a letter the page's codec lacks, a look-alike
# from another alphabet a farm swapped in, which the look-alike fixer must see as a letter.
_LETTERS = "A-Za-z\u00c0-\u024f\u0400-\u04ff"
# (The literal "&#" first, the letter before it looked at behind: a pattern opening with a lookbehind is
# tried at every position of the page, 16x slower.)
_IN_WORD_REF_RE = re.compile(f"&#(?<=[{_LETTERS}]&#)(?:[xX](?P<hex>[0-9a-fA-F]{{2,6}})|(?P<dec>[0-9]{{3,7}}));"
                             f"(?=[{_LETTERS}])")
# Named references (letters and digits, as HTML's table has them) and numeric ones, with their ';'.
_ANY_BODY = r"(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
_ANY_REF_RE = re.compile(f"&{_ANY_BODY}")
_MIN_PLAIN_REFS = 2
# Two to twelve references in a row: the UTF-8 bytes of one to four characters. (Written with a literal
# "&" first, so the regex engine skips to each "&" instead of trying a group at every position.)
ONE_REF = r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});"
_REF_RUN_RE = re.compile(ONE_REF + f"(?:{ONE_REF}){{1,11}}")
# A misread character half raw and half references (â&#8364;&#339; for “): a Latin-1 page saved from a windows-1252
# reading has â but not €. A raw lead (Â-ô) and as many continuations, references or raw characters, as it leads.
_PART = f"(?:{ONE_REF}|[^\x00-\x7f&])"
# (One class first, the lead's kind looked at behind it: an alternation of three classes is tried at every
# position of the page, 4x slower.)
_HALF_ESCAPED_RE = re.compile(f"[\u00c2-\u00f4](?:(?<=[\u00c2-\u00df]){_PART}|(?<=[\u00e0-\u00ef]){_PART}{{2}}"
                              f"|(?<=[\u00f0-\u00f4]){_PART}{{3}})")
# The first "&" of a match holding a reference follows its lead or a raw continuation (.\_half_escaped).
_RAW_THEN_REF_RE = re.compile("&(?<=[^\x00-\x7f]&)")
ESCAPED_RULE = "escaped_mojibake"
# A run of references and raw characters (the misread's characters a KOI8-R or windows-1251 page holds are raw):
# read whole (.\_mixed_runs), with at most this many raw characters before its first reference.
_PART_RE = re.compile(f"{ONE_REF}|[^\x00-\x7f]")
_MIXED_RUN_RE = re.compile(f"{ONE_REF}(?:{ONE_REF}|[^\x00-\x7f])*")
_MAX_RAW_BEFORE = 64
read_reference = functools.lru_cache(maxsize=1024)(unescape)  # (the scans of runs meet &nbsp; &amp; again and again)
_SPACED_WORD_RE = re.compile("[\u00e0-\u00f4]\u00a0")
# References to bytes, with the ASCII a Big5 or Shift_JIS trail byte may be between them (no space, "&", "<").
_BYTE_RUN_RE = re.compile(f"{ONE_REF}(?:{ONE_REF}|[!-%'-;=-~])*{ONE_REF}")
_LEGACY_CODECS = ("gb18030", "big5hkscs", "cp932", "cp949")
_MIN_LEGACY_BYTES = 8  # four double-byte characters
# A reference that may stand for a byte from 0x80 up: a name (checked against _byte_names) or 128-255.
_BYTE_REF_RE = re.compile(r"&(?:([A-Za-z]{2,8})|#(?:[xX][89a-fA-F][0-9a-fA-F]|1[2-9][0-9]|2[0-5][0-9]));")
_CJK_OR_HANGUL_RE = re.compile(f"[{CJK}\uac00-\ud7af\u3000-\u303f]")
# Runs of adjacent references, a twice-escaped one (&amp;rsquo;: .double_escape) read as one. Every
# match of the scans for references lies in one run (they start with "&", hold no other, and a run
# ends only where no reference follows): one scan of a page finds the runs, and the scans read
# them (:func:`reference_runs`) to tell whether the page needs reading whole.
TWICE_BODY = r"(?:[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{2,7};|#[xX][0-9A-Fa-f]{2,6};)"
_ONE_OF_RUN = f"&(?:amp;{TWICE_BODY}|{_ANY_BODY})"
_RUNS_RE = re.compile(f"{_ONE_OF_RUN}(?:{_ONE_OF_RUN})*")  # "&" first: the engine skips to each "&"
_TAG_RE = re.compile(r"<[A-Za-z!/]")


def _code(m: re.Match[str]) -> int:
    return int(m["hex"], 16) if m["hex"] else int(m["dec"])


def _character(code: int) -> str | None:
    if code < _LOWEST or code > 0x10FFFF or 0xD800 <= code < 0xE000:
        return None
    return chr(code)


def reference_runs(page: str) -> str:
    """The runs of adjacent references of ``page`` (:data:`_RUNS_RE`), joined by "\\x00": a scan for
    references finds in them what it finds in the page (a page holds a few hundred characters of
    references; each scan of the page costs as much as this one)."""
    return "\x00".join(_RUNS_RE.findall(page)) if "&" in page else ""


def decode_references(page: str, runs: str | None = None) -> Fix:
    """``page`` with its prose's references read, when some reference a CJK character, or the
    invisibles and odd spaces of copy-detection noise (on any page: a windows-1252 or KOI8-R page has no
    bytes for them either), or a letter between two letters of a word; else as is; and references to C1
    controls after CJK text in either case (see the module). ``runs``
    are the page's :func:`reference_runs`, found here when not given."""
    runs = reference_runs(page) if runs is None else runs
    after_cjk = list(_C1_AFTER_CJK_RE.finditer(page)) if _C1_REF_RE.search(runs) else []
    read_all = any(_code(m) >= _CJK_FROM for m in _HIGH_REF_RE.finditer(runs)) or any(
        _NOISE_RE.match(chr(min(_code(m), 0x10FFFF))) for m in _REF_RE.finditer(runs)) or (
        "&#" in runs and any((_character(_code(m)) or "").isalpha() for m in _IN_WORD_REF_RE.finditer(page)))
    if not read_all and not after_cjk:
        return Fix(page)
    markup = Markup(page)
    edits = [Edit(m.start(), m.end(), m[0], char) for m in (_REF_RE.finditer(page) if read_all else ())
             if (char := _character(_code(m))) is not None and not markup.covers(m.start())]
    edits += [Edit(m.start() + ref.start(), m.start() + ref.end(), ref[0], unescape(ref[0]))
              for m in after_cjk if not markup.covers(m.start()) for ref in _C1_REF_RE.finditer(m[0])]
    edits.sort(key=lambda edit: edit.start)
    return fix_from_edits(page, RULE, f"{len(edits)} numeric character references read as the characters", edits)


def read_escaped_mojibake(page: str, codec_hint: str | None = None, runs: str | None = None) -> Fix:
    """``page`` with runs of references that spell UTF-8 bytes as windows-1252 characters read as the characters
    those bytes encode, outside tags, scripts and styles: a whole run of references and raw characters
    (:func:`_mixed_runs`), else a run of references alone or a raw first character and references
    (:data:`_HALF_ESCAPED_RE`). ``runs`` as for :func:`decode_references`: the page is read whole only when
    they hold such a run."""
    runs = reference_runs(page) if runs is None else runs
    if not runs:
        return Fix(page)
    edits = _mixed_runs(page, runs, after_raw := [m.start() for m in _RAW_THEN_REF_RE.finditer(page)])
    spelled = any(_utf8_behind(read_reference(m[0])) is not None for m in _REF_RUN_RE.finditer(runs))
    found = [m for m in _REF_RUN_RE.finditer(page)] if spelled else []
    found += _half_escaped(page, after_raw)
    edits += [Edit(m.start(), m.end(), m[0], char) for m in found if (char := _utf8_behind(unescape(m[0]))) is not None
              and not any(edit.start < m.end() and m.start() < edit.end for edit in edits)]
    if edits:
        markup = Markup(page)
        edits = [edit for edit in _no_spaced_words(page, edits) if not markup.covers(edit.start)]
    legacy = _escaped_legacy(page, edits, codec_hint, runs)
    evidence = f"{len(edits)} runs of references spelling UTF-8 as windows-1252"
    if legacy:
        evidence = f"{evidence}, {len(legacy)} spelling {', '.join(sorted({codec for codec, _ in legacy}))} bytes"
    return fix_from_edits(page, ESCAPED_RULE, evidence, sorted(edits + [edit for _, edit in legacy],
                                                               key=lambda edit: edit.start))


def _mixed_runs(page: str, runs: str, after_raw: list[int]) -> list[Edit]:
    """Whole runs of references and raw characters from U+0080 up that spell UTF-8 as windows-1252 (``&#208;°``
    is а on a KOI8-R page, which has ° but not Ð), as edits to the characters they spell."""
    if not after_raw and not any("\u00c2" <= read_reference(ref) <= "\u00f4" for ref in re.findall(ONE_REF, runs)):
        return []  # no reference after a raw character, none reading as a UTF-8 lead: no run opens with one
    edits = []
    for m in _MIXED_RUN_RE.finditer(page):
        start = m.start()
        while start > 0 and not page[start - 1].isascii() and m.start() - start < _MAX_RAW_BEFORE:
            start -= 1
        first = page[start] if start < m.start() else read_reference(m[0][:m[0].index(";") + 1])
        if (start > 0 and not page[start - 1].isascii()) or not "\u00c2" <= first <= "\u00f4":
            continue  # more raw characters before (no word), or no UTF-8 lead first: most runs (&nbsp;), told at once
        run = page[start:m.end()]
        if len(_PART_RE.findall(run)) > 1 and (char := _utf8_behind(unescape(run))) is not None:
            edits.append(Edit(start, m.end(), run, char))
    return edits


def _half_escaped(page: str, after_raw: list[int]) -> list[re.Match[str]]:
    """The matches of :data:`_HALF_ESCAPED_RE` holding a reference, as a whole-page scan finds them, from scans of the
    text between tags around each "&" after a raw character (``after_raw``): no match holds "<" or ">"."""
    found: list[re.Match[str]] = []
    end = 0
    for at in after_raw:
        if at < end:
            continue  # in the text already scanned
        start = max(end, page.rfind("<", end, at) + 1, page.rfind(">", end, at) + 1)
        end = page.find("<", at)
        end = len(page) if end < 0 else end
        found += [m for m in _HALF_ESCAPED_RE.finditer(page, start, end) if "&" in m[0]]
    return found


def _no_spaced_words(page: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` but those read from a letter that leads three or four bytes followed by a NBSP, on a page without
    CJK text (none raw, none read by the other edits): that is a word, a space and a quote (``caf&eacute;&nbsp;&raquo;``
    spells E9 A0 BB, an ideograph; ``d&eacute;j&agrave;&nbsp;&raquo;`` a Samaritan letter)."""
    spaced = [edit for edit in edits if _SPACED_WORD_RE.search(unescape(edit.old))]
    if not spaced or _CJK_OR_HANGUL_RE.search(page) or any(
            _CJK_OR_HANGUL_RE.search(edit.new) for edit in edits if edit not in spaced):
        return edits
    return [edit for edit in edits if edit not in spaced]


def _escaped_legacy(page: str, taken: list[Edit], hint: str | None, runs: str) -> list[tuple[str, Edit]]:
    """Runs of references spelling legacy CJK bytes (outside ``taken`` and markup), as (codec, edit)."""
    found: list[tuple[str, Edit]] = []
    byte_refs = _byte_names()
    if sum(1 for m in _BYTE_REF_RE.finditer(runs) if m[1] is None or m[1] in byte_refs) < _MIN_LEGACY_BYTES:
        return found  # too few references to bytes from 0x80 up on the page: the common case, one scan
    markup: Markup | None = None
    for m in _BYTE_RUN_RE.finditer(page):
        if any(edit.start < m.end() and m.start() < edit.end for edit in taken):
            continue
        if (reading := _legacy_behind(unescape(m[0]), hint)) is not None:
            markup = markup or Markup(page)
            if not markup.covers(m.start()):
                found.append((reading[0], Edit(m.start(), m.end(), m[0], reading[1])))
    return found


@functools.cache
def _byte_names() -> frozenset[str]:
    """Names of the HTML references to characters U+00A1-U+00FF and windows-1252's 0x80-0x9F ones."""
    return frozenset(name.rstrip(";") for name, char in html5.items() if name.endswith(";") and len(char) == 1
                     and (0xA1 <= ord(char) <= 0xFF or (ord(char) > 0xFF and _cp1252_byte(char))))


def _cp1252_byte(char: str) -> bool:
    try:
        return len(char.encode("cp1252")) == 1
    except UnicodeError:
        return False


def _legacy_behind(chars: str, hint: str | None) -> tuple[str, str] | None:
    """(codec, text) when the bytes ``chars`` spell as windows-1252 (or Latin-1) decode in one legacy CJK
    codec into CJK characters only, clearly more plausibly than in any other; the page's own codec
    (``hint``) wins a near-tie. Each character spells one byte, from 0x80 up when it is not ASCII:
    too few such characters are told before the bytes are made."""
    if len(chars) - len(chars.encode("ascii", "ignore")) < _MIN_LEGACY_BYTES:
        return None
    try:
        data = b"".join(ch.encode("cp1252") if ord(ch) > 0xFF else bytes((ord(ch),)) for ch in chars)
    except UnicodeError:
        return None
    ranked = []
    for codec in _LEGACY_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if all(ch.isascii() or _CJK_OR_HANGUL_RE.match(ch) for ch in text):
            ranked.append((plausibility(text, codec), codec, text))
    ranked.sort(reverse=True)
    if not ranked or ranked[0][0] < ACCEPT:
        return None
    own = next((r for r in ranked if r[1] == hint and r[0] > ranked[0][0] - MARGIN), None)
    if own is None and len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return (own or ranked[0])[1], (own or ranked[0])[2]


def _utf8_behind(chars: str) -> str | None:
    """What ``chars`` decode to when their windows-1252 bytes are read as UTF-8, if that is only
    non-ASCII characters (None when the bytes are no UTF-8)."""
    if not "\u00c2" <= chars[:1] <= "\u00f4":
        return None  # the first byte leads no UTF-8 sequence (or is ASCII): most runs (&nbsp;&nbsp;), told at once
    try:  # U+0080-U+009F stand for the bytes windows-1252 leaves undefined (&#157; for 0x9D, as in ”)
        data = b"".join(bytes((ord(ch),)) if 0x80 <= ord(ch) < 0xA0 else ch.encode("cp1252") for ch in chars)
        decoded = data.decode("utf-8")
    except UnicodeError:
        return None
    return decoded if decoded and not any(ch.isascii() for ch in decoded) else None


def fix_entities(text: str, ctx: Context) -> Fix:
    """Plain text's references read, when it holds two or more and no tags (rule ``html_entities``)."""
    if ctx.html or ENTITIES_TRIGGER not in text or _TAG_RE.search(text):
        return Fix(text)
    edits = [Edit(m.start(), m.end(), m[0], new) for m in _ANY_REF_RE.finditer(text)
             if (new := unescape(m[0])) != m[0]]
    if len(edits) < _MIN_PLAIN_REFS:
        return Fix(text)
    return fix_from_edits(text, "html_entities", f"{len(edits)} HTML character references in plain text", edits)
