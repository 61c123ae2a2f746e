# ruff: noqa: E501
"""Taiwan/HK, English, Japanese, Russian and Spanish article templates, reproduced in structure
from the real sites (class/id names, nesting, furniture); all text is invented for this audit."""

from __future__ import annotations

import json
from html import escape as e

from a5_sites_zh import doc
from articles import Article


def _p(paras: tuple[str, ...] | list[str], attrs: str = "") -> str:
    return "\n".join(f"<p{attrs}>{e(p)}</p>" for p in paras)


def ld(a: Article, iso: str, publisher: str | None = None, author: str | None = None) -> str:
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title, "datePublished": iso}
    if author:
        d["author"] = [{"@type": "Person", "name": author}]
    if publisher:
        d["publisher"] = {"@type": "Organization", "name": publisher}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def cna(a: Article, charset: str | None = "utf-8") -> str:
    """www.cna.com.tw/news/…: .centralContent h1 span, .updatetime, .paragraph with a figure and
    the last <p> ending （編輯：X）1150903, 延伸閱讀."""
    paras = list(a.paras)
    paras[-1] += "（編輯：張均懋）1150903"
    body = f'''<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/list/ahel.aspx">生活</a></div>
<div class="centralContent"><h1><span>{e(a.title)}</span></h1>
<div class="timeBox"><div class="updatetime"><span>2026/9/3 14:25</span>（2026/9/3 15:10 更新）</div></div>
<div class="paragraph"><div class="FullPic"><figure class="center"><img src="https://imgcdn.cna.com.tw/1.jpg"><figcaption class="picinfo">花蓮縣偏鄉行動圖書車3日首航。（花蓮縣政府提供）中央社記者林怡君傳真 115年9月3日</figcaption></figure></div>
{_p(paras)}
</div>
<div class="paragraph moreArticle"><h2>延伸閱讀</h2><ul><li><a>台東偏鄉學童閱讀力調查出爐</a></li><li><a>行動書車開進部落</a></li></ul></div>
<div class="shareBar">分享　Facebook　LINE　X</div></div>'''
    return doc(f"{a.title} | 生活 | 中央社 CNA", body, charset, lang="zh-Hant-TW")


def udn(a: Article, charset: str | None = "utf-8") -> str:
    """udn.com/news/story/…: .article-content__title, time + '聯合報 / 記者X／台中即時報導',
    .article-content__editor with a figure and an ad, 延伸閱讀."""
    paras = list(a.paras)
    body = f'''<div class="breadcrumb-items"><a>首頁</a> <a>地方</a> <a>台中市</a></div>
<section class="article-content__wrapper"><h1 class="article-content__title">{e(a.title)}</h1>
<section class="authors"><time class="article-content__time">2026-09-03 10:21</time><span class="article-content__author"><a href="/news/reporter/1">聯合報</a> / 記者{e(a.author or "")}／台中即時報導</span></section>
<section class="article-content__editor "><figure class="article-content__cover"><img src="https://pgw.udn.com.tw/1.jpg"><figcaption>台中捷運藍線今天動工。記者{e(a.author or "")}／攝影</figcaption></figure>
{_p(paras[:2])}
<div id="ad_1" class="ad_div"></div>
{_p(paras[2:])}
</section>
<section class="article-content__related"><h3>延伸閱讀</h3><ul><li><a>捷運綠線延伸線拚明年動工</a></li></ul></section>
<div class="article-content__share">分享　Facebook　LINE</div></section>'''
    return doc(f"{a.title} | 台中市 | 地方 | 聯合新聞網", body, charset, lang="zh-Hant-TW")


