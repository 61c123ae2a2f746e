# ruff: noqa: E501
"""Audit28 cases: seed-like pages, wave 5: STACKED damage, and damage landing on the parts that carry the
metadata (title, dateline, info line, crumb, spam header). The seed's skeleton (audit14's ``dump``) and
audit18's DedeCMS template / audit14's farm template, with several rewritings at once:

``ttl``  the title: readings inside it (tone marks, tone numbers, none), Kangxi radicals, a lost lead byte
         (settled by the page or by its own reading, else flagged), U+FFFD next to a reading, zero-width
         characters, the title alone in UTF-8 inside a GBK dump;
``line`` the dateline and the info line: full-width digits, zero-width characters inside 新华社 / the date,
         readings inside 新華(huá)社北京2月13日電(diàn) and inside 來(lái)源 / 發(fā)佈時(shí)間, tone numbers,
         a lost lead byte in the dateline paragraph, U+FFFD in the time of the info line;
``hdr``  the spam header: several lines, traditional with readings, zero-width characters inside keywords;
``enc``  encodings stacked: a GBK dump with one paragraph (or the title and the info line) in UTF-8,
         锟斤拷 next to a reading, U+FFFD at a line end, a lost lead byte before punctuation and next to a
         number, Big5 + s2tw + tone numbers + full-width digits;
``conv`` converters: s2twp wording (智慧 / 感測器 / 資料 / 專案, 社群), the title in s2hk over an s2t body,
         full-width brackets around tone numbers;
``html`` a DedeCMS / PHPCMS-like farm page with the damage in <title>, <h1>/<h2>, meta description and the
         info div too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a28_texts as T  # noqa: E402
from a18_build import A8, SPAM, a8, case, dede_html, dump, enc, farm_html, g, lost, ob  # noqa: E402
from a28_texts import Story  # noqa: E402

S2T = g()
SIMP = {"script": "simplified"}
ZW = "\u200b"
FLAG_R = ("replacement_chars",)


def body(s: Story) -> str:
    return "\n".join(s.paras)


def m(s: Story, keys: str = "pa", published: str | None = None) -> dict[str, object]:
    """The metadata the page states: publisher (p), author (a), published (d), plus the script."""
    vals = {"p": ("publisher", s.publisher), "a": ("author", s.author), "d": ("published", published or s.published)}
    return {vals[k][0]: vals[k][1] for k in keys} | SIMP


def first_para(s: Story, f: Callable[[str], str], rest: Callable[[str], str] = S2T) -> list[str]:
    """The first paragraph (the dateline's) rewritten by ``f``, the others by ``rest``."""
    return [f(s.paras[0]), *(rest(p) for p in s.paras[1:])]


def zw_in(text: str, *words: str) -> str:
    """A zero-width space after the first character of each of ``words`` (its first occurrence)."""
    for w in words:
        text = text.replace(w, w[0] + ZW + w[1:], 1)
    return text


def mixed(text: str, codec: str, utf8_parts: list[str]) -> bytes:
    """``text`` in ``codec`` except ``utf8_parts``, written as UTF-8 bytes (a paste from a UTF-8 source)."""
    out = b""
    rest = text
    for part in utf8_parts:
        k = rest.index(part)
        out += enc(rest[:k], codec) + part.encode()
        rest = rest[k + len(part) :]
    return out + enc(rest, codec)


def hit_index(line: str, want: Callable[[str, int], bool], codec: str = "gbk", config: str = "s2t") -> int:
    """The index among ``lost``'s candidates (converted Han with an ASCII-letter trail byte) of the first one
    ``want(converted_line, i)`` accepts: to aim a lost lead byte at a spot."""
    conv = ob.convert(line, config)
    hits = [i for i, ch in enumerate(conv) if ob.han(ch) and len(b := ch.encode(codec, "ignore")) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha()]
    return next(k for k, i in enumerate(hits) if want(conv, i))


def seed_dump(s: Story, **kw: object) -> Callable[[Story], str]:
    return lambda x: dump(x, f=S2T, **kw)  # type: ignore[arg-type]


def ttl_cases() -> list[A8]:
    heat, lib, orch, clin = T.HEAT, T.LIBRARY, T.ORCHARD, T.CLINIC
    all_read = g(rate=1.0)
    c = [
        # readings after every converted character of the title AND of the dateline paragraph
        case("t01_title_and_dateline_readings", "ttl", dump(heat, f=S2T, title=all_read(heat.title), paras=first_para(heat, all_read)).encode(), "txt",
             heat.title, body(heat), meta=m(heat)),
        # s2tw, tone numbers (dang1) everywhere, the title read at every converted character
        case("t02_title_tone3_s2tw", "ttl", dump(lib, f=g("s2tw", "tone3"), title=g("s2tw", "tone3", rate=1.0)(lib.title)).encode(), "txt",
             lib.title, body(lib), meta=m(lib)),
        # s2hk, readings without tones, the title read at every converted character
        case("t03_title_toneless_s2hk", "ttl", dump(orch, f=g("s2hk", "none"), title=g("s2hk", "none", rate=1.0)(orch.title)).encode(), "txt",
             orch.title, body(orch), meta=m(orch)),
        # Kangxi-radical look-alikes in the title only (s2t + readings body)
        case("t04_title_kangxi_radicals", "ttl", dump(clin, f=S2T, title=ob.radicals(S2T(clin.title))).encode(), "txt", clin.title, body(clin), meta=m(clin)),
        # the title's first lead-byte-lost character (GBK dump): settled by the page or flagged
        lost("t05_title_lost_lead_gbk", heat, 0, 0, seed_dump(heat), group="ttl", meta_=m(heat)),
        lost("t06_title_lost_lead_own_reading_gbk", lib, 0, 1, seed_dump(lib), own=("tone", "()"), group="ttl", meta_=m(lib)),
    ]
    # U+FFFD for a title character whose reading survived: 供暖\ufffd(yīng)急 (a UTF-8 dump): flagged, kept
    t = all_read(heat.title)
    k = t.index("應")
    t_fffd = t[:k] + "\ufffd" + t[k + 1 :]
    exp_t = heat.title.replace("应", "\ufffd", 1)
    # (dry-run correction: the body repeats 应急预案, so the reading and the page settle 应: restoring it is right too)
    c.append(case("t07_title_fffd_before_reading", "ttl", dump(heat, f=S2T, title=t_fffd).encode(), "txt", exp_t, body(heat), flags=FLAG_R, meta=m(heat),
                  alt=(heat.title, body(heat))))
    # the same where the page does not repeat the word: 果農學會用手機直播\ufffd(mài)橙子 (卖 麦 迈 脉 …): flagged, kept
    t = all_read(orch.title)
    k = t.index("賣")
    t_fffd = t[:k] + "\ufffd" + t[k + 1 :]
    c.append(case("t07b_title_fffd_reading_unsettled", "ttl", dump(orch, f=S2T, title=t_fffd).encode(), "txt", orch.title.replace("卖", "\ufffd", 1), body(orch),
                  flags=FLAG_R, meta=m(orch)))
    # a GBK dump whose title line alone is UTF-8 bytes (pasted from a UTF-8 page)
    text = dump(lib, f=S2T)
    c.append(case("t08_title_utf8_in_gbk_dump", "ttl", mixed(text, "gbk", [S2T(lib.title)]), "txt", lib.title, body(lib), meta=m(lib)))
    # zero-width characters and an NBSP inside the title, readings around them
    c.append(case("t09_title_zero_width_nbsp", "ttl", dump(orch, f=S2T, title=zw_in(all_read(orch.title), "果農", "合作", "銷售").replace("橙子 ", "橙子\xa0")).encode(), "txt",
                  orch.title, body(orch), meta=m(orch)))
    return c


def line_cases() -> list[A8]:
    heat, lib, orch, br = T.HEAT, T.LIBRARY, T.ORCHARD, T.BRIDGE
    c = [
        # full-width digits in the dateline, the figures and the info line's date
        case("d01_fullwidth_dateline_info", "line", dump(heat, f=lambda x: S2T(ob.widen(x)), info=["发布时间：２０２６年０２月１３日　来源：新华社"], f_chrome=False).encode(), "txt",
             heat.title, body(heat), meta=m(heat, "pad")),
        # zero-width characters inside 新华社, 北京, the date, and inside the spam header's keywords
        case("d02_zero_width_dateline_and_spam", "line",
             dump(heat, f=S2T, head=[zw_in(SPAM, "久久", "精品", "福利", "国产")], paras=first_para(heat, lambda x: zw_in(S2T(x), "新華", "北京", "13日", "2月"))).encode(), "txt",
             heat.title, body(heat), meta=m(heat)),
        # the info line in traditional with readings at every converted character (來(lái)源:新華(huá)社 …)
        case("d03_info_line_traditional_readings", "line", dump(lib, f=S2T, info=[g(rate=1.0)("来源：新华社　作者：吕嘉禾　发布时间：2026-03-05 10:12")], f_chrome=False).encode(), "txt",
             lib.title, body(lib), meta=m(lib, "pad")),
        # s2tw + tone numbers, the info line's date and time in full-width digits
        case("d04_info_fullwidth_datetime_s2tw_tone3", "line",
             dump(orch, f=g("s2tw", "tone3"), info=[g("s2tw", "tone3")("来源：人民网　作者：付晓岚　发布时间：") + "２０２６－０３－１８　０９：２０"], f_chrome=False).encode(), "txt",
             orch.title, body(orch), meta=m(orch, "pad")),
        # U+FFFD in the time of the info line: the date itself is whole
        case("d05_fffd_in_info_time", "line", dump(orch, f=S2T, info=["来源：人民网　发布时间：2026-03-18 1\ufffd:20"], f_chrome=False).encode(), "txt",
             orch.title, body(orch), flags=FLAG_R, meta=m(orch, "pd")),
        # a lost lead byte in the dateline paragraph (GBK dump, its first candidate character)
        lost("d06_dateline_para_lost_lead_gbk", lib, 1, 0, seed_dump(lib), group="line", meta_=m(lib)),
        # the crumb read and broken by zero-width characters, the info line s2t + readings, a 本报讯 lead
        case("d07_crumb_readings_zw_info_readings", "line",
             dump(br, f=S2T, crumb=[zw_in(g(rate=1.0)("当前位置：首页 > 本地新闻 > 城建交通"), "首頁", "新聞")], info=["来源：扬子晚报　作者：沈一舟　2026-04-10 07:30"]).encode(), "txt",
             br.title, body(br), meta=m(br, "pad")),
        # tone numbers at every converted character of the dateline paragraph: 新華(hua2)社北京2月13日電(dian4)
        case("d08_dateline_tone3_every_char", "line", dump(heat, f=g(style="tone3"), paras=first_para(heat, g(style="tone3", rate=1.0), g(style="tone3"))).encode(), "txt",
             heat.title, body(heat), meta=m(heat)),
    ]
    return c


SPAM2 = "成人精品视频在线观看-免费高清电影网-最新电视剧全集在线播放"
SPAM3 = "日韩精品一区二区三区-午夜影院免费观看-高清无码在线视频"


def hdr_cases() -> list[A8]:
    heat, lib, clin, orch = T.HEAT, T.LIBRARY, T.CLINIC, T.ORCHARD
    return [
        case("s01_spam_three_lines", "hdr", dump(clin, f=S2T, head=[SPAM, SPAM2, SPAM3]).encode(), "txt", clin.title, body(clin), meta=m(clin)),
        case("s02_spam_traditional_readings", "hdr", dump(lib, f=S2T, head=[g(rate=1.0)(SPAM)]).encode(), "txt", lib.title, body(lib), meta=m(lib)),
        case("s03_spam_two_lines_zero_width", "hdr", dump(heat, f=S2T, head=[zw_in(SPAM, "久久", "精品", "午夜"), zw_in(SPAM2, "成人", "高清")]).encode(), "txt",
             heat.title, body(heat), meta=m(heat)),
        case("s04_spam_tone3_two_lines_gbk", "hdr", enc(dump(orch, f=g(style="tone3"), head=[g(style="tone3", rate=1.0)(SPAM), g(style="tone3", rate=1.0)(SPAM2)],
                                                             title=g(style="tone3", rate=1.0)(orch.title)), "gbk"), "txt", orch.title, body(orch), meta=m(orch)),
    ]


def enc_cases() -> list[A8]:
    heat, lib, orch, clin, br = T.HEAT, T.LIBRARY, T.ORCHARD, T.CLINIC, T.BRIDGE
    c: list[A8] = []
    # a GBK dump with one paragraph in UTF-8 bytes
    text = dump(heat, f=S2T)
    c.append(case("e01_gbk_dump_one_para_utf8", "enc", mixed(text, "gbk", [S2T(heat.paras[2])]), "txt", heat.title, body(heat), meta=m(heat)))
    # a GBK dump with the title and the info line in UTF-8 bytes
    info = "来源：人民网　作者：付晓岚　发布时间：2026-03-18 09:20"
    text = dump(orch, f=S2T, info=[info])
    c.append(case("e02_gbk_dump_title_info_utf8", "enc", mixed(text, "gbk", [S2T(orch.title), S2T(info)]), "txt", orch.title, body(orch), meta=m(orch, "pad")))
    # 锟斤拷 for two characters, the second one's reading left after it (UTF-8 dump)
    paras = [S2T(p) for p in clin.paras]
    p1 = paras[1]
    paras[1] = p1.replace("候診", "锟斤拷", 1)
    exp = list(clin.paras)
    exp[1] = exp[1].replace("候诊", "锟斤拷", 1)
    c.append(case("e03_kunjinkao_next_to_reading", "enc", dump(clin, f=S2T, paras=paras).encode(), "txt", clin.title, "\n".join(exp), flags=FLAG_R, meta=m(clin)))
    # a U+FFFD run at a paragraph's end, its last character and 。 lost (UTF-8 dump)
    paras = [S2T(p) for p in heat.paras]
    paras[2] = paras[2][: paras[2].rindex("處")] + "\ufffd\ufffd"
    exp = list(heat.paras)
    exp[2] = exp[2][: exp[2].rindex("处")] + "\ufffd\ufffd"
    c.append(case("e04_fffd_run_at_line_end", "enc", dump(heat, f=S2T, paras=paras).encode(), "txt", heat.title, "\n".join(exp), flags=FLAG_R, meta=m(heat)))
    # a lost lead byte right before punctuation, and one right after a number (GBK dumps)
    before_punct = hit_index(br.paras[1], lambda conv, i: conv[i + 1 : i + 2] in ("，", "。", "、"))
    c.append(lost("e05_lost_lead_before_punct_gbk", br, 2, before_punct, seed_dump(br), group="enc", meta_=m(br)))
    after_num = hit_index(heat.paras[2], lambda conv, i: conv[i - 1 : i].isdigit())
    c.append(lost("e06_lost_lead_after_number_gbk", heat, 3, after_num, seed_dump(heat), group="enc", meta_=m(heat)))
    # Big5 dump: s2tw + tone numbers + full-width digits
    tw3 = g("s2tw", "tone3")
    c.append(case("e07_big5_s2tw_tone3_fullwidth", "enc", enc(dump(lib, f=lambda x: tw3(ob.widen(x)), head=[ob.convert(SPAM, "s2tw")]), "big5"), "txt", lib.title, body(lib), meta=m(lib)))
    # GB18030 dump, readings + zero-width characters + the title in UTF-8 bytes + 锟斤拷 in a paragraph
    paras = [ob.invisibles(S2T(p), 7, 9) for p in orch.paras]
    k = paras[2].index("物流")
    paras[2] = paras[2][:k] + "锟斤拷" + paras[2][k + 2 :]
    exp = list(orch.paras)
    exp[2] = exp[2].replace("物流", "锟斤拷", 1)
    text = dump(orch, f=S2T, paras=paras)
    c.append(case("e08_gb18030_title_utf8_zw_kunjinkao", "enc", mixed(text, "gb18030", [S2T(orch.title)]), "txt", orch.title, "\n".join(exp), flags=FLAG_R, meta=m(orch)))
    return c


def conv_cases() -> list[A8]:
    br, clin, heat, lib = T.BRIDGE, T.CLINIC, T.HEAT, T.LIBRARY
    twp = g("s2twp", rate=0.0)
    return [
        # s2twp wording (智慧, 感測器, 即時, 資料, 專案); no readings (the phrase swaps break the alignment)
        case("c01_s2twp_wording_info", "conv", dump(br, f=twp, info=["来源：扬子晚报　作者：沈一舟　2026-04-10 07:30"]).encode(), "txt", br.title, body(br), meta=m(br, "pad")),
        # s2twp turns 社区 into 社群 in the title and the body, tone readings on the lines it keeps aligned
        case("c02_s2twp_shequ_title", "conv", dump(clin, f=lambda x: g("s2twp")(x)).encode(), "txt", clin.title, body(clin), meta=m(clin)),
        # the title s2hk with readings, the body s2t with readings
        case("c03_title_s2hk_body_s2t", "conv", dump(heat, f=S2T, title=g("s2hk", rate=1.0)(heat.title)).encode(), "txt", heat.title, body(heat), meta=m(heat)),
        # full-width brackets around tone numbers, marks not folded, title and dateline read
        case("c04_fullwidth_brackets_tone3", "conv",
             dump(lib, f=g(style="tone3", brackets="（）", fold=False), title=g(style="tone3", brackets="（）", fold=False, rate=1.0)(lib.title),
                  paras=first_para(lib, g(style="tone3", brackets="（）", fold=False, rate=1.0), g(style="tone3", brackets="（）", fold=False))).encode(), "txt",
             lib.title, body(lib), meta=m(lib)),
    ]


def html_cases() -> list[A8]:
    heat, lib, orch, clin = T.HEAT, T.LIBRARY, T.ORCHARD, T.CLINIC
    all_read = g(rate=1.0)
    c: list[A8] = []
    # DedeCMS (GBK): readings in <title>, <h2>, meta description and the info div
    info = escape(S2T("来源：新华社　作者：韩清越　发布时间：2026-02-13 10:05"))
    head = f'<meta name="description" content="{escape(all_read(heat.paras[0][:40]))}" />'
    html = dede_html(heat, f=S2T, title_html=f"<h2>{escape(all_read(heat.title))}</h2>", title_tag=all_read(heat.title) + "_新闻中心_华夏热点网", head_html=head, info=info)
    c.append(case("h01_dede_gbk_readings_title_meta_info", "html", enc(html, "gbk"), "html", heat.title, body(heat), meta=m(heat, "pad")))
    # DedeCMS (labelled gbk, GB18030 bytes): full-width date in the info div, zero-width characters inside the <h2> and <title>
    info = "来源：人民网　作者：付晓岚　时间：２０２６－０３－１８"
    zt = zw_in(S2T(orch.title), "果農", "直播", "銷售")
    html = dede_html(orch, f=S2T, title_html=f"<h2>{zt}</h2>", title_tag=zt + "_新闻中心_华夏热点网", info=info)
    c.append(case("h02_dede_fullwidth_date_zw_title", "html", enc(html, "gb18030"), "html", orch.title, body(orch), meta=m(orch, "pad")))
    # PHPCMS-like farm page (UTF-8): Kangxi radicals in <title> and <h1>, readings in the body
    rt = ob.radicals(S2T(clin.title))
    html = farm_html(clin, f=S2T, title_tag=rt + " - 星空资讯网", h1=escape(rt), info="2026-05-06 18:40　来源：中新网")
    c.append(case("h03_farm_kangxi_title_h1", "html", html.encode(), "html", clin.title, body(clin), meta=m(clin, "pd", "2026-05-06")))
    # DedeCMS (GBK) whose <title> and <h2> are UTF-8 bytes (the farm's template pasted them in)
    t = S2T(lib.title)
    html = dede_html(lib, f=S2T, title_html=f"<h2>{escape(t)}</h2>", title_tag=t + "_新闻中心_华夏热点网", info="来源：新华社　发布时间：2026-03-05")
    c.append(case("h04_dede_gbk_title_h2_utf8", "html", mixed(html, "gbk", [t, t]), "html", lib.title, body(lib), meta=m(lib, "pd")))
    # farm page (UTF-8): U+FFFD inside the dateline next to a reading, readings in the title tag and h1
    paras = [S2T(p) for p in heat.paras]
    paras[0] = paras[0].replace("北京", "北\ufffd", 1)
    exp = list(heat.paras)
    exp[0] = exp[0].replace("北京", "北\ufffd", 1)
    html = farm_html(heat, f=S2T, paras=paras, title_tag=all_read(heat.title), h1=escape(all_read(heat.title)))
    c.append(case("h05_farm_fffd_in_dateline", "html", html.encode(), "html", heat.title, "\n".join(exp), flags=FLAG_R, meta=m(heat)))
    # DedeCMS (GBK): a lost lead byte in the <h2> title (the page repeats its words, or flagged)
    c.append(lost("h06_dede_h2_lost_lead", orch, 0, 0, lambda s: dede_html(s, f=S2T, title_tag=S2T(s.title) + "_新闻中心_华夏热点网", info="来源：人民网"), group="html", meta_=m(orch, "p")))
    return c


def read_as_gbk(text: str) -> str:
    """``text``'s UTF-8 bytes read as GBK, each byte the decoder cannot pair lost to U+FFFD."""
    return text.encode().decode("gbk", "replace")


def moji_cases() -> list[A8]:
    """Added in phase 2 (probes run before the fixes, expectations decided before the runs): UTF-8 read
    as GBK with lost bytes on the title, and lost lead bytes in the info line's fields."""
    heat, lib, orch = T.HEAT, T.LIBRARY, T.ORCHARD
    tt = ob.convert(heat.title, "s2t")
    assert read_as_gbk(tt).endswith("\ufffd\ufffd")  # 標's two continuation bytes
    info_src = S2T("来源：人民") + "?W" + S2T("　作者：付晓岚　发布时间：2026-03-18 09:20")  # 網 = BE 57
    info_au = S2T("来源：新华社　作者：") + "?n" + S2T("清越　发布时间：2026-02-13 10:05")  # 韓 = 8D 6E
    return [
        # the converted title (no readings) read as GBK over a glossed body (UTF-8 dump): the body settles it
        case("m01_title_read_as_gbk_lossy_utf8", "moji", dump(heat, f=S2T, title=read_as_gbk(tt)).encode(), "txt", heat.title, body(heat), meta=m(heat)),
        # the glossed title read as GBK, in a GB18030 dump
        case("m02_glossed_title_read_as_gbk_gb18030", "moji", enc(dump(heat, f=S2T, title=read_as_gbk(S2T(heat.title))), "gb18030"), "txt",
             heat.title, body(heat), meta=m(heat)),
        # 来源：人民?W　作者… (GBK): the publisher's name ends the field before a wide space
        case("m03_info_source_lost_lead_gbk", "moji", enc(dump(orch, f=S2T, info=[info_src], f_chrome=False), "gbk"), "txt", orch.title, body(orch),
             no_flags=("lost_lead_byte",), meta=m(orch, "pad")),
        # 作者：?n清越 (GBK): the dateline's (记者 韩清越) settles it
        case("m04_info_author_lost_lead_gbk", "moji", enc(dump(heat, f=S2T, info=[info_au], f_chrome=False), "gbk"), "txt", heat.title, body(heat),
             no_flags=("lost_lead_byte",), meta=m(heat, "pad", "2026-02-13")),
        # the library story's title read as GBK: its words are not on the page, nothing settles it; flagged
        # (the title is not checked: the damaged line, kept and flagged, is what a human accepts there)
        case("m05_title_read_as_gbk_unsettled", "moji", dump(lib, f=S2T, title=read_as_gbk(ob.convert(lib.title, "s2t"))).encode(), "txt",
             None, body(lib), flags=FLAG_R, meta=m(lib)),
    ]


def build_all() -> list[A8]:
    _ = a8  # audit8's reasoning is what ``lost`` applies
    return ttl_cases() + line_cases() + hdr_cases() + enc_cases() + conv_cases() + html_cases() + moji_cases()
