# ruff: noqa: E501
"""Audit39 generator: seeded COMBINATORIAL Taiwan / Hong Kong pages. Every case draws a story (a39_texts:
genuine Taiwan and Hong Kong stories, or a mainland story a farm converted s2t / s2tw / s2hk / s2twp), a
template (a39_html), each chrome piece on its own (a39_chrome), what the page states (a date in Western or
ROC years, a 來源, a byline), the damage of audit32's Rewrite (zero-width characters, odd spaces, copy-
detection spaces; on a converted story pinyin or zhuyin readings after converted characters only), byte
damage (a Big5 lead byte dropped from the bytes, or U+FFFD), the title's UTF-8 bytes kept raw in a Big5
page (a browser reads them as Big5), and the codec (UTF-8 / Big5 as big5hkscs / cp950) under a right,
missing or wrong <meta> label.

Expectations, from the clean story: title and paragraphs exact; the script: a genuine story stays
traditional; a converted mainland story comes back simplified only when the page carries evidence of the
conversion — readings on converted characters, a mainland agency's dateline (新华社杭州…电, 中新网成都…电),
or mainland-only words (居委会, 城管, 地级市, 人民币) — and is otherwise expected as the farm wrote it
(traditional: a Hong Kong story on a farm reads the same); author, publisher and published only where the
page states them (dateline, 來源 / 資料來源 / 媒體來源, a byline, a date with its year; ROC years read as
1911 + year).

    from a39_gen import build_all; cases = build_all(seed=39, n=150)
"""

from __future__ import annotations

import datetime
import random
import re
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit32"))
sys.path.insert(0, str(HERE))
import a32_gen  # noqa: E402
from a32_gen import Case32, Rewrite, ob, weighted  # noqa: E402
from a39_chrome import SITES_FARM, SITES_HK, SITES_TW, Chrome, draw  # noqa: E402
from a39_html import TEMPLATES, Info, Parts  # noqa: E402
from a39_texts import TEXTS, Text39  # noqa: E402
from pypinyin import Style  # noqa: E402

a32_gen.STYLES.setdefault("zhuyin", Style.BOPOMOFO)  # Taiwan farms gloss in zhuyin too: 發(ㄈㄚ)

MARK = "\ue000"  # where a dropped Big5 lead byte or a U+FFFD lands
RAW = "\ue010"  # the title's raw UTF-8 bytes in a Big5 page
CONFIGS = (("s2t", 30), ("s2tw", 25), ("s2hk", 20), ("s2twp", 25))
BACK = {"s2t": "t2s", "s2tw": "tw2s", "s2hk": "hk2s", "s2twp": "tw2sp"}
CODECS = {"big5cms": (("big5", 55), ("cp950", 25), ("utf-8", 20)), "hk_news": (("utf-8", 75), ("big5", 25))}
NAMES = {"utf-8": ("utf-8", "UTF-8"), "big5": ("big5", "Big5", "BIG5"), "cp950": ("big5", "cp950")}
WRONG = {"utf-8": ("big5", "gb2312"), "big5": ("utf-8", "gb2312"), "cp950": ("utf-8", "gb2312")}
ENCODE = {"utf-8": "utf-8", "big5": "big5hkscs", "cp950": "cp950"}  # a Big5 page as browsers read it: big5hkscs
WEEK = "一二三四五六日"
HAN = re.compile("[\u4e00-\u9fff]")


def _dates(tpl: str, iso: str, rng: random.Random) -> str:
    """The date as the template's family shows it (Western or ROC years), with its year."""
    d = datetime.date.fromisoformat(iso)
    roc, hh = d.year - 1911, f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"
    forms = {
        "tw_portal": (f"{iso} {hh}", f"{d:%Y/%m/%d} {hh}", f"{roc}/{d:%m/%d} {hh}", f"{d.year}年{d.month}月{d.day}日 週{WEEK[d.weekday()]} {hh}"),
        "hk_news": (f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}", f"{iso} HKT {hh}"),
        "blog": (f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}",),
        "big5cms": (f"{roc}/{d:%m/%d}", f"民國{roc}年{d.month}月{d.day}日", f"{roc}-{d:%m-%d}"),
        "wap": (f"{iso} {hh}", f"民國{roc}年{d.month}月{d.day}日"),
    }
    return rng.choice(forms[tpl])


def _drop_candidates(line: str, codec: str) -> list[int]:
    """Han characters whose Big5 trail byte is a high byte: losing the lead leaves a stray byte."""
    out = []
    for i, ch in enumerate(line):
        if HAN.match(ch):
            try:
                b = ch.encode(ENCODE[codec])
            except UnicodeEncodeError:
                continue
            if len(b) == 2 and b[1] >= 0xA1:
                out.append(i)
    return out


