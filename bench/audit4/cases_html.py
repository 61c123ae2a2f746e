# ruff: noqa: E501
"""Audit4 HTML cases: spam-farm pages in four languages, real-site layouts, seed-like HTML."""

from __future__ import annotations

import json
from html import escape

from articles import (
    EN_LIVE,
    EN_WIRE,
    ES_NEWS,
    JA_NEWS,
    RU_NEWS,
    ZH_FLASH,
    ZH_LONG,
    ZH_QUOTE,
    ZH_SUBHEADS,
    ZH_TW,
    Article,
)
from build import CRUMB, IND, SPAM, Case, dump, hcase, moji, page, ps, tcase


def farm(a: Article, lang: str, spam_title: str, crumb: str, share: str, readmore: str, related: tuple[str, list[str]],
         comments: tuple[str, list[str]], cookie: str, info: str, charset: str | None, paras: list[str] | None = None,
         title_html: str | None = None) -> str:
    rel = f'<div class="related"><h3>{related[0]}</h3><ul>' + "".join(f'<li><a href="/n/{i}.html">{escape(t)}</a></li>' for i, t in enumerate(related[1])) + "</ul></div>"
    com = f'<div class="comments"><h3>{comments[0]}</h3>' + "".join(f'<div class="comment"><span class="user">user{i}</span><p>{escape(c)}</p></div>' for i, c in enumerate(comments[1])) + "</div>"
    b = (f'<div class="cookie-banner">{cookie} <button>OK</button></div>\n'
         f'<div class="top-spam">{escape(spam_title)}</div>\n<div class="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></div>\n'
         f'<div class="breadcrumb">{crumb}</div>\n<div class="main"><h1>{title_html or escape(a.title)}</h1>\n<div class="info">{info}</div>\n'
         f'<div class="share">{share}</div>\n<div class="content">\n{ps(paras or list(a.paras))}\n<p class="more"><a href="/n/9.html">{readmore}</a></p>\n</div>\n{rel}\n{com}\n</div>\n'
         '<div class="footer">Copyright 2026 newsportal.example</div>')
    return page(spam_title, b, charset, lang)


EN_KW = dict(lang="en", spam_title="Free Movies HD | Watch Online 2026 | Best Streaming Site",
             crumb='<a href="/">Home</a> » <a href="/news/">News</a> » World', share="Share on Facebook | Tweet | WhatsApp | Email",
             readmore="Read more: Island schools prepare for winter timetable",
             related=("Related stories", ["Ferry operator reports fourth annual loss", "Island school gets new roof", "Lobster prices fall again"]),
             comments=("Comments (3)", ["Good news for the islands, finally.", "Who pays when the subsidy runs out?", "My grandfather worked on that boat."]),
             cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.",
             info="By Martha Reyes | Coastline News | October 14, 2026")


RU_KW = dict(lang="ru", spam_title="Смотреть фильмы онлайн бесплатно в хорошем качестве HD 2026",
             crumb='<a href="/">Главная</a> / <a href="/news/">Новости</a> / Общество', share="Поделиться: ВКонтакте | Одноклассники | Telegram",
             readmore="Читайте также: В Казани продлят работу катков",
             related=("Похожие новости", ["В Татарстане откроют новые школы", "Студентам продлили льготы на проезд", "Библиотеки перейдут на электронные билеты"]),
             comments=("Комментарии (2)", ["Отличная идея, давно пора.", "А в Набережных Челнах такое будет?"]),
             cookie="Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
             info="15.10.2026 14:20 | Источник: Казанские ведомости | Автор: Ильдар Сафин")


ES_KW = dict(lang="es", spam_title="Ver películas online gratis en español HD - Estrenos 2026",
             crumb='<a href="/">Inicio</a> &gt; <a href="/noticias/">Noticias</a> &gt; Sociedad', share="Compartir en Facebook · Twitter · WhatsApp",
             readmore="Lee también: La despoblación avanza en Castilla y León",
             related=("Noticias relacionadas", ["Abre una tienda cooperativa en Teruel", "El autobús rural vuelve a Almazán", "Soria pierde 800 habitantes en un año"]),
             comments=("Comentarios (2)", ["¡Qué buena noticia para el pueblo!", "Ojalá cunda el ejemplo."]),
             cookie="Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.",
             info="Por Lucía Pereda | Diario del Duero | 20/03/2026 10:15")


