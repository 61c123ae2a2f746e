# ruff: noqa: E501
"""Audit43's case builder: one of our non-Chinese stories (a43_texts) transplanted into a REAL article page
(a43_real: English sites of the Scrapinghub and WCXB sets, their menus, rails, comments and footers kept),
with repost damage drawn independently per case, audit37/audit42 style: spam keyword lines, a crumb and an
info line (source, author, date) in the story's language over it, related links and reader comments under it,
zero-width characters inside words, odd spaces, references written as text, the title or one paragraph
misread (UTF-8 read as cp1252 / cp1251 / cp1253 / Shift_JIS / EUC-KR, cp1251 read as Latin-1), the page
saved in the language's legacy codec (windows-1251, KOI8-R, Shift_JIS, EUC-JP, EUC-KR, ISO-8859-7,
windows-1254, cp1252) under a right, missing or wrong <meta> label, some as a WARC record with a right,
missing or wrong HTTP charset, the page's <html lang> set to the story's or left as the real site's. About a
fifth are clean (no damage, right label): nothing may change. Expectations: our title and paragraphs
exactly, the story's language, the info-line fields we wrote, mislabeled for a lying <meta> alone."""

from __future__ import annotations

import random
import sys
from functools import cache
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for d in ("audit42", "audit37", "audit38", "audit32", "audit41"):
    sys.path.insert(0, str(HERE.parent / d))
from a32_gen import Case32  # noqa: E402
from a37_gen import browser_encode, entity_lines, misread, odd_spaces, whatwg_1252, zero_width  # noqa: E402
from a38_gen import _warc  # noqa: E402
from a42_gen import set_label  # noqa: E402
from a43_chrome import CHROME, date_forms  # noqa: E402
from a43_real import (  # noqa: E402
    Real,
    fold,
    headline,
    leftover,
    place,
    reals,
    scrub_metadata,
    set_description,
    set_headline,
    text_of,
)
from a43_texts import STORIES, Story  # noqa: E402

CODECS = {
    "en": (("utf-8", 6), ("cp1252", 4)), "es": (("utf-8", 6), ("cp1252", 4)), "fr": (("utf-8", 6), ("cp1252", 4)),
    "de": (("utf-8", 6), ("cp1252", 4)), "pt": (("utf-8", 6), ("cp1252", 4)),
    "ru": (("utf-8", 4), ("windows-1251", 4), ("koi8-r", 2)), "uk": (("utf-8", 5), ("windows-1251", 5)),
    "ja": (("utf-8", 4), ("shift_jis", 4), ("euc-jp", 2)), "ko": (("utf-8", 5), ("euc-kr", 5)),
    "el": (("utf-8", 5), ("iso-8859-7", 5)), "tr": (("utf-8", 5), ("windows-1254", 5)),
}
LABELS = {"utf-8": ("utf-8", "UTF-8"), "cp1252": ("windows-1252", "iso-8859-1"), "windows-1251": ("windows-1251",), "koi8-r": ("koi8-r", "KOI8-R"),
          "shift_jis": ("Shift_JIS", "shift_jis"), "euc-jp": ("EUC-JP",), "euc-kr": ("euc-kr", "EUC-KR"), "iso-8859-7": ("iso-8859-7", "ISO-8859-7"),
          "windows-1254": ("windows-1254", "iso-8859-9")}
WRONG_FOR_UTF8 = {"en": "windows-1252", "es": "iso-8859-1", "fr": "windows-1252", "de": "iso-8859-1", "pt": "windows-1252", "ru": "windows-1251",
                  "uk": "windows-1251", "ja": "Shift_JIS", "ko": "EUC-KR", "el": "ISO-8859-7", "tr": "windows-1254"}
WRONG_LEGACY = {"cp1252": ("utf-8",), "windows-1251": ("utf-8", "koi8-r"), "koi8-r": ("windows-1251", "utf-8"), "shift_jis": ("EUC-JP", "utf-8"),
                "euc-jp": ("Shift_JIS", "utf-8"), "euc-kr": ("utf-8",), "iso-8859-7": ("utf-8",), "windows-1254": ("utf-8",)}
