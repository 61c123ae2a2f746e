# ruff: noqa: E501
"""Audit42's case builder: one of our stories (a42_texts) rewritten by audit41's drawn Rewrite and byte damage
(the seed's models: opencc or the seed's character table, readings, folded marks, zero-width characters, a lost
lead byte, U+FFFD, 锟斤拷, a UTF-8 piece read as GBK, a paragraph served in the other codec's bytes), transplanted into a REAL page
of the Chinese content-extraction set (a42_real: the page's own paragraph markup, headline, site suffix, info
line, and all its chrome), and served in the page's own charset or in UTF-8, GBK or Big5 under a right, missing
or wrong <meta> label, some as a WARC record with a right, missing or wrong HTTP charset. Expectations: our title
and paragraphs exactly, script simplified, the info-line fields we wrote, mislabeled for a lying <meta> alone."""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "audit41"))
sys.path.insert(0, str(HERE.parent / "audit38"))
sys.path.insert(0, str(HERE.parent / "audit32"))
from a32_gen import Case32  # noqa: E402
from a38_gen import _warc  # noqa: E402
from a41_gen import WRONG_LABEL, damage_one_para, draw_rewrite, encode_with_loss, pick  # noqa: E402
from a42_real import (  # noqa: E402
    Template,
    heading_before,
    info_element,
    leftover,
    place_story,
    replace_everywhere,
    self_link,
    serialize,
    set_info,
    templates,
    text_of,
    visible_headline,
)
from a42_texts import STORIES  # noqa: E402
from lxml import etree  # noqa: E402

LOST = "\ue000"  # stands for a01's NUL (a lost lead byte) while the page is a tree: lxml refuses NUL
CODEC_NAMES = {"utf-8": ("utf-8", "UTF-8"), "gbk": ("gbk", "gb2312", "GB2312"), "big5": ("big5", "Big5")}
HTTP_WRONG = {"utf-8": ("gbk", "iso-8859-1"), "gbk": ("utf-8", "iso-8859-1"), "big5": ("utf-8", "gbk")}


@cache
def usable() -> list[Template]:
    """The real pages whose article element is found and takes the whole old article (the rest cannot take a
    story: pieces of the old article would stay in the page)."""
    out = []
    for t in templates():
        doc = t.parse()
        if place_story(t, doc, ["甲乙丙丁"]) and not leftover(t, doc):
            out.append(t)
    return out


def head_of(doc: etree._Element) -> etree._Element:
    head = doc.find(".//head")
    if head is None:
        head = etree.Element("head")
        doc.insert(0, head)
    return head


MIXED = ("\ue001", "\ue002")  # bracket a paragraph served in the other codec's bytes while the page is text


def mix_para(rng: random.Random, rendered: list[str]) -> int:
    """One paragraph whose bytes are written in the other codec (UTF-8 in a GBK or Big5 page, GBK in a UTF-8
    page): a CMS that pasted text without converting it. The bytes determine the text: it must come back."""
    k = rng.randrange(len(rendered))
    rendered[k] = MIXED[0] + rendered[k] + MIXED[1]
    return k


def encode_mixed(text: str, codec: str) -> bytes:
    other = "gbk" if codec == "utf-8" else "utf-8"
    out = b""
    for j, piece in enumerate(re.split("[\ue001\ue002]", text)):
        out += encode_with_loss(piece, other if j % 2 else codec, html=True)
    return out


def set_label(doc: etree._Element, label: str | None) -> None:
    """The page's charset <meta>: rewritten to ``label``, or removed (None); added at the head's start when absent."""
    found = [m for m in doc.iter("meta") if m.get("charset") is not None or (m.get("http-equiv") or "").lower() == "content-type"]
    for m in found[1:] if label else found:
        m.getparent().remove(m)
    if label is None:
        return
    if found:
        if found[0].get("charset") is not None:
            found[0].set("charset", label)
        else:
            found[0].set("content", f"text/html; charset={label}")
        return
    m = etree.Element("meta", {"http-equiv": "Content-Type", "content": f"text/html; charset={label}"})
    m.tail = "\n"
    head_of(doc).insert(0, m)


