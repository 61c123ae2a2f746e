# ruff: noqa: E501
"""Audit19 cases, part 2: paywalled teasers, forum threads carrying a reposted article, WeChat and app
copies, pages with no article (listing, tag, search, author archive, ranking, 404 and soft 404: status
dropped), two stories on one page, and articles that are mostly a table or a list."""

from __future__ import annotations

from html import escape as e

import a19_texts as T
from a19_cases import exp, hc, ld
from a19_frames import EN_LIST, ZH_LIST, doc, en_chrome, ps, zh_chrome, zh_list_items
from a19_texts import Story
from build import Case, Exp


def dropped() -> Exp:
    return Exp(None, None, {}, status="dropped")


# ----------------------------------------------------------------------------------------- paywall
def paywall() -> list[Case]:
    en = T.EN_PAYWALL
    en_head = ('<meta property="og:description" content="Scientists are wrapping a glacier in giant blankets to slow its melt. Can it work, and what happens when they stop?">'
               + ld(en, isAccessibleForFree=False, description="Scientists are wrapping a glacier in giant blankets to slow its melt.",
                    hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}))
    en_inner = (f'<article><h1>{e(en.title)}</h1><p class="byline">By {en.author} · <time datetime="{en.date}">August 30, 2026</time></p>'
                f'<div class="article-body">{ps(en.paras)}<div class="paywalled"></div></div>'
                '<div class="paywall-prompt"><h3>Subscribe to keep reading</h3><p>Get unlimited digital access for $1 a week. Cancel anytime.</p>'
                '<a class="button" href="/subscribe">Subscribe now</a><p>Already a subscriber? <a href="/login">Sign in</a></p></div></article>')
    fr = T.FR_PAYWALL
    fr_inner = (f'<article><h1>{e(fr.title)}</h1><p class="meta">Par <span class="author">{fr.author}</span> Publié le 07 octobre 2026 à 06h00</p>'
                f'<section class="article__content">{ps(fr.paras)}<p class="article__status">Il vous reste 78.52% de cet article à lire. La suite est réservée aux abonnés.</p></section>'
                '<div class="paywall"><p>Lecture du Monde en cours sur un autre appareil.</p><p>Offre spéciale : 1 € le premier mois</p><a>S\'abonner</a><p>Déjà abonné ? <a>Se connecter</a></p></div></article>')
    ja = T.JA_PAYWALL
    ja_inner = (f'<article><h1>{e(ja.title)}</h1><div class="byline">{ja.author}<time datetime="{ja.date}T05:00:00+09:00">2026年11月6日 5時00分</time></div>'
                f'<div class="article-body">{ps(ja.paras)}</div>'
                '<div class="paywall"><p>この記事は有料記事です。残り1024文字</p><p>有料会員になると続きをお読みいただけます。</p><a>今すぐ登録</a> <a>ログインする</a></div></article>')
    de = T.DE_PAYWALL
    de_inner = (f'<article><span class="plus-badge">Plus</span><h1>{e(de.title)}</h1><p class="meta">Von {de.author} · 15.09.2026, 18:00 Uhr</p>'
                f'<div class="article-text">{ps(de.paras)}</div>'
                '<div class="offer"><h3>Jetzt weiterlesen mit Plus</h3><p>Alle Artikel lesen für 0,99 € im ersten Monat</p><a>Jetzt testen</a><p>Sie sind bereits Abonnent? <a>Hier anmelden</a></p></div></article>')
    return [
        hc("en_paywall_teaser", "paywall", doc(f"{en.title} | The Mountain Post", en_chrome(en_inner, "The Mountain Post"), "en", en_head), exp(en, "published author")),
        hc("fr_reserve_aux_abonnes", "paywall", doc(f"{fr.title}", en_chrome(fr_inner, "Le Quotidien"), "fr"), exp(fr, "published author")),
        hc("ja_yuryo_kiji", "paywall", doc(f"{ja.title}：地方新聞デジタル", ja_inner, "ja"), exp(ja, "published author")),
        hc("de_plus_teaser", "paywall", doc(f"{de.title} | Stadtanzeiger", en_chrome(de_inner, "Stadtanzeiger"), "de"), exp(de, "published author")),
    ]


