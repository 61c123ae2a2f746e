# ruff: noqa: E501
"""The audit's cases: an original article, the repost's bytes, and what decoding it should give.

Each builder returns a :class:`Case`; ``lossy`` marks pages whose bytes lost text for good
(U+FFFD, 锟斤拷), where only the damaged spot may differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from articles import ARTICLES, Article
from obfuscate import annotate, annotate_words, converter, fold, lost_lead, mojibake, radicals, zero_width
from templates import SPAM, Page, dedecms, discuz, phpcms, plain_news, text_dump, wordpress

ICP = "版权所有 © 2026 某某资讯网 京ICP备20261234号-1 京公网安备11010502030001号"
ICP_TW = "版權所有 © 2026 某某資訊網 京ICP備20261234號-1"
RELATED = ["本市启动夏季用电高峰保障工作", "周末天气晴好适宜出行", "多部门联合开展食品安全检查"]


@dataclass
class Case:
    name: str
    kind: str  # "text" or "html"
    data: bytes
    title: str
    body: str
    content_type: str | None = None
    url: str | None = None
    lossy: bool = False
    note: str = ""
    expect: dict[str, str | None] = field(default_factory=dict)  # metadata fields to check


def obf(lines: list[str], config: str | None, style: str = "tone", brackets: str = "()", rate: float = 0.6,
        folded: bool = True, ruby: bool = False) -> list[str]:
    out = [annotate(x, config, style, brackets, rate, ruby=ruby) for x in lines]
    return [fold(x) for x in out] if folded else out


def _text_case(name: str, a: Article, lines: list[str], page: Page, codec: str = "utf-8", **kw: object) -> Case:
    title, *paras = lines
    text = text_dump(title, paras, page)
    if codec != "utf-8":  # legacy codecs have no NBSP/em space: the dump carries what they can
        text = text.replace("\xa0", " ").replace("\u2003", "\u3000")
    data = text.encode(codec)
    return Case(name, "text", data, a.title, a.body, **kw)  # type: ignore[arg-type]


def conv(s: str, config: str) -> str:
    out: str = converter(config).convert(s)
    return out


def _crumb(config: str | None, style: str = "tone") -> str:
    return fold(annotate("当前位置 : 首页 > 资讯中心 > 社会民生", config, style))


# ---------------------------------------------------------------- text dumps shaped like the seed
def t_seedlike() -> Case:
    a = ARTICLES["zh_elder"]
    return _text_case("t_seedlike_s2tw_tone", a, obf([a.title, *a.paras], "s2tw"),
                      Page(spam=SPAM["zh"], crumb=_crumb("s2tw")), note="seed recipe on another article")


def t_tone3_s2t() -> Case:
    a = ARTICLES["zh_farm"]
    return _text_case("t_s2t_tone3_fullwidth", a, obf([a.title, *a.paras], "s2t", "tone3", "（）"),
                      Page(spam=SPAM["zh2"], crumb=_crumb("s2t", "tone3"), indent="\u3000\u3000"))


def t_toneless_hk() -> Case:
    a = ARTICLES["zh_ai"]
    lines = [zero_width(x, i) for i, x in enumerate(obf([a.title, *a.paras], "s2hk", "none", "【】"))]
    return _text_case("t_s2hk_toneless_lenticular_zw", a, lines, Page(spam=SPAM["bet"], crumb=_crumb("s2hk", "none")))


def t_zhuyin() -> Case:
    a = ARTICLES["zh_river"]
    return _text_case("t_s2tw_zhuyin_bare", a, obf([a.title, *a.paras], "s2tw", "zhuyin", ""),
                      Page(spam=SPAM["zh"], crumb=_crumb("s2tw", "zhuyin")))


def t_zhuyin_brackets() -> Case:
    a = ARTICLES["zh_elder"]
    return _text_case("t_s2tw_zhuyin_parens", a, obf([a.title, *a.paras], "s2tw", "zhuyin", "()"),
                      Page(spam=SPAM["zh"], crumb=_crumb("s2tw", "zhuyin")))


def t_word_pinyin() -> Case:
    a = ARTICLES["zh_farm"]
    lines = [fold(annotate_words(x, "s2tw")) for x in [a.title, *a.paras]]
    return _text_case("t_word_level_pinyin", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")),
                      note="網絡(wǎng luò): one annotation per word")


def t_nopinyin_evidence() -> Case:
    a = ARTICLES["zh_river"]
    return _text_case("t_s2tw_nopinyin_publisher", a, obf([a.title, *a.paras], "s2tw", "off"),
                      Page(spam=SPAM["tw"], crumb=conv("当前位置：首页 > 社会", "s2tw")), note="中新網 dateline only")


def t_nopinyin_noevidence() -> Case:
    a = ARTICLES["zh_farm"]
    paras = list(a.paras)
    paras[0] = paras[0].replace("人民网贵阳4月18日电 ", "")
    b = Article(a.key, a.lang, a.title, tuple(paras))
    lines = obf([b.title, *b.paras], "s2tw", "off", folded=False)
    return _text_case("t_s2tw_nopinyin_nodateline", b, lines, Page(spam=SPAM["tw"], crumb=conv("当前位置：首页 > 社会", "s2tw")),
                      note="a mainland article converted with no pinyin; only 網絡/物流 vocabulary")


def t_s2twp() -> Case:
    a = ARTICLES["zh_ai"]
    return _text_case("t_s2twp_vocab_pinyin", a, obf([a.title, *a.paras], "s2twp"),
                      Page(spam=SPAM["zh"], crumb=_crumb("s2twp")), note="s2twp swaps 软件->軟體 etc.")


def t_lost_lead() -> Case:
    a = ARTICLES["zh_elder"]
    lines = obf([a.title, *a.paras], "s2tw")
    lines[2], lost = lost_lead(lines[2], "gbk", 1)
    return _text_case("t_lost_lead_gbk", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")), note=f"lost {lost}")


def t_lost_lead_big5() -> Case:
    a = ARTICLES["zh_river"]
    lines = obf([a.title, *a.paras], "s2tw", rate=0.5)
    lines[3], lost = lost_lead(lines[3], "big5", 2)
    return _text_case("t_lost_lead_big5", a, lines, Page(spam=SPAM["tw"], crumb=_crumb("s2tw")), note=f"lost {lost}")


def t_fffd() -> Case:
    a = ARTICLES["zh_farm"]
    lines = obf([a.title, *a.paras], "s2tw")
    i = lines[2].index("物流")
    lines[2] = lines[2][:i] + "\ufffd\ufffd\ufffd\ufffd" + lines[2][i + 2:]
    return _text_case("t_fffd_run", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")), lossy=True)


def t_kunjinkao() -> Case:
    a = ARTICLES["zh_ai"]
    lines = [a.title, *a.paras]
    i = lines[2].index("垃圾")
    lines[2] = lines[2][:i] + "锟斤拷锟斤拷" + lines[2][i + 2:]
    return _text_case("t_kunjinkao", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 教育"), lossy=True)


def t_radicals() -> Case:
    a = ARTICLES["zh_river"]
    lines = [a.title] + [radicals(p) for p in a.paras]
    return _text_case("t_kangxi_radicals", a, lines, Page(spam=SPAM["zh2"], crumb="当前位置：首页 > 生态"))


def t_meta_lines() -> Case:
    a = ARTICLES["zh_elder"]
    page = Page(spam=SPAM["zh"], crumb="您现在的位置：首页 > 新闻中心 > 国内新闻",
                meta_line="发布时间：2026-03-05 10:21:33　来源：新华网　作者：王林　浏览次数：1288",
                after=["", "（责任编辑：赵敏）", "", "分享到：微信 微博 QQ空间", "上一篇：周末天气晴好适宜出行",
                       "下一篇：本市启动夏季用电高峰保障工作", ""],
                related=RELATED, footer=["关于我们 | 联系我们 | 广告服务 | 网站地图", ICP])
    return _text_case("t_meta_source_editor_related_icp", a, [a.title, *a.paras], page,
                      expect={"published": "2026-03-05T10:21:33", "publisher": "新华网"})


def t_gbk_bytes() -> Case:
    a = ARTICLES["zh_farm"]
    return _text_case("t_gbk_bytes_trad_pinyin", a, obf([a.title, *a.paras], "s2t", "tone", "()"),
                      Page(spam=SPAM["zh"], crumb=_crumb("s2t")), codec="gbk")


def t_big5_bytes() -> Case:
    a = ARTICLES["zh_elder"]
    lines = obf([a.title, *a.paras], "s2tw", "tone3", "()")
    return _text_case("t_big5_bytes_tone3", a, lines, Page(spam=SPAM["tw"], crumb=_crumb("s2tw", "tone3")), codec="big5")


def t_taiwan() -> Case:
    a = ARTICLES["tw_mrt"]
    return _text_case("t_taiwan_genuine", a, [a.title, *a.paras],
                      Page(spam=SPAM["tw"], crumb="當前位置：首頁 > 交通 > 台北"))


def t_taiwan_big5_ascii() -> Case:
    a = ARTICLES["tw_mrt"]
    return _text_case("t_taiwan_big5_folded", a, [fold(x) for x in [a.title, *a.paras]],
                      Page(spam=SPAM["tw"], crumb="當前位置：首頁 > 交通"), codec="big5")


def t_hk() -> Case:
    a = ARTICLES["hk_bus"]
    return _text_case("t_hongkong_genuine_big5hkscs", a, [a.title, *a.paras],
                      Page(spam=SPAM["tw"], crumb="當前位置：首頁 > 港聞"), codec="big5hkscs")


def t_lesson() -> Case:
    a = ARTICLES["zh_lesson"]
    return _text_case("t_trap_pinyin_lesson", a, [a.title, *a.paras], Page(spam=SPAM["zh"], crumb="当前位置：首页 > 教育"))


def t_place_pinyin() -> Case:
    a = ARTICLES["zh_place"]
    return _text_case("t_trap_placename_pinyin", a, [a.title, *a.paras], Page(spam=SPAM["zh2"], crumb="当前位置：首页 > 文化"),
                      note="蔚（yù）县: a genuine reading in a simplified original")


def t_place_pinyin_s2t() -> Case:
    a = ARTICLES["zh_place"]
    return _text_case("t_trap_placename_pinyin_s2tw", a, obf([a.title, *a.paras], "s2tw"),
                      Page(spam=SPAM["zh2"], crumb=_crumb("s2tw")), note="reposter pinyin + the article's own （yù）")


def t_names() -> Case:
    a = ARTICLES["zh_names"]
    return _text_case("t_trap_names_partyorg_s2tw", a, obf([a.title, *a.paras], "s2tw"),
                      Page(spam=SPAM["zh"], crumb=_crumb("s2tw")), note="李明（Li Ming） folded to ASCII")


def t_mojibake_quote() -> Case:
    a = ARTICLES["zh_mojibake"]
    return _text_case("t_trap_quotes_mojibake", a, [a.title, *a.paras], Page(spam=SPAM["zh"], crumb="当前位置：首页 > 科技"))


def t_title_mojibake() -> Case:
    a = ARTICLES["zh_farm"]
    lines = [mojibake(a.title, "gb18030"), *a.paras]
    return _text_case("t_title_utf8_as_gb18030_lossless", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 三农"))


def t_title_mojibake_lossy() -> Case:
    a = ARTICLES["zh_ai"]
    lines = [mojibake(a.title, "gbk"), *a.paras]
    return _text_case("t_title_utf8_as_gbk_lossy", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 教育"), lossy=True)


def t_para_latin1() -> Case:
    a = ARTICLES["zh_river"]
    lines = [a.title, *a.paras]
    lines[2] = mojibake(lines[2], "cp1252")
    return _text_case("t_para_utf8_as_cp1252", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 生态"))


def t_para_cp1251() -> Case:
    a = ARTICLES["zh_lesson"]
    lines = [a.title, *a.paras]
    lines[1] = mojibake(lines[1], "cp1251")
    return _text_case("t_para_utf8_as_cp1251", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 教育"))


def t_para_gbk_moji() -> Case:
    a = ARTICLES["zh_farm"]
    lines = [a.title, *a.paras]
    lines[3] = mojibake(lines[3], "gbk")
    return _text_case("t_para_utf8_as_gbk_lossy", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 三农"), lossy=True)


def t_tw_cross() -> Case:
    a = ARTICLES["tw_cross"]
    return _text_case("t_taiwan_genuine_cites_mainland", a, [a.title, *a.paras],
                      Page(spam=SPAM["tw"], crumb="當前位置：首頁 > 兩岸"), note="新華社/中共中央 quoted by a Taiwan paper")


def t_stream() -> Case:
    a = ARTICLES["zh_stream"]
    return _text_case("t_trap_spamword_title_short_para", a, [a.title, *a.paras],
                      Page(spam=SPAM["zh"], crumb="当前位置：首页 > 法治"), note="title made of 直播/免费/观看; 已有…; 未经授权")


def t_meta_dates(fmt: str, line: str, iso: str) -> Callable[[], Case]:
    def build() -> Case:
        a = ARTICLES["zh_river"]
        page = Page(spam=SPAM["zh"], crumb="当前位置：首页 > 生态", meta_line=line, after=["", "责任编辑：孙悦"], footer=[ICP])
        return _text_case(f"t_date_{fmt}", a, [a.title, *a.paras], page, expect={"published": iso})
    return build


def t_clean() -> Case:
    a = ARTICLES["zh_ai"]
    data = (a.title + "\n\n" + "\n\n".join(a.paras) + "\n").encode()
    return Case("t_clean_original_zh", "text", data, a.title, a.body)


def t_clean_names() -> Case:
    a = ARTICLES["zh_names"]
    data = (a.title + "\n" + "\n".join(a.paras) + "\n").encode()
    return Case("t_clean_original_names", "text", data, a.title, a.body)


def t_no_blank_nbsp() -> Case:
    a = ARTICLES["zh_elder"]
    lines = [zero_width(x, 7, 11, "\u200b\u200c\u200d\ufeff") for x in obf([a.title, *a.paras], "s2tw", "tone", "（）")]
    page = Page(spam=SPAM["zh"], crumb=_crumb("s2tw"), indent="\xa0\xa0\xa0\xa0", blank_lines=False)
    return _text_case("t_nbsp_indent_mixed_zw", a, lines, page)


# ---------------------------------------------------------------- HTML spam CMS pages
def _html_case(name: str, a: Article, html: str, codec: str, ct: str | None, **kw: object) -> Case:
    return Case(name, "html", html.encode(codec, "xmlcharrefreplace"), a.title, a.body, content_type=ct,
                url=kw.pop("url", "http://www.zixun-example.cn/a/8812.html"), **kw)  # type: ignore[arg-type]


def h_dede_gbk() -> Case:
    a = ARTICLES["zh_elder"]
    page = Page(spam=SPAM["zh"], crumb='当前位置: <a href="/">主页</a> > <a href="/news/">新闻</a> >',
                related=RELATED, footer=["Copyright &copy; 2002-2026 资讯网 版权所有", ICP])
    html = dedecms(a.title, list(a.paras), page, "gb2312")
    return _html_case("h_dedecms_gb2312_clean", a, html, "gbk", None, expect={"publisher": "新华社", "published": "2026-03-05T10:21:00"})


def h_dede_lying() -> Case:
    a = ARTICLES["zh_farm"]
    lines = obf([a.title, *a.paras], "s2t")
    page = Page(spam=SPAM["zh"], crumb='当前位置: <a href="/">主页</a> > <a href="/news/">新闻</a> >', related=RELATED, footer=[ICP])
    html = dedecms(lines[0], lines[1:], page, "utf-8")
    return _html_case("h_dedecms_gbk_labelled_utf8", a, html, "gbk", "text/html; charset=utf-8")


def h_dede_hidden() -> Case:
    a = ARTICLES["zh_river"]
    hidden = f'<div style="display:none">{SPAM["zh"]}</div><div id="kw" style="position:absolute;left:-9999px">{SPAM["bet"]}</div>'
    paras = [p[:20] + f'<span style="display:none">{SPAM["zh2"][:12]}</span>' + p[20:] + '<font style="font-size:0px;color:#fff">午夜福利</font>'
             for p in a.paras]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, paras, page, "utf-8", hidden=hidden)
    return _html_case("h_dedecms_hidden_keywords", a, html, "utf-8", None)


def h_php_utf8_gbk_label() -> Case:
    a = ARTICLES["zh_farm"]
    page = Page(spam=SPAM["zh2"], related=RELATED, footer=[ICP])
    html = phpcms(a.title, list(a.paras), page, "gbk")
    return _html_case("h_phpcms_utf8_labelled_gbk", a, html, "utf-8", "text/html; charset=GBK")


def h_php_multipage() -> Case:
    a = ARTICLES["zh_elder"]
    pages = ('<a class="a1" href="/html/news/612.html">上一页</a> <span>1</span> <a href="/html/news/612_2.html">2</a> '
             '<a class="a1" href="/html/news/612_2.html">下一页</a>')
    page = Page(spam=SPAM["zh2"], related=RELATED, footer=[ICP])
    html = phpcms(a.title, list(a.paras[:2]), page, "utf-8", pages_html=pages, pub="2026-03-05 10:21:33", source="新华网")
    c = _html_case("h_phpcms_multipage_p1", a, html, "utf-8", None, url="http://www.zixun-example.cn/html/news/612.html")
    c.body = "\n".join(a.paras[:2])
    c.expect = {"published": "2026-03-05T10:21:33"}
    return c


def h_php_trad_pinyin_gb18030() -> Case:
    a = ARTICLES["zh_ai"]
    lines = obf([a.title, *a.paras], "s2tw", "tone", "（）")
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP_TW])
    html = phpcms(lines[0], lines[1:], page, "gb2312", source="本站")
    return _html_case("h_phpcms_gb18030_meta_gb2312_trad", a, html, "gb18030", None)


def h_ruby() -> Case:
    a = ARTICLES["zh_river"]
    lines = obf([a.title, *a.paras], "s2tw", ruby=True)
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(lines[0], lines[1:], page, "utf-8")
    return _html_case("h_ruby_pinyin_s2tw", a, html, "utf-8", None)


def h_gb18030_nolabel() -> Case:
    a = ARTICLES["zh_place"]
    page = Page(spam=SPAM["bet"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, list(a.paras), page, "").replace('<meta http-equiv="Content-Type" content="text/html; charset=" />', "")
    return _html_case("h_gb18030_nolabel_placename", a, html, "gb18030", None)


def h_discuz_big5() -> Case:
    a = ARTICLES["tw_mrt"]
    page = Page(spam="台灣論壇", footer=["Copyright © 2001-2026 台灣論壇 版權所有"])
    html = discuz(a.title, list(a.paras), page, "big5")
    return _html_case("h_discuz_big5_taiwan", a, html, "big5", "text/html", url="http://bbs.example.tw/thread-4411-1-1.html", expect={"published": "2026-05-12T21:08:00"})


def h_discuz_big5_lying() -> Case:
    a = ARTICLES["hk_bus"]
    page = Page(spam="香港討論區", footer=["Copyright © 2026 香港討論區"])
    html = discuz(a.title, list(a.paras), page, "gbk")
    return _html_case("h_discuz_big5hkscs_labelled_gbk", a, html, "big5hkscs", "text/html; charset=gbk",
                      url="http://forum.example.hk/thread-88-1-1.html")


def h_wp_en_mojibake() -> Case:
    a = ARTICLES["en_port"]
    paras = list(a.paras)
    paras[1] = mojibake(paras[1], "cp1252")
    page = Page(spam="Best Online Casino Bonus 2026 | Free Slots", related=["Bridge repairs to close lanes", "School board approves budget"],
                footer=["Copyright © 2026 City Desk. All rights reserved."])
    html = wordpress(a.title, paras, page, comments=["Finally! I work a late shift at the hospital.", "Fog will kill this idea by November."])
    return _html_case("h_wordpress_en_cp1252_paragraph", a, html, "utf-8", "text/html; charset=UTF-8",
                      url="https://citydesk.example.com/2026/02/10/ferry/",
                      expect={"published": "2026-02-10T08:30:00+00:00", "author": "Staff Writer"})


def h_wp_es_cp1252() -> Case:
    a = ARTICLES["es_water"]
    page = Page(spam="Noticias", related=["Corte de tráfico en la avenida", "Nuevo horario del mercado"],
                footer=["© 2026 Diario Local. Todos los derechos reservados."])
    html = wordpress(a.title, list(a.paras), page, charset="UTF-8", lang="es-ES", date_text="10 de febrero de 2026",
                     author="Redacción", comments=["Ya era hora."])
    return _html_case("h_wordpress_es_cp1252_labelled_utf8", a, html, "cp1252", "text/html; charset=utf-8",
                      url="https://diario.example.es/2026/02/10/agua/")


def h_ru_cp1251() -> Case:
    a = ARTICLES["ru_school"]
    page = Page(spam="Новости", related=["Ремонт моста начнётся в мае", "В городе откроют новый парк"],
                footer=["© 2026 Городские новости. Все права защищены."])
    html = wordpress(a.title, list(a.paras), page, charset="utf-8", lang="ru-RU", date_text="10 февраля 2026",
                     author="Ирина Петрова")
    html = html.replace('<meta charset="utf-8">', "")
    return _html_case("h_wordpress_ru_cp1251_nolabel", a, html, "cp1251", None, url="https://news.example.ru/2026/02/10/schools/")


def h_ru_koi8() -> Case:
    a = ARTICLES["ru_school"]
    page = Page(related=["Ремонт моста начнётся в мае"], footer=["© 2026 Городские новости"])
    html = wordpress(a.title, list(a.paras), page, charset="windows-1251", lang="ru-RU", date_text="10 февраля 2026")
    return _html_case("h_wordpress_ru_koi8r_labelled_1251", a, html, "koi8-r", None, url="https://news.example.ru/2026/02/10/schools/")


def h_ja_sjis() -> Case:
    a = ARTICLES["ja_library"]
    html = plain_news(a.title, list(a.paras), "Shift_JIS", "ja", "市政担当", "2026年2月10日")
    return _html_case("h_ja_shiftjis_header_latin1", a, html, "shift_jis", "text/html; charset=ISO-8859-1",
                      url="https://news.example.jp/2026/02/10/library.html")


def h_ja_sjis_nolabel() -> Case:
    a = ARTICLES["ja_library"]
    html = plain_news(a.title, list(a.paras), None, "ja", "", "")
    return _html_case("h_ja_cp932_nolabel", a, html, "cp932", None, url="https://news.example.jp/a.html")


def h_clean_zh() -> Case:
    a = ARTICLES["zh_names"]
    html = plain_news(a.title, list(a.paras), "utf-8", "zh-CN", "新华社记者", "2026-05-20")
    return _html_case("h_clean_original_zh", a, html, "utf-8", "text/html; charset=utf-8", url="https://news.example.cn/2026/05/20/a.html")


def h_clean_en() -> Case:
    a = ARTICLES["en_port"]
    html = plain_news(a.title, list(a.paras), "utf-8", "en", "By Dana Reyes", "Feb. 10, 2026")
    return _html_case("h_clean_original_en", a, html, "utf-8", None, url="https://daily.example.com/ferry")


def h_title_mojibake() -> Case:
    a = ARTICLES["zh_farm"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(mojibake(a.title, "gb18030"), list(a.paras), page, "utf-8")
    return _html_case("h_title_utf8_as_gbk", a, html, "utf-8", None)


def h_lesson_ruby() -> Case:
    a = ARTICLES["zh_lesson"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    paras = [p.replace("步行（xíng）", "步<ruby>行<rt>xíng</rt></ruby>") for p in a.paras]
    html = dedecms(a.title, paras, page, "utf-8")
    c = _html_case("h_trap_lesson_ruby", a, html, "utf-8", None)
    c.note = "lesson with a <ruby>; expected keeps the reading as （xíng）? see report"
    c.body = a.body.replace("步行（xíng）", "步行")
    return c


def h_en_market() -> Case:
    a = ARTICLES["en_market"]
    page = Page(spam="Crypto Signals | Forex Bonus", related=["Bank shares slip", "Mortgage rates ease"],
                footer=["Copyright © 2026 Money Desk"])
    html = wordpress(a.title, list(a.paras), page, comments=["Good news for savers."])
    return _html_case("h_wordpress_en_share_prices", a, html, "utf-8", None, url="https://money.example.com/2026/02/10/bank/")


def h_dede_entities() -> Case:
    a = ARTICLES["zh_elder"]
    paras = [p.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("、", "&#12289;") for p in a.paras]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, paras, page, "utf-8")
    return _html_case("h_dedecms_entities_ldquo", a, html, "utf-8", None)


def h_hk_cross() -> Case:
    a = ARTICLES["tw_cross"]
    page = Page(spam="兩岸論壇", footer=["Copyright © 2026 兩岸論壇"])
    html = discuz(a.title, list(a.paras), page, "big5")
    return _html_case("h_discuz_taiwan_cites_mainland_big5", a, html, "big5", None, url="http://bbs.example.tw/thread-9-1-1.html")


def t_title_first() -> Case:
    a = ARTICLES["zh_river"]
    lines = obf([a.title, *a.paras], "s2tw")
    text = text_dump(lines[0], lines[1:], Page(spam=SPAM["zh"], crumb=_crumb("s2tw")))
    data = (lines[0] + "_某某资讯网\n" + text).encode()
    return Case("t_html_title_line_first", "text", data, a.title, a.body, note="dump starts with the <title> text")


def t_wrapped() -> Case:
    a = ARTICLES["zh_elder"]
    wrapped = ["\n".join(p[i:i + 38] for i in range(0, len(p), 38)) for p in a.paras]
    data = (SPAM["zh"] + "\n\n当前位置：首页 > 社会\n\n" + a.title + "\n\n" + "\n\n".join(wrapped) + "\n").encode()
    return Case("t_hard_wrapped_dump", "text", data, a.title, a.body, note="lines wrapped at 38 chars, blank line between paragraphs")


def t_comments() -> Case:
    a = ARTICLES["zh_farm"]
    page = Page(spam=SPAM["zh"], crumb="当前位置：首页 > 三农",
                after=["", "网友评论", "山里的孩子 2026-04-18 10:02", "支持家乡的好东西！", "老周 2026-04-18 11:30",
                       "上次买的枇杷很甜，还会再买。", "发表评论", "已有2条评论", ""], footer=[ICP])
    return _text_case("t_comment_section", a, [a.title, *a.paras], page)


def t_en_dump() -> Case:
    a = ARTICLES["en_port"]
    page = Page(spam="Free Movies Online | Watch HD Films | Best Casino Bonus 2026 | Slots", crumb="Home > News > Local",
                meta_line="Posted: February 10, 2026 | Source: Harborview Gazette", after=["", "Share this: Facebook Twitter Email", ""],
                related=["Bridge repairs to close lanes", "School board approves budget"], related_head="Related Articles",
                footer=["Copyright © 2026 NewsHub. All rights reserved."], indent="")
    return _text_case("t_en_text_repost", a, [a.title, *a.paras], page, expect={"published": "2026-02-10"})


def t_ru_dump() -> Case:
    a = ARTICLES["ru_school"]
    page = Page(spam="скачать фильмы бесплатно | онлайн казино | порно", crumb="Главная » Новости » Образование",
                meta_line="Опубликовано: 10 февраля 2026, 09:15", after=["", "Источник: Областные вести", ""],
                related=["Ремонт моста начнётся в мае", "В городе откроют новый парк"], related_head="Читайте также:",
                footer=["© 2026 Все права защищены."], indent="")
    return _text_case("t_ru_text_repost_cp1251", a, [a.title, *a.paras], page, codec="cp1251")


def t_es_dump() -> Case:
    a = ARTICLES["es_water"]
    page = Page(spam="casino online gratis - apuestas deportivas - slots", crumb="Inicio > Noticias > Local",
                meta_line="Publicado el 10 de febrero de 2026", after=["", "Fuente: Diario del Norte", "Compartir: Facebook Twitter", ""],
                related=["Corte de tráfico en la avenida"], related_head="Noticias relacionadas", footer=["© 2026 Todos los derechos reservados."], indent="")
    return _text_case("t_es_text_repost_latin1", a, [a.title, *a.paras], page, codec="latin-1")


def t_ja_dump() -> Case:
    a = ARTICLES["ja_library"]
    page = Page(spam="無料動画 エロ アダルト 出会い 無料 オンラインカジノ", crumb="ホーム > ニュース > 地域",
                meta_line="2026年2月10日 9時15分", related=["市バス、新路線を開設", "駅前広場の再整備始まる"], related_head="関連記事",
                footer=["Copyright © 2026 地域ニュース 無断転載を禁じます"], indent="\u3000")
    return _text_case("t_ja_text_repost_eucjp", a, [a.title, *a.paras], page, codec="euc_jp")


def h_php_page2() -> Case:
    a = ARTICLES["zh_elder"]
    pages = ('<a class="a1" href="/html/news/612.html">上一页</a> <a href="/html/news/612.html">1</a> <span>2</span> '
             '<a class="a1" href="/html/news/612_2.html">下一页</a>')
    page = Page(spam=SPAM["zh2"], related=RELATED, footer=[ICP])
    html = phpcms(a.title + "(2)", list(a.paras[2:]), page, "utf-8", pages_html=pages, pub="2026-03-05 10:21:33", source="新华网")
    c = _html_case("h_phpcms_multipage_p2", a, html, "utf-8", None, url="http://www.zixun-example.cn/html/news/612_2.html")
    c.body = "\n".join(a.paras[2:])
    c.note = "page 2 title carries (2): expected the bare title"
    return c


def fuzz_cases(n: int = 80, seed: int = 7) -> list[Case]:
    """Seed-recipe variants: article x converter x pinyin style x brackets x rate x fold x indent x codec,
    a spam header and a breadcrumb (60% the usual forms, 40% the variants of SPAM_VARIANTS and
    CRUMB_VARIANTS), a question title in one page in five, and one lost lead byte in a third of the UTF-8
    pages (the first spot of a paragraph: some are ambiguous and only flagged)."""
    import random

    rng = random.Random(seed)
    keys = ["zh_elder", "zh_farm", "zh_ai", "zh_river", "zh_place", "zh_names", "zh_mojibake", "zh_grain", "zh_book"]
    spams, spam_variants = list(SPAM.values()), list(SPAM_VARIANTS.values())
    crumbs = ["当前位置 : 首页 > 资讯中心 > 时政要闻", "您现在的位置：首页 > 新闻 > 社会", "首页 > 国内新闻 > 正文"]
    crumb_variants = list(CRUMB_VARIANTS.values())
    out = []
    for i in range(n):
        a = ARTICLES[rng.choice(keys)]
        if rng.random() < 0.2:
            a = Article(a.key, a.lang, a.title + rng.choice(["？", "！"]), a.paras)
        config = rng.choice(["s2t", "s2tw", "s2hk"])
        style = rng.choice(["tone", "tone", "tone3", "none", "zhuyin"])
        brackets = rng.choice(["()", "()", "（）", "【】"])
        rate, folded = rng.choice([0.3, 0.6, 1.0]), rng.random() < 0.8
        codec = rng.choice(["utf-8", "utf-8", "utf-8", "gb18030", "big5"])
        if codec == "big5" and style == "tone":
            style = "tone3"
        lines = obf([a.title, *a.paras], config, style, brackets, rate, folded)
        if rng.random() < 0.3:
            lines = [zero_width(x, i) for x in lines]
        damaged = ""
        if rng.random() < 0.33 and codec == "utf-8":
            k = rng.randrange(1, len(lines))
            try:
                lines[k], lost = lost_lead(lines[k], "gbk", 0)
                damaged = f"_lost{lost}"
            except IndexError:
                pass
        crumb = rng.choice(crumbs if rng.random() < 0.6 else crumb_variants)
        crumb = fold(annotate(crumb, config, "tone3" if codec == "big5" else style))
        page = Page(spam=rng.choice(spams if rng.random() < 0.6 else spam_variants), crumb=crumb,
                    indent=rng.choice(["\u2003\u2003", "\u3000\u3000", "\xa0\xa0\xa0\xa0", ""]))
        name = f"f{i:02d}_{a.key}_{config}_{style}_{brackets}_{rate}_{'fold' if folded else 'keep'}_{codec}{damaged}"
        try:
            out.append(_text_case(name, a, lines, page, codec=codec))
        except UnicodeEncodeError:
            continue
    return out


def t_crlf_bom() -> Case:
    a = ARTICLES["zh_ai"]
    lines = obf([a.title, *a.paras], "s2tw")
    text = text_dump(lines[0], lines[1:], Page(spam=SPAM["zh"], crumb=_crumb("s2tw")))
    return Case("t_crlf_bom_seedlike", "text", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(), a.title, a.body)


def t_gbk_crumb_lost() -> Case:
    a = ARTICLES["zh_farm"]
    lines = obf([a.title, *a.paras], "s2tw", rate=1.0)
    lines[2], lost = lost_lead(lines[2], "gbk", 0)
    return _text_case("t_lost_lead_gbk_rate1", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")), note=f"lost {lost}")


def h_utf8_one_bad_byte() -> Case:
    a = ARTICLES["zh_river"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    data = dedecms(a.title, list(a.paras), page, "utf-8").encode()
    i = data.index("江豚在船边".encode()) + 3 + 1  # drop one continuation byte of 豚
    c = Case("h_utf8_one_truncated_char", "html", data[:i] + data[i + 1:], a.title, a.body, url="http://www.zixun-example.cn/a/1.html",
             lossy=True, note="one UTF-8 continuation byte lost")
    return c


def h_mixed_gbk_paragraph() -> Case:
    a = ARTICLES["zh_farm"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    marker = "@@P3@@"
    paras = list(a.paras)
    paras[2] = marker
    data = dedecms(a.title, paras, page, "utf-8").encode()
    data = data.replace(marker.encode(), a.paras[2].encode("gbk"))
    return Case("h_utf8_page_one_gbk_paragraph", "html", data, a.title, a.body, url="http://www.zixun-example.cn/a/2.html",
                note="template UTF-8, one paragraph's bytes GBK")


def h_header_right_meta_wrong() -> Case:
    a = ARTICLES["zh_ai"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, list(a.paras), page, "utf-8")
    return _html_case("h_gbk_header_right_meta_utf8", a, html, "gbk", "text/html; charset=GBK")


def t_utf8_one_bad_byte() -> Case:
    a = ARTICLES["zh_elder"]
    lines = obf([a.title, *a.paras], "s2tw")
    data = text_dump(lines[0], lines[1:], Page(spam=SPAM["zh"], crumb=_crumb("s2tw"))).encode()
    i = data.index("老人".encode()) + 1
    return Case("t_utf8_one_truncated_char", "text", data[:i] + data[i + 1:], a.title, a.body, lossy=True)


def t_question_title(folded: bool, mark: str) -> Callable[[], Case]:
    def build() -> Case:
        a0 = ARTICLES["zh_river"]
        a = Article(a0.key, a0.lang, "长江禁渔五周年：江豚真的回来了吗" + mark, a0.paras)
        lines = obf([a.title, *a.paras], "s2tw", folded=folded)
        page = Page(spam=SPAM["zh"], crumb=fold(annotate("首页 / 资讯 / 正文", "s2tw")), after=["", SPAM["bet"]])
        return _text_case(f"t_title_ends_{'fold' if folded else 'keep'}_{'q' if mark == '？' else 'x'}", a, lines, page,
                          note="title ends with ？/！; slash crumb; spam line at the bottom")
    return build


def t_simplified_pinyin_all() -> Case:
    a = ARTICLES["zh_river"]
    lines = [fold(annotate(x, None, "tone", "()", 0.3, only_converted=False)) for x in [a.title, *a.paras]]
    return _text_case("t_simplified_with_pinyin_no_conversion", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 生态"),
                      note="pinyin on any char, text left simplified")


def t_trad_pinyin_all_lessonword() -> Case:
    a0 = ARTICLES["zh_ai"]
    paras = list(a0.paras)
    paras[3] = paras[3].replace("引导学生", "并开设拼音输入法与语音识别专题，引导学生")
    a = Article(a0.key, a0.lang, a0.title, tuple(paras))
    lines = [fold(annotate(x, "s2tw", "tone", "()", 0.3, only_converted=False)) for x in [a.title, *a.paras]]
    return _text_case("t_trad_pinyin_any_char_with_word_拼音", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")),
                      note="obfuscator annotates any char; the article mentions 拼音输入法")


def t_other_invisibles() -> Case:
    a = ARTICLES["zh_farm"]
    lines = [zero_width(x, i, 9, "\u200e\u200f\u2062\u180e\u00ad\u034f\u2063") for i, x in enumerate(obf([a.title, *a.paras], "s2tw"))]
    return _text_case("t_other_invisibles_lrm_2062_180e", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")),
                      note="LRM/RLM, invisible times/separator, Mongolian vowel sep, soft hyphen, CGJ")


def t_odd_spaces() -> Case:
    a = ARTICLES["zh_elder"]
    lines = obf([a.title, *a.paras], "s2tw")
    lines = [lines[0]] + [x.replace("，", "，\u2009").replace(",", ",\u202f") for x in lines[1:]]
    page = Page(spam=SPAM["zh"], crumb=_crumb("s2tw"), indent="\u2002\u2002\u205f")
    return _text_case("t_thin_narrow_spaces", a, lines, page, note="U+2009/U+202F after commas, en-space/MMSP indent")


def t_spam_with_title() -> Case:
    a = ARTICLES["zh_elder"]
    lines = obf([a.title, *a.paras], "s2tw")
    page = Page(spam=a.title + "_" + SPAM["zh"], crumb=_crumb("s2tw"))
    return _text_case("t_spam_header_contains_title", a, lines, page, note="SEO header = title + spam chain")


def h_title_only_in_head() -> Case:
    a = ARTICLES["zh_ai"]
    page = Page(spam=None, related=RELATED, footer=[ICP])
    html = dedecms(a.title, list(a.paras), page, "utf-8").replace(f'<div class="title"><h2>{a.title}</h2></div>', "")
    html = html.replace(f"<title>{a.title}_{a.title}</title>", f"<title>{a.title}_资讯网</title>")
    return _html_case("h_title_only_in_title_tag", a, html, "utf-8", None)


def h_br_paragraphs_inline_ad() -> Case:
    a = ARTICLES["zh_river"]
    body = "<br /><br />\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p for p in a.paras[:2])
    body += '<br /><br />\n<div class="ad"><a href="/ad/1"><img src="/ad.jpg">扫码关注公众号，获取更多精彩资讯</a></div>\n'
    body += "<br /><br />\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p for p in a.paras[2:])
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, [body], page, "utf-8", raw_html=True)
    return _html_case("h_br_paragraphs_inline_ad", a, html, "utf-8", None)


def t_subheads() -> Case:
    a = ARTICLES["zh_policy"]
    return _text_case("t_subheadings_in_body", a, obf([a.title, *a.paras], "s2tw"), Page(spam=SPAM["zh"], crumb=_crumb("s2tw")),
                      note="一、… subheads and a 关键词： line are the article's own")


def h_subheads() -> Case:
    a = ARTICLES["zh_policy"]
    paras = [f"<h3>{p}</h3>" if p[:2] in ("一、", "二、", "三、") else f"<p><strong>{p}</strong></p>" if p.startswith("关键词")
             else f"<p>{p}</p>" for p in a.paras]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, paras, page, "utf-8", raw_html=True)
    return _html_case("h_subheadings_in_body", a, html, "utf-8", None)


def h_teaser_related() -> Case:
    a = ARTICLES["zh_farm"]
    teasers = "".join(f'<li><h3><a href="/a/{i}.html">{t}</a></h3><p>{d}</p></li>' for i, (t, d) in enumerate([
        ("多地推出农产品直播培训", "记者从多地商务部门了解到，今年以来各地纷纷开设农产品直播培训班，帮助农民掌握拍摄、运营和售后等技能，不少学员已经开起了自己的网店。"),
        ("冷链物流补短板 生鲜上行更顺畅", "随着县域冷链物流体系不断完善，越来越多的生鲜农产品能够快速运往全国各地，损耗率明显下降，农民收入随之增加。"),
        ("电商助农要防止“一阵风”", "专家认为，电商助农不能只靠一时热度，更要在品质、标准和品牌建设上下功夫，形成长效机制，让农民持续受益。"),
    ]))
    page = Page(spam=SPAM["zh"], footer=[ICP])
    html = phpcms(a.title, list(a.paras), page, "utf-8").replace('<div class="bk15"></div>', f'<div class="bk15"></div><div class="related-news"><h4>相关新闻</h4><ul>{teasers}</ul></div>')
    return _html_case("h_related_teasers_with_summaries", a, html, "utf-8", None)


def h_discuz_long_replies() -> Case:
    a = ARTICLES["tw_mrt"]
    page = Page(spam="台灣論壇", footer=["Copyright © 2001-2026 台灣論壇 版權所有"])
    html = discuz(a.title, list(a.paras), page, "utf-8")
    replies = [
        "我住在新北，之前每天通勤真的很痛苦，要先騎機車到公車站，再轉兩班車才能到公司，遇到下雨更是麻煩。新路線通車之後，早上可以多睡二十分鐘，這對上班族來說真的是很大的改變，希望之後班距可以再縮短一點。",
        "通車第一週我就去搭了，車廂很新也很乾淨，不過轉乘的動線確實有點複雜，站內指標不太清楚，我在轉乘站繞了好幾圈才找到月台。建議北捷可以多放一些地面指示，對第一次搭的人會比較友善。",
        "出口離公車站太遠這點我也有同感，尤其是下雨天，從捷運站走到公車站要淋好一段路。市府說要加設遮雨棚，希望不要只是說說而已，之前很多類似的承諾最後都不了了之，大家可以一起持續關注。",
    ]
    posts = "".join(f'<div id="post_{i + 3}"><table class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-{i}.html">網友{i}</a></div></td>'
                    f'<td class="plc"><div class="pi"><em>發表於 2026-5-13 0{i}:10</em></div><div class="pct"><div class="pcb"><div class="t_fsz">'
                    f'<table><tr><td class="t_f" id="postmessage_{i + 3}">{r}</td></tr></table></div></div></div></td></tr></table></div>'
                    for i, r in enumerate(replies))
    html = html.replace('</div></div></div>\n<div id="ft"', posts + '</div></div></div>\n<div id="ft"')
    return _html_case("h_discuz_long_replies", a, html, "utf-8", None, url="http://bbs.example.tw/thread-4412-1-1.html")


def t_book_zhu() -> Case:
    a = ARTICLES["zh_book"]
    return _text_case("t_s2tw_zhu_words_编著_原著", a, obf([a.title, *a.paras], "s2tw"), Page(spam=SPAM["zh"], crumb=_crumb("s2tw")),
                      note="s2tw writes 著 for 着; tw2s then also turns 编著/专著/原著/新著 into 着")


def t_moji_variant(wrong: str, errors: str, key: str = "zh_river", where: str = "para") -> Callable[[], Case]:
    def build() -> Case:
        a = ARTICLES[key]
        lines = [a.title, *a.paras]
        i = 0 if where == "title" else 2
        lines[i] = lines[i].encode("utf-8").decode(wrong, errors=errors)
        lossy = lines[i].encode(wrong, errors="replace").decode("utf-8", errors="replace") != [a.title, *a.paras][i]
        return _text_case(f"t_moji_{where}_utf8_as_{wrong}_{errors}", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 生态"),
                          lossy=lossy, note="lossy" if lossy else "lossless")
    return build


def t_layouts(kind: str) -> Callable[[], Case]:
    def build() -> Case:
        a = ARTICLES["zh_ai"]
        lines = obf([a.title, *a.paras], "s2tw")
        crumb, spam = _crumb("s2tw"), SPAM["zh"]
        body = "\n\n".join("\u2003\u2003" + p for p in lines[1:])
        if kind == "title_first":
            text = f"{lines[0]}\n\n{spam}\n\n{crumb}\n\n{body}\n"
        elif kind == "crumb_ends_title":
            text = f"{spam}\n\n{crumb[:-4]}{lines[0]}\n\n{lines[0]}\n\n{body}\n"
        elif kind == "spam_between":
            text = f"{crumb}\n\n{lines[0]}\n\n{spam}\n\n{body}\n"
        else:  # source line and date under the title, editor line and spam at the end
            text = (f"{spam}\n{crumb}\n{lines[0]}\n2026-05-12 08:30:15 來源：中國青年報 作者：劉倩\n{body}\n"
                    f"【責任編輯：王芳】\n{SPAM['bet']}\n")
        return Case(f"t_layout_{kind}", "text", text.encode(), a.title, a.body)
    return build


def t_partial_conversion() -> Case:
    a = ARTICLES["zh_farm"]
    lines = obf([a.title, *a.paras[:2]], "s2tw") + [fold(p) for p in a.paras[2:]]
    return _text_case("t_partial_conversion_half", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")),
                      note="title + 2 paragraphs converted with pinyin, the rest left simplified")


def h_hidden_variants() -> Case:
    a = ARTICLES["zh_elder"]
    kw = SPAM["zh2"][:10]
    tricks = [f'<span class="yc">{kw}</span>', f'<i style="visibility:hidden">{kw}</i>', f'<font color="#FFFFFF">{kw}</font>',
              f'<span style="display: none !important">{kw}</span>']
    paras = [p[:15] + tricks[i % len(tricks)] + p[15:] for i, p in enumerate(a.paras)]
    paras = [p.replace("养老服务", '<a href="/tag/yanglao/" target="_blank">养老服务</a>') for p in paras]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, paras, page, "utf-8").replace("</head>", "<style>.yc{display:none}</style></head>")
    return _html_case("h_hidden_css_class_white_font_inline_links", a, html, "utf-8", None,
                      note="hidden by CSS class, visibility, white font; keyword links inside paragraphs")


def t_utf16(bom: bool) -> Callable[[], Case]:
    def build() -> Case:
        a = ARTICLES["zh_river"]
        lines = obf([a.title, *a.paras], "s2tw")
        text = text_dump(lines[0], lines[1:], Page(spam=SPAM["zh"], crumb=_crumb("s2tw")))
        data = text.encode("utf-16") if bom else text.encode("utf-16-le")
        return Case(f"t_utf16le_{'bom' if bom else 'nobom'}", "text", data, a.title, a.body, note="Windows Notepad 'Unicode' dump")
    return build


def h_bom_vs_meta() -> Case:
    a = ARTICLES["zh_farm"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, list(a.paras), page, "gb2312")
    return Case("h_utf8_bom_meta_gb2312", "html", b"\xef\xbb\xbf" + html.encode(), a.title, a.body,
                content_type="text/html; charset=gbk", url="http://www.zixun-example.cn/a/3.html")


def t_hk_policy(quotes: str) -> Callable[[], Case]:
    def build() -> Case:
        a0 = ARTICLES["hk_policy"]
        paras = [p.replace("措施有助", f"措施{quotes[0]}有助{quotes[1]}") if quotes else p for p in a0.paras]
        a = Article(a0.key, a0.lang, a0.title, tuple(paras))
        return _text_case(f"t_hongkong_genuine_cites_國務院_新華社{'_' + quotes if quotes else ''}", a, [a.title, *a.paras],
                          Page(spam=SPAM["tw"], crumb="當前位置：首頁 > 港聞"), codec="big5hkscs")
    return build


def h_inline_spam_links() -> Case:
    a = ARTICLES["zh_river"]
    spam = ["久久精品国产", "免费高清电影", "午夜福利影院", "日韩精品一区"]
    paras = [p.replace("。", f'。<a href="http://spam.example/{i}.html" target="_blank">{spam[i % 4]}</a>', 1) for i, p in enumerate(a.paras)]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, paras, page, "utf-8")
    return _html_case("h_inline_visible_spam_links", a, html, "utf-8", None,
                      note="a visible spam keyword link injected after the first sentence of each paragraph")


def t_inline_spam_words() -> Case:
    a = ARTICLES["zh_farm"]
    spam = ["久久精品国产", "免费高清电影", "午夜福利影院", "日韩精品一区"]
    lines = [a.title] + [p.replace("。", "。" + spam[i % 4], 1) for i, p in enumerate(a.paras)]
    return _text_case("t_inline_spam_words", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 三农"),
                      note="spam keywords glued after the first sentence of each paragraph")


def t_pinyin_form(form: str) -> Callable[[], Case]:
    def build() -> Case:
        import unicodedata

        a = ARTICLES["zh_elder"]
        lines = obf([a.title, *a.paras], "s2tw")
        if form == "nfd":
            lines = [unicodedata.normalize("NFD", x) for x in lines]
        elif form == "space_before":
            lines = [re.sub(r"(?<=[\u4e00-\u9fff])\(", " (", x) for x in lines]
        elif form == "capitalized":
            lines = [re.sub(r"(?<=[。，,\n])(.)\(([a-zāáǎàēéěèīíǐìōóǒòūúǔù])", lambda m: f"{m[1]}({m[2].upper()}", x) for x in lines]
            lines = [x[0] + re.sub(r"^\(([a-zāáǎàēéěèīíǐìōóǒòūúǔù])", lambda m: "(" + m[1].upper(), x[1:]) for x in lines]
        return _text_case(f"t_pinyin_{form}", a, lines, Page(spam=SPAM["zh"], crumb=_crumb("s2tw")))
    return build


def t_numbers_after_marks() -> Case:
    a = ARTICLES["zh_grain"]
    return _text_case("t_folded_marks_before_digits", a, obf([a.title, *a.paras], "s2tw"), Page(spam=SPAM["zh"], crumb=_crumb("s2tw")),
                      note="，2025年 / ：3月份 / ），比 folded")


def clean_originals() -> list[Case]:
    """Every article as its first publisher served it: plain text and a plain news page (nothing may go)."""
    out = []
    for a in ARTICLES.values():
        text = (a.title + "\n\n" + "\n\n".join(a.paras) + "\n").encode()
        out.append(Case(f"c_text_{a.key}", "text", text, a.title, a.body, note="clean original"))
        html = plain_news(a.title, list(a.paras), "utf-8", a.lang, "", "")
        out.append(Case(f"c_html_{a.key}", "html", html.encode(), a.title, a.body, url=f"https://news.example.org/{a.key}.html",
                        note="clean original"))
    return out


SPAM_VARIANTS = {
    "gamble_dash": "澳门新葡京-皇冠体育-AG真人娱乐-注册送彩金",
    "gamble_bar": "bet365体育在线投注|足彩|真人百家乐",
    "casino_names": "太阳城集团|威尼斯人|金沙娱乐",
    "adult_run": "久久精品国产亚洲AV无码一区二区",
    "film_underscore": "XX影院_最新电影_免费电视剧在线观看",
    "english_adult": "Free Porn Videos - XXX HD Movies - Sex Tube",
}
CRUMB_VARIANTS = {
    "nin_dangqian": "您当前的位置：首页 > 新闻 > 正文",
    "wangzhan_shouye": "网站首页 > 新闻中心 > 正文",
    "zhuye": "主页 > 新闻 > 正文",
    "dash": "首页-新闻-正文",
    "suozai": "您所在的位置：首页>>新闻",
    "guillemet": "首页 » 资讯 » 正文",
}


def t_header(kind: str, spam: str | None, crumb: str | None) -> Callable[[], Case]:
    def build() -> Case:
        a = ARTICLES["zh_ai"]
        page = Page(spam=spam or SPAM["zh"], crumb=fold(annotate(crumb, "s2tw")) if crumb else _crumb("s2tw"))
        return _text_case(f"t_{kind}", a, obf([a.title, *a.paras], "s2tw"), page)
    return build


TAILS = ["【纠错】【责任编辑：王芳】", "声明：本文转载自网络，版权归原作者所有，如有侵权请联系删除。", "扫一扫，关注我们",
         "打开APP阅读全文", "本文链接：http://www.zixun-example.cn/a/8812.html"]


def t_repost_tails() -> Case:
    a = ARTICLES["zh_elder"]
    page = Page(spam=SPAM["zh"], crumb=_crumb("s2tw"), before=["原標題：嵌入式養老服務讓老人樂享晚年", ""],
                after=["", *TAILS, "· 本市启动夏季用电高峰保障工作", "· 周末天气晴好适宜出行", "· 多部门联合开展食品安全检查", ""])
    return _text_case("t_repost_tails_disclaimer_cta_bullets", a, obf([a.title, *a.paras], "s2tw"), page,
                      note="原标题/纠错/disclaimer/扫一扫/打开APP/本文链接/bulleted list")


def h_repost_tails() -> Case:
    a = ARTICLES["zh_farm"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, ["原标题：山区果农的直播生意", *a.paras, *TAILS], page, "utf-8")
    return _html_case("h_repost_tails_in_content", a, html, "utf-8", None, note="the same lines inside div.content")


def h_mid_article_boxes() -> Case:
    a = ARTICLES["zh_river"]
    mid = ('<div class="ad_box"><script src="/ad/js/300x250.js"></script><a href="/ad/"><img src="/ad.jpg"></a>广告</div>'
           '<div class="yanshen"><strong>延伸阅读：</strong><a href="/a/1.html">江豚保护区扩容</a> <a href="/a/2.html">渔民转产就业调查</a></div>'
           '<p style="text-align:center"><img src="/uploads/2026/jiangtun.jpg"></p><p style="text-align:center">图为长江江豚。（资料图）</p>')
    paras = [f"<p>{p}</p>" for p in a.paras[:2]] + [mid] + [f"<p>{p}</p>" for p in a.paras[2:]]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, paras, page, "utf-8", raw_html=True)
    return _html_case("h_mid_article_ad_readmore_caption", a, html, "utf-8", None,
                      note="an ad, a 延伸阅读 box and a captioned photo between paragraphs")


def h_title_in_div_spam_head() -> Case:
    a = ARTICLES["zh_farm"]
    page = Page(spam=SPAM["zh"], related=RELATED, footer=[ICP])
    html = dedecms(a.title, list(a.paras), page, "utf-8")
    html = html.replace(f'<div class="title"><h2>{a.title}</h2></div>', f'<div class="biaoti">{a.title}</div>')
    html = html.replace(f"<title>{SPAM['zh']}_{a.title}</title>", f"<title>{SPAM['zh']}</title>")
    html = html.replace("<small>时间:</small>2026-03-05 10:21", "<small>发布时间：</small>2026年04月18日 09:32")
    return _html_case("h_title_only_in_div_spam_title_tag", a, html, "utf-8", None,
                      note="no heading tag; <title> is pure spam; date 2026年04月18日 09:32",
                      expect={"published": "2026-04-18T09:32:00"})


def t_fullwidth_digits() -> Case:
    a = ARTICLES["zh_grain"]
    wide = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if chr(c).isalnum() or chr(c) in "%."})
    lines = [a.title] + [p.translate(wide) for p in a.paras]
    return _text_case("t_fullwidth_digits_letters", a, lines, Page(spam=SPAM["zh"], crumb="当前位置：首页 > 三农"),
                      note="ASCII digits, letters, % and . widened to full-width (２０２５年, １．５％)")


def t_en_inline_boilerplate() -> Case:
    a = ARTICLES["en_port"]
    paras = list(a.paras)
    lines = [a.title, paras[0], "Advertisement", paras[1], "Story continues below advertisement", paras[2],
             "Sign up for our newsletter", paras[3], "This article originally appeared on Harborview Gazette."]
    return _text_case("t_en_inline_boilerplate_lines", a, lines, Page(spam="Free Movies Online | Watch HD | Casino Bonus | Slots",
                      crumb="Home > News > Local", indent=""), note="Advertisement / Story continues below / Sign up / originally appeared")


def t_folded_with_native_footer() -> Case:
    a = ARTICLES["zh_grain"]
    page = Page(spam=SPAM["zh"], crumb=_crumb("s2tw"), footer=["免责声明：本站内容来自网络，如有侵权，请联系删除。", ICP])
    return _text_case("t_folded_body_native_footer", a, obf([a.title, *a.paras], "s2tw"), page,
                      note="folded body, but the site's own footer keeps a full-width ，")


BUILDERS: list[Callable[[], Case]] = [
    t_seedlike, t_tone3_s2t, t_toneless_hk, t_zhuyin, t_zhuyin_brackets, t_word_pinyin, t_nopinyin_evidence,
    t_nopinyin_noevidence, t_s2twp, t_lost_lead, t_lost_lead_big5, t_fffd, t_kunjinkao, t_radicals, t_meta_lines,
    t_gbk_bytes, t_big5_bytes, t_taiwan, t_taiwan_big5_ascii, t_hk, t_lesson, t_place_pinyin, t_place_pinyin_s2t,
    t_names, t_mojibake_quote, t_title_mojibake, t_title_mojibake_lossy, t_para_latin1, t_para_cp1251, t_para_gbk_moji,
    t_tw_cross, t_stream,
    t_meta_dates('cn_full', '2026年06月02日 08:15　来源：中国新闻网', '2026-06-02T08:15:00'),
    t_meta_dates('slash', '时间：2026/6/2 8:15:07 作者：黄磊', '2026-06-02T08:15:07'),
    t_meta_dates('date_only', '2026-06-02', '2026-06-02'),
    t_meta_dates('bracket', '【发布日期：2026-06-02】【字体：大 中 小】', '2026-06-02'),
 t_clean, t_clean_names,
    t_no_blank_nbsp,
    h_dede_gbk, h_dede_lying, h_dede_hidden, h_php_utf8_gbk_label, h_php_multipage, h_php_trad_pinyin_gb18030,
    h_ruby, h_gb18030_nolabel, h_discuz_big5, h_discuz_big5_lying, h_wp_en_mojibake, h_wp_es_cp1252, h_ru_cp1251,
    t_question_title(True, '？'), t_question_title(False, '？'), t_question_title(True, '！'),
    t_simplified_pinyin_all, t_trad_pinyin_all_lessonword, t_other_invisibles, t_odd_spaces,
    t_spam_with_title, h_title_only_in_head, h_br_paragraphs_inline_ad,
    t_subheads, h_subheads, h_teaser_related,
    t_hk_policy(''), t_hk_policy('“”'),
    t_folded_with_native_footer, t_en_inline_boilerplate, t_fullwidth_digits, h_title_in_div_spam_head, h_mid_article_boxes, t_repost_tails, h_repost_tails, t_numbers_after_marks, h_inline_spam_links, t_inline_spam_words, t_pinyin_form('nfd'), t_pinyin_form('space_before'),
    t_pinyin_form('capitalized'),
    h_discuz_long_replies, t_book_zhu, t_partial_conversion, h_hidden_variants, t_utf16(True), t_utf16(False), h_bom_vs_meta,
    t_layouts('title_first'), t_layouts('crumb_ends_title'), t_layouts('spam_between'), t_layouts('meta_after_title'),
    t_moji_variant('gbk', 'ignore'), t_moji_variant('gb18030', 'replace'), t_moji_variant('big5', 'replace'),
    t_moji_variant('shift_jis', 'replace'), t_moji_variant('latin-1', 'strict'), t_moji_variant('koi8-r', 'strict'),
    t_moji_variant('gbk', 'replace', 'zh_elder', 'title'), t_moji_variant('gb18030', 'replace', 'zh_elder', 'title'),
    t_moji_variant('latin-1', 'strict', 'zh_elder', 'title'),
    t_crlf_bom, t_gbk_crumb_lost, h_utf8_one_bad_byte, h_mixed_gbk_paragraph, h_header_right_meta_wrong,
    t_utf8_one_bad_byte, t_title_first, t_wrapped, t_comments, t_en_dump, t_ru_dump, t_es_dump, t_ja_dump, h_php_page2,
    h_ru_koi8, h_ja_sjis, h_ja_sjis_nolabel, h_clean_zh, h_clean_en, h_title_mojibake, h_lesson_ruby, h_en_market, h_dede_entities, h_hk_cross,
]


def header_cases() -> list[Case]:
    return ([t_header(f"spam_{k}", v, None)() for k, v in SPAM_VARIANTS.items()]
            + [t_header(f"crumb_{k}", None, v)() for k, v in CRUMB_VARIANTS.items()])


def build_all() -> list[Case]:
    return [b() for b in BUILDERS] + header_cases() + clean_originals()
