# ruff: noqa: E501
"""Audit32 generator: seeded COMBINATORIAL damage over the stories of a32_texts. Every case draws its own
combination of real rewriting steps (opencc conversion, pypinyin readings, invisible characters, odd spaces and
indents, spam headers, crumbs, info lines, footers, byte-level loss in GBK, UTF-8-read-as-GBK mojibake) and
an output (a seed-like .txt dump, or a farm HTML page of one of three templates, in UTF-8 / GBK / GB18030 /
Big5 with a right, missing or wrong charset label). The expectation is derived from the clean story: the
title, the exact paragraphs, the metadata the page states; a lossy spot the bytes and page do not settle is
expected left as damage and flagged (audit8's reasoning decides; the original is accepted too, counted apart).

    from a32_gen import build_all; cases = build_all(seed=32, n=300)
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE.parent / "audit14"))
sys.path.insert(0, str(HERE))
from a14_texts import Story  # noqa: E402
from a18_build import a8, dede_html, farm_html, ob, wp_html  # noqa: E402
from a32_texts import TEXTS, Text  # noqa: E402
from pypinyin import Style, pinyin  # noqa: E402

MARK = "\ue000"  # where the byte damage will land (kept through conversion and readings)
MARK2 = "\ue001"  # the second character of a 锟斤拷 pair
CONFIGS = (("s2t", 45), ("s2tw", 15), ("s2hk", 12), ("s2twp", 8), (None, 20))
SPAMS = (
    "久久精品视频在线观看-高清免费电影网-最新电视剧免费看-精品资源一区二区",
    "免费看片神器_午夜影院在线观看_最新热门电影_高清资源在线看",
    "彩票平台注册送彩金-正规彩票app下载-天天中奖网-彩票开奖结果查询",
    "九九热精品视频-亚洲高清在线看-国产精品99久久-免费福利资源大全",
    "私人影院免费观看|最新韩剧在线看|日韩高清在线|高清电影下载",
)
CRUMB_HEADS = ("当前位置 : ", "当前位置：", "您的位置：", "您现在的位置是：", "当前位置：")
CRUMB_SEPS = (" > ", " » ", " -> ", ">", " / ")
CRUMB_ITEMS = (("首页", "新闻中心", "国内新闻"), ("首页", "资讯", "财经"), ("网站首页", "社会", "正文"), ("首页", "时政要闻"), ("主页", "地方新闻", "民生"))
FOOTERS = (
    "本站部分内容来自互联网，如有侵权请联系删除",
    "Copyright © 2026 星河资讯网 版权所有 粤ICP备2026012345号",
    "上一篇：多地发布高温预警 下一篇：夏季用电负荷创新高",
    "分享到：微信 微博 QQ空间",
    "免责声明：本文仅代表作者观点，不代表本站立场",
    "相关阅读：一图读懂今年政府工作报告",
)
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff"
ODD_SPACES = "\xa0\u3000\u202f\u2009\u2002"
SEPARATORS = "\xa0\u3000\u2002\u2003"  # &nbsp; / full-width / &ensp; / &emsp;: what pages put between a dateline and its text
NOISE_SPACES = "\xa0\u3000\u2002\u202f\u2009"
INDENTS = ("\u2003\u2003", "\u3000\u3000", "\xa0\xa0\xa0\xa0", "", "    ", "\u3000")
STYLES = {"tone": Style.TONE, "tone3": Style.TONE3, "none": Style.NORMAL}


@dataclass
class Case32:
    name: str
    ext: str
    data: bytes
    title: str
    body: str
    meta: dict[str, str]
    kinds: list[str]
    flags: tuple[str, ...] = ()
    no_flags: tuple[str, ...] = ()
    alt: tuple[str, str] | None = None  # the original, accepted where a flag is expected (restored: counted apart)
    loose_brackets: bool = False  # marks were folded: brackets around ASCII-only content may come back either width
    notes: list[str] = field(default_factory=list)


def weighted(rng: random.Random, pairs: tuple[tuple[object, int], ...]) -> object:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


@dataclass
class Rewrite:
    """One case's text rewriting: conversion, readings, folded marks, invisibles, odd spaces."""
    config: str | None
    style: str
    brackets: str
    rate: float
    only_converted: bool
    readings: bool
    fold: bool
    invis: int  # every n-th Han character gets an invisible (0: none)
    spaces: bool  # odd spaces at the separators and line ends
    noise: int  # every n-th Han-Han joint of a body paragraph gets an odd space (copy-detection noise; 0: none)
    rng: random.Random

    def line(self, text: str, chrome: bool = False, body: bool = False) -> str:
        conv = ob.convert(text, self.config)
        if self.readings and len(conv) == len(text) and self.config != "s2twp":
            source = text
            reads = [r[0] for r in pinyin(source, style=STYLES[self.style], errors=lambda run: [[c] for c in run])]  # type: ignore[arg-type, misc]
            out = []
            for i, (s, t, r) in enumerate(zip(text, conv, reads, strict=True)):
                converted = s != t
                if ob.han(t) and (converted or not self.only_converted) and ob._pick(f"{t}{i % 3}{self.rate}", self.rate):
                    out.append(f"{t}{self.brackets[0]}{r}{self.brackets[1]}")
                else:
                    out.append(t)
            conv = "".join(out)
        if self.fold:
            conv = ob.fold(conv)
        if not chrome:
            conv = self._sprinkle(conv, body)
        return conv

    def _sprinkle(self, text: str, body: bool) -> str:
        out, n, joints = [], 0, 0
        for k, ch in enumerate(text):
            out.append(ch)
            if ob.han(ch):
                n += 1
                if self.invis and n % self.invis == 0:
                    out.append(self.rng.choice(INVISIBLES))
                elif body and self.noise and ob.han(text[k + 1 : k + 2] or "a"):
                    joints += 1
                    if joints % self.noise == 0:
                        out.append(self.rng.choice(NOISE_SPACES))
        text = "".join(out)
        if self.spaces:  # odd spaces where a repost puts them: the dateline's and the title's separator, a line's end
            text = text.replace(" ", self.rng.choice(SEPARATORS), 1)
            if self.rng.random() < 0.5:
                text += self.rng.choice(ODD_SPACES) * self.rng.choice((1, 2))
        return text


