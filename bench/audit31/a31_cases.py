"""Audit31 cases: pathological inputs and scale. Every shape is a builder ``build(k, seed) -> Built`` whose size
grows linearly with ``k`` (the runner times k = 1, 2, 4, 8), and an expectation decided before any run.

All article text here is our own writing (a drainage works story, a harbour ferry story, and long reports made
from our own sentence parts by a seeded generator); nothing is copied from a real page.

Expectation kinds (``Expect.outcome``):
  article    status ok, the title (when given) and the body exactly as written (or char-F1 >= min_f1 when the
             input itself lost bytes), metadata where stated
  no_article the input holds no article: a ``dropped`` record (rc 0) or one stderr line naming the file (rc 1);
             never an ``ok`` record with junk text, never a traceback
  any        no article structure a reader could point at (one 2 MB line): ok or dropped, never a traceback
  refused    a bomb: one stderr line naming the file (rc 1) or a dropped record, memory bounded
  records    several records (a directory, a JSONL file): per-record expectations in ``Built.records``
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------- our texts

ZH_TITLE = "城西十二个老旧小区完成雨污分流改造"
ZH_DATE = "2026-03-18"
ZH_PARAS = [
    "本报讯（记者 林晓川）经过八个月施工，城西街道十二个老旧小区的雨污分流改造工程日前全部完工，惠及居民四千三百余户。",
    "这些小区大多建于上世纪九十年代，雨水和生活污水长期共用一根管道，每逢暴雨，部分楼栋的地下室就会倒灌积水。",
    "施工方采用分段开挖、夜间不作业的方式，尽量减少对居民出行的影响。街道还在每个小区设置了意见箱，共收集居民建议一百六十多条。",
    "改造完成后，雨水将经由新建管网直接排入河道，污水则接入市政管网送往污水处理厂。",
    "街道负责人表示，下一步将对管网运行情况开展为期一年的跟踪监测，发现问题及时整改。",
]
EN_TITLE = "Harbour town tries a night ferry for shift workers"
EN_PARAS = [
    "Portwick will run a ferry across the bay every night from next month, the town council decided on Tuesday, "
    "after nurses and dock workers said the last boat at ten left them with a two-hour drive around the water.",
    "The trial will last six months. Two crossings an hour will leave the north quay between eleven at night and "
    "five in the morning, and the fare will match the daytime one.",
    "Councillor Maren Hale said the hospital on the south shore had asked for the service for three winters in a "
    "row. \"People were sleeping in their cars between shifts,\" she said.",
    "The operator will use its smaller boat, which carries sixty passengers and twelve bicycles, so that the main "
    "vessel can be serviced at night.",
    "If more than eighty people use the crossing on an average night, the council will vote in the autumn on "
    "keeping it for good.",
]

SPAM_LINE = "精品视频在线观看-免费高清影院-最新电影免费看-日韩精品一区二区三区"
CRUMB = "当前位置：首页 > 新闻中心 > 社会民生"
DATE_LINE = f"{ZH_DATE} 09:30  来源：城西日报"
FOOTER = ["版权所有 2026 城西资讯网 保留所有权利", "备案号：京ICP备00000000号"]

_PLACES = ["城西街道", "南湖社区", "北关村", "东港新区", "老城片区", "河滨公园", "第三中学", "市民服务中心",
           "供热公司", "公交总站", "农贸市场", "图书馆分馆"]
_SUBJECTS = ["工作人员", "志愿者", "施工队", "居民代表", "技术人员", "网格员", "值班医生", "驾驶员"]
_ACTS = ["逐户走访了", "检修了", "登记了", "更换了", "清理了", "核对了", "回访了", "测量了"]
_OBJECTS = ["供水管道", "楼道照明", "消防通道", "电梯设备", "排水沟渠", "停车位", "健身器材", "垃圾分类点"]
_TAILS = ["发现的问题已当场记录", "相关情况将在月底前公示", "居民反映的意见将汇总上报", "后续维护由物业负责",
          "整改情况接受群众监督", "费用由专项资金列支"]


def long_zh_paras(n: int, seed: int) -> list[str]:
    """``n`` distinct paragraphs of our own report prose, two or three sentences each, full-width punctuation."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(2, 3)):
            sentences.append(f"{rng.choice(_PLACES)}的{rng.choice(_SUBJECTS)}{rng.choice(_ACTS)}"
                             f"{rng.randint(2, 900)}处{rng.choice(_OBJECTS)}，{rng.choice(_TAILS)}。")
        out.append(f"第{i + 1}项，" + "".join(sentences))
    return out


