# ruff: noqa: E501
"""Audit22 cases: Chinese reposts as real CMS pages (EmpireCMS, PHPCMS v9, Discuz! portal article and
forum thread, DedeCMS 5.7's default article template, a WordPress Chinese theme, m./wap/AMP pages, news-app
share pages with the text in a script state object or JSON-LD only), with the seed's text damage (s2t with
tone readings, zero-width characters, odd spaces, U+3000 / &nbsp; indents) on the article, in-article
chrome (编辑 / 责任编辑 / 【纠错】 / 扫一扫 / 二维码 / 公众号 promos, 声明 disclaimers, 原标题, 热门推荐 /
猜你喜欢 lists), pagination (上一页 1 2 3 下一页: the page's own part is its text), and UTF-8 / GBK /
GB18030 / Big5 bytes with right, missing and lying labels (HTTP header vs <meta>).

Expected: the first publisher's title and paragraphs (simplified for the mainland stories, traditional for
the Taiwan / Hong Kong originals), the metadata the page states, ``mislabeled`` where the only label lies.

Groups: ``emp`` EmpireCMS, ``php`` PHPCMS v9, ``dz`` Discuz!, ``dede`` DedeCMS 5.7, ``wp`` WordPress theme,
``mob`` mobile / wap / AMP, ``app`` app share pages, ``enc`` encodings across templates.
"""

from __future__ import annotations

import json
import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import a22_texts as T  # noqa: E402
from a22_build import (  # noqa: E402
    A8,
    HOT,
    a14,
    amp,
    dede57,
    dz_portal,
    dz_thread,
    empire,
    g,
    mobile,
    phpcms,
    plain,
    share_page,
    t2,
    wap,
    wp_begin,
    zw,
)
from a22_texts import Story  # noqa: E402

S2T = g()
S2T_FW = g(brackets="（）", fold=False)


def body(s: Story, keep: slice | None = None) -> str:
    return "\n".join(s.paras[keep] if keep else s.paras)


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra


def hc(name: str, group: str, html: str, codec: str, title: str, text: str, m: dict[str, object] | None = None,
       header: str | None = None, why: str = "") -> A8:
    """One HTML page in ``codec`` (characters the codec lacks as NCRs, as browsers submit them); ``header``
    is what the server's Content-Type said."""
    a = a14.case(name, group, html.encode(codec, "xmlcharrefreplace"), "html", title, text, meta=m, why=why)
    if header:
        a.case.args = ["--content-type", header]
    return a


def emp_cases() -> list[A8]:
    c: list[A8] = []
    s = T.FERRY
    c.append(hc("e01_empire_clean_utf8", "emp", empire(s, info="发布时间：2026-04-08 10:32:15 来源：三峡日报 作者：冉秋实"), "utf-8",
                s.title, body(s), meta(s, "publisher", "author", "published"), why="control: nothing may be dropped"))
    s = T.ORCHARD
    tail = '<p style="text-align:right;">【纠错】 【责任编辑：张帆】</p>'
    c.append(hc("e02_empire_gb2312_s2t_ideo_jiucuo", "emp", empire(s, f=S2T, charset="gb2312", info="时间：2026-03-19 08:05 来源：赣南日报 作者：钟晓岚", tail=tail), "gbk",
                s.title, body(s), meta(s, "publisher", "author", "published")))
    s = T.LIBRARY
    c.append(hc("e03_empire_gbk_meta_utf8_lie_zw", "emp", empire(s, f=zw(S2T), charset="utf-8", info="时间：2026-05-06 来源：城市晚报"), "gbk",
                s.title, body(s), meta(s, "publisher", "published", mislabeled=True)))
    s = T.HEAT
    c.append(hc("e04_empire_big5_farm_meta_gb2312_lie", "emp", empire(s, f=S2T, chrome=t2, charset="gb2312", info=t2("时间：2026-06-16 06:10 来源：中国天气网"), site="东方资讯网"), "big5",
                s.title, body(s), meta(s, "publisher", "published", mislabeled=True)))
    s = T.ROBOT
    pager = '<div class="epages"><a href="/keji/2026/1187.html">上一页</a>&nbsp;<b>1</b>&nbsp;<a href="/keji/2026/1187_2.html">2</a>&nbsp;<a href="/keji/2026/1187_3.html">3</a>&nbsp;<a href="/keji/2026/1187_2.html">下一页</a></div>'
    html = empire(s, info="时间：2026-05-21 15:40 来源：科技日报 作者：冯子墨", body=f"<p>{IDEO}{e(s.paras[0])}</p>", tail=pager)
    c.append(hc("e05_empire_paged_1_of_3", "emp", html, "utf-8", s.title, s.paras[0], meta(s, "publisher", "author", "published"),
                why="page 1 of 3: its own part is the text; the pager goes"))
    s = T.GRAIN
    tail = ('<p>声明：本文转载自经济日报，版权归原作者所有，如有侵权请联系删除。</p>\n<p style="text-align:center;"><img src="/d/file/p/qrcode.jpg" border="0" /></p>\n'
            '<p style="text-align:center;">扫一扫，关注微信公众号“东方资讯”</p>')
    c.append(hc("e06_empire_statement_qr_promo", "emp", empire(s, f=S2T, charset="gbk", info=S2T("时间：2026-07-02 来源：经济日报 作者：闻麦"), tail=tail), "gbk",
                s.title, body(s), meta(s, "publisher", "author", "published")))
    return c


