# ruff: noqa: E501
"""Audit14 cases: seed-like reposts, fresh variations (spam-header shapes, farm footers, damage at new
spots, pinyin forms, script decisions, lying encodings, mixed rewrites). Every expectation is what a
careful reader wants from the page: the story as written (a14_texts), the publisher / author / date the
page states, and a flag (not a guess) where the bytes are gone.

Groups: ``hdr`` spam headers and crumbs, ``foot`` farm footers, ``dmg`` byte damage, ``py`` readings,
``scr`` script, ``enc`` encodings and mojibake, ``mix`` several rewrites at once.
"""

from __future__ import annotations

import a14_texts as T
from a14_build import A8, CRUMB, SPAM, a8, body, case, dump, enc, farm_html, g, meta, ob
from a14_texts import Story

S2T = g()
MARK = "\ue000"  # where a character will lose its lead byte (no reading is put after it)


# --- hdr: spam headers and crumbs ---------------------------------------------------------------------

def hdr_cases() -> list[A8]:
    c: list[A8] = []
    bus, fish, weiqi, shop, rain, card, clinic = T.BUS, T.FISH, T.WEIQI, T.SHOP, T.RAIN, T.CARD, T.CLINIC
    c.append(case("h01_underscore_sitename", "hdr", dump(bus, f=S2T, head=["最新电影免费在线观看_高清无码影视大全_午夜剧场_星空影视网"]).encode(), "txt",
                  bus.title, body(bus), meta=meta(bus, "publisher", "author")))
    c.append(case("h02_pipe_casino", "hdr", dump(fish, f=S2T, head=["澳门新葡京 | 百家乐官网 | 真人娱乐平台 | 注册即送38元彩金"]).encode(), "txt",
                  fish.title, body(fish), meta=meta(fish, "publisher")))
    c.append(case("h03_keyword_label_line", "hdr", dump(weiqi, f=S2T, head=["网赚项目-兼职日结-手机赚钱软件", "关键词：网赚项目,兼职日结,手机赚钱,日赚300元"]).encode(), "txt",
                  weiqi.title, body(weiqi), meta=meta(weiqi, "publisher")))
    c.append(case("h04_header_glossed_too", "hdr", dump(shop, f=S2T, head=[S2T(SPAM)]).encode(), "txt",
                  shop.title, body(shop), meta=meta(shop, "publisher")))
    c.append(case("h05_url_and_domain_lines", "hdr", dump(rain, f=S2T, head=["www.88kkyy.com 最新免费电影 在线观看 无需下载", "本站域名：88kkyy.com 请牢记收藏"]).encode(), "txt",
                  rain.title, body(rain)))
    c.append(case("h06_farm_date_info", "hdr", dump(bus, f=S2T, info=["发布时间：2026-03-08 14:22:31　浏览次数：1386"]).encode(), "txt",
                  bus.title, body(bus), meta=meta(bus, "publisher", published="2026-03-08")))
    c.append(case("h07_crumb_double_gt_source_line", "hdr", dump(clinic, f=S2T, crumb=["您现在的位置：首页>>新闻中心>>社会民生"],
                  info=["来源：滨江日报　作者：孟佳宁　发布时间：2026-04-16"]).encode(), "txt",
                  clinic.title, body(clinic), meta=meta(clinic, "author", "published", publisher="滨江日报")))
    # several articles' worth of spam around a four-paragraph article
    head = ["久久精品国产免费观看-亚洲日韩精品一区二区", "澳门银河官网-百家乐在线-真人荷官发牌", "无痛人流多少钱-男科医院哪家好-壮阳药正品"]
    tail = ["相关文章", "多地发布春季旅游消费券 景区门票最低五折", "新能源汽车下乡活动启动 首批投放车型公布", "高校毕业生就业服务月活动全面展开",
            "国产精品久久久久久久久久久免费看", "热门评论", "网友1386：下雨天注意安全", "匿名用户：东环路隧道又封了", "本站所有内容均来自互联网，如有侵权请联系删除",
            "Copyright © 2026 星空资讯网 版权所有 粤ICP备2026123456号-1"]
    c.append(case("h09_spam_around_short", "hdr", dump(rain, f=S2T, head=head, tail=tail).encode(), "txt", rain.title, body(rain)))
    c.append(case("h10_english_keyword_line", "hdr", dump(card, f=S2T, head=["Free Movies Online - Watch HD Series Free - Download PC Games - Live Sports Stream"]).encode(), "txt",
                  card.title, body(card)))
    c.append(case("h11_title_column_prefix", "hdr", dump(card, f=S2T, title=S2T("民生问答丨" + card.title)).encode(), "txt", "民生问答丨" + card.title, body(card)))
    c.append(case("h12_crumb_fullwidth_colon_no_spaces", "hdr", dump(shop, f=S2T, crumb=["当前位置：首页＞财经＞正文"]).encode(), "txt",
                  shop.title, body(shop), meta=meta(shop, "publisher", "author")))
    return c