_EN_WORDS = ["quay", "ferry", "harbour", "council", "nurse", "dock", "shift", "crossing", "fare", "vessel", "trial",
             "winter", "season", "tide", "pier", "ticket", "bicycle", "timetable", "captain", "engine", "route",
             "island", "bridge", "lantern", "mooring"]


def long_en_paras(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [f"Item {i + 1}: the {rng.choice(_EN_WORDS)} crew checked {rng.randint(2, 900)} "
            f"{rng.choice(_EN_WORDS)}s near the {rng.choice(_EN_WORDS)}, and the {rng.choice(_EN_WORDS)} "
            f"report was filed before the {rng.choice(_EN_WORDS)} closed." for i in range(n)]


# --------------------------------------------------------------------------------------------- shapes


@dataclass
class Expect:
    outcome: str  # article | no_article | any | refused | records
    title: str | None = None
    body: str | None = None  # exact
    min_f1: float = 1.0  # when < 1, the body is scored by char-F1 instead of exactly
    published: str | None = None


@dataclass
class Built:
    files: dict[str, bytes]  # relative name -> bytes (one file, or a directory's files)
    target: str  # what is passed to the CLI (a file name, or '.' for the directory)
    expect: Expect
    args: tuple[str, ...] = ()
    records: list[Expect] = field(default_factory=list)  # outcome 'records': one per record, in order


@dataclass
class Shape:
    name: str
    build: Callable[[int, int], Built]
    note: str
    sizes: tuple[int, ...] = (1, 2, 4, 8)
    api: bool = True  # also cleaned through the public API (clean_html / decode + clean_text) in-process


def html_page(title: str, body_html: str, head: str = "", lang: str = "zh-CN") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}_城西资讯网</title>'
            f'{head}</head>\n<body>\n<div class="header"><a href="/">首页</a> <a href="/news/">新闻</a></div>\n'
            f'{body_html}\n<div class="footer">{FOOTER[0]}<br>{FOOTER[1]}</div>\n</body></html>\n')


def article_html(title: str, paras: list[str], date: str = ZH_DATE) -> str:
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<div class="article"><h1>{title}</h1><div class="info">{date} 09:30 来源：城西日报</div>\n'
            f'<div class="content">\n{ps}\n</div></div>')


def expect_zh(paras: list[str], title: str = ZH_TITLE, **kw: object) -> Expect:
    return Expect("article", title, "\n".join(paras), **kw)  # type: ignore[arg-type]


def dump_text(title: str, paras: list[str], spam_repeat: int = 1) -> str:
    lines = [SPAM_LINE] * spam_repeat + ["", CRUMB, "", title, "", DATE_LINE, ""]
    lines += [f"\u3000\u3000{p}\n" for p in paras]
    lines += FOOTER
    return "\n".join(lines) + "\n"


def one(name: str, data: bytes, expect: Expect, *args: str) -> Built:
    return Built({name: data}, name, expect, tuple(args))


# -- huge pages


def b_comment_thread(k: int, seed: int) -> Built:
    """An article followed by a forum-like comment thread: 2500 comments per k (~0.8 MB per k, 6.4 MB at 8x)."""
    rng = random.Random(seed)
    comments = []
    for i in range(2500 * k):
        user = f"用户{rng.randint(10000, 99999)}"
        text = (f"{rng.choice(_SUBJECTS)}说{rng.choice(_PLACES)}的{rng.choice(_OBJECTS)}早该修了，"
                f"{rng.choice(_TAILS)}。（{i + 1}楼）")
        comments.append(f'<div class="comment-item"><span class="user">{user}</span><span class="time">'
                        f'2026-03-{rng.randint(18, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)}</span>'
                        f'<div class="comment-text">{text}</div><a class="reply" href="#">回复</a> '
                        f'<a class="like" href="#">赞({rng.randint(0, 99)})</a></div>')
    thread = '\n<div class="comments"><h3>网友评论</h3>\n' + "\n".join(comments) + "</div>"
    body = article_html(ZH_TITLE, ZH_PARAS) + thread
    return one("thread.html", html_page(ZH_TITLE, body).encode(), expect_zh(ZH_PARAS, published=ZH_DATE))