def build(i: int, seed: int) -> Case32:
    rng = random.Random(seed * 100003 + i)
    tpls = usable()
    tpl = rng.choice(tpls)
    story = STORIES[i % len(STORIES)]
    codec = pick(rng, (("own", 45), ("utf-8", 20), ("gbk", 20), ("big5", 15)))
    codec = tpl.charset if codec == "own" else codec
    label = pick(rng, (("right", 50), ("missing", 25), ("wrong", 25)))
    warc = rng.random() < 0.25
    header = pick(rng, (("right", 50), ("missing", 25), ("wrong", 25))) if warc else ""
    kinds = [f"tpl:{tpl.key}", f"codec:{codec}", f"label:{label}"] + ([f"header:{header}"] if warc else [])
    notes: list[str] = []
    clean = rng.random() < 0.3 and codec != "big5"
    if clean:
        from a41_damage import Rewrite
        rw = Rewrite("none", "none", 1.0, "tone", "()", "none", 0.0, 0)
        kinds.append("clean")
    else:
        rw = draw_rewrite(rng, story, codec, kinds, notes)
    paras = list(story.paras)
    paras[0] = story.dateline + paras[0]
    rendered = [rw.apply(p) for p in paras]
    expected = list(paras)
    flags: tuple[str, ...] = ()
    alt_paras: list[str] | None = None
    if not clean:
        dmg = pick(rng, (("none", 40), ("dmg:seed_lost_lead", 12 if rw.reading_scope != "none" and rw.conv != "none" else 0), ("dmg:fffd", 8 if codec == "utf-8" else 0),
                         ("dmg:kunjinkao", 6), ("dmg:lost_lead", 12 if codec != "utf-8" else 0), ("dmg:utf8_as_gbk", 10), ("dmg:mixed_para", 8)))
        if dmg == "dmg:mixed_para":
            mix_para(rng, rendered)
            kinds.append(dmg)
        elif dmg != "none":
            placed, flags, alt_paras = damage_one_para(rng, dmg, paras, rendered, expected, rw, codec)
            if placed:
                kinds.append(dmg)
            else:
                notes.append(f"no place for {dmg}")
    doc = tpl.parse()
    story_el = tpl.body_element(doc)
    info = info_element(doc, story_el)
    meta: dict[str, object] = {"script": "simplified"}
    if info is not None:
        got_info = set_info(doc, info, story.date, story.publisher or None, story.author)
        meta.update(got_info)
        kinds.append("info:" + "+".join(sorted(got_info)) if got_info else "info:none")
    title_r = rw.apply(story.title)
    head = visible_headline(doc)
    if head:
        t = doc.find(".//title")
        t.text = re.sub(r"-(?=[^-]{2,10}$)", "_", t.text or "").replace(head[0], title_r)
        replace_everywhere(doc, head[1], title_r)
        kinds.append("title:visible")
    elif story_el is not None and (h := heading_before(doc, story_el)) is not None:
        old_h = text_of(h).strip()
        h = link if (link := self_link(h)) is not None else h  # (a linked post title keeps its link)
        for ch in list(h):
            h.remove(ch)
        h.text = title_r
        t = doc.find(".//title")
        if t is not None and old_h and old_h in (t.text or ""):
            t.text = (t.text or "").replace(old_h, title_r)
        kinds.append("title:heading")
        notes.append(f"old heading {old_h!r}")
    else:  # the old headline is not found: our title leads the <title>; the title is not scored
        t = doc.find(".//title")
        if t is None:
            t = etree.SubElement(head_of(doc), "title")
        old = (t.text or "").strip()
        t.text = title_r + ("_" + old if old else "")
        kinds.append("title:in_title")
        notes.append(f"no visible headline in {old!r}")
    for m in doc.iter("meta"):
        if (m.get("name") or "").lower() == "description":
            m.set("content", rendered[0][:60].replace("\x00", ""))
    place_story(tpl, doc, [p.replace("\x00", LOST) for p in rendered], story_el)
    notes += tpl.notes[-1:]
    label_name = None if label == "missing" else rng.choice(CODEC_NAMES[codec]) if label == "right" else WRONG_LABEL[codec]
    set_label(doc, label_name)
    text = serialize(doc).replace(LOST, "\x00")
    data = encode_mixed(text, codec) if "dmg:mixed_para" in kinds else encode_with_loss(text, codec, html=True)
    ext = "html"
    if warc:
        ctype = "text/html" if header == "missing" else f"text/html; charset={rng.choice(CODEC_NAMES[codec]) if header == 'right' else rng.choice(HTTP_WRONG[codec])}"
        data, ext = _warc(f"http://www.example-repost.cn/a/{seed}/{i}.html", data, ctype), "warc"
    elif label == "wrong":
        meta["mislabeled"] = True
    elif label == "right":
        meta["mislabeled"] = False
    title_x = story.title.replace("　", " ")
    body_x = "\n".join(p.replace("　", " ").replace("\u2003", " ") for p in expected)
    alt = (title_x, "\n".join(p.replace("　", " ").replace("\u2003", " ") for p in alt_paras)) if alt_paras else None
    return Case32(f"g42_{i:03d}_{tpl.key}_{story.key}", ext, data, title_x, body_x, meta, kinds, flags, (), alt, rw.fold != "none", notes)  # type: ignore[arg-type]


def build_all(seed: int, n: int) -> list[Case32]:
    return [build(i, seed) for i in range(n)]