# --- foot: farm footers --------------------------------------------------------------------------------

def foot_cases() -> list[A8]:
    c: list[A8] = []
    bus, fish, shop, _weiqi, card = T.BUS, T.FISH, T.SHOP, T.WEIQI, T.CARD
    c.append(case("f01_repost_note_prevnext", "foot", dump(bus, f=S2T, tail=["本文由星空资讯网整理发布，转载请注明出处。", "上一篇：多地发布春季旅游消费券 景区门票最低五折",
                                                                         "下一篇：高校毕业生就业服务月活动全面展开"]).encode(), "txt", bus.title, body(bus), meta=meta(bus, "publisher")))
    c.append(case("f02_editor_folded_after_wan", "foot", dump(fish, f=S2T, tail=["（责任编辑：王晓）"]).encode(), "txt", fish.title, body(fish), meta=meta(fish, "publisher")))
    c.append(case("f03_related_tags_icp", "foot", dump(shop, f=S2T, tail=["相关阅读", "多地发布春季旅游消费券 景区门票最低五折", "新能源汽车下乡活动启动 首批投放车型公布",
                                                                      "热门标签：电商 直播 农产品", "Copyright © 2026 星空资讯网 版权所有 粤ICP备2026123456号-1"]).encode(), "txt",
                  shop.title, body(shop), meta=meta(shop, "publisher")))
    c.append(case("f05_comments_block", "foot", dump(card, f=S2T, tail=["网友评论", "匿名网友：说得很清楚，收藏了！", "游客2026：老人用实体卡就行", "发表评论　已有2条评论"]).encode(), "txt",
                  card.title, body(card)))
    c.append(case("f06_footer_not_glossed", "foot", dump(bus, f=S2T, f_chrome=False, tail=["本文来源：新华社", "责任编辑：王晓 | 审核：李强", "分享到：微信 微博 QQ空间"]).encode(), "txt",
                  bus.title, body(bus), meta=meta(bus, "publisher")))
    return c


# --- dmg: byte damage at new spots ---------------------------------------------------------------------

def _mark(s: Story, ctx: str, k: int) -> tuple[Story, str]:
    """``s`` with the ``k``-th character of the first ``ctx`` replaced by MARK; returns the marked story and
    the original character."""
    lines = [s.title, *s.paras]
    for n, line in enumerate(lines):
        if ctx in line:
            i = line.index(ctx) + k
            ch = line[i]
            lines[n] = line[:i] + MARK + line[i + 1 :]
            return Story(lines[0], tuple(lines[1:]), s.publisher, s.author, s.published), ch
    raise ValueError(ctx)


