# ruff: noqa: E501
"""Audit37 generator: seeded COMBINATORIAL damage over the non-Chinese stories of a37_texts. Every case draws
its own combination: chrome in the story's language (spam keyword lines, crumb, info line, share / prev-next /
related / copyright), text damage (zero-width characters inside words, odd spaces between words and at line
ends, Cyrillic-Latin homoglyphs, HTML entities written as text, UTF-8 misread as cp1252 / cp1251 / Shift_JIS,
cp1251 misread as Latin-1, in the title or one paragraph) and an output (a .txt dump, or a WordPress, generic
CMS or news-site page) in the language's codecs with a right, missing or wrong label. The expectation is the
clean story: its title, its exact paragraphs, its language and the metadata the page states.

    from a37_gen import build_all; cases = build_all(seed=37, n=200)
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from a37_chrome import CHROME, Chrome, date_forms  # noqa: E402
from a37_html import Parts, cms_page, news_page, wp_page  # noqa: E402
from a37_texts import TEXTS, Text  # noqa: E402

CODECS = {
    "en": (("utf-8", 5), ("cp1252", 3), ("latin-1", 2)),
    "es": (("utf-8", 5), ("cp1252", 3), ("latin-1", 2)),
    "fr": (("utf-8", 5), ("cp1252", 3), ("latin-1", 2)),
    "de": (("utf-8", 5), ("cp1252", 3), ("latin-1", 2)),
    "ru": (("utf-8", 4), ("windows-1251", 4), ("koi8-r", 2)),
    "ja": (("utf-8", 4), ("shift_jis", 4), ("euc-jp", 2)),
}
LABELS = {"utf-8": "utf-8", "cp1252": "windows-1252", "latin-1": "iso-8859-1", "windows-1251": "windows-1251", "koi8-r": "koi8-r",
          "shift_jis": "Shift_JIS", "euc-jp": "EUC-JP"}
WRONG = {"utf-8": {"ru": "windows-1251", "ja": "Shift_JIS"}, "koi8-r": {"ru": "windows-1251"}, "euc-jp": {"ja": "Shift_JIS"}}
ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
ODD = "\xa0\u2009\u202f\u2002\u2003"
LAT2CYR = dict(zip("aeopcxyiAEOPCTHKMB", "аеорсхуіАЕОРСТНКМВ", strict=True))
CYR2LAT = dict(zip("аеорсхуАЕОРСТНКМВ", "aeopcxyAEOPCTHKMB", strict=True))
ENTITIES = {"’": ("&rsquo;", "&#8217;"), "‘": ("&lsquo;",), "“": ("&ldquo;", "&#8220;"), "”": ("&rdquo;", "&#x201D;"), "«": ("&laquo;", "&#171;"),
            "»": ("&raquo;",), "—": ("&mdash;", "&#8212;"), "„": ("&bdquo;",), "é": ("&eacute;", "&#233;"), "á": ("&aacute;",), "ó": ("&oacute;",),
            "í": ("&iacute;",), "ñ": ("&ntilde;",), "ü": ("&uuml;",), "ö": ("&ouml;",), "ä": ("&auml;",), "ß": ("&szlig;",), "è": ("&egrave;",),
            "£": ("&pound;",), "¿": ("&iquest;",), "¡": ("&iexcl;",), "ç": ("&ccedil;",), "à": ("&agrave;",), "«»": (), "「": ("&#12300;",), "」": ("&#12301;",)}


@dataclass
class Case37:
    name: str
    ext: str
    data: bytes
    title: str
    body: str
    meta: dict[str, str]
    kinds: list[str]
    notes: list[str] = field(default_factory=list)


def whatwg_1252(b: bytes) -> str:
    """Bytes as a browser reads windows-1252: the five undefined bytes become C1 controls."""
    return "".join(bytes([x]).decode("cp1252", "ignore") or chr(x) for x in b)


def browser_encode(text: str, codec: str, errors: str) -> bytes:
    """``text`` in ``codec`` as a browser's encoder writes it: windows-1252 and windows-1251 map the C1
    controls they read their undefined bytes as (0x9D -> U+009D) back to those bytes, so UTF-8 read as
    windows-1252 and saved again is the UTF-8 bytes (Python's cp1252 has no such mapping). Only the bytes
    the codec leaves undefined: windows-1251 reads 0x81 as Ѓ, so it has no byte for U+0081 (a reference)."""
    if codec not in ("cp1252", "windows-1251"):
        return text.encode(codec, errors)
    return b"".join(bytes([ord(ch)]) if 0x80 <= ord(ch) <= 0x9F and not _decodes(ord(ch), codec) else ch.encode(codec, errors)
                    for ch in text)


def _decodes(byte: int, codec: str) -> bool:
    try:
        bytes([byte]).decode(codec)
        return True
    except UnicodeDecodeError:
        return False


def misread(s: str, kind: str) -> str | None:
    try:
        if kind == "u8as1252":
            return whatwg_1252(s.encode("utf-8"))
        if kind == "u8as1251":
            return "".join(bytes([x]).decode("cp1251", "ignore") or chr(x) for x in s.encode("utf-8"))
        if kind == "1251aslatin":
            return whatwg_1252(s.encode("cp1251"))
        if kind == "u8assjis":  # cp932 as a browser reads it: 0xA0 and 0xFD-0xFF are no characters (lost)
            out = s.encode("utf-8").decode("cp932")
            return None if any("\uf8f0" <= c <= "\uf8f3" for c in out) else out
    except UnicodeError:
        return None
    return None


MOJI = {"en": ("u8as1252",), "es": ("u8as1252",), "fr": ("u8as1252",), "de": ("u8as1252",), "ru": ("u8as1251", "1251aslatin", "u8as1252"), "ja": ("u8assjis",)}


def zero_width(s: str, every: int, rng: random.Random, ja: bool) -> str:
    out, n = [], 0
    for i, ch in enumerate(s):
        out.append(ch)
        nxt = s[i + 1 : i + 2]
        if ch.isalpha() and nxt.isalpha():
            n += 1
            if n % every == 0:
                out.append(rng.choice(ZW if not ja else ZW[:5]))
    return "".join(out)


def odd_spaces(s: str, every: int, rng: random.Random) -> str:
    """Every ``every``-th space between two letters becomes an odd space (copy noise). Spaces next to digits
    or punctuation are left: a thin space in 3 200 or a narrow one before a French colon may be the writer's."""
    out, n = [], 0
    for i, ch in enumerate(s):
        if ch == " " and 0 < i < len(s) - 1 and s[i - 1].isalpha() and s[i + 1].isalpha():
            n += 1
            if n % every == 0:
                ch = rng.choice(ODD)
        out.append(ch)
    return "".join(out)


def homoglyphs(s: str, lang: str, every: int, rng: random.Random) -> str:
    table = CYR2LAT if lang == "ru" else LAT2CYR
    words = s.split(" ")
    n = 0
    for k, w in enumerate(words):
        idx = [i for i, ch in enumerate(w) if ch in table and i > 0 and w[i - 1].isalpha()]
        if len(w) >= 4 and idx:
            n += 1
            if n % every == 0:
                i = rng.choice(idx)
                words[k] = w[:i] + table[w[i]] + w[i + 1 :]
    return " ".join(words)


def entities(s: str, rng: random.Random, rate: float = 0.8) -> str:
    return "".join(rng.choice(ENTITIES[ch]) if ENTITIES.get(ch) and rng.random() < rate else ch for ch in s)


def entity_lines(lines: list[str], rng: random.Random) -> list[str] | None:
    """The lines with references for some of their marks and accents; at least two of them, since one
    reference alone proves nothing (an article about HTML may quote &nbsp;): None when the story has too few
    characters to write so."""
    for rate in (0.8, 1.0):
        out = [entities(x, rng, rate) for x in lines]
        if sum(x.count("&") for x in out) >= 2:
            return out
    return None


def weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def build_case(k: int, seed: int) -> Case37:
    rng = random.Random(seed * 100003 + k)
    t: Text = rng.choice(TEXTS)
    ch: Chrome = CHROME[t.lang]
    kinds: list[str] = [f"lang:{t.lang}"]
    notes: list[str] = []
    lines = [t.title, *t.paras]
    ja = t.lang == "ja"
    # --- text damage on the article lines ---
    if rng.random() < 0.25:
        every = rng.choice((5, 9, 15))
        lines = [zero_width(x, every, rng, ja) for x in lines]
        kinds.append("zerowidth")
    if not ja and rng.random() < 0.3:
        every = rng.choice((3, 5, 8))
        lines = [odd_spaces(x, every, rng) for x in lines]
        kinds.append("oddspaces")
    if rng.random() < 0.25:
        lines = [x + rng.choice(ODD + "\u3000 \t") for x in lines]
        kinds.append("lineend")
    if not ja and rng.random() < 0.22:
        every = rng.choice((2, 3, 5))
        lines = [lines[0], *(homoglyphs(x, t.lang, every, rng) for x in lines[1:])]
        kinds.append("homoglyph")
    ent = rng.random() < 0.2
    moji_at = -1
    if rng.random() < 0.28:
        kind = rng.choice(MOJI[t.lang])
        order = [0, *range(1, len(lines))] if rng.random() < 0.35 else [*rng.sample(range(1, len(lines)), len(lines) - 1), 0]
        for i in order:
            m = misread(lines[i], kind)
            if m is not None and m != lines[i]:
                lines[i], moji_at = m, i
                kinds.append(f"moji:{kind}@{'title' if i == 0 else 'para'}")
                break
    # --- chrome ---
    spam = rng.sample(ch.spam, rng.choice((0, 1, 1, 2)))
    if spam:
        kinds.append(f"spam:{len(spam)}")
    crumb = ""
    if rng.random() < 0.75:
        items = rng.choice(ch.crumbs)
        sep = rng.choice((" » ", " > ", " / ")) if not ja else rng.choice((" > ", " ＞ ", " » "))
        crumb = rng.choice(ch.home) + sep.join(items)
        kinds.append("crumb")
    meta: dict[str, str] = {"lang": t.lang}
    info = ""
    date_text = rng.choice(date_forms(t.lang, t.published))
    if rng.random() < 0.6:
        parts = []
        if rng.random() < 0.8:
            parts.append(rng.choice(ch.source) + t.publisher)
            meta["publisher"] = t.publisher
        if rng.random() < 0.75:
            hm = f" {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}" if rng.random() < 0.4 else ""
            parts.append(rng.choice(ch.date_label) + date_text + hm)
            meta["published"] = t.published
        if rng.random() < 0.6 or not parts:
            parts.append(rng.choice(ch.author).format(t.author))
            meta["author"] = t.author
        rng.shuffle(parts)
        info = rng.choice((" | ", "  ", " · ", " | ", "　" if ja else " — ")).join(parts)
        kinds.append("info")
    feet = [f for f in ("share", "prevnext", "related", "copyright") if rng.random() < 0.45]
    if feet:
        kinds.append(f"foot:{len(feet)}")
    fmt = rng.choice(("txt", "txt", "wp", "cms", "cms_br", "news"))
    kinds.append(f"out:{fmt}")
    codec = weighted(rng, CODECS[t.lang])
    ent_rng = random.Random(seed * 100003 + k + 7)  # (its own draws: the case's other choices stay as they were)
    ent_lines = entity_lines([escape(x) if fmt != "txt" else x for x in lines], ent_rng) if ent else None
    if ent_lines is not None:
        kinds.append("entities")
    if fmt == "txt":
        if ent_lines is not None:
            lines = ent_lines
        text = _dump(lines, spam, crumb, info, feet, ch, ja, rng)
        data = _encode_txt(text, codec)
        if data is None:
            codec = "utf-8"
            data = text.encode("utf-8")
        ext = "txt"
    else:
        label = rng.choice(("right", "right", "missing", "wrong"))
        kinds.append(f"label:{label}")
        charset = None if label == "missing" else LABELS[codec] if label == "right" else WRONG.get(codec, {}).get(t.lang, "utf-8")
        tag = "" if charset is None else rng.choice((f'<meta charset="{charset}">', f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'))
        esc = [escape(x) for x in lines]
        if ent_lines is not None:  # a double escape: the page's source says &amp;rsquo;, the reader sees &rsquo;
            esc = [x.replace("&", "&amp;") for x in ent_lines]
        date_iso, shown_author = "", ""
        if fmt in ("wp", "news") and rng.random() < 0.6:
            date_iso = f"{t.published}T{rng.randrange(7, 22):02d}:15:00+00:00"
            meta["published"] = t.published
        if fmt != "txt" and not info and rng.random() < 0.4:
            shown_author = t.author
            meta["author"] = t.author
        title_tag = escape(rng.choice((f"{t.title} - {ch.farm}", f"{t.title} | {ch.farm}", spam[0] if spam else t.title)))
        p = Parts(t.lang, esc[0], esc[1:], escape(info), rng.random() < 0.4, tag, title_tag, spam, escape(crumb), date_iso, date_text if date_iso else "",
                  shown_author, ch, feet)
        page = wp_page(p) if fmt == "wp" else news_page(p, t.title) if fmt == "news" else cms_page(p, fmt == "cms_br")
        data = browser_encode(page, codec, "xmlcharrefreplace")
        ext = "html"
    kinds.append(f"codec:{codec}")
    if moji_at >= 0:
        notes.append(f"moji line {moji_at}")
    return Case37(f"{k:03d}_{t.key}", ext, data, t.title, "\n".join(t.paras), meta, kinds, notes)


def _encode_txt(text: str, codec: str) -> bytes | None:
    """A legacy editor's save: what the codec lacks turns a dump into UTF-8 (the caller's fallback)."""
    for space in ODD + "\u3000":
        try:
            space.encode(codec)
        except UnicodeEncodeError:
            text = text.replace(space, " ")
    for zw in ZW:
        try:
            zw.encode(codec)
        except UnicodeEncodeError:
            text = text.replace(zw, "")
    try:
        return browser_encode(text, codec, "strict")
    except UnicodeEncodeError:
        return None


def _dump(lines: list[str], spam: list[str], crumb: str, info: str, feet: list[str], ch: Chrome, ja: bool, rng: random.Random) -> str:
    out: list[str] = []
    for s in spam:
        out += [s, ""]
    if crumb:
        out += [crumb, ""]
    out += [lines[0], ""]
    if info:
        out += [info, ""]
    indent = rng.choice(("", "", "\u3000" if ja else "    ", "\t"))
    sep = rng.choice(("\n\n", "\n", "\n\n\n"))
    text = "\n".join(out) + sep.join(indent + p for p in lines[1:])
    tail: list[str] = []
    if "share" in feet:
        tail.append(ch.share)
    if "prevnext" in feet:
        tail.append(ch.prev_next)
    if "related" in feet:
        tail += [ch.related_head, *("- " + r if rng.random() < 0.5 else r for r in ch.related)]
    if "copyright" in feet:
        tail.append(ch.copyright)
    if tail:
        text += "\n\n" + "\n".join(tail)
    return text.replace("\n", "\r\n") if rng.random() < 0.2 else text


def build_all(seed: int = 37, n: int = 200) -> list[Case37]:
    return [build_case(k, seed) for k in range(n)]