# ------------------------------------------------------------------------------------------- forum
def phpbb_post(n: int, user: str, when: str, content: str, sig: str = "", topic: str = "topic") -> str:
    return (f'<div id="p{1000 + n}" class="post has-profile bg{1 + n % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{user}</a></dt><dd class="profile-posts"><strong>Posts:</strong> {40 + 7 * n}</dd></dl>'
            f'<div class="postbody"><h3><a href="#p{1000 + n}">{"" if n == 0 else "Re: "}{e(topic)}</a></h3><p class="author"><span>by <strong>{user}</strong> » {when}</span></p>'
            f'<div class="content">{content}</div>' + (f'<div class="signature">{sig}</div>' if sig else "") + '</div></div></div><hr class="divider">')


def forum() -> list[Case]:
    en = T.EN_FORUM
    first = "<br><br>".join(e(p) for p in en.paras) + f"<br><br>Source: {en.publisher}"
    posts = (phpbb_post(0, "riverrat", "Mon Nov 16, 2026 9:12 am", first, "Bay area since '89", en.title)
             + phpbb_post(1, "ferryfan", "Mon Nov 16, 2026 10:40 am", "About time! I've missed the last boat home more times than I can count.", topic=en.title)
             + phpbb_post(2, "kelp_king", "Mon Nov 16, 2026 12:03 pm", "Let's hope they keep the fares down after the trial though.", topic=en.title))
    en_page = doc("Harbour ferry to run all night from December - Bay Area Forum",
                  '<div id="wrap"><div class="headerbar"><a class="logo">Bay Area Forum</a></div><div class="navbar"><ul><li><a>Board index</a> ‹ <a>Local news</a></li><li><a>FAQ</a></li><li><a>Register</a></li><li><a>Login</a></li></ul></div>'
                  f'<h2 class="topic-title"><a href="./viewtopic.php?t=4412">{e(en.title)}</a></h2><div class="action-bar"><a class="button">Post Reply</a> <span>3 posts • Page 1 of 1</span></div>'
                  f'{posts}<div class="action-bar bar-bottom"><a class="button">Post Reply</a></div><div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div></div>', "en-gb")
    ru = T.RU_FORUM
    ru_first = "<br /><br />".join(e(p) for p in ru.paras) + f"<br /><br />Источник: {ru.publisher}"
    ru_posts = (phpbb_post(0, "Сибиряк", "01 сен 2026, 10:15", ru_first, topic=ru.title)
                + phpbb_post(1, "Томич", "01 сен 2026, 11:02", "Был там в выходные, действительно стало красиво. Только лавочек маловато.", topic=ru.title)
                + phpbb_post(2, "Ника", "01 сен 2026, 13:47", "А освещение до какого часа работает?", topic=ru.title))
    ru_page = doc("На реке Томь открыли новую набережную - Форум Кузбасса",
                  '<div class="headerbar"><a class="logo">Форум Кузбасса</a></div><div class="navbar">Список форумов ‹ Новости города</div>'
                  f'<h2 class="topic-title">{e(ru.title)}</h2>{ru_posts}<div class="copyright">Создано на основе phpBB</div>', "ru")
    vi = T.VI_FORUM
    vi_msgs = (f'<article class="message message--post"><div class="message-user"><h4 class="message-name">hoangnam88</h4><h5 class="userTitle">Thành viên</h5></div>'
               f'<div class="message-main"><header class="message-attribution"><time class="u-dt" datetime="2026-11-20T08:30:00+0700">20/11/2026</time> <a>#1</a></header>'
               f'<div class="message-content"><article class="message-body"><div class="bbWrapper">{"<br><br>".join(e(p) for p in vi.paras)}<br><br>Nguồn: {vi.publisher}</div></article></div>'
               '<footer class="message-footer"><a>Thích</a> <a>Trả lời</a> <a>Báo cáo</a></footer></div></article>'
               '<article class="message message--post"><div class="message-user"><h4 class="message-name">thuytien</h4></div><div class="message-main"><header class="message-attribution"><time>20/11/2026</time> <a>#2</a></header>'
               '<div class="message-content"><article class="message-body"><div class="bbWrapper"><blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">hoangnam88 đã viết:</div>'
               '<div class="bbCodeBlock-content">Các hộ dân được phát miễn phí túi đựng rác... <div class="bbCodeBlock-expandLink">Bấm để xem thêm...</div></div></blockquote>Quận mình có trong danh sách không các bác?</div></article></div></div></article>')
    vi_page = doc(f"{vi.title} | Diễn đàn Sài Gòn",
                  f'<div class="p-nav"><a>Diễn đàn</a> <a>Có gì mới</a></div><ul class="p-breadcrumbs"><li><a>Diễn đàn</a></li><li><a>Tin tức</a></li></ul>'
                  f'<div class="p-title"><h1 class="p-title-value"><span class="label">Tin tức</span> {e(vi.title)}</h1></div><div class="block-body">{vi_msgs}</div>', "vi")
    z = T.ZH_FORUM
    zh_msg = "<br />\r\n<br />\r\n".join(e(p) for p in z.paras) + f"<br />\r\n<br />\r\n来源：{z.publisher}"
    zh_page = doc(f"{z.title} - 本地新闻 - 江城论坛 - 手机版 - Powered by Discuz!",
                  '<div class="header cl"><div class="mz"><a href="javascript:history.back();"></a></div><h2>本地新闻</h2></div>'
                  f'<div class="viewthread"><div class="view_tit"><em>[本地新闻]</em>{e(z.title)}</div>'
                  f'<div class="plc cl" id="pid5001"><span class="avatar"><img src="/uc/avatar.php?uid=12"></span><div class="display pi"><ul class="authi"><li class="grey"><b><a>老江城</a></b><em>楼主</em></li>'
                  f'<li class="grey rela">发表于 2026-11-28 10:05</li></ul><div class="message">{zh_msg}</div></div></div>'
                  '<div class="plc cl" id="pid5002"><div class="display pi"><ul class="authi"><li class="grey"><b><a>小鱼儿</a></b><em>沙发</em></li><li class="grey rela">发表于 2026-11-28 10:21</li></ul>'
                  '<div class="message">终于通了，以后周末去临港看海方便多了。</div></div></div>'
                  '<div class="plc cl" id="pid5003"><div class="display pi"><ul class="authi"><li class="grey"><b><a>路过的风</a></b><em>板凳</em></li><li class="grey rela">发表于 2026-11-28 11:02</li></ul>'
                  '<div class="message">票价多少？有没有学生优惠？</div></div></div></div>'
                  '<div class="footer"><a>标准版</a> | <a>触屏版</a> | <a>电脑版</a></div>', "zh-CN", charset="gbk")
    return [
        hc("en_phpbb_first_post_repost", "forum", en_page, exp(en, "published publisher")),
        hc("ru_phpbb_first_post_repost", "forum", ru_page, exp(ru, "published publisher")),
        hc("vi_xenforo_first_post", "forum", vi_page, exp(vi, "published publisher")),
        hc("zh_discuz_touch_thread_gbk", "forum", zh_page, exp(z, "published publisher"), codec="gbk"),
    ]