def mingpao(a: Article) -> str:
    """news.mingpao.com/pns/…: #blockcontent h1, date with 星期X, #upper/#lower paragraph halves."""
    paras = list(a.paras)
    body = f'''<div id="topmenu"><a>港聞</a> <a>經濟</a> <a>社評</a></div>
<div id="blockcontent"><h1>{e(a.title)}</h1><div class="date">2026年9月3日星期四</div>
<article class="txt4"><div id="upper"><p>{e(paras[0])}</p></div>
<div id="lower">{_p(paras[1:])}</div></article>
<div class="tags">相關字詞﹕垂直農場 元朗</div><div class="sharebtn">分享：</div></div>'''
    return doc(f"{a.title} - 20260903 - 港聞 - 每日明報 - 明報新聞網", body, "utf-8", lang="zh-HK")


def reuters(a: Article) -> str:
    """www.reuters.com/…: data-testid paragraphs (div), byline, <time> with three spans, 'Reporting by'
    credit and the 'Our Standards' line, related links."""
    paras = "\n".join(f'<div data-testid="paragraph-{i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw article-body__paragraph__2-BtD">{e(p)}</div>' for i, p in enumerate(a.paras))
    body = f'''<header class="site-header"><nav><a>World</a> <a>Business</a> <a>Markets</a> <a>Sustainability</a></nav></header>
<main id="main-content"><article class="article__container__2Tbjn"><div class="article-header__heading__15OpQ"><h1 data-testid="Heading" class="text__heading_3__1kDhc">{e(a.title)}</h1></div>
<div class="article-header__info__3H-Fw"><div data-testid="AuthorByline" class="author-name-list"><span>By </span><a href="/authors/anna-keller/" rel="author">{e(a.author or "")}</a></div>
<time datetime="2026-10-14T09:12:00Z" class="date-line__date__23Ge-"><span class="date-line__date___kNbY">October 14, 2026</span><span class="date-line__date___kNbY">9:12 AM UTC</span><span class="date-line__date___kNbY">Updated 2 hours ago</span></time></div>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit">
{paras}
<p class="sign-off__text__PU6Mf">Reporting by Anna Keller; Editing by Mark Potter</p>
<p class="trust-badge"><a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">Our Standards: The Thomson Reuters Trust Principles., opens new tab</a></p>
</div></div>
<div class="related-content"><h2>Read Next</h2><ul><li><a>Finland's new reactor hits full power</a></li></ul></div></article></main>'''
    return doc(f"{a.title} | Reuters", body, lang="en", head=ld(a, "2026-10-14T09:12:00Z", "Reuters", a.author))


def ap(a: Article) -> str:
    """apnews.com/article/…: Page-headline h1, Page-authors 'By NAME', bsp-timestamp, RichTextStoryBody."""
    body = f'''<div class="Page-header-navigation"><a>World</a> <a>U.S.</a> <a>Politics</a></div>
<div class="Page-content"><div class="Page-headline"><h1 class="Page-headline">{e(a.title)}</h1></div>
<div class="Page-byline"><div class="Page-authors"><span class="Link">By {e(a.author or "")}</span></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1791990720000"><span class="Timestamp-template">Updated 9:12 AM EDT, October 14, 2026</span></bsp-timestamp></div></div>
<div class="Page-actions"><span>Share</span> <span>Copy</span> <span>Link copied</span></div>
<div class="RichTextStoryBody RichTextBody">
{_p(a.paras)}
</div>
<div class="Page-below"><h2>Most read</h2><ul><li><a>Maui fire recovery</a></li></ul></div></div>'''
    return doc(f"{a.title} | AP News", body, lang="en")