MOJI = {"en": ("u8as1252",), "es": ("u8as1252",), "fr": ("u8as1252",), "de": ("u8as1252",), "pt": ("u8as1252",), "tr": ("u8as1252",),
        "ru": ("u8as1251", "1251aslatin", "u8as1252"), "uk": ("u8as1251", "u8as1252"), "ja": ("u8assjis",), "ko": ("u8aseuckr",), "el": ("u8as1253", "u8as1252")}
SEPS = (" » ", " > ", " / ", " › ")


def pick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def misread43(s: str, kind: str) -> str | None:
    """Audit37's misreadings plus Greek and Korean ones: UTF-8 read as windows-1253 or as EUC-KR (whole
    characters only: a byte pair the codec does not map makes no case)."""
    if kind == "u8as1253":
        try:
            return s.encode("utf-8").decode("cp1253")
        except UnicodeDecodeError:
            return None
    if kind == "u8aseuckr":
        b = s.encode("utf-8")
        try:
            out = b.decode("cp949")
        except UnicodeDecodeError:
            return None
        return out if out.encode("cp949") == b else None
    if kind == "u8as1252":
        return whatwg_1252(s.encode("utf-8"))
    return misread(s, kind)


@cache
def usable() -> list[Real]:
    """The real pages whose story element and headline are found and take the story cleanly."""
    out = []
    for r in reals():
        doc = r.parse()
        el = r.story_element(doc)
        if el is None or len(fold(text_of(el))) > 2.5 * sum(map(len, r.lines)) or headline(r, doc, el) is None:
            continue
        if place(r, doc, ["Alpha beta gamma delta epsilon."], el) and not leftover(r, doc):
            out.append(r)
    return out


def _chrome_pieces(rng: random.Random, story: Story, shape_p: bool, kinds: list[str], meta: dict[str, object]) -> tuple[list[str], list[str | etree._Element]]:
    """The repost's own chrome in the story's language: (the pieces over the story, the pieces under it)."""
    ch = CHROME[story.lang]
    top: list[str] = []
    spam = rng.sample(ch.spam, rng.choice((0, 0, 1, 2)))
    if spam:
        kinds.append(f"spam:{len(spam)}")
        top += spam
    if rng.random() < 0.45:
        top.append(rng.choice(SEPS).join((ch.home, *rng.choice(ch.crumbs))))
        kinds.append("crumb")
    if rng.random() < 0.55:
        parts = []
        if rng.random() < 0.6:
            parts.append(ch.source + story.publisher)
            meta["publisher"] = story.publisher
        if rng.random() < 0.8:
            parts.append(ch.date_label + rng.choice(date_forms(story.lang, story.published)))
            meta["published"] = story.published
        if rng.random() < 0.7 or not parts:
            parts.append(ch.author.format(story.author))
            meta["author"] = story.author
        rng.shuffle(parts)
        top.append(rng.choice((" | ", " · ", "  ", " — ")).join(parts))
        kinds.append("info:" + "+".join(k for k in ("publisher", "published", "author") if k in meta))
    bottom: list[str | etree._Element] = []
    if rng.random() < 0.4:
        kinds.append("related")
        bottom.append(ch.related_head)
        if shape_p:
            ul = etree.Element("ul", {"class": "related-posts"})
            for k, r in enumerate(ch.related):
                li = etree.SubElement(ul, "li")
                a = etree.SubElement(li, "a", {"href": f"/news/{1000 + k}.html"})
                a.text = r
            bottom.append(ul)
        else:
            bottom += list(ch.related)
    if rng.random() < 0.3:
        kinds.append("comments")
        bottom.append(ch.comments_head)
        for name, said in ch.comments:
            if shape_p:
                d = etree.Element("div", {"class": "comment"})
                b = etree.SubElement(d, "b")
                b.text = name
                b.tail = " " + said
                bottom.append(d)
            else:
                bottom.append(f"{name}: {said}")
    return top, bottom


