# ruff: noqa: E501
"""Audit40's portal and app-era fixes (a combinatorial generator of Chinese reposts as portal, app and
aggregator pages). The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

HEADLINE = "城北污水处理厂提标改造完工 日处理能力提升至12万吨"
PARAS = ("本报讯（记者 于清和）6月18日，城北污水处理厂提标改造工程通过验收，日处理能力由8万吨提升至12万吨，出水水质达到地表水准Ⅳ类标准。",
         "该工程总投资约3.6亿元，新建深度处理车间和污泥干化车间各一座，改造期间未停止运行。",
         "市水务局介绍，今年还将启动城东片区管网改造，预计年底前完成雨污分流改造管网46公里。")


def _frame(column: str, title_tag: str, subline: str = "", lead: str = "", src: str = "来源：江城晚报 2026-06-18 16:05") -> str:
    sub = f'<span class="sub">{subline}</span>' if subline else ""
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{title_tag}</title></head><body><div class="top"><a href="/">看点快报</a></div>'
            f'<div class="frame"><div class="frame-head"><h1>{column}</h1>{sub}</div>'
            f'<div class="card"><h2 class="story">{HEADLINE}</h2><div class="src">{src}</div>'
            f'<div class="story-body">{lead}{"".join(f"<p>{p}</p>" for p in PARAS)}</div></div></div>'
            '<div class="foot">Copyright © 2026 看点快报</div></body></html>')


def test_an_aggregators_column_heading_is_not_the_headline_of_the_story_it_frames() -> None:
    """An aggregator frames a story under its own column heading (<h1>今日热文精选</h1>, also its <title>): the
    story's headline is the heading with the story's info line under it, right above the body."""
    for column, title_tag, sub in (("今日热文精选", "今日热文精选-看点快报", "每日为你挑选全网好文"), ("热文推荐", "热文推荐_看点快报", "")):
        rec = clean_html(_frame(column, title_tag, sub))
        assert rec.title == HEADLINE, (column, rec.title)
        assert rec.text == "\n".join(PARAS), rec.text
        assert rec.published and rec.published.startswith("2026-06-18")
    rec = clean_html(_frame("今日热文精选", "今日热文精选-看点快报", lead="<p>原标题：污水厂提标改造完工</p>"))
    assert rec.title == HEADLINE, rec.title
    rec = clean_html(_frame("今日热文精选", "今日热文精选-看点快报", src=""))  # the frame shows no info line
    assert (rec.title, rec.text) == (HEADLINE, "\n".join(PARAS)), rec.title


def test_a_short_headline_over_its_info_line_keeps_it_before_a_section_heading_in_another_box() -> None:
    """Guard: a notice's short <h1> with its info line, and the body (in a box of its own) opening with a
    numbered section heading over a long paragraph: the <h1> stays the headline."""
    page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>春运安全通知_江城交通网</title></head><body>'
            '<div class="head"><h1>春运安全通知</h1><div class="info">2026-01-10 09:00　来源：江城交通网</div></div>'
            f'<div class="content"><h2>一、加强营运车辆安全检查</h2><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div></body></html>')
    assert clean_html(page).title == "春运安全通知"


def test_a_headline_with_a_subtitle_under_it_stays_the_headline() -> None:
    """Guard: a portal's short <h1> headline with a longer <h2> subtitle and then the info line keeps its h1."""
    page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>污水厂提标完工_江城新闻网</title></head><body>'
            '<div class="art"><h1>污水厂提标完工</h1><h2 class="sub">日处理能力由8万吨提升至12万吨 出水达地表水准Ⅳ类</h2>'
            f'<div class="info">2026-06-18 16:05　来源：江城晚报</div><div class="content">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></div></body></html>')
    rec = clean_html(page)
    assert rec.title == "污水厂提标完工", rec.title


def _author_page(account: str, date: str = "2026-06-18 16:05", state: str = "") -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head><body>'
            f'<div class="article-wrap"><h1 class="title">{HEADLINE}</h1><div class="author-card"><p class="author-name">{account}</p>'
            f'<span class="date">发布时间：{date}</span><button class="follow-btn">+关注</button></div>'
            f'<div class="article-content">{"".join(f"<p>{p}</p>" for p in PARAS)}</div><a class="report">举报</a></div>{state}</body></html>')


def test_an_author_card_naming_an_account_is_not_the_author_the_datelines_reporter_is() -> None:
    """A 百家号 / 头条 author card names the account that posted the story (大河资讯, 掌上热点, 今日头版): no person;
    the reporter the dateline names (本报讯（记者 于清和）) is the author. A card naming a person stays the author."""
    for account in ("大河资讯", "掌上热点", "今日头版"):
        assert clean_html(_author_page(account)).author == "于清和", account
    assert clean_html(_author_page("欧阳明远")).author == "欧阳明远"


