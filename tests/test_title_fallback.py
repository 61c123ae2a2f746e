"""A spam farm's page whose only headline is the first paragraph of the article (no h1, no metadata,
a <title> of keyword spam): the headline becomes the title, as in text mode."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html

_SPAM = "久久精品国产免费-国产精品无码视频-午夜免费影院-久久久精品视频在线观看"
_BODY = (
    "<p>青石镇的老茶馆重新开张，镇上老人又有了喝茶听书的地方。</p>"
    "<p>茶馆始建于上世纪五十年代，去年因房屋老化停业。镇政府联合村民筹资修缮，保留了原有的木梁和石板地面。</p>"
    "<p>开张当天，七十多岁的说书人周德明讲了一段《三国》，台下座无虚席。</p>"
)


def _page(first: str) -> str:
    return (
        f"<html><head><title>{_SPAM}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/news'>新闻</a></div>"
        f"<div class='content'><p>{first}</p>{_BODY}</div>"
        "<div class='footer'>Copyright 2026 某某网 版权所有</div></body></html>"
    )


def test_the_first_headline_paragraph_is_the_title() -> None:
    article = extract_html(_page("青石镇老茶馆修缮后重新开张"))
    assert article.title == "青石镇老茶馆修缮后重新开张"
    assert article.paragraphs[0].startswith("青石镇的老茶馆重新开张")
    assert any(c.rule == "strip:title" and "青石镇老茶馆修缮后重新开张" in c.before for c in article.changes)


def test_a_dateline_paragraph_is_not_taken_for_the_title() -> None:
    article = extract_html(_page("本报讯 2026年3月8日"))
    assert article.title is None
    assert article.paragraphs[0] == "本报讯 2026年3月8日"


@pytest.mark.parametrize("info", ["", "<p>2026-03-08　来源：青石日报</p>"])
def test_a_one_paragraph_articles_headline_beside_it_is_the_title(info: str) -> None:
    page = (
        f"<html><head><title>{_SPAM}</title></head><body>"
        "<div class='crumb'>当前位置：首页 > 新闻</div><div class='content'>"
        f"<p style='text-align:center'><strong>青石镇老茶馆修缮后重新开张</strong></p>{info}"
        "<p>青石镇的老茶馆重新开张，镇上老人又有了喝茶听书的地方。茶馆始建于上世纪五十年代，去年因房屋老化停业，"
        "镇政府联合村民筹资修缮，保留了原有的木梁和石板地面。</p></div></body></html>"
    )
    article = extract_html(page)
    assert article.title == "青石镇老茶馆修缮后重新开张"
    assert article.paragraphs[0].startswith("青石镇的老茶馆重新开张")


def test_a_redirect_notice_is_no_article_but_a_refreshing_article_stays() -> None:
    refresh = '<meta http-equiv="refresh" content="0; url=https://example.org/news/1.html">'
    notice = "<p>Redirecting...</p><p>If you are not redirected, click here.</p>"
    stub = f"<html><head>{refresh}</head><body>{notice}</body></html>"
    article = extract_html(stub)
    assert article.paragraphs == []
    assert [c.rule for c in article.changes] == ["redirect_stub"]
    assert extract_html(_page("青石镇老茶馆修缮后重新开张").replace("<head>", f"<head>{refresh}")).paragraphs
