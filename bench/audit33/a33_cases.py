# ruff: noqa: E501
"""Audit33 cases: malformed and structurally odd HTML, as old Chinese / Russian / Japanese news sites and farms
serve it. Each page holds an invented article (a33_texts); the expected title, exact body and the metadata the
page states were decided before any run.

Groups: ``unc`` unclosed / misnested tags (the body's container never closed, so the footer, comments and related
links end up inside it; div cascades; unclosed p / td / font), ``tbl`` table layouts (article in a <td> beside
nav <td>s, nested tables), ``br`` <br><br>-only paragraphs in <font> soup, ``cmt`` long article-like reader
comments after the body, ``two`` a page with a second full article, ``view`` print / AMP / frameset / noscript
pages, ``chr`` <center> / <marquee> chrome, ads splitting the body, duplicate titles, ``enc`` GBK pages with a
wrong label or a stray UTF-8 region, ``intl`` Russian and Japanese old pages.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a33_texts as T  # noqa: E402
from a18_build import A8, case, enc  # noqa: E402
from a33_texts import Story  # noqa: E402

IND = "\u3000\u3000"
NAV = ('<a href="/">首页</a> | <a href="/news/">新闻中心</a> | <a href="/local/">本地新闻</a> | <a href="/gn/">国内国际</a> | '
       '<a href="/ty/">体育</a> | <a href="/yl/">娱乐</a> | <a href="/bbs/">论坛</a> | <a href="/tp/">图片</a>')
CRUMB = '您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; <a href="/local/">本地新闻</a> &gt;&gt; 正文'
RELATED = ('<b>相关新闻</b><br><a href="/n/101.htm">全市公交线路优化调整方案公布</a><br><a href="/n/102.htm">城区新增两处便民停车场</a><br>'
           '<a href="/n/103.htm">暑期防溺水安全提示</a><br><a href="/n/104.htm">老旧小区改造今年再启动40个</a><br>')
FOOT = ('<a href="/about.htm">关于我们</a> | <a href="/ad.htm">广告服务</a> | <a href="/contact.htm">联系我们</a> | <a href="/map.htm">网站地图</a><br>'
        'Copyright &copy; 2003-2026 潇湘在线 版权所有 未经授权禁止复制或建立镜像<br>湘ICP备05012345号 湘公网安备43030202000123号')
SPAM_TITLE = "最新新闻_今日热点_新闻头条_潇湘在线"


def body(s: Story) -> str:
    return "\n".join(s.paras)


def meta(s: Story, *keys: str) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys}


def info(s: Story, *, sep: str = "\u3000", time: str = "10:20") -> str:
    """The info line: date, source, author (only what the story has)."""
    parts = [f"发布时间：{s.published} {time}"]
    if s.publisher:
        parts.append(f"来源：{s.publisher}")
    if s.author:
        parts.append(f"作者：{s.author}")
    return sep.join(parts)


def keys(s: Story) -> tuple[str, ...]:
    return tuple(k for k in ("publisher", "author", "published") if getattr(s, k))


def head(charset: str | None, title: str, extra: str = "") -> str:
    cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>{cs}<title>{escape(title)}</title>'
            f'<meta name="keywords" content="新闻,本地新闻,热点">{extra}</head>\n')


def ps(s: Story, *, ind: str = IND, close: bool = True) -> str:
    end = "</p>" if close else ""
    return "\n".join(f"<p>{ind}{escape(p)}{end}" for p in s.paras)


def brs(s: Story, *, ind: str = IND, sep: str = "<br><br>") -> str:
    return sep.join(f"{ind}{escape(p)}" for p in s.paras)


def mk(name: str, group: str, s: Story, html: str, codec: str = "utf-8", *, title: str | None = None, text: str | None = None,
       ks: tuple[str, ...] | None = None, why: str = "") -> A8:
    return case(name, group, enc(html, codec), "html", title or s.title, text if text is not None else body(s), meta=meta(s, *(keys(s) if ks is None else ks)), why=why)


# --- unc: unclosed and misnested tags ----------------------------------------------------------------------------------

def unc_cases() -> list[A8]:
    c: list[A8] = []
    s = T.FERRY
    # u01: the article's container is never closed: related links, comments form and footer nest inside it.
    html = (head("gbk", f"{s.title}_本地新闻_潇湘在线") + f'<body>\n<div class="top">{NAV}</div>\n<div class="wrap">\n<div class="crumb">{CRUMB}</div>\n'
            f'<div class="art">\n<h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n<div class="content">\n{ps(s)}\n'
            f'<div class="related">{RELATED}\n<div class="pinglun"><b>发表评论</b><form><textarea name="c"></textarea><input type="submit" value="提交"></form>\n'
            f'<div class="foot">{FOOT}\n</body></html>\n')
    c.append(mk("u01_container_never_closed_gbk", "unc", s, html, "gbk"))
    # u02: no </p> anywhere, a footer right after the last paragraph.
    s = T.ORCHARD
    html = (head("gb2312", f"{s.title}-闽西新闻网") + f'<body>\n<div id="nav">{NAV}</div>\n<div id="main"><div id="title"><h2>{escape(s.title)}</h2></div>\n'
            f'<div id="info">{info(s)}</div>\n<div id="text">\n{ps(s, close=False)}\n</div>\n<div id="foot">{FOOT}</div></div>\n</body></html>\n')
    c.append(mk("u02_no_closing_p_gb2312", "unc", s, html, "gbk"))
    # u03: an unclosed div cascade: every paragraph opened with a styled div, none closed.
    s = T.LIBRARY
    cascade = "\n".join(f'<div style="text-indent:2em;line-height:180%">{escape(p)}' for p in s.paras)
    html = (head("utf-8", f"{s.title}_南宁新闻_邕城网") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="main"><div class="left">\n'
            f'<h1 class="tit">{escape(s.title)}</h1>\n<div class="src">{info(s)}</div>\n<div class="con">\n{cascade}\n'
            f'<div class="page_related">{RELATED}</div>\n<div class="copyright">{FOOT}</div>\n</body></html>\n')
    c.append(mk("u03_div_cascade_per_paragraph", "unc", s, html))
    # u04: a cascade of wrappers (editor's pasted spans/divs): two paragraphs, then an unclosed div holding the rest, another unclosed one inside.
    s = T.SNOW
    p = [escape(x) for x in s.paras]
    html = (head("utf-8", f"{s.title} - 吉林新闻 - 长白山网") + f'<body>\n<div class="header">{NAV}</div>\n<div class="container"><div class="article">\n'
            f'<h1>{escape(s.title)}</h1>\n<div class="meta">{info(s)}</div>\n<div class="article-body">\n<p>{p[0]}</p>\n'
            f'<div class="MsoNormal"><p>{p[1]}</p>\n<div><span style="font-size:16px"><p>{p[2]}</p>\n'
            f'<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>\n'
            f'<div class="related">{RELATED}</div></div></div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("u04_wrapper_cascade_share_inside", "unc", s, html))
    # u05: stray closing tags in the middle of the body close the content box early.
    s = T.KILN
    p = [escape(x) for x in s.paras]
    html = (head("gbk", f"{s.title}_宜兴新闻") + f'<body>\n<table width="960" align="center"><tr><td>{NAV}</td></tr></table>\n<div class="main"><div class="left"><div class="article">\n'
            f'<h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n<div class="content">\n<p>{IND}{p[0]}</p>\n<p>{IND}{p[1]}</p></div></div></div>\n'
            f'<p>{IND}{p[2]}</p>\n<p>{IND}{p[3]}</p>\n</div>\n<div class="right">{RELATED}</div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("u05_stray_closers_mid_body_gbk", "unc", s, html, "gbk"))
    # u06: misnested <p><font>..</p></font> and <b> left open across paragraphs.
    s = T.BRIDGE
    p = [escape(x) for x in s.paras]
    soup = "\n".join(f'<p><font face="宋体" size="3">{IND}{x}</p></font>' for x in p[:2]) + f"\n<p><b>{IND}{p[2]}</p>\n<p>{IND}{p[3]}</p></b>"
    html = (head("gbk", f"{s.title}--婺源新闻网") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="box">\n<div class="bt">{escape(s.title)}</div>\n'
            f'<div class="sj">{info(s)}</div>\n<div class="nr">\n{soup}\n</div>\n</div>\n<div class="bottom">{FOOT}</div>\n</body></html>\n')
    c.append(mk("u06_misnested_font_b_gbk", "unc", s, html, "gbk"))
    # u07: body container unclosed AND every <p> unclosed; a long "最新评论" list nests inside.
    s = T.NIGHTMARKET
    cm = "".join(f'<li><a href="/n/{i}.htm">{escape(t)}</a> 06-0{i}' for i, t in enumerate(["夜市食品安全抽检结果公布", "城中区启动夏季消夏活动", "柳江沿岸步道夜间亮灯", "本周末天气晴好适宜出行"], 1))
    html = (head("utf-8", f"{s.title}_柳州新闻网") + f'<body>\n<div id="top">{NAV}</div>\n<div id="con">\n<h1>{escape(s.title)}</h1>\n'
            f'<div id="info">{info(s)}</div>\n<div id="article">\n{ps(s, close=False)}\n<div id="more"><b>更多新闻</b><ul>{cm}\n'
            f'<div id="foot">{FOOT}\n</body></html>\n')
    c.append(mk("u07_all_unclosed_news_list_inside", "unc", s, html))
    return c


def cascade_cases() -> list[A8]:
    """Added after the blind phase (phase 2): the unclosed-div cascades of u03 at a real article's length."""
    c: list[A8] = []
    s = T.LONG
    for name, every in (("u08_div_cascade_per_paragraph_long", 1), ("u09_div_every_three_paragraphs_gbk", 3)):
        cascade = "\n".join(('<div style="text-indent:2em">' if i % every == 0 else "") + f"<p>{escape(p)}</p>" for i, p in enumerate(s.paras))
        html = (head("gbk", f"{s.title}_衡阳新闻网") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="main"><div class="left">\n'
                f'<h1 class="tit">{escape(s.title)}</h1>\n<div class="src">{info(s)}</div>\n<div class="con">\n{cascade}\n'
                f'<div class="page_related">{RELATED}</div>\n<div class="copyright">{FOOT}</div>\n</body></html>\n')
        c.append(mk(name, "unc", s, html, "gbk"))
    return c


