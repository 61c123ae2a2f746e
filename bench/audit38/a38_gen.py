# ruff: noqa: E501
"""Audit38 generator: seeded COMBINATORIAL Chinese reposts as REAL-SITE pages. Every case draws a story
(a38_texts), a template family (a38_html: DedeCMS, PHPCMS v9, EmpireCMS, Discuz! portal, WordPress, WeChat
copy, Toutiao share, m./wap, JSON-LD portal, 2000s tables), each chrome piece on its own (a38_chrome), an
optional pager (this page holds its part), and the damage of audit32's Rewrite (opencc s2t/s2tw/s2hk/s2twp,
pypinyin readings, folded marks, zero-width characters, odd spaces) plus anti-copy noise (hidden spans or
classes the page's CSS hides between characters), byte damage (a GBK lead byte lost to '?', U+FFFD,
锟斤拷), one UTF-8 paragraph read as GBK, and the codec (UTF-8/GBK/GB18030/Big5) with a right, missing or wrong
<meta> label and, for a WARC record, HTTP header. The expectation is derived from the clean story: the title,
this page's lines, script simplified, the metadata the page states; a lost lead byte audit8's reasoning
cannot settle from the page is expected flagged (the original accepted, counted apart), as in audit32.

    from a38_gen import build_all; cases = build_all(seed=38, n=180)
"""

from __future__ import annotations

import random
import re
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit32"))
sys.path.insert(0, str(HERE))
from a32_gen import SEPARATORS, Case32, Rewrite, _candidates, _reading, a8, ob, weighted  # noqa: E402
from a38_chrome import Chrome, draw  # noqa: E402
from a38_html import HOSTS, PAGED, PARA_STYLE, TEMPLATES, Info, Parts  # noqa: E402
from a38_texts import TEXTS, Block, Text38  # noqa: E402

MARK, MARK2 = "\ue000", "\ue001"  # where the byte damage lands (kept through conversion and readings)
RAW = "\ue010"  # where a paragraph's raw UTF-8 bytes go in a legacy page
CONFIGS = (("s2t", 35), ("s2tw", 12), ("s2hk", 10), ("s2twp", 8), (None, 35))
HOSTNAMES = ("xinghe-news.cn", "hxrd.com.cn", "jrkd.net", "szxw.org.cn", "hqsj.cc")
WRONG = {"utf-8": ("gbk", "gb2312"), "gbk": ("utf-8",), "gb18030": ("utf-8", "big5"), "big5": ("utf-8", "gbk")}
NAMES = {"utf-8": ("utf-8", "UTF-8"), "gbk": ("gbk", "gb2312", "GBK"), "gb18030": ("gb18030", "gbk"), "big5": ("big5", "Big5")}
HAN = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
JAM = "abcdefghjkmnpqrstuvwxyz0123456789_"
CAPTIONS = (
    '<p style="text-align: center;"><img src="/uploads/allimg/2026/{n}.jpg" alt="" /></p>\n<p style="text-align: center;">{c}</p>',
    '<figure class="image"><img src="/uploads/2026/{n}.jpg" /><figcaption>{c}</figcaption></figure>',
    '<div class="pic"><img src="/d/file/p/2026/{n}.jpg" border="0" /><p class="pic_txt">{c}</p></div>',
)


def _indent(rng: random.Random, style: str) -> str:
    return rng.choice(("", "", "&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000\u3000", "&emsp;&emsp;") if style != "br" else ("&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000\u3000", ""))


def _jam(text: str, rng: random.Random, mode: str, cls: str, site: str, every: int) -> str:
    """Anti-copy noise between two ideographs every ``every`` joints: a span hidden inline, or an element
    of a class the page's own CSS hides, holding junk (random letters, the site's name)."""
    n = [0]

    def put(_m: re.Match[str]) -> str:
        n[0] += 1
        if n[0] % every:
            return ""
        junk = rng.choice((site, "".join(rng.choice(JAM) for _ in range(rng.randrange(2, 6)))))
        if mode == "span":
            return f'<span style="display:none">{escape(junk)}</span>'
        return f'<font class="{cls}">{escape(junk)}</font>'

    return HAN.sub(put, text)


def _twp_round_trips(t: Text38) -> bool:
    return all(ob.convert(ob.convert(x, "s2twp"), "tw2sp") == x for x in (t.title, *t.lines(), *(c for _, c in t.captions), t.orig_title or ""))


