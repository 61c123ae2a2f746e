# ruff: noqa: E501
"""Audit15's fixes (the title field): a page <title> loses the site's name and sections at one end only,
never a separator inside the headline; a heading found word for word in the <title> is the headline; a
dump's short labels above the headline (site name, section, kicker, a blog's tagline) are neither title
nor body."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html, extract_text
from pipeline.strip.sitetitle import strip_site

EN = ["The county opened its first seed library in the old post office on Monday, lending packets of vegetable seeds for free.",
      "Gardeners are asked to bring back seeds from their best plants at the end of the season so the collection can grow."]
ZH = ["11月3日，城北街道的社区菜园迎来第一次收获，二十多户居民分到了自己种的青菜和萝卜。",
      "街道工作人员介绍，菜园由一块闲置空地改造而成，明年还将增加儿童认养区。"]


@pytest.mark.parametrize(("title", "want"), [
    ("Seed library opens - here is how to borrow - Valley Ledger", "Seed library opens - here is how to borrow"),
    ("Hausse des loyers : ce que prévoit la nouvelle loi - La Gazette du Lac", "Hausse des loyers : ce que prévoit la nouvelle loi"),
    ("Hausse des loyers : ce que prévoit la nouvelle loi", "Hausse des loyers : ce que prévoit la nouvelle loi"),
    ("Do seed libraries work? 9 towns report :: Valley Ledger :: Gardening", "Do seed libraries work? 9 towns report"),
    ("Green Fingers » Blog Archive » Our first pumpkin of the year", "Our first pumpkin of the year"),
    ("社区菜园迎来首次收获——记城北街道的“空地变菜园”——城北新闻网", "社区菜园迎来首次收获——记城北街道的“空地变菜园”"),
    ("访谈｜社区规划师刘敏：小空地也有大用处", "访谈｜社区规划师刘敏：小空地也有大用处"),
    ("社区菜园迎来首次收获_民生频道_城北新闻网(cbxw.com)", "社区菜园迎来首次收获"),
])
def test_strip_site_peels_one_end_only(title: str, want: str) -> None:
    assert strip_site(title) == want


def test_a_forums_software_after_the_title() -> None:
    assert strip_site("老街骑楼整修完成 店家盼人潮回流 - 地方新闻 - 府城论坛 - Powered by Discuz!") == "老街骑楼整修完成 店家盼人潮回流"


def test_known_site_name_of_several_parts_is_peeled() -> None:
    names = {"news desk - university of northern plains"}
    assert strip_site("How to apply: five tips - News Desk - University of Northern Plains", names) == "How to apply: five tips"


def _page(title_tag: str, heading: str, top: str = "", head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in EN)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title_tag}</title>{head}</head><body>'
            f'<header><a class="logo" href="/">Valley Ledger</a></header><article>{heading}'
            f'<div class="body">{top}{paras}</div></article><aside><h2>Popular</h2><ul><li><a href="/a">Fair returns</a></li></ul></aside></body></html>')


def test_heading_word_for_word_in_the_title_tag_is_the_headline() -> None:
    head = "Seed library opens - here is how to borrow"
    art = extract_html(_page(f"{head} | Valley Ledger", f"<h1>{head}</h1>"))
    assert art.title == head


def test_french_colon_heading_keeps_both_sides() -> None:
    head = "Hausse des loyers : ce que prévoit la nouvelle loi"
    assert extract_html(_page(f"{head} - La Gazette du Lac", f"<h1>{head}</h1>")).title == head


def test_a_heading_with_the_known_site_name_loses_it() -> None:
    art = extract_html(_page("Seed library opens – Valley Ledger - Valley Ledger", "<h1>Seed library opens – Valley Ledger</h1>",
                             head='<meta property="og:site_name" content="Valley Ledger">'))
    assert art.title == "Seed library opens"


def test_kubrick_post_title_linked_to_itself() -> None:
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Green Fingers » Blog Archive » Our first pumpkin of the year</title></head><body>'
            '<div id="header"><h1><a href="/">Green Fingers</a></h1></div><div class="post"><h2><a href="/2026/10/pumpkin/" rel="bookmark">Our first pumpkin of the year</a></h2>'
            f'<div class="entry">{"".join(f"<p>{p}</p>" for p in EN)}</div></div><div id="sidebar"><h2>Archives</h2><ul><li><a href="/2026/09/">September 2026</a></li></ul></div></body></html>')
    assert extract_html(html).title == "Our first pumpkin of the year"


def test_livedoor_blog_name_after_a_spaced_colon() -> None:
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>庭のトマトが赤くなりました : みどり日記</title></head><body>'
            '<h1 class="blog-title"><a href="/">みどり日記</a></h1><div class="article"><p>2026年07月03日</p>'
            '<div class="article-body">今年はじめてトマトの苗を植えました。毎朝水をやって、やっと赤い実がなりました。<br><br>来年は品種を増やしてみたいと思います。ミニトマトも育てる予定です。</div></div></body></html>')
    assert extract_html(html).title == "庭のトマトが赤くなりました"


def test_escaped_entities_in_the_title_tag_are_read() -> None:
    art = extract_html(_page("Valley Ledger", "<div>x</div>", head='<meta property="og:title" content="Seed library opens &amp;#8211; how to borrow">'))
    assert art.title == "Seed library opens – how to borrow"


def _dump(*lines: str, paras: list[str] = EN) -> str:
    return "\n\n".join([*lines, *paras]) + "\n"


@pytest.mark.parametrize("lines", [
    ["Valley Ledger", "Home > News > Local", "EXCLUSIVE", "Seed library opens in the old post office", "By Ada Kerr", "October 3, 2026"],
    ["Valley Ledger", "LIVE", "Seed library opens in the old post office", "Updated 10:42, October 3, 2026"],
    ["Green Fingers", "Notes from a small allotment, week by week", "Seed library opens in the old post office", "October 3rd, 2026"],
])
def test_short_labels_above_the_headline_are_header(lines: list[str]) -> None:
    art = extract_text(_dump(*lines))
    assert art.title == "Seed library opens in the old post office"
    assert art.paragraphs == EN


def test_a_title_line_with_the_site_after_a_bar_is_the_title() -> None:
    art = extract_text(_dump("Seed library opens - here is how to borrow | Valley Ledger", "October 3, 2026"))
    assert (art.title, art.paragraphs) == ("Seed library opens - here is how to borrow", EN)


def test_a_crumb_line_ending_in_the_headline_then_the_headline() -> None:
    art = extract_text(_dump("Valley Ledger » News » Seed library opens in the old post office", "Seed library opens in the old post office"))
    assert (art.title, art.paragraphs) == ("Seed library opens in the old post office", EN)


def test_a_section_label_over_a_headline_and_its_longer_standfirst() -> None:
    dek = "Loans are free, but borrowers should bring seeds back in autumn"
    art = extract_text(_dump("Valley Ledger", "Gardening", "Seed library opens in the old post office", dek, "By Ada Kerr"))
    assert (art.title, art.paragraphs) == ("Seed library opens in the old post office", [dek, *EN])


def test_a_short_chinese_headline_over_a_longer_standfirst_stays_the_title() -> None:
    art = extract_text(_dump("社区菜园迎来首次收获", "空地变菜园 居民有了新去处", "来源：城北日报　发布时间：2026-11-03 09:30", paras=["　　" + p for p in ZH]))
    assert (art.title, art.paragraphs) == ("社区菜园迎来首次收获", ["空地变菜园 居民有了新去处", *ZH])


def test_site_suffix_after_a_doubled_dash_subtitle() -> None:
    art = extract_text(_dump("社区菜园迎来首次收获——记城北街道的“空地变菜园”——城北新闻网", "来源：城北日报　发布时间：2026-11-03 09:30", paras=["　　" + p for p in ZH]))
    assert art.title == "社区菜园迎来首次收获——记城北街道的“空地变菜园”"


def test_a_headline_and_its_first_paragraph_are_kept_when_no_byline_follows() -> None:
    paras = ["Loans are free for everyone with a library card", *EN]
    art = extract_text(_dump("Seed library opens in the old post office", paras=paras))
    assert art.paragraphs == paras


def test_the_headline_repeated_at_the_top_of_the_body_goes() -> None:
    head = "Seed library opens in the old post office"
    art = extract_html(_page(f"{head} | Valley Ledger", f"<h1>{head}</h1>", top=f'<p style="text-align:center"><strong>{head}</strong></p>'))
    assert (art.title, art.paragraphs) == (head, EN)


def test_a_crumb_ending_in_the_headline_titles_a_page_without_one() -> None:
    paras = "".join(f"<p>{p}</p>" for p in ZH)
    html = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>久久精品国产免费观看-亚洲日韩精品一区二区</title></head><body>'
            '<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/bd/">本地新闻</a> &gt; 城北社区菜园迎来首次收获</div>'
            f'<div class="content">{paras}</div></body></html>')
    assert extract_html(html).title == "城北社区菜园迎来首次收获"


@pytest.mark.parametrize(("line", "want"), [("October 3rd, 2026", "2026-10-03"), ("3 أكتوبر 2026", "2026-10-03")])
def test_ordinal_and_arabic_date_lines(line: str, want: str) -> None:
    assert (extract_text(_dump("Seed library opens in the old post office", line)).published or "")[:10] == want
