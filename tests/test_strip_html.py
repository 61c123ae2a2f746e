"""extract_html on small pages written for one behaviour each."""

from __future__ import annotations

from pipeline.sites import SiteRule
from pipeline.strip import extract_html
from pipeline.strip.dom import normalize

BODY = "".join(f"<p>第{i}段：这是一段足够长的正文，用来让打分器认出文章所在的区域，并且包含逗号、句号等标点。</p>"
               for i in range(1, 5))


def page(body: str, head: str = "", title: str = "测试页面") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def rules(article) -> set[str]:
    return {c.rule for c in article.changes}


def test_hidden_noise_inside_a_paragraph_goes_and_the_paragraph_stays_whole() -> None:
    noisy = ('<p>山区小学开设天文社团<span style="display:none">www.spam.cn</span>，孩子们<font style="font-size:0">'
             '久久</font>第一次用<i class="jammer">广告</i>望远镜<span style="color:#fff">水印</span>看月亮。</p>')
    art = extract_html(page(f"<div class='content'>{noisy}{BODY}</div>", "<style>.jammer{display:none}</style>"))
    assert art.paragraphs[0] == "山区小学开设天文社团，孩子们第一次用望远镜看月亮。"
    assert {"hidden:display_none", "hidden:font_size_0", "hidden:css_class:display_none",
            "hidden:invisible_color"} <= rules(art)


def test_stylesheet_rules_hide_with_either_spacing_but_not_inside_media_queries() -> None:
    css = ("<style>.a1{display: none} #b2 { visibility:hidden } "
           "@media (max-width: 600px) { .c3 { display: none } }</style>")
    noisy = ('<p>山区小学开设天文社团<span class="a1">甲广告</span>，孩子们<span id="b2">乙广告</span>'
             '第一次用<span class="c3">窄屏</span>望远镜看月亮。</p>')
    art = extract_html(page(f"<div class='content'>{noisy}{BODY}</div>", css))
    assert art.paragraphs[0] == "山区小学开设天文社团，孩子们第一次用窄屏望远镜看月亮。"
    assert {"hidden:css_class:display_none", "hidden:css_class:visibility_hidden"} <= rules(art)


def test_hidden_blocks_of_every_kind_are_removed_and_recorded() -> None:
    hidden = ['<div hidden>藏起来的一段文字甲</div>', '<div aria-hidden="true">藏起来的一段文字乙</div>',
              '<div style="visibility:hidden">藏起来的一段文字丙</div>',
              '<div style="position:absolute;left:-9999px">藏起来的一段文字丁</div>',
              '<div style="width:0;height:0;overflow:hidden">藏起来的一段文字戊</div>']
    art = extract_html(page(f"<div class='content'>{''.join(hidden)}{BODY}</div>"))
    assert not any("藏起来" in p for p in art.paragraphs)
    assert {"hidden:hidden_attr", "hidden:aria_hidden", "hidden:visibility_hidden", "hidden:offscreen",
            "hidden:zero_size"} <= rules(art)


def test_tables_and_lists_in_the_body_keep_one_row_or_item_a_line_and_sidebars_go() -> None:
    table = "<table><tr><th>城市</th><th>人口</th></tr><tr><td>甲市</td><td>120万</td></tr></table>"
    items = "<ul><li>第一条说明，内容较长。</li><li>第二条说明，内容较长。</li></ul>"
    side = '<div class="sidebar"><ul><li><a href="/1">热门一</a></li><li><a href="/2">热门二</a></li></ul></div>'
    art = extract_html(page(f"<div class='main'><div class='content'>{BODY}{table}{items}</div>{side}</div>"))
    assert art.paragraphs[-4:] == ["城市 人口", "甲市 120万", "第一条说明，内容较长。", "第二条说明，内容较长。"]
    assert "热门一" not in "\n".join(art.paragraphs)


def test_br_separates_paragraphs() -> None:
    art = extract_html(page(f"<div class='content'>{BODY}<p>第一行诗句，<br>第二行诗句。<br/>第三行。</p></div>"))
    assert art.paragraphs[-3:] == ["第一行诗句，", "第二行诗句。", "第三行。"]


def test_captions_are_dropped_and_recorded() -> None:
    fig = '<figure><img src="a.jpg"><figcaption>图为新建成的绿道。</figcaption></figure>'
    art = extract_html(page(f"<div class='content'>{BODY}{fig}</div>"))
    assert "图为新建成的绿道。" not in art.paragraphs
    assert "caption" in rules(art)


def test_next_pages_of_a_multi_page_article() -> None:
    pager = ('<div class="pages"><a href="/a/12.html">1</a> <a href="/a/12_2.html">2</a> '
             '<a href="/a/12_2.html">下一页</a></div>')
    art = extract_html(page(f"<div class='content'>{BODY}{pager}</div>"), url="http://x.example.cn/a/12.html")
    assert art.next_pages == ["http://x.example.cn/a/12_2.html"]
    assert "下一页" not in "\n".join(art.paragraphs)


