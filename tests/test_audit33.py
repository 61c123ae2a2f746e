# ruff: noqa: E501
"""Audit33 fixes (malformed and structurally odd old-site HTML): each test fails on the branch base."""

from __future__ import annotations

from pipeline.strip import extract_html

P = "\u3000\u3000"
FIRST = "湘江老渡口的第一艘纯电动渡船12日正式载客运营，这条航线连接两岸的老城区和工业园，过去依靠柴油渡船往返。"
SECOND = "新渡船可同时搭载乘客120人，船在对岸停靠的几分钟里就能完成补电，高峰时段每十分钟开出一班。"
COMMENT = "我家就住在江边，小时候坐的是木头渡船，后来换了铁壳船，现在又换成电动的了，希望以后码头的停车问题也能解决一下，早上电动车太多了。"


def _page(inner: str) -> str:
    """An old portal page whose article container is never closed: what follows the body nests inside it."""
    return (f'<html><body><div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div><div id="zw"><h1>湘江老渡口换上电动渡船</h1>'
            f"<p>{P}{FIRST}</p><p>{P}{SECOND}</p>{inner}"
            '<div class="foot">Copyright &copy; 2003-2026 潇湘在线 版权所有</div></body></html>')


def test_reader_comments_under_a_heading_in_the_bodys_unclosed_container_are_dropped() -> None:
    as_ps = "<h4>最新评论</h4>" + "".join(f"<p>{who}（2026-04-12 12:47）：</p><p>{COMMENT}</p>" for who in ("窑湾居民", "通勤族小王")) + '<p><a href="/c/">查看全部评论</a></p>'
    as_table = ('<table><tr><td><b>网友评论</b>（以下留言仅代表网友个人观点）</td></tr>'
                + "".join(f"<tr><td>网友：{who} 发表于 2026-04-12 12:47</td></tr><tr><td>{P}{COMMENT}</td></tr>" for who in ("窑湾居民", "通勤族小王")) + "</table>")
    for inner in (as_ps, as_table):
        art = extract_html(_page(inner))
        assert art.paragraphs == [FIRST, SECOND]


def test_a_comments_heading_over_no_stamped_comments_drops_nothing_below_it() -> None:
    """An article quoting readers under such a heading, and a single stamped comment, are no comment list."""
    quote = "有网友留言说，电动渡船安静又干净，过江的时间比以前少了一半，每天接送孩子方便多了，希望其他渡口也尽快换上新船，候船亭也能早日改造完成。"
    art = extract_html(_page(f"<p>网友留言</p><p>{quote}</p><p>还有网友建议：</p><p>{quote}</p>"))
    assert art.paragraphs == [FIRST, SECOND, quote, "还有网友建议：", quote]
    art = extract_html(_page(f"<h4>最新评论</h4><p>窑湾居民（2026-04-12 12:47）：</p><p>{COMMENT}</p>"))
    assert art.paragraphs == [FIRST, SECOND, "窑湾居民（2026-04-12 12:47）：", COMMENT]


def _table_page(head: str, info: str, body: str) -> str:
    return (f'<html><body><table width="100%"><tr><td colspan="2"><a href="/">Main</a> | <a href="/news/">News</a></td></tr>'
            f'<tr><td width="160"><a href="/r/1/">Politics</a><br><a href="/r/2/">Culture</a></td><td valign="top">'
            f"<font size=2><b><font size=4>{head}</font></b><br>\n<i>{info}</i><br>\n{body}</td></tr></table></body></html>")


RU = ("Реставрация пожарной каланчи на площади завершена, сообщили в областной инспекции по охране памятников.",
      "Работы продолжались полтора года, специалисты укрепили фундамент и восстановили лепной декор фасада.")
JA = ("金沢市の商店街で、空き店舗を改装した子ども食堂が今月から運営を始めた。毎週土曜日の昼に開かれる。",
      "運営するのは地元のNPO法人で、食材の多くは近くの農家や商店から寄付されている。")