def bbc(a: Article) -> str:
    """www.bbc.co.uk/news/articles/…: h1#main-heading, byline-block (time, name, role), one
    text-block div per paragraph (the first bold), image-block, links-block 'Related topics'."""
    blocks = [f'<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0"><b class="sc-7dcfb11b-0">{e(a.paras[0])}</b></p></div>']
    blocks.append('<figure><div data-component="image-block"><img src="https://ichef.bbci.co.uk/1.jpg" alt="A stone shop front"></div><figcaption>The shop has served the village since 1887</figcaption></figure>')
    blocks += [f'<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">{e(p)}</p></div>' for p in a.paras[1:]]
    body = f'''<header><nav><a>Home</a> <a>News</a> <a>Sport</a> <a>Weather</a></nav></header>
<main id="main-content"><article><header data-component="headline-block"><h1 id="main-heading" class="sc-518485e5-0">{e(a.title)}</h1></header>
<div data-component="byline-block"><time datetime="2026-10-14T06:00:00.000Z">14 October 2026</time><div><span>Share</span><span>Save</span></div>
<div class="sc-2b5e3b35-7"><span class="sc-2b5e3b35-8">{e(a.author or "")}</span><span>BBC News, Cardiff</span></div></div>
{chr(10).join(blocks)}
<div data-component="links-block"><h2>Related topics</h2><ul><li><a>Powys</a></li><li><a>Rural communities</a></li></ul></div>
</article><section><h2>More from the BBC</h2><ul><li><a>Pub bought by villagers</a></li></ul></section></main>'''
    return doc(f"{a.title} - BBC News", body, lang="en-GB")


def guardian(a: Article) -> str:
    """www.theguardian.com/…: h1, standfirst, address rel=author, details/summary date 'Tue 14 Oct
    2026 07.00 BST', #maincontent .article-body-commercial-selector, a newsletter aside mid-body."""
    paras = list(a.paras)
    promo = ('<aside data-spacefinder-role="supporting"><figure data-spacefinder-role="inline" class="dcr-173mewl"><div>Sign up to First Edition</div>'
             '<p>Free daily newsletter</p><p>Our morning email breaks down the key stories of the day</p><p><b>Privacy Notice: </b>Newsletters may contain info about charities, online ads, and content funded by outside parties.</p><p>after newsletter promotion</p></figure></aside>')
    body = f'''<header><nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a></nav></header>
<main data-layout="StandardLayout"><div class="dcr-1s6di6w"><h1 class="dcr-10nywy1">{e(a.title)}</h1></div>
<div data-gu-name="standfirst"><div class="dcr-1t1stwu"><p>Analysis warns of effective bankruptcy for some authorities without reform</p></div></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="https://www.theguardian.com/profile/hannahprice">{e(a.author or "")}</a> <span>Education correspondent</span></address>
<details class="dcr-1ybxn6r"><summary><span class="dcr-u0h1qy">Tue 14 Oct 2026 07.00 BST</span></summary></details><div>Share</div></div>
<div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
{_p(paras[:2], ' class="dcr-s3ycb2"')}
{promo}
{_p(paras[2:], ' class="dcr-s3ycb2"')}
</div></div>
<div data-gu-name="tags"><h2>Explore more on these topics</h2><ul><li><a>Special educational needs</a></li><li><a>Local government</a></li></ul><a>Share</a> <a>Reuse this content</a></div></main>'''
    return doc(f"{a.title} | Special educational needs | The Guardian", body, lang="en-GB", head=ld(a, "2026-10-14T06:00:00.000Z", "The Guardian", a.author))


def wordpress(a: Article) -> str:
    """A WordPress local paper (twentyseventeen-like + Jetpack): entry-header, entry-meta posted-on/byline,
    entry-content with sharedaddy and jp-relatedposts, entry-footer, post-navigation, comments."""
    body = f'''<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Millbrook Gazette</a></p><p class="site-description">News for Millbrook and the valley since 1911</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu"><li><a>Local News</a></li><li><a>Sports</a></li><li><a>Obituaries</a></li><li><a>Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4127" class="post-4127 post type-post status-publish format-standard hentry category-local-news tag-schools">
<header class="entry-header"><div class="entry-meta"><span class="posted-on">Posted on <a href="/2026/10/14/bus-routes/" rel="bookmark"><time class="entry-date published" datetime="2026-10-14T08:00:00-05:00">October 14, 2026</time><time class="updated" datetime="2026-10-15T09:30:00-05:00">October 15, 2026</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/dhutchins/">{e(a.author or "")}</a></span></span></div>
<h1 class="entry-title">{e(a.title)}</h1></header>
<div class="entry-content">
{_p(a.paras)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a><span>Twitter</span></a></li><li class="share-facebook"><a><span>Facebook</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Posted in <a href="/category/local-news/" rel="category tag">Local News</a></span><span class="tags-links">Tagged <a rel="tag">schools</a></span></span></footer></article>
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2026/10/13/library/" rel="prev"><span class="meta-nav">Previous Post</span> Library extends Saturday hours</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;{e(a.title)}&rdquo;</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Pat R.</b> <time>October 14, 2026 at 9:12 am</time></footer><div class="comment-content"><p>About time. My kids leave at 6:40 every morning.</p></div><div class="reply"><a>Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></form></div></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a>Library extends Saturday hours</a></li><li><a>Fall festival draws record crowd</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Millbrook Gazette. Proudly powered by WordPress</div></footer>'''
    head = '<meta property="og:site_name" content="Millbrook Gazette" /><meta property="article:published_time" content="2026-10-14T08:00:00-05:00" />'
    return doc(f"{a.title} &#8211; Millbrook Gazette", body, lang="en-US", head=head).replace("&amp;#8211;", "&#8211;")