def build_case(k: int, seed: int) -> Case32:
    rng = random.Random(seed * 100003 + k)
    t: Text39 = rng.choice(TEXTS)
    tpl = rng.choice(sorted(TEMPLATES))
    kinds = [f"tpl:{tpl}", f"story:{t.region}"]
    notes: list[str] = []
    config = weighted(rng, CONFIGS) if t.region == "cn" else None
    assert config is None or isinstance(config, str)
    if config and not all(ob.convert(ob.convert(x, config), BACK[config]) == x for x in (t.title, *t.paras)):
        config = "s2tw" if config == "s2twp" else "s2t"  # a word swap the reverse config does not undo: not derivable
    kinds.append(f"conv:{config or 'none'}")
    readings = config is not None and config != "s2twp" and rng.random() < 0.45
    rw = Rewrite(config, rng.choice(("tone", "tone", "tone3", "zhuyin")), rng.choice(("()", "（）", "【】")), rng.choice((0.25, 0.4, 0.6, 1.0)),
                 True, readings, False, rng.choice((0, 0, 0, 7, 12)), rng.random() < 0.3, rng.choice((0, 0, 0, 0, 0, 6, 9)), rng)
    if readings:
        kinds.append(f"read:{rw.style}{rw.brackets[0]}")
    for on, name in ((rw.invis, "invisibles"), (rw.spaces, "oddspaces"), (rw.noise, "spacenoise")):
        if on:
            kinds.append(name)
    evidence = [e for e, on in (("readings", readings), ("dateline", t.dateline in ("xinhua", "cns")), ("words", t.mainland_words)) if on and config]
    simplified = bool(evidence)
    if config:
        kinds.append(f"evidence:{'+'.join(evidence) or 'none'}")
    exp = (lambda s: s) if simplified or not config else (lambda s: ob.convert(s, config))

    # --- codec and labels ---
    codec = weighted(rng, CODECS.get(tpl, (("utf-8", 85), ("big5", 15))))
    assert isinstance(codec, str)
    label = weighted(rng, (("right", 55), ("missing", 20), ("wrong", 25)))
    charset = None if label == "missing" else rng.choice(NAMES[codec]) if label == "right" else rng.choice(WRONG[codec])
    charset_meta = "" if charset is None else rng.choice((f'<meta charset="{charset}">', f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'))
    kinds += [f"codec:{codec}", f"label:{label}"]

    # --- byte damage on one paragraph (or the title's raw UTF-8 bytes) ---
    paras = list(t.paras)
    dmg = rng.choice((None, None, None, "drop", "drop", "fffd")) if codec != "utf-8" else rng.choice((None, None, None, None, "fffd"))
    dmg_at, spot = -1, -1
    if dmg:
        dmg_at = rng.randrange(len(paras))
        conv = ob.convert(paras[dmg_at], config)
        cands = _drop_candidates(conv, codec) if dmg == "drop" else [i for i, ch in enumerate(conv) if HAN.match(ch)]
        if len(conv) == len(paras[dmg_at]) and cands:
            spot = rng.choice(cands)
            kinds.append(f"dmg:{dmg}@{'dateline' if dmg_at == 0 else 'body'}")
        else:
            dmg, dmg_at = None, -1
    raw_title = codec != "utf-8" and rng.random() < 0.15
    if raw_title:
        kinds.append("moji:title_utf8_in_big5")

    # --- render ---
    title_readings = readings and rng.random() < 0.5
    r_title = rw.line(t.title) if title_readings else ob.convert(t.title, config)
    rendered = []
    for j, p in enumerate(paras):
        src = p[:spot] + MARK + p[spot + 1 :] if j == dmg_at else p
        rendered.append(rw.line(src, body=True))
    exp_lines = [exp(p) for p in paras]
    flags: tuple[str, ...] = ()
    alt = None
    if dmg:
        marked = paras[dmg_at][:spot] + MARK + paras[dmg_at][spot + 1 :]  # (converted with the mark: it may part a phrase)
        exp_lines[dmg_at] = (marked if simplified or not config else ob.convert(marked, config)).replace(MARK, "\ufffd")
        flags, alt = ("replacement_chars",), (exp(t.title), "\n".join(exp(p) for p in paras))
        if dmg == "fffd":
            rendered[dmg_at] = rendered[dmg_at].replace(MARK, "\ufffd")
        notes.append(f"{dmg} {ob.convert(paras[dmg_at], config)[spot]!r} in paragraph {dmg_at}")

    region = "hk" if tpl == "hk_news" or (t.region == "hk" and tpl != "tw_portal") else "tw"
    site = t.publisher if tpl == "hk_news" and t.region == "hk" and t.publisher in SITES_HK else \
        rng.choice(SITES_HK if tpl == "hk_news" else SITES_TW if tpl == "tw_portal" else SITES_FARM)
    assert site is not None
    c: Chrome = draw(rng, region, site)
    kinds += c.kinds
    url = f"https://{rng.choice(('news', 'www', 'm'))}.example-{tpl.replace('_', '')}.tw/article/{t.published.replace('-', '')}{1000 + k}"

    info = Info()
    shown = lambda s: ob.convert(s, config)  # noqa: E731  (the page shows the farm's conversion; ``exp`` is what is expected)
    pub = shown(t.publisher) if t.publisher else ""
    if tpl != "forum" and rng.random() < 0.8:
        info.date = _dates(tpl, t.published, rng)
        info.iso = f"{t.published}T10:30:00+08:00"
    if t.publisher and tpl in ("tw_portal", "big5cms", "wap") and rng.random() < 0.5:
        info.source = pub
    if (t.author and tpl in ("tw_portal", "big5cms") and rng.random() < 0.3) or (t.author and tpl == "hk_news" and rng.random() < 0.6):
        info.author = shown(t.author)
    if tpl == "forum":
        info.source, info.author = pub or site, shown(t.author) if t.author else "無"
    if tpl == "hk_news" and t.region == "hk":
        info.org = site  # the paper's own reporter: 港島日報記者 何嘉敏
    info.blogger = rng.choice(("小編阿明", "admin", "newsbot"))
    source_note = ""
    if tpl == "blog" and t.publisher and rng.random() < 0.5:
        source_note = f'新聞來源：<a href="{url}">{escape(pub)}</a>'
        kinds.append("source_note")

    style_br = tpl == "big5cms" or (tpl == "blog" and rng.random() < 0.5)
    blocks = []
    for x in rendered:
        h = escape(x)
        ind = rng.choice(("", "", "\u3000\u3000", "&nbsp;&nbsp;&nbsp;&nbsp;")) if tpl != "forum" else ""
        blocks.append(h if tpl == "forum" else f"{ind}{h}<br /><br />" if style_br else f"<p>{ind}{h}</p>")
    if c.promo and tpl != "forum":
        blocks.insert(rng.randrange(1, len(blocks) + 1), f'<p class="promo"><strong>{escape(c.promo)}</strong></p>')

    h_title = RAW if raw_title else escape(r_title)
    sep = rng.choice((" - ", "｜", " | "))
    title_tag = {"blog": f"{escape(site)}: {escape(r_title)}", "forum": f"[新聞] {escape(r_title)} - 看板 Gossiping - 批踢踢實業坊"}.get(tpl, f"{escape(r_title)}{sep}{escape(site)}")
    lang = {"hk_news": "zh-HK", "forum": "zh-TW"}.get(tpl, rng.choice(("zh-TW", "zh-Hant-TW", "zh-Hant")))
    parts = Parts(title_tag, h_title, r_title, info, blocks, rendered, c, charset_meta, url, lang, source_note, tpl == "tw_portal" and rng.random() < 0.5, tpl == "forum")
    html = TEMPLATES[tpl](parts)
    if raw_title and tpl == "forum":
        html = html.replace(RAW, escape(r_title))  # the forum's metaline and form carry the title twice: raw only in the form's field
        html = html.replace(f"3.完整新聞標題:\n{escape(r_title)}", f"3.完整新聞標題:\n{RAW}", 1)
    data = html.encode(ENCODE[codec], "xmlcharrefreplace")
    if raw_title:
        data = data.replace(RAW.encode(ENCODE[codec], "xmlcharrefreplace"), escape(r_title).encode("utf-8"))
    if dmg == "drop":
        ch = ob.convert(paras[dmg_at], config)[spot]
        data = data.replace(MARK.encode(ENCODE[codec], "xmlcharrefreplace"), ch.encode(ENCODE[codec])[1:], 1)
    assert b"&#57344;" not in data and b"&#57360;" not in data

    meta: dict[str, object] = {"script": "simplified" if simplified else "traditional"}
    hit = dmg_at == 0

    def hit_on(name: str) -> bool:
        """The damage landed on ``name`` in the dateline, or on the 記者 right before it (（记� 钱若溪） names no
        reporter the page states: audit38's convention)."""
        j = t.paras[0].find(name)
        role = max(t.paras[0].rfind("记者", 0, j), t.paras[0].rfind("記者", 0, j))
        start = role if 0 <= j - role <= 3 else j
        return hit and j >= 0 and start - 1 <= spot < j + len(name)

    if t.publisher and (info.source or source_note or (t.publisher_in_text and not hit_on(t.publisher))):
        meta["publisher"] = exp(t.publisher)
    if t.author and (info.author or (t.author_in_text and not hit_on(t.author))):
        meta["author"] = exp(t.author)
    if info.date:
        meta["published"] = t.published
    name = f"{k:03d}_{tpl}_{t.key}"
    return Case32(name, "html", data, exp(t.title), "\n".join(exp_lines), meta, kinds, flags, (), alt, notes=notes)


def build_all(seed: int = 39, n: int = 150) -> list[Case32]:
    return [build_case(k, seed) for k in range(n)]