def b_huge_sidebar(k: int, seed: int) -> Built:
    """An article followed by a sidebar of 4000 related links per k (~0.8 MB per k)."""
    rng = random.Random(seed)
    items = "\n".join(f'<li><a href="/news/{i}.html">{rng.choice(_PLACES)}{rng.choice(_ACTS)}'
                      f'{rng.randint(2, 900)}处{rng.choice(_OBJECTS)}</a><span>03-{rng.randint(10, 28)}</span></li>'
                      for i in range(4000 * k))
    body = article_html(ZH_TITLE, ZH_PARAS) + f'\n<div class="sidebar"><h3>相关阅读</h3><ul>{items}</ul></div>'
    return one("sidebar.html", html_page(ZH_TITLE, body).encode(), expect_zh(ZH_PARAS, published=ZH_DATE))


def b_text_dump_long(k: int, seed: int) -> Built:
    """A seed-like text dump whose report runs 6250 paragraphs per k (12.5k lines per k: 100k lines at 8x)."""
    paras = long_zh_paras(6250 * k, seed)
    return one("dump.txt", dump_text(ZH_TITLE, paras).encode(), expect_zh(paras))


def b_pre_dump(k: int, seed: int) -> Built:
    """A farm page that is one giant <pre> holding a seed-like dump (1250 paragraphs per k)."""
    paras = long_zh_paras(1250 * k, seed)
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SPAM_LINE}</title></head><body><pre>'
            f'{dump_text(ZH_TITLE, paras)}</pre></body></html>')
    return one("pre.html", page.encode(), expect_zh(paras))


def b_minified(k: int, seed: int) -> Built:
    """A whole page on one line (minified): article of 300 paragraphs per k plus a 1000-link sidebar per k."""
    rng = random.Random(seed)
    paras = long_zh_paras(300 * k, seed)
    items = "".join(f'<li><a href="/n/{i}.html">{rng.choice(_PLACES)}{rng.choice(_OBJECTS)}</a></li>'
                    for i in range(1000 * k))
    page = html_page(ZH_TITLE, article_html(ZH_TITLE, paras) + f'<ul class="related">{items}</ul>').replace("\n", "")
    return one("minified.html", page.encode(), expect_zh(paras, published=ZH_DATE))


def b_next_data(k: int, seed: int) -> Built:
    """A server-rendered page with a 1 MB per k state object (__NEXT_DATA__) of list items, article in the DOM."""
    rng = random.Random(seed)
    items = [{"id": i, "title": f"{rng.choice(_PLACES)}{rng.choice(_OBJECTS)}", "summary": long_zh_paras(1, i)[0],
              "url": f"/n/{i}.html"} for i in range(2200 * k)]
    state = json.dumps({"props": {"pageProps": {"feed": items}}}, ensure_ascii=False)
    head = f'<script id="__NEXT_DATA__" type="application/json">{state}</script>'
    page = html_page(ZH_TITLE, article_html(ZH_TITLE, ZH_PARAS), head=head)
    return one("nextdata.html", page.encode(), expect_zh(ZH_PARAS, published=ZH_DATE))


def b_jsonld_body(k: int, seed: int) -> Built:
    """A JSON-LD NewsArticle whose articleBody is 128 KB per k (1 MB at 8x), the same text shown in <p>s."""
    paras = long_zh_paras(450 * k, seed)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ZH_TITLE,
          "datePublished": f"{ZH_DATE}T09:30:00+08:00", "articleBody": "\n".join(paras),
          "author": {"@type": "Person", "name": "林晓川"}}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    page = html_page(ZH_TITLE, article_html(ZH_TITLE, paras), head=head)
    return one("jsonld.html", page.encode(), expect_zh(paras, published=ZH_DATE))


# -- deep and odd markup


def b_nested_divs(k: int, seed: int) -> Built:
    """The article inside 6250 nested <div>s per k (50k at 8x)."""
    depth = 6250 * k
    body = '<div class="wrap">' * depth + article_html(ZH_TITLE, ZH_PARAS) + "</div>" * depth
    return one("nested.html", html_page(ZH_TITLE, body).encode(), expect_zh(ZH_PARAS, published=ZH_DATE))


