# ruff: noqa: E501
"""Audit36 cases: seed-like reposts of article shapes the earlier audits used little (a36_texts: 问：/答：
interview, 一、二、 explainer with a 1. 2. 3. list, prices and sports stories dense with digits, %, units,
CPI / GDP / 5G / iPhone / CBA / CCTV-5 and a URL, 编者按 + 记者手记, 「」 quotes, a photo caption left in the
body, a 更正： note), wrapped as the seed is (audit14's dump: spam keyword header, NBSP lines, crumb, title,
em-space indents) and as farm CMS pages (audit14's farm page, audit18's DedeCMS / WordPress pages, audit22's
PHPCMS v9 / Discuz! portal / DedeCMS 5.7 / EmpireCMS / WordPress Begin pages), in UTF-8 / GBK / GB18030 /
Big5 with right, missing and lying labels; rewritten like the seed (s2t / s2tw / s2hk, readings in (),
（）, 【】, tone marks or tone numbers, zero-width characters and odd spaces, folded commas) and damaged like
the seed (a lead byte lost to '?', by audit18's ``lost``: next to digits, Latin letters, 「」, at line
starts, in titles and datelines; restored where audit8's reasoning says the page settles it, else flagged).

Expected: the first publisher's article as written (simplified), its title, and the publisher / author /
date the page states. A photo caption is not body text (audit20's convention: dropped); 编者按, 记者手记 and
更正 are the publisher's own text (kept).

Groups: ``seed`` the seed recipe on each story, ``obf`` other rewritings, ``html`` CMS pages and
encodings, ``dmg`` lost lead bytes, ``ctl`` a genuine traditional original.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE.parent / "audit22"))
sys.path.insert(0, str(HERE))
import a36_texts as T  # noqa: E402
from a18_build import A8, case, dede_html, dump, enc, farm_html, g, lost, ob, wp_html  # noqa: E402
from a22_build import dede57, dz_portal, empire, phpcms, t2, wp_begin, zw  # noqa: E402
from a36_texts import Story  # noqa: E402

S2T = g()
TW_SPAM = "久久精品國產免費觀看-亞洲日韓精品一區二區-午夜福利影院高清"
SPAM2 = "国产精品久久久久久久-欧美日韩一区二区在线观看-免费无码高清视频-久久爱www人成"
Pred = Callable[[str, int], bool]


def body(s: Story, drop: tuple[int, ...] = ()) -> str:
    return "\n".join(p for i, p in enumerate(s.paras) if i not in drop)


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra


def info(s: Story, time: str = "08:30") -> str:
    """The farm's info line under the title: date, source, author."""
    return f"{s.published} {time}　来源：{s.publisher}　作者：{s.author}"


def with_caption(s: Story, at: int, caption: str) -> list[str]:
    paras = list(s.paras)
    paras.insert(at, caption)
    return paras


def _ascii(ch: str, kind: str) -> bool:
    return ch.isascii() and (ch.isdigit() if kind == "digit" else ch.isalpha())


def near(kind: str) -> Pred:
    """Next to an ASCII digit / Latin letter, or (kind "「」") to a corner bracket."""
    def p(line: str, i: int) -> bool:
        around = [line[i - 1] if i else "", line[i + 1] if i + 1 < len(line) else ""]
        return any(c and (c in kind if kind == "「」" else _ascii(c, kind)) for c in around)
    return p


def enc_html(text: str, codec: str) -> bytes:
    """A legacy-encoded page: what the codec lacks (zero-width characters) written as numeric references."""
    try:
        return bytes(enc(text, codec))
    except UnicodeEncodeError:
        return text.encode(codec, "xmlcharrefreplace")


def line_start(line: str, i: int) -> bool:
    return i <= 1


def pick(s: Story, line_no: int, pred: Pred, codec: str = "gbk", config: str | None = "s2t", nth: int = 0) -> int:
    """The index among audit18's ``lost`` candidates (characters whose trail byte is an ASCII letter) of the
    ``nth`` one where ``pred`` holds."""
    line = [s.title, *s.paras][line_no]
    conv = ob.convert(line, config)
    hits = [i for i, ch in enumerate(conv) if ob.han(ch) and len(b := ch.encode(codec, "ignore")) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha()]
    ok = [k for k, i in enumerate(hits) if pred(line, i)]
    assert ok, (line_no, line[:20])
    return ok[nth % len(ok)]


