# ruff: noqa: E501
"""Audit18 cases: seed-like reposts, wave 2 (new spam-header / footer wordings, damage at new places, other
reading forms, script decisions across article kinds and regions, publishers and date formats, .txt dumps
and HTML pages in GBK / GB18030 / Big5 / UTF-8 with lying or missing labels). Every expectation is what a
careful reader wants: the story as written (a18_texts), the publisher / author / date the page states, and
a flag (not a guess) where the bytes are gone.

Groups: ``hdr`` spam headers, crumbs and spam vs real titles, ``foot`` farm footers, ``dmg`` byte damage,
``py`` reading forms, ``scr`` script decisions, ``enc`` encodings, ``meta`` publishers and dates, ``mix``
several problems at once.
"""

from __future__ import annotations

import re

import a18_texts as T
from a18_build import (
    A8,
    CRUMB,
    SPAM,
    app_html,
    body,
    case,
    dede_html,
    dump,
    enc,
    farm_html,
    g,
    lost,
    meta,
    ob,
    wp_html,
)
from a18_texts import Story

S2T = g()
TW_SPAM = "久久精品國產免費觀看-亞洲日韓精品一區二區-午夜福利影院高清"
READING = re.compile("\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\\)")


def _story(s: Story, **repl: tuple[int, str, str]) -> Story:
    """``s`` with replacements in given lines (0 = title): name=(line, old, new)."""
    lines = [s.title, *s.paras]
    for n, old, new in repl.values():
        assert old in lines[n], (old, lines[n][:30])
        lines[n] = lines[n].replace(old, new, 1)
    return Story(lines[0], tuple(lines[1:]), s.publisher, s.author, s.published)


# --- hdr: spam headers, crumbs, spam vs real titles --------------------------------------------------------

def hdr_cases() -> list[A8]:
    c: list[A8] = []
    trade, run, qc, care, sea, robot, flash = T.TRADE, T.RUN, T.QCLOUD, T.CARE, T.SEA, T.ROBOT, T.FLASH
    c.append(case("h01_fullwidth_latin_digits_spam", "hdr", dump(trade, f=S2T, head=["９９久久精品视频-ＡＶ在线观看免费-国产精品ｖａ在线-ＸＸ影院永久地址"]).encode(), "txt",
                  trade.title, body(trade), meta=meta(trade, "publisher", "author")))
    c.append(case("h02_kangxi_radical_spam", "hdr", dump(run, f=S2T, head=[ob.radicals("人妻无码中文字幕-久久大香蕉在线-日韩精品免费视频-中文字幕一区")]).encode(), "txt",
                  run.title, body(run), meta=meta(run, "publisher", "author")))
    # a real title holding 免费 (free) under a spam line of 【】 and ★: the title must survive
    c.append(case("h03_lenticular_star_spam_real_title_free", "hdr", dump(qc, f=S2T, head=["【最新地址】★久久热在线视频★【永久免费】★国产自拍★"]).encode(), "txt",
                  qc.title, body(qc), meta=meta(qc, "author")))
    # a spam line dressed as a news portal's tagline
    c.append(case("h04_news_looking_spam_line", "hdr", dump(care, f=S2T, head=["今日头条新闻_最新国内新闻_热点资讯_国产精品久久久久久"]).encode(), "txt",
                  care.title, body(care), meta=meta(care, "publisher", "author")))
    # two spam lines with no blank line between them, the second indented with NBSP
    two = "久久精品国产免费观看-亚洲日韩精品一区二区\n\xa0\xa0最新电影免费在线观看_高清无码影视大全_午夜剧场"
    c.append(case("h05_two_spam_lines_nbsp_indent", "hdr", dump(sea, f=S2T, head=[two]).encode(), "txt", sea.title, body(sea)))
    # the spam header itself converted to traditional (the farm ran s2t over the whole dump)
    c.append(case("h06_spam_converted_info_line", "hdr", dump(robot, f=S2T, head=[TW_SPAM], info=["发布日期：2026年06月03日　来源：扬子晚报"]).encode(), "txt",
                  robot.title, body(robot), meta=meta(robot, "publisher", "published")))
    # HTML: spam <title>, no h1; the real headline in the farm's own title div
    html = dede_html(care, f=S2T, charset="utf-8", meta_tag="charset", title_tag=SPAM, title_html=f'<div class="tit">{S2T(care.title)}</div>')
    c.append(case("h07_spam_title_tag_headline_in_div", "hdr", html.encode(), "html", care.title, body(care), meta=meta(care, "publisher")))
    # HTML: the headline holds 免费 and the <title> repeats it with a spam site name
    html = dede_html(qc, charset="utf-8", meta_tag="charset", title_tag=f"{qc.title}_科技频道_久久精品资讯网")
    c.append(case("h08_real_title_with_free_in_title_tag", "hdr", html.encode(), "html", qc.title, body(qc), meta=meta(qc, "author")))
    c.append(case("h09_crumb_guillemets_glossed", "hdr", dump(robot, f=S2T, crumb=["位置：网站首页 » 本地新闻 » 正文"]).encode(), "txt",
                  robot.title, body(robot), meta=meta(robot, "author")))
    # a two-paragraph flash under a slash crumb, converted without readings
    c.append(case("h10_flash_slash_crumb_s2t_plain", "hdr", dump(flash, f=g(rate=0.0), crumb=["首页 / 国内 / 正文"]).encode(), "txt",
                  flash.title, body(flash), meta={"publisher": "央视网", "script": "simplified"}))
    return c