def b_unclosed(k: int, seed: int) -> Built:
    """An old CMS body: 1000 paragraphs per k, each an unclosed <p> opening an unclosed <font> (and a <div>
    never closed every 10 paragraphs): the open elements pile up."""
    paras = long_zh_paras(1000 * k, seed)
    parts = []
    for i, p in enumerate(paras):
        parts.append(("<div>" if i % 10 == 0 else "") + f'<p><font color="#333333" size="3">{p}')
    body = (f'<h1>{ZH_TITLE}</h1><div class="info">{ZH_DATE} 09:30 来源：城西日报</div><div class="content">'
            + "\n".join(parts))
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{ZH_TITLE}_城西资讯网</title></head><body>'
            f'{body}\n')  # the page is cut off: no footer, nothing closed
    return one("unclosed.html", page.encode(), expect_zh(paras, published=ZH_DATE))


def b_table_nest(k: int, seed: int) -> Built:
    """The article in the innermost cell of tables nested 62 deep per k (496 at 8x), a 2000s portal layout."""
    depth = 62 * k
    open_ = '<table width="100%" border="0"><tr><td class="cell">' * depth
    close = "</td></tr></table>" * depth
    body = open_ + article_html(ZH_TITLE, ZH_PARAS) + close
    return one("tables.html", html_page(ZH_TITLE, body).encode(), expect_zh(ZH_PARAS, published=ZH_DATE))


def b_many_br(k: int, seed: int) -> Built:
    """A body of 200 paragraphs per k separated by runs of 1..40 <br>s (about 4000 <br> per k)."""
    rng = random.Random(seed)
    paras = long_zh_paras(200 * k, seed)
    inner = "".join(p + "<br>" * rng.randint(1, 40) for p in paras)
    body = (f'<div class="article"><h1>{ZH_TITLE}</h1><div class="info">{ZH_DATE} 09:30 来源：城西日报</div>'
            f'<div class="content">{inner}</div></div>')
    return one("br.html", html_page(ZH_TITLE, body).encode(), expect_zh(paras, published=ZH_DATE))


def b_links_in_body(k: int, seed: int) -> Built:
    """A long article whose paragraphs link their place names (1250 <a> per k: 10k at 8x)."""
    paras = long_zh_paras(500 * k, seed)
    html_paras = []
    count = 0
    for p in paras:
        for place in _PLACES:
            if place in p and count < 1250 * k:
                n = p.count(place)
                p = p.replace(place, f'<a href="/tag/{_PLACES.index(place)}.html" target="_blank">{place}</a>')
                count += n
        html_paras.append(p)
    body = (f'<div class="article"><h1>{ZH_TITLE}</h1><div class="info">{ZH_DATE} 09:30 来源：城西日报</div>'
            f'<div class="content">' + "".join(f"<p>{p}</p>" for p in html_paras) + "</div></div>")
    return one("links.html", html_page(ZH_TITLE, body).encode(), expect_zh(paras, published=ZH_DATE))


def b_huge_style(k: int, seed: int) -> Built:
    """A farm's anti-copy trick: a <style> of 1250 classes per k, half hidden (display:none), and every paragraph
    of the article carries a hidden span of a site name inside it."""
    rng = random.Random(seed)
    n = 1250 * k
    rules = "\n".join(f".c{i}{{display:none}}" if i % 2 else f".c{i}{{color:#33{i % 10}}}" for i in range(n))
    paras = long_zh_paras(100 * k, seed)
    html_paras = []
    for p in paras:
        cut = rng.randint(5, len(p) - 5)
        hidden = rng.randrange(1, n, 2)
        html_paras.append(f'<p>{p[:cut]}<span class="c{hidden}">城西资讯网www.chengxi-zx.example</span>{p[cut:]}</p>')
    body = (f'<div class="article"><h1>{ZH_TITLE}</h1><div class="info">{ZH_DATE} 09:30 来源：城西日报</div>'
            f'<div class="content">' + "".join(html_paras) + "</div></div>")
    return one("style.html", html_page(ZH_TITLE, body, head=f"<style>{rules}</style>").encode(),
               expect_zh(paras, published=ZH_DATE))