def test_an_app_pages_state_object_dates_its_one_article() -> None:
    """A share page shows no date line but its state object dates the article ("publishTime"): the day it
    names is the published date when every publication date in the scripts agrees; a state holding a
    feed of other stories' days dates nothing."""
    content = "".join(f"<p>{p}</p>" for p in PARAS)
    one = f'<script>window.__INITIAL_STATE__={{"article":{{"id":7,"title":"{HEADLINE}","publishTime":"2026-06-18T16:05:00+08:00","content":"{content}"}}}};</script>'
    rec = clean_html(_author_page("大河资讯", date="", state=one))
    assert rec.published and rec.published.startswith("2026-06-18"), rec.published
    feed = (f'<script>window.__INITIAL_STATE__={{"feed":[{{"title":"{PARAS[1]}","publishTime":"2026-05-02T08:00:00+08:00"}},'
            f'{{"title":"{PARAS[2]}","publishTime":"2026-06-01T09:00:00+08:00"}}]}};</script>')
    assert clean_html(_author_page("大河资讯", date="", state=feed)).published is None


def test_a_portal_footers_dotted_links_and_report_hotline_under_a_short_page_are_dropped() -> None:
    """A portal's footer under a short later page of a story: its links joined by middle dots (关于我们 ·
    广告服务 · 联系我们) and the report hotline every Chinese site prints (违法和不良信息举报电话：…) are the
    site's; a notice's own 举报电话 line stays."""
    foot = ('<div class="page-footer"><p>关于我们 · 广告服务 · 联系我们 · 隐私政策</p>'
            '<p>违法和不良信息举报电话：4000-123-456　举报邮箱：jubao@example.cn</p></div>')
    page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head><body>'
            f'<div class="main"><h1>{HEADLINE}</h1><div class="article">{"".join(f"<p>{p}</p>" for p in PARAS[2:])}</div>{foot}</div></body></html>')
    assert clean_html(page).text == PARAS[2]
    own = "对违规排污行为，市民可拨打举报电话：12369。"
    page = page.replace(f"<p>{PARAS[2]}</p>", f"<p>{PARAS[2]}</p><p>{own}</p>")
    assert clean_html(page).text == f"{PARAS[2]}\n{own}"


def test_a_portals_source_element_beside_the_date_names_the_publisher() -> None:
    """A Sina-like portal writes the outlet unlabelled in its source element beside the date (<span
    class="date">…</span><a class="source">江城晚报</a>), or alone where it gives no date: the publisher. A
    source element holding no outlet's name (a label, a site section) names none."""
    for date in ('<span class="date">2026年06月18日 16:05</span>', ""):
        page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head><body>'
                f'<div class="main"><h1 class="main-title">{HEADLINE}</h1><div class="date-source">{date}'
                '<a href="#" class="source ent-source" rel="nofollow">江城晚报</a></div>'
                f'<div class="article" id="artibody">{"".join(f"<p>{p}</p>" for p in PARAS[1:])}</div></div></body></html>')
        assert clean_html(page).publisher == "江城晚报", date
        assert clean_html(page.replace(">江城晚报<", ">热点推荐<")).publisher is None


def test_a_report_link_after_the_portals_date_is_no_publisher() -> None:
    """A 163-like info line with a date and the report link only (2026-12-28 19:45:26  举报): 举报 ends like a
    paper's name (…报) but names none; the dateline's outlet (中新网…电) is the publisher."""
    lead = "中新网成都6月18日电（记者 于清和）" + PARAS[0].split("）", 1)[1]
    page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head><body>'
            f'<div class="post_main"><h1 class="post_title">{HEADLINE}</h1><div class="post_info">2026-06-18 16:05:26&nbsp;&nbsp;'
            f'<a class="post_jubao" href="javascript:;">举报</a></div><div class="post_body"><p>{lead}</p><p>{PARAS[1]}</p></div></div></body></html>')
    assert clean_html(page).publisher == "中新网"


def test_an_author_or_src_element_holding_an_outlets_name_names_the_publisher() -> None:
    """A QQ-like page's media line (<a class="author">江城晚报</a>) and an app's (<span class="src">江城晚报</span>)
    name the outlet, unlabelled and with no date: the publisher (no person: the dateline's reporter is the author)."""
    for info in ('<div class="media-info"><a class="author">江城晚报</a></div>', '<div class="article-info"><span class="src">江城晚报</span></div>'):
        page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head><body>'
                f'<div class="LEFT"><h1>{HEADLINE}</h1>{info}<div class="content-article">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></div></body></html>')
        rec = clean_html(page)
        assert (rec.publisher, rec.author) == ("江城晚报", "于清和"), (info, rec.publisher, rec.author)