def _reading(ch: str, rw: Rewrite) -> str:
    r = pinyin(ch, style=STYLES[rw.style])[0][0]
    return f"{rw.brackets[0]}{r}{rw.brackets[1]}"


def _candidates(line: str, config: str | None, kind: str) -> list[int]:
    """Indices of ``line`` where ``kind`` of byte damage can land: a Han character whose converted form has
    an ASCII-letter GBK trail byte (lost lead), or any Han character (U+FFFD, and a Han pair for 锟斤拷)."""
    conv = ob.convert(line, config)
    if len(conv) != len(line):
        return []
    out = []
    for i, ch in enumerate(conv):
        if not ob.han(ch):
            continue
        if kind == "lost":
            b = ch.encode("gbk", "ignore")
            if len(b) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha():
                out.append(i)
        elif kind == "fffd" or (kind == "kunkao" and i + 1 < len(line) and ob.han(conv[i + 1])):
            out.append(i)
    return out


def build_case(k: int, seed: int) -> Case32:
    rng = random.Random(seed * 100003 + k)
    t: Text = rng.choice(TEXTS)
    kinds: list[str] = []
    config = weighted(rng, CONFIGS)
    assert config is None or isinstance(config, str)
    if config == "s2twp" and not _twp_round_trips(t):
        config = "s2t"  # s2twp's word swaps opencc's own tw2sp does not undo (线上 -> 線上 -> 在线) are ambiguous
    kinds.append(f"conv:{config or 'none'}")
    # s2twp swaps words, so no per-character alignment: that farm writes no readings (nor one after a loss)
    readings = rng.random() < (0.8 if config else 0.3) and config != "s2twp"
    rw = Rewrite(config, rng.choice(("tone", "tone", "tone", "tone3", "none")), rng.choice(("()", "()", "（）", "【】")),
                 rng.choice((0.1, 0.25, 0.4, 0.6)), bool(config) and rng.random() < 0.7, readings, rng.random() < 0.7,
                 rng.choice((0, 0, 5, 9, 14)), rng.random() < 0.5, rng.choice((0, 0, 0, 0, 5, 8)), rng)
    if readings:
        kinds.append(f"read:{rw.style}{rw.brackets[0]}{'conv' if rw.only_converted else 'all'}")
    if rw.invis:
        kinds.append("invisibles")
    if rw.spaces:
        kinds.append("oddspaces")
    if rw.noise:
        kinds.append("spacenoise")
    title_readings = readings and rng.random() < 0.7
    indent = rng.choice(INDENTS)
    if indent not in ("\u2003\u2003", ""):
        kinds.append("indent")
    paras = list(t.paras)
    title = t.title
    notes: list[str] = []

    # --- byte damage: where and what (decided on the clean lines, marked, rendered, then applied) ---
    dmg = rng.choice((None, None, None, "lost", "lost", "fffd", "kunkao"))
    dmg_where = rng.choice(("body", "body", "title", "dateline"))
    dmg_line = None
    spot_i = -1
    if dmg:
        line_no = {"title": 0, "dateline": 1, "body": rng.randrange(1, len(paras) + 1)}[dmg_where]
        line = [title, *paras][line_no]
        cands = _candidates(line, config, dmg)
        if dmg_where == "dateline":
            cands = [i for i in cands if i < 30]
        if cands:
            spot_i = rng.choice(cands)
            dmg_line = line_no
            kinds.append(f"dmg:{dmg}@{dmg_where}")
        else:
            dmg = None
    moji = rng.random() < 0.18
    moji_line = rng.choice((0, 1, 2)) if moji else -1

    # --- chrome ---
    trad_chrome = bool(config) and rng.random() < 0.7
    n_spam = rng.choice((0, 1, 1, 1, 2, 3))
    spam = [rng.choice(SPAMS) for _ in range(n_spam)]
    spam = [rw.line(s, chrome=True) if trad_chrome and rng.random() < 0.5 else s for s in spam]
    if n_spam:
        kinds.append(f"spam:{n_spam}")
    crumb = ""
    if rng.random() < 0.8:
        crumb = rng.choice(CRUMB_HEADS) + rng.choice(CRUMB_SEPS).join(rng.choice(CRUMB_ITEMS))
        crumb = rw.line(crumb, chrome=True) if trad_chrome else crumb
        kinds.append("crumb")
    footers = rng.sample(FOOTERS, rng.choice((0, 0, 1, 2)))
    footers = [rw.line(f, chrome=True) if trad_chrome else f for f in footers]
    if footers:
        kinds.append(f"footer:{len(footers)}")
    info = ""
    states_pub = t.in_text
    states_author = t.author is not None and any(f"记者 {t.author}" in p for p in t.paras)
    states_date = info_pub = info_author = False
    if rng.random() < 0.45 and (t.publisher or t.author):
        hh = f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"
        y, m, d = t.published.split("-")
        date = rng.choice((f"{t.published} {hh}", f"{y}年{int(m)}月{int(d)}日 {hh}", f"{y}/{m}/{d} {hh}:{rng.randrange(60):02d}"))
        parts = []
        if t.publisher:
            parts.append(f"来源：{t.publisher}")
            states_pub = info_pub = True
        if t.author and rng.random() < 0.6:
            parts.append(f"作者：{t.author}")
            states_author = info_author = True
        parts.insert(rng.choice((0, len(parts))), f"发布时间：{date}" if rng.random() < 0.6 else date)
        if rng.random() < 0.3:
            parts.append(f"浏览次数：{rng.randrange(100, 9999)}")
        info = rng.choice(("　", "  ", " | ", "　　")).join(parts)
        info = rw.line(info, chrome=True) if trad_chrome and rng.random() < 0.7 else info
        states_date = True
        kinds.append("info")

    # --- render the article lines (marks in place of the damaged spot) ---
    lines = [title, *paras]
    if dmg_line is not None:
        ln = lines[dmg_line]
        lines[dmg_line] = ln[:spot_i] + MARK + (MARK2 + ln[spot_i + 2 :] if dmg == "kunkao" else ln[spot_i + 1 :])
    r_title = rw.line(lines[0]) if title_readings else ob.fold(ob.convert(lines[0], config)) if rw.fold else ob.convert(lines[0], config)
    if rw.spaces and not title_readings:
        r_title = r_title.replace(" ", rng.choice(SEPARATORS), 1)
    r_paras = [rw.line(p, body=True) for p in lines[1:]]
    rendered = [r_title, *r_paras]
    exp_lines = [title, *paras]
    flags: tuple[str, ...] = ()
    no_flags: tuple[str, ...] = ()
    alt = None
    pending = None  # (line index, damaged form) settled after the whole page exists
    if dmg_line is not None:
        src = [title, *paras][dmg_line]
        conv_ch = ob.convert(src, config)[spot_i]
        own = readings and rng.random() < 0.5
        reading = _reading(src[spot_i + (dmg == "kunkao")], rw) if own else ""
        if dmg == "lost":
            b = conv_ch.encode("gbk")
            spot = "?" + chr(b[1])
            rendered[dmg_line] = rendered[dmg_line].replace(MARK, spot + reading)
            pending = (dmg_line, spot, conv_ch)
        elif dmg == "fffd":
            rendered[dmg_line] = rendered[dmg_line].replace(MARK, "\ufffd" + reading)
            exp_lines[dmg_line] = src[:spot_i] + "\ufffd" + src[spot_i + 1 :]
            flags, alt = ("replacement_chars",), (title, "\n".join(paras))
        else:
            rendered[dmg_line] = rendered[dmg_line].replace(MARK + MARK2, "锟斤拷" + reading).replace(MARK, "锟斤拷").replace(MARK2, "")
            exp_lines[dmg_line] = src[:spot_i] + "锟斤拷" + src[spot_i + 2 :]
            flags, alt = ("replacement_chars",), (title, "\n".join(paras))
        if own:
            kinds.append("dmg:own_reading")

    # --- output ---
    fmt = rng.choice(("txt", "txt", "txt", "farm", "dede", "wp"))
    kinds.append(f"out:{fmt}")
    trad_all = config in ("s2t", "s2tw", "s2hk", "s2twp") and not n_spam
    codec = weighted(rng, (("utf-8", 50), ("gbk", 30), ("gb18030", 10), ("big5", 10 if trad_all else 0)))
    assert isinstance(codec, str)
    if fmt == "txt":
        text = _dump(rendered, spam, crumb, info, footers, indent, rng)
    else:
        label = rng.choice(("right", "right", "missing", "wrong"))
        kinds.append(f"label:{label}")
        text = _html(fmt, rendered, spam, crumb, info, footers, codec, label, t, states_date, rng)
    # the lost lead byte: settled by the bytes and the page (audit8's reasoning), else flagged
    if pending:
        line_idx, spot, conv_ch = pending
        at = text.index(spot) if spot in text else -1
        # (session 19) the damage is modelled on GBK bytes; on a Big5 page the stranded byte is read as Big5's,
        # as it would have been lost there: the GBK character is no candidate the page's bytes could give
        found = a8.settled_by_page(text, at, ("big5",) if codec == "big5" else ("gbk",)) if at >= 0 else set()
        if found == {conv_ch}:
            no_flags = ("lost_lead_byte",)
            notes.append(f"page settles {conv_ch}")
        else:
            src = [title, *paras][line_idx]
            exp_lines[line_idx] = src[:spot_i] + spot + src[spot_i + 1 :]
            flags, alt = ("lost_lead_byte",), (title, "\n".join(paras))
            notes.append(f"{conv_ch}: candidates {sorted(found)[:6]}")
    # mojibake: one paragraph (or the title: 0) of UTF-8 read as GBK
    data = None
    if moji:
        target = rendered[moji_line] if moji_line < len(rendered) else rendered[-1]
        if codec in ("gbk", "gb18030", "big5"):
            data = _mixed(text, codec, target, fmt != "txt")
            if data is not None:
                kinds.append(f"moji:utf8bytes@{'title' if moji_line == 0 else 'para'}")
        else:
            misread = None
            for wrong in ("gbk", "gb18030"):  # a farm's GBK reader, or a browser's (WHATWG gbk is gb18030)
                try:
                    misread = target.encode("utf-8").decode(wrong)
                    break
                except UnicodeDecodeError:
                    continue
            if misread is not None and target in text:
                text = text.replace(target, misread)
                kinds.append(f"moji:utf8asgbk@{'title' if moji_line == 0 else 'para'}")
    if data is None:
        data = _enc(text, codec, html=fmt != "txt")
        if data is None:
            codec = "utf-8"
            data = text.encode("utf-8")
    kinds.append(f"codec:{codec}")
    meta: dict[str, str] = {"script": "simplified"}
    if states_pub and t.publisher and not (not info_pub and _hit(t.paras[0], t.publisher, dmg_line, spot_i)):
        meta["publisher"] = t.publisher
    if states_author and t.author and not (not info_author and _hit(t.paras[0], f"记者 {t.author}", dmg_line, spot_i)):
        meta["author"] = t.author
    if states_date:
        meta["published"] = t.published
    name = f"{k:03d}_{t.key}"
    return Case32(name, "txt" if fmt == "txt" else "html", data, exp_lines[0], "\n".join(exp_lines[1:]), meta, kinds, flags, no_flags, alt, notes, rw.fold)