def _lost(name: str, s: Story, ctx: str, k: int, *, config: str = "s2t", codec: str = "gbk", own: str = "", **dkw: object) -> A8:
    """A seed dump of ``s`` where the character at ``ctx[k]`` lost its lead byte in ``codec`` ("?" + the
    stranded trail byte, then its own reading ``own`` when given). Restored when the bytes and the page
    determine it (audit8's reasoning), else flagged and left."""
    marked, _ = _mark(s, ctx, k)
    trad = ob.convert(ctx, config)[k]
    b = trad.encode(codec)
    assert len(b) == 2 and 0x40 <= b[1] <= 0x7E, (trad, b)
    f = g(config)
    text = dump(marked, f=f, **dkw)  # type: ignore[arg-type]
    spot = "?" + chr(b[1]) + (f"({own})" if own else "")
    i = text.index(MARK)
    damaged = text.replace(MARK, spot)
    found = a8.settled_by_page(damaged, i, (codec,))
    if found == {trad}:
        return case(name, "dmg", enc(damaged, codec), "txt", s.title, body(s), no_flags=("lost_lead_byte",), why=f"page settles {trad}")
    left = "?" + chr(b[1])
    title = s.title.replace(ctx, ctx[:k] + left + ctx[k + 1 :], 1) if ctx in s.title else s.title
    bod = body(s) if ctx in s.title else body(s).replace(ctx, ctx[:k] + left + ctx[k + 1 :], 1)
    return case(name, "dmg", enc(damaged, codec), "txt", title, bod, flags=("lost_lead_byte",), why=f"candidates {sorted(found)}",
                alt=(s.title, body(s)))


def _misaligned_spot(text: str, start: int, n: int) -> int:
    """The first converted character in text[start:start+n] after an unglossed Han character whose GBK
    bytes make the seed's misaligned residue (the previous trail byte + its lead byte read as one character)."""
    for i in range(start + 1, start + n):
        prev, ch = text[i - 1], text[i]
        if not (ob.han(prev) and ob.han(ch)) or ob.convert(ch, "t2s") == ch:
            continue
        pb, cb = prev.encode("gbk"), ch.encode("gbk")
        if len(pb) == 2 and len(cb) == 2 and 0x41 <= cb[1] <= 0x7A and chr(cb[1]).isalpha():
            try:
                mis = bytes((pb[1], cb[0])).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(mis) == 1 and ob.han(mis):
                return i
    raise ValueError("no spot")


def dmg_cases() -> list[A8]:
    c: list[A8] = []
    bus, fish, shop, rain, weiqi, tw = T.BUS, T.FISH, T.SHOP, T.RAIN, T.WEIQI, T.METRO_TW
    c.append(_lost("d01_title_own_reading", shop, "县域电商", 0, own="xiàn"))            # 縣 -> ?h(xiàn), 县 recurs
    c.append(_lost("d02_mid_word", bus, "投入资金", 2))                                # 資 inside 資金
    c.append(_lost("d03_first_char_of_para", bus, "县交通运输局局长", 0, own="xiàn"))   # 縣 opens a paragraph, its own reading after
    c.append(_lost("d04_after_folded_comma", shop, "，价格比过去", 1))                 # 價 right after ","
    c.append(_lost("d05_near_end", rain, "人员全部到岗", 1))                           # 員 in the last line
    c.append(_lost("d06_after_digit_own_reading", weiqi, "14岁的广东", 2, own="suì"))    # 歲 right after a number
    c.append(_lost("d07_before_digit", fish, "约2.3万尾", 0))                         # 約 before a digit, no reading
    # the seed's misaligned residue (展?fàn)I) on other characters
    for name, s, line_no in (("d08_misaligned_para", shop, 4), ("d09_misaligned_title", bus, 0)):
        text = dump(s, f=S2T)
        line = S2T([s.title, *s.paras][line_no])
        i = _misaligned_spot(text, text.index(line), len(line))
        damaged, syl = a8.lose_lead_misaligned(text, i)
        found = a8.settled_misaligned(damaged, i, syl)
        if found == {text[i]}:
            c.append(case(name, "dmg", enc(damaged, "gbk"), "txt", s.title, body(s), no_flags=("lost_lead_byte",), why=f"settled {text[i]}"))
        else:
            c.append(case(name, "dmg", enc(damaged, "gbk"), "txt", None, None, flags=("lost_lead_byte",), why=f"candidates {sorted(found)}",
                          alt=(s.title, body(s))))
    # U+FFFD in a person's name (two bytes of a UTF-8 character lost): the page cannot name him
    paras = list(weiqi.paras)
    paras[2] = paras[2].replace("王启明", "王\ufffd明", 1)
    c.append(case("d10_fffd_in_name", "dmg", dump(weiqi, f=S2T, paras=[S2T(p) for p in paras]).encode(), "txt", weiqi.title, "\n".join(paras),
                  flags=("replacement_chars",)))
    # 锟斤拷 in the title (UTF-8 U+FFFD pairs read back as GBK)
    bad = rain.title.replace("临时", "锟斤拷")
    c.append(case("d11_kunjinkao_title", "dmg", dump(rain, f=S2T, title=S2T(bad)).encode(), "txt", bad, body(rain), flags=("replacement_chars",)))
    # a GBK dump cut at the end in the middle of its last character (no final newline, like the seed)
    data = enc(dump(bus, f=S2T), "gbk")
    c.append(case("d12_gbk_cut_last_char", "dmg", data[:-3], "txt", bus.title, body(bus)[:-2] + "\ufffd", flags=("replacement_chars",)))
    # a genuine Taiwan article in Big5 whose lead byte was lost where the page repeats the word (捷運)
    text = dump(tw, crumb=["目前位置：首頁 > 地方新聞 > 北部"], head=["久久精品國產免費觀看-亞洲日韓高清專區-午夜福利影院"])
    i = text.index("捷運", text.index(tw.paras[2])) + 1
    b = text[i].encode("big5")
    damaged = text[:i] + "?" + chr(b[1]) + text[i + 1 :]
    found = a8.settled_by_page(damaged, i, ("big5",))
    if found == {"運"}:
        c.append(case("d13_big5_tw_lost_settled", "dmg", enc(damaged, "big5"), "txt", tw.title, body(tw), no_flags=("lost_lead_byte",),
                      meta={"script": "traditional"}))
    # two spots in one paragraph: 網 has its own reading, 價 is alone (settled or flagged by the page)
    c.append(_lost("d14_gloss_next_to_lost", shop, "网店每月", 0, own="wǎng"))
    return c


