# ruff: noqa: E501
"""Audit41's case builder: a story (a41_texts) rewritten by one drawn Rewrite (a41_damage), given at most one
byte-damage spot, laid out as the seed's text dump or one of four farm HTML templates (a41_pages), and encoded
as UTF-8, GBK, GB18030 or Big5 with a right, missing or wrong label. Expectations: the story's title and
paragraphs exactly, script simplified, and the metadata the page states (the info line's date, source and
author, the blog's published time, a publisher the dateline names, mislabeled for a wrong label)."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit32"))
from a32_gen import Case32
from a41_damage import HAN, Rewrite, big5_char, converter, seed_lost_lead, utf8_as_gbk
from a41_pages import OTHER_TITLES, TEMPLATES, crumb, footers, info_line, spam_title, text_dump
from a41_texts import STORIES, Story

WRONG_LABEL = {"utf-8": "gb2312", "gbk": "utf-8", "gb18030": "big5", "big5": "gb2312"}
DATELINE_PUBLISHER = re.compile(r"^(新华社|中新社|([\u4e00-\u9fff]{2,6}报)讯)")
TWP_BACK = {"s2twp": "tw2sp"}


def pick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def round_trips(story: Story, conv: str) -> bool:
    back = converter(TWP_BACK.get(conv, "t2s"))
    return all(back.convert(converter(conv).convert(t)) == t for t in (story.title, *story.paras))


def draw_rewrite(rng: random.Random, story: Story, codec: str, kinds: list[str], notes: list[str]) -> Rewrite:
    conv = pick(rng, (("table", 25), ("s2t", 15), ("s2tw", 20), ("s2hk", 10), ("s2twp", 10), ("none", 20 if codec != "big5" else 0)))
    if conv == "s2twp" and not round_trips(story, conv):
        notes.append("s2twp word swaps do not round-trip for this story: s2tw instead")
        conv = "s2tw"
    if conv == "none":
        scope = pick(rng, (("none", 60), ("all", 40)))
    else:
        scope = pick(rng, (("none", 30), ("conv", 60), ("all", 10)))
    rate = float(pick(rng, (("1.0", 40), ("0.67", 40), ("0.35", 20))))
    style = pick(rng, (("tone", 80), ("tone3", 20)))
    brackets = pick(rng, (("()", 80), ("（）", 20)))
    fold = pick(rng, (("seed", 50), ("none", 40), ("wide", 10))) if conv != "none" or scope != "none" else pick(rng, (("none", 70), ("seed", 30)))
    zw = 0.03 if codec not in ("gbk", "big5") and rng.random() < 0.2 else 0.0
    kinds += [f"conv:{conv}", f"fold:{fold}"]
    if scope != "none":
        kinds += [f"read:{scope}@{rate}", f"read:{style}", f"read:{brackets}"]
    if zw:
        kinds.append("zero_width")
    return Rewrite(conv, scope, rate, style, brackets, fold, zw, rng.randrange(1 << 30))


def han_positions(p: str, width: int) -> list[int]:
    return [i for i in range(len(p) - width + 1) if all(HAN.match(c) for c in p[i:i + width])]


def damage_para(rng: random.Random, kind: str, para: str, rw: Rewrite, codec: str) -> tuple[str, str, bool] | None:
    """(rendered paragraph, expected paragraph, settled) with one spot of ``kind``, or None when the paragraph
    has no place for it. A lost lead byte is marked by NUL before the character whose lead byte goes."""
    spots = han_positions(para, 2)
    rng.shuffle(spots)
    for i in spots[:60]:
        pre, post = para[:i], para[i + 2:]
        x, y = para[i], para[i + 1]
        if kind == "dmg:fffd":
            return rw.apply(pre) + "\ufffd" + rw.apply(y + post), pre + "\ufffd" + y + post, False
        if kind == "dmg:kunjinkao":
            return rw.apply(pre) + "锟斤拷" + rw.apply(post), pre + "锟斤拷" + post, False
        if kind == "dmg:lost_lead":
            xr = rw.apply(x)
            if xr != rw.convert(x) or len(xr.encode(codec, "replace")) != 2 or xr == "?":
                continue  # a character with no reading after it, written in two bytes
            return rw.apply(pre) + "\x00" + xr + rw.apply(y + post), pre + "\ufffd" + y + post, False
        if kind == "dmg:seed_lost_lead":
            cx, cy = rw.convert(x), rw.convert(y)
            if len(cx) != 1 or len(cy) != 1 or rw.annotate(x, cx) != cx or rw.annotate(y, cy) == cy:
                continue
            spot = seed_lost_lead(cx, cy, rw)
            if spot is None or not spot.settled:
                continue
            return rw.apply(pre) + rw.invisibles(spot.shown) + rw.apply(post), para, True
        if kind == "dmg:utf8_as_gbk":
            n = rng.randint(4, 8)
            if not all(HAN.match(c) for c in para[i:i + n]):
                continue
            spot = utf8_as_gbk(rw.convert(para[i:i + n]))
            if spot is None:
                continue
            return rw.apply(pre) + spot.shown + rw.apply(para[i + n:]), para, True
    return None


def damage_one_para(rng: random.Random, dmg: str, paras: list[str], rendered: list[str], expected: list[str],
                    rw: Rewrite, codec: str) -> tuple[bool, tuple[str, ...], list[str] | None]:
    """Put one spot of ``dmg`` in the first paragraph, in a random order, that has a place for it (``rendered``
    and ``expected`` updated there): (placed, the flags expected, the paragraphs also accepted where the spot
    is unsettled)."""
    order = list(range(len(paras)))
    rng.shuffle(order)
    for k in order:
        got = damage_para(rng, dmg, paras[k], rw, codec)
        if got:
            rendered[k], expected[k], settled = got
            return True, (() if settled else ("replacement_chars",)), (None if settled else list(paras))
    return False, (), None


def build(i: int, seed: int) -> Case32:
    rng = random.Random(seed * 100003 + i)
    story = STORIES[i % len(STORIES)]
    out = pick(rng, (("txt", 45), ("html", 55)))
    tpl = "dump" if out == "txt" else rng.choice(sorted(TEMPLATES))
    codec = pick(rng, (("utf-8", 70), ("gbk", 15), ("gb18030", 15))) if out == "txt" else pick(rng, (("utf-8", 40), ("gbk", 25), ("gb18030", 15), ("big5", 20)))
    label = "none" if out == "txt" else pick(rng, (("right", 50), ("missing", 25), ("wrong", 25)))
    kinds, notes = [f"tpl:{tpl}", f"codec:{codec}", f"label:{label}"], []
    rw = draw_rewrite(rng, story, codec, kinds, notes)
    em = "\u2003" if codec not in ("gbk", "big5") or out == "html" else "\u3000"
    indent = pick(rng, ((em * 2, 60), ("\u3000\u3000", 20), ("", 20))) if out == "txt" else pick(rng, (("", 50), ("\u3000\u3000", 30), (em * 2, 20)))
    paras = list(story.paras)
    dateline = story.dateline
    if dateline.endswith("　") and rng.random() < 0.5:
        dateline = dateline[:-1] + em  # the seed's 电\u2003
    paras[0] = dateline + paras[0]  # the first paragraph carries the dateline
    dmg = pick(rng, (("none", 45), ("dmg:seed_lost_lead", 15 if rw.reading_scope != "none" and rw.conv != "none" else 0), ("dmg:fffd", 10 if codec == "utf-8" else 0),
                     ("dmg:kunjinkao", 8), ("dmg:lost_lead", 12 if codec != "utf-8" else 0), ("dmg:utf8_as_gbk", 10)))
    rendered = [rw.apply(p) for p in paras]
    expected = list(paras)
    flags: tuple[str, ...] = ()
    alt_paras: list[str] | None = None
    if dmg != "none":
        placed, flags, alt_paras = damage_one_para(rng, dmg, paras, rendered, expected, rw, codec)
        if placed:
            kinds.append(dmg)
        else:
            notes.append(f"no place for {dmg}")
    date, author = story.date, story.author if story.author and rng.random() < 0.6 else None
    show_info = rng.random() < (0.5 if out == "txt" else 0.85)
    source = story.publisher if rng.random() < 0.7 else None
    info = info_line(date, source, author, rng) if show_info else None
    meta: dict[str, str] = {"script": "simplified"}
    if show_info:
        meta["published"] = date
        kinds.append("chrome:info")
        if source:
            meta["publisher"] = source
        if author:
            meta["author"] = author
    elif DATELINE_PUBLISHER.match(story.dateline) and story.publisher:
        meta["publisher"] = story.publisher
    if tpl == "blog":
        meta["published"] = date
    if label == "wrong":
        meta["mislabeled"] = True  # type: ignore[assignment]
    elif label == "right":
        meta["mislabeled"] = False  # type: ignore[assignment]
    conv_chrome = rng.random() < 0.7
    info_r = rw.apply(info) if info and conv_chrome else info
    foot = [rw.apply(f) if conv_chrome else f for f in footers(rng)]
    if foot:
        kinds.append("chrome:footer")
    title_r = rw.apply(story.title)
    spam = spam_title(rng)
    crumb_r = rw.apply(crumb(rng))
    if out == "txt":
        text = text_dump([spam, crumb_r], title_r, info_r, rendered, foot, indent)
        try:
            data = encode_with_loss(text, codec, html=False)
        except UnicodeEncodeError:  # a crumb's » or a reading's letter GBK lacks: the dump is saved as GB18030
            kinds[1] = "codec:gb18030"
            data = encode_with_loss(text, "gb18030", html=False)
        ext = "txt"
    else:
        meta_tag = "" if label == "missing" else rng.choice(('<meta charset="{}">', '<meta http-equiv="Content-Type" content="text/html; charset={}">')).format(codec if label == "right" else WRONG_LABEL[codec])
        d: dict[str, object] = {"meta": meta_tag, "spam": spam, "crumb": crumb_r, "title": title_r, "title_plain": story.title, "info": info_r, "paras": rendered,
                                "indent": indent, "others": [rw.apply(t) if conv_chrome else t for t in rng.sample(OTHER_TITLES, 4)], "foot": foot, "date": date,
                                "channel": rng.choice(("时政", "社会", "财经", "科技"))}
        data = encode_with_loss(TEMPLATES[tpl](d), codec, html=True)
        ext = "html"
    if codec == "big5" and out == "html" and not all(big5_char(c) for c in title_r if HAN.match(c)):
        kinds.append("ncr")
    title_x = story.title.replace("　", " ")
    body_x = "\n".join(p.replace("　", " ").replace("\u2003", " ") for p in expected)
    alt = (title_x, "\n".join(p.replace("　", " ").replace("\u2003", " ") for p in alt_paras)) if alt_paras else None
    return Case32(f"g41_{i:03d}_{story.key}", ext, data, title_x, body_x, meta, kinds, flags, (), alt, rw.fold != "none", notes)


def encode_with_loss(text: str, codec: str, html: bool) -> bytes:
    """The page's bytes: characters the codec lacks become character references in HTML (what farms serve);
    a NUL marks a lead byte that is lost."""
    if not html and codec in ("gbk", "big5"):
        text = text.replace("\xa0", " ")  # the dump's NBSP-only lines: GBK has no NBSP
    raw = text.encode(codec, "xmlcharrefreplace" if html else "strict")
    while (k := raw.find(b"\x00")) >= 0:
        raw = raw[:k] + raw[k + 2:]
    return raw


def build_all(seed: int, n: int) -> list[Case32]:
    return [build(i, seed) for i in range(n)]