def b_many_meta(k: int, seed: int) -> Built:
    """A head with 2500 <meta> tags per k (a CMS plugin's tag list), published in article:published_time."""
    rng = random.Random(seed)
    metas = "\n".join(f'<meta name="tag-{i}" content="{rng.choice(_PLACES)}{rng.choice(_OBJECTS)}">'
                      for i in range(2500 * k))
    head = f'<meta property="article:published_time" content="{ZH_DATE}T09:30:00+08:00">\n{metas}'
    body = f'<div class="article"><h1>{ZH_TITLE}</h1><div class="content">' + "".join(
        f"<p>{p}</p>" for p in ZH_PARAS) + "</div></div>"
    return one("meta.html", html_page(ZH_TITLE, body, head=head).encode(), expect_zh(ZH_PARAS, published=ZH_DATE))


def b_style_attrs(k: int, seed: int) -> Built:
    """Every tag carries a 1.5 KB style attribute (a page pasted from a word processor): 150 paragraphs per k."""
    rng = random.Random(seed)
    paras = long_zh_paras(150 * k, seed)

    def style() -> str:
        return "; ".join(f"mso-prop-{rng.randint(0, 999)}: {rng.randint(0, 99)}pt" for _ in range(80))

    body = (f'<div class="article" style="{style()}"><h1 style="{style()}">{ZH_TITLE}</h1>'
            f'<div class="info" style="{style()}">{ZH_DATE} 09:30 来源：城西日报</div><div class="content">'
            + "".join(f'<p style="{style()}"><span style="{style()}">{p}</span></p>' for p in paras) + "</div></div>")
    return one("styleattr.html", html_page(ZH_TITLE, body).encode(), expect_zh(paras, published=ZH_DATE))


def b_char_refs(k: int, seed: int) -> Built:
    """A page writing every CJK character of a 300-paragraph-per-k article as a decimal reference."""
    paras = long_zh_paras(300 * k, seed)

    def refs(s: str) -> str:
        return "".join(f"&#{ord(c)};" if ord(c) > 0x2E80 else c for c in s)

    body = (f'<div class="article"><h1>{refs(ZH_TITLE)}</h1><div class="info">{ZH_DATE} 09:30 来源：城西日报</div>'
            f'<div class="content">' + "".join(f"<p>{refs(p)}</p>" for p in paras) + "</div></div>")
    return one("refs.html", html_page(ZH_TITLE, body).encode(), expect_zh(paras, published=ZH_DATE))


# -- repair-heavy text


def b_zero_width(k: int, seed: int) -> Built:
    """A U+200B between every character of a 250-paragraph-per-k article (HTML)."""
    paras = long_zh_paras(250 * k, seed)
    zw = "\u200b".join
    body = (f'<div class="article"><h1>{ZH_TITLE}</h1><div class="info">{ZH_DATE} 09:30 来源：城西日报</div>'
            f'<div class="content">' + "".join(f"<p>{zw(p)}</p>" for p in paras) + "</div></div>")
    return one("zw.html", html_page(ZH_TITLE, body).encode(), expect_zh(paras, published=ZH_DATE))


def gloss(s: str) -> str:
    from pypinyin import Style, lazy_pinyin
    readings = lazy_pinyin(s, style=Style.TONE, errors=lambda chars: [None] * len(chars))
    return "".join(f"{c}({r})" if r and "\u4e00" <= c <= "\u9fff" else c for c, r in zip(s, readings, strict=True))


def b_pinyin(k: int, seed: int) -> Built:
    """A seed-like dump where every Chinese character is glossed: 1250 lines per k (10k at 8x)."""
    paras = long_zh_paras(625 * k, seed)
    text = dump_text(gloss(ZH_TITLE), [gloss(p) for p in paras])
    return one("pinyin.txt", text.encode(), expect_zh(paras))


def b_spam_repeat(k: int, seed: int) -> Built:
    """The spam header line repeated 6250 times per k (50k at 8x) above a seed-like dump."""
    return one("spam.txt", dump_text(ZH_TITLE, ZH_PARAS, spam_repeat=6250 * k).encode(), expect_zh(ZH_PARAS))


