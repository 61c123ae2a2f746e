"""The last page of a paged story may hold a single sentence, no longer than the disclaimer in the
page's footer. The best box outside the footer is the story then; a page with nothing outside its
footer still holds no article."""

from __future__ import annotations

from pipeline.strip import extract_html


def _links(*titles: str) -> str:
    return "<ul>" + "".join(f"<li><a href='/h/{n}.html'>{t}</a></li>" for n, t in enumerate(titles)) + "</ul>"


def _page(story: str) -> str:
    """A WordPress theme's last page of a two-page story: prev/next and related lists inside the
    <article>, a sidebar, a footer of copyright lines and a disclaimer."""
    return ("<html><head><meta charset='utf-8'><title>旧厂房变身社区图书馆-晨光资讯网</title></head><body>"
            "<div class='header-wrap'><a href='/'>首页</a><a href='/news/'>新闻</a><a href='/life/'>生活</a></div>"
            "<div class='content-wrap'><div class='crumbs'>您现在的位置是：<a href='/'>首页</a> / "
            "<a href='/life/'>生活</a></div><div class='row'><div class='main-content'><article class='post'>"
            "<header class='post-title'><h1 class='entry-title'>旧厂房变身社区图书馆</h1></header>"
            f"<div class='entry-content'>{story}<p>责任编辑：周一帆</p><div class='page-nav'>共2页："
            "<a href='/a/1.html'>上一页</a> <a href='/a/1.html'>1</a> <span class='current'>2</span></div></div>"
            "<footer><p>上一篇：<a href='/a/0.html'>夜市摊位今年多了三成</a></p>"
            "<p>下一篇：<a href='/a/2.html'>公园新添二十张长椅</a></p></footer>"
            "<div class='related-posts'><h4>相关文章</h4>"
            + _links("城东新建两座口袋公园", "老街改造完成第一期", "社区食堂开到了第十家", "图书馆延长开放时间")
            + "</div></article></div><div class='sidebar'><aside class='widget'><h4>热门文章</h4>"
            + _links("今年秋天来得格外早", "小区门口新开了一家面馆", "周末去哪儿看菊花", "一条老街的四十年")
            + "</aside></div></div></div><div class='site-footer-wrap'><div class='footer-copy'>关于我们 | 联系我们 | "
            "网站地图<br>Copyright &copy; 2010-2026 晨光资讯网 版权所有 <a href='/icp'>浙ICP备2026000001号</a></div>"
            "<p>免责声明：本文仅代表作者观点，不代表本站立场。如有侵权请联系删除。</p></div></body></html>")


def test_a_one_sentence_last_page_outweighed_by_the_footer_is_the_article() -> None:
    sentence = "馆长说：“这里以前堆满了旧机器，现在每天都有孩子来写作业。”"
    article = extract_html(_page(f"<p>{sentence}</p>"))
    assert article.paragraphs == [sentence]
    assert article.title == "旧厂房变身社区图书馆"


def test_a_page_of_links_and_footer_still_holds_no_article() -> None:
    html = ("<html><head><meta charset='utf-8'><title>晨光资讯网</title></head><body>"
            "<div class='top-nav'><a href='/'>首页</a><a href='/news/'>新闻</a><a href='/life/'>生活</a></div>"
            "<div class='main'><ul><li><a href='/h/1.html'>今年秋天来得格外早</a></li>"
            "<li><a href='/h/2.html'>小区门口新开了一家面馆</a></li></ul></div>"
            "<div class='site-footer'><p>关于我们 | 联系我们</p>"
            "<p>免责声明：本文仅代表作者观点，不代表本站立场。如有侵权请联系删除。</p></div></body></html>")
    article = extract_html(html)
    assert article.paragraphs == []
    assert any(change.rule == "heuristic:no_article" for change in article.changes)