# --- seed: the seed's recipe on every story -------------------------------------------------------------------

def seed_cases() -> list[A8]:
    c: list[A8] = []
    qa, ren, pr, bb, rs, nm, so, al = T.PENSION_QA, T.RENEWAL, T.PRICES, T.BASKETBALL, T.REPAIR_STALLS, T.NIGHT_MARKET, T.SOLAR, T.ALLOWANCE
    c.append(case("s01_qa_seed", "seed", dump(qa, f=S2T, info=[info(qa)]).encode(), "txt", qa.title, body(qa), meta=meta(qa, "publisher", "author", "published", script="simplified")))
    c.append(case("s02_explainer_seed", "seed", dump(ren, f=S2T).encode(), "txt", ren.title, body(ren), meta=meta(ren, "publisher", "author", script="simplified")))
    c.append(case("s03_prices_seed", "seed", dump(pr, f=S2T, info=[info(pr, "06:45")]).encode(), "txt", pr.title, body(pr), meta=meta(pr, "publisher", "author", "published")))
    c.append(case("s04_sports_seed", "seed", dump(bb, f=S2T, info=[info(bb, "07:20")]).encode(), "txt", bb.title, body(bb), meta=meta(bb, "publisher", "author", "published")))
    c.append(case("s05_editor_note_seed", "seed", dump(rs, f=S2T, info=[info(rs, "07:10")]).encode(), "txt", rs.title, body(rs), meta=meta(rs, "publisher", "author", "published")))
    c.append(case("s06_corner_quotes_seed", "seed", dump(nm, f=S2T).encode(), "txt", nm.title, body(nm), meta=meta(nm, "publisher", "author", script="simplified")))
    paras = [S2T(p) for p in with_caption(so, 1, T.SOLAR_CAPTION)]
    c.append(case("s07_photo_caption_seed", "seed", dump(so, f=S2T, paras=paras).encode(), "txt", so.title, body(so), meta=meta(so, "publisher", "author")))
    c.append(case("s08_correction_seed", "seed", dump(al, f=S2T, info=[info(al, "15:02")]).encode(), "txt", al.title, body(al), meta=meta(al, "publisher", "author", "published")))
    return c


# --- obf: other rewritings of the seed's kind -------------------------------------------------------------------

def obf_cases() -> list[A8]:
    c: list[A8] = []
    qa, ren, pr, bb, rs, nm, so, al = T.PENSION_QA, T.RENEWAL, T.PRICES, T.BASKETBALL, T.REPAIR_STALLS, T.NIGHT_MARKET, T.SOLAR, T.ALLOWANCE
    c.append(case("o01_qa_s2tw_tone3_zero_width", "obf", dump(qa, f=zw(g("s2tw", style="tone3")), head=[TW_SPAM], info=[t2(info(qa))]).encode(), "txt", qa.title, body(qa),
                  meta=meta(qa, "publisher", "author", "published", script="simplified")))
    c.append(case("o02_explainer_s2hk_lenticular", "obf", dump(ren, f=g("s2hk", brackets="【】", fold=False)).encode(), "txt", ren.title, body(ren), meta=meta(ren, "publisher", "author")))
    c.append(case("o03_prices_fullwidth_brackets", "obf", dump(pr, f=g(brackets="（）", fold=False), info=[info(pr)]).encode(), "txt", pr.title, body(pr), meta=meta(pr, "publisher", "author", "published")))
    c.append(case("o04_sports_tone3_all_chars", "obf", dump(bb, f=g(style="tone3", only_converted=False, rate=0.3)).encode(), "txt", bb.title, body(bb), meta=meta(bb, "author")))
    c.append(case("o05_corner_quotes_s2hk_zero_width", "obf", dump(nm, f=zw(g("s2hk"), 3), head=[TW_SPAM], crumb=["當前位置：首頁 > 港澳 > 社會"]).encode(), "txt", nm.title, body(nm),
                  meta=meta(nm, "publisher", "author", script="simplified")))
    c.append(case("o06_editor_note_zero_width_crlf", "obf", dump(rs, f=zw(S2T, 5), nl="\r\n", info=[info(rs)]).encode(), "txt", rs.title, body(rs), meta=meta(rs, "publisher", "author", "published")))
    c.append(case("o07_correction_tone3_lenticular", "obf", dump(al, f=g(style="tone3", brackets="【】", fold=False), head=[SPAM2]).encode(), "txt", al.title, body(al), meta=meta(al, "author")))
    paras = [g("s2tw", style="tone3")(p) for p in with_caption(so, 1, T.SOLAR_CAPTION)]
    c.append(case("o08_photo_caption_big5_dump", "obf", enc(dump(so, f=g("s2tw", style="tone3"), head=[TW_SPAM], crumb=["當前位置：首頁 > 財經 > 能源"], paras=paras), "big5"), "txt",
                  so.title, body(so), meta=meta(so, "publisher", "author", script="simplified")))
    c.append(case("o09_qa_gbk_dump_s2t", "obf", enc(dump(qa, f=S2T, info=[info(qa)]), "gbk"), "txt", qa.title, body(qa), meta=meta(qa, "publisher", "author")))
    c.append(case("o10_sports_gb18030_dump_no_gloss", "obf", enc(dump(bb, f=g(rate=0.0), head=[SPAM2], info=[info(bb)]), "gb18030"), "txt", bb.title, body(bb), meta=meta(bb, "publisher", "author", "published")))
    return c


