# ruff: noqa: E501
"""Audit40 generator: seeded COMBINATORIAL Chinese reposts as PORTAL and APP-ERA pages (blind). Every case
draws a story (a40_texts), a template (a40_html: 163-like, Sina-like, QQ-like portals, a 百家号 author page, a
news-app H5 share page, an AMP page, an aggregator frame, a spam farm), each chrome piece on its own
(a40_chrome), an optional pager, and damage drawn independently: audit32's Rewrite (opencc s2t/s2tw/s2hk/
s2twp, pypinyin readings in three styles and three brackets, folded marks, zero-width characters, odd
spaces), readings as <ruby>, Kangxi radical look-alikes, byte damage (a lost GBK lead byte, U+FFFD, 锟斤拷),
one UTF-8 paragraph or the title read as GBK, and the codec (UTF-8 / GBK / GB18030 / Big5) under a right,
missing or wrong <meta> label and, for some, a WARC record's HTTP header. The expectation is derived from the
clean story: title, this page's lines, script simplified, the metadata the page states; a lost lead byte the
page does not settle (audit8's reasoning) is expected flagged, the original accepted too (counted apart).

    from a40_gen import build_all; cases = build_all(seed=40, n=150)
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit32"))
sys.path.insert(0, str(HERE.parent / "audit38"))
sys.path.insert(0, str(HERE))
from a32_gen import SEPARATORS, STYLES, Case32, Rewrite, _candidates, _reading, a8, ob, weighted  # noqa: E402
from a38_gen import _jam, _misread, _split, _twp_round_trips, _warc  # noqa: E402
from a38_texts import Text38  # noqa: E402
from a40_chrome import Chrome40, draw  # noqa: E402
from a40_html import HOSTS, PAGED, TEMPLATES, Info40, Parts40  # noqa: E402
from a40_texts import TEXTS  # noqa: E402
from pypinyin import pinyin  # noqa: E402

MARK, MARK2 = "\ue000", "\ue001"
RAW = "\ue010"
CONFIGS = (("s2t", 30), ("s2tw", 12), ("s2hk", 12), ("s2twp", 6), (None, 40))
HOSTNAMES = ("yunfan-news.cn", "dhzx.com.cn", "jrtb.net", "sjkb.org.cn", "zsrd.cc")
WRONG = {"utf-8": ("gbk", "gb2312"), "gbk": ("utf-8",), "gb18030": ("utf-8", "big5"), "big5": ("utf-8", "gbk")}
NAMES = {"utf-8": ("utf-8", "UTF-8"), "gbk": ("gbk", "gb2312", "GBK"), "gb18030": ("gb18030", "GB18030"), "big5": ("big5", "Big5")}
# the Kangxi radicals and radical-supplement forms a look-alike obfuscator swaps in for ordinary characters
KANGXI = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in (*range(0x2F00, 0x2FD6), *range(0x2E80, 0x2EF4)) if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)}
HANJ = re.compile("[\u4e00-\u9fff]")
BYLINE = re.compile("^本报记者 (\\S+)$")  # a byline on its own line: the author, not body (the project's convention)
CAPTIONS = {
    "netease": '<p class="f_center"><img src="https://nimg.example.cn/{n}.jpg" /><br />{c}</p>',
    "sina": '<div class="img_wrapper"><img src="//n.example.cn/{n}.jpg" alt="" /><span class="img_descr">{c}</span></div>',
    "qqnews": '<p class="one-p"><img class="content-picture" src="https://inews.example.cn/{n}/641" /></p><p class="one-p">{c}</p>',
    "baijia": '<div class="index-module_image"><img data-src="https://pics.example.cn/{n}.jpeg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><p class="img-desc">{c}</p></div>',
    "apph5": '<figure><img class="lazyload" data-original="/uploads/{n}.jpg" src="/static/placeholder.png" /><figcaption>{c}</figcaption></figure>',
    "amp": '<figure><amp-img src="/uploads/{n}.jpg" width="640" height="360" layout="responsive"></amp-img><figcaption>{c}</figcaption></figure>',
    "aggregator": '<p><img src="/img/{n}.jpg" /></p><p style="text-align:center;color:#999">{c}</p>',
    "spamfarm": '<p align="center"><img src="/uploadfile/2026/{n}.jpg" /></p><p align="center">{c}</p>',
}
PARA = {"qqnews": '<p class="one-p">{x}</p>', "baijia": '<p><span class="bjh-p">{x}</span></p>', "sina": '<p cms-style="font-L">{x}</p>'}


def _ruby(text_html: str, src: str, rng: random.Random, rate: float) -> str:
    """Readings as <ruby> over some ideographs of an escaped line (the readings of the clean source line)."""
    reads = [r[0] for ch, r in zip(src, pinyin(src, style=STYLES["tone"], errors=lambda run: [[c] for c in run]), strict=True) if HANJ.match(ch)]  # type: ignore[arg-type, misc]
    out, k = [], 0
    for ch in text_html:  # (a Kangxi look-alike stands for its ideograph: it counts, and takes no ruby)
        if HANJ.match(ch) and k < len(reads) and rng.random() < rate:
            out.append(f"<ruby>{ch}<rp>(</rp><rt>{reads[k]}</rt><rp>)</rp></ruby>")
        else:
            out.append(ch)
        if HANJ.match(ch) or "\u2e80" <= ch <= "\u2fdf":
            k += 1
    return "".join(out)


def _kangxi(text: str, rng: random.Random, rate: float) -> str:
    return "".join(KANGXI[ch] if ch in KANGXI and rng.random() < rate else ch for ch in text)


def build_case(k: int, seed: int) -> Case32:
    rng = random.Random(seed * 100019 + k)
    t: Text38 = rng.choice(TEXTS)
    tpl = rng.choice(sorted(TEMPLATES))
    kinds: list[str] = [f"tpl:{tpl}"]
    notes: list[str] = []
    pages = 1
    if (tpl in PAGED and len(t.blocks) >= 3 and rng.random() < 0.25) or (t.key == "village" and tpl in PAGED and rng.random() < 0.7):
        pages = 3 if len(t.blocks) >= 6 and rng.random() < 0.5 else 2
    page = rng.randint(1, pages)
    split = _split(t.blocks, pages)
    blocks = split[page - 1]
    first = page == 1
    base = sum(len(b) for b in split[: page - 1])

    config = weighted(rng, CONFIGS)
    assert config is None or isinstance(config, str)
    if config == "s2twp" and not _twp_round_trips(t):
        config = "s2t"
    kinds.append(f"conv:{config or 'none'}")
    readings = rng.random() < (0.55 if config else 0.15) and config != "s2twp"
    rw = Rewrite(config, rng.choice(("tone", "tone", "tone3", "none")), rng.choice(("()", "（）", "【】", "()")),
                 rng.choice((0.1, 0.3, 0.5)), bool(config) and rng.random() < 0.6, readings, rng.random() < 0.45,
                 rng.choice((0, 0, 0, 0, 8, 13)), rng.random() < 0.3, rng.choice((0, 0, 0, 0, 0, 7, 10)), rng)
    if readings:
        kinds.append(f"read:{rw.style}{rw.brackets[0]}{'conv' if rw.only_converted else 'all'}")
    for on, nm in ((rw.invis, "invisibles"), (rw.spaces, "oddspaces"), (rw.noise, "spacenoise")):
        if on:
            kinds.append(nm)
    title_readings = readings and rng.random() < 0.5
    ruby = not readings and rng.random() < 0.1 and config != "s2twp"  # (s2twp swaps words: no reading aligns)
    kangxi = rng.random() < 0.12
    if ruby:
        kinds.append("ruby")
    if kangxi:
        kinds.append("kangxi")

    para_idx = [i for i, b in enumerate(blocks) if isinstance(b, str)]
    byline_at = [i for i in para_idx if BYLINE.match(str(blocks[i]))]
    dmg = rng.choice((None, None, None, None, None, None, "lost", "lost", "fffd", "kunkao"))
    dmg_at: int | None = None
    spot_i = -1
    if dmg:
        body_idx = [i for i in para_idx if i not in byline_at]
        dmg_at = -1 if rng.random() < 0.2 or not body_idx else rng.choice(body_idx)
        line = t.title if dmg_at == -1 else blocks[dmg_at]
        assert isinstance(line, str)
        cands = _candidates(line, config, dmg)
        if cands:
            spot_i = rng.choice(cands)
            kinds.append(f"dmg:{dmg}@{'title' if dmg_at == -1 else 'dateline' if first and dmg_at == 0 else 'body'}")
        else:
            dmg, dmg_at = None, None
    moji = rng.random() < 0.1
    trad_chrome = bool(config) and rng.random() < 0.55
    legacy_ok = tpl in ("spamfarm", "aggregator", "netease", "sina")
    codec = weighted(rng, (("utf-8", 45), ("gbk", 35), ("gb18030", 8), ("big5", 12 if trad_chrome else 0)) if legacy_ok else (("utf-8", 92), ("gbk", 8)))
    assert isinstance(codec, str)
    moji_title = codec == "utf-8" and dmg_at != -1 and not title_readings and rng.random() < 0.12
    label = weighted(rng, (("right", 55), ("missing", 20), ("wrong", 25)))
    charset = None if label == "missing" else rng.choice(NAMES[codec]) if label == "right" else rng.choice(WRONG[codec])
    charset_meta = "" if charset is None else rng.choice((f'<meta charset="{charset}">', f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'))
    warc = rng.random() < 0.25
    header = weighted(rng, (("right", 50), ("missing", 25), ("wrong", 25))) if warc else ""
    kinds += [f"codec:{codec}", f"label:{label}"] + ([f"header:{header}"] if warc else [])

    def cv(s: str) -> str:
        return rw.line(s, chrome=True) if trad_chrome else s

    host = HOSTS[tpl] + rng.choice(HOSTNAMES)
    mid = "amp/" if tpl == "amp" else ""
    url_base = f"https://{host}/{mid}news/{t.published.replace('-', '')}/{t.key}{4000 + k}"
    url = f"{url_base}.html" if page == 1 else f"{url_base}_{page}.html"
    c: Chrome40 = draw(rng, cv, url_base, page, pages)
    kinds += c.kinds
    if trad_chrome:
        kinds.append("chrome:traditional")

    hh = f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
    y, m, d = t.published.split("-")
    info = Info40(cv)
    shows_info = tpl != "baijia"
    if rng.random() < 0.8:
        info.date = rng.choice((f"{t.published} {hh}:{rng.randrange(60):02d}", f"{y}年{m}月{d}日 {hh}", f"{t.published} {hh}", f"{y}/{m}/{d} {hh}"))
        if tpl == "baijia":
            info.date = rng.choice((f"{t.published} {hh}", f"{y}年{m}月{d}日 {hh}"))
    info.iso = f"{t.published}T{hh}:00+08:00" if info.date or tpl in ("amp", "apph5", "qqnews") else ""
    if t.publisher and shows_info and rng.random() < 0.55:
        info.source = t.publisher
    if t.author and shows_info and rng.random() < 0.35:
        info.author = t.author
    dateline = blocks[0] if first and isinstance(blocks[0], str) else ""

    jam = weighted(rng, (("", 85), ("span", 8), ("class", 7)))
    jam_cls = "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(6))
    if jam:
        kinds.append(f"anticopy:{jam}")
    css = f".{jam_cls}{{display:none}}" if jam == "class" else ""
    jam_every = rng.choice((5, 9, 14))

    def mark(line: str) -> str:
        return line[:spot_i] + MARK + (MARK2 + line[spot_i + 2:] if dmg == "kunkao" else line[spot_i + 1:])

    src_title = mark(t.title) if dmg_at == -1 else t.title
    r_title = rw.line(src_title) if title_readings else ob.fold(ob.convert(src_title, config)) if rw.fold else ob.convert(src_title, config)
    if rw.spaces and not title_readings:
        r_title = r_title.replace(" ", rng.choice(SEPARATORS), 1)
    rendered: dict[int, str] = {}
    for i in para_idx:
        b = blocks[i]
        assert isinstance(b, str)
        rendered[i] = rw.line(mark(b) if dmg_at == i else b, body=True)
    if kangxi:
        kx_rate = rng.choice((0.3, 0.7, 1.0))
        rendered = {i: _kangxi(r, rng, kx_rate) for i, r in rendered.items()}
        if rng.random() < 0.4:
            r_title = _kangxi(r_title, rng, kx_rate)
    exp_title, exp_lines = t.title, [x for x in t.lines(blocks) if not BYLINE.match(x)]
    flags: tuple[str, ...] = ()
    no_flags: tuple[str, ...] = ()
    alt = None
    pending = None
    if dmg_at is not None:
        src = t.title if dmg_at == -1 else blocks[dmg_at]
        assert isinstance(src, str)
        conv_ch = ob.convert(src, config)[spot_i]
        own = readings and rng.random() < 0.5
        reading = _reading(src[spot_i + (dmg == "kunkao")], rw) if own else ""
        if dmg == "lost":
            spot = "?" + chr(conv_ch.encode("gbk")[1])
            sub = {MARK: spot + reading}
            pending = (spot, conv_ch, src)
        elif dmg == "fffd":
            sub = {MARK: "\ufffd" + reading}
            lost_form = src[:spot_i] + "\ufffd" + src[spot_i + 1:]
        else:
            sub = {MARK + MARK2: "锟斤拷" + reading, MARK: "锟斤拷", MARK2: ""}
            lost_form = src[:spot_i] + "锟斤拷" + src[spot_i + 2:]
        if dmg in ("fffd", "kunkao"):
            flags, alt = ("replacement_chars",), (t.title, "\n".join(t.lines(blocks)))
            if dmg_at == -1:
                exp_title = lost_form
            else:
                exp_lines = [x for x in t.lines(tuple(lost_form if j == dmg_at else b for j, b in enumerate(blocks))) if not BYLINE.match(x)]
        for a, b2 in sub.items():
            r_title = r_title.replace(a, b2)
            rendered = {i: r.replace(a, b2) for i, r in rendered.items()}
        if own:
            kinds.append("dmg:own_reading")

    moji_raw, moji_at = "", -1
    free = [i for i in para_idx if i != dmg_at and i not in byline_at]
    rng.shuffle(free)
    for i in free if moji else ():
        if codec != "utf-8":
            moji_raw, moji_at, rendered[i] = rendered[i], i, RAW
            kinds.append("moji:utf8bytes")
            break
        misread = _misread(rendered[i])
        if misread is not None:
            moji_at, rendered[i] = i, misread
            kinds.append("moji:utf8asgbk")
            break
    plain_title = r_title
    if moji_title:
        misread_t = _misread(r_title)
        if misread_t is not None:
            r_title = misread_t
            kinds.append("moji:title")

    def para_html(i: int) -> str:
        x = escape(rendered[i]) if rendered[i] != RAW else RAW
        b = blocks[i]
        assert isinstance(b, str)
        if ruby and i != moji_at and i != dmg_at:
            x = _ruby(x, b, rng, 0.15)
        if jam and i != moji_at:
            x = _jam(x, rng, jam, jam_cls, c.site, jam_every)
        ind = rng.choice(("", "", "", "\u3000\u3000", "&nbsp;&nbsp;&nbsp;&nbsp;"))
        return PARA.get(tpl, "<p>{x}</p>").format(x=ind + x)

    out: list[str] = []
    if first and t.orig_title and rng.random() < 0.6:
        out.append(f"<p>{escape(cv('原标题：'))}{escape(rw.line(t.orig_title))}</p>")
        kinds.append("orig_title")
    for i, b in enumerate(blocks):
        if isinstance(b, str):
            out.append(para_html(i))
        elif b[0] == "table":
            rows = b[1]
            trs = "".join("<tr>" + "".join(f"<td>{escape(rw.line(x))}</td>" for x in row) + "</tr>" for row in rows)  # type: ignore[union-attr]
            out.append(f'<table class="data-table" border="1" cellspacing="0"><tbody>{trs}</tbody></table>')
            kinds.append("block:table")
        else:
            li = "".join(f"<li>{escape(rw.line(x, body=True))}</li>" for x in b[1])  # type: ignore[arg-type]
            out.append(f"<{b[0]}>{li}</{b[0]}>")
            kinds.append("block:list")
        for at, cap in t.captions:
            if at == base + i:
                out.append(CAPTIONS[tpl].format(n=5000 + k, c=escape(rw.line(cap))))
                kinds.append("caption")

    suffix = rng.choice(("_", "-", " | ", "_新闻频道_"))
    if tpl == "spamfarm" or (c.spam and rng.random() < 0.3):
        title_tag = escape((c.spam or cv("最新资讯")) + "_" + r_title) if rng.random() < 0.6 else escape(r_title + "_" + (c.spam or cv(c.site)))
        kinds.append("spamtitle")
    elif tpl == "aggregator":
        title_tag = escape(cv("今日热文精选") + "-" + cv(c.site))
    else:
        title_tag = escape(r_title) + escape(cv(suffix)) + escape(cv(c.site))
    dateline_copy = ""
    if tpl == "spamfarm" and (info.date or info.source):
        dateline_copy = "\u3000".join(x for x in (escape(info.date), f"{escape(cv('来源：'))}{escape(cv(info.source))}" if info.source else "",
                                                   f"{escape(cv('作者：'))}{escape(cv(info.author))}" if info.author else "") if x)
        kinds.append("dateline_copy")
    plain = [rendered[i] if rendered[i] != RAW else moji_raw for i in para_idx]
    parts = Parts40(title_tag, escape(r_title), plain_title, info, "\n".join(out), plain, c, charset_meta, css, url,
                    f'<link rel="canonical" href="{url}">' if rng.random() < 0.4 else "", dateline_copy)
    html = TEMPLATES[tpl](parts)

    if pending:
        spot, conv_ch, src = pending
        at = html.index(spot) if spot in html else -1
        found = a8.settled_by_page(html, at, ("gbk",)) if at >= 0 else set()
        if found == {conv_ch}:
            no_flags = ("lost_lead_byte",)
            notes.append(f"page settles {conv_ch}")
        else:
            damaged = src[:spot_i] + spot + src[spot_i + 1:]
            if dmg_at == -1:
                exp_title = damaged
            else:
                exp_lines = [x for x in t.lines(tuple(damaged if j == dmg_at else b for j, b in enumerate(blocks))) if not BYLINE.match(x)]
            flags, alt = ("lost_lead_byte",), (t.title, "\n".join(t.lines(blocks)))
            notes.append(f"{conv_ch}: candidates {sorted(found)[:6]}")

    data = html.encode(codec, "xmlcharrefreplace")
    if moji_raw:
        data = data.replace(RAW.encode(codec, "xmlcharrefreplace"), escape(moji_raw).encode("utf-8"))
    ext = "html"
    if warc:
        ctype = "text/html" if header == "missing" else f"text/html; charset={rng.choice(NAMES[codec]) if header == 'right' else rng.choice(WRONG[codec])}"
        data, ext = _warc(url, data, ctype), "warc"

    meta: dict[str, object] = {"script": "simplified"}
    hit = dmg_at is not None and dmg_at >= 0 and blocks[dmg_at] == dateline and dateline != ""

    def hit_on(name: str) -> bool:
        j = dateline.find(name)
        return hit and j >= 0 and j - 1 <= spot_i < j + len(name)

    if t.publisher and (info.source or (first and t.in_text and not hit_on(t.publisher))):
        meta["publisher"] = t.publisher
    if t.author and (info.author or byline_at or (f"记者 {t.author}" in dateline and not hit_on(f"记者 {t.author}"))):
        meta["author"] = t.author
    yearless = tpl == "baijia" and info.date[4:5] == "-"  # the card writes 11-18 10:21: the year only in the URL
    url_shown = warc or 'rel="canonical"' in html
    if (info.date and (url_shown or not yearless)) or (tpl in ("amp", "apph5", "qqnews") and info.iso):
        meta["published"] = t.published
    if c.next_pages:
        meta["next_pages"] = c.next_pages
    if pages > 1:
        notes.append(f"page {page}/{pages}")
    name = f"{k:03d}_{tpl}_{t.key}"
    return Case32(name, ext, data, exp_title, "\n".join(exp_lines), meta, kinds, flags, no_flags, alt,
                  loose_brackets=rw.fold, notes=notes)


def build_all(seed: int = 40, n: int = 150) -> list[Case32]:
    return [build_case(k, seed) for k in range(n)]