IDEO = "\u3000\u3000"


def php_cases() -> list[A8]:
    c: list[A8] = []
    s = T.QR
    c.append(hc("p01_phpcms_clean_promo_words_in_sentences", "php", phpcms(s, date="2026-04-27 09:12:40", source="周口日报", editor="宋洁"), "utf-8",
                s.title, body(s), meta(s, "publisher", "published"), why="control: 扫一扫 / 二维码 / 公众号 / 声明 in real sentences"))
    s = T.CLINIC
    c.append(hc("p02_phpcms_gbk_header_utf8_meta_gbk", "php", phpcms(s, f=S2T, charset="gbk", date="2026-09-14 19:20:05", source="南方都市报", editor="冯雪"), "gbk",
                s.title, body(s), meta(s, "publisher", "published"), header="text/html; charset=utf-8", why="the header lies, the meta is right"))
    s = T.FERRY
    c.append(hc("p03_phpcms_utf8_header_gbk_meta_utf8", "php", phpcms(s, f=zw(S2T), charset="utf-8", date="2026-04-08 11:00:00", source="三峡日报"), "utf-8",
                s.title, body(s), meta(s, "publisher", "published"), header="text/html; charset=GBK"))
    s = T.TUNNEL
    pages = ('<a class="a1" href="/shehui/2026/0925/2210.html">上一页</a> <a href="/shehui/2026/0925/2210.html">1</a> <span>2</span> '
             '<a href="/shehui/2026/0925/2210_3.html">3</a> <a class="a1" href="/shehui/2026/0925/2210_3.html">下一页</a>')
    c.append(hc("p04_phpcms_page_2_of_3", "php", phpcms(s, body=f"<p>{e(s.paras[1])}</p>", pages=pages, date="2026-09-25 12:30:00", source="海峡都市报"), "utf-8",
                s.title, s.paras[1], meta(s, "publisher", "published"), why="page 2 of 3: its own part"))
    s = T.HEAT
    tail = '<p>（编辑：刘洋）</p>\n<p style="text-align:right;">【纠错】</p>'
    c.append(hc("p05_phpcms_editor_jiucuo_in_content_zw", "php", phpcms(s, f=zw(S2T, 3), date="2026-06-16 06:30:12", source="中国天气网", editor="王晓", tail=tail), "utf-8",
                s.title, body(s), meta(s, "publisher", "published")))
    s = _rare(T.CHESS)
    c.append(hc("p06_phpcms_gb18030_label_gb2312", "php", phpcms(s, charset="gb2312", date="2026-08-10 21:00:00", source="扬子晚报"), "gb18030",
                s.title, body(s), meta(s, "publisher", "published", "author"), why="a name character outside GBK (4 GB18030 bytes)"))
    return c


def _rare(s: Story) -> Story:
    """``s`` with its player named with a character outside GBK."""
    out = [p.replace("程一诺", "程一\U0002c02a") for p in s.paras]
    assert out != list(s.paras)
    return Story(s.title, tuple(out), s.publisher, s.author, s.published)


def _br(items: list[str]) -> str:
    return "<br />\r\n<br />\r\n".join(items)