# --- html: farm CMS pages, encodings and labels -----------------------------------------------------------------

def _subheads(html: str) -> str:
    for n in "一二三":
        html = html.replace(f"<p>{n}、", f"<p><strong>{n}、", 1)
    import re
    return re.sub("<p><strong>([一二三]、[^<]+)</p>", "<p><strong>\\1</strong></p>", html)


def html_cases() -> list[A8]:
    c: list[A8] = []
    qa, ren, pr, bb, rs, nm, so, al = T.PENSION_QA, T.RENEWAL, T.PRICES, T.BASKETBALL, T.REPAIR_STALLS, T.NIGHT_MARKET, T.SOLAR, T.ALLOWANCE
    c.append(case("h01_qa_phpcms_utf8", "html", phpcms(qa, f=S2T, date=f"{qa.published} 09:12:40", source=qa.publisher or "", editor="宋洁").encode(), "html",
                  qa.title, body(qa), meta=meta(qa, "publisher", "published")))
    c.append(case("h02_explainer_dede57_gbk_subheads", "html", enc(_subheads(dede57(ren, f=S2T, style="p", info="时间:2026-11-20 18:30 来源:新华网 作者:韩一鸣 点击:<script src='/plus/count.php?aid=89'></script>次")), "gbk"), "html",
                  ren.title, body(ren), meta=meta(ren, "publisher", "author", published="2026-11-20")))
    xg1 = f"2026-11-10 07:05<span class=\"pipe\">|</span> 发布者: admin<span class=\"pipe\">|</span> 查看: 1286<span class=\"pipe\">|</span> 评论: 0<span class=\"pipe\">|</span>原作者: {pr.author}<span class=\"pipe\">|</span>来自: {pr.publisher}"
    c.append(case("h03_prices_discuz_portal", "html", dz_portal(pr, f=S2T, xg1=xg1).encode(), "html", pr.title, body(pr), meta=meta(pr, "publisher", "author", "published")))
    c.append(case("h04_sports_wp_begin", "html", wp_begin(bb, f=S2T, date="2026-11-17", cat="体育").encode(), "html", bb.title, body(bb), meta=meta(bb, "published")))
    c.append(case("h05_editor_note_empire_gbk_label_utf8", "html", enc_html(empire(rs, f=zw(S2T), charset="utf-8", info=f"时间：{rs.published} 来源：{rs.publisher} 作者：{rs.author}"), "gbk"), "html",
                  rs.title, body(rs), meta=meta(rs, "publisher", "author", "published", mislabeled=True)))
    c.append(case("h06_corner_quotes_big5_label_gb2312", "html", enc_html(farm_html(nm, f=g("s2tw", style="tone3"), charset="gb2312", chrome=t2, info="2026-10-06 21:40　來源：中新社"), "big5"), "html",
                  nm.title, body(nm), meta=meta(nm, "publisher", published="2026-10-06", script="simplified")))
    paras = [e(S2T(p)) for p in with_caption(so, 1, T.SOLAR_CAPTION)]
    c.append(case("h07_photo_caption_dede_gb18030_label_gbk", "html", enc(dede_html(so, f=S2T, charset="gbk", info="2026-08-18 20:15　来源：新华网", paras=paras), "gb18030"), "html",
                  so.title, body(so), meta=meta(so, "publisher", "author", published="2026-08-18")))
    c.append(case("h08_correction_phpcms_gbk_no_label", "html", enc(phpcms(al, f=S2T, charset=None, date=f"{al.published} 15:02:11", source=al.publisher or ""), "gbk"), "html",
                  al.title, body(al), meta=meta(al, "publisher", "published")))
    c.append(case("h09_qa_discuz_big5", "html", enc_html(dz_portal(qa, f=g("s2tw", style="tone3"), chrome=t2, charset="big5", xg1=t2(f"{qa.published} 09:12| 發布者: 小編| 來自: {qa.publisher}")), "big5"), "html",
                  qa.title, body(qa), meta=meta(qa, "publisher", "published", script="simplified")))
    c.append(case("h10_prices_farm_utf8_no_label", "html", farm_html(pr, f=S2T, charset=None, info=f"{pr.published} 06:45　来源：{pr.publisher}　作者：{pr.author}").encode(), "html",
                  pr.title, body(pr), meta=meta(pr, "publisher", "author", "published")))
    paras = [e(S2T(p)) for p in with_caption(so, 2, T.SOLAR_CAPTION)]
    c.append(case("h11_photo_caption_wp_html", "html", wp_html(so, f=S2T, date_iso="2026-08-18T20:15:00+08:00", date_text="2026年8月18日", paras=paras).encode(), "html",
                  so.title, body(so), meta=meta(so, "publisher", "author", published="2026-08-18")))
    c.append(case("h12_explainer_phpcms_subheads_zw", "html", _subheads(phpcms(ren, f=zw(S2T, 4), date="2026-11-20 18:30:00", source="新华社")).encode(), "html",
                  ren.title, body(ren), meta=meta(ren, "publisher", "author", published="2026-11-20")))
    c.append(case("h13_correction_empire_utf8_s2t", "html", empire(al, f=S2T, info=f"时间：{al.published} 15:02 来源：{al.publisher}").encode(), "html",
                  al.title, body(al), meta=meta(al, "publisher", "author", "published")))
    c.append(case("h14_sports_dede57_gbk_label_utf8", "html", enc(dede57(bb, f=S2T, charset="utf-8", info=f"时间:{bb.published} 07:20 来源:{bb.publisher} 作者:{bb.author}"), "gbk"), "html",
                  bb.title, body(bb), meta=meta(bb, "publisher", "author", "published", mislabeled=True)))
    return c