# ---------------------------------------------------------------------------------------- app copies
def apps() -> list[Case]:
    w = T.ZH_WECHAT
    secs = "".join(f'<section style="margin-bottom:16px;"><span leaf="">{e(p)}</span></section>' for p in w.paras)
    wx_body = ('<div class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">'
               f'<h1 class="rich_media_title " id="activity-name">\n            {e(w.title)}\n          </h1>'
               f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{w.author}</span>'
               '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">城郊旅行</a></span>'
               '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
               f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{secs}'
               '<section><span leaf="">- END -</span></section><section><span leaf="">点个“在看”，分享给更多朋友</span></section></div>'
               '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> <span>阅读 3.2万</span> <a>赞</a> <a>在看</a></div>'
               '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>'
               '<script>var ct = "1796428800"; var nickname = "城郊旅行"; var msg_title = "这个冬天，去城郊看一场雾凇".html(false);</script>')
    wx_head = ('<meta property="og:title" content="这个冬天，去城郊看一场雾凇"><meta property="og:type" content="article">'
               '<meta property="og:description" content="每年十二月到次年一月，城郊的松花湖畔都会出现雾凇奇观。"><meta name="author" content="林晓">')
    b = T.ZH_BJH
    bjh_body = ('<div id="ssr-content"><div class="_1Jcdr"><div class="index-module_articleWrap_2Zphx">'
                f'<div class="sKHSJ"><h1 class="_3tNyU">{e(b.title)}</h1></div>'
                f'<div class="_2gGWi"><div class="_7y5nA"><a class="_2mFlv" href="https://author.baidu.example/home/1567"><p class="_2gGWi">{b.author}</p></a>'
                '<div class="_2sjh9"><span class="_2sjh9">2026-11-09 07:45</span><span class="_2sjh9">河南</span></div></div><div class="_1BcXJ">关注</div></div>'
                '<div data-testid="article" class="_18p7x">'
                + "".join(f'<div class="dpu8C _2kCxD "><p><span class="bjh-p">{e(p)}</span></p></div>' for p in b.paras)
                + '</div><div class="_3hMwG">举报/反馈</div></div></div>'
                '<div class="_1X7V-"><h3>为你推荐</h3><div><a>县城里的老手艺人</a></div><div><a>回乡过年必吃的五样小吃</a></div></div></div>'
                '<script>window.jsonData = {"bsData":{"superlanding":[{"itemData":{"publishTime":"2026-11-09 07:45"}}],"author":{"name":"县城故事"}}};</script>')
    return [
        hc("zh_wechat_sections_ct_script", "app", doc(w.title, wx_body, "zh-CN", wx_head), exp(w, "published author")),
        hc("zh_baijiahao_hashed", "app", doc(f"{b.title}", bjh_body, "zh-CN"), exp(b, "published author")),
    ]