def dz_cases() -> list[A8]:
    c: list[A8] = []
    s = T.WETLAND
    xg1 = "2026-12-2 10:15<span class=\"pipe\">|</span> 发布者: 观鸟人<span class=\"pipe\">|</span> 查看: 356<span class=\"pipe\">|</span> 评论: 0<span class=\"pipe\">|</span>原作者: 邢海川<span class=\"pipe\">|</span>来自: 新华社"
    c.append(hc("d01_dz_portal_s2t_summary", "dz", dz_portal(s, f=S2T, xg1=xg1, summary=e(S2T(s.paras[0][:60]))), "utf-8",
                s.title, body(s), meta(s, "publisher", "author", "published"), why="the 摘要 repeats the lead: not twice"))
    s = T.CHESS
    xg1 = "2026-8-10 21:30| 发布者: admin| 查看: 88| 评论: 2|来自: 扬子晚报"
    comments = ('<dl id="comment_1" class="ptm pbm bbda cl"><dt class="mbm"><a href="home.php?mod=space&uid=12" class="xi2 xw1">棋迷老周</a> <span class="xg1 xw0">2026-8-11 08:02</span></dt><dd>后生可畏，七连胜太厉害了</dd></dl>'
                '<dl id="comment_2" class="ptm pbm bbda cl"><dt class="mbm"><a href="home.php?mod=space&uid=13" class="xi2 xw1">小马</a> <span class="xg1 xw0">2026-8-11 09:40</span></dt><dd>电子棋盘直播这个好</dd></dl>')
    c.append(hc("d02_dz_portal_gbk_nolabel_clean", "dz", dz_portal(s, charset=None, xg1=xg1, comments=comments), "gbk",
                s.title, body(s), meta(s, "publisher", "author", "published"), why="control"))
    s = T.ORCHARD
    first = ('<i class="pstatus"> 本帖最后由 江边观潮 于 2026-3-19 21:03 编辑 </i><br />\r\n<br />\r\n' + _br([e(S2T(p)) for p in s.paras])
             + "<br />\r\n<br />\r\n" + S2T("来源：赣南日报") + "<br />\r\n")
    replies = [("沙发", "老张", "2026-3-19 21:10", "支持一下，家里也种了几十亩脐橙"), ("板凳", "果农小钟", "2026-3-19 22:31", "数字果园好是好，就是设备太贵了"),
               ("地板", "路过的", "2026-3-20 07:15", "楼主辛苦，转走了")]
    c.append(hc("d03_dz_thread_first_post_s2t_gbk", "dz", dz_thread(s, first=first, replies=replies, f=S2T, when="2026-3-19 20:45", sign="本人小店 脐橙产地直发 https://shop.example.cn 欢迎光临"), "gbk",
                s.title, body(s), meta(s, "publisher"), why="楼主 post: edit stamp, source line, signature and floors go"))
    s = T.LIBRARY
    first = _br(e(p) for p in s.paras) + "<br />\r\n（来源：城市晚报）<br />\r\n"  # type: ignore[arg-type]
    quote = (f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&goto=findpost&pid=1000&ptid=88" target="_blank"><font color="#999999">书虫 发表于 2026-5-6 12:00</font></a></font><br />'
             f'{e(s.paras[0][:40])} ...</blockquote></div><br />这个好，下班顺路就能借书')
    replies = [("沙发", "小林", "2026-5-6 12:31", quote), ("板凳", "地铁通勤族", "2026-5-6 13:02", "希望我们站也能开一个")]
    c.append(hc("d04_dz_thread_clean_quoting_reply", "dz", dz_thread(s, first=first, replies=replies, charset="utf-8", user="书虫", when="2026-5-6 12:00"), "utf-8",
                s.title, body(s), meta(s, "publisher"), why="control: a reply quotes the lead"))
    s = T.TW_RAIL
    first = _br(e(p) for p in s.paras) + "<br />\r\n<br />\r\n來源：自由時報<br />\r\n"  # type: ignore[arg-type]
    replies = [("沙發", "台東囝仔", "2026-10-12 09:20", "電車化之後回家真的方便很多"), ("板凳", "鐵道迷", "2026-10-12 10:05", "連假還是一票難求啊")]
    c.append(hc("d05_dz_thread_big5_tw", "dz", dz_thread(s, first=first, replies=replies, chrome=t2, charset="big5", user="南迴旅人", when="2026-10-12 08:55", forum="新聞討論", site="台東鄉親論壇"), "big5",
                s.title, body(s), meta(s, "publisher"), why="control: Taiwan original stays traditional"))
    s = T.HEAT
    pager = '<div class="pg"><strong>1</strong><a href="thread-88-2-1.html">2</a><a href="thread-88-3-1.html">3</a><a href="thread-88-2-1.html" class="nxt">下一页</a></div>'
    first = _br([e(p) for p in s.paras]) + "<br />\r\n<br />\r\n来源：中国天气网"
    replies = [("沙发", "热成狗", "2026-6-16 08:01", "今年热得也太早了"), ("板凳", "老农", "2026-6-16 08:40", "地里的玉米苗要赶紧浇水")]
    c.append(hc("d06_dz_thread_reply_pages", "dz", dz_thread(s, first=first, replies=replies, charset="gbk", pager=pager, when="2026-6-16 07:50"), "gbk",
                s.title, body(s), meta(s, "publisher"), why="the thread's pager pages the replies: the 楼主 post is whole"))
    return c