# --- dmg: a lead byte lost to '?' ------------------------------------------------------------------------------------

def dmg_cases() -> list[A8]:
    c: list[A8] = []
    qa, ren, pr, bb, rs, nm, so, al = T.PENSION_QA, T.RENEWAL, T.PRICES, T.BASKETBALL, T.REPAIR_STALLS, T.NIGHT_MARKET, T.SOLAR, T.ALLOWANCE

    def seed_dump(s: Story, *extra: str) -> Callable[[Story], str]:
        return lambda m: dump(m, f=S2T, info=list(extra) or None)

    c.append(lost("x01_title_next_to_latin", pr, 0, pick(pr, 0, near("alpha")), seed_dump(pr), meta_=meta(pr, "author")))
    c.append(lost("x02_title_next_to_digit", al, 0, pick(al, 0, near("digit")), seed_dump(al), meta_=meta(al, "author")))
    c.append(lost("x03_dateline_agency_city", ren, 1, pick(ren, 1, lambda ln, i: i < 8), seed_dump(ren), meta_=meta(ren, "publisher")))
    c.append(lost("x04_para_start", pr, 4, pick(pr, 4, line_start), seed_dump(pr)))
    c.append(lost("x05_after_question_mark", qa, 4, pick(qa, 4, lambda ln, i: i <= 3), seed_dump(qa)))
    c.append(lost("x06_next_to_digit_percent", pr, 2, pick(pr, 2, near("digit")), seed_dump(pr)))
    c.append(lost("x07_next_to_latin_app", bb, 5, pick(bb, 5, near("alpha")), seed_dump(bb)))
    c.append(lost("x08_next_to_corner_quote", nm, 2, pick(nm, 2, near("「」")), seed_dump(nm)))
    c.append(lost("x09_next_to_corner_quote_html", nm, 2, pick(nm, 2, near("「」")), lambda m: farm_html(m, f=S2T, info="2026-10-06 21:40　来源：中新社")))
    c.append(lost("x10_h1_title_phpcms", qa, 0, pick(qa, 0, lambda ln, i: True, nth=1), lambda m: phpcms(m, f=S2T, date="2026-11-12 09:12:40", source="经济日报")))
    c.append(lost("x11_correction_note_digit", al, 4, pick(al, 4, near("digit")), seed_dump(al)))
    c.append(lost("x12_next_to_url", pr, 5, pick(pr, 5, lambda ln, i: True, nth=-1), seed_dump(pr)))
    c.append(lost("x13_big5_dump_next_to_digit", bb, 2, pick(bb, 2, near("digit"), codec="big5", config="s2tw"),
                  lambda m: dump(m, f=g("s2tw", style="tone3"), head=[TW_SPAM], crumb=["當前位置：首頁 > 體育"]), codec="big5", config="s2tw"))
    c.append(lost("x14_gbk_dede_after_subhead", ren, 5, pick(ren, 5, line_start), lambda m: dede_html(m, f=S2T, charset="gbk"), out_codec="gbk"))
    c.append(lost("x15_after_reporter_note_heading", rs, 6, pick(rs, 6, line_start), seed_dump(rs)))
    c.append(lost("x16_own_reading_next_to_digit", so, 1, pick(so, 1, near("digit"), nth=1), seed_dump(so), own=("tone", "()")))
    c.append(lost("x17_next_to_digit_5g", pr, 3, pick(pr, 3, near("digit"), nth=-1), seed_dump(pr)))
    c.append(lost("x18_p_start_phpcms", pr, 4, pick(pr, 4, line_start), lambda m: phpcms(m, f=S2T, date="2026-11-10 06:45:00", source="人民日报")))
    c.append(lost("x19_p_start_wp", so, 3, pick(so, 3, line_start), lambda m: wp_html(m, f=S2T, date_iso="2026-08-18T20:15:00+08:00", date_text="2026年8月18日")))
    c.append(lost("x20_h1_next_to_latin_discuz", pr, 0, pick(pr, 0, near("alpha")), lambda m: dz_portal(m, f=S2T, xg1="2026-11-10 07:05| 发布者: admin")))
    c.append(lost("x21_dateline_farm_html", so, 1, pick(so, 1, lambda ln, i: i < 4), lambda m: farm_html(m, f=S2T, info="2026-08-18 20:15　来源：新华网")))
    c.append(lost("x22_after_answer_mark_empire", qa, 5, pick(qa, 5, lambda ln, i: i <= 4), lambda m: empire(m, f=S2T, info="时间：2026-11-12 来源：经济日报")))
    return c


# --- ctl: a genuine traditional original under the same wrapping -----------------------------------------------

def ctl_cases() -> list[A8]:
    from a14_texts import METRO_TW
    c: list[A8] = []
    c.append(case("c01_tw_original_big5_dede", "ctl", enc_html(dede_html(METRO_TW, charset="big5", chrome=t2, info="2026-03-02 10:20　來源：中央社"), "big5"), "html",
                  METRO_TW.title, body(METRO_TW), meta={"script": "traditional", "publisher": "中央社"}))
    c.append(case("c02_tw_original_dump_zw", "ctl", dump(METRO_TW, f=zw(g(None, style="tone3", only_converted=False, rate=0.2, fold=False)), head=[TW_SPAM], crumb=["首頁 > 地方 > 新北"]).encode(), "txt",
                  METRO_TW.title, body(METRO_TW), meta={"script": "traditional"}))
    return c


def build_all() -> list[A8]:
    return seed_cases() + obf_cases() + html_cases() + dmg_cases() + ctl_cases()