# -------------------------------------------------------------------------------------- no article
def nonarticle() -> list[Case]:
    pager = ('<div class="dede_pages"><ul class="pagelist"><li><a>首页</a></li><li><a>上一页</a></li><li class="thisclass">1</li><li><a href="list_3_2.html">2</a></li>'
             '<li><a href="list_3_3.html">3</a></li><li><a href="list_3_2.html">下一页</a></li><li><a href="list_3_25.html">末页</a></li><li><span class="pageinfo">共 <strong>25</strong>页<strong>198</strong>条</span></li></ul></div>')
    zh_list = doc("本地新闻_江城新闻网", zh_chrome(f'<div class="listbox"><h2>本地新闻</h2><ul class="e2">{zh_list_items(ZH_LIST)}</ul>{pager}</div>'), "zh-CN")
    tag = doc("城市更新_TAG标签_江城新闻网", zh_chrome('<div class="tagbox"><h2>TAG标签：城市更新</h2><p>共有 8 篇相关文章</p><ul>'
                                          + "".join(f'<li><a href="/a/{i}.html">{e(t)}</a><span>{d}</span></li>' for i, (t, _, d) in enumerate(ZH_LIST)) + '</ul></div>'), "zh-CN")
    search = doc("口袋公园 - 站内搜索 - 江城新闻网", zh_chrome(
        '<div class="search-result"><form><input name="q" value="口袋公园"><button>搜索</button></form><p class="result-info">搜索结果：关键词“口袋公园” 共找到 23 条记录，用时 0.012 秒</p><ul>'
        + "".join(f'<li><h3><a href="/a/{i}.html">{e(t)}</a></h3><p>{e(s)}</p><span class="url">www.jcnews.example/a/{i}.html {d}</span></li>' for i, (t, s, d) in enumerate(ZH_LIST[:6]))
        + '</ul><div class="pages">1 <a>2</a> <a>3</a> <a>下一页</a></div></div>'), "zh-CN")
    zh404 = doc("404 页面不存在 - 江城新闻网", zh_chrome(
        '<div class="error-page"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除！</p><p><span id="sec">5</span>秒后自动返回首页，<a href="/">立即返回</a></p>'
        '<div class="hot-recommend"><h3>热门推荐</h3><ul>' + "".join(f'<li><a href="/a/{i}.html">{e(t)}</a></li>' for i, (t, _, _) in enumerate(ZH_LIST)) + '</ul></div></div>'), "zh-CN")
    soft404 = doc("Page not found – Riverside Gazette", en_chrome(
        '<section class="error-404 not-found"><h1 class="page-title">Sorry, we can’t find that page</h1>'
        '<p>The page you are looking for may have been moved, deleted or never existed. Try searching our site, or read one of our latest stories below.</p>'
        '<form class="search-form"><input type="search" name="s"><button>Search</button></form><h2>Latest stories</h2>'
        + "".join(f'<article class="teaser"><h3><a href="/news/{i}">{e(t)}</a></h3><p>{e(s)}</p></article>' for i, (t, s, _) in enumerate(EN_LIST)) + '</section>'), "en-GB")
    archive = doc("Daniel Morrow, Author at Riverside Gazette", en_chrome(
        '<header class="page-header"><h1 class="page-title">Author: <span class="vcard">Daniel Morrow</span></h1><div class="archive-description">Daniel covers local government and the environment.</div></header>'
        + "".join(f'<article class="post"><h2 class="entry-title"><a href="/news/{i}">{e(t)}</a></h2><div class="entry-meta"><time>{d}</time></div><div class="entry-summary"><p>{e(s)} <a class="more-link">Read more »</a></p></div></article>'
                  for i, (t, s, d) in enumerate(EN_LIST))
        + '<nav class="pagination"><span class="current">1</span> <a>2</a> <a>3</a> <a class="next">Next »</a></nav>'), "en-GB")
    ru_items = [
        ("В Томске завершился сезон реставрации деревянных домов", "За лето мастера привели в порядок одиннадцать зданий исторического центра.", "05.10.2026"),
        ("Новый маршрут электробуса соединил Северный с вокзалом", "Интервал движения в часы пик составит восемь минут.", "23.11.2026"),
        ("На центральной площади открылся каток", "Первые посетители вышли на лёд вместе с оркестром.", "20.12.2026"),
        ("В парке пройдёт конкурс ледяных скульптур", "В нём участвуют двенадцать команд из трёх регионов.", "18.12.2026"),
        ("Мэрия объявила конкурс на благоустройство дворов", "Заявки принимаются до конца января.", "15.12.2026"),
        ("В библиотеке открылся зал для подростков", "Здесь можно играть в настольные игры и готовиться к экзаменам.", "12.12.2026"),
    ]
    ru_cat = doc("Новости Томска — Томские вести", en_chrome(
        '<h1>Новости</h1><div class="news-list">' + "".join(f'<div class="news-item"><span class="date">{d}</span><a class="title" href="/news/{i}">{e(t)}</a><p class="anons">{e(s)}</p></div>' for i, (t, s, d) in enumerate(ru_items))
        + '</div><div class="pagination"><b>1</b> <a>2</a> <a>3</a> … <a>48</a></div>', "Томские вести"), "ru")
    ja_rank = doc("アクセスランキング - ヤマトニュース", '<header><a class="logo">ヤマトニュース</a></header><main><h1>アクセスランキング（24時間）</h1><ol class="ranking">'
                  + "".join(f'<li><span class="rank">{i}</span><a href="/a/{i}">{e(t)}</a><span class="date">11/2{i % 10}(金)</span></li>' for i, t in enumerate([
                      "商店街の空き店舗、学生が運営するカフェに", "地方鉄道、存続へ住民が出資", "市電の新型車両、運行開始", "駅前広場、来春リニューアル",
                      "紅葉見ごろ、週末は混雑予想", "市立図書館、夜間開館を試行", "小学校の給食に地元の米", "県内の観光客数、過去最多に"], 1))
                  + '</ol></main><footer>Copyright © ヤマトニュース</footer>', "ja")
    es_search = doc("Resultados de búsqueda: biblioteca | Diario del Sur", en_chrome(
        '<h1>Resultados de búsqueda para «biblioteca»</h1><p class="total">Se han encontrado 42 resultados</p>'
        + "".join(f'<article class="resultado"><h2><a href="/n/{i}">{e(t)}</a></h2><p class="fecha">{d}</p><p>{e(s)}</p></article>' for i, (t, s, d) in enumerate([
            ("«La biblioteca es el último espacio público gratuito»", "María Soler dirige desde hace quince años la red de bibliotecas municipales.", "8 nov 2026"),
            ("La biblioteca del barrio amplía su horario en época de exámenes", "La sala de estudio abrirá hasta la medianoche de lunes a domingo.", "2 nov 2026"),
            ("Un bibliobús llevará libros a las pedanías", "El servicio recorrerá doce núcleos rurales cada quince días.", "20 oct 2026"),
            ("La biblioteca municipal recibe la donación de un archivo fotográfico", "Son más de tres mil fotografías de la ciudad entre 1950 y 1980.", "3 oct 2026"),
        ])) + '<nav class="paginacion"><a>Siguiente ›</a></nav>', "Diario del Sur"), "es")
    return [
        hc("zh_dede_list_page", "none", zh_list, dropped()),
        hc("zh_tag_page", "none", tag, dropped()),
        hc("zh_site_search_results", "none", search, dropped()),
        hc("zh_404_hot_list", "none", zh404, dropped()),
        hc("en_soft_404_latest", "none", soft404, dropped()),
        hc("en_author_archive", "none", archive, dropped()),
        hc("ru_category_list", "none", ru_cat, dropped()),
        hc("ja_ranking_page", "none", ja_rank, dropped()),
        hc("es_search_results", "none", es_search, dropped()),
    ]