# --- foot: farm footers -------------------------------------------------------------------------------------

def foot_cases() -> list[A8]:
    c: list[A8] = []
    trade, sea, canteen, run, care = T.TRADE, T.SEA, T.CANTEEN, T.RUN, T.CARE
    tail = ["【免责声明】本文仅代表作者个人观点，与本站无关。其原创性以及文中陈述文字和内容未经本站证实。", "原文链接：http://www.hx-redian.com/news/gn/2026/0311/1188.html",
            "扫描二维码 关注我们"]
    c.append(case("f01_disclaimer_link_qr", "foot", dump(trade, f=S2T, tail=tail).encode(), "txt", trade.title, body(trade), meta=meta(trade, "publisher")))
    tail = ["编辑：李想　审核：王娜", "点击排行", "1. 南海发现大型珊瑚礁群", "2. 深海探测器刷新下潜纪录", "Copyright © 2020-2026 Ｗｗｗ．ＨＸ９９．ｃｏｍ 版权所有"]
    c.append(case("f02_editor_ranking_fullwidth_copyright", "foot", dump(sea, f=S2T, tail=tail).encode(), "txt", sea.title, body(sea)))
    tail = ["声明：该文观点仅代表作者本人，本站仅提供信息存储空间服务。", "阅读原文", "举报/反馈"]
    c.append(case("f03_storage_statement_report", "foot", dump(canteen, f=S2T, info=["澎湃新闻记者 方晓蕾"], tail=tail).encode(), "txt",
                  canteen.title, body(canteen), meta=meta(canteen, "author")))
    tail = ["上一篇：多地推出春季消费促进活动　下一篇：全国春播粮食作物进度过两成", "返回顶部"]
    html = dede_html(run, f=S2T, info="时间：2026-04-12 11:20　来源：中新网　作者：邵一鸣")
    html = html.replace('<div class="footer">', '<div class="pl"><h3>网友评论</h3><ul><li>跑友小王：明年一定报名！</li><li>匿名：交通管制太久了</li></ul><p>共有2条评论 查看全部</p></div>\n<div class="footer">')
    c.append(case("f05_dede_comments_gbk", "foot", enc(html, "gbk"), "html", run.title, body(run),
                  meta=meta(run, "publisher", "author", published="2026-04-12")))
    tail = ["（本文来源：新华社 作者：韩雨桐）", "（责任编辑：周楠）", "推荐阅读：", "医保电子凭证使用指南", "门诊共济保障机制改革答问"]
    c.append(case("f06_source_note_recommended", "foot", dump(care, f=S2T, tail=tail).encode(), "txt", care.title, body(care), meta=meta(care, "publisher", "author")))
    return c


# --- dmg: byte damage -----------------------------------------------------------------------------------------