# --- tbl: table layouts ------------------------------------------------------------------------------------------

def left_nav() -> str:
    items = ["本地新闻", "国内新闻", "国际新闻", "社会万象", "财经资讯", "教育在线", "健康生活", "旅游天地", "房产家居", "汽车频道"]
    return "".join(f'<tr><td height="24">·<a href="/c/{i}.htm">{t}</a></td></tr>' for i, t in enumerate(items))


def tbl_cases() -> list[A8]:
    c: list[A8] = []
    s = T.CLINIC
    # t01: three-column table, article in the middle <td>, nav and hot-news columns beside it.
    hot = "".join(f'<tr><td>{i}.<a href="/h/{i}.htm">{t}</a></td></tr>' for i, t in enumerate(["我市发布高温橙色预警", "颍河大桥维修期间交通管制", "中考成绩今日可查", "城区新增三条公交线路", "夏季用电高峰来临"], 1))
    html = (head("gb2312", f"{s.title}--颍州新闻网") + f'<body topmargin="0">\n<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>{NAV}</td></tr></table>\n'
            f'<table width="960" border="0" align="center"><tr>\n<td width="180" valign="top"><table width="100%">{left_nav()}</table></td>\n'
            f'<td width="600" valign="top"><table width="100%"><tr><td align="center" height="40"><font size="5"><b>{escape(s.title)}</b></font></td></tr>\n'
            f'<tr><td align="center"><font color="#666666">{info(s, sep="&nbsp;&nbsp;")}</font></td></tr>\n<tr><td class="f14">{ps(s)}</td></tr></table></td>\n'
            f'<td width="180" valign="top"><table width="100%"><tr><td><b>热点排行</b></td></tr>{hot}</table></td>\n</tr></table>\n'
            f'<table width="960" align="center"><tr><td align="center">{FOOT}</td></tr></table>\n</body></html>\n')
    c.append(mk("t01_three_column_table_gb2312", "tbl", s, html, "gbk"))
    # t02: nested tables four deep, <br> paragraphs with &nbsp; indents, unclosed <td>/<tr>.
    s = T.TEACHER
    txt = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + escape(p) for p in s.paras)
    html = (head("gbk", f"{s.title}_湘西新闻_团结网") + f'<body>\n<table width="100%"><tr><td>{NAV}\n<tr><td>\n<table width="950" align="center"><tr><td width="200" valign="top">\n'
            f'<table>{left_nav()}</table>\n<td valign="top">\n<table width="100%"><tr><td>\n<table width="96%" align="center"><tr><td align="center" class="title">{escape(s.title)}\n'
            f'<tr><td align="center" class="info">{info(s, sep="&nbsp;&nbsp;")}\n<tr><td class="content">{txt}\n<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】\n'
            f'</table>\n</table>\n</table>\n<tr><td align="center">{FOOT}\n</table>\n</body></html>\n')
    c.append(mk("t02_nested_tables_unclosed_td_gbk", "tbl", s, html, "gbk"))
    # t03: each paragraph its own row; the title in a <font size=5><b> row, the info in the next.
    s = T.RIVER
    rows = "\n".join(f'<tr><td class="zw" style="text-indent:2em">{escape(p)}</td></tr>' for p in s.paras)
    html = (head("utf-8", f"{s.title}-绍兴网") + f'<body>\n<table width="980" align="center"><tr><td>{NAV}</td></tr><tr><td>{CRUMB}</td></tr></table>\n'
            f'<table width="980" align="center"><tr><td width="700" valign="top"><table width="100%">\n<tr><td align="center"><font size="5"><b>{escape(s.title)}</b></font></td></tr>\n'
            f'<tr><td align="center" style="color:#999">{info(s)}</td></tr>\n<tr><td><hr size="1"></td></tr>\n{rows}\n'
            f'<tr><td align="right">（责任编辑：周敏）</td></tr></table></td>\n<td width="280" valign="top">{RELATED}</td></tr></table>\n'
            f'<table width="980" align="center"><tr><td>{FOOT}</td></tr></table>\n</body></html>\n')
    c.append(mk("t03_paragraph_per_row", "tbl", s, html))
    # t04: the article td holds <br>-paragraphs in <font> and is followed, in the same td, by a long link list.
    s = T.SNOW
    links = "".join(f'·<a href="/x/{i}.htm">{t}</a><br>' for i, t in enumerate(["全省中小学寒假时间确定", "长春冰雪节开幕 游客量创新高", "吉林雾凇观赏最佳时间公布", "春运首日客流平稳", "松花江冰面开放区域公告", "省内高速公路实行免费通行"]))
    html = (head("gbk", f"{s.title}_吉林新闻") + f'<body>\n<table width="900" align="center"><tr><td colspan="2">{NAV}</td></tr>\n'
            f'<tr><td width="200" valign="top"><table>{left_nav()}</table></td><td valign="top">\n<p align="center"><font size="4"><b>{escape(s.title)}</b></font></p>\n'
            f'<p align="center"><font size="2" color="gray">{info(s)}</font></p>\n<font size="3">{brs(s)}</font>\n<br><br><b>相关链接：</b><br>{links}</td></tr>\n'
            f'<tr><td colspan="2" align="center">{FOOT}</td></tr></table>\n</body></html>\n')
    c.append(mk("t04_td_article_then_link_list_gbk", "tbl", s, html, "gbk"))
    return c