def dede_cases() -> list[A8]:
    c: list[A8] = []
    s = T.TUNNEL
    info = ('<small>时间:</small>2026-09-25 11:02<small>来源:</small>海峡都市报 <small>作者:</small>林港生 <small>点击:</small>'
            '<script src="/plus/count.php?view=yes&aid=89&mid=1" type="text/javascript" language="javascript"></script>次')
    pl = ('<li><a>共2页: </a></li><li><a href="#">上一页</a></li><li class="thisclass"><a href="#">1</a></li><li><a href="89_2.html">2</a></li>'
          '<li><a href="89_2.html">下一页</a></li>')
    paras = [e(S2T(p)) for p in s.paras[:2]]
    c.append(hc("x01_dede57_gb2312_s2t_intro_pagelist", "dede", dede57(s, f=S2T, info=info, intro="<strong>内容提要:</strong>" + e(S2T(s.paras[0][:40])),
                body="\n".join(f"<div>{IDEO}{p}</div>" for p in paras), pagelist=pl), "gbk",
                s.title, body(s, slice(0, 2)), meta(s, "publisher", "author", "published"), why="page 1 of 2; 内容提要 repeats the lead"))
    s = T.CHESS
    info = "<small>时间:</small>2026-08-10 20:10<small>来源:</small>扬子晚报 <small>作者:</small>骆子航 <small>点击:</small>次"
    tail = '<p>(编辑：唐敏 责任编辑：周立)</p>\n<p align="center"><img src="/uploads/allimg/qrcode.png" alt="二维码" /><br />扫一扫在手机打开当前页</p>'
    c.append(hc("x02_dede57_editor_qr_in_content", "dede", dede57(s, f=S2T, charset="gbk", info=info, body=f"{_ps_ideo(s, S2T)}\n{tail}"), "gbk",
                s.title, body(s), meta(s, "publisher", "author", "published")))
    s = T.WETLAND
    info = "<small>时间:</small>2026-12-02 16:45<small>来源:</small>新华社 <small>作者:</small>邢海川 <small>点击:</small>次"
    top = "<p>声明：本文转载自新华网，仅供参考，不代表本站观点。</p>\n"
    tail = "\n<p>更多精彩内容，请关注微信公众号“九州新闻”（ID：jiuzhou_news），每天推送最新资讯。</p>"
    c.append(hc("x03_dede57_statement_top_gzh_tail_utf8", "dede", dede57(s, f=S2T, charset="utf-8", info=info, body=top + _ps_ideo(s, S2T) + tail), "utf-8",
                s.title, body(s), meta(s, "publisher", "author", "published")))
    s = T.FERRY
    info = "<small>时间:</small>2026-04-08 12:00<small>来源:</small>三峡日报 <small>点击:</small>次"
    tail = ('\n<div class="hotnews"><h4>热门推荐</h4>' + "".join(f'<p><a href="/a/news/{i}.html">{x}</a></p>' for i, x in enumerate(HOT[:3])) + "</div>"
            '\n<div><strong>猜你喜欢：</strong><a href="/a/news/7.html">' + HOT[3] + '</a>　<a href="/a/news/8.html">' + HOT[4] + "</a></div>")
    c.append(hc("x04_dede57_hot_lists_in_content_zw", "dede", dede57(s, f=zw(S2T, 11), charset="gbk", info=info, body=_ps_ideo(s, zw(S2T, 11)) + tail), "gbk",
                s.title, body(s), meta(s, "publisher", "published")))
    s = T.GRAIN
    info = "<small>时间:</small>2026-07-02 09:00<small>来源:</small>经济日报 <small>作者:</small>闻麦 <small>点击:</small>次"
    top = "<p>原标题：夏粮收购进度过半</p>\n<p>来源：经济日报　作者：闻麦</p>\n"
    tail = "\n<p>本文来源：经济日报，转载请注明出处。</p>"
    c.append(hc("x05_dede57_original_title_source_lines", "dede", dede57(s, info=info, body=top + _ps_ideo(s, plain) + tail), "gbk",
                s.title, body(s), meta(s, "publisher", "author", "published"), why="clean text; 原标题 / 来源 / 本文来源 lines are not story"))
    return c