def dmg_cases() -> list[A8]:
    c: list[A8] = []
    trade, run, qc, care, sea, robot, tw, hk = T.TRADE, T.RUN, T.QCLOUD, T.CARE, T.SEA, T.ROBOT, T.TW_FARM, T.HK_MTR
    d = lambda s: dump(s, f=S2T)  # noqa: E731
    c.append(lost("d01_title_near_end_page_bigram", qc, 0, -1, d))
    c.append(lost("d02_last_paragraph_word", trade, 4, -1, d))
    c.append(lost("d03_in_dateline_agency", care, 1, 0, d))
    c.append(lost("d04_line_start_second_para", run, 2, 0, d))
    c.append(lost("d05_big5_mainland_dump", trade, 2, 3, lambda s: dump(s, f=g("s2tw", style="tone3"), head=[TW_SPAM], crumb=["當前位置：首頁 > 財經"]), codec="big5", config="s2tw"))
    c.append(lost("d06_gb18030_html_h1", sea, 0, 1, lambda s: dede_html(s, f=S2T, charset="gb2312", title_tag=SPAM), codec="gb18030"))
    c.append(lost("d07_tw_big5_not_repeated", tw, 2, 2, lambda s: dump(s, head=[TW_SPAM], crumb=["首頁 > 地方新聞 > 南部"]), codec="big5", config=None,
                  meta_={"script": "traditional"}))
    c.append(lost("d08_hk_own_reading_tone3", hk, 1, 1, lambda s: dump(s, f=g(None, style="tone3", only_converted=False, rate=0.3, fold=False), head=[TW_SPAM],
                                                                          crumb=["主頁 > 港聞"]), codec="big5hkscs", config=None, own=("tone3", "()"), meta_={"script": "traditional"}))
    # two neighbouring characters both lost their lead bytes
    text = dump(robot, f=g(rate=0.0))
    # the first two neighbouring body characters with ASCII trail bytes (deterministic)
    pos = next(k for k in range(len(text) - 1) if all(ob.han(text[k + j]) and 0x40 <= text[k + j].encode("gbk")[1] <= 0x7E and chr(text[k + j].encode("gbk")[1]).isalpha()
                                                    for j in (0, 1)) and k > text.index("\u2003"))
    pair = text[pos : pos + 2]
    dam = text[:pos] + "?" + chr(pair[0].encode("gbk")[1]) + "?" + chr(pair[1].encode("gbk")[1]) + text[pos + 2 :]
    simp = ob.convert(pair, "t2s")
    exp_body = body(robot).replace(simp, "?" + chr(pair[0].encode("gbk")[1]) + "?" + chr(pair[1].encode("gbk")[1]), 1)
    c.append(case("d09_two_adjacent_lost", "dmg", enc(dam, "gbk"), "txt", robot.title, exp_body, flags=("lost_lead_byte",), why=f"{pair} both lost",
                  alt=(robot.title, body(robot))))
    # a run of U+FFFD in a paragraph (UTF-8 dump)
    s2 = _story(sea, a=(2, "管状蠕虫", "管状\ufffd\ufffd\ufffd\ufffd"))
    c.append(case("d10_fffd_run_body", "dmg", dump(s2, f=S2T).encode(), "txt", sea.title, body(s2), flags=("replacement_chars",)))
    # U+FFFD in the headline
    s3 = _story(sea, a=(0, "冷泉", "\ufffd泉"))
    c.append(case("d11_fffd_in_title", "dmg", dump(s3, f=S2T).encode(), "txt", s3.title, body(sea), flags=("replacement_chars",)))
    # 锟斤拷锟斤拷 in the body of a GBK farm page (after the conversion)
    conv_paras = [S2T(p) for p in care.paras]
    conv_paras[2] = re.sub("減(\\([a-zǎ]+\\))?少", "锟斤拷锟斤拷", conv_paras[2], count=1)
    exp = list(care.paras)
    exp[2] = exp[2].replace("减少", "锟斤拷锟斤拷", 1)
    html = dede_html(care, paras=conv_paras, f=S2T, charset="gbk")
    c.append(case("d12_kunjinkao_body_gbk_html", "dmg", enc(html, "gbk"), "html", care.title, "\n".join(exp), flags=("replacement_chars",)))
    # a UTF-8 dump with one character cut at a line end (mid-file): 。 lost its last byte
    text = dump(trade, f=S2T)
    p1 = S2T(trade.paras[1])
    assert p1.endswith("。")
    raw = text.encode()
    k = raw.index(p1.encode()) + len(p1.encode())
    raw = raw[: k - 1] + raw[k:]
    exp = list(trade.paras)
    exp[1] = exp[1][:-1] + "\ufffd"
    c.append(case("d13_utf8_cut_at_line_end", "dmg", raw, "txt", trade.title, "\n".join(exp), flags=("replacement_chars",)))
    # a GBK dump whose title lost the second byte of its last character (line end)
    text = dump(qc, f=S2T)
    tconv = S2T(qc.title)
    raw = enc(text, "gbk")
    tb = enc(tconv, "gbk")
    k = raw.index(tb) + len(tb)
    raw = raw[: k - 1] + raw[k:]
    c.append(case("d14_gbk_title_cut_at_line_end", "dmg", raw, "txt", qc.title[:-1] + "\ufffd", body(qc), flags=("replacement_chars",)))
    # the 年 of a date line lost (U+FFFD): the date is still plain
    c.append(case("d15_fffd_in_date_line", "dmg", dump(robot, f=S2T, info=["发布时间：2026\ufffd06月03日 09:30　来源：扬子晚报"]).encode(), "txt",
                  robot.title, body(robot), flags=("replacement_chars",), meta=meta(robot, "published", "publisher")))
    # the seed's misaligned residue in a GBK farm HTML page
    html = dede_html(run, f=S2T, charset="gbk")
    line = S2T(run.paras[2])
    start = html.index(line)
    spot = a14_misaligned(html, start, len(line))
    damaged, syl = a8_lose(html, spot)
    found = a8_settle(damaged, spot, syl)
    if found == {html[spot]}:
        c.append(case("d16_misaligned_residue_html", "dmg", enc(damaged, "gbk"), "html", run.title, body(run), no_flags=("lost_lead_byte",), why=f"settled {html[spot]}"))
    else:
        c.append(case("d16_misaligned_residue_html", "dmg", enc(damaged, "gbk"), "html", None, None, flags=("lost_lead_byte",), why=f"candidates {sorted(found)}",
                      alt=(run.title, body(run))))
    return c


