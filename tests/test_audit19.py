# ruff: noqa: E501
"""Audit19's fixes (pages that are not a plain single article): the texts are our own; each test failed
before its fix. A page of teaser cards, a not-found page and a page whose best box is its footer hold no
article; a pager's links to earlier pages are no next pages; a whole next story appended under the
article goes; paywall lines, print-shell <title>s, Spanish byline boxes and a player's control bar go."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.strip import extract_html

PARAS = ["The harbour ferry will run a night service on weekends from December, the transport authority said on Monday.",
         "Night sailings will leave every forty minutes between midnight and six in the morning, with fares unchanged.",
         "The authority said the trial would last six months and would be extended if enough passengers used it."]


def _page(inner: str, title: str = "Night ferry trial starts in December | Bay Times", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<header><a class="logo" href="/">Bay Times</a><nav><a href="/a">Local</a> <a href="/b">Sport</a></nav></header>'
            f'<main>{inner}</main><div class="footer"><p>About us | Contact | Advertise</p><p>Copyright © 2026 Bay Times. All rights reserved.</p></div></body></html>')


def _article(extra: str = "", paras: list[str] = PARAS) -> str:
    return _page('<article><h1>Night ferry trial starts in December</h1><div class="body">'
                 + "".join(f"<p>{p}</p>" for p in paras) + f"{extra}</div></article>")


TEASERS = [("Council approves riverside cycle path", "The council voted nine to two on Tuesday to build a path along the river."),
           ("Bakery chain to open twelve stores", "A regional bakery chain plans twelve new stores across the county next year."),
           ("Bus fares frozen for another year", "Fares will stay at their current level until at least next December."),
           ("School wins robotics prize", "Pupils from the town's secondary school won the national robotics final."),
           ("New ward opens at county hospital", "The ward adds forty beds for patients recovering from surgery.")]


def test_a_section_page_of_teaser_cards_is_dropped() -> None:
    cards = "".join(f'<div class="item"><a class="title" href="/n/{i}">{t}</a><p class="intro">{s}</p><span class="date">2026-11-0{i + 1}</span></div>'
                    for i, (t, s) in enumerate(TEASERS))
    record = clean_html(_page(f'<h1>Local news</h1><div class="list">{cards}</div><div class="pages">1 <a href="?page=2">2</a> <a href="?page=2">Next</a></div>'))
    assert record.status == "dropped"
    assert record.text == ""


def test_an_author_archive_of_post_excerpts_is_dropped() -> None:
    posts = "".join(f'<article class="post"><h2 class="entry-title"><a href="/n/{i}">{t}</a></h2><div class="entry-summary"><p>{s} <a class="more-link" href="/n/{i}">Read more »</a></p></div></article>'
                    for i, (t, s) in enumerate(TEASERS))
    record = clean_html(_page(f'<header class="page-header"><h1>Author: Dana Reyes</h1></header>{posts}'))
    assert record.status == "dropped"


def test_a_not_found_page_is_dropped_and_an_article_about_404s_is_not() -> None:
    soft404 = _page('<h1>Sorry, we can’t find that page</h1><p>The page you are looking for may have been moved or deleted. Try searching our site.</p>',
                    title="Page not found – Bay Times")
    assert clean_html(soft404).status == "dropped"
    about = _page("<article><h1>Why 404 pages matter to shops</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>",
                  title="Why 404 pages matter to shops | Bay Times")
    assert clean_html(about).status == "ok"


def test_a_page_whose_best_box_is_its_footer_is_dropped() -> None:
    links = "".join(f'<li><a href="/n/{i}">{t}</a></li>' for i, (t, _) in enumerate(TEASERS))
    record = clean_html(_page(f'<h1>Tag: ferries</h1><ul class="taglist">{links}</ul>'))
    assert record.status == "dropped"


def test_a_short_article_beside_teaser_cards_is_kept() -> None:
    cards = "".join(f'<div class="card"><h3><a href="/n/{i}">{t}</a></h3><p>{s}</p></div>' for i, (t, s) in enumerate(TEASERS))
    record = clean_html(_article(f'<div class="related">{cards}</div>', PARAS[:1]))
    assert record.status == "ok"
    assert record.text == PARAS[0]


def _dede(cur: int, title_h1: str) -> str:
    def url(n: int) -> str:
        return "/a/305.html" if n == 1 else f"/a/305_{n}.html"
    pager = "".join(f'<li class="thisclass"><a href="#">{n}</a></li>' if n == cur else f'<li><a href="{url(n)}">{n}</a></li>' for n in (1, 2, 3))
    prev = f'<li><a href="{url(cur - 1)}">上一页</a></li>' if cur > 1 else ""
    nxt = f'<li><a href="{url(cur + 1)}">下一页</a></li>' if cur < 3 else ""
    body = "".join(f"<p>{p}</p>" for p in ["记者从市住建局获悉，老城区雨污分流改造工程已完成百分之八十五的管网铺设，预计年底前全部完工。",
                                            "工程涉及老城区四十二条街巷，新铺设污水管道约三十六公里，改造后雨水和污水各走各路。"])
    return (f'<html><head><meta charset="utf-8"><title>{title_h1}_江城新闻网</title></head><body><div class="viewbox"><h2>{title_h1}</h2>'
            f'<div class="content">{body}</div><div class="dede_pages"><ul class="pagelist"><li><a>共3页: </a></li>{prev}{pager}{nxt}</ul></div></div></body></html>')


def test_next_pages_are_only_the_following_pages_and_the_page_number_leaves_the_title() -> None:
    middle = extract_html(_dede(2, "老城区雨污分流改造进入收尾阶段"))
    assert middle.next_pages == ["/a/305_3.html"]
    last = extract_html(_dede(3, "老城区雨污分流改造进入收尾阶段(3)"))
    assert last.next_pages == []
    assert last.title == "老城区雨污分流改造进入收尾阶段"


def test_wordpress_page_links_are_next_pages() -> None:
    links = ('<div class="page-links">Pages: <span class="post-page-numbers current">1</span> '
             '<a class="post-page-numbers" href="https://bay.example/2026/11/ferry/2/">2</a> <a class="post-page-numbers" href="https://bay.example/2026/11/ferry/3/">3</a></div>')
    article = extract_html(_article(links))
    assert article.next_pages == ["https://bay.example/2026/11/ferry/2/", "https://bay.example/2026/11/ferry/3/"]
    assert article.paragraphs == PARAS


def test_a_whole_next_story_appended_under_the_article_goes_but_a_teaser_of_it_stays() -> None:
    nxt = ('<p class="label">Next story</p><h2>Bus fares frozen for another year</h2>'
           "<p>Bus fares across the region will stay at their current level until at least next December.</p>"
           "<p>The freeze will cost about four million pounds, funded from the regional transport budget.</p>")
    assert extract_html(_article(nxt)).paragraphs == PARAS
    teaser = nxt.rsplit("<p>", 1)[0]
    assert extract_html(_article(teaser)).paragraphs[: len(PARAS)] == PARAS
    assert len(extract_html(_article(teaser)).paragraphs) > len(PARAS)


def test_paywall_lines_go_and_prose_opening_alike_stays() -> None:
    fr = ["Depuis la rentrée, plusieurs communes ont relevé le prix du repas à la cantine, parfois de plus de vingt pour cent.",
          "Il vous reste jusqu'au 15 mars pour inscrire vos enfants à la cantine, rappelle la mairie dans un communiqué."]
    article = extract_html(_article("<p>Il vous reste 78.52% de cet article à lire. La suite est réservée aux abonnés.</p>"
                                    "<p>Jetzt weiterlesen mit Plus</p>", fr))
    assert article.paragraphs == fr


def test_a_print_shell_title_yields_to_the_headline_cell() -> None:
    page = ('<html><head><meta charset="utf-8"><title>打印页面</title></head><body><table><tr><td><a href="javascript:window.print()">【打印本页】</a></td></tr>'
            '<tr><td class="title"><b>关于2026年冬季供暖工作的通知</b></td></tr><tr><td class="content">'
            "<p>为做好2026年冬季供暖工作，保障群众温暖过冬，现将有关事项通知如下。</p><p>供暖时间为2026年11月15日至2027年3月15日，遇极端天气可提前或延长供暖。</p></td></tr></table></body></html>")
    assert extract_html(page).title == "关于2026年冬季供暖工作的通知"


def test_spanish_author_and_date_boxes_and_a_player_control_bar_go() -> None:
    es = ["El Ayuntamiento plantará cinco mil árboles en calles y parques durante los meses de invierno.",
          "La mayoría serán especies autóctonas, más resistentes a la sequía y al calor del verano."]
    page = _page('<article class="noticia"><h1>La ciudad plantará 5.000 árboles este invierno</h1><p class="autor">Marta Gil</p><p class="fecha">30/11/2026</p>'
                 '<div class="video-box"><video src="/v.mp4"></video><div class="vjs-control-bar"><span>Reproducir</span> <span>00:00 / 01:48</span></div></div>'
                 + "".join(f"<p>{p}</p>" for p in es) + "</article>", lang="es")
    assert extract_html(page).paragraphs == es


def test_a_wechat_articles_date_comes_from_its_ct_variable_in_beijing_time() -> None:
    page = ('<html><head><meta charset="utf-8"><title>这个冬天，去城郊看一场雾凇</title></head><body><div id="page-content">'
            '<h1 class="rich_media_title" id="activity-name">这个冬天，去城郊看一场雾凇</h1><em id="publish_time"></em>'
            '<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
            "<section><span leaf>每年十二月到次年一月，城郊的松花湖畔都会出现雾凇奇观，吸引不少游客前来观赏。</span></section>"
            "<section><span leaf>清晨气温降到零下二十度以下时，湖面升起的水汽凝结在树枝上，形成一片银白色的世界。</span></section></div></div>"
            '<script>var ct = "1796428800"; var nickname = "城郊旅行";</script></body></html>')
    assert (extract_html(page).published or "").startswith("2026-12-05")


def _phpbb(n: int, user: str, when: str, content: str) -> str:
    return (f'<div id="p{100 + n}" class="post bg{n % 2 + 1}"><div class="inner"><dl class="postprofile"><dt><a class="username">{user}</a></dt>'
            f'<dd class="profile-posts"><strong>Сообщения:</strong> {40 + n}</dd></dl><div class="postbody"><p class="author">{user} » {when}</p>'
            f'<div class="content">{content}</div></div></div></div>')


def test_a_phpbb_threads_first_post_is_the_article_without_its_profile_and_the_replies() -> None:
    ru = ["В Кемерове открыли после реконструкции набережную реки Томь протяжённостью почти два километра.",
          "Здесь появились велодорожка, смотровые площадки и освещение вдоль всей прогулочной зоны."]
    posts = (_phpbb(0, "Сибиряк", "01 сен 2026, 10:15", "<br><br>".join(ru))
             + _phpbb(1, "Томич", "01 сен 2026, 11:02", "Был там в выходные, действительно стало красиво. Только лавочек маловато."))
    page = f'<html lang="ru"><head><meta charset="utf-8"><title>Набережная - Форум</title></head><body><h2 class="topic-title">На реке Томь открыли новую набережную</h2>{posts}</body></html>'
    article = extract_html(page)
    assert article.paragraphs == ru
    assert (article.published or "").startswith("2026-09-01")


def test_paragraph_ids_p1_p2_are_no_forum_posts() -> None:
    page = _page("<article><h1>Night ferry trial starts in December</h1>" + "".join(f'<p id="p{i + 1}">{p}</p>' for i, p in enumerate(PARAS)) + "</article>")
    assert extract_html(page).paragraphs == PARAS


def test_bylines_without_by_name_their_writer() -> None:
    cases = [('<p class="firma">Andrés Molina · 8 nov 2026</p>', "Andrés Molina"),
             ('<p class="auteur">Propos recueillis par Julien Perrin</p>', "Julien Perrin"),
             ('<p class="info">Par Sophie Lambert Publié le 07 octobre 2026 à 06h00</p>', "Sophie Lambert"),
             ('<div class="m-meta"><span>23 ноября 2026, 11:05</span> <span class="m-author">Игорь Петров</span></div>', "Игорь Петров")]
    for byline, name in cases:
        page = _page(f"<article><h1>Night ferry trial starts in December</h1>{byline}" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>")
        assert extract_html(page).author == name, byline


def test_live_entries_closed_by_share_links_are_no_teaser_cards() -> None:
    fr = ["06h45 Plus de 40 000 foyers sont privés d'électricité dans le département, selon le gestionnaire du réseau.",
          "07h20 La circulation des trains est interrompue entre Brest et Quimper jusqu'à nouvel ordre.",
          "08h10 Le préfet appelle les habitants à limiter leurs déplacements et à ne pas s'approcher du littoral."]
    posts = "".join(f'<section class="post"><p>{p}</p><div class="post__actions"><a href="#">Partager</a> <a href="#">Copier le lien</a></div></section>' for p in fr)
    page = _page(f'<div class="live"><h1>En direct : tempête, les dernières informations</h1><div class="live__posts">{posts}</div></div>', lang="fr")
    assert extract_html(page).paragraphs == fr


def test_a_date_line_with_a_weekday_and_a_time_zone_goes() -> None:
    vi = ["Từ ngày 1/12, Hà Nội đưa vào khai thác thêm ba tuyến xe buýt điện kết nối các khu đô thị phía tây với trung tâm.",
          "Mỗi tuyến có tần suất 15 phút một chuyến vào giờ cao điểm, giá vé giữ nguyên như xe buýt thường."]
    page = _page('<article><span class="date">Thứ tư, 25/11/2026, 08:30 (GMT+7)</span><h1>Hà Nội mở thêm ba tuyến xe buýt điện</h1>'
                 + "".join(f"<p>{p}</p>" for p in vi) + "</article>", lang="vi")
    assert extract_html(page).paragraphs == vi


def test_a_pagers_page_count_is_not_the_current_page() -> None:
    pager = ('<div class="epages"><a title="Total record">&nbsp;<b>3</b> </a>&nbsp;<b>1</b>&nbsp;<a href="/news/86_2.html">2</a>&nbsp;'
             '<a href="/news/86_3.html">3</a>&nbsp;<a href="/news/86_2.html">下一页</a>&nbsp;<a href="/news/86_3.html">尾页</a></div>')
    assert extract_html(_article(pager)).next_pages == ["/news/86_2.html", "/news/86_3.html"]