def medium(a: Article) -> str:
    """medium.com/@user/…: pw-post-title, subtitle, author + Follow, read time + date, Listen/Share,
    pw-post-body-paragraph with h2 subheads, 'Written by' card and Responses."""
    parts = []
    for p in a.paras:
        is_head = not p.endswith((".", "!", "?", '"'))
        parts.append(f'<h2 class="pw-post-body-paragraph">{e(p)}</h2>' if is_head else f'<p class="pw-post-body-paragraph">{e(p)}</p>')
    body = f'''<div id="root"><nav><a>Medium</a> <a>Write</a> <a>Sign up</a> <a>Sign in</a></nav>
<article><div><section><div><div><h1 data-testid="storyTitle" class="pw-post-title">{e(a.title)}</h1>
<h2 class="pw-subtitle-paragraph">Bread was the easy part.</h2>
<div class="speechify-ignore"><div><a data-testid="authorName" href="/@jenna">{e(a.author or "")}</a> <span>·</span> <button>Follow</button></div>
<div><span data-testid="storyReadTime">6 min read</span> <span>·</span> <span data-testid="storyPublishDate">Oct 14, 2026</span></div>
<div><span>312</span> <span>14</span> <button>Listen</button> <button>Share</button></div></div>
{chr(10).join(parts)}
</div></div></section></div></article>
<div class="speechify-ignore"><h2>Written by {e(a.author or "")}</h2><p>1.2K followers</p><button>Follow</button></div>
<div><h2>Responses (14)</h2></div></div>'''
    return doc(f"{a.title} | by {a.author} | Oct, 2026 | Medium", body, lang="en")


def nhk(a: Article) -> str:
    """www3.nhk.or.jp/news/html/…: content--title, <time> without year, content--summary lead,
    body-text blocks, h2.body-title."""
    body = f'''<header id="header"><a>NHK NEWS WEB</a></header>
<main><article class="module module--detail"><section class="module--content"><header class="content--header"><h1 class="content--title"><span>{e(a.title)}</span></h1>
<p class="content--date"><time datetime="2026-10-14T12:34">10月14日 12時34分</time></p><div class="content--sns"><span>シェアする</span></div></header>
<div class="content--detail-body"><p class="content--summary">{e(a.paras[0])}</p>
<div class="content--detail-more"><section class="body-text"><p>{e(a.paras[1])}</p></section>
<section class="body-text"><p>{e(a.paras[2])}</p></section></div></div>
<div class="content--tags"><a>北陸新幹線</a></div></section></article>
<section class="module--related"><h2>関連ニュース</h2><ul><li><a>北陸新幹線 敦賀開業から半年</a></li></ul></section></main>'''
    return doc(f"{a.title} | NHK | 北陸新幹線", body, lang="ja")