def a14_misaligned(text: str, start: int, n: int) -> int:
    from a18_build import a14  # audit14's spot finder lives in its cases module
    from sibling import load
    mod = load(a14.HERE / "a14_cases.py", "a14_cases")
    return int(mod._misaligned_spot(text, start, n))


def a8_lose(text: str, i: int) -> tuple[str, str]:
    from a18_build import a8
    return a8.lose_lead_misaligned(text, i)  # type: ignore[no-any-return]


def a8_settle(damaged: str, i: int, syl: str) -> set[str]:
    from a18_build import a8
    return a8.settled_misaligned(damaged, i, syl)  # type: ignore[no-any-return]


# --- py: reading forms ------------------------------------------------------------------------------------------

def py_cases() -> list[A8]:
    c: list[A8] = []
    trade, run, qc, care, sea, canteen, robot = T.TRADE, T.RUN, T.QCLOUD, T.CARE, T.SEA, T.CANTEEN, T.ROBOT
    c.append(case("p01_zhuyin_fullwidth_paren", "py", dump(care, f=g(style="zhuyin", brackets="（）", fold=False)).encode(), "txt", care.title, body(care),
                  meta=meta(care, "publisher")))
    c.append(case("p02_sparse_lenticular_tone", "py", dump(trade, f=g(brackets="【】", rate=0.15)).encode(), "txt", trade.title, body(trade), meta=meta(trade, "publisher")))
    rp = lambda s: g(ruby=True, fold=False)(s).replace("<rt>", "<rp>(</rp><rt>").replace("</rt>", "</rt><rp>)</rp>")  # noqa: E731
    c.append(case("p03_ruby_with_rp_wp", "py", wp_html(sea, f=rp, title_tag=ob.convert(sea.title, "s2t") + " &#8211; 云端资讯站", date_iso="2026-05-18T21:30:00+08:00", date_text="2026年5月18日").encode(), "html",
                  sea.title, body(sea), meta={"published": "2026-05-18"}))
    spaced = lambda s: READING.sub(r" (\1) ", S2T(s))  # noqa: E731
    c.append(case("p04_spaced_both_sides", "py", dump(qc, f=spaced).encode(), "txt", qc.title, body(qc), meta=meta(qc, "author")))
    # a simplified article (not converted) glossed on every character, pinyin without tones
    c.append(case("p05_unconverted_every_char_no_tone", "py", dump(canteen, f=g(None, style="none", only_converted=False, rate=1.0, fold=False), info=["澎湃新闻记者 方晓蕾"]).encode(), "txt",
                  canteen.title, body(canteen), meta=meta(canteen, "author")))
    # tone numbers with ü written v (lv4, nv3) on every kind of character
    c.append(case("p06_tone3_v_for_u", "py", dump(run, f=g(style="tone3", only_converted=False, rate=0.5)).encode(), "txt", run.title, body(run), meta=meta(run, "publisher")))
    shy = lambda s: READING.sub("\xad\\g<0>", S2T(s))  # noqa: E731
    c.append(case("p07_soft_hyphen_before_reading", "py", dump(robot, f=shy).encode(), "txt", robot.title, body(robot), meta=meta(robot, "author")))
    # zero-width joiner between a character and its reading, and word joiners in the indent
    zwj = lambda s: READING.sub("\u200d\\g<0>", S2T(s))  # noqa: E731
    c.append(case("p09_zwj_before_reading", "py", dump(care, f=zwj, ind="\u2060\u3000\u3000").encode(), "txt", care.title, body(care), meta=meta(care, "publisher")))
    return c


