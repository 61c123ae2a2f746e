# ruff: noqa: E501
"""Audit25's fixes: articles in the forms users and corpus builders hold them (a browser's saved page, a
Wayback Machine capture, a print view, a search engine's cache copy, a clipper's export). The texts are our
own; each test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_html, clean_text

URL = "http://www.hbrb.example.cn/2016/0909/c1008-2291.html"
TITLE = "扎根海岛二十年 她让渔村孩子爱上了读书"
PARAS = ["清晨六点半，东澳岛小学的铃声还没响，王秀琴已经站在校门口迎接学生了。二十年前，她从师范学校毕业后主动申请来到这所海岛小学。",
         "学校现有学生四十二名，大多是渔民的孩子。她四处联系，陆续争取到社会各界捐赠的图书五千多册，还在走廊里布置了“海风书屋”。",
         "今年，王秀琴被评为全省优秀乡村教师。她说，只要岛上还有孩子，她就会一直教下去。"]


def _page(head: str = "", top: str = "", info: str = "2016-09-09 08:30 来源：海滨日报", body: list[str] | None = None) -> str:
    ps = "".join(f"<p>{p}</p>" for p in (body if body is not None else PARAS))
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8"><title>{TITLE}_海滨日报网</title>\n{head}</head>\n<body>\n{top}'
            f'<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>\n<div class="article"><h1>{TITLE}</h1>'
            f'<div class="info">{info}</div><div class="content">{ps}</div></div>\n'
            '<div class="footer">Copyright © 2016 海滨日报网 版权所有</div>\n</body>\n</html>\n')


def test_a_saved_pages_comment_names_its_url() -> None:
    """A browser's "Save Page As" writes where the page came from before <html>; a saved reader view's
    address holds the page's in its query."""
    saved = _page().replace("<!DOCTYPE html>\n", f"<!DOCTYPE html>\n<!-- saved from url=({len(URL):04d}){URL} -->\n")
    rec = clean_html(saved)
    assert (rec.url, rec.text, rec.title) == (URL, "\n".join(PARAS), TITLE)
    reader = _page().replace("<!DOCTYPE html>\n", "<!-- saved from url=(0071)about:reader?url=http%3A%2F%2Fwww.hbrb.example.cn%2F2016%2F0909%2Fc1008-2291.html -->\n")
    assert clean_html(reader).url == URL
    assert clean_html(saved, url="http://mirror.example.com/a.html").url == "http://mirror.example.com/a.html"  # the source's own wins
    assert clean_html(_page()).url is None


WAYBACK_HEAD = ('<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>\n'
                f'<script type="text/javascript">\n  __wm.init("https://web.archive.org/web");\n  __wm.wombat("{URL}","20161002101010","https://web.archive.org/","web","/_static/",\n\t      "1475403010");\n</script>\n')


def _toolbar(style: str) -> str:
    return (f'<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id="wm-ipp-base" lang="en" style="{style}"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">'
            '<div class="n"><table><tr class="m"><td>SEP</td><td>OCT</td><td>NOV</td></tr><tr class="d"><td>02</td></tr><tr class="y"><td>2015</td><td>2016</td><td>2017</td></tr></table></div>'
            f'<div id="wm-nav-captures"><a class="t" href="/web/20161002101010*/{URL}">37 captures</a><div class="r">12 Sep 2016 - 05 Jan 2021</div></div>'
            '<a href="#expand">About this capture</a></div></div>\n'
            f'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20161002101010/{URL}</div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n')


@pytest.mark.parametrize("style", ["display:none;direction:ltr;", "display:block;direction:ltr;"])
def test_a_wayback_capture_gives_the_original_url_and_its_toolbar_no_date(style: str) -> None:
    """The capture names its original in the archive's rewrite script; its toolbar, shown in a capture saved
    from the browser, is no text and its capture span (12 Sep 2016 - …) no date of the article's."""
    rec = clean_html(_page(head=WAYBACK_HEAD, top=_toolbar(style)))
    assert (rec.url, (rec.published or "")[:10], rec.text, rec.title) == (URL, "2016-09-09", "\n".join(PARAS), TITLE)


def test_a_captures_date_is_not_read_from_its_rewritten_canonical_link() -> None:
    """Every link of a capture is rewritten to /web/TIMESTAMP/original: the date in the original's address
    is the article's, the capture's stamp is not."""
    orig = "http://www.hbrb.example.cn/2016/09/09/2291.html"
    canonical = f'<link rel="canonical" href="https://web.archive.org/web/20161002101010/{orig}">\n'
    rec = clean_html(_page(head=canonical, info="来源：海滨日报"))
    assert rec.published == "2016-09-09"


def test_a_wayback_toolbar_copied_as_text_is_dropped() -> None:
    """A capture copied from the browser window brings the toolbar's lines along above the page."""
    toolbar = [f"The Wayback Machine - https://web.archive.org/web/20161002101010/{URL}", "37 captures", "12 Sep 2016 - 05 Jan 2021",
               "AUG\tSEP\tOCT", "Previous capture\t02\tNext capture", "2015\t2016\t2017", "About this capture"]
    rec = clean_text("\n".join([*toolbar, TITLE, "2016-09-09 09:00 来源：海滨日报", *PARAS]))
    assert (rec.title, rec.text, (rec.published or "")[:10], rec.url) == (TITLE, "\n".join(PARAS), "2016-09-09", URL)