def yahoo(a: Article, charset: str | None = "utf-8") -> str:
    """news.yahoo.co.jp/articles/…: h1, time '10/14(火) 12:34', one <p> with <br><br> paragraphs,
    the source paper in the footer, 最終更新, 【関連記事】, JSON-LD."""
    inner = "<br><br>".join(e(p) for p in a.paras)
    body = f'''<header><a>Yahoo!ニュース</a> <a>トップ</a> <a>速報</a></header>
<main><article id="uamods" class="sc-fzoNJl"><header><h1 class="sc-fzplWN">{e(a.title)}</h1><div class="sc-fzoyTs"><time>10/14(火) 12:34</time><span>配信</span></div></header>
<div class="article_body highLightSearchTarget"><div class="sc-fzoLag"><p class="sc-iMCRTP yjSlinkDirectlink highLightSearchTarget">{inner}</p></div></div>
<div class="sc-relatedArticles"><p>【関連記事】</p><ul><li><a>松本の商店街に若者の姿</a></li><li><a>空き店舗活用、全国で広がる</a></li></ul></div>
<footer><a class="source">{e(a.publisher or "")}</a> <p>最終更新:10/14(火) 12:34</p></footer></article>
<section><h2>コメント</h2><p>コメント（12）</p></section></main>'''
    return doc(f"{a.title}（{a.publisher}） - Yahoo!ニュース", body, charset, lang="ja",
               head=ld(a, "2026-10-14T12:34:00+09:00", a.publisher))


def ria(a: Article) -> str:
    """ria.ru/…: article__title, article__info-date 'HH:MM DD.MM.YYYY', article__text blocks with the
    bold dateline, a media block between, tags, 'Читайте также' inline."""
    p0 = a.paras[0]
    head, rest = p0.split(". ", 1)
    body = f'''<div class="header"><a>РИА Новости</a> <a>Политика</a> <a>В мире</a></div>
<div class="article m-article"><div class="article__header"><h1 class="article__title">{e(a.title)}</h1>
<div class="article__info"><div class="article__info-date"><a href="/20261015/">14:20 15.10.2026</a></div><div class="article__info-statistic"><span class="statistic__item m-views">1234</span></div></div></div>
<div class="article__body js-mediator-article mia-analytics"><div class="article__text"><strong>{e(head)}.</strong> {e(rest)}</div>
<div class="article__block" data-type="article"><div class="article__article"><span>Читайте также:</span> <a>В Татарстане продлили работу библиотек</a></div></div>
{chr(10).join(f'<div class="article__text">{e(p)}</div>' for p in a.paras[1:])}
</div><div class="article__tags"><a>Казань</a> <a>Татарстан</a></div></div>'''
    return doc(f"{a.title} - РИА Новости, 15.10.2026", body, lang="ru")


def lenta(a: Article, charset: str | None = "utf-8") -> str:
    """lenta.ru/news/…: topic-body__title, topic-header__time 'HH:MM, DD месяц YYYY', topic-authors,
    topic-body__content-text paragraphs."""
    body = f'''<header class="header"><a>Лента.ру</a> <a>Россия</a> <a>Мир</a></header>
<div class="topic-page__container"><div class="topic-body"><div class="topic-header"><a class="topic-header__rubric">Россия</a><time class="topic-header__item topic-header__time">14:20, 15 октября 2026</time></div>
<h1 class="topic-body__titles"><span class="topic-body__title">{e(a.title)}</span></h1>
<div class="topic-body__content">
{chr(10).join(f'<p class="topic-body__content-text">{e(p)}</p>' for p in a.paras)}
</div>
<div class="topic-authors"><a class="topic-authors__author">{e(a.author or "")}</a></div>
<div class="topic-footer"><p>Что думаешь? Оцени!</p></div></div></div>'''
    return doc(f"{a.title}: Общество: Россия: Lenta.ru", body, charset, lang="ru")


