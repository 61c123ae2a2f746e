# ruff: noqa: E501
"""Audit18 page builders: audit14's seed dump and farm page (reused), plus farm templates of other CMS
shapes (DedeCMS article page, WordPress single post, an app page with JSON-LD), new chrome (spam header
and footer wordings) and the byte damage of this audit (lost lead bytes at new positions, decided by
audit8's reasoning; U+FFFD runs, 锟斤拷, a UTF-8 character cut at a line end, always flagged).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit14"))
from sibling import load  # noqa: E402

a14 = load(HERE.parent / "audit14" / "a14_build.py", "a14_build")
a8, ob, A8, case, dump, farm_html, g, enc, plain = a14.a8, a14.ob, a14.A8, a14.case, a14.dump, a14.farm_html, a14.g, a14.enc, a14.plain
EM, SPAM, CRUMB = a14.EM, a14.SPAM, a14.CRUMB
sys.path.insert(0, str(HERE))
from a18_texts import Story  # noqa: E402

Gl = Callable[[str], str]
MARK = "\ue000"  # where a character will lose its lead byte


def body(s: Story, skip: int = 0) -> str:
    return "\n".join(s.paras[skip:])


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra


def _ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paras)


def dede_html(s: Story, *, f: Gl = plain, charset: str | None = "gbk", meta_tag: str = "http-equiv", title_tag: str | None = None,
              info: str = "", crumb: str = '当前位置：<a href="/">主页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/gn/">国内</a> &gt;',
              paras: list[str] | None = None, head_html: str = "", title_html: str | None = None, foot: str | None = None, chrome: Gl = plain) -> str:
    """A DedeCMS article page (gb2312/gbk era): table-less divs, `.title h2`, `.info`, `.content`, prev/next,
    related, footer. ``f`` rewrites the article (markup allowed in its output)."""
    cs = "" if charset is None else (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />' if meta_tag == "http-equiv" else f'<meta charset="{charset}">')
    tt = title_tag if title_tag is not None else chrome(f"{s.title}_新闻中心_华夏热点网")
    h = title_html if title_html is not None else f"<h2>{f(escape(s.title))}</h2>"
    content = _ps(paras if paras is not None else [f(escape(p)) for p in s.paras])
    ft = foot if foot is not None else chrome('<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/sitemap.html">网站地图</a></p>'
                                               '<p>Copyright &copy; 2012-2026 华夏热点网 版权所有 <a href="https://beian.miit.gov.cn/">冀ICP备12034567号</a></p>')
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head>{cs}<title>{escape(tt)}</title>'
            f'<meta name="keywords" content="{escape(chrome("热点新闻,国内新闻,社会新闻"))}" />{head_html}</head>\n<body>\n'
            f'<div class="header"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="{chrome("华夏热点网")}" /></a></div>'
            f'<div class="nav"><a href="/">{chrome("首页")}</a><a href="/news/">{chrome("新闻")}</a><a href="/tech/">{chrome("科技")}</a><a href="/ent/">{chrome("娱乐")}</a></div></div>\n'
            f'<div class="w960"><div class="place">{chrome(crumb)}</div>\n'
            f'<div class="viewbox"><div class="title">{h}</div>\n<div class="info">{info}</div>\n'
            f'<div class="content">\n{content}\n</div>\n'
            f'<div class="boxoff"><strong>{chrome("------分隔线----------------------------")}</strong></div>\n'
            f'<div class="handle"><div class="context"><ul><li>{chrome("上一篇：")}<a href="/news/gn/2026/0310/1187.html">{chrome("多地推出春季消费促进活动")}</a></li>'
            f'<li>{chrome("下一篇：")}<a href="/news/gn/2026/0312/1190.html">{chrome("全国春播粮食作物进度过两成")}</a></li></ul></div></div></div>\n'
            f'<div class="likearticle"><dl><dt>{chrome("相关文章")}</dt><dd><ul><li><a href="/news/1.html">{chrome("一季度外贸开局平稳")}</a></li>'
            f'<li><a href="/news/2.html">{chrome("跨境物流新通道开通")}</a></li></ul></dd></dl></div></div>\n'
            f'<div class="footer">{ft}</div>\n</body></html>\n')


def wp_html(s: Story, *, f: Gl = plain, charset: str | None = "UTF-8", date_iso: str = "", date_text: str = "", site: str = "云端资讯站",
            paras: list[str] | None = None, tags: str = "", lang: str = "zh-CN", title_tag: str | None = None) -> str:
    """A WordPress single post (a scraper farm's theme): entry-title, entry-meta with <time>, entry-content,
    tags, related posts, comment form."""
    cs = f'<meta charset="{charset}" />' if charset else ""
    tt = title_tag if title_tag is not None else f"{f(s.title)} &#8211; {site}"
    content = _ps(paras if paras is not None else [f(escape(p)) for p in s.paras])
    t = f'<time class="entry-date published" datetime="{date_iso}">{date_text}</time>' if date_iso else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{cs}<title>{tt}</title>'
            f'<link rel="stylesheet" href="/wp-content/themes/newsup/style.css" /></head>\n<body class="post-template-default single single-post">\n'
            f'<header id="masthead"><div class="site-title"><a href="/">{site}</a></div><nav class="main-navigation"><ul><li><a href="/">首页</a></li>'
            f'<li><a href="/category/news/">新闻</a></li><li><a href="/category/tech/">科技</a></li></ul></nav></header>\n'
            f'<main id="main"><article class="post type-post status-publish format-standard">\n'
            f'<header class="entry-header"><h1 class="entry-title">{f(escape(s.title))}</h1>'
            f'<div class="entry-meta"><span class="posted-on">{t}</span> <span class="byline">by <span class="author vcard"><a href="/author/admin/">admin</a></span></span></div></header>\n'
            f'<div class="entry-content">\n{content}\n</div>\n'
            f'<footer class="entry-footer"><span class="tags-links">标签：{tags or "新闻 热点"}</span></footer>\n</article>\n'
            f'<nav class="post-navigation"><div class="nav-previous"><a href="/2026/03/1.html" rel="prev">上一篇 多地推出春季消费促进活动</a></div>'
            f'<div class="nav-next"><a href="/2026/03/3.html" rel="next">下一篇 全国春播粮食作物进度过两成</a></div></nav>\n'
            f'<div id="comments"><h3 id="reply-title">发表回复</h3><form><p>您的邮箱地址不会被公开。</p><textarea name="comment"></textarea></form></div></main>\n'
            f'<footer id="colophon"><p>Copyright &copy; 2026 {site} | Powered by WordPress</p></footer>\n</body></html>\n')


def app_html(s: Story, *, f: Gl = plain, date_iso: str, visible_date: str, source: str, charset: str = "utf-8", title_tag: str | None = None,
             paras: list[str] | None = None) -> str:
    """A modern news app page: JSON-LD NewsArticle, div soup with hashed classes, visible date and source."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": date_iso,
          "publisher": {"@type": "Organization", "name": "每日快看"}}
    content = "\n".join(f'<p class="txt_3kR">{p}</p>' for p in (paras if paras is not None else [f(escape(p)) for p in s.paras]))
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}"><title>{escape(title_tag or s.title + "-每日快看")}</title>'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>\n<body>\n'
            f'<div id="app"><div class="hd_9aQ"><a href="/">每日快看</a><a href="/download">下载APP</a></div>\n'
            f'<div class="main_2xT"><h1 class="tt_1Kc">{f(escape(s.title))}</h1>\n'
            f'<div class="meta_7Yw"><span class="src_4Lm">{source}</span><span class="time_8Pq">{visible_date}</span></div>\n'
            f'<div class="article_5Ve">\n{content}\n</div>\n'
            f'<div class="rec_0Zi"><div class="rec-tt">为你推荐</div><a href="/a/1">深海探测器刷新下潜纪录</a><a href="/a/2">南海发现大型珊瑚礁群</a></div>\n'
            f'<div class="open_6Mn">打开APP阅读更多精彩内容</div></div></div>\n</body></html>\n')