JA_KW = dict(lang="ja", spam_title="無料動画 見放題 アニメ 映画 ドラマ 2026 最新",
             crumb='<a href="/">ホーム</a> &gt; <a href="/news/">ニュース</a> &gt; 地域', share="この記事をシェアする　Twitter　Facebook　LINE",
             readmore="続きを読む：松本城の紅葉ライトアップ始まる",
             related=("関連記事", ["空き家を活用した学生寮が完成", "商店街で朝市が復活", "高校生が地元企業と新商品開発"]),
             comments=("コメント（2）", ["応援しています。今度行きます。", "ケーキが美味しそう。"]),
             cookie="当サイトではクッキーを使用しています。サイトの利用を続けることで同意したものとみなします。",
             info="2026年4月2日 11時30分　信濃日報")


def farm_cases() -> list[Case]:
    e, r, s, j = EN_WIRE, RU_NEWS, ES_NEWS, JA_NEWS
    moji_p = list(e.paras)
    moji_p[2] = moji(moji_p[2].replace('"', "\u201c", 1).replace('school and', "school and", 1))
    exp_e2 = list(e.paras)
    exp_e2[2] = exp_e2[2].replace('"', "\u201c", 1)
    return [
        hcase("f_en_farm", e, farm(e, charset="utf-8", **EN_KW), ("publisher", "author", "published")),  # type: ignore[arg-type]
        hcase("f_en_title_moji", e, farm(e, charset="utf-8", title_html=escape(moji("Harbour town votes to keep its last ferry running — for now")), **EN_KW),  # type: ignore[arg-type]
              title="Harbour town votes to keep its last ferry running — for now"),
        hcase("f_en_para_moji", e, farm(e, charset="utf-8", paras=moji_p, **EN_KW), bod="\n".join(exp_e2)),  # type: ignore[arg-type]
        hcase("f_ru_1251_as_utf8", r, farm(r, charset="utf-8", **RU_KW), ("publisher", "author", "published"), codec="cp1251"),  # type: ignore[arg-type]
        hcase("f_ru_1251_nolabel", r, farm(r, charset=None, **RU_KW), ("published",), codec="cp1251"),  # type: ignore[arg-type]
        hcase("f_es_latin1_as_utf8", s, farm(s, charset="utf-8", **ES_KW), ("publisher", "author", "published"), codec="latin-1"),  # type: ignore[arg-type]
        hcase("f_es_cp1252_http_utf8", s, farm(s, charset=None, **ES_KW), ("published",), codec="cp1252", args=["--content-type", "text/html; charset=utf-8"]),  # type: ignore[arg-type]
        hcase("f_ja_sjis_as_utf8", j, farm(j, charset="utf-8", **JA_KW), ("published",), codec="shift_jis"),  # type: ignore[arg-type]
        hcase("f_ja_sjis_as_eucjp", j, farm(j, charset="euc-jp", **JA_KW), ("published",), codec="shift_jis"),  # type: ignore[arg-type]
    ]