def _twp_round_trips(t: Text) -> bool:
    return all(ob.convert(ob.convert(x, "s2twp"), "tw2sp") == x for x in (t.title, *t.paras))


def _hit(first_para: str, name: str, dmg_line: int | None, spot_i: int) -> bool:
    """Whether the byte damage landed on ``name`` in the first paragraph (its dateline): the page then no
    longer states it there, so it is not checked."""
    j = first_para.find(name)
    return dmg_line == 1 and j >= 0 and j - 1 <= spot_i < j + len(name)


def _dump(rendered: list[str], spam: list[str], crumb: str, info: str, footers: list[str], indent: str, rng: random.Random) -> str:
    """The seed's layout: spam lines, NBSP lines around the crumb, the title, indented paragraphs."""
    lines: list[str] = []
    for s in spam:
        lines += [s, ""]
    nbsp = rng.random() < 0.7
    if crumb:
        lines += (["\xa0", crumb, "\xa0", ""] if nbsp else [crumb, ""])
    lines += [rendered[0], "", ""]
    if info:
        lines += [info, ""]
    sep = rng.choice(("\n\n", "\n\n", "\n", "\n\xa0\n", "\n\u3000\n"))
    text = "\n".join(lines) + sep.join(indent + p for p in rendered[1:])
    if footers:
        text += "\n\n" + "\n\n".join(footers)
    nl = "\r\n" if rng.random() < 0.15 else "\n"
    return text.replace("\n", nl)


