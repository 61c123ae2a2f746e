"""The visible headline over the metadata's wording of it (found with bench/bench_metadata.py: on real
sites og:title is often the headline reworded for search and sharing; the pages here are our own)."""

from __future__ import annotations

from pipeline.strip import extract_html

BODY = ("<p>Nutritionists surveyed by the county health board expect fermented foods and plant proteins to "
        "keep growing in popularity over the coming year, while sugar-free drinks level off.</p>"
        "<p>The survey asked two hundred dietitians which habits their clients had asked about most often, "
        "and how those questions had changed since the previous year.</p>")


def page(og_title: str, *h1s: str) -> str:
    heads = "".join(f"<h1>{h}</h1>" for h in h1s)
    return (f'<html><head><title>{og_title} | County Health</title><meta property="og:title" content="{og_title}">'
            f"</head><body><main><article>{heads}{BODY}</article></main></body></html>")


def test_the_one_h1_rewording_the_metadata_title_is_the_headline() -> None:
    html = page("Health And Nutrition Trends For 2026", "Top 10 Health and Nutrition Trends to Watch")
    assert extract_html(html).title == "Top 10 Health and Nutrition Trends to Watch"


def test_an_h1_sharing_no_words_with_the_metadata_is_no_headline() -> None:
    assert extract_html(page("Health And Nutrition Trends For 2026", "Webcams")).title == \
        "Health And Nutrition Trends For 2026"


def test_with_two_h1s_the_metadata_decides() -> None:
    html = page("Health And Nutrition Trends For 2026", "Nutrition news", "Health trends in the county")
    assert extract_html(html).title == "Health And Nutrition Trends For 2026"


def test_chinese_headlines_are_compared_whole() -> None:
    # the metadata title of a repost is checked by agreement only (spam titles are its problem, not wording):
    # spaced runs of Han shared with it do not make an h1 a rewording (one would be a word of its own here)
    html = page("县卫生局发布 年度营养趋势调查", "江城 营养师看好发酵食品 年度营养趋势调查")
    assert extract_html(html).title == "县卫生局发布 年度营养趋势调查"
