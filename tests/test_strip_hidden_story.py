"""A page that hides its story (and menus many times its size) until a script runs shows the story;
hidden keyword stuffing and a hidden modal beside a visible article stay hidden."""

from __future__ import annotations

from pipeline.strip import extract_html

STORY = [
    "Cold storage is the part of a data centre that keeps rarely read archives on slow, cheap disks and "
    "tape, and the operators of the new hall by the harbour say it will hold twice last year's volume.",
    "Engineers moved the first racks in during October. Each one holds about four hundred drives, and "
    "the cooling runs on sea water pumped from the inlet below the car park.",
    "The hall opens to customers in the spring. Prices have not been published, but the operator says "
    "they will sit below those of the two older halls on the same site.",
]
MENU = "".join(f'<li><a href="/p/{i}">Product line number {i} for teams</a></li>' for i in range(150))
STYLE = "<style>.wait{visibility:hidden}.menu{display:none}.stuff{display:none}</style>"


def _page(body: str) -> str:
    return (f"<html><head><title>Cold storage hall opens | Harbour Cloud</title>{STYLE}</head><body>"
            f'<header><a href="/">Harbour Cloud</a> <a href="/login">Sign in</a></header>{body}'
            f"<footer>© 2026 Harbour Cloud · Privacy · Terms</footer></body></html>")


def _story() -> str:
    return "<h1>Cold storage hall opens</h1>" + "".join(f"<p>{p}</p>" for p in STORY)


def test_a_story_hidden_until_a_script_runs_is_shown_beside_larger_hidden_menus() -> None:
    page = _page(f'<div class="menu"><ul>{MENU}</ul></div><main class="wait">{_story()}</main>')
    assert extract_html(page).paragraphs == STORY


def test_hidden_keyword_stuffing_larger_than_the_article_stays_hidden() -> None:
    stuffing = "，".join(["免费在线观看", "高清影视大全", "最新电影下载", "热门电视剧"] * 60)
    page = _page(f'<div class="stuff">{stuffing}</div><main>{_story()}</main>')
    article = extract_html(page)
    assert article.paragraphs == STORY
    assert not any("免费" in p for p in article.paragraphs)


def test_a_hidden_notice_beside_a_visible_story_stays_hidden() -> None:
    notice = "We use cookies to measure how the site is used and to remember your choices. " * 4
    page = _page(f'<div class="menu"><p>{notice}</p></div><main>{_story()}</main>')
    assert extract_html(page).paragraphs == STORY