def test_a_day_first_date_beside_one_label_and_a_dated_publisher_line_are_no_body_text() -> None:
    art = extract_html(_table_page("В Костроме отреставрировали каланчу", "14.05.2026 | Автор: Ольга Смирнова",
                                   "".join(f"<p>{p}" for p in RU)))
    assert (art.paragraphs, art.author, art.published) == (list(RU), "Ольга Смирнова", "2026-05-14")
    art = extract_html(_table_page("商店街の空き店舗に子ども食堂", "2026年4月18日 09時15分\u3000北國新聞", "<br><br>".join(JA)))
    assert (art.paragraphs, (art.published or "")[:10]) == (list(JA), "2026-04-18")


def test_a_dated_line_holding_a_sentence_stays() -> None:
    line = "2026年4月18日 09時15分から説明会が開かれ、住民ら約40人が参加した。"
    art = extract_html(_table_page("商店街の空き店舗に子ども食堂", "2026年4月18日", "<br><br>".join((*JA, line))))
    assert art.paragraphs == [*JA, line]


def test_an_old_portals_headline_in_font_soup_is_the_title_not_the_first_line() -> None:
    title = "山坡果园装上水肥一体滴灌 果农算了一笔节水账"
    html = (f"<html><head><title>{title}_农业新闻</title></head><body><center>首页 | 新闻</center><hr>"
            f'<font size="5" color="#003399"><b>{title}</b></font><br><font size="2">发布时间：2026-05-08 10:20</font><br><br>'
            f'<font size="3">{P}{FIRST}<br><br>{P}{SECOND}<br><br><hr><center>Copyright &copy; 2026 闽西在线</center></body></html>')
    art = extract_html(html)
    assert (art.title, art.paragraphs) == (title, [FIRST, SECOND])


def test_a_framesets_noframes_copy_is_read_as_markup_not_text() -> None:
    html = ('<html><head><title>湘江老渡口换上电动渡船</title></head><frameset rows="90,*"><frame src="/top.htm"><frame src="/main.htm">'
            f"<noframes><body><h1>湘江老渡口换上电动渡船</h1><p>{FIRST}</p><p>{SECOND}</p><p>{FIRST}</p>"
            '<p>您的浏览器不支持框架，请<a href="/main.htm">点击这里</a>阅读。</p></body></noframes></frameset></html>')
    art = extract_html(html)
    assert art.paragraphs == [FIRST, SECOND, FIRST]
    assert "body_from_embedded" in {f.rule for f in art.flags}


def test_an_amp_ad_slots_placeholder_is_no_body_text() -> None:
    html = (f'<html><body><article><h1>湘江老渡口换上电动渡船</h1><p>{FIRST}</p><amp-ad width="300" height="250" type="adsense">'
            f"<div placeholder>广告加载中</div><div fallback>暂无广告</div></amp-ad><p>{SECOND}</p></article></body></html>")
    assert extract_html(html).paragraphs == [FIRST, SECOND]


_STORY = [f"第{n}段，{p}" for n in range(1, 4) for p in (FIRST, SECOND, COMMENT)]


def _cascade_page(every: int) -> str:
    """An article whose editor opened a <div> every ``every`` paragraphs and never closed one: each div
    holds some paragraphs and then the next div, which holds the rest of the page."""
    body = "".join(('<div style="text-indent:2em">' if i % every == 0 else "") + f"<p>{p}</p>" for i, p in enumerate(_STORY))
    return (f'<html><body><div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div><div class="main"><h1>湘江老渡口换上电动渡船</h1>'
            f'<div class="content">{body}<div class="foot">Copyright &copy; 2003-2026 潇湘在线 版权所有</div></body></html>')


def test_an_unclosed_div_cascade_keeps_every_paragraph() -> None:
    for every in (1, 2, 3):
        assert extract_html(_cascade_page(every)).paragraphs == _STORY