def _text_damage(rng: random.Random, lang: str, lines: list[str], kinds: list[str]) -> list[str]:
    cjk = lang in ("ja",)
    if rng.random() < 0.25:
        every = rng.choice((4, 7, 12))
        lines = [zero_width(x, every, rng, cjk) for x in lines]
        kinds.append("zerowidth")
    if not cjk and rng.random() < 0.25:
        every = rng.choice((3, 5, 8))
        lines = [odd_spaces(x, every, rng) for x in lines]
        kinds.append("oddspaces")
    if rng.random() < 0.3:
        kind = rng.choice(MOJI[lang])
        order = [0, *range(1, len(lines))] if rng.random() < 0.35 else [*rng.sample(range(1, len(lines)), len(lines) - 1), 0]
        for i in order:
            m = misread43(lines[i], kind)
            if m is not None and m != lines[i]:
                lines[i] = m
                kinds.append(f"moji:{kind}@{'title' if i == 0 else 'para'}")
                break
    if rng.random() < 0.15:
        ent = entity_lines(lines, random.Random(rng.random()))
        if ent is not None:
            lines = ent
            kinds.append("entities")
    return lines


def build(i: int, seed: int) -> Case32:
    rng = random.Random(seed * 100003 + i)
    real = rng.choice(usable())
    story = STORIES[i % len(STORIES)]
    lang = story.lang
    codec = pick(rng, CODECS[lang])
    clean = rng.random() < 0.2
    label = "right" if clean else pick(rng, (("right", 50), ("missing", 25), ("wrong", 25)))
    warc = rng.random() < 0.2
    header = pick(rng, (("right", 50), ("missing", 25), ("wrong", 25))) if warc and not clean else "right" if warc else ""
    kinds = [f"tpl:{real.key}", f"lang:{lang}", f"codec:{codec}", f"label:{label}"] + ([f"header:{header}"] if warc else [])
    notes: list[str] = []
    meta: dict[str, object] = {"lang": lang}
    doc = real.parse()
    el = real.story_element(doc)
    h = headline(real, doc, el)
    assert el is not None and h is not None
    notes.append(f"scrubbed {scrub_metadata(doc, el, h)}")
    lines = [story.title, *story.paras]
    top: list[str] = []
    bottom: list[str | etree._Element] = []
    if clean:
        kinds.append("clean")
    else:
        lines = _text_damage(rng, lang, lines, kinds)
        top, bottom = _chrome_pieces(rng, story, el.tag != "p", kinds, meta)
    old = set_headline(doc, h, lines[0])
    notes.append(f"old headline {old[:60]!r}")
    set_description(doc, story.paras[0])
    shape = place(real, doc, [*top, *lines[1:], *bottom], el)
    notes.append(f"story in <{el.tag}> as {shape}")
    html_el = doc.getroottree().getroot()
    own_lang = (html_el.get("lang") or "").split("-")[0].lower()
    if own_lang != lang and rng.random() < 0.5:
        html_el.set("lang", lang)
    elif own_lang != lang:
        kinds.append(f"htmllang:{own_lang or 'none'}")
    label_name = None if label == "missing" else rng.choice(LABELS[codec]) if label == "right" else \
        WRONG_FOR_UTF8[lang] if codec == "utf-8" else rng.choice(WRONG_LEGACY[codec])
    set_label(doc, label_name)
    text = etree.tostring(doc.getroottree(), method="html", encoding="unicode")
    data = browser_encode(text, codec, "xmlcharrefreplace")
    ext = "html"
    if warc:
        ctype = "text/html" if header == "missing" else f"text/html; charset={rng.choice(LABELS[codec]) if header == 'right' else (WRONG_FOR_UTF8[lang] if codec == 'utf-8' else WRONG_LEGACY[codec][0])}"
        data, ext = _warc(f"https://www.repost-{seed}.example/{lang}/{i}.html", data, ctype), "warc"
    elif label == "wrong":
        meta["mislabeled"] = True
    elif label == "right":
        meta["mislabeled"] = False
    title_x = story.title.replace("\u3000", " ")
    return Case32(f"g43_{i:03d}_{real.key}_{story.key}", ext, data, title_x, "\n".join(story.paras), meta, kinds, (), (), None, False, notes)  # type: ignore[arg-type]


def build_all(seed: int, n: int) -> list[Case32]:
    return [build(i, seed) for i in range(n)]