# --- br: <br><br> paragraphs in font soup ----------------------------------------------------------------------------

def br_cases() -> list[A8]:
    c: list[A8] = []
    s = T.ORCHARD
    # b01: <font> soup, <br><br> paragraphs, the body's <font> never closed before the footer.
    html = (head("gbk", f"{s.title}_农业新闻") + f'<body bgcolor="#ffffff">\n<center>{NAV}</center><hr>\n<font size="5" color="#003399"><b>{escape(s.title)}</b></font><br>\n'
            f'<font size="2" color="#808080">{info(s)}</font><br><br>\n<font size="3" face="宋体">{brs(s)}\n<br><br><hr>\n<center>{FOOT}</center>\n</body></html>\n')
    c.append(mk("b01_font_soup_unclosed_gbk", "br", s, html, "gbk"))
    # b02: single <br> with full-width indents in a #zoom div, NBSP-padded info line.
    s = T.CLINIC
    html = (head("utf-8", f"{s.title}") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="detail"><div class="tt">{escape(s.title)}</div>\n'
            f'<div class="ly">{info(s, sep="&nbsp;&nbsp;&nbsp;&nbsp;")}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1532</div>\n<div id="zoom">{brs(s, sep="<br>")}</div>\n'
            f'<div class="dy">【<a href="#">字体：大 中 小</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>\n'
            f'<div class="foot">{FOOT}</div>\n</body></html>\n')
    c.append(mk("b02_zoom_single_br", "br", s, html))
    # b03: text straight in the body with <br><br> and &nbsp; indents, a <p> only around the first paragraph, spans toggling colour.
    s = T.KILN
    p = [escape(x) for x in s.paras]
    txt = f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{p[0]}<br><br>' + "<br><br>".join(f'<span style="color:#000">&nbsp;&nbsp;&nbsp;&nbsp;{x}</span>' for x in p[1:])
    html = (head("gbk", f"{s.title}") + f'<body>\n<div class="top">{NAV}</div>\n<div class="newstitle">{escape(s.title)}</div>\n<div class="newsinfo">{info(s)}</div>\n'
            f'<div class="newscon">{txt}</div>\n<div class="newsfoot">{RELATED}</div>\n<div class="copy">{FOOT}</div>\n</body></html>\n')
    c.append(mk("b03_br_span_soup_gbk", "br", s, html, "gbk"))
    return c