# --- py: reading forms ----------------------------------------------------------------------------------

def py_cases() -> list[A8]:
    c: list[A8] = []
    bus, fish, weiqi, shop, rain, clinic = T.BUS, T.FISH, T.WEIQI, T.SHOP, T.RAIN, T.CLINIC
    c.append(case("p01_tone_numbers", "py", dump(bus, f=g(style="tone3")).encode(), "txt", bus.title, body(bus), meta=meta(bus, "publisher")))
    c.append(case("p02_no_tones", "py", dump(shop, f=g(style="none")).encode(), "txt", shop.title, body(shop), meta=meta(shop, "publisher")))
    c.append(case("p04_fullwidth_paren_own_bracket", "py", dump(fish, f=g(brackets="（）", fold=False)).encode(), "txt", fish.title, body(fish),
                  meta=meta(fish, "publisher", "author")))
    html = farm_html(clinic, f=g(ruby=True, fold=False), raw=True)
    c.append(case("p05_ruby_html", "py", html.encode(), "html", clinic.title, body(clinic)))
    # a farm that glosses a simplified article (no conversion): names and numbers carry readings
    c.append(case("p06_names_glossed_simplified", "py", dump(weiqi, f=g(config=None, only_converted=False, rate=0.35)).encode(), "txt",
                  weiqi.title, body(weiqi), meta=meta(weiqi, "publisher")))
    c.append(case("p07_numbers_glossed_tone3_lenticular", "py", dump(fish, f=g(style="tone3", brackets="【】", only_converted=False, rate=0.4)).encode(), "txt",
                  fish.title, body(fish), meta=meta(fish, "publisher")))
    c.append(case("p08_every_char_glossed", "py", dump(rain, f=g(config=None, only_converted=False, rate=1.0)).encode(), "txt", rain.title, body(rain)))
    c.append(case("p10_none_lenticular_html_gbk", "py", enc(farm_html(bus, f=g(style="none", brackets="【】"), charset="gbk"), "gbk"), "html",
                  bus.title, body(bus), meta=meta(bus, "publisher")))
    return c


# --- scr: script decisions ------------------------------------------------------------------------------