def test_a_box_with_a_paragraph_of_its_own_before_one_content_box_is_still_narrowed() -> None:
    """(no cascade: the content box holds no paragraphs of its own before a last child holding the rest)"""
    notice = "本站启用新域名，旧域名将于年底停止解析，请读者及时更新收藏夹中的网址，给您带来的不便敬请谅解。"
    html = (f'<html><body><div class="main"><p>{notice}</p><div class="content"><h1>湘江老渡口换上电动渡船</h1>'
            + "".join(f"<p>{p}</p>" for p in [*_STORY, COMMENT + SECOND]) + "</div></div></body></html>")
    assert extract_html(html).paragraphs == [*_STORY, COMMENT + SECOND]  # (the longest paragraph last)


def test_a_related_list_under_the_body_goes_with_its_label_and_its_dates_date_no_article() -> None:
    items = "".join(f'·<a href="/n/{i}.htm">{t}</a>（2026-03-0{i} 17:19）<br>' for i, t in enumerate(("城区新增两处便民停车场", "暑期防溺水安全提示"), 1))
    for label in ("相关链接：", "相关报道："):
        html = (f'<html><body><table><tr><td><font size="4"><b>湘江老渡口换上电动渡船</b></font><br>{P}{FIRST}<br><br>{P}{SECOND}'
                f"<br><br><b>{label}</b><br>{items}</td></tr></table>（2026年04月12日 10:20）</body></html>")
        art = extract_html(html)
        assert (art.paragraphs, art.published) == ([FIRST, SECOND], None)


def test_the_next_article_printed_under_a_linked_next_label_is_not_the_body() -> None:
    teaser = ("本报讯 近日，城郊结合部的三座口袋公园建成开放，公园利用闲置边角地改造而成，配有健身器材和休息座椅。",
              "附近居民表示，以前傍晚散步只能沿着马路走，现在下楼走几分钟就有地方活动了，园林部门今年还将再建十座。")
    html = (f'<html><body><div class="content"><h1>湘江老渡口换上电动渡船</h1><p>{FIRST}</p><p>{SECOND}</p>'
            f'<div class="next"><b>下一篇：</b><a href="/n/1002.htm">城郊新建三座口袋公园 周边居民步行五分钟可达</a>'
            + "".join(f"<p>{p}</p>" for p in teaser) + "</body></html>")
    assert extract_html(html).paragraphs == [FIRST, SECOND]
    # a plain next link under the body, with nothing printed under it, drops no text
    html = html.replace("".join(f"<p>{p}</p>" for p in teaser), "")
    assert extract_html(html).paragraphs == [FIRST, SECOND]


def test_a_site_banner_h1_in_the_logo_box_is_not_the_headline() -> None:
    head = "湘江老渡口换上电动渡船 两岸居民过江缩短到八分钟"
    page = ('<html><head><title>最新新闻_今日热点_新闻头条_潇湘在线</title></head><body><div class="{box}"><h1>潇湘在线——湖南人的新闻门户</h1></div>'
            f'<div class="article"><h2 class="title">{head}</h2><p>{FIRST}</p><p>{SECOND}</p></div></body></html>')
    assert extract_html(page.format(box="logo")).title == head
    assert extract_html(page.format(box="site-logo clearfix")).title == head
    # (a box whose name only holds the letters is no logo: catalogo)
    assert extract_html(page.format(box="catalogo")).title == "潇湘在线——湖南人的新闻门户"


def test_a_print_views_title_label_is_not_part_of_the_headline() -> None:
    head = "В Костроме отреставрировали пожарную каланчу XIX века"
    html = (f"<html><head><title>Версия для печати: {head}</title></head><body onload=\"window.print()\"><b>{head}</b><br>"
            + "<br><br>".join(RU) + "<hr>Источник: Северная правда</body></html>")
    art = extract_html(html)
    assert (art.title, art.paragraphs) == (head, list(RU))