# --- scr: script decisions ----------------------------------------------------------------------------------------

def scr_cases() -> list[A8]:
    c: list[A8] = []
    trade, qc, sea, canteen, forum, qa = T.TRADE, T.QCLOUD, T.SEA, T.CANTEEN, T.FORUM, T.QA
    tw, hk, mo, twc = T.TW_FARM, T.HK_MTR, T.MO_LRT, T.TW_CYBER
    c.append(case("s01_economy_s2t_plain_benbao", "scr", dump(trade, f=g(rate=0.0), info=["来源：人民日报"]).encode(), "txt", trade.title, body(trade),
                  meta={"script": "simplified", "publisher": "人民日报"}))
    c.append(case("s03_tech_s2twp_plain", "scr", dump(qc, f=g("s2twp", rate=0.0)).encode(), "txt", qc.title, body(qc), meta={"script": "simplified"}))
    c.append(case("s04_science_s2hk_plain", "scr", dump(sea, f=g("s2hk", rate=0.0)).encode(), "txt", sea.title, body(sea), meta={"script": "simplified"}))
    c.append(case("s05_localgov_s2t_glossed_html", "scr", farm_html(canteen, f=S2T, info="澎湃新闻记者 方晓蕾").encode(), "html", canteen.title, body(canteen),
                  meta={"script": "simplified", "author": "方晓蕾"}))
    c.append(case("s06_tw_under_simplified_farm_html", "scr", farm_html(tw).encode(), "html", tw.title, body(tw),
                  meta={"script": "traditional", "publisher": "中央社", "author": "陳怡君"}))
    c.append(case("s07_hk_big5hkscs_dump_nolabel", "scr", enc(dump(hk, head=[TW_SPAM], crumb=["主頁 > 港聞 > 交通"]), "big5hkscs"), "txt", hk.title, body(hk),
                  meta={"script": "traditional", "publisher": "明報"}))
    c.append(case("s08_macau_glossed_by_farm", "scr", dump(mo, f=g(None, only_converted=False, rate=0.3, fold=False)).encode(), "txt", mo.title, body(mo),
                  meta={"script": "traditional"}))
    c.append(case("s09_mainland_quoting_taiwan_s2tw_glossed", "scr", dump(forum, f=g("s2tw")).encode(), "txt", forum.title, body(forum),
                  meta={"script": "simplified", "publisher": "新华社", "author": "郑思涵"}))
    c.append(case("s10_mainland_quoting_taiwan_s2t_plain", "scr", dump(forum, f=g(rate=0.0, fold=False)).encode(), "txt", forum.title, body(forum),
                  meta={"script": "simplified", "publisher": "新华社"}))
    c.append(case("s11_tw_quoting_mainland_big5_html", "scr", enc(farm_html(twc, charset="big5", chrome=lambda x: ob.convert(x, "s2tw"), lang="zh-TW"), "big5"), "html",
                  twc.title, body(twc), meta={"script": "traditional", "publisher": "中央社", "author": "林郁婷"}))
    c.append(case("s12_policy_qa_s2t_glossed", "scr", dump(qa, f=S2T, crumb=["当前位置：首页 > 政策解读"]).encode(), "txt", qa.title, body(qa), meta={"script": "simplified"}))
    c.append(case("s13_macau_big5_html_label_utf8", "scr", enc(farm_html(mo, charset="utf-8", chrome=lambda x: ob.convert(x, "s2hk"), lang="zh-MO"), "big5hkscs"), "html",
                  mo.title, body(mo), meta={"script": "traditional", "mislabeled": True}))
    return c