def b_gbk_lost(k: int, seed: int) -> Built:
    """A GBK page (honestly labelled) that lost one byte in every 100: 400 paragraphs per k."""
    paras = long_zh_paras(400 * k, seed)
    page = html_page(ZH_TITLE, article_html(ZH_TITLE, paras)).replace('charset="utf-8"', 'charset="gbk"')
    raw = page.encode("gbk")
    head_end = raw.index(b"<body>") + 6  # keep the head whole so the label survives
    damaged = raw[:head_end] + b"".join(raw[i:i + 99] for i in range(head_end, len(raw), 100))
    return one("gbk_lost.html", damaged, Expect("article", None, "\n".join(paras), min_f1=0.9))


# -- junk


def b_fffd(k: int, seed: int) -> Built:
    """A page of only U+FFFD (a lossy decode saved as UTF-8): 33k characters per k."""
    return one("fffd.txt", ("\ufffd" * 80 + "\n").encode() * (420 * k), Expect("no_article"))


def b_kunkin(k: int, seed: int) -> Built:
    """A page of only 锟斤拷 (U+FFFD bytes read as GBK and saved as UTF-8): 100 KB per k."""
    return one("kunkin.txt", ("锟斤拷" * 30 + "\n").encode() * (370 * k), Expect("no_article"))


def b_line_cjk(k: int, seed: int) -> Built:
    """One 256 KB-per-k line of Chinese characters with no newline and no punctuation (2 MB at 8x)."""
    rng = random.Random(seed)
    words = [w for w in _PLACES + _SUBJECTS + _ACTS + _OBJECTS]
    out: list[str] = []
    size = 0
    while size < 256 * 1024 * k:
        w = rng.choice(words)
        out.append(w)
        size += len(w.encode())
    return one("line_cjk.txt", "".join(out).encode(), Expect("any"))


def b_line_latin(k: int, seed: int) -> Built:
    """One 256 KB-per-k line of lowercase words and spaces, no newline and no punctuation (2 MB at 8x)."""
    rng = random.Random(seed)
    n = 256 * 1024 * k // 7
    return one("line_latin.txt", " ".join(rng.choice(_EN_WORDS) for _ in range(n)).encode(), Expect("any"))


def b_binary(k: int, seed: int) -> Built:
    """256 KB per k of random bytes named .html."""
    return one("junk.html", random.Random(seed).randbytes(256 * 1024 * k), Expect("no_article"))