# -------------------------------------------------------------------------------------- two stories
def two() -> list[Case]:
    a, b = T.ZH_TWO_A, T.ZH_TWO_B
    zh_inner = (f'<div class="article"><h1>{e(a.title)}</h1><div class="info">发布时间：2026-11-06 09:00　来源：{a.publisher}</div>'
                f'<div class="content">{ps(a.paras)}<p>（责任编辑：王丽）</p><hr>'
                f'<h2 class="next-title">下一篇：{e(b.title)}</h2><p class="next-info">发布时间：2026-11-07 08:30　来源：{b.publisher}</p>{ps(b.paras)}</div></div>')
    ea, eb = T.EN_TWO_A, T.EN_TWO_B
    en_inner = (f'<article class="story" data-story="1"><h1>{e(ea.title)}</h1><p class="byline">By {ea.author}</p><time datetime="{ea.date}T08:00:00+01:00">21 October 2026</time>'
                f'<div class="story-body">{ps(ea.paras)}</div></article>'
                f'<div class="next-story"><span class="label">Next story</span><article class="story" data-story="2"><h2>{e(eb.title)}</h2><p class="byline">By {eb.author}</p>'
                f'<time datetime="{eb.date}T11:00:00+01:00">21 October 2026</time><div class="story-body">{ps(eb.paras)}</div></article></div>')
    aa, ab = T.AR_TWO_A, T.AR_TWO_B
    ar_inner = (f'<div class="article-page"><h1>{e(aa.title)}</h1><span class="date">2 أكتوبر 2026</span><div class="article-text">{ps(aa.paras)}</div>'
                f'<div class="article-next"><h2>الخبر التالي: {e(ab.title)}</h2><span class="date">3 أكتوبر 2026</span><div class="article-text">{ps(ab.paras)}</div></div></div>')
    sa, sb = T.ES_TWO_A, T.ES_TWO_B
    sb_long = Story(sb.title, (*sb.paras, "Además, el Ayuntamiento estudia ampliar el horario de tarde durante los meses de verano, cuando la demanda de las piscinas exteriores se dispara.",
                               "Los abonos mensuales mantendrán su precio actual hasta el final de la temporada, según ha confirmado la concejalía de Deportes."), sb.date, sb.author)
    es_inner = (f'<article class="noticia"><h1>{e(sa.title)}</h1><p class="autor">{sa.author}</p><p class="fecha">30/11/2026</p><div class="texto">{ps(sa.paras)}</div></article>'
                f'<section class="siguiente-noticia"><p class="rotulo">Siguiente noticia</p><article class="noticia"><h2>{e(sb_long.title)}</h2><p class="autor">{sb.author}</p><p class="fecha">30/11/2026</p>'
                f'<div class="texto">{ps(sb_long.paras)}</div></article></section>')
    return [
        hc("zh_next_article_same_box", "two", doc(f"{a.title}_江城新闻网", zh_chrome(zh_inner), "zh-CN"), exp(a, "published publisher")),
        hc("en_next_story_appended", "two", doc(f"{ea.title} | Riverside Gazette", en_chrome(en_inner), "en-GB"), exp(ea, "published author")),
        hc("ar_next_news_appended", "two", doc(f"{aa.title} - أخبار المدينة", ar_inner, "ar", dir_="rtl"), exp(aa, "published")),
        hc("es_next_longer_story", "two", doc(f"{sa.title} | Diario del Sur", en_chrome(es_inner, "Diario del Sur"), "es"), exp(sa, "published author")),
    ]