def site_cases() -> list[Case]:
    lg, e, lv, s, f, tw = ZH_LONG, EN_WIRE, EN_LIVE, ZH_SUBHEADS, ZH_FLASH, ZH_TW
    P = lg.paras
    split = (f'<h1>{lg.title}</h1><div class="info">2026-10-12 09:00 来源：新华社</div>'
             f'<div class="article-part">{ps(P[:5])}</div>\n<div class="ad"><a href="/ad">【广告】点击领取新人红包 最高888元</a></div>\n'
             f'<div class="article-part">{ps(P[5:10])}</div>\n<div class="article-part">{ps(P[10:])}</div>\n'
             '<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">陕西苹果出口量创新高</a></li><li><a href="/a/2.html">洛川苹果节开幕</a></li></ul></div>')
    table = ('<table width="960"><tr><td colspan="2"><img src="/logo.gif"> 新闻资讯网 | 首页 | 国内 | 国际 | 财经</td></tr>'
             '<tr><td width="200" valign="top"><a href="/">首页</a><br><a href="/gn/">国内新闻</a><br><a href="/gj/">国际新闻</a><br><a href="/cj/">财经</a></td>'
             f'<td valign="top"><table><tr><td class="title"><b>{lg.title}</b></td></tr><tr><td>2026-10-12　来源：新华社</td></tr>'
             '<tr><td class="content">' + "<br><br>".join(IND + escape(p) for p in P) + '</td></tr></table></td></tr>'
             '<tr><td colspan="2">Copyright 2006-2026 新闻资讯网 版权所有 京ICP备12345678号</td></tr></table>')
    noscript = (f'<h1>{f.title}</h1><div class="content"><div class="lazy" data-src="/api/body/1"></div>'
                f'<noscript>{ps(f.paras)}</noscript></div>')
    article = (f'<article><header><h1>{escape(e.title)}</h1><p class="byline">By Martha Reyes, Coastline News</p><time datetime="2026-10-14T08:00:00Z">Oct. 14, 2026</time></header>'
               f'<aside class="editors-note"><strong>Editor\'s note:</strong> This story has been updated with the final vote count.</aside>'
               f'{ps(e.paras[:2])}<aside class="pullquote">"Without the boat, my kids don\'t get to school."</aside>{ps(e.paras[2:])}'
               '<footer><div class="author-box"><img src="/m.jpg"><p>Martha Reyes covers coastal communities for Coastline News. Reach her at mreyes@coastline.example.</p></div>'
               '<p class="tags">Tags: ferries, Maine, local government</p></footer></article>'
               '<section class="more"><h2>More from Coastline</h2><ul><li><a href="/1">Lobster season opens early</a></li><li><a href="/2">Bridge repairs delayed</a></li></ul></section>')
    gallery = (f'<h1>{escape(e.title)}</h1><div class="story">{ps(e.paras[:2])}'
               '<figure class="gallery"><img src="/1.jpg"><figcaption>The ferry leaves Port Ellis at dawn. (Photo: Coastline News)</figcaption></figure>'
               '<figure class="gallery"><img src="/2.jpg"><figcaption>Kettle Island dock in November.</figcaption></figure>'
               '<div class="video-embed"><iframe src="https://video.example/embed/88"></iframe><p>Watch: Islanders on the vote (2:14)</p></div>'
               f'{ps(e.paras[2:4])}<div class="inline-ad">ADVERTISEMENT</div><div class="newsletter">Sign up for our morning newsletter</div>{ps(e.paras[4:])}</div>')
    live = (f'<h1>{escape(lv.title)}</h1><div class="live-blog">' +
            "".join(f'<div class="update"><span class="time">{p[:5]}</span><p>{escape(p[8:])}</p><div class="share">Share this update</div></div>' for p in lv.paras) + '</div>')
    live_exp = "\n".join(f"{p[:5]}\n{p[8:]}" for p in lv.paras)  # the time is its own element
    tw_html = (f'<h1>{tw.title}</h1><div class="info">2026/07/05 14:20　中央社</div><div id="article">'
               + "".join(f'<div class="para">{escape(p)}</div>' for p in tw.paras) + '</div><div class="share">分享到：Facebook LINE</div>')
    return [
        hcase("s_split_divs_ad", lg, page("黄土高原上的苹果新村_新闻资讯网", split), ("publisher", "published")),
        hcase("s_table_layout_br", lg, page(lg.title + "_新闻资讯网", table, "gbk"), ("publisher", "published"), codec="gbk"),
        hcase("s_noscript_body", f, page(f.title, noscript), ("publisher",)),
        hcase("s_article_header_footer", e, page(e.title + " | Coastline News", article, lang="en"), ("author", "published"),
              note="editor's note + pull quote + author box + tags expected out"),
        hcase("s_gallery_video_ads", e, page(e.title, gallery, lang="en"), ()),
        hcase("s_live_blog", lv, page(lv.title, live, lang="en"), (), bod=live_exp),
        hcase("s_tw_div_paras", tw, page(tw.title, tw_html, lang="zh-TW"), ("publisher",)),
        hcase("s_subheads_html", s, page(s.title, f'<h1>{s.title}</h1><div class="article">' + "".join(
            (f"<h3>{p}</h3>" if p[1] == "、" else f"<p>{escape(p)}</p>") for p in s.paras) + "</div>"), ("author",)),
        hcase("s_ol_list_html", s, page(s.title, f'<h1>{s.title}</h1><div class="article">{ps(s.paras[:5])}<ol>' + "".join(
            f"<li>{p[3:]}</li>" for p in s.paras[5:8]) + f"</ol>{ps(s.paras[8:])}</div>"), (),
            bod="\n".join(p[3:] if p[1] == "." else p for p in s.paras), note="<ol> numbers are rendered by the browser: not expected in text"),
    ]