def _html(fmt: str, rendered: list[str], spam: list[str], crumb: str, info: str, footers: list[str], codec: str, label: str,
          t: Text, states_date: bool, rng: random.Random) -> str:
    names = {"utf-8": "utf-8", "gbk": rng.choice(("gbk", "gb2312", "GBK")), "gb18030": rng.choice(("gb18030", "gbk")), "big5": "big5"}
    wrong = {"utf-8": "gbk", "gbk": "utf-8", "gb18030": "utf-8", "big5": "utf-8"}
    charset = None if label == "missing" else names[codec] if label == "right" else wrong[codec]
    paras = [escape(p) for p in rendered[1:]]
    story = Story(rendered[0], tuple(rendered[1:]))
    foot = "".join(f"<p>{escape(f)}</p>" for f in footers)
    spam_title = spam[0] if spam else f"{rendered[0]}_星河资讯网"
    if fmt == "farm":
        top = "".join(f'<a href="/v/{i}.html">{escape(s)}</a> ' for i, s in enumerate(spam))
        return farm_html(story, charset=charset, meta=rng.choice(("charset", "http-equiv")), title_tag=spam_title, h1=escape(rendered[0]),
                         info=escape(info), paras=paras, raw=True, top=top or "<a href=\"/\">首页</a>", crumb=crumb or "首页", foot=foot)
    if fmt == "dede":
        return dede_html(story, charset=charset, meta_tag=rng.choice(("charset", "http-equiv")), title_tag=f"{rendered[0]}_新闻中心_华夏热点网",
                         info=escape(info), paras=paras, title_html=f"<h2>{escape(rendered[0])}</h2>",
                         crumb=escape(crumb) if crumb else '当前位置：<a href="/">主页</a> &gt; <a href="/news/">新闻中心</a>',
                         foot=foot or None, head_html="".join(f'<meta name="description" content="{escape(s)}" />' for s in spam[:1]))
    date_iso = f"{t.published}T09:30:00+08:00" if states_date else ""
    page = wp_html(story, charset=charset or None, date_iso=date_iso, date_text=t.published if states_date else "",
                   paras=[f"{escape(info)}" for _ in [0] if info] + paras, title_tag=f"{escape(rendered[0])} &#8211; 云端资讯站")
    if spam:
        page = page.replace('<body class="', f'<body><div class="ad-top">{escape(" ".join(spam))}</div><div class="', 1)
    return page


def _enc(text: str, codec: str, html: bool) -> bytes | None:
    """``text`` in ``codec``: an HTML page writes what the codec lacks as character references; a text dump
    cannot hold it, so odd spaces become what a legacy editor writes and invisibles are gone."""
    if html:
        return text.encode(codec, "xmlcharrefreplace")
    for ch in INVISIBLES:
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            text = text.replace(ch, "")
    for space, alt in (("\u2003", "\u3000"), ("\u3000", " "), ("\xa0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2002", " ")):
        try:
            space.encode(codec)
        except UnicodeEncodeError:
            text = text.replace(space, alt)
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


def _mixed(text: str, codec: str, part: str, html: bool) -> bytes | None:
    """``text`` in ``codec`` with ``part`` as UTF-8 bytes (a paste from a UTF-8 source kept byte for byte)."""
    k = text.find(part if not html else escape(part))
    if k < 0:
        return None
    p = part if not html else escape(part)
    head, tail = _enc(text[:k], codec, html), _enc(text[k + len(p) :], codec, html)
    if head is None or tail is None:
        return None
    return head + p.encode("utf-8") + tail


def build_all(seed: int = 32, n: int = 300) -> list[Case32]:
    return [build_case(k, seed) for k in range(n)]