def elpais(a: Article, charset: str | None = "utf-8") -> str:
    """elpais.com/…: h1.a_t, h2.a_st subtitle, .a_md author and <time>, .a_c body."""
    body = f'''<header class="_df"><a>EL PAÍS</a> <a>España</a> <a>Economía</a></header>
<article class="a _g _g-lg _g-o"><header class="a_e"><div class="a_k"><a>España</a></div><h1 class="a_t">{e(a.title)}</h1>
<h2 class="a_st">La nueva tahona la regenta una pareja llegada de Zaragoza</h2></header>
<div class="a_md"><div class="a_md_a"><a href="/autor/lucia-pereda/" class="a_md_a_n">{e(a.author or "")}</a></div><div class="a_md_f"><span><a><time datetime="2026-03-20T05:40:00+01:00">20 mar 2026 - 05:40 CET</time></a></span></div></div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{_p(a.paras)}
</div><div class="a_ei"><span>Archivado En</span> <a>Soria</a> <a>Despoblación</a></div></article>'''
    return doc(f"{a.title} | España | EL PAÍS", body, charset, lang="es")


def clarin(a: Article) -> str:
    """www.clarin.com/sociedad/…: h1#title, bajada, 'Por X', dateNote, body-nota with a 'Mirá también'
    box and a Publicidad slot between paragraphs."""
    paras = list(a.paras)
    body = f'''<header><a>Clarín</a> <a>Política</a> <a>Sociedad</a></header>
<div class="title"><h1 id="title">{e(a.title)}</h1></div><div class="bajada"><h2>Crecieron un 30% en dos semanas.</h2></div>
<div class="authorInfo"><p class="authorName">Por {e(a.author or "")}</p></div><div class="dateNote"><span>20/09/2026 10:15</span><span>Actualizado al 20/09/2026 10:40</span></div>
<div class="body-nota">
{_p(paras[:1])}
<div class="mira-tambien"><span>Mirá también</span><a>Cómo cuidar a los chicos del polen</a></div>
{_p(paras[1:2])}
<div class="ad-slot"><span>Publicidad</span></div>
{_p(paras[2:])}
</div>
<div class="comments">Comentarios</div>'''
    return doc(f"{a.title} | Clarín", body, lang="es-AR")


def asahi(a: Article) -> str:
    """www.asahi.com/articles/…: h1, reporter + date line, body paragraphs, then the paywall notice
    ('この記事は有料記事です。残りN文字'), 有料会員 prompt and related links."""
    body = f'''<header><a>朝日新聞デジタル</a> <a>ニュース</a> <a>速報</a></header>
<main><div class="y_Qv3"><h1>{e(a.title)}</h1><div class="IORzM"><p class="LhhIN"><a>{e(a.author or "")}</a></p><time datetime="2026-10-14T12:34:00+09:00">2026年10月14日 12時34分</time></div>
<div class="nfyQp">
{_p(a.paras)}
<div class="HRjX3"><p>この記事は有料記事です。残り812文字</p><p>有料会員になると続きをお読みいただけます。</p><a>今すぐ登録</a> <a>ログインする</a></div>
</div><div class="CgFq5"><h2>関連ニュース</h2><ul><li><a>松本城周辺の空き家活用</a></li></ul></div></div></main>'''
    return doc(f"{a.title}：朝日新聞デジタル", body, lang="ja")


def tass(a: Article) -> str:
    """tass.ru/…: hashed tass_pkg classes, lead, time without year, /ТАСС/ dateline, JSON-LD date."""
    body = f'''<header><a>ТАСС</a> <a>Политика</a> <a>Экономика</a></header>
<main><h1 class="tass_pkg_title-xVUT1">{e(a.title)}</h1><div class="tass_pkg_lead-1g6vj">Читальный зал на сто мест будет работать без выходных</div>
<div class="tass_pkg_info-2VXPf"><span class="tass_pkg_time-3gBxS">15 октября, 14:20</span><span>Обновлено 15 октября, 14:35</span></div>
<div class="text-content"><article>
{_p(a.paras)}
</article></div><div class="tags_tags-3QIsW"><a>Казань</a> <a>Библиотеки</a></div></main>'''
    return doc(f"{a.title} – ТАСС", body, lang="ru", head=ld(a, "2026-10-15T14:20:00+03:00"))