def html_seed_cases() -> list[Case]:
    """Seed-like HTML pages: spam in the <title> beside the headline, info and byline paragraphs."""
    f, q = ZH_FLASH, ZH_QUOTE
    cont = f'<div class="content">{ps(f.paras)}</div>'
    return [
        hcase("h_title_spam_suffix_noh1", f, page(f.title + "-久久精品国产免费观看", cont), ()),
        hcase("h_title_site_spam_noh1", f, page(f.title + "_新闻资讯网-久久精品国产免费观看-日韩精品一区二区", cont), ()),
        hcase("h_strong_title_p", f, page(SPAM, f'<div class="crumb">当前位置：首页 > 新闻</div><div class="content"><p><strong>{f.title}</strong></p>{ps(f.paras)}</div>'), ()),
        hcase("h_center_title_p", f, page(SPAM, f'<div class="content"><p style="text-align:center"><b>{f.title}</b></p><p>2026-09-03　来源：新华社</p>{ps(f.paras)}</div>'), ("publisher",)),
        hcase("h_strong_title_site_title", ZH_LONG, page("新闻资讯网", f'<div class="content"><p><strong>{ZH_LONG.title}</strong></p>{ps(ZH_LONG.paras)}</div>'), ()),
        hcase("h_info_source_url", f, page(f.title, f'<h1>{f.title}</h1><div class="info">来源：新华网 http://www.news.cn/</div>' + cont), ()),
        hcase("h_benbao_byline_p", q, page(q.title, f'<h1>{q.title}</h1><div class="content"><p>本报记者 郑一帆</p>{ps(q.paras)}</div>'), ("author",)),
        hcase("h_seed_like_tw_info", f, page(SPAM, f'<div class="top">{SPAM}</div><div class="crumb">當前位置 : 首頁 > 資訊中心 > 時政要聞</div><h1>{f.title}</h1>'
                                                 f'<div class="info">2026-09-03 10:21 星期四　來源：新華社</div>' + cont), ("published",)),
    ]


def layout_cases() -> list[Case]:
    """Layouts probed while writing the report (most pass): kept so the run shows them."""
    f, e, q = ZH_FLASH, EN_WIRE, ZH_QUOTE
    cont = f'<div class="content">{ps(f.paras)}</div>'
    live = (f'<h1>{escape(e.title)}</h1><div class="liveblog">' + "".join(
        f'<article class="post"><h3>Update {i}</h3><time>10:{40 - i * 10}</time><p>{escape(p)}</p></article>' for i, p in enumerate(e.paras[:3])) + '</div>')
    inline = (f'<h1>{escape(e.title)}</h1><div itemprop="articleBody">{ps(e.paras[:2])}<div class="ad-slot"><p>Advertisement</p></div>'
              f'<p class="related-inline"><strong>Related:</strong> <a href="/x">Ferry fares to rise in spring</a></p>{ps(e.paras[2:])}</div>')
    ld = {"@type": "NewsArticle", "headline": f.title, "author": {"@type": "Person", "name": "钟岚"},
          "datePublished": "2026-09-03T10:21:00+08:00", "publisher": {"@type": "Organization", "name": "新闻资讯网"}}
    jsl = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    return [
        hcase("l_spam_h1_real_h2", f, page(SPAM, f'<h1>{SPAM}</h1><div class="crumb">当前位置：首页 > 新闻</div><h2>{f.title}</h2>' + cont), ()),
        hcase("l_logo_h1_then_h1", f, page(f.title, f'<h1 class="logo"><a href="/">新闻资讯网</a></h1><div class="art"><h1>{f.title}</h1>{cont}</div>'), ()),
        hcase("l_crumb_div_title_div", f, page(SPAM, f'<div class="crumb">您的位置：<a href="/">首页</a> &gt; 正文</div><div class="title">{f.title}</div>' + cont), ()),
        hcase("l_live_h3_updates", e, page(e.title, live, lang="en"), (), bod="\n".join(f"Update {i}\n10:{40 - i * 10}\n{p}" for i, p in enumerate(e.paras[:3]))),
        hcase("l_en_inline_related_ad", e, page(e.title, inline, lang="en"), ()),
        hcase("l_disclaimer_column", f, page(f.title, f'<h1>{f.title}</h1><div class="content"><div class="left">{ps(f.paras)}</div><div class="right"><p>本站声明：本站部分文章来自网络，如有侵权请联系删除。</p></div></div>'), ()),
        hcase("l_jsonld_publisher_is_site", f, page(f.title, f'<h1>{f.title}</h1>{cont}', head=jsl), ("publisher", "author", "published")),
        hcase("l_html_info_weekday", f, page(f.title, f'<h1>{f.title}</h1><div class="info">发布时间：2026-09-03 10:21 星期四　浏览次数：1234</div>' + cont), ()),
        tcase("l_crumb_ends_with_title", f, dump(f, [SPAM], ["当前位置：首页 > 新闻中心 > " + f.title])),
        tcase("l_dateline_own_line", f, dump(f, [SPAM], CRUMB, paras=("新华社武汉9月3日电", f.paras[0][9:])), bod="新华社武汉9月3日电\n" + f.paras[0][9:]),
        hcase("l_quote_spanning_html", q, page(q.title, f'<h1>{q.title}</h1><div class="content">{ps(q.paras)}</div>'), ()),
    ]