def _split(blocks: tuple[Block, ...], pages: int) -> list[tuple[Block, ...]]:
    n = len(blocks)
    cuts = [round(n * k / pages) for k in range(pages + 1)]
    for k in range(1, pages):  # an editor's page break never parts a list's or a table's lead-in ('…如下：') from it
        while isinstance(blocks[cuts[k] - 1], str) and str(blocks[cuts[k] - 1]).endswith("：") and cuts[k] + 1 < cuts[k + 1]:
            cuts[k] += 1
    return [blocks[cuts[k] : cuts[k + 1]] for k in range(pages)]


def _warc(url: str, body: bytes, ctype: str) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\nServer: nginx\r\n\r\n".encode() + body
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:38383838-0000-4000-8000-{abs(hash(url)) % 10**12:012d}>\r\n"
            f"WARC-Date: 2026-11-30T08:00:00Z\r\nWARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def _misread(text: str) -> str | None:
    for wrong in ("gbk", "gb18030"):
        try:
            return text.encode("utf-8").decode(wrong)
        except UnicodeDecodeError:
            continue
    return None


def build_case(k: int, seed: int) -> Case32:
    rng = random.Random(seed * 100003 + k)
    t: Text38 = rng.choice(TEXTS)
    tpl = rng.choice(sorted(TEMPLATES))
    kinds: list[str] = [f"tpl:{tpl}"]
    notes: list[str] = []
    pages = 1
    if tpl in PAGED and len(t.blocks) >= 3 and rng.random() < 0.2:
        pages = 3 if len(t.blocks) >= 4 and rng.random() < 0.3 else 2
    page = rng.randint(1, pages)
    blocks = _split(t.blocks, pages)[page - 1]
    first = page == 1
    base = sum(len(b) for b in _split(t.blocks, pages)[: page - 1])  # index of this page's first block in the story

    config = weighted(rng, CONFIGS)
    assert config is None or isinstance(config, str)
    if config == "s2twp" and not _twp_round_trips(t):
        config = "s2t"
    kinds.append(f"conv:{config or 'none'}")
    readings = rng.random() < (0.6 if config else 0.15) and config != "s2twp"
    rw = Rewrite(config, rng.choice(("tone", "tone", "tone", "tone3", "none")), rng.choice(("()", "()", "（）", "【】")),
                 rng.choice((0.1, 0.25, 0.4, 0.6)), bool(config) and rng.random() < 0.7, readings, rng.random() < 0.5,
                 rng.choice((0, 0, 0, 0, 7, 12)), rng.random() < 0.3, rng.choice((0, 0, 0, 0, 0, 0, 6, 9)), rng)
    if readings:
        kinds.append(f"read:{rw.style}{rw.brackets[0]}{'conv' if rw.only_converted else 'all'}")
    for on, name in ((rw.invis, "invisibles"), (rw.spaces, "oddspaces"), (rw.noise, "spacenoise")):
        if on:
            kinds.append(name)
    title_readings = readings and rng.random() < 0.6

    # --- byte damage on the title or one of this page's paragraphs ---
    para_idx = [i for i, b in enumerate(blocks) if isinstance(b, str)]
    dmg = rng.choice((None, None, None, None, None, "lost", "lost", "lost", "fffd", "kunkao"))
    dmg_at: int | None = None  # -1: the title; else an index into blocks
    spot_i = -1
    if dmg:
        dmg_at = -1 if rng.random() < 0.2 or not para_idx else rng.choice(para_idx)
        line = t.title if dmg_at == -1 else blocks[dmg_at]
        assert isinstance(line, str)
        cands = _candidates(line, config, dmg)
        if cands:
            spot_i = rng.choice(cands)
            kinds.append(f"dmg:{dmg}@{'title' if dmg_at == -1 else 'dateline' if first and dmg_at == 0 else 'body'}")
        else:
            dmg, dmg_at = None, None
    moji = rng.random() < 0.12

    # --- codec and labels (the page's <meta> is written with the page) ---
    trad_chrome = bool(config) and rng.random() < 0.6
    modern = tpl in ("wordpress", "wechat", "toutiao", "portal")
    codec = weighted(rng, (("utf-8", 90), ("gbk", 10)) if modern else (("utf-8", 40), ("gbk", 35), ("gb18030", 10), ("big5", 15 if trad_chrome else 0)))
    assert isinstance(codec, str)
    label = weighted(rng, (("right", 55), ("missing", 20), ("wrong", 25)))
    charset = None if label == "missing" else rng.choice(NAMES[codec]) if label == "right" else rng.choice(WRONG[codec])
    charset_meta = "" if charset is None else rng.choice((f'<meta charset="{charset}">', f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'))
    warc = rng.random() < 0.25
    header = weighted(rng, (("right", 50), ("missing", 25), ("wrong", 25))) if warc else ""
    kinds += [f"codec:{codec}", f"label:{label}"] + ([f"header:{header}"] if warc else [])

    # --- chrome ---
    def cv(s: str) -> str:
        return rw.line(s, chrome=True) if trad_chrome else s

    host = HOSTS.get(tpl, "www.") + rng.choice(HOSTNAMES)
    url_base = f"http://{host}/html/news/2026{t.published[5:7]}{t.published[8:]}/{1000 + k}"
    url = f"{url_base}.html" if page == 1 else f"{url_base}_{page}.html"
    c: Chrome = draw(rng, cv, url_base, page, pages)
    kinds += c.kinds
    if trad_chrome:
        kinds.append("chrome:traditional")

    # --- what the page states ---
    hh = f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"
    y, m, d = t.published.split("-")
    info = Info(cv, hits=tpl in ("dede", "empire", "table2000") and rng.random() < 0.3)
    if rng.random() < 0.75 and tpl != "wechat":
        info.date = rng.choice((f"{t.published} {hh}", f"{y}年{m}月{d}日 {hh}", f"{y}/{m}/{d} {hh}:{rng.randrange(60):02d}", f"{y}-{int(m)}-{int(d)} {hh}"))
    info.iso = f"{t.published}T{hh}:00+08:00" if info.date or tpl in ("portal", "wechat") else ""
    if t.publisher and rng.random() < 0.5:
        info.source = t.publisher
    if t.author and rng.random() < 0.4:
        info.author = t.author
    info.hits = info.hits and bool(info.date or info.source)  # a hit counter stands beside a date or source, never alone
    dateline = blocks[0] if first and isinstance(blocks[0], str) else ""
    if first and t.key == "museum":  # the 编者按 comes first; its dateline is the second paragraph
        dateline = blocks[1] if isinstance(blocks[1], str) else ""

    # --- render the article ---
    style = PARA_STYLE[tpl]
    jam = weighted(rng, (("", 80), ("span", 10), ("class", 10)))
    jam_cls = "jammer" if tpl == "discuz" else "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(5))
    if jam:
        kinds.append(f"anticopy:{jam}")
    css = ".hidekw{display:none}" if c.hidden_kw else ""
    if jam == "class":
        css += f".{jam_cls}{{display:none}}"
    jam_every = rng.choice((6, 11, 17))

    def render(src: str, body: bool = True) -> str:
        return rw.line(src, body=body)

    def mark(line: str) -> str:
        return line[:spot_i] + MARK + (MARK2 + line[spot_i + 2 :] if dmg == "kunkao" else line[spot_i + 1 :])

    src_title = mark(t.title) if dmg_at == -1 else t.title
    r_title = render(src_title, body=False) if title_readings else ob.fold(ob.convert(src_title, config)) if rw.fold else ob.convert(src_title, config)
    if rw.spaces and not title_readings:
        r_title = r_title.replace(" ", rng.choice(SEPARATORS), 1)
    rendered: dict[int, str] = {}  # rendered paragraphs (plain text) by block index
    for i in para_idx:
        b = blocks[i]
        assert isinstance(b, str)
        rendered[i] = render(mark(b) if dmg_at == i else b)
    exp_title, exp_lines = t.title, t.lines(blocks)
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
            lost_form = src[:spot_i] + "\ufffd" + src[spot_i + 1 :]
        else:
            sub = {MARK + MARK2: "锟斤拷" + reading, MARK: "锟斤拷", MARK2: ""}
            lost_form = src[:spot_i] + "锟斤拷" + src[spot_i + 2 :]
        if dmg in ("fffd", "kunkao"):
            flags, alt = ("replacement_chars",), (t.title, "\n".join(t.lines(blocks)))
            if dmg_at == -1:
                exp_title = lost_form
            else:
                exp_lines = t.lines(tuple(lost_form if j == dmg_at else b for j, b in enumerate(blocks)))
        for a, b2 in sub.items():
            r_title = r_title.replace(a, b2)
            rendered = {i: r.replace(a, b2) for i, r in rendered.items()}
        if own:
            kinds.append("dmg:own_reading")

    moji_raw, moji_at = "", -1
    free = [i for i in para_idx if i != dmg_at]
    rng.shuffle(free)
    for i in free if moji else ():
        target = rendered[i]
        if codec != "utf-8":  # a paste from a UTF-8 source kept byte for byte in a legacy page
            moji_raw, moji_at, rendered[i] = target, i, RAW
            kinds.append("moji:utf8bytes")
            break
        misread = _misread(target)
        if misread is not None:  # a farm's GBK reader (or a browser's: WHATWG gbk is gb18030) on UTF-8
            moji_at, rendered[i] = i, misread
            kinds.append("moji:utf8asgbk")
            break

    def para_html(i: int) -> str:
        x = escape(rendered[i]) if rendered[i] != RAW else RAW
        if jam and i != moji_at:
            x = _jam(x, rng, jam, jam_cls, c.site, jam_every)
        ind = _indent(rng, style)
        if style == "wx":
            return f'<p style="margin-bottom: 16px;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{x}</span></p>'
        if style == "br":
            return f"{ind}{x}<br />\n<br />"
        return f"<p>{ind}{x}</p>"

    out: list[str] = []
    if first and t.orig_title and rng.random() < 0.6:
        out.append(f"<p>{escape(cv('原标题：') if trad_chrome else '原标题：')}{escape(render(t.orig_title, body=False))}</p>")
        kinds.append("orig_title")
    promo_at = rng.randrange(len(blocks) + 1) if c.promo else -1
    for i, b in enumerate(blocks):
        if i == promo_at:
            out.append(f'<p style="color:#c00;"><strong>{c.promo}</strong></p>')
        if isinstance(b, str):
            out.append(para_html(i))
        elif b[0] == "table":
            rows = b[1]
            th = rng.random() < 0.5
            trs = "".join("<tr>" + "".join(f"<{'th' if th and r == 0 else 'td'}>{escape(render(x, body=False))}</{'th' if th and r == 0 else 'td'}>" for x in row) + "</tr>" for r, row in enumerate(rows))  # type: ignore[union-attr]
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>{trs}</tbody></table>')
            kinds.append("block:table")
        else:
            tag = b[0]
            li = "".join(f"<li><p>{escape(render(x))}</p></li>" if style == "wx" else f"<li>{escape(render(x))}</li>" for x in b[1])  # type: ignore[arg-type]
            out.append(f'<{tag} class="list-paddingleft-1">{li}</{tag}>' if style == "wx" else f"<{tag}>{li}</{tag}>")
            kinds.append("block:list")
        for at, cap in t.captions:
            if at == base + i:
                out.append(rng.choice(CAPTIONS).format(n=1000 + k, c=escape(render(cap, body=False))))
                kinds.append("caption")
    if promo_at == len(blocks):
        out.append(f"<p>{c.promo}</p>")

    title_tag = escape(c.spam) if c.spam and rng.random() < 0.5 else escape(r_title) + escape(cv(rng.choice(("_", "-", " - ", "_新闻中心_")))) + escape(cv(c.site))
    extra = f'<link rel="canonical" href="{url}" />' if rng.random() < 0.4 else ""
    parts = Parts(title_tag, escape(r_title), info, out, c, charset_meta, css, url, extra)
    html = TEMPLATES[tpl](parts)
    assert not moji_raw or RAW in html

    # the lost lead byte: settled by the bytes and the page (audit8's reasoning), else flagged
    if pending:
        spot, conv_ch, src = pending
        at = html.index(spot) if spot in html else -1
        found = a8.settled_by_page(html, at, ("gbk",)) if at >= 0 else set()
        if found == {conv_ch}:
            no_flags = ("lost_lead_byte",)
            notes.append(f"page settles {conv_ch}")
        else:
            damaged = src[:spot_i] + spot + src[spot_i + 1 :]
            if dmg_at == -1:
                exp_title = damaged
            else:
                exp_lines = t.lines(tuple(damaged if j == dmg_at else b for j, b in enumerate(blocks)))
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
    hit = dmg_at is not None and dmg_at >= 0 and isinstance(blocks[dmg_at], str) and blocks[dmg_at] == dateline and dateline != ""

    def hit_on(name: str) -> bool:
        j = dateline.find(name)
        return hit and j >= 0 and j - 1 <= spot_i < j + len(name)

    if t.publisher and (info.source or (first and t.in_text and not hit_on(t.publisher))):
        meta["publisher"] = t.publisher
    if t.author and (info.author or (f"记者 {t.author}" in dateline and not hit_on(f"记者 {t.author}"))):
        meta["author"] = t.author
    if info.date or (tpl == "portal" and info.iso):  # shown, or in the portal's JSON-LD
        meta["published"] = t.published
    if c.next_pages:
        meta["next_pages"] = c.next_pages
    if pages > 1:
        notes.append(f"page {page}/{pages}")
    name = f"{k:03d}_{tpl}_{t.key}"
    return Case32(name, ext, data, exp_title, "\n".join(exp_lines), meta, kinds, flags, no_flags, alt,
                  loose_brackets=rw.fold, notes=notes)


def build_all(seed: int = 38, n: int = 180) -> list[Case32]:
    return [build_case(k, seed) for k in range(n)]