def test_lines_like_a_toolbars_alone_are_text() -> None:
    """A lone number, or a line saying "Close", is no toolbar without the lines only the toolbar writes."""
    paras = [*PARAS[:2], "12", "Close", PARAS[2]]
    assert clean_text("\n".join([TITLE, "2016-09-09 来源：海滨日报", *paras])).text == "\n".join(paras)


@pytest.mark.parametrize("note", [f"本文网址：{URL}", f"この記事のURL：{URL}", f"Адрес страницы: {URL}", f"Вырезано из: &lt;{URL}&gt;",
                                  f"Printed from {URL} on 14 March 2016."])
def test_a_print_views_or_clips_address_line_is_dropped_and_names_the_url(note: str) -> None:
    rec = clean_html(_page(body=[*PARAS, note]))
    assert (rec.text, rec.url) == ("\n".join(PARAS), URL)


def test_a_cache_copys_note_and_header_lines_are_dropped_and_its_date_is_not_the_articles() -> None:
    """A search engine's cache copy (here pasted into a farm's page or a text file): its note names the page
    and dates the snapshot, not the article; its other lines are fixed."""
    lines = [f"This is Google's cache of {URL}. It is a snapshot of the page as it appeared on 15 Sep 2016 03:10:41 GMT.",
             "The current page could have changed in the meantime. Learn more", "Full version Text-only version View source",
             "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
             TITLE, "2016-09-09 来源：海滨日报", *PARAS]
    rec = clean_text("\n".join(lines))
    assert (rec.title, rec.text, (rec.published or "")[:10], rec.url) == (TITLE, "\n".join(PARAS), "2016-09-09", URL)
    zh = [f"这是 Google 对 {URL} 的缓存。 这是该网页在 2016年9月15日 03:10:41 GMT 的快照。 当前页在此期间可能已经更改。 了解详情",
          "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。", "2016-09-09 07:45 来源：海滨日报"]
    rec = clean_html(_page(info="2016-09-16 04:00", body=[*zh, *PARAS]))
    assert (rec.text, (rec.published or "")[:10], rec.url) == ("\n".join(PARAS), "2016-09-09", URL)


def test_prose_about_caches_and_archives_stays() -> None:
    paras = ["他把网页快照里找回的稿件一篇篇打印出来，装订成册。The Wayback Machine keeps captures of old pages.",
             "这是 Google 对老网页的缓存，保存的是网页在被收录时的样子。", *PARAS]
    rec = clean_text("\n".join([TITLE, "2016-09-09 来源：海滨日报", *paras]))
    assert rec.text == "\n".join(paras) and rec.url is None


def test_a_clippers_source_meta_and_a_reader_views_link_name_the_url() -> None:
    evernote = _page(head=f'<meta name="created" content="2016-10-03 02:14:55 +0000"/><meta name="source-url" content="{URL}"/>\n')
    assert (clean_html(evernote).url, (clean_html(evernote).published or "")[:10]) == (URL, "2016-09-09")
    reader = _page(top=f'<div class="header reader-header"><a class="domain reader-domain" href="{URL}">www.hbrb.example.cn</a></div>\n')
    assert clean_html(reader).url == URL


def test_a_browsers_print_margins_are_dropped_and_the_prints_date_is_not_the_articles() -> None:
    """A page printed to a PDF and read back as text: the header (print date and time, the <title>) and the
    footer (the print view's address, the sheet's number) of each sheet."""
    header = f"2016/9/10 下午3:12\t{TITLE}--打印本页--海滨日报网"
    footer = "http://www.hbrb.example.cn/print/2016/0909/c1008-2291.html\t1/1"
    rec = clean_text("\r\n".join([header, TITLE, "来源：海滨日报　发布时间：2016-09-09 08:30", *PARAS, footer]))
    assert (rec.title, rec.text, (rec.published or "")[:10]) == (TITLE, "\n".join(PARAS), "2016-09-09")
    table = [*PARAS[:2], "2016/9/10\t晴\t东南风三级", PARAS[2]]  # a tabbed line with a date, without a footer, is text
    assert clean_text("\n".join([TITLE, "2016-09-09 来源：海滨日报", *table])).text == "\n".join(table)


def test_singlefiles_comment_and_an_old_captures_address_box_name_the_url() -> None:
    """SingleFile writes its comment after <html> with the url on its second line (and the save's date on the
    third, which is no date of the article's); a capture from before the rewrite script has the original only
    in the toolbar's address box."""
    single = _page().replace('<html lang="zh-CN">\n', f'<html lang="zh-CN"><!--\n Page saved with SingleFile \n url: {URL} \n saved date: Mon Oct 03 2016 10:12:33 GMT+0800 (China Standard Time)\n-->\n')
    rec = clean_html(single)
    assert (rec.url, (rec.published or "")[:10], rec.text) == (URL, "2016-09-09", "\n".join(PARAS))
    old = _page(top=f'<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id="wm-ipp" style="display:none;"><form><input type="text" name="url" id="wmtbURL" value="{URL}" /></form>'
                    '<a href="#">37 captures</a></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n')
    assert clean_html(old).url == URL