# --- enc: encodings and labels --------------------------------------------------------------------------------

def enc_cases() -> list[A8]:
    c: list[A8] = []
    run, care, robot, sea, tw = T.RUN, T.CARE, T.ROBOT, T.SEA, T.TW_FARM
    c.append(case("e02_big5_tw_label_gbk", "enc", enc(farm_html(tw, charset="gbk", chrome=lambda x: ob.convert(x, "s2tw"), lang="zh-TW"), "big5"), "html", tw.title, body(tw),
                  meta={"mislabeled": True, "script": "traditional", "publisher": "中央社"}))
    rare = _story(robot, a=(1, "通讯员 杜明", "通讯员 刘䶮"))
    c.append(case("e03_gb18030_ext_a_name_label_gb2312", "enc", enc(dede_html(rare, f=S2T, charset="gb2312", info="2026-06-03 08:40　来源：扬子晚报"), "gb18030"), "html",
                  rare.title, body(rare), meta={"publisher": "扬子晚报", "published": "2026-06-03", "mislabeled": False}))
    c.append(case("e04_utf8_html_label_gbk", "enc", dede_html(care, f=S2T, charset="gbk").encode(), "html", care.title, body(care), meta={"mislabeled": True, "publisher": "新华社"}))
    two_labels = dede_html(run, f=g("s2tw", style="tone3"), charset="utf-8", head_html='<meta charset="gb2312">', chrome=lambda x: ob.convert(x, "s2tw"))
    c.append(case("e05_big5_two_lying_labels", "enc", enc(two_labels, "big5"), "html", run.title, body(run), meta={"mislabeled": True, "script": "simplified"}))
    c.append(case("e06_utf8_bom_dump_inner_feff", "enc", b"\xef\xbb\xbf" + dump(sea, f=lambda s: S2T(s).replace("，", "，\ufeff", 1)).encode(), "txt", sea.title, body(sea),
                  meta={}))
    # a GBK page whose info line was pasted in raw UTF-8
    html = dede_html(robot, f=S2T, charset="gbk", info="\ue001")
    pre, post = html.split("\ue001")
    data = enc(pre, "gbk") + "发布时间：2026-06-03 08:40　来源：扬子晚报　作者：殷晓岚".encode() + enc(post, "gbk")
    c.append(case("e07_gbk_page_utf8_info_line", "enc", data, "html", robot.title, body(robot), meta=meta(robot, "publisher", "published", "author")))
    # one paragraph of UTF-8 read as windows-1252 in a clean UTF-8 dump (the other paragraphs glossed)
    paras = [S2T(p) for p in care.paras]
    paras[3] = ob.cp1252_moji(S2T(care.paras[3]))
    c.append(case("e08_para_utf8_as_cp1252", "enc", dump(care, f=S2T, paras=paras).encode(), "txt", care.title, body(care), meta=meta(care, "publisher")))
    return c


# --- meta: publishers and dates ---------------------------------------------------------------------------------