def _ps_ideo(s: Story, f: object) -> str:
    return "\n".join(f"<p>{IDEO}{e(f(p))}</p>" for p in s.paras)  # type: ignore[operator]


def wp_cases() -> list[A8]:
    c: list[A8] = []
    s = T.ROBOT
    tail = "<p>来源：科技日报</p>\n<p>声明：本站所有文章来源于网络，本文仅代表作者观点，不代表本站立场。</p>"
    c.append(hc("w01_wp_begin_s2t_zw_source_statement", "wp", wp_begin(s, f=zw(S2T, 5), date="2026年05月21日", tail=tail), "utf-8",
                s.title, body(s), meta(s, "publisher", "published")))
    s = T.FERRY
    c.append(hc("w02_wp_header_gbk_lie_meta_utf8", "wp", wp_begin(s, date="2026-04-08", tail="<p>来源：三峡日报</p>"), "utf-8",
                s.title, body(s), meta(s, "publisher", "published"), header="text/html; charset=gbk"))
    s = T.HK_MINIBUS
    c.append(hc("w03_wp_hk_original", "wp", wp_begin(s, lang="zh-HK", date="2026年11月3日", cat="本地新聞", tail="<p>資料來源：星島日報</p>"), "utf-8",
                s.title, body(s), meta(s, "publisher", "published"), why="control: Hong Kong original stays traditional"))
    s = T.QR
    c.append(hc("w04_wp_br_paste_fullwidth_readings", "wp", wp_begin(s, f=S2T_FW, date="2026-04-27", body="<p>" + "<br />\n<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{e(S2T_FW(p))}" for p in s.paras) + "</p>"), "utf-8",
                s.title, body(s), meta(s, "published"), why="promo words in real sentences, one <p> of <br /> pairs"))
    s = T.CLINIC
    top = "<p>原标题：社区医院开设夜间门诊</p>\n<p>本文转载自：南方都市报</p>\n"
    c.append(hc("w05_wp_original_title_reprinted_from", "wp", wp_begin(s, f=S2T, date="2026-09-14", top=top), "utf-8",
                s.title, body(s), meta(s, "publisher", "published")))
    return c


def mob_cases() -> list[A8]:
    c: list[A8] = []
    s = T.HEAT
    c.append(hc("m01_mobile_s2t_unfold", "mob", mobile(s, f=S2T, info="2026-06-16 06:32　来源：中国天气网"), "utf-8",
                s.title, body(s), meta(s, "publisher", "published")))
    s = T.ORCHARD
    c.append(hc("m02_wap_xhtml_mp_gb2312_br", "mob", wap(s, f=S2T, info="来源：赣南日报 2026-03-19 08:05"), "gbk",
                s.title, body(s), meta(s, "publisher", "published"), why="paragraphs are <br/> lines of one <p>"))
    s = T.TUNNEL
    c.append(hc("m03_amp_jsonld", "mob", amp(s, date_iso="2026-09-25T10:30:00+08:00", author="林港生", publisher="海峡都市报"), "utf-8",
                s.title, body(s), meta(s, "publisher", "author", "published")))
    s = T.TW_SCHOOL
    c.append(hc("m04_mobile_big5_tw_nolabel", "mob", mobile(s, chrome=t2, charset=None, info="來源：聯合報　記者林志遠／花蓮報導　2026-03-30", site="看點新聞"), "big5",
                s.title, body(s), meta(s, "publisher", "published"), why="control: Taiwan original stays traditional"))
    s = T.WETLAND
    pager = '<a href="/news/2026/8812.html" class="prev">上一页</a><span class="cur">1</span><a href="/news/2026/8812_2.html">2</a><a href="/news/2026/8812_3.html">3</a><a href="/news/2026/8812_2.html" class="next">下一页</a>'
    c.append(hc("m05_mobile_paged_1_of_3", "mob", mobile(s, body=f"<p>{e(s.paras[0])}</p>", pager=pager, info="2026-12-02 11:20　来源：新华社"), "utf-8",
                s.title, s.paras[0], meta(s, "publisher", "published"), why="page 1 of 3"))
    s = T.CLINIC
    c.append(hc("m06_mobile_gbk_meta_utf8_lie_zw", "mob", mobile(s, f=zw(S2T, 9), charset="utf-8", info="2026-09-14 19:20　来源：南方都市报"), "gbk",
                s.title, body(s), meta(s, "publisher", "published", mislabeled=True)))
    return c


