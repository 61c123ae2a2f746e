# ruff: noqa: E501
"""Audit35 cases: the script decision (``--script auto``) judged both ways. Built with audit14/audit18's
seed dump, farm page, DedeCMS page and WordPress page (through a18_build).

``gen``  genuine traditional originals (Taiwan, Hong Kong with Cantonese, a Hong Kong notice, Macau,
         classical prose, a pinyin lesson, a bopomofo lesson, a story under simplified comments) reposted on
         mainland-style farm pages (simplified spam, menus, crumbs, info lines, ICP footers) or in Big5 /
         Big5-HKSCS / GBK / UTF-8, some mislabeled: they must come out exactly as written, ``traditional``.
``conv`` mainland originals machine-converted by OpenCC s2t / s2tw / s2hk / s2twp with the evidence farms
         leave (readings, mainland vocabulary, a 新华社…电 dateline, 本报讯 and a mainland paper, 人民币 amounts,
         省/市/县 bodies), alone and combined: they must come back to the simplified original exactly.
``weak`` converted pages whose article holds no evidence of conversion at all (a generic story, a
         vocabulary story after s2twp swapped every mainland word): nothing on the page tells them from a
         traditional original, so they are expected kept as they are.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a35_texts as T  # noqa: E402
from a18_build import A8, EM, a14, case, dede_html, dump, enc, farm_html, g, ob, wp_html  # noqa: E402
from a35_texts import Story  # noqa: E402

TRAD = {"script": "traditional"}
SIMP = {"script": "simplified"}
TW_CHROME = g("s2tw", rate=0.0, fold=False)  # a Big5 farm writes its own strings in traditional
SPAM_TC = TW_CHROME(a14.SPAM)
CRUMB_TC = TW_CHROME(a14.CRUMB)


def conv(config: str) -> object:
    """The article converted by ``config``, no readings, marks as written."""
    return g(config, rate=0.0, fold=False)


def body(s: Story) -> str:
    return "\n".join(s.paras)


def as_is(s: Story, config: str) -> Story:
    """``s`` converted by ``config``: what a page shows when nothing in it tells a conversion happened."""
    c = conv(config)
    return Story(c(s.title), tuple(c(p) for p in s.paras), s.publisher, s.author, s.published)  # type: ignore[operator]


def dede_title(s: Story, f: object) -> str:
    """The DedeCMS <title> with the article title as the page shows it (converted like the h2)."""
    return f"{f(s.title)}_新闻中心_华夏热点网"  # type: ignore[operator]


def page(name: str, group: str, data: bytes, ext: str, s: Story, meta: dict[str, object]) -> A8:
    return case(name, group, data, ext, s.title, body(s), meta=meta)


COMMENTS_HTML = ('<div class="comment"><h3>网友评论</h3><ul><li>游客123：这个办法好，我们这边也应该学习。</li>'
                 '<li>匿名网友：支持！孩子们加油。</li></ul><a href="/comment/">查看更多评论&gt;&gt;</a></div>')


# --- gen: genuine traditional originals ---------------------------------------------------------------------

def gen_cases() -> list[A8]:
    lrt, cross, est, note, mac, cla, py, bpmf, com = (T.TW_LRT, T.TW_CROSS, T.HK_ESTATE, T.HK_NOTICE, T.MACAU, T.CLASSICAL,
                                                     T.TW_PINYIN_LESSON, T.TW_BOPOMOFO_LESSON, T.TW_COMMENTS)
    tw_info = "2026-06-03 10:20　来源：中央社"
    c: list[A8] = [
        page("a01_tw_farm_simplified_chrome_utf8", "gen", farm_html(lrt, info=tw_info).encode(), "html", lrt, TRAD),
        page("a02_tw_farm_big5_labelled", "gen", enc(farm_html(lrt, charset="big5", chrome=TW_CHROME, info=TW_CHROME(tw_info)), "big5"), "html", lrt, TRAD),
        page("a03_tw_big5_labelled_gb2312", "gen", enc(farm_html(lrt, charset="gb2312", meta="http-equiv", chrome=TW_CHROME), "big5"), "html", lrt, TRAD),
        page("a04_tw_seed_dump_simplified_header", "gen", dump(lrt).encode(), "txt", lrt, TRAD),
        page("a05_tw_quotes_mainland_farm_utf8", "gen", farm_html(cross, info="2026-06-10 15:20　来源：中央社").encode(), "html", cross, TRAD),
        page("a06_tw_quotes_mainland_seed_dump", "gen", dump(cross, info=["2026-06-10 15:20　来源：中央社"]).encode(), "txt", cross, TRAD),
        page("a07_tw_quotes_mainland_big5_dede_icp", "gen", enc(dede_html(cross, charset="big5", chrome=TW_CHROME, info="2026-06-10 15:20　來源：中央社"), "big5"), "html", cross, TRAD),
        page("a08_tw_quotes_mainland_utf8_labelled_big5", "gen", farm_html(cross, charset="big5").encode(), "html", cross, TRAD),
        page("a09_hk_cantonese_hkscs_labelled", "gen", enc(farm_html(est, charset="big5-hkscs", chrome=TW_CHROME), "big5hkscs"), "html", est, TRAD),
        page("a10_hk_cantonese_hkscs_labelled_big5", "gen", enc(farm_html(est, charset="big5", chrome=TW_CHROME), "big5hkscs"), "html", est, TRAD),
        page("a11_hk_cantonese_farm_utf8", "gen", farm_html(est).encode(), "html", est, TRAD),
        page("a12_hk_cantonese_seed_dump", "gen", dump(est).encode(), "txt", est, TRAD),
        page("a13_hk_notice_farm_utf8", "gen", farm_html(note, info="2026-10-05　来源：香港政府新闻网").encode(), "html", note, TRAD),
        page("a14_hk_notice_hkscs_dump", "gen", enc(dump(note, head=[SPAM_TC], crumb=[CRUMB_TC]), "big5hkscs"), "txt", note, TRAD),
        page("a15_hk_notice_gbk_dede", "gen", enc(dede_html(note, charset="gbk"), "gbk"), "html", note, TRAD),
        page("a16_macau_farm_utf8", "gen", farm_html(mac).encode(), "html", mac, TRAD),
        page("a17_macau_hkscs_labelled_big5", "gen", enc(farm_html(mac, charset="big5", chrome=TW_CHROME), "big5hkscs"), "html", mac, TRAD),
        page("a18_classical_farm_utf8", "gen", farm_html(cla).encode(), "html", cla, TRAD),
        page("a19_classical_seed_dump", "gen", dump(cla).encode(), "txt", cla, TRAD),
        page("a20_pinyin_lesson_farm_utf8", "gen", farm_html(py).encode(), "html", py, TRAD),
        page("a21_pinyin_lesson_seed_dump", "gen", dump(py).encode(), "txt", py, TRAD),
        page("a22_bopomofo_lesson_farm_utf8", "gen", farm_html(bpmf).encode(), "html", bpmf, TRAD),
        page("a23_bopomofo_lesson_big5_dump", "gen", enc(dump(bpmf, head=[SPAM_TC], crumb=[CRUMB_TC]), "big5"), "txt", bpmf, TRAD),
        page("a24_tw_simplified_comments_dump", "gen", dump(com, tail=T.SIMPLIFIED_COMMENTS).encode(), "txt", com, TRAD),
        page("a25_tw_simplified_comments_farm", "gen", farm_html(com, side=COMMENTS_HTML).encode(), "html", com, TRAD),
        page("a26_tw_wordpress_zh_cn", "gen", wp_html(lrt, date_iso="2026-06-03T10:20:00+08:00", date_text="2026-06-03").encode(), "html", lrt, TRAD),
    ]
    return c


# --- conv: mainland originals converted, with the evidence farms leave -------------------------------------------

def conv_cases() -> list[A8]:
    xh, bb, tr, co, vo, ge = T.XINHUA, T.BENBAO, T.TRADE, T.COUNTY, T.VOCAB, T.GENERIC
    seed = g()
    tw_farm = {"charset": "big5", "chrome": TW_CHROME}
    bb_info = ["2026-09-14 08:05　来源：扬子晚报"]
    return [
        page("b01_xinhua_s2t_readings_seed", "conv", dump(xh, f=seed).encode(), "txt", xh, SIMP),
        page("b02_xinhua_s2tw_dateline_farm", "conv", farm_html(xh, f=conv("s2tw")).encode(), "html", xh, SIMP),  # type: ignore[arg-type]
        page("b03_xinhua_s2hk_dateline_dump", "conv", dump(xh, f=conv("s2hk")).encode(), "txt", xh, SIMP),  # type: ignore[arg-type]
        page("b04_xinhua_s2twp_dateline_farm", "conv", farm_html(xh, f=conv("s2twp")).encode(), "html", xh, SIMP),  # type: ignore[arg-type]
        page("b05_xinhua_s2tw_big5_dump_tc_chrome", "conv", enc(dump(xh, f=conv("s2tw"), head=[SPAM_TC], crumb=[CRUMB_TC]), "big5"), "txt", xh, SIMP),  # type: ignore[arg-type]
        page("b06_benbao_s2t_info_dump", "conv", dump(bb, f=conv("s2t"), info=bb_info, f_chrome=False).encode(), "txt", bb, SIMP),  # type: ignore[arg-type]
        page("b07_benbao_s2tw_big5_farm", "conv", enc(farm_html(bb, f=conv("s2tw"), info=TW_CHROME(bb_info[0]), **tw_farm), "big5"), "html", bb, SIMP),  # type: ignore[arg-type]
        page("b08_benbao_s2hk_readings_farm", "conv", farm_html(bb, f=g("s2hk"), info=bb_info[0]).encode(), "html", bb, SIMP),
        page("b09_benbao_s2twp_dump", "conv", dump(bb, f=conv("s2twp"), info=bb_info, f_chrome=False).encode(), "txt", bb, SIMP),  # type: ignore[arg-type]
        page("b10_trade_s2t_rmb_farm", "conv", farm_html(tr, f=conv("s2t")).encode(), "html", tr, SIMP),  # type: ignore[arg-type]
        page("b11_trade_s2tw_big5_dede_icp", "conv", enc(dede_html(tr, f=conv("s2tw"), charset="big5", chrome=TW_CHROME, title_tag=TW_CHROME(dede_title(tr, conv("s2tw")))), "big5"), "html", tr, SIMP),  # type: ignore[arg-type]
        page("b12_trade_s2hk_dump", "conv", dump(tr, f=conv("s2hk")).encode(), "txt", tr, SIMP),  # type: ignore[arg-type]
        page("b13_trade_s2twp_farm", "conv", farm_html(tr, f=conv("s2twp")).encode(), "html", tr, SIMP),  # type: ignore[arg-type]
        page("b14_county_s2t_dump", "conv", dump(co, f=conv("s2t")).encode(), "txt", co, SIMP),  # type: ignore[arg-type]
        page("b15_county_s2tw_big5_labelled_gb2312", "conv", enc(farm_html(co, f=conv("s2tw"), charset="gb2312", meta="http-equiv", chrome=TW_CHROME), "big5"), "html", co, SIMP),  # type: ignore[arg-type]
        page("b16_county_s2hk_gbk_dede", "conv", enc(dede_html(co, f=conv("s2hk"), charset="gbk", title_tag=dede_title(co, conv("s2hk"))), "gbk"), "html", co, SIMP),  # type: ignore[arg-type]
        page("b17_county_s2twp_farm", "conv", farm_html(co, f=conv("s2twp")).encode(), "html", co, SIMP),  # type: ignore[arg-type]
        page("b18_vocab_s2t_dump", "conv", dump(vo, f=conv("s2t")).encode(), "txt", vo, SIMP),  # type: ignore[arg-type]
        page("b19_vocab_s2tw_farm", "conv", farm_html(vo, f=conv("s2tw")).encode(), "html", vo, SIMP),  # type: ignore[arg-type]
        page("b20_vocab_s2hk_big5hkscs_dump", "conv", enc(dump(vo, f=conv("s2hk"), head=[SPAM_TC], crumb=[CRUMB_TC]), "big5hkscs"), "txt", vo, SIMP),  # type: ignore[arg-type]
        page("b21_generic_s2t_readings_farm", "conv", farm_html(ge, f=g("s2t")).encode(), "html", ge, SIMP),
        page("b22_xinhua_s2t_tone3_readings_icp_farm", "conv", farm_html(xh, f=g("s2t", style="tone3")).encode(), "html", xh, SIMP),
        page("b23_county_s2tw_few_readings_farm", "conv", farm_html(co, f=g("s2tw", rate=0.1, fold=False)).encode(), "html", co, SIMP),
        page("b24_benbao_s2tw_big5_dump_tc_info", "conv", enc(dump(bb, f=conv("s2tw"), head=[SPAM_TC], crumb=[CRUMB_TC], info=[TW_CHROME(bb_info[0])], f_chrome=False), "big5"), "txt", bb, SIMP),  # type: ignore[arg-type]
        page("b25_trade_s2t_readings_gbk_dede", "conv", enc(dede_html(tr, f=g("s2t"), title_tag=dede_title(tr, conv("s2t"))), "gbk"), "html", tr, SIMP),
    ]


# --- weak: converted, but the article holds no evidence ---------------------------------------------------------

def weak_cases() -> list[A8]:
    ge, vo = T.GENERIC, T.VOCAB
    ge_t, vo_p = as_is(ge, "s2t"), as_is(vo, "s2twp")
    return [
        page("w01_generic_s2t_farm_no_evidence", "weak", farm_html(ge, f=conv("s2t")).encode(), "html", ge_t, TRAD),  # type: ignore[arg-type]
        page("w02_generic_s2tw_big5_dump_no_evidence", "weak", enc(dump(ge, f=conv("s2tw"), head=[SPAM_TC], crumb=[CRUMB_TC]), "big5"), "txt", ge_t, TRAD),  # type: ignore[arg-type]
        page("w03_vocab_s2twp_farm_words_swapped", "weak", farm_html(vo, f=conv("s2twp")).encode(), "html", vo_p, TRAD),  # type: ignore[arg-type]
    ]


def build_all() -> list[A8]:
    return gen_cases() + conv_cases() + weak_cases()


__all__ = ["EM", "build_all", "ob"]