def meta_cases() -> list[A8]:
    c: list[A8] = []
    trade, care, robot, sea, canteen, flash = T.TRADE, T.CARE, T.ROBOT, T.SEA, T.CANTEEN, T.FLASH
    c.append(case("m01_info_cn_date_time_source_author", "meta", dump(robot, f=S2T, info=["2026年06月03日 09:30　来源：扬子晚报　作者：殷晓岚"]).encode(), "txt",
                  robot.title, body(robot), meta=meta(robot, "published", "publisher", "author")))
    c.append(case("m02_dotted_date_source_html", "meta", dede_html(trade, f=S2T, charset="utf-8", info="2026.03.11 07:45　来源: 人民日报　作者: 许文博").encode(), "html",
                  trade.title, body(trade), meta=meta(trade, "author", publisher="人民日报", published="2026-03-11")))
    c.append(case("m03_app_jsonld_short_visible_date", "meta", app_html(sea, f=S2T, date_iso="2026-05-18T21:30:00+08:00", visible_date="05-18 21:30", source="央视新闻").encode(), "html",
                  sea.title, body(sea), meta={"publisher": "央视新闻", "published": "2026-05-18"}))
    c.append(case("m04_paper_byline_and_date_line", "meta", dump(canteen, f=S2T, info=["澎湃新闻记者 方晓蕾", "2026-06-21 08:05 来源：澎湃新闻"]).encode(), "txt",
                  canteen.title, body(canteen), meta={"publisher": "澎湃新闻", "author": "方晓蕾", "published": "2026-06-21"}))
    c.append(case("m06_slash_date_wp", "meta", wp_html(care, f=S2T, date_iso="2026-05-20T16:02:11+00:00", date_text="2026/05/20").encode(), "html",
                  care.title, body(care), meta=meta(care, "publisher", "author", published="2026-05-20")))
    c.append(case("m07_cctv_flash_glossed", "meta", dump(flash, f=S2T, info=["2026-07-09 10:47:12　来源：央视网"]).encode(), "txt", flash.title, body(flash),
                  meta={"publisher": "央视网", "published": "2026-07-09", "script": "simplified"}))
    # a farm's "source: this site" placeholder above a 人民日报 dateline
    c.append(case("m08_placeholder_source_real_dateline", "meta", dump(trade, f=S2T, info=["来源：本站原创　作者：佚名　2026-03-12"]).encode(), "txt",
                  trade.title, body(trade), meta={"publisher": None, "author": "许文博"}))
    return c


# --- mix: several problems at once ---------------------------------------------------------------------------------

def mix_cases() -> list[A8]:
    c: list[A8] = []
    trade, sea, care, qa, hk = T.TRADE, T.SEA, T.CARE, T.QA, T.HK_MTR
    rad_zw = lambda s: ob.invisibles(ob.radicals(g(style="tone3", brackets="【】")(s), 0.3), 5, 13, "\u2060\u200c")  # noqa: E731
    c.append(case("x01_gbk_crlf_tone3_radicals_invisibles", "mix", enc(dump(trade, f=rad_zw, nl="\r\n"), "gb18030"), "txt", trade.title, body(trade),
                  meta=meta(trade, "publisher")))
    html = farm_html(sea, f=g("s2tw", style="zhuyin", brackets="（）", fold=False), charset="gb2312", chrome=lambda x: ob.convert(x, "s2tw"))
    c.append(case("x02_big5_label_gb2312_zhuyin", "mix", enc(html, "big5"), "html", sea.title, body(sea), meta={"mislabeled": True, "script": "simplified"}))
    shy_ruby = lambda s: g("s2hk", ruby=True, fold=False)(s).replace("</ruby>", "</ruby>\xad")  # noqa: E731
    c.append(case("x03_s2hk_ruby_soft_hyphen_nolabel", "mix", farm_html(care, f=shy_ruby, raw=True, charset=None, top="<a>ＡＶ在线</a> <a>９９久久</a> <a>免费ａｖ</a>").encode(), "html",
                  care.title, body(care), meta={"script": "simplified", "publisher": "新华社"}))
    c.append(case("x04_seed_shape_policy_qa", "mix", dump(qa, f=S2T, head=[SPAM], crumb=["當(dāng)前位置 : 首頁(yè) > 政策解讀 > 問答"]).encode(), "txt",
                  qa.title, body(qa), meta={"script": "simplified"}))
    odd = lambda s: ob.odd_spaces(g(None, only_converted=False, rate=0.25)(s), 3, 31)  # noqa: E731
    c.append(case("x05_hk_glossed_folded_odd_spaces", "mix", dump(hk, f=odd, head=[TW_SPAM], crumb=["主頁 > 港聞"]).encode(), "txt", hk.title, body(hk),
                  meta={"script": "traditional"}))
    return c


def build_all() -> list[A8]:
    return hdr_cases() + foot_cases() + dmg_cases() + py_cases() + scr_cases() + enc_cases() + meta_cases() + mix_cases()


__all__ = ["CRUMB", "build_all"]