def scr_cases() -> list[A8]:
    c: list[A8] = []
    clinic, shop, tw, hk, _card, weiqi = T.CLINIC, T.SHOP, T.METRO_TW, T.VACCINE_HK, T.CARD, T.WEIQI
    c.append(case("s01_s2t_mainland_vocab_nogloss", "scr", dump(clinic, f=g(rate=0.0)).encode(), "txt", clinic.title, body(clinic),
                  meta={"script": "simplified", "author": clinic.author}))
    c.append(case("s02_s2tw_agency_nogloss", "scr", dump(shop, f=g("s2tw", rate=0.0)).encode(), "txt", shop.title, body(shop), meta={"script": "simplified", "publisher": "新华社"}))
    c.append(case("s03_s2hk_wei_benbao", "scr", dump(clinic, f=g("s2hk", rate=0.0)).encode(), "txt", clinic.title, body(clinic), meta={"script": "simplified"}))
    tw_chrome = {"head": ["久久精品国产免费观看-亚洲日韩高清专区-午夜福利影院"], "crumb": [CRUMB]}
    c.append(case("s04_tw_under_simplified_farm", "scr", dump(tw, **tw_chrome).encode(), "txt", tw.title, body(tw),  # type: ignore[arg-type]
                  meta={"script": "traditional", "publisher": "中央社", "author": "林宜蓁"}))
    c.append(case("s05_tw_glossed_by_farm", "scr", dump(tw, f=g(config=None, only_converted=False, rate=0.3, fold=False), **tw_chrome).encode(), "txt",  # type: ignore[arg-type]
                  tw.title, body(tw), meta={"script": "traditional", "publisher": "中央社"}))
    c.append(case("s06_tw_glossed_and_folded", "scr", dump(tw, f=g(config=None, only_converted=False, rate=0.3), **tw_chrome).encode(), "txt",  # type: ignore[arg-type]
                  tw.title, body(tw), meta={"script": "traditional"}))
    hk_chrome = lambda x: ob.convert(x, "s2hk")  # noqa: E731
    c.append(case("s07_hk_big5hkscs_label_big5", "scr", enc(farm_html(hk, charset="big5", lang="zh-HK", chrome=hk_chrome), "big5hkscs"), "html", hk.title, body(hk),
                  meta={"script": "traditional"}))
    c.append(case("s08_hk_glossed_txt", "scr", dump(hk, f=g(config=None, only_converted=False, rate=0.25, fold=False), **tw_chrome).encode(), "txt",  # type: ignore[arg-type]
                  hk.title, body(hk), meta={"script": "traditional"}))
    c.append(case("s10_s2tw_html_glossed_tone", "scr", farm_html(weiqi, f=g("s2tw")).encode(), "html", weiqi.title, body(weiqi), meta={"script": "simplified", "publisher": "新华社"}))
    return c


# --- enc: encodings, lying labels, mojibake -------------------------------------------------------------