# ---------------------------------------------------------------------------------------- tables
def table_html(rows: list[list[str]], head: bool = True, attrs: str = "") -> str:
    out = []
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
    return f"<table{attrs}>{''.join(out)}</table>"


def lines(rows: list[list[str]]) -> list[str]:
    return [" ".join(r) for r in rows]


def tables() -> list[Case]:
    oil = [["油品", "调整前（元/升）", "调整后（元/升）"], ["92号汽油", "7.52", "7.64"], ["95号汽油", "8.03", "8.16"], ["98号汽油", "9.03", "9.16"], ["0号柴油", "7.21", "7.34"]]
    oil_s = Story("今晚24时起油价上调 加满一箱多花6元",
                  ("国家发展改革委消息，自11月24日24时起，国内汽、柴油价格每吨分别提高155元和150元。调整后我省各品种油价如下：",
                   "以油箱容量50升的家用汽车计算，加满一箱92号汽油将多花6元左右。"), "2026-11-24", None, "江城晚报")
    weather = table_html([["日期", "天气", "气温"], ["周二", "晴", "3~12℃"], ["周三", "多云", "5~13℃"], ["周四", "小雨", "6~10℃"]])
    oil_table = table_html(oil, attrs=' border="1"')
    zh_inner = (f'<div class="article"><h1>{e(oil_s.title)}</h1><div class="info">2026-11-24 17:20 来源：{oil_s.publisher}</div>'
                f'<div class="content"><p>{e(oil_s.paras[0])}</p>{oil_table}<p>{e(oil_s.paras[1])}</p></div></div>')
    zh_page = doc(f"{oil_s.title}_江城新闻网", zh_chrome(zh_inner).replace('<div class="hot">', f'<div class="weather"><h3>天气预报</h3>{weather}</div><div class="hot">'), "zh-CN")
    liga = [["Local", "Resultado", "Visitante"], ["CD Ribera", "2-1", "Atlético Vega"], ["UD Pinar", "0-0", "CF Almenara"], ["Real Sotillo", "3-2", "SD Marina"], ["CD Olivar", "1-4", "UD Cantera"]]
    liga_s = Story("Resultados de la jornada 12 de Tercera División",
                   ("El líder sumó una nueva victoria y ya aventaja en cinco puntos al segundo clasificado.", "La próxima jornada se disputará el domingo 29 de noviembre."),
                   "2026-11-22", "Raúl Méndez", None)
    standings = table_html([["Pos", "Equipo", "Pts"], ["1", "CD Ribera", "30"], ["2", "UD Cantera", "25"], ["3", "Real Sotillo", "24"]], attrs=' class="clasificacion"')
    es_inner = (f'<article><h1>{e(liga_s.title)}</h1><p class="firma">{liga_s.author} · 22/11/2026</p><div class="cuerpo"><p>{e(liga_s.paras[0])}</p>{table_html(liga)}<p>{e(liga_s.paras[1])}</p></div></article>'
                f'<aside class="widget"><h3>Clasificación</h3>{standings}</aside>')
    kim = [["품목", "가격", "전년 대비"], ["배추 20포기", "12만원", "8% 상승"], ["무 10개", "3만원", "5% 하락"], ["고춧가루 3kg", "11만원", "2% 상승"], ["깐마늘 2kg", "2만원", "보합"]]
    kim_s = Story("올해 김장 비용 4인 가족 기준 28만원", ("올해 4인 가족 김장 비용은 약 28만원으로 지난해보다 3% 오른 것으로 조사됐다.", "배추값이 크게 올랐지만 무 가격이 내려 전체 상승 폭은 크지 않았다."),
                  "2026-11-13", "최민호", None)
    ko_inner = (f'<div class="article-view"><h3 class="heading">{e(kim_s.title)}</h3><ul class="infomation"><li>기자명 {kim_s.author} 기자</li><li>입력 2026.11.13 10:00</li></ul>'
                f'<article id="article-view-content-div"><p>{e(kim_s.paras[0])}</p>{table_html(kim)}<p>{e(kim_s.paras[1])}</p></article></div>')
    elec = [["当落", "氏名", "党派", "得票数"], ["当", "山本 一郎", "無所属", "12,345"], ["当", "田中 花子", "市民の会", "10,210"], ["", "鈴木 次郎", "無所属", "6,789"]]
    elec_s = Story("市長選、山本氏が初当選", ("任期満了に伴う市長選は２２日投開票され、無所属新人の山本一郎氏が初当選した。投票率は48.2%だった。", "山本氏は「市民の声を市政に届けたい」と語った。"),
                   "2026-11-23", None, None)
    ja_inner = (f'<article><h1>{e(elec_s.title)}</h1><time datetime="2026-11-23T00:30:00+09:00">2026年11月23日 0時30分</time><div class="article-body">'
                f'<p>{e(elec_s.paras[0])}</p>{table_html(elec)}<p>{e(elec_s.paras[1])}</p></div></article>')
    walks = Story("Seven winter walks within an hour of the city",
                  ("Cold, clear days are perfect for a long walk. These routes are all reachable by train or bus, and each ends near a warm pub.",
                   "The Ridgeway loop", "Eight miles along the chalk ridge, with views across three counties on a clear day.",
                   "Millbrook water meadows", "A flat four-mile circuit, good for families, past the restored library and the old mill.",
                   "Hollow Wood", "Ancient beech woodland, muddy in places: bring boots."),
                  "2026-12-03", "Tom Ashby", None)
    en_body = f"<p>{e(walks.paras[0])}</p>" + "".join(f"<h2>{e(walks.paras[i])}</h2><p>{e(walks.paras[i + 1])}</p>" for i in range(1, len(walks.paras), 2))
    en_inner = (f'<article><h1>{e(walks.title)}</h1><p class="byline">By {walks.author} · <time datetime="{walks.date}">3 December 2026</time></p>'
                f'<div class="article-body">{en_body}</div></article>')
    termine = Story("Weihnachtsmärkte 2026: Die wichtigsten Termine",
                    ("Ab Ende November öffnen in der Region die ersten Weihnachtsmärkte. Ein Überblick:",
                     "Altstadt: 23. November bis 23. Dezember, täglich 11 bis 21 Uhr",
                     "Schlosshof: 27. November bis 21. Dezember, nur an Wochenenden",
                     "Hafen: 1. bis 30. Dezember, täglich ab 14 Uhr",
                     "Bei Sturm oder Glätte können einzelne Märkte kurzfristig schließen."),
                    "2026-11-20", "Lena Wolf", None)
    de_inner = (f'<article><h1>{e(termine.title)}</h1><p class="meta">Von {termine.author} | 20.11.2026</p><div class="article-body"><p>{e(termine.paras[0])}</p><ul>'
                + "".join(f"<li>{e(p)}</li>" for p in termine.paras[1:4]) + f'</ul><p>{e(termine.paras[4])}</p></div></article>')
    return [
        hc("zh_oil_price_table", "table", zh_page, exp(oil_s, "published publisher", [oil_s.paras[0], *lines(oil), oil_s.paras[1]])),
        hc("es_results_table_vs_standings", "table", doc(f"{liga_s.title} | Diario del Sur", en_chrome(es_inner, "Diario del Sur"), "es"), exp(liga_s, "published author", [liga_s.paras[0], *lines(liga), liga_s.paras[1]])),
        hc("ko_price_table", "table", doc(f"{kim_s.title} - 동네뉴스", ko_inner, "ko"), exp(kim_s, "published author", [kim_s.paras[0], *lines(kim), kim_s.paras[1]])),
        hc("ja_election_table", "table", doc(f"{elec_s.title} - ヤマトニュース", ja_inner, "ja"), exp(elec_s, "published", [elec_s.paras[0], *[" ".join(c for c in r if c) for r in elec], elec_s.paras[1]])),
        hc("en_listicle_h2_items", "table", doc(f"{walks.title} | Riverside Gazette", en_chrome(en_inner), "en-GB"), exp(walks, "published author")),
        hc("de_termine_ul", "table", doc(f"{termine.title} | Stadtanzeiger", en_chrome(de_inner, "Stadtanzeiger"), "de"), exp(termine, "published author")),
    ]


def build_part2() -> list[Case]:
    return [*paywall(), *forum(), *apps(), *nonarticle(), *two(), *tables()]
