# ruff: noqa: E501
"""Audit30 cases: Chinese government and institution pages and farm reposts of them. A gov.cn-style policy
page (metadata table or divs above the text: 索引号 / 主题分类 / 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期,
【字体：大 中 小】, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, 附件 download box, 相关解读 links, a footer with
主办单位 / 承办单位 / 网站标识码 / ICP / 公安备案 and 政务微信), a department's news page (信息来源, 发布时间, a
scripted 浏览次数, 【责任编辑】), university and hospital news (credit lines at the end), measures with 第一条
articles, a notice with 特此通知 and its signature block; and the seed's farm reposts of these as text dumps
and spam-wrapped HTML (audit14's dump / farm page, audit18's DedeCMS page).

Expected: the first publisher's text (signature blocks of notices kept, credit and 责任编辑 lines not), the
title, 发布日期 as published (not 成文日期), the issuing body or named source as publisher, the stated author.

Groups: ``gov`` government pages, ``dept`` department / institution news pages, ``dump`` seed-like text
dumps of them, ``farm`` farm HTML reposts of them.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a30_texts as T  # noqa: E402
from a18_build import A8, case, dede_html, dump, enc, farm_html, g  # noqa: E402
from a30_texts import Story  # noqa: E402

S2T = g()
SIGN_LINES = ("湖南省人民政府办公厅", "2026年4月8日", "（此件主动公开）", "特此通知。", "宁州市政务服务中心", "2026年3月30日")


def body(s: Story) -> str:
    return "\n".join(s.paras)


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra


def _p(text: str) -> str:
    right = text in SIGN_LINES[:2] or text in SIGN_LINES[4:]
    return f'<p style="text-align: right;">{escape(text)}</p>' if right else f'<p style="text-indent: 2em;">{escape(text)}</p>'


GOV_HEAD = ('<div class="top"><div class="logo"><img src="/images/logo.png" alt="湖南省人民政府门户网站"></div>'
            '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjhn/">走进湖南</a></div></div>\n'
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgkml/">政府文件</a></div>\n')
GOV_FOOT = ('<div class="footer"><div class="wx"><img src="/images/wx.png"><p>政务微信</p></div><div class="wb"><img src="/images/wb.png"><p>政务微博</p></div>'
            '<p>主办单位：湖南省人民政府办公厅　承办单位：湖南省政务服务和大数据中心</p>'
            '<p>网站标识码：4300000035　<a href="https://beian.miit.gov.cn/">湘ICP备05000125号</a>　<a href="http://www.beian.gov.cn/">湘公网安备 43010202000213号</a></p>'
            '<p><a href="/about/">关于本网</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p></div>\n')
ATTACH = ('<div class="fujian"><h4>附件：</h4><ul><li><a href="/uploads/2026/04/fj1.doc">1.农村供水工程管护责任清单.doc</a></li>'
          '<li><a href="/uploads/2026/04/fj2.pdf">2.农村供水工程运行管护考核办法.pdf</a></li></ul></div>\n')
RELATED = ('<div class="xgjd"><h4>相关解读</h4><ul><li><a href="/zcjd/1.html">图解：我省加强农村供水工程运行管护十项措施</a></li>'
           '<li><a href="/zcjd/2.html">政策解读｜农村供水工程运行管护有哪些新要求？</a></li></ul></div>\n')


def _meta_rows(s: Story, organ: str, written: str, number: str, published: str) -> list[tuple[str, str]]:
    return [("索引号", "430000/2026-00128"), ("主题分类", "农业、林业、水利"), ("发文机关", organ), ("成文日期", written),
            ("标题", s.title), ("发文字号", number), ("发布日期", published)]


def gov_html(s: Story, *, organ: str, written: str, number: str, published: str, divs: bool = False, h1: bool = True,
             attach: bool = True, related: bool = True, charset: str = "utf-8", site: str = "湖南省人民政府门户网站") -> str:
    """A gov.cn-style policy page: metadata block above the text (a <table> or divs), optional h1, font and
    print controls, QR line, the text, 附件 download box, 相关解读, the government footer."""
    rows = _meta_rows(s, organ, written, number, published)
    if divs:
        block = '<div class="xxgk-info">' + "".join(f'<div class="item"><span class="name">{k}：</span><span class="value">{escape(v)}</span></div>' for k, v in rows) + "</div>\n"
    else:
        tr = [f'<tr><td class="t">{rows[0][0]}：</td><td>{rows[0][1]}</td><td class="t">{rows[1][0]}：</td><td>{rows[1][1]}</td></tr>',
              f'<tr><td class="t">{rows[2][0]}：</td><td>{rows[2][1]}</td><td class="t">{rows[3][0]}：</td><td>{rows[3][1]}</td></tr>',
              f'<tr><td class="t">{rows[4][0]}：</td><td colspan="3">{escape(rows[4][1])}</td></tr>',
              f'<tr><td class="t">{rows[5][0]}：</td><td>{rows[5][1]}</td><td class="t">{rows[6][0]}：</td><td>{rows[6][1]}</td></tr>']
        block = '<table class="xxgk-table" border="1" cellspacing="0">' + "".join(tr) + "</table>\n"
    head = f"<h1>{escape(s.title)}</h1>\n" if h1 else ""
    tools = ('<div class="tools"><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
             '<span class="qr">扫一扫在手机打开当前页<img src="/qr.png"></span></div>\n')
    text = "\n".join(_p(p) for p in s.paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{escape(s.title)}_政府文件_{site}</title></head>\n<body>\n{GOV_HEAD}'
            f'<div class="main">\n{block}{head}{tools}<div class="TRS_Editor" id="zoom">\n{text}\n</div>\n'
            '<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
            f'{ATTACH if attach else ""}{RELATED if related else ""}</div>\n{GOV_FOOT}</body></html>\n')


def dept_html(s: Story, *, info: str, tail: list[str], site: str, crumb: str, charset: str = "utf-8") -> str:
    """A department / institution news page: h1, info bar (source, time, a scripted counter), font control,
    the text with credit lines at its end inside the same div, print and close controls, footer."""
    text = "\n".join(f"<p>{escape(p)}</p>" for p in s.paras) + "\n" + "\n".join(f'<p style="text-align: right;">{escape(t)}</p>' for t in tail)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{escape(s.title)}-{site}</title></head>\n<body>\n'
            f'<div class="header"><a href="/">{site}</a><div class="menu"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/tzgg/">通知公告</a></div></div>\n'
            f'<div class="location">{crumb}</div>\n<div class="article">\n<h1 class="arti-title">{escape(s.title)}</h1>\n'
            f'<div class="arti-metas">{info}<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>\n'
            f'<div class="v_news_content">\n{text}\n</div>\n'
            '<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
            '<div class="pn"><p>上一篇：<a href="/info/1021/1.htm">我校召开2026年招生工作会议</a></p><p>下一篇：<a href="/info/1021/3.htm">学校举行第十届教职工运动会</a></p></div>\n'
            f'</div>\n<div class="foot"><p>版权所有 © {site}　地址：湖南省长沙市岳麓区　邮编：410082</p><p>湘ICP备05000881号　湘公网安备 43010402000311号</p></div>\n</body></html>\n')


COUNTER = '浏览次数：<span id="hits"><script>document.write(getHits("63821"))</script></span>'
GOV_INFO = ["索引号：430000/2026-00128　主题分类：农业、林业、水利", "发文机关：湖南省人民政府办公厅　成文日期：2026年04月08日",
            f"标题：{T.POLICY.title}", "发文字号：湘政办发〔2026〕15号　发布日期：2026年04月10日"]
GOV_TAIL = ["【打印本页】【关闭窗口】", "扫一扫在手机打开当前页", "相关解读：", "图解：我省加强农村供水工程运行管护十项措施",
            "主办单位：湖南省人民政府办公厅　承办单位：湖南省政务服务和大数据中心", "网站标识码：4300000035　湘ICP备05000125号　湘公网安备 43010202000213号"]


def gov_cases() -> list[A8]:
    pol, mea, note = T.POLICY, T.MEASURES, T.NOTICE
    c: list[A8] = []
    html = gov_html(pol, organ="湖南省人民政府办公厅", written="2026年04月08日", number="湘政办发〔2026〕15号", published="2026年04月10日")
    c.append(case("g01_policy_table_h1", "gov", html.encode(), "html", pol.title, body(pol), meta=meta(pol, "published", "publisher")))
    html = gov_html(pol, organ="湖南省人民政府办公厅", written="2026年04月08日", number="湘政办发〔2026〕15号", published="2026-04-10", divs=True)
    c.append(case("g02_policy_divs_h1", "gov", html.encode(), "html", pol.title, body(pol), meta=meta(pol, "published", "publisher")))
    html = gov_html(pol, organ="湖南省人民政府办公厅", written="2026年04月08日", number="湘政办发〔2026〕15号", published="2026年04月10日", h1=False)
    c.append(case("g03_policy_table_no_h1", "gov", html.encode(), "html", pol.title, body(pol), meta=meta(pol, "published", "publisher")))
    html = gov_html(mea, organ="宁州市城市管理局", written="2026年04月28日", number="宁城管规〔2026〕2号", published="2026年05月06日", attach=False, related=False,
                    charset="gbk", site="宁州市人民政府")
    c.append(case("g04_measures_articles_gbk", "gov", enc(html, "gbk"), "html", mea.title, body(mea), meta=meta(mea, "published", "publisher")))
    html = gov_html(note, organ="宁州市政务服务中心", written="2026年03月30日", number="", published="2026年03月30日", divs=True, attach=True, related=False,
                    site="宁州市人民政府")
    c.append(case("g05_notice_signature_divs", "gov", html.encode(), "html", note.title, body(note), meta=meta(note, "published", "publisher")))
    return c


def dept_cases() -> list[A8]:
    dept, uni, hosp = T.DEPT, T.UNIV, T.HOSP
    c: list[A8] = []
    html = dept_html(dept, info=f"<span>信息来源：湖南省农业农村厅</span><span>发布时间：2026-03-19 09:30</span><span>{COUNTER}</span>", tail=["【责任编辑：李卓然】"],
                     site="湖南省农业农村厅", crumb="您当前的位置：首页 &gt; 新闻中心 &gt; 农业要闻")
    c.append(case("d01_dept_news_editor_line", "dept", html.encode(), "html", dept.title, body(dept), meta=meta(dept, "published", "publisher")))
    html = dept_html(uni, info='<span>来源：机械工程学院</span><span>作者：周晓岚</span><span>发布时间：2026-05-12</span><span>点击数：<script>_showDynClicks("wbnews", 1001, 1002)</script></span>',
                     tail=list(T.UNIV_CREDITS), site="湘江大学", crumb="当前位置：首页 &gt; 校园新闻")
    c.append(case("d02_univ_news_credit_lines", "dept", html.encode(), "html", uni.title, body(uni), meta=meta(uni, "published", "author")))
    html = dept_html(uni, info="<span>发布时间：2026-05-12</span>", tail=["（供稿：机械工程学院　撰稿：周晓岚　摄影：刘畅　审核：赵立新）"], site="湘江大学",
                     crumb="当前位置：首页 &gt; 校园新闻")
    c.append(case("d03_univ_news_credits_one_line", "dept", html.encode(), "html", uni.title, body(uni), meta=meta(uni, "published", "author")))
    html = dept_html(hosp, info="<span>发布时间：2026-06-02 16:12</span><span>来源：宣传科</span>", tail=list(T.HOSP_CREDITS), site="长沙市第三人民医院",
                     crumb="当前位置：首页 &gt; 医院新闻")
    c.append(case("d04_hospital_news_wen_tu", "dept", html.encode(), "html", hosp.title, body(hosp), meta=meta(hosp, "published", "author")))
    html = dede_html(hosp, charset="gbk", info="发布时间：2026-06-02　来源：宣传科　浏览：<script src=\"/plus/count.php?aid=512\"></script>次",
                     paras=[escape(p) for p in hosp.paras] + [escape(t) for t in T.HOSP_CREDITS])
    c.append(case("d05_hospital_dede_gbk_credits", "dept", enc(html, "gbk"), "html", hosp.title, body(hosp), meta=meta(hosp, "published", "author")))
    return c


def dump_cases() -> list[A8]:
    pol, mea, note, dept, uni, hosp = T.POLICY, T.MEASURES, T.NOTICE, T.DEPT, T.UNIV, T.HOSP
    c: list[A8] = []
    crumb = ["當前位置 : 首頁 > 政務公開 > 政府文件"]
    c.append(case("t01_policy_meta_lines_seed", "dump", dump(pol, f=S2T, crumb=crumb, info=GOV_INFO, tail=GOV_TAIL).encode(), "txt", pol.title, body(pol),
                  meta=meta(pol, "published", "publisher", script="simplified")))
    c.append(case("t02_policy_plain_tail", "dump", dump(pol, crumb=["当前位置：首页 > 政务公开 > 政府文件"], info=["发布日期：2026-04-10　来源：湖南省人民政府办公厅"], tail=GOV_TAIL).encode(),
                  "txt", pol.title, body(pol), meta=meta(pol, "published", "publisher")))
    c.append(case("t03_measures_articles_seed", "dump", dump(mea, f=S2T, info=["發佈日期：2026-05-06　來源：寧州市城市管理局"], tail=["【打印本頁】【關閉窗口】"]).encode(),
                  "txt", mea.title, body(mea), meta=meta(mea, "published", "publisher", script="simplified")))
    c.append(case("t04_notice_signature_plain", "dump", dump(note, info=["2026-03-30 17:05　来源：宁州市政务服务中心"]).encode(), "txt", note.title, body(note),
                  meta=meta(note, "published", "publisher")))
    c.append(case("t05_notice_signature_seed", "dump", dump(note, f=S2T).encode(), "txt", note.title, body(note), meta={"script": "simplified"}))
    c.append(case("t06_dept_news_counter_editor_seed", "dump",
                  dump(dept, f=S2T, info=["信息来源：湖南省农业农村厅　发布时间：2026-03-19 09:30　浏览次数：", "【字体：大 中 小】"], tail=["【责任编辑：李卓然】", "【打印本页】【关闭窗口】"]).encode(),
                  "txt", dept.title, body(dept), meta=meta(dept, "published", "publisher", script="simplified")))
    c.append(case("t07_univ_credits_plain", "dump", dump(uni, info=["发布时间：2026-05-12　点击数："], tail=list(T.UNIV_CREDITS)).encode(), "txt", uni.title, body(uni),
                  meta=meta(uni, "published", "author")))
    c.append(case("t08_hospital_credits_seed", "dump", dump(hosp, f=S2T, info=["发布时间：2026-06-02　来源：宣传科"], tail=list(T.HOSP_CREDITS)).encode(), "txt", hosp.title,
                  body(hosp), meta=meta(hosp, "published", "author", script="simplified")))
    return c


def farm_cases() -> list[A8]:
    pol, mea, note, dept, uni = T.POLICY, T.MEASURES, T.NOTICE, T.DEPT, T.UNIV
    c: list[A8] = []
    c.append(case("f01_policy_farm_s2t", "farm", farm_html(pol, f=S2T, info="發佈日期：2026-04-10　來源：湖南省人民政府辦公廳").encode(), "html", pol.title, body(pol),
                  meta=meta(pol, "published", "publisher", script="simplified")))
    c.append(case("f02_notice_farm_plain", "farm", farm_html(note, info="2026-03-30 17:05　来源：宁州市政务服务中心").encode(), "html", note.title, body(note),
                  meta=meta(note, "published", "publisher")))
    paras = [f"<strong>{escape(p[:3])}</strong>{escape(p[3:])}" if p.startswith("第") and "条" in p[:5] else escape(p) for p in mea.paras]
    c.append(case("f03_measures_strong_article_nos", "farm", farm_html(mea, info="发布时间：2026-05-06　来源：宁州市城市管理局", paras=paras, raw=True).encode(), "html",
                  mea.title, body(mea), meta=meta(mea, "published", "publisher")))
    paras = [S2T(escape(p)) for p in dept.paras] + [S2T("【责任编辑：李卓然】")]
    c.append(case("f04_dept_news_editor_farm_s2t", "farm", farm_html(dept, f=S2T, info="信息來源：湖南省農業農村廳　發佈時間：2026-03-19", paras=paras, raw=True).encode(), "html",
                  dept.title, body(dept), meta=meta(dept, "published", "publisher", script="simplified")))
    paras = [escape(p) for p in uni.paras] + [escape(t) for t in T.UNIV_CREDITS]
    c.append(case("f05_univ_credits_farm", "farm", farm_html(uni, info="2026-05-12　来源：湘江大学", paras=paras, raw=True).encode(), "html", uni.title, body(uni),
                  meta=meta(uni, "published", "author")))
    return c


def build_all() -> list[A8]:
    return gov_cases() + dept_cases() + dump_cases() + farm_cases()


__all__ = ["build_all"]