def enc_cases() -> list[A8]:
    c: list[A8] = []
    ru_kw: dict[str, object]
    bus, fish, tw, ru, ja, _shop, card, clinic, weiqi = T.BUS, T.FISH, T.METRO_TW, T.TRAM_RU, T.LIB_JA, T.SHOP, T.CARD, T.CLINIC, T.WEIQI
    c.append(case("e01_gbk_seed_dump", "enc", enc(dump(fish, f=S2T), "gbk"), "txt", fish.title, body(fish), meta={"publisher": "中新社", "encoding": "gb18030"}))
    c.append(case("e02_gb18030_html_label_big5", "enc", enc(farm_html(bus, f=S2T, charset="big5"), "gb18030"), "html", bus.title, body(bus), meta={"mislabeled": True}))
    tw_chrome = lambda x: ob.convert(x, "s2tw")  # noqa: E731
    c.append(case("e03_big5_tw_label_gb2312", "enc", enc(farm_html(tw, charset="gb2312", meta="http-equiv", chrome=tw_chrome), "big5"), "html", tw.title, body(tw),
                  meta={"mislabeled": True, "script": "traditional", "publisher": "中央社"}))
    c.append(case("e04_big5_s2tw_mainland_txt", "enc", enc(dump(bus, f=g("s2tw", rate=0.0), head=[ob.convert(SPAM, "s2tw")]), "big5"), "txt", bus.title, body(bus), meta={"script": "simplified"}))
    ja_dump = dump(ja, head=["無料動画まとめ-最新アニメ無料視聴-人気ランキング"], crumb=["ホーム > ニュース > 地域"], tail=["この記事をシェアする", "Copyright (C) まとめニュース All Rights Reserved"])
    c.append(case("e05_sjis_ja_dump", "enc", enc(ja_dump, "cp932"), "txt", ja.title, body(ja)))
    ru_kw = {"top": '<a href="/">Скачать фильмы бесплатно</a> <a href="/">Смотреть сериалы онлайн</a>', "nav": '<a href="/">Главная</a> <a href="/news/">Новости</a>',
             "side": "<h3>Читайте также</h3><ul><li><a>В городе открыли новый сквер</a></li></ul>", "foot": "© 2026 Все права защищены",
             "crumb": "Главная » Новости » Город", "chrome": lambda x: "" if x.startswith("久久") else x}
    ru_html = farm_html(ru, charset="utf-8", lang="ru", title_tag="Скачать фильмы бесплатно - Новости Самары", **ru_kw)  # type: ignore[arg-type]
    c.append(case("e06_cp1251_ru_label_utf8", "enc", ru_html.encode("cp1251", errors="replace"), "html", ru.title, body(ru), meta={"mislabeled": True}))
    ru_dump = dump(ru, head=["Скачать фильмы бесплатно - Смотреть сериалы онлайн - Лучшие игры 2026"], crumb=["Главная » Новости » Город"], ind="",
                   tail=["Читайте также: В городе открыли новый сквер", "© 2026 Все права защищены. Копирование запрещено."])
    c.append(case("e07_cp1251_ru_dump", "enc", enc(ru_dump, "cp1251"), "txt", ru.title, body(ru)))
    # UTF-8 page whose <h1> is UTF-8 read as GBK (lossless here), body clean
    moji_t = clinic.title.encode("utf-8").decode("gb18030")
    c.append(case("e08_h1_mojibake_clean_body", "enc", farm_html(clinic, h1=moji_t).encode(), "html", clinic.title, body(clinic)))
    moji_t = weiqi.title.encode("utf-8").decode("gb18030")
    c.append(case("e08b_dump_title_mojibake", "enc", dump(weiqi, f=S2T, title=moji_t).encode(), "txt", weiqi.title, body(weiqi)))
    # GBK bytes under a utf-8 label, seed rewrite
    c.append(case("e09_gbk_html_label_utf8", "enc", enc(farm_html(fish, f=S2T, charset="utf-8", meta="http-equiv"), "gbk"), "html", fish.title, body(fish),
                  meta={"mislabeled": True, "publisher": "中新社"}))
    # a GBK dump whose title line is raw UTF-8
    text = dump(weiqi, f=S2T)
    t_conv = S2T(weiqi.title)
    pre, post = text.split(t_conv, 1)
    data = enc(pre, "gbk") + t_conv.encode("utf-8") + enc(post, "gbk")
    c.append(case("e10_gbk_dump_utf8_title", "enc", data, "txt", weiqi.title, body(weiqi), meta=meta(weiqi, "publisher")))
    # a lossy mojibake title (UTF-8 read as GBK, replace) over a clean body; the <title> tag holds the headline
    lossy = card.title.encode("utf-8").decode("gbk", errors="replace")
    c.append(case("e11_lossy_h1_clean_title_tag", "enc", farm_html(card, h1=lossy, title_tag=card.title + " - 星空资讯网").encode(), "html", card.title, body(card)))
    # a Big5 paragraph (UTF-8 read as Big5) inside a seed dump
    paras = [S2T(p) for p in bus.paras]
    try:
        paras[2] = ob.convert(bus.paras[2], "s2t").encode("utf-8").decode("big5")
        c.append(case("e13_para_utf8_as_big5", "enc", dump(bus, f=S2T, paras=paras).encode(), "txt", bus.title, body(bus)))
    except UnicodeDecodeError:
        pass
    # windows-1251 page read as UTF-8? no: a cp1251 title read as cp1252 in a UTF-8 page
    ru_m = ru.title.encode("cp1251").decode("cp1252", errors="replace")
    if "\ufffd" not in ru_m:
        c.append(case("e14_ru_title_cp1251_as_cp1252", "enc", farm_html(ru, h1=ru_m, lang="ru", **ru_kw).encode(), "html", ru.title, body(ru)))  # type: ignore[arg-type]
    return c


