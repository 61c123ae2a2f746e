# ruff: noqa: E501
"""Audit20 cases: seed-like reposts, wave 3. Built with audit14/audit18's seed dump, farm page and DedeCMS
page (reused through a18_build), on genres other than short wire stories, with dump mechanics the earlier
waves left out (undecoded entities, CR-only and CRLF lines, tab indents, hard wraps, UTF-16 and GB18030 /
Big5 text dumps), Latin words and English names in brackets that look like readings, readings damaged by
lost bytes, multi-line spam headers with site names and URLs, farm footers, dates and sources in 【】 / 〔〕,
and article sentences holding the words farms use as chrome.

Groups: ``gen`` genres, ``dump`` dump mechanics, ``lat`` Latin / pinyin look-alikes, ``enc`` text-dump
encodings, ``hdr`` headers and titles, ``foot`` footers, ``meta`` metadata forms, ``word`` chrome words in
sentences, ``ctl`` genuine traditional controls.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a20_texts as T  # noqa: E402
from a18_build import A8, EM, a14, case, dede_html, dump, enc, farm_html, g, ob  # noqa: E402
from a20_texts import Story  # noqa: E402

S2T = g()
PLAIN = g(None, fold=False)
READING = re.compile("\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\\)")


def body(s: Story, drop: tuple[int, ...] = ()) -> str:
    return "\n".join(p for i, p in enumerate(s.paras) if i not in drop)


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra


def _story(s: Story, *repl: tuple[int, str, str], author: str | None = None) -> Story:
    """``s`` with replacements in given lines (0 = title)."""
    lines = [s.title, *s.paras]
    for n, old, new in repl:
        assert old in lines[n], (old, lines[n][:30])
        lines[n] = lines[n].replace(old, new, 1)
    return Story(lines[0], tuple(lines[1:]), s.publisher, author or s.author, s.published)


def entities(text: str) -> str:
    """A dump copied from escaped markup: named quotes, NBSP indents, numeric full stops and commas."""
    return (text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("\u2003", "&nbsp;&nbsp;").replace("。", "&#12290;")
            .replace("，", "&#65292;"))


def wrap(text: str, width: int) -> str:
    """Hard-wrap every body line (from the first indented one on) longer than ``width`` characters (a
    fixed-width text export of the article; the header and title lines above it are short)."""
    out: list[str] = []
    body_on = False
    for line in text.split("\n"):
        body_on = body_on or line.startswith(("\u2003", "\u3000", "\t"))
        while body_on and len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


# --- gen: genres other than the short wire story -------------------------------------------------------------

def gen_cases() -> list[A8]:
    c: list[A8] = []
    rep, iv, data, com, note, photo = T.REPORT, T.INTERVIEW, T.DATA, T.COMMENT, T.NOTICE, T.PHOTO
    c.append(case("g01_report_subheads_seed", "gen", dump(rep, f=S2T).encode(), "txt", rep.title, body(rep), meta=meta(rep, "publisher", "author", script="simplified")))
    html = dede_html(rep, charset="utf-8", meta_tag="charset", info="2026-05-20 16:40　来源：新华社")
    html = html.replace("<p>一、", "<p><strong>一、").replace("<p>二、", "<p><strong>二、").replace("<p>三、", "<p><strong>三、")
    html = re.sub("<p><strong>([一二三]、[^<]+)</p>", "<p><strong>\\1</strong></p>", html)
    c.append(case("g02_report_strong_subheads_dede", "gen", html.encode(), "html", rep.title, body(rep), meta=meta(rep, "publisher", published="2026-05-20")))
    c.append(case("g03_interview_reporter_lines_seed", "gen", dump(iv, f=S2T, info=["2026-06-15 07:30　来源：解放日报"]).encode(), "txt", iv.title, body(iv),
                  meta={"publisher": "解放日报", "published": "2026-06-15", "script": "simplified"}))
    c.append(case("g04_interview_crlf_plain", "gen", dump(iv, nl="\r\n", ind="").encode(), "txt", iv.title, body(iv)))
    c.append(case("g05_data_tab_table_plain", "gen", dump(data).encode(), "txt", data.title, body(data), meta=meta(data, "author")))
    c.append(case("g06_data_table_seed", "gen", dump(data, f=S2T).encode(), "txt", data.title, body(data), meta=meta(data, "author", script="simplified")))
    c.append(case("g07_commentary_bio_seed", "gen", dump(com, f=S2T, info=["作者：季明川　来源：光明日报　2026-04-18"]).encode(), "txt", com.title, body(com),
                  meta=meta(com, "publisher", "author", published="2026-04-18")))
    c.append(case("g08_commentary_bio_farm_html", "gen", farm_html(com, f=S2T, info="2026-04-18 09:02　来源：光明日报　作者：季明川").encode(), "html", com.title, body(com),
                  meta=meta(com, "publisher", "author", published="2026-04-18")))
    c.append(case("g09_notice_attachments_seed", "gen", dump(note, f=S2T, crumb=["当前位置：首页 > 通知公告"]).encode(), "txt", note.title, body(note),
                  meta={"script": "simplified"}))
    c.append(case("g10_notice_dede_gbk", "gen", enc(dede_html(note, charset="gbk", info="发布时间：2026-03-05　来源：市教育局"), "gbk"), "html", note.title, body(note),
                  meta={"published": "2026-03-05"}))
    paras = [S2T(p) for p in photo.paras]
    paras.insert(1, S2T(T.PHOTO_CAPTIONS[0]))
    paras.insert(4, S2T(T.PHOTO_CAPTIONS[1]))
    c.append(case("g11_photo_captions_seed", "gen", dump(photo, f=S2T, paras=paras).encode(), "txt", photo.title, body(photo), meta=meta(photo, "publisher", "author")))
    paras = list(photo.paras)
    paras.insert(0, T.PHOTO_CAPTIONS[0])
    paras.insert(3, T.PHOTO_CAPTIONS[1])
    c.append(case("g12_photo_caption_first_plain", "gen", dump(photo, paras=paras).encode(), "txt", photo.title, body(photo), meta=meta(photo, "publisher", "author")))
    return c


# --- dump: mechanics of the text dump --------------------------------------------------------------------------

def dump_cases() -> list[A8]:
    c: list[A8] = []
    rep, iv, com, photo, latin, words = T.REPORT, T.INTERVIEW, T.COMMENT, T.PHOTO, T.LATIN, T.WORDS
    c.append(case("n01_named_entities_seed", "dump", entities(dump(photo, f=g(fold=False))).encode(), "txt", photo.title, body(photo), meta=meta(photo, "publisher")))
    c.append(case("n02_numeric_entities_plain", "dump", entities(dump(com)).encode(), "txt", com.title, body(com)))
    c.append(case("n03_cr_only_seed", "dump", dump(photo, f=S2T, nl="\r").encode(), "txt", photo.title, body(photo), meta=meta(photo, "publisher", "author")))
    c.append(case("n04_crlf_tab_indent_seed", "dump", dump(rep, f=S2T, nl="\r\n", ind="\t").encode(), "txt", rep.title, body(rep), meta=meta(rep, "publisher")))
    c.append(case("n05_hard_wrap_glossed", "dump", wrap(dump(latin, f=S2T, sep="\n\n"), 40).encode(), "txt", latin.title, body(latin), meta=meta(latin, "author")))
    c.append(case("n06_hard_wrap_plain_no_blank", "dump", wrap(dump(words, sep="\n"), 36).encode(), "txt", words.title, body(words), meta=meta(words, "publisher")))
    c.append(case("n07_tab_indent_lenticular_readings", "dump", dump(iv, f=g(brackets="【】"), ind="\t", sep="\n").encode(), "txt", iv.title, body(iv)))
    c.append(case("n08_cr_only_gbk_plain_s2t", "dump", enc(dump(com, f=g(rate=0.0), nl="\r", info=["来源：光明日报　作者：季明川"]), "gbk"), "txt", com.title, body(com),
                  meta=meta(com, "publisher", "author", script="simplified")))
    return c


# --- lat: Latin words, numbers, English names and pinyin the article writes itself ----------------------------

def lat_cases() -> list[A8]:
    c: list[A8] = []
    latin, words = T.LATIN, T.WORDS
    c.append(case("l01_latin_seed", "lat", dump(latin, f=S2T).encode(), "txt", latin.title, body(latin), meta=meta(latin, "author", script="simplified")))
    c.append(case("l02_latin_some_chars_unconverted", "lat", dump(latin, f=g(None, only_converted=False, rate=0.3, fold=False)).encode(), "txt", latin.title, body(latin),
                  meta=meta(latin, "author")))
    c.append(case("l03_latin_farm_html_s2t", "lat", farm_html(latin, f=S2T, info="2026-04-22 18:05　来源：人民日报").encode(), "html", latin.title, body(latin),
                  meta=meta(latin, "author", publisher="人民日报", published="2026-04-22")))
    c.append(case("l04_own_pinyin_seed", "lat", dump(words, f=S2T).encode(), "txt", words.title, body(words), meta=meta(words, "publisher", "author")))
    c.append(case("l05_own_pinyin_plain", "lat", dump(words, f=g(None, fold=False)).encode(), "txt", words.title, body(words), meta=meta(words, "publisher", "author")))
    # s2t + readings, one reading's tone vowel lost to U+FFFD / to "?"; the reading is the repost's, it goes
    text = dump(latin, f=S2T)
    k = text.index("(wǎng)")
    c.append(case("l06_fffd_inside_reading", "lat", (text[:k] + "(w\ufffdng)" + text[k + 6 :]).encode(), "txt", latin.title, body(latin)))
    c.append(case("l07_question_inside_reading", "lat", (text[:k] + "(w?ng)" + text[k + 6 :]).encode(), "txt", latin.title, body(latin)))
    # every reading in tone numbers and the article's English name spelt in the same shape next to them
    c.append(case("l08_latin_tone3_every_char", "lat", dump(latin, f=g(style="tone3", only_converted=False, rate=0.6)).encode(), "txt", latin.title, body(latin),
                  meta=meta(latin, "author")))
    return c


# --- enc: text dumps in other encodings ------------------------------------------------------------------------

def enc_cases() -> list[A8]:
    c: list[A8] = []
    rep, photo, data, iv, com = T.REPORT, T.PHOTO, T.DATA, T.INTERVIEW, T.COMMENT
    text = dump(photo, f=S2T)
    c.append(case("e01_utf16le_bom_seed", "enc", b"\xff\xfe" + text.encode("utf-16-le"), "txt", photo.title, body(photo), meta=meta(photo, "publisher", "author")))
    c.append(case("e02_utf16le_nobom_seed", "enc", text.encode("utf-16-le"), "txt", photo.title, body(photo), meta=meta(photo, "publisher", "author")))
    c.append(case("e03_utf16be_bom_plain", "enc", b"\xfe\xff" + dump(com, nl="\r\n").encode("utf-16-be"), "txt", com.title, body(com)))
    c.append(case("e04_utf16be_nobom_s2t", "enc", dump(iv, f=g(rate=0.0)).encode("utf-16-be"), "txt", iv.title, body(iv), meta={"script": "simplified"}))
    rare = _story(data, (1, "乔雅婷", "乔䶮"), author="乔䶮")
    c.append(case("e05_gb18030_dump_ext_a_name", "enc", enc(dump(rare, f=g(style="tone3")), "gb18030"), "txt", rare.title, body(rare), meta=meta(rare, "author")))
    c.append(case("e06_big5_dump_mainland_tone3", "enc", enc(dump(rep, f=g("s2tw", style="tone3"), head=["久久精品國產免費觀看-亞洲日韓精品一區二區"], crumb=["當前位置：首頁 > 要聞"]), "big5"), "txt",
                  rep.title, body(rep), meta=meta(rep, "publisher", script="simplified")))
    c.append(case("e07_gb18030_bom_dump", "enc", b"\x841\x953" + enc(dump(com, f=S2T), "gb18030"), "txt", com.title, body(com)))
    return c


# --- hdr: spam headers and titles -------------------------------------------------------------------------------

SITE_LINES = ["久久精品资讯网 - 最新最全的免费资讯门户", "本站网址：www.jj99zx.com 备用网址：https://jj99zx.cc 永久地址发布页：jj99.vip",
              "关键词：国产精品,久久热,免费观看,在线视频,午夜影院"]


def hdr_cases() -> list[A8]:
    c: list[A8] = []
    rep, photo, iv, latin, com, words = T.REPORT, T.PHOTO, T.INTERVIEW, T.LATIN, T.COMMENT, T.WORDS
    c.append(case("h01_site_name_url_keyword_lines", "hdr", dump(photo, f=S2T, head=SITE_LINES).encode(), "txt", photo.title, body(photo), meta=meta(photo, "publisher")))
    c.append(case("h02_site_lines_no_blank_lines", "hdr", dump(latin, f=S2T, head=["\n".join(SITE_LINES)]).encode(), "txt", latin.title, body(latin), meta=meta(latin, "author")))
    nav = "设为首页 | 加入收藏 | 手机版 | 网站地图 | RSS订阅"
    c.append(case("h03_nav_line_and_spam", "hdr", dump(com, f=S2T, head=[a14.SPAM, nav]).encode(), "txt", com.title, body(com)))
    # the title repeated as the body's first line (a copy of the page's h1 and its article header)
    c.append(case("h04_title_repeated_in_body", "hdr", dump(iv, f=S2T, paras=[S2T(iv.title)] + [S2T(p) for p in iv.paras]).encode(), "txt", iv.title, body(iv)))
    c.append(case("h05_title_with_site_suffix_repeated", "hdr", dump(photo, f=S2T, title=S2T(photo.title) + "_社会频道_星空资讯网", paras=[S2T(photo.title)] + [S2T(p) for p in photo.paras]).encode(), "txt",
                  photo.title, body(photo), meta=meta(photo, "publisher")))
    c.append(case("h06_lenticular_site_url_header", "hdr", dump(words, f=S2T, head=["【久久资讯网】提供最新免费电影、电视剧在线观看【www.jj99zx.com】"]).encode(), "txt",
                  words.title, body(words), meta=meta(words, "publisher")))
    c.append(case("h07_english_spam_url_line", "hdr", dump(rep, f=S2T, head=["Free HD Movies Online - Watch Latest Films Free - www.hd99.tv", a14.SPAM]).encode(), "txt",
                  rep.title, body(rep), meta=meta(rep, "publisher")))
    # the interview's column prefix written with a half-width bar, the title duplicated after the info line
    c.append(case("h08_title_repeated_after_info", "hdr", dump(iv, f=S2T, info=["2026-06-15 07:30　来源：解放日报", S2T(iv.title)]).encode(), "txt", iv.title, body(iv),
                  meta={"publisher": "解放日报"}))
    return c


# --- foot: farm footers -----------------------------------------------------------------------------------------

def foot_cases() -> list[A8]:
    c: list[A8] = []
    rep, photo, latin, com = T.REPORT, T.PHOTO, T.LATIN, T.COMMENT
    tail = ["相关新闻", "· 全国政务服务平台用户突破10亿", "· 多地推出“跨省通办”新事项", "网友评论", "匿名网友：点赞，办事方便多了！", "分享到：微信 微博 QQ空间",
            "版权声明：本站所载文章均来自网络，版权归原作者所有，如有侵权请联系删除。", "Copyright © 2026 星空资讯网 京ICP备2026000123号-2"]
    c.append(case("f01_related_comments_share_copyright_icp", "foot", dump(rep, f=S2T, tail=tail).encode(), "txt", rep.title, body(rep), meta=meta(rep, "publisher")))
    tail = ["分享到：", "【版权声明】凡本网注明“来源：星空资讯网”的作品，版权均属于本网，未经授权不得转载。", "苏ICP备12045678号 苏公网安备32010202010123号"]
    c.append(case("f02_share_lenticular_copyright", "foot", dump(latin, f=S2T, tail=tail).encode(), "txt", latin.title, body(latin), meta=meta(latin, "author")))
    tail = ["网友评论", "已有3人参与　发表评论", "1楼 跑友老张 2026-06-09 08:12", "孩子们真棒，手艺要传下去。", "2楼 游客 2026-06-09 09:30", "支持非遗进校园！", "查看更多评论>>"]
    c.append(case("f03_numbered_comments", "foot", dump(photo, f=S2T, tail=tail).encode(), "txt", photo.title, body(photo), meta=meta(photo, "publisher")))
    tail = ["相关新闻", "老年人智能手机培训进社区", "适老化改造让生活更便利", "分享到：微信 朋友圈 微博", "版权声明：转载请注明出处", "粤ICP备2026123456号-1"]
    c.append(case("f04_footer_converted_glossed", "foot", dump(com, f=S2T, tail=tail).encode(), "txt", com.title, body(com)))
    return c


# --- meta: dates and sources in 【】 and 〔〕 ---------------------------------------------------------------------

def meta_cases() -> list[A8]:
    c: list[A8] = []
    latin, words, rep, photo = T.LATIN, T.WORDS, T.REPORT, T.PHOTO
    c.append(case("m01_lenticular_source_date_author", "meta", dump(latin, f=S2T, info=["【来源：人民网】【发布时间：2026-04-22 10:20】【作者：闵嘉言】"]).encode(), "txt",
                  latin.title, body(latin), meta={"publisher": "人民网", "published": "2026-04-22", "author": "闵嘉言"}))
    c.append(case("m02_tortoise_shell_date_source", "meta", dump(words, f=S2T, info=["〔2026-07-03 14:25　来源：中新网　作者：戚书瑶〕"]).encode(), "txt",
                  words.title, body(words), meta={"publisher": "中新网", "published": "2026-07-03", "author": "戚书瑶"}))
    c.append(case("m03_print_close_buttons_then_date", "meta", dump(rep, f=S2T, info=["【字号 大 中 小】【打印】【关闭】", "发布时间：2026年05月20日　来源：新华社"]).encode(), "txt",
                  rep.title, body(rep), meta={"publisher": "新华社", "published": "2026-05-20"}))
    c.append(case("m04_lenticular_date_glossed_plain_source", "meta", dump(photo, f=S2T, info=["【2026年06月08日】【来源：新华网】"]).encode(), "txt",
                  photo.title, body(photo), meta={"publisher": "新华社", "published": "2026-06-08"}))  # the dateline's agency wrote it; 新华网 is its site
    return c


# --- word: the farms' chrome words inside the article's sentences ---------------------------------------------

def word_cases() -> list[A8]:
    c: list[A8] = []
    w = T.CHROMEWORDS
    c.append(case("w01_chrome_words_seed", "word", dump(w, f=S2T).encode(), "txt", w.title, body(w), meta=meta(w, "author")))
    c.append(case("w02_chrome_words_plain", "word", dump(w).encode(), "txt", w.title, body(w), meta=meta(w, "author")))
    c.append(case("w03_chrome_words_farm_html", "word", farm_html(w, f=S2T).encode(), "html", w.title, body(w), meta=meta(w, "author")))
    tail = ["相关新闻", "公交站台加装语音播报设备", "分享到：微信 微博", "版权声明：本站部分内容来自网络"]
    c.append(case("w04_chrome_words_and_real_chrome", "word", dump(w, f=S2T, crumb=["当前位置：首页 > 本地 > 交通"], tail=tail).encode(), "txt", w.title, body(w),
                  meta=meta(w, "author")))
    c.append(case("w05_chrome_words_crlf_no_blank", "word", dump(w, f=g(rate=0.0), nl="\r\n", sep="\n").encode(), "txt", w.title, body(w), meta=meta(w, "author")))
    return c


# --- ctl: genuine traditional originals under the same mechanics ----------------------------------------------

def ctl_cases() -> list[A8]:
    from a14_texts import METRO_TW, VACCINE_HK
    c: list[A8] = []
    tw_spam = "久久精品國產免費觀看-亞洲日韓精品一區二區-午夜福利影院高清"
    c.append(case("c01_tw_cr_only_big5", "ctl", enc(dump(METRO_TW, head=[tw_spam], crumb=["首頁 > 地方 > 新北"], nl="\r"), "big5"), "txt", METRO_TW.title, body(METRO_TW),
                  meta={"script": "traditional", "publisher": "中央社"}))
    c.append(case("c02_hk_entities_utf16", "ctl", b"\xff\xfe" + entities(dump(VACCINE_HK, head=[tw_spam], crumb=["主頁 > 港聞"])).encode("utf-16-le"), "txt",
                  VACCINE_HK.title, body(VACCINE_HK), meta={"script": "traditional"}))
    c.append(case("c03_tw_hard_wrap", "ctl", wrap(dump(METRO_TW, head=[tw_spam], crumb=["首頁 > 地方 > 新北"]), 38).encode(), "txt", METRO_TW.title, body(METRO_TW),
                  meta={"script": "traditional", "author": "林宜蓁"}))
    return c


def build_all() -> list[A8]:
    return gen_cases() + dump_cases() + lat_cases() + enc_cases() + hdr_cases() + foot_cases() + meta_cases() + word_cases() + ctl_cases()


__all__ = ["EM", "build_all", "ob"]