def app_cases() -> list[A8]:
    c: list[A8] = []
    s = T.CLINIC
    state = {"article": {"id": "8812", "title": s.title, "source": "南方都市报", "author": "简宁", "publishTime": "2026-09-14 19:20",
                         "content": "".join(f"<p>{p}</p>" for p in s.paras), "commentCount": 12},
             "user": {"isLogin": False}, "recommend": [{"title": x, "url": f"/a/{i}"} for i, x in enumerate(HOT)]}
    script = "window.__INITIAL_STATE__=" + json.dumps(state, ensure_ascii=False) + ";(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}());"
    c.append(hc("a01_app_initial_state_only", "app", share_page(s.title + "-新闻早知道", script=script), "utf-8",
                s.title, body(s), meta(s, "publisher", "published"), why="the text is only in the state object"))
    s = T.ROBOT
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": "2026-05-21T15:40:00+08:00",
          "author": {"@type": "Person", "name": "冯子墨"}, "publisher": {"@type": "Organization", "name": "科技日报"}, "articleBody": "\n".join(s.paras)}
    visible = f'<h1 class="title">{e(s.title)}</h1><div class="content"><p>{e(s.paras[0][:50])}…</p></div><div class="more">展开全文，打开APP查看</div>'
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    c.append(hc("a02_app_jsonld_articlebody_only", "app", share_page(s.title, script="", visible=visible, head=head), "utf-8",
                s.title, body(s), meta(s, "publisher", "author", "published"), why="visible: a cut lead; the whole text is JSON-LD articleBody"))
    s = T.TUNNEL
    nd = {"props": {"pageProps": {"article": {"title": s.title, "mediaName": "海峡都市报", "pubDate": "2026-09-25 10:30",
                                              "paragraphs": [{"type": "text", "text": p} for p in s.paras]}}}, "page": "/article/[id]", "query": {"id": "4411"}}
    head = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>\n'
    c.append(hc("a03_app_next_data_paragraphs", "app", share_page(s.title + "_新闻早知道", script="", head=head), "utf-8",
                s.title, body(s), meta(s, "publisher", "published")))
    s = T.WETLAND
    state = {"detail": {"title": S2T(s.title), "src": "新华社", "ptime": "2026-12-02 16:45:00", "body": "".join(f"<p>{S2T(p)}</p>" for p in s.paras)}}
    script = "window.__DATA__ = " + json.dumps(state, ensure_ascii=True) + ";"
    c.append(hc("a04_app_state_escaped_s2t", "app", share_page(S2T(s.title), script=script), "utf-8",
                s.title, body(s), meta(s, "publisher", "published"), why="a farm mirror of a share page: \\u escapes, s2t + readings"))
    return c


def enc_cases() -> list[A8]:
    c: list[A8] = []
    s = T.GRAIN
    c.append(hc("n01_gbk_no_label_header_without_charset", "enc", empire(s, f=zw(S2T, 13), charset=None, info="时间：2026-07-02 来源：经济日报"), "gbk",
                s.title, body(s), meta(s, "publisher", "published"), header="text/html"))
    s = T.HK_MINIBUS
    c.append(hc("n02_big5_hk_meta_utf8_lie", "enc", phpcms(s, chrome=t2, charset="utf-8", date="2026-11-03 08:00:00", source="星島日報", site="香港新聞網"), "big5",
                s.title, body(s), meta(s, "publisher", "published", mislabeled=True), why="control: Hong Kong original stays traditional"))
    s = T.TUNNEL
    c.append(hc("n03_big5_farm_header_right_meta_gb2312", "enc", phpcms(s, f=S2T, chrome=t2, charset="gb2312", date="2026-09-25 12:30:00", source=t2("海峡都市报")), "big5",
                s.title, body(s), meta(s, "publisher", "published"), header="text/html; charset=big5"))
    s = T.CHESS
    c.append(hc("n04_utf8_meta_gb2312_lie_s2t", "enc", empire(s, f=S2T, charset="gb2312", info="时间：2026-08-10 来源：扬子晚报 作者：骆子航"), "utf-8",
                s.title, body(s), meta(s, "publisher", "author", "published", mislabeled=True)))
    return c


def build_all() -> list[A8]:
    return [*emp_cases(), *php_cases(), *dz_cases(), *dede_cases(), *wp_cases(), *mob_cases(), *app_cases(), *enc_cases()]