def lost(name: str, s: Story, line_no: int, pick: int, render: Callable[[Story], str], *, codec: str = "gbk", config: str | None = "s2t",
         own: tuple[str, str] | None = None, group: str = "dmg", meta_: dict[str, object] | None = None, out_codec: str | None = None) -> A8:
    """The ``pick``-th character (of line ``line_no``: 0 is the title) whose ``config`` conversion has an
    ASCII trail byte in ``codec`` loses its lead byte ("?" + trail, then ``own`` reading when given, the
    farm's gloss style). Restored when the bytes and the page settle it (audit8's reasoning), else
    flagged and left as it is."""
    lines = [s.title, *s.paras]
    line = lines[line_no]
    conv = ob.convert(line, config)
    hits = [i for i, ch in enumerate(conv) if ob.han(ch) and len(b := ch.encode(codec, "ignore")) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha()]
    i = hits[pick]
    trad = conv[i]
    lines[line_no] = line[:i] + MARK + line[i + 1 :]
    marked = Story(lines[0], tuple(lines[1:]), s.publisher, s.author, s.published)
    text = render(marked)
    reading = ""
    if own:  # the farm's reading of the lost character, in its style and brackets
        from pypinyin import pinyin
        r = pinyin(line[i], style=ob.STYLES[own[0]])[0][0]
        reading = own[1][0] + r + own[1][1]
    spot = "?" + chr(trad.encode(codec)[1]) + reading
    at = text.index(MARK)
    damaged = text.replace(MARK, spot)
    found = a8.settled_by_page(damaged, at, (codec,))
    data = enc(damaged, out_codec or codec)
    ext = "html" if damaged.lstrip().startswith("<") else "txt"
    if found == {trad}:
        return case(name, group, data, ext, s.title, body(s), no_flags=("lost_lead_byte",), why=f"page settles {trad}", meta=meta_)
    left = "?" + chr(trad.encode(codec)[1])
    t_exp = s.title if line_no else line[:i] + left + line[i + 1 :]
    paras = list(s.paras)
    if line_no:
        paras[line_no - 1] = line[:i] + left + line[i + 1 :]
    return case(name, group, data, ext, t_exp, "\n".join(paras), flags=("lost_lead_byte",), why=f"{trad}: candidates {sorted(found)}",
                alt=(s.title, body(s)), meta=meta_)