def test_a_rel_next_link_is_a_next_page() -> None:
    url = "http://x.example.cn/a/12_2.html"
    nav = '<p><a rel="next" href="12_3.html">Next part</a></p>'
    assert extract_html(page(f"<div class='content'>{BODY}{nav}</div>"), url=url).next_pages == [
        "http://x.example.cn/a/12_3.html"]
    assert extract_html(page(f"<div class='content'>{BODY}</div>"), url=url).next_pages == []


def test_spam_title_loses_to_the_headline_in_the_body() -> None:
    art = extract_html(page(f"<h1>真正的标题在这里</h1><div class='content'>{BODY}</div>",
                            title="久久精品国产免费_日韩欧美在线视频_午夜福利影院"))
    assert art.title == "真正的标题在这里"
    assert "真正的标题在这里" not in art.paragraphs


def test_body_from_a_script_state_object_when_the_visible_body_is_empty() -> None:
    state = ('<script>window.__INITIAL_STATE__ = {"article": {"content": "<p>' + "正文来自脚本状态对象，" * 30
             + '</p>"}};</script>')
    art = extract_html(page("<div id='app'>加载中</div>", state))
    assert art.paragraphs and art.paragraphs[0].startswith("正文来自脚本状态对象")
    assert "body_from_structured_data" in {f.rule for f in art.flags}


def test_a_body_only_in_noscript_is_read_and_flagged_and_a_visible_body_ignores_noscript() -> None:
    lazy = (f"<h1>真正的标题在这里</h1><div class='content'><div class='lazy' data-src='/api/1'></div>"
            f"<noscript>{BODY}</noscript></div>")
    art = extract_html(page(lazy))
    assert art.paragraphs and art.title == "真正的标题在这里"
    assert "body_from_embedded" in {f.rule for f in art.flags}
    notice = "<noscript><p>请启用脚本后浏览本页全部内容。</p></noscript>"
    shown = extract_html(page(f"<h1>真正的标题在这里</h1><div class='content'>{BODY}{notice}</div>"))
    assert shown.paragraphs == art.paragraphs and not shown.flags


def test_a_body_only_in_an_iframe_srcdoc_is_read_and_flagged() -> None:
    doc = BODY.replace("<", "&lt;").replace(">", "&gt;")
    art = extract_html(page(f"<h1>真正的标题在这里</h1><div class='content'><iframe srcdoc=\"{doc}\"></iframe></div>"))
    assert len(art.paragraphs) == 4 and art.paragraphs[0].startswith("第1段")
    assert "body_from_embedded" in {f.rule for f in art.flags}


def test_a_long_script_state_body_replaces_a_short_visible_one_and_a_short_one_does_not() -> None:
    visible = "<div class='content'>" + "".join(f"<p>第{i}段：页面上能看到的只是导语部分，后文要靠脚本加载。</p>"
                                                for i in range(6)) + "</div>"
    def state(n: int) -> str:
        return '<script>window.__STATE__ = {"body": "<p>' + "完整正文来自脚本状态对象，" * n + '</p>"};</script>'
    long = extract_html(page(visible, state(60)))
    assert long.paragraphs[0].startswith("完整正文来自脚本状态对象")
    assert "strip:structured_body" in rules(long)
    short = extract_html(page(visible, state(12)))
    assert short.paragraphs[0].startswith("第0段") and "strip:structured_body" not in rules(short)


def test_safety_valve_keeps_an_article_the_detectors_would_eat() -> None:
    lines = "".join(f"<p>分享到：第{i}行其实是正文，只是碰巧以这个词开头。</p>" for i in range(12))
    art = extract_html(page(f"<div class='content'>{lines}</div>"))
    assert len(art.paragraphs) == 12
    assert "safety_valve" in {f.rule for f in art.flags}


def test_site_rule_body_strip_and_drop_lines() -> None:
    rule = SiteRule(host="x.example.cn", path="configs/sites/x.example.cn.toml", body=("#story",),
                    strip=(".ad",), drop_lines=("^本文来源",))
    html = page(f"<div id='story'>{BODY}<div class='ad'>广告：买一送一，欢迎光临。</div><p>本文来源于网络。</p></div>"
                f"<div class='other'>{BODY}</div>")
    art = extract_html(html, rule=rule)
    assert len(art.paragraphs) == 4
    assert {"sites/x.example.cn.toml:strip[0]", "sites/x.example.cn.toml:drop_lines[0]"} <= rules(art)