# --- mix: several rewrites at once ----------------------------------------------------------------------

def mix_cases() -> list[A8]:
    c: list[A8] = []
    bus, fish, shop, clinic, card, weiqi = T.BUS, T.FISH, T.SHOP, T.CLINIC, T.CARD, T.WEIQI
    rad = lambda s: ob.radicals(S2T(s))  # noqa: E731
    c.append(case("m01_kangxi_radicals", "mix", dump(bus, f=rad).encode(), "txt", bus.title, body(bus), meta=meta(bus, "publisher")))
    zw = lambda s: S2T(s).replace("(", "\u200b(").replace("，", "，\u2060")  # noqa: E731
    c.append(case("m02_zero_width_before_readings", "mix", dump(shop, f=zw).encode(), "txt", shop.title, body(shop), meta=meta(shop, "publisher")))
    odd = lambda s: ob.odd_spaces(S2T(s), 7, 29)  # noqa: E731
    c.append(case("m03_odd_spaces_nbsp_indent", "mix", dump(weiqi, f=odd, ind="\xa0\xa0\xa0\xa0").encode(), "txt", weiqi.title, body(weiqi), meta=meta(weiqi, "publisher")))
    c.append(case("m04_crlf_no_blank_lenticular_tone3", "mix", dump(fish, f=g(style="tone3", brackets="【】"), sep="\n", nl="\r\n").encode(), "txt",
                  fish.title, body(fish), meta=meta(fish, "publisher")))
    # a farm HTML page in GBK labelled gb2312: spam <title>, glossed h1 and body, comments, ICP footer
    c.append(case("m05_gbk_farm_html_full", "mix", enc(farm_html(clinic, f=S2T, charset="gb2312", info="来源：滨江日报　作者：孟佳宁　2026-04-16 10:21"), "gbk"), "html",
                  clinic.title, body(clinic), meta={"publisher": "滨江日报", "author": "孟佳宁", "published": "2026-04-16"}))
    # s2tw + tone numbers in a GB18030 page with http-equiv utf-8 (lying)
    c.append(case("m06_gb18030_s2tw_tone3_label_utf8", "mix", enc(farm_html(shop, f=g("s2tw", style="tone3"), charset="utf-8", meta="http-equiv"), "gb18030"), "html",
                  shop.title, body(shop), meta={"publisher": "新华社", "mislabeled": True}))
    inv = lambda s: ob.invisibles(S2T(s), 3, 9)  # noqa: E731
    c.append(case("m07_invisibles_gbk_dump", "mix", enc(dump(card, f=inv), "gb18030"), "txt", card.title, body(card)))
    # glossed dump with an info line above the title and the title repeated as the first line
    c.append(case("m09_info_above_title_dup_title", "mix", dump(bus, f=S2T, paras=[S2T(bus.title), *(S2T(p) for p in bus.paras)],
                                                                 crumb=["当前位置 : 首页 > 新闻中心 > 社会民生", "发布时间:2026-03-08 浏览:1386 次"]).encode(), "txt",
                  bus.title, body(bus), meta=meta(bus, "publisher", published="2026-03-08")))
    c.append(case("m10_seed_exact_recipe_other_story", "mix", dump(shop, f=S2T, head=[SPAM], crumb=["當(dāng)前位置 : 首頁(yè) > 資訊中心 > 財經(jīng)要聞"], f_chrome=False).encode(), "txt",
                  shop.title, body(shop), meta=meta(shop, "publisher", "author")))
    c.append(case("m11_em_indent_inside_dateline", "mix", dump(weiqi, f=S2T, paras=[S2T(weiqi.paras[0].replace("电 ", "电\u2003")), *(S2T(p) for p in weiqi.paras[1:])]).encode(), "txt",
                  weiqi.title, "\n".join([weiqi.paras[0].replace("电 ", "电\u2003"), *weiqi.paras[1:]]), meta=meta(weiqi, "publisher")))
    return c


def build_all() -> list[A8]:
    return hdr_cases() + foot_cases() + dmg_cases() + py_cases() + scr_cases() + enc_cases() + mix_cases()



