# ruff: noqa: E501
"""Audit3 cases: our own articles wrapped and obfuscated the ways repost sites do.

A case holds the bytes as served, what the server said (URL, Content-Type), and the truth: the
original title and body, and the metadata the original page gives. ``expect`` lists only the
fields a case checks (``publisher`` may be a tuple of accepted names, ``published`` is compared on
its date part).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import obfuscate as o
import templates as tp
from articles import ARTICLES, Article
from templates import Wrap


@dataclass
class Case:
    name: str
    kind: str  # "text" | "html"
    data: bytes
    title: str
    body: str
    url: str | None = None
    content_type: str | None = None
    expect: dict[str, object] = field(default_factory=dict)
    lossy: bool = False  # bytes are gone (U+FFFD, 锟斤拷): a flag and F1 >= 0.97 is the best outcome
    table: bool = False  # body holds a table: its layout (tabs/newlines) is a convention, compared without whitespace
    note: str = ""


def _meta(a: Article, *keys: str) -> dict[str, object]:
    return {k: getattr(a, k) for k in keys}


def _crumb(cfg: str | None, style: str = "tone") -> str:
    return o.gloss("当前位置", cfg, style) + " : " + o.gloss("首页", cfg, style) + " > " + o.gloss("资讯中心", cfg, style) + " > " + o.gloss("时政要闻", cfg, style)


def _seedlike(a: Article, cfg: str | None, style: str = "tone", br: str = "()", rate: float = 0.7) -> tuple[str, list[str]]:
    """Title and paragraphs converted, glossed and folded like the seed."""
    title = o.gloss(a.title, cfg, style, br, rate)
    paras = [o.fold(o.gloss(p, cfg, style, br, rate)) for p in a.paras]
    return title, paras


def _text(name: str, a: Article, title: str, paras: list[str], w: Wrap, codec: str = "utf-8",
          keys: tuple[str, ...] = ("publisher", "script"), **kw: object) -> Case:
    data = tp.text_dump(title, paras, w, **{k: v for k, v in kw.items() if k in ("nbsp_lines", "blank", "indent", "head")}).encode(codec)  # type: ignore[arg-type]
    rest = {k: v for k, v in kw.items() if k not in ("nbsp_lines", "blank", "indent", "head")}
    return Case(name, "text", data, a.title, a.body, expect=_meta(a, *keys), **rest)  # type: ignore[arg-type]


_EN = [("高级搜索", "Search"), ("网站地图", "Sitemap"), ("主页", "Home"), ("新闻中心", "News"), ("科技", "Tech"), ("社会", "Society"),
       ("上一篇：", "Previous: "), ("下一篇：", "Next: "), ("上一篇", "Previous"), ("：", ":"), ("没有了", "-"), ("推荐内容", "Recommended"), ("------分隔线----------------------------", "----------"),
       ("资讯网 版权所有", "All rights reserved"), ("豫ICP备20261234号-2 本站部分内容来源于网络，如有侵权请联系删除。", "Content collected from the web; contact us for removal."),
       ("首页", "Home"), ("新闻", "News"), ("发布在", "Filed under"), ("有0条评论", " - no comments"), ("发表回复", "Leave a reply"), ("发表评论", "Post comment"),
       ("自豪地采用WordPress", "Proudly powered by WordPress"), ("相关阅读", "Related"), ("近期文章", "Recent posts"), ("点击:", "Views:"), ("次", ""),
       ("《", "\""), ("》", "\"")]


def localize(html: str, a: Article, codec: str) -> str:
    """Boilerplate in the page's own script: traditional for Big5 pages, English words for non-Chinese pages.

    Only Han runs that are not part of the article are converted, so the article stays byte-exact."""
    if codec.startswith("big5"):
        text = a.title + "\n" + a.body
        cfg = "s2hk" if codec == "big5hkscs" else "s2tw"
        return re.sub(r"[\u3400-\u9fff]+", lambda m: m[0] if m[0] in text else o.convert(m[0], cfg), html)
    if a.lang not in ("zh", "zh-Hant"):
        for zh, en in _EN:
            html = html.replace(zh, en)
    return html


def _html(name: str, a: Article, html: str, codec: str, ct: str | None, keys: tuple[str, ...] = ("publisher", "author", "published", "script"),
          url: str | None = None, body: str | None = None, **kw: object) -> Case:
    data = localize(html, a, codec).encode(codec, errors="xmlcharrefreplace" if codec == "koi8-r" else "strict")
    return Case(name, "html", data, a.title, a.body if body is None else body, url=url or f"http://www.repost-example.cn/news/{name}.html",
                content_type=ct, expect=_meta(a, *keys), **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- seed-shaped text dumps

def t_flash_seed() -> Case:
    a = ARTICLES["zh_flash"]
    title, paras = _seedlike(a, "s2tw")
    paras[1], lost = o.lost_lead(paras[1], "gbk", 1)
    return _text("t_flash_seed", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2tw")), note=f"2 paragraphs, s2tw+tone(), lost lead {lost}")


def t_flash_convert_only() -> Case:
    a = ARTICLES["zh_flash"]
    return _text("t_flash_convert_only", a, o.convert(a.title, "s2t"), [o.fold(o.convert(p, "s2t")) for p in a.paras],
                 Wrap(spam=tp.SPAM_TW, crumb=o.convert("当前位置：首页 > 新闻 > 国内", "s2t")), note="2 paragraphs, s2t without pinyin (only 新華社 + dateline as evidence)")


def t_long_hk_tone3() -> Case:
    a = ARTICLES["zh_water_long"]
    title, paras = _seedlike(a, "s2hk", "tone3", "【】")
    paras = [o.odd_spaces(o.invisibles(p, i), i) for i, p in enumerate(paras)]
    paras[5], l1 = o.lost_lead(paras[5], "gbk", 0)
    paras[20], l2 = o.lost_lead(paras[20], "gbk", 2)
    return _text("t_long_hk_tone3", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2hk", "tone3")), note=f"40 paragraphs, s2hk tone3【】, invisibles, odd spaces, lost {l1}{l2}")


def t_long_fffd_kjk() -> Case:
    a = ARTICLES["zh_water_long"]
    title, paras = _seedlike(a, "s2t")
    paras[3] = paras[3][:30] + "\ufffd\ufffd" + paras[3][31:]
    paras[17] = paras[17][:20] + "锟斤拷" + paras[17][21:]
    return _text("t_long_fffd_kjk", a, title, paras, Wrap(spam=tp.BET, crumb=_crumb("s2t")), lossy=True, note="40 paragraphs, s2t tone(), U+FFFD run + 锟斤拷")


def t_long_noblank() -> Case:
    a = ARTICLES["zh_water_long"]
    title, paras = _seedlike(a, "s2tw", "none", "（）")
    return _text("t_long_noblank", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2tw", "none")), blank=False, nbsp_lines=False,
                 note="40 paragraphs, no blank lines, toneless pinyin in （）, subheads 一、… as short lines")


def t_phone_latin() -> Case:
    a = ARTICLES["zh_phone"]
    title, paras = _seedlike(a, "s2t")
    return _text("t_phone_latin", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2t")), keys=("script",),
                 note="Latin words/units/times inside Chinese (X Fold 3, Wi-Fi 7, 5nm, 10:00, IDC), s2t+tone")


def t_phone_toneless() -> Case:
    a = ARTICLES["zh_phone"]
    title, paras = _seedlike(a, "s2t", "none")
    return _text("t_phone_toneless", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2t", "none")), keys=("script",),
                 note="toneless pinyin () right before Latin words: 網(wang)絡… 搭載(zai)自研5nm")


def t_phone_fullwidth() -> Case:
    a = ARTICLES["zh_phone"]
    title, paras = _seedlike(a, "s2t")
    return _text("t_phone_fullwidth", a, o.widen(title), [o.widen(p) for p in paras], Wrap(spam=tp.SPAM, crumb=_crumb("s2t")), keys=("script",),
                 note="ASCII letters and digits widened (Ｘ Ｆｏｌｄ ３, ７９９９元)")


def t_grain_table() -> Case:
    a = ARTICLES["zh_grain_table"]
    title, paras = _seedlike(a, "s2t")
    return _text("t_grain_table", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2t")), table=True, keys=("script",),
                 note="tab-separated table rows and 一是/二是 list lines, s2t+tone")


def t_topic_encoding() -> Case:
    a = ARTICLES["zh_gb18030"]
    title, paras = _seedlike(a, "s2t", rate=0.5)
    return _text("t_topic_encoding", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2t")), keys=("script",),
                 note="article about 锟斤拷/U+FFFD/lǜ/lv/长（zhǎng）辈 itself, reposted s2t+tone() with folding")


def t_qa_seed() -> Case:
    a = ARTICLES["zh_qa"]
    title, paras = _seedlike(a, "s2tw")
    return _text("t_qa_seed", a, title, paras, Wrap(spam=tp.SPAM, crumb=_crumb("s2tw")), keys=("script",),
                 note="Q&A: short 問:/答: paragraphs, title with two ？ folded to ?")


def t_tw_original() -> Case:
    a = ARTICLES["tw_night_market"]
    return _text("t_tw_original", a, a.title, list(a.paras), Wrap(spam=tp.SPAM_TW, crumb="目前位置：首頁 > 地方新聞 > 中部"), codec="big5", nbsp_lines=False, indent="\u3000\u3000",
                 keys=("publisher", "script"), note="genuine Taiwan article (中央社), Big5 bytes, no pinyin: must stay traditional")


def t_tw_glossed() -> Case:
    a = ARTICLES["tw_night_market"]
    paras = [o.gloss(p, None, "tone", "()", 0.12, only_converted=False) for p in a.paras]
    return _text("t_tw_glossed", a, a.title, paras, Wrap(spam=tp.SPAM_TW, crumb="目前位置：首頁 > 地方新聞 > 中部"),
                 keys=("publisher", "script"), note="Taiwan original with pinyin glossed on random chars: readings go, script stays traditional")


def t_hk_hkscs() -> Case:
    a = ARTICLES["hk_minibus"]
    return _text("t_hk_hkscs", a, a.title, list(a.paras), Wrap(spam=tp.SPAM_TW, crumb="現在位置：主頁 > 港聞"), codec="big5hkscs", nbsp_lines=False, indent="\u3000\u3000",
                 keys=("script",), note="Hong Kong Cantonese (嘅/唔/冇/揸), Big5-HKSCS bytes, no label")


def t_radicals() -> Case:
    a = ARTICLES["zh_flash"]
    title, paras = _seedlike(a, "s2t")
    return _text("t_radicals", a, o.radicals(title, 0.8), [o.radicals(p, 0.8) for p in paras], Wrap(spam=tp.SPAM, crumb=_crumb("s2t")),
                 note="Kangxi/CJK radical supplement look-alikes at 80% (⼈⽇⾦⻓ …) + s2t + tone()")


def t_title_moji() -> Case:
    a = ARTICLES["zh_phone"]
    title = o.moji(a.title, "gbk")
    return _text("t_title_moji", a, title, list(a.paras), Wrap(spam=tp.SPAM, crumb="当前位置：首页 > 科技"), keys=("script",),
                 note="title UTF-8 read as GBK (lossy), body clean")


def t_double_moji() -> Case:
    a = ARTICLES["zh_flash"]
    paras = list(a.paras)
    paras[1] = o.cp1252_moji(o.cp1252_moji(paras[1]))
    return _text("t_double_moji", a, a.title, paras, Wrap(spam=tp.SPAM, crumb="当前位置：首页 > 国内"), keys=("publisher",),
                 note="second paragraph double-layer UTF-8->cp1252 mojibake")


def t_gbk_cp1252_moji() -> Case:
    a = ARTICLES["zh_qa"]
    paras = list(a.paras)
    paras[2] = o.cp1252_moji(paras[2].encode("gbk").decode("latin-1"))
    return _text("t_gbk_cp1252_moji", a, a.title, paras, Wrap(spam=None, crumb="首页 > 财经"), keys=(),
                 note="one paragraph GBK bytes read as latin-1 then saved as UTF-8 (Ã€Â style) ")


# ---------------------------------------------------------------- HTML pages

def _info(a: Article, date: str, src: str | None = None, author: str | None = None) -> str:
    parts = [f"<small>时间:</small>{date}"]
    if src:
        parts.append(f"<small>来源:</small>{src}")
    if author:
        parts.append(f"<small>作者:</small>{author}")
    return " ".join(parts) + ' <small>点击:</small><script src="/plus/count.php?aid=8801"></script>次'


def h_gb18030_as_gb2312() -> Case:
    a = ARTICLES["zh_gb18030"]
    w = Wrap(charset_meta="gb2312", info=_info(a, "2026-08-01 07:45", "光明日报", "孔令仪"), related=["“锟斤拷”是怎么来的？一文看懂乱码背后的编码知识"])
    return _html("h_gb18030_as_gb2312", a, tp.dedecms(a.title, list(a.paras), w), "gb18030", "text/html; charset=gb2312", keys=("author", "published", "script"),
                 note="GB18030 bytes (4-byte 䶮 𠈌), labeled gb2312 in meta and HTTP; article about mojibake")


def _long_pages(cfg: str) -> tuple[Article, str, list[str]]:
    a = ARTICLES["zh_water_long"]
    title = o.gloss(a.title, cfg)
    paras = [o.fold(o.gloss(p, cfg)) for p in a.paras]
    return a, title, paras


def h_long_multipage(part: int) -> Callable[[], Case]:
    def build() -> Case:
        a, title, paras = _long_pages("s2t")
        half = 20
        mine = paras[:half] if part == 1 else paras[half:]
        truth = a.paras[:half] if part == 1 else a.paras[half:]
        w = Wrap(charset_meta="gbk", info=_info(a, "2026-09-03 08:30", "新华网", "马晓峰 田甜"), hidden="ｗｗｗ．ｊｊ６６６．ｃｏｍ",
                 pages=[f"/news/2026/0903/{part}.html" if part == 1 else "/news/2026/0903/x.html", "/news/2026/0903/x_2.html"],
                 tail=["（责任编辑：刘洋）"] if part == 2 else [])
        if part == 2:
            w.pages = ["/news/2026/0903/x_2.html", "/news/2026/0903/x.html"]
        c = _html(f"h_long_multipage_p{part}", a, tp.dedecms(title, mine, w), "gbk", "text/html", keys=("script",),
                  url="http://www.repost-example.cn/news/2026/0903/x.html" if part == 1 else "http://www.repost-example.cn/news/2026/0903/x_2.html",
                  body="\n".join(truth), note=f"DedeCMS GBK page {part}/2, s2t+tone(), hidden spans, 20 paragraphs")
        if part == 1:
            c.expect["next_pages"] = ["http://www.repost-example.cn/news/2026/0903/x_2.html"]
        return c
    return build


def h_php_br_lying() -> Case:
    a = ARTICLES["zh_flash"]
    w = Wrap(charset_meta="gbk", info="2026年05月06日 10:21 来源：新华社 作者：周怡", tail=["【责任编辑：王晓】"],
             related=["铁路部门：“五一”假期最后一天返程客流预计达到峰值，建议旅客错峰出行并提前购票", "多地景区发布限流公告 游客可通过官方小程序提前预约入园时间"])
    return _html("h_php_br_lying", a, tp.phpcms_br(a.title, list(a.paras), w), "utf-8", "text/html; charset=gbk",
                 note="PHPCMS <br>-only body, UTF-8 bytes under a gbk label, long related titles")


def h_discuz_tw_big5() -> Case:
    a = ARTICLES["tw_night_market"]
    w = Wrap(charset_meta="utf-8", info="2026-11-12 18:40", spam=tp.SPAM_TW, hidden="本帖來自ｗｗｗ．ｂｂｓ８．ｔｗ", hidden_style="font-size:0px;color:#fff",
             comments=[("路人甲", "我家附近的夜市也是這樣，現在去買東西幾乎都用手機付款了，真的方便很多，也不用擔心找錯錢。"),
                       ("阿明", "樓上說得對，不過我媽還是習慣帶現金，她說手機付款要輸入密碼太麻煩了，希望攤商還是能收現金。")])
    return _html("h_discuz_tw_big5", a, tp.discuz(a.title, list(a.paras), w), "big5", "text/html; charset=utf-8", keys=("publisher", "script"),
                 note="Discuz thread, Big5 bytes labeled utf-8 (HTTP and meta), 0px anti-copy fonts, prose replies")


def h_wp_qa_jsonld() -> Case:
    a = ARTICLES["zh_qa"]
    w = Wrap(info='<span class="posted-on"><time class="entry-date published" datetime="2026-12-20T09:15:00+08:00">2026年12月20日</time></span> 来源：人民网 作者：李晓',
             jsonld={"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title, "datePublished": "2026-12-20T09:15:00+08:00",
                     "author": {"@type": "Person", "name": "李晓"}, "publisher": {"@type": "Organization", "name": "养老资讯网"}},
             comments=[("王先生", "请问一下，如果我中途换了工作单位，之前缴纳的个人养老金会不会受影响？账户里的钱还能继续投资吗？谢谢解答。"),
                       ("小李", "我去年就开了账户，每年存满一万二，主要是为了抵税，算下来每年能少交一千多块钱的个税，挺划算的。")],
             tail=["（责编：赵敏、孙立）"])
    return _html("h_wp_qa_jsonld", a, tp.wordpress(a.title, list(a.paras), w), "utf-8", "text/html; charset=UTF-8", keys=("author", "published"),
                 note="WordPress, Q&A short paragraphs, JSON-LD publisher is the repost site, 人民网-style （责编：…） tail, prose comments")


def h_modern_teaser() -> Case:
    a = ARTICLES["zh_phone"]
    w = Wrap(info="韩冰 · 2026-03-19 08:02 · 科技频道", spam=None,
             jsonld={"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title, "datePublished": "2026-03-19T08:02:00+08:00",
                     "author": [{"@type": "Person", "name": "韩冰"}], "articleBody": "\n".join(a.paras)},
             related=["折叠屏手机到底值不值得买？我们用了三个月后发现了这些优点和缺点", "5nm芯片量产背后：国产手机厂商如何一步步走向自研之路"])
    return _html("h_modern_teaser", a, tp.modern(a.title, list(a.paras), w, teaser_only=True), "utf-8", "text/html; charset=utf-8",
                 keys=("author", "published"), note="app page: one teaser paragraph + 打开APP阅读全文; the full body only in JSON-LD articleBody")


def h_modern_full() -> Case:
    a = ARTICLES["zh_phone"]
    w = Wrap(info="<span>韩冰</span><span>2026-03-19 08:02</span>", spam=None, og={"og:title": a.title, "article:published_time": "2026-03-19T08:02:00+08:00"},
             related=["折叠屏手机到底值不值得买？我们用了三个月后发现了这些优点和缺点", "5nm芯片量产背后：国产手机厂商如何一步步走向自研之路",
                      "手机厂商扎堆发布新品，消费者如何选择适合自己的机型？专家给出五条建议"])
    return _html("h_modern_full", a, tp.modern(a.title, list(a.paras), w), "utf-8", None, keys=("published",),
                 note="div soup, hashed classes, full body, long related cards, og: meta only")


def h_dede_table() -> Case:
    a = ARTICLES["zh_grain_table"]
    paras = list(a.paras)
    rows = [r.split("\t") for r in paras[3:8]]
    table = "<table border=\"1\" class=\"data\"><tbody>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
    html = tp.dedecms(a.title, [*paras[:3], "\x00TABLE", *paras[8:]], Wrap(charset_meta="gb2312", info=_info(a, "2026-07-10 10:00", "国家统计局网站")))
    html = html.replace("<p>　　\x00TABLE</p>", table)
    return _html("h_dede_table", a, html, "gbk", "text/html", keys=("published",), table=True, note="DedeCMS GBK with a <table> of figures inside the body")


def h_wp_en_cp1252() -> Case:
    a = ARTICLES["en_ferry"]
    w = Wrap(charset_meta="UTF-8", spam="Best Online Casino Bonus 2026 - Free Spins No Deposit", info="Posted on <time>March 4, 2026</time> by admin")
    return _html("h_wp_en_cp1252", a, tp.wordpress(a.title, list(a.paras), w), "cp1252", "text/html; charset=UTF-8", keys=("publisher", "published"),
                 note="WordPress, windows-1252 bytes (€, curly quotes, em dash) under a UTF-8 label")


def h_wp_en_double() -> Case:
    a = ARTICLES["en_ferry"]
    paras = [o.cp1252_moji(p) for p in a.paras]
    w = Wrap(charset_meta="UTF-8", spam="Best Online Casino Bonus 2026 - Free Spins No Deposit", info="Posted on <time>March 4, 2026</time> by admin")
    return _html("h_wp_en_double", a, tp.wordpress(a.title, paras, w), "utf-8", "text/html; charset=UTF-8", keys=("publisher",),
                 note="WordPress UTF-8 page whose body was already mojibake (â€œ … â‚¬4.50)")


def h_ru_1251_nolabel() -> Case:
    a = ARTICLES["ru_library"]
    w = Wrap(charset_meta=None, spam="Скачать бесплатно фильмы онлайн без регистрации - смотреть сериалы", crumb="Главная > Новости > Культура",
             info="15.10.2026 14:20 | Источник: ТАСС", indent="", related=["В Татарстане построят еще три библиотеки нового формата до конца следующего года"])
    return _html("h_ru_1251_nolabel", a, tp.dedecms(a.title, list(a.paras), w), "cp1251", None, keys=("publisher", "published"),
                 url="http://news-repost.example.ru/kultura/1501.html", note="windows-1251, no label anywhere, «» and —")


def h_ru_koi8_lying() -> Case:
    a = ARTICLES["ru_library"]
    w = Wrap(charset_meta="windows-1251", spam="Скачать бесплатно фильмы онлайн без регистрации", crumb="Главная > Новости",
             info="15 октября 2026, 14:20")
    return _html("h_ru_koi8_lying", a, tp.wordpress(a.title, list(a.paras), w), "koi8-r", "text/html; charset=windows-1251", keys=("publisher", "published"),
                 url="http://news-repost.example.ru/kultura/1502.html", note="KOI8-R bytes under a windows-1251 label")


def h_ja_cp932() -> Case:
    a = ARTICLES["ja_shrine"]
    w = Wrap(charset_meta="Shift_JIS", spam="無料動画 アダルト 出会い系 即日融資 カードローン", crumb="ホーム > 地域 > 長野",
             info="2026年4月1日 11時30分 共同通信", indent="")
    return _html("h_ja_cp932", a, tp.dedecms(a.title, list(a.paras), w), "cp932", "text/html; charset=Shift_JIS", keys=("publisher", "published"),
                 url="http://matome-news.example.jp/archives/2026/04/01.html", note="cp932 bytes (㈱ NEC ext.) labeled Shift_JIS; native full-width digits must stay")


def h_hk_hkscs_as_big5() -> Case:
    a = ARTICLES["hk_minibus"]
    w = Wrap(charset_meta="big5", spam=tp.SPAM_TW, crumb="現在位置：主頁 > 港聞", info="<small>時間:</small>2026-10-08 06:30")
    return _html("h_hk_hkscs_as_big5", a, tp.dedecms(a.title, list(a.paras), w), "big5hkscs", "text/html; charset=big5", keys=("script", "published"),
                 url="http://hk-news.example.hk/a/1008.html", note="Big5-HKSCS bytes (嘅 唔 冇 揸) labeled big5")


def h_ruby_s2hk() -> Case:
    a = ARTICLES["zh_flash"]
    title = o.convert(a.title, "s2hk")
    paras = [o.fold(o.gloss(p, "s2hk", ruby=True)) for p in a.paras]
    w = Wrap(charset_meta="utf-8", info=_info(a, "2026-05-06 10:21", "新華社"))
    return _html("h_ruby_s2hk", a, tp.dedecms(title, paras, w), "utf-8", None, note="s2hk with <ruby>…<rt> readings (no <rp>), folded marks")


def h_mixed_gbk_utf8() -> Case:
    a = ARTICLES["zh_qa"]
    w = Wrap(charset_meta="gbk", info=_info(a, "2026-12-20 09:15", "人民网", "李晓"))
    html = tp.dedecms(a.title, list(a.paras), w)
    cut = html.index(a.paras[4])
    data = html[:cut].encode("gbk") + a.paras[4].encode("utf-8") + html[cut + len(a.paras[4]):].encode("gbk")
    return Case("h_mixed_gbk_utf8", "html", data, a.title, a.body, url="http://www.repost-example.cn/news/h_mixed.html", content_type="text/html",
                expect={"author": a.author}, note="GBK page with one paragraph pasted as raw UTF-8 bytes")


def h_dede_fullwidth_radicals() -> Case:
    a = ARTICLES["zh_grain_table"]
    paras = [o.radicals(o.widen(p), 0.5) for p in a.paras if "\t" not in p]
    truth = "\n".join(p for p in a.paras if "\t" not in p)
    w = Wrap(charset_meta="utf-8", info=_info(a, "２０２６－０７－１０", "国家统计局"))
    return _html("h_dede_fullwidth_radicals", a, tp.dedecms(o.widen(a.title), paras, w), "utf-8", None, keys=("published",), body=truth,
                 note="full-width digits/% and radicals at 50%, full-width date in the info line")


def h_date_forms(fmt: str, info: str, iso: str) -> Callable[[], Case]:
    def build() -> Case:
        a = ARTICLES["zh_flash"]
        w = Wrap(charset_meta="utf-8", info=info)
        url = "http://www.repost-example.cn/html/2026/0506/8812.html" if fmt == "noyear_url" else None
        c = _html(f"h_date_{fmt}", a, tp.phpcms_br(a.title, list(a.paras), w), "utf-8", None, keys=(), url=url)
        c.expect["published"] = iso
        c.note = f"date line {info!r}"
        return c
    return build


def t_meta_lines_s2t() -> Case:
    a = ARTICLES["zh_flash"]
    title, paras = _seedlike(a, "s2t")
    head = [o.fold(o.gloss("来源：新华网 作者：周怡 发布时间：2026-05-06 10:21", "s2t"))]
    w = Wrap(spam=tp.SPAM, crumb=_crumb("s2t"), tail=[o.fold(o.gloss("责任编辑：王晓", "s2t"))])
    return _text("t_meta_lines_s2t", a, title, paras, w, head=head, keys=("author", "published", "script"),
                 note="来源/作者/发布时间 line and 责任编辑 tail, converted, glossed and folded like the body")


def t_placeholder_source() -> Case:
    a = ARTICLES["zh_flash"]
    w = Wrap(spam=tp.SPAM, crumb="当前位置：首页 > 国内新闻", tail=["本文来源：新华社"])
    c = _text("t_placeholder_source", a, a.title, list(a.paras), w, head=["时间：2026-05-06 来源：本站原创 作者：admin"], keys=("publisher", "published"))
    c.expect["author"] = None
    c.note = "来源：本站原创 作者：admin placeholders; the real source in a 本文来源：新华社 tail"
    return c


def h_short_in_simplified_template() -> Case:
    a = ARTICLES["zh_flash"]
    title, paras = _seedlike(a, "s2tw")
    w = Wrap(charset_meta="utf-8", info=_info(a, "2026-05-06 10:21", "新華社"))
    return _html("h_short_in_simplified_template", a, tp.dedecms(title, paras, w), "utf-8", None, keys=("script",),
                 note="2-paragraph s2tw+tone() article inside a simplified DedeCMS template with spam in <title>, keywords and header")


def h_wp_list_caption() -> Case:
    a = ARTICLES["zh_grain_table"]
    keep = [p for p in a.paras if "\t" not in p]
    items = [p for p in keep if p[:2] in ("一是", "二是", "三是")]
    prose = [p for p in keep if p not in items]
    html_paras = [*prose[:2], '<img src="/uploads/2026/07/wheat.jpg" alt="" /></p><p style="text-align:center">图为河南一处麦田里，联合收割机正在抢收小麦。（资料图）', *prose[2:]]
    w = Wrap(charset_meta="utf-8", info='<span class="posted-on">2026-07-10</span>', related=["夏粮丰收背后：种业科技如何为小麦单产提升提供支撑？记者走访多个育种基地"])
    html = tp.wordpress(a.title, html_paras, w)
    ol = "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"
    html = html.replace(f"<p>{prose[-1]}</p>", f"<p>{prose[-1]}</p>\n{ol}")
    truth = "\n".join(prose + items)
    return _html("h_wp_list_caption", a, html, "utf-8", "text/html; charset=UTF-8", keys=("published",), body=truth,
                 note="WordPress body with an image caption (dropped) and an <ol> list (kept, one item a line)")


def t_qa_convert_only() -> Case:
    a = ARTICLES["zh_qa"]
    return _text("t_qa_convert_only", a, o.convert(a.title, "s2tw"), [o.fold(o.convert(p, "s2tw")) for p in a.paras],
                 Wrap(spam=tp.SPAM, crumb="当前位置：首页 > 财经 > 理财"), keys=("script",),
                 note="s2tw without pinyin, no agency dateline: mainland policy Q&A (个人所得税, “” quotes) under a simplified spam header and crumb")


def h_report_s2t_nogloss() -> Case:
    a = ARTICLES["zh_gb18030"]
    w = Wrap(charset_meta="utf-8", info='<span class="posted-on">2026-08-01</span>', related=["“锟斤拷”是怎么来的？一文看懂乱码背后的编码知识"])
    return _html("h_report_s2t_nogloss", a, tp.wordpress(o.convert(a.title, "s2t"), [o.convert(p, "s2t") for p in a.paras], w), "utf-8", None,
                 keys=("script",), note="s2t without pinyin, 本报北京…电 dateline, WordPress page in simplified")


DATES = [
    ("slash", "发布时间：2026/5/6 10:21 来源：新华社", "2026-05-06"),
    ("dots", "2026.05.06 来源：新华社", "2026-05-06"),
    ("cn_week", "2026年5月6日 星期三 10:21 来源：新华社", "2026-05-06"),
    ("bracket", "[2026-05-06] 来源：新华社 【字体：大 中 小】", "2026-05-06"),
    ("update", "来源：新华社 | 更新时间：2026-05-06 10:21:33 | 浏览次数：1024", "2026-05-06"),
    ("noyear_url", "05-06 10:21 来源：新华社", "2026-05-06"),
]


BUILDERS: list[Callable[[], Case]] = [
    t_flash_seed, t_flash_convert_only, t_long_hk_tone3, t_long_fffd_kjk, t_long_noblank, t_phone_latin, t_phone_toneless,
    t_phone_fullwidth, t_grain_table, t_topic_encoding, t_qa_seed, t_tw_original, t_tw_glossed, t_hk_hkscs, t_radicals,
    t_title_moji, t_double_moji, t_gbk_cp1252_moji,
    h_gb18030_as_gb2312, h_long_multipage(1), h_long_multipage(2), h_php_br_lying, h_discuz_tw_big5, h_wp_qa_jsonld,
    h_modern_teaser, h_modern_full, h_dede_table, h_wp_en_cp1252, h_wp_en_double, h_ru_1251_nolabel, h_ru_koi8_lying,
    h_ja_cp932, h_hk_hkscs_as_big5, h_ruby_s2hk, h_mixed_gbk_utf8, h_dede_fullwidth_radicals,
    t_meta_lines_s2t, t_placeholder_source, h_short_in_simplified_template, h_wp_list_caption, t_qa_convert_only, h_report_s2t_nogloss,
    *[h_date_forms(*d) for d in DATES],
]


def build_all() -> list[Case]:
    return [b() for b in BUILDERS]