def b_whitespace(k: int, seed: int) -> Built:
    """A file of only whitespace (spaces, tabs, newlines, NBSP, ideographic spaces): 256 KB per k."""
    unit = (" \t \u00a0\u3000  \n\r\n").encode()
    return one("blank.txt", unit * (256 * 1024 * k // len(unit)), Expect("no_article"))


def b_empty(k: int, seed: int) -> Built:
    return one("empty.html", b"", Expect("no_article"))


def b_gzip_bomb(k: int, seed: int) -> Built:
    """A .html.gz that inflates to 128 MB per k of NUL bytes (1 GB at 8x) from about 1 MB per GB."""
    import zlib
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    parts = [comp.compress(b"<html><body><p>")]
    parts += [comp.compress(chunk) for _ in range(128 * k)]
    parts.append(comp.flush())
    return one("bomb.html.gz", b"".join(parts), Expect("refused"))


# -- many records


def small_article(i: int) -> bytes:
    paras = long_zh_paras(4, 1000 + i)
    return html_page(f"{ZH_TITLE}（之{i + 1}）", article_html(f"{ZH_TITLE}（之{i + 1}）", paras)).encode()


def b_directory(k: int, seed: int) -> Built:
    """A directory of 250 small files per k (2000 at 8x), cleaned with --jobs 2; every 100th file is junk
    (random bytes, an empty file, a whitespace file)."""
    rng = random.Random(seed)
    files: dict[str, bytes] = {}
    records: list[Expect] = []
    for i in range(250 * k):
        name = f"d{i // 100:02d}/p{i:05d}.html"
        if i % 100 == 37:
            files[name] = rng.randbytes(3000)
            records.append(Expect("no_article"))
        elif i % 100 == 71:
            files[name] = b"" if (i // 100) % 2 else b"  \n\n \t\n"
            records.append(Expect("no_article"))
        else:
            files[name] = small_article(i)
            paras = long_zh_paras(4, 1000 + i)
            records.append(Expect("article", f"{ZH_TITLE}（之{i + 1}）", "\n".join(paras), published=ZH_DATE))
    return Built(files, ".", Expect("records"), ("--jobs", "2"), records)


def b_jsonl_big_line(k: int, seed: int) -> Built:
    """A JSONL file: a small record, one record whose html is a 6.4 MB-per-k comment thread (51 MB at 8x),
    and a small record after it."""
    small_a = {"url": "http://news.example.cn/a/1.html", "html": small_article(1).decode()}
    small_b = {"url": "http://news.example.cn/a/3.html", "text": dump_text(ZH_TITLE, ZH_PARAS)}
    big_page = b_comment_thread(8 * k, seed).files["thread.html"].decode()
    big = {"url": "http://news.example.cn/a/2.html", "html": big_page}
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in (small_a, big, small_b)).encode() + b"\n"
    recs = [Expect("article", f"{ZH_TITLE}（之2）", "\n".join(long_zh_paras(4, 1001)), published=ZH_DATE),
            expect_zh(ZH_PARAS, published=ZH_DATE), expect_zh(ZH_PARAS)]
    return Built({"big.jsonl": data}, "big.jsonl", Expect("records"), (), recs)


SHAPES: list[Shape] = [
    Shape("comment_thread", b_comment_thread, "article + 2500 comments per k (0.8 MB/k)"),
    Shape("huge_sidebar", b_huge_sidebar, "article + 4000 related links per k"),
    Shape("text_dump_long", b_text_dump_long, "seed-like dump, 12.5k lines per k (100k at 8x)"),
    Shape("pre_dump", b_pre_dump, "one giant <pre> holding a dump"),
    Shape("minified", b_minified, "whole page on one line"),
    Shape("next_data", b_next_data, "1 MB/k __NEXT_DATA__ state object"),
    Shape("jsonld_body", b_jsonld_body, "JSON-LD articleBody 128 KB/k (1 MB at 8x)"),
    Shape("nested_divs", b_nested_divs, "6250 nested <div> per k (50k at 8x)"),
    Shape("unclosed", b_unclosed, "unclosed <p><font> x1000/k, unclosed <div> every 10"),
    Shape("table_nest", b_table_nest, "<table> in <table>, 62 deep per k (496 at 8x)"),
    Shape("many_br", b_many_br, "~4000 <br> per k between paragraphs"),
    Shape("links_in_body", b_links_in_body, "1250 <a> per k inside the article"),
    Shape("huge_style", b_huge_style, "<style> with 1250 classes per k, hidden spans in paragraphs"),
    Shape("many_meta", b_many_meta, "2500 <meta> per k"),
    Shape("style_attrs", b_style_attrs, "1.5 KB style on every tag"),
    Shape("char_refs", b_char_refs, "every CJK char as &#NNNNN;"),
    Shape("zero_width", b_zero_width, "U+200B between every character"),
    Shape("pinyin", b_pinyin, "every character glossed, 1250 lines per k"),
    Shape("spam_repeat", b_spam_repeat, "spam line x6250 per k (50k at 8x)"),
    Shape("gbk_lost", b_gbk_lost, "GBK page losing 1 byte in 100"),
    Shape("fffd", b_fffd, "only U+FFFD"),
    Shape("kunkin", b_kunkin, "only 锟斤拷"),
    Shape("line_cjk", b_line_cjk, "one 2 MB (8x) CJK line, no punctuation"),
    Shape("line_latin", b_line_latin, "one 2 MB (8x) line of words, no punctuation"),
    Shape("binary", b_binary, "random bytes named .html"),
    Shape("whitespace", b_whitespace, "only whitespace"),
    Shape("empty", b_empty, "empty file", sizes=(1,)),
    Shape("gzip_bomb", b_gzip_bomb, "html.gz inflating to 128 MB/k", api=False),
    Shape("directory", b_directory, "250 files per k, --jobs 2", api=False),
    Shape("jsonl_big_line", b_jsonl_big_line, "JSONL with a 6.4 MB/k line (51 MB at 8x)", api=False),
]


def by_name() -> dict[str, Shape]:
    return {s.name: s for s in SHAPES}