def test_a_site_rule_that_no_longer_matches_is_flagged_and_heuristics_take_over() -> None:
    rule = SiteRule(host="x.example.cn", path="configs/sites/x.example.cn.toml", body=("#gone",),
                    strip=(".gone-too",))
    art = extract_html(page(f"<div class='content'>{BODY}</div>"), rule=rule)
    assert len(art.paragraphs) == 4
    assert [f.rule for f in art.flags] == ["site_rule_unmatched", "site_rule_unmatched"]


def test_language_from_the_page_or_from_the_script() -> None:
    assert extract_html(page(BODY)).lang == "zh"
    russian = "".join(f"<p>Это {i}-й абзац статьи. Он написан по-русски и достаточно длинный.</p>" for i in range(4))
    assert extract_html(f"<html lang='ru-RU'><body>{russian}</body></html>").lang == "ru"
    # a theme's lang attribute around a story in another script is the theme's, not the story's (audit43)
    assert extract_html(f"<html lang='ru-RU'><body>{BODY}</body></html>").lang == "zh"
    kana = "".join(f"<p>これは{i}番目の段落です。日本語の文章として十分な長さがあります。</p>" for i in range(4))
    assert extract_html(page(kana)).lang == "ja"


def test_an_empty_page_gives_an_empty_article() -> None:
    art = extract_html("")
    assert art.paragraphs == [] and art.title is None


def test_teaser_cards_after_the_article_are_related_links() -> None:
    cards = "".join(f'<div class="card"><a href="/s/{i}">另一篇新闻的标题第{i}条在这里</a><p>这是第{i}条摘要，'
                    f'只有一两句话。</p></div>' for i in range(4))
    art = extract_html(page(f"<div class='content'>{BODY}<div class='more'>{cards}</div></div>"))
    assert len(art.paragraphs) == 4
    assert any(c.rule == "heuristic:related" and "teaser" in c.evidence for c in art.changes)


def test_a_hidden_element_holding_the_whole_page_is_shown_and_flagged() -> None:
    art = extract_html(page(f"<div hidden><div class='content'>{BODY}</div></div><p>页脚</p>"))
    assert len(art.paragraphs) == 4
    assert "hidden_body_shown" in {f.rule for f in art.flags}


def test_site_rule_unwrap_keeps_the_text() -> None:
    rule = SiteRule(host="x.example.cn", path="configs/sites/x.example.cn.toml", body=("#story",),
                    unwrap=("div.inner",))
    html = page(f"<div id='story'><div class='inner'>{BODY}</div></div>")
    art = extract_html(html, rule=rule)
    assert len(art.paragraphs) == 4 and not art.changes


def test_whitespace_collapses_as_a_browser_collapses_it() -> None:
    assert normalize("  one\n\t two  ") == "one two"
    assert normalize("中文\n  换行") == "中文换行"  # a line break between CJK characters disappears
    assert normalize("中文  空格") == "中文 空格"
    assert normalize("a\u00a0\u00a0b\u3000c \n d") == "a\u00a0\u00a0b\u3000c d"  # nbsp and U+3000 are text
    assert normalize("a\x0b b\n\x1fc") == "a\x0b b \x1fc"  # so are the controls str.split() splits at
    assert normalize("\u3000 indented\u3000") == "indented"


_LEAD = "新华社武汉9月3日电 记者3日从长江航务管理局获悉，长江中游宜昌至武汉段航道水位持续回升，货轮已恢复满载通行。"
_NEXT = "长江航务管理局表示，将继续加强水位监测，及时发布航道信息，保障船舶安全通行。"


def test_a_labelled_teaser_retelling_the_lead_goes_and_a_whole_abstract_stays() -> None:
    def article(summary: str) -> list[str]:
        return extract_html(page(f"<article><h1>长江中游航道水位回升</h1><p class='summary'>{summary}</p>"
                                 f"<div class='body'><p>{_LEAD}</p><p>{_NEXT}</p></div></article>")).paragraphs
    assert article("摘要：记者3日从长江航务管理局获悉，长江中游航道水位持续回升……") == [_LEAD, _NEXT]
    abstract = "摘要：本文分析长江中游航道水位变化对货运的影响，提出加强监测的建议。"
    assert article(abstract) == [abstract, _LEAD, _NEXT]


def test_thousands_of_unclosed_tags_are_read_flat_not_recursed_into() -> None:
    """A farm's template that never closes its tags nests the article thousands of levels deep:
    past the walk's depth limit the rest is read as flat text, never a RecursionError."""
    paragraph = "这段正文藏在几千层没有闭合的标签里面，仍然应当完整读出。"
    for opener in ("<div>", "<font color=red>", "<span><b>"):
        html = f"<html><body><h1>标题</h1>{opener * 3000}<p>{paragraph}</p></body></html>"
        assert paragraph in extract_html(html).paragraphs