# --- cmt: reader comments that read like article paragraphs ------------------------------------------------------------

def cmt_cases() -> list[A8]:
    c: list[A8] = []
    s = T.FERRY
    users = [("湘江边的老渡客", "2026-04-12 11:03"), ("窑湾居民", "2026-04-12 12:47"), ("通勤族小王", "2026-04-12 18:20")]
    # c01: a comment block after the body inside the same article div, each comment a <p> with user and time above.
    cm = "\n".join(f'<div class="item"><div class="user">{u}　{t}</div><p>{escape(x)}</p></div>' for (u, t), x in zip(users, T.COMMENTS, strict=False))
    html = (head("utf-8", f"{s.title}_湘潭新闻网") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="article">\n<h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
            f'<div class="content">\n{ps(s)}\n</div>\n<div class="comment"><h3>网友评论（{len(users)}条）</h3>\n{cm}\n</div>\n</div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("c01_comments_after_body", "cmt", s, html))
    # c02: the same comments in an old table forum block, no class names, after an unclosed content div.
    cm = "\n".join(f'<tr><td bgcolor="#eeeeee">网友：{u} 发表于 {t}</td></tr><tr><td>{IND}{escape(x)}</td></tr>' for (u, t), x in zip(users, T.COMMENTS, strict=False))
    html = (head("gbk", f"{s.title}") + f'<body>\n<table width="900" align="center"><tr><td>{NAV}</td></tr></table>\n<div id="zw">\n<h2>{escape(s.title)}</h2>\n'
            f'<div>{info(s)}</div>\n{ps(s)}\n<table width="100%"><tr><td><b>网友评论</b>（以下留言仅代表网友个人观点）</td></tr>\n{cm}\n</table>\n'
            f'<table width="900" align="center"><tr><td>{FOOT}</td></tr></table>\n</body></html>\n')
    c.append(mk("c02_table_comments_unclosed_gbk", "cmt", s, html, "gbk"))
    # c03: comments as plain <p>s after the body, only a 最新评论 heading and 网友 lines between.
    cm = "\n".join(f"<p>{u}（{t}）：</p>\n<p>{escape(x)}</p>" for (u, t), x in zip(users, T.COMMENTS, strict=False))
    html = (head("utf-8", f"{s.title}") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="post">\n<h1>{escape(s.title)}</h1>\n<p class="info">{info(s)}</p>\n'
            f'{ps(s, ind="")}\n<h4>最新评论</h4>\n{cm}\n<p><a href="/comment/?id=8823">查看全部评论</a></p>\n</div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("c03_comment_ps_same_container", "cmt", s, html))
    return c


# --- two: a second full article on the page ------------------------------------------------------------------------

def two_cases() -> list[A8]:
    c: list[A8] = []
    s, t = T.LIBRARY, T.TEASER
    # w01: after the main story, the next article printed in full (title + paragraphs) under 下一篇.
    html = (head("utf-8", f"{s.title}_南宁新闻") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="main">\n<div class="article">\n<h1>{escape(s.title)}</h1>\n'
            f'<div class="info">{info(s)}</div>\n<div class="content">\n{ps(s)}\n</div>\n</div>\n'
            f'<div class="next-article"><div class="label">下一篇</div>\n<h2>{escape(t.title)}</h2>\n<div class="content">\n{ps(t)}\n</div>\n</div>\n</div>\n'
            f'<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("w01_next_article_in_full", "two", s, html))
    # w02: infinite-scroll style: two sibling article blocks of the same shape, no label.
    html = (head("utf-8", f"{s.title}_南宁新闻") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="list">\n'
            f'<div class="article" data-id="1001">\n<h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n<div class="content">\n{ps(s)}\n</div>\n</div>\n'
            f'<div class="article" data-id="1002">\n<h1>{escape(t.title)}</h1>\n<div class="info">发布时间：2026-05-20 16:05</div>\n<div class="content">\n{ps(t)}\n</div>\n</div>\n</div>\n'
            f'<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("w02_two_sibling_articles", "two", s, html))
    # w03: the teaser's paragraphs in the same unclosed container as the main body.
    html = (head("gbk", f"{s.title}") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="content">\n<h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
            f'{ps(s)}\n<div class="next"><b>下一篇：</b><a href="/n/1002.htm">{escape(t.title)}</a>\n{ps(t)}\n'
            f'<div class="footer">{FOOT}\n</body></html>\n')
    c.append(mk("w03_next_article_unclosed_gbk", "two", s, html, "gbk"))
    return c


# --- view: print, AMP, frameset, noscript ----------------------------------------------------------------------------

def view_cases() -> list[A8]:
    c: list[A8] = []
    s = T.BRIDGE
    # v01: a print view: onload print, title in h3, info, <br> body, print/close links, nothing else.
    html = (head("gbk", f"{s.title} - 打印页面") + f'<body onload="window.print()">\n<table width="640" align="center"><tr><td>\n<h3 align="center">{escape(s.title)}</h3>\n'
            f'<p align="center">{info(s)}</p><hr>\n{brs(s)}\n<hr><p align="center">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</p>\n'
            f'<p align="center">本文地址：http://www.wyxw.cn/news/2026/0702/8851.htm</p>\n</td></tr></table>\n</body></html>\n')
    c.append(mk("v01_print_view_gbk", "view", s, html, "gbk"))
    # v02: an AMP page: amp-img and amp-ad between paragraphs, JSON-LD metadata, amp-sidebar menu.
    s = T.NIGHTMARKET
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": "2026-06-02T07:30:00+08:00",
          "author": {"@type": "Person", "name": s.author}, "publisher": {"@type": "Organization", "name": s.publisher}}
    p = [escape(x) for x in s.paras]
    amp_body = (f"<p>{p[0]}</p>\n<amp-img src=\"/img/ys.jpg\" width=\"640\" height=\"360\" layout=\"responsive\" alt=\"夜市\"></amp-img>\n<p>{p[1]}</p>\n"
                f'<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-1"><div placeholder>广告加载中</div></amp-ad>\n<p>{p[2]}</p>\n<p>{p[3]}</p>')
    html = (f'<!doctype html>\n<html ⚡ lang="zh-CN"><head><meta charset="utf-8"><title>{escape(s.title)} - 柳州晚报</title>'
            f'<link rel="canonical" href="https://www.lzwb.cn/news/2026/0602/3391.html"><script async src="https://cdn.ampproject.org/v0.js"></script>'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><style amp-custom>body{{font-size:16px}}</style></head>\n<body>\n'
            f'<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/ms/">民生</a></li></ul></amp-sidebar>\n'
            f'<header><a href="/">柳州晚报</a></header>\n<article>\n<h1>{escape(s.title)}</h1>\n<div class="meta">{s.publisher}　{s.published} 07:30</div>\n{amp_body}\n</article>\n'
            f'<footer>{FOOT}</footer>\n</body></html>\n')
    c.append(mk("v02_amp_page", "view", s, html))
    # v03: a frameset whose <noframes> holds the whole article (the SEO copy).
    s = T.RIVER
    html = (head("gbk", f"{s.title}") + f'<frameset rows="90,*" frameborder="0">\n<frame src="/top.htm" name="top" scrolling="no">\n<frame src="/news/2026/0708/main_5521.htm" name="main">\n'
            f'<noframes><body>\n<h1>{escape(s.title)}</h1>\n<p>{info(s)}</p>\n{ps(s)}\n<p>您的浏览器不支持框架，请<a href="/news/2026/0708/main_5521.htm">点击这里</a>阅读。</p>\n</body></noframes>\n</frameset>\n</html>\n')
    c.append(mk("v03_frameset_noframes_gbk", "view", s, html, "gbk"))
    # v04: an app shell whose visible body is empty; the article is in <noscript>.
    s = T.TEACHER
    html = (head("utf-8", f"{s.title}_团结报") + f'<body>\n<div id="app"><div class="loading">加载中...</div></div>\n'
            f'<noscript><div class="article"><h1>{escape(s.title)}</h1><div class="info">{info(s)}</div>\n{ps(s, ind="")}\n</div></noscript>\n'
            f'<script src="/static/js/app.3f9a1c.js"></script>\n</body></html>\n')
    c.append(mk("v04_noscript_body", "view", s, html))
    return c


# --- chr: center / marquee chrome, ads splitting the body, duplicate titles --------------------------------------------

def chr_cases() -> list[A8]:
    c: list[A8] = []
    s = T.CLINIC
    # h01: everything inside <center>, a <marquee> ticker of headlines above the article.
    mq = "　　".join(["热烈庆祝我市荣获全国文明城市称号", "颍泉区举办2026年秋季人才招聘会", "关于开展冬季消防安全检查的通知"])
    html = (head("gbk", f"{s.title}") + f'<body>\n<center>\n<table width="900"><tr><td>{NAV}</td></tr></table>\n<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{mq}</marquee>\n'
            f'<table width="900"><tr><td><div align="center"><font size="5"><b>{escape(s.title)}</b></font></div>\n<div align="center">{info(s)}</div>\n'
            f'<div align="left">{ps(s)}</div></td></tr></table>\n{FOOT}\n</center>\n</body></html>\n')
    c.append(mk("h01_center_marquee_gbk", "chr", s, html, "gbk"))
    # h02: the body split by ad scripts (document.write with Chinese strings) and iframes.
    s = T.FERRY
    p = [escape(x) for x in s.paras]
    ad = '<script type="text/javascript">document.write(\'<a href="http://ad.example.cn/c?id=7"><img src="/ad/banner.gif" alt="点击领取免费体检套餐"></a>\');</script>'
    ifr = '<iframe src="http://ad.example.cn/show.php?slot=3" width="580" height="90" frameborder="0" scrolling="no"></iframe>'
    html = (head("utf-8", f"{s.title}_湘潭新闻") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="article"><h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
            f'<div class="content">\n<p>{p[0]}</p>\n{ad}\n<p>{p[1]}</p>\n<p>{p[2]}</p>\n{ifr}\n<div class="ad_text">广告：<a href="http://ad.example.cn/c?id=9">湘潭装修找家园建材，全城免费上门量房</a></div>\n'
            f'<p>{p[3]}</p>\n<script>var _hmt=_hmt||[];var slot="文章页中部";</script>\n<p>{p[4]}</p>\n</div></div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("h02_body_split_by_ads", "chr", s, html))
    # h03: a spam <title>, a site banner <h1> with the site's slogan, the article's title in an <h2>.
    s = T.BRIDGE
    html = (head("utf-8", SPAM_TITLE) + f'<body>\n<div class="logo"><h1>婺源新闻网——中国最美乡村的窗口</h1></div>\n<div class="nav">{NAV}</div>\n'
            f'<div class="article"><h2 class="title">{escape(s.title)}</h2>\n<div class="info">{info(s)}</div>\n<div class="content">{ps(s)}</div></div>\n'
            f'<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("h03_banner_h1_title_h2", "chr", s, html))
    # h04: the title twice in the body (a bold first line repeats the h1) and a spam <title>.
    s = T.ORCHARD
    html = (head("gbk", SPAM_TITLE) + f'<body>\n<div class="nav">{NAV}</div>\n<div class="art"><h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
            f'<div class="content"><p align="center"><strong>{escape(s.title)}</strong></p>\n{ps(s)}</div></div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("h04_title_repeated_in_body_gbk", "chr", s, html, "gbk"))
    # h05: the title tag says another story (a farm reusing a template); the h1 is the article's title.
    s = T.NIGHTMARKET
    html = (head("utf-8", "城郊新建三座口袋公园 周边居民步行五分钟可达_柳州新闻网") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="art"><h1>{escape(s.title)}</h1>\n'
            f'<div class="info">{info(s)}</div>\n<div class="content">{ps(s)}</div></div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("h05_title_tag_of_other_story", "chr", s, html))
    return c


# --- enc: wrong labels and stray UTF-8 regions -------------------------------------------------------------------------

def enc_cases() -> list[A8]:
    c: list[A8] = []
    s = T.SNOW
    # e01: GBK bytes under a utf-8 <meta>.
    html = (head("utf-8", f"{s.title}_吉林新闻") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="art"><h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
            f'<div class="content">{ps(s)}</div></div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("e01_gbk_labelled_utf8", "enc", s, html, "gbk"))
    # e02: a GBK page labelled iso-8859-1 with a UTF-8 ad snippet (a template include) in the sidebar.
    s = T.LIBRARY
    top = (head("iso-8859-1", f"{s.title}_南宁新闻") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="art"><h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
           f'<div class="content">{ps(s)}</div></div>\n')
    side = '<div class="side"><b>合作推广</b><br><a href="http://ad.example.cn/">广西特产螺蛳粉 官方旗舰店 限时包邮</a></div>\n'
    tail = f'<div class="footer">{FOOT}</div>\n</body></html>\n'
    data = enc(top, "gbk") + side.encode("utf-8") + enc(tail, "gbk")
    c.append(case("e02_gbk_label_latin1_utf8_sidebar", "enc", data, "html", s.title, body(s), meta=meta(s, *keys(s))))
    # e03: an unlabelled GBK page whose footer include is UTF-8.
    s = T.KILN
    top = (head(None, f"{s.title}_宜兴新闻") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="art"><h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
           f'<div class="content">{ps(s)}</div></div>\n')
    data = enc(top, "gbk") + f'<div class="footer">{FOOT}</div>\n</body></html>\n'.encode()
    c.append(case("e03_gbk_unlabelled_utf8_footer", "enc", data, "html", s.title, body(s), meta=meta(s, *keys(s))))
    # e04: gb2312 label, gbk-only characters in the article (a page saved by an editor that writes GBK).
    s = T.BRIDGE
    html = (head("gb2312", f"{s.title}") + f'<body>\n<div class="nav">{NAV}</div>\n<div class="art"><h1>{escape(s.title)}</h1>\n<div class="info">{info(s)}</div>\n'
            f'<div class="content">{ps(s)}</div></div>\n<div class="footer">{FOOT}</div>\n</body></html>\n')
    c.append(mk("e04_gb2312_label_gbk_chars", "enc", s, html, "gbk"))
    return c


# --- intl: Russian and Japanese old pages -------------------------------------------------------------------------------

def intl_cases() -> list[A8]:
    c: list[A8] = []
    s = T.RU
    nav = ('<a href="/">Главная</a> | <a href="/news/">Новости</a> | <a href="/culture/">Культура</a> | <a href="/sport/">Спорт</a> | <a href="/archive/">Архив</a>')
    foot = "&copy; 2001-2026 «Северная правда». Все права защищены. При перепечатке ссылка обязательна."
    # r01: windows-1251 table layout, <font> soup, unclosed <p>, the article td beside a rubric column.
    rub = "".join(f'<a href="/r/{i}/">{t}</a><br>' for i, t in enumerate(["Политика", "Экономика", "Общество", "Культура", "Спорт", "Происшествия"]))
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>{escape(s.title)} :: Северная правда</title></head>\n'
            f'<body>\n<table width="100%"><tr><td colspan="2">{nav}</td></tr>\n<tr><td width="160" valign="top">{rub}</td><td valign="top">\n'
            f'<font face="Arial" size="2"><b><font size="4">{escape(s.title)}</font></b><br>\n<i>{s.published[8:]}.{s.published[5:7]}.{s.published[:4]} | Автор: {s.author}</i>\n'
            + "\n".join(f"<p>{escape(p)}" for p in s.paras) + f'\n<p><a href="/news/">Все новости</a> | <a href="javascript:print()">Версия для печати</a>\n</td></tr>\n'
            f'<tr><td colspan="2">{foot}</td></tr></table>\n</body></html>\n')
    c.append(mk("r01_cp1251_table_font_soup", "intl", s, html, "cp1251", ks=("author", "published")))
    # r02: koi8-r print version.
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><title>Версия для печати: {escape(s.title)}</title></head>\n'
            f'<body onload="window.print()">\n<b>{escape(s.title)}</b><br>\n{s.published[8:]}.{s.published[5:7]}.{s.published[:4]}, {s.author}<br><br>\n'
            + "<br><br>\n".join(escape(p) for p in s.paras) + f'\n<hr>Источник: {s.publisher}, http://www.sevpravda.ru/news/2026/05/14/4411/\n</body></html>\n')
    c.append(mk("r02_koi8r_print_version", "intl", s, html, "koi8-r", ks=("publisher", "published")))
    # j01: Shift_JIS table layout, <br> paragraphs, unclosed <td>s.
    s = T.JA
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>{escape(s.title)}｜北國新聞ニュース</title></head>\n'
            f'<body>\n<table width="780"><tr><td colspan="2"><a href="/">トップ</a>｜<a href="/news/">ニュース</a>｜<a href="/sports/">スポーツ</a>｜<a href="/local/">地域</a>\n'
            f'<tr><td width="160" valign="top"><a href="/k/1">石川</a><br><a href="/k/2">富山</a><br><a href="/k/3">福井</a>\n<td valign="top">\n<h2>{escape(s.title)}</h2>\n'
            f'<div class="date">2026年4月18日 09時15分　{s.publisher}</div>\n' + "<br><br>\n".join("　" + escape(p) for p in s.paras)
            + '\n<tr><td colspan="2">Copyright &copy; The Hokkoku Shimbun. All rights reserved.\n</table>\n</body></html>\n')
    c.append(mk("j01_sjis_table_unclosed_td", "intl", s, html, "shift_jis", ks=("published",)))
    return c


def build_all() -> list[A8]:
    return unc_cases() + cascade_cases() + tbl_cases() + br_cases() + cmt_cases() + two_cases() + view_cases() + chr_cases() + enc_cases() + intl_cases()


__all__ = ["build_all"]
