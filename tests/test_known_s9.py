# ruff: noqa: E501
"""Known failures of the older blind audits (19, 10, 15), fixed with general rules. The texts are our
own; each test failed before its fix: the page's author alone on a line closing the body, a source label
with a bare address, a Korean CMS's 기자명/입력 info list, a badge loose above the headline, Dutch
"Door X" bylines, Turkish div.yazar."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.strip import extract_text

PARAS = ["The harbour ferry will run a night service on weekends from December, the transport authority said on Monday.",
         "Night sailings will leave every forty minutes between midnight and six in the morning, with fares unchanged.",
         "The authority said the trial would last six months and would be extended if enough passengers used it."]


def _page(inner: str, head: str = "", lang: str = "en", title: str = "Night ferry trial starts in December | Bay Times") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            '<header><a class="logo" href="/">Bay Times</a><nav><a href="/a">Local</a> <a href="/b">Sport</a></nav></header>'
            f'<main>{inner}</main><div class="footer"><p>Copyright © 2026 Bay Times. All rights reserved.</p></div></body></html>')


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def test_a_closing_line_that_is_the_pages_author_goes() -> None:
    head = '<meta name="author" content="Lan Chi">'
    record = clean_html(_page(f'<article><h1>Night ferry trial starts in December</h1>{_ps(PARAS)}'
                              '<p style="text-align:right"><strong>Lan Chi</strong></p></article>', head))
    assert record.text.split("\n") == PARAS
    assert record.author == "Lan Chi"


def test_a_body_line_naming_the_author_in_a_sentence_stays() -> None:
    head = '<meta name="author" content="Lan Chi">'
    paras = [*PARAS, "Lan Chi, who skippers one of the ferries, said crews were ready."]
    record = clean_html(_page(f'<article><h1>Night ferry trial starts in December</h1>{_ps(paras)}</article>', head))
    assert record.text.split("\n") == paras


def test_a_source_label_with_a_bare_address_goes() -> None:
    de = ["Im Westend öffnet im Januar eine neue Kindertagesstätte mit achtzig Plätzen für Kinder aus dem Viertel.",
          "Die Anmeldung ist ab sofort über das Portal der Stadt möglich, Geschwisterkinder werden bevorzugt."]
    record = clean_html(_page(f'<h1>Neue Kita im Westend</h1><div class="text">{_ps(de)}'
                              '<p>Quelle: https://westend-blatt.example/lokales/neue-kita-im-westend-88231.html</p></div>',
                              lang="de", title="Neue Kita im Westend"))
    assert record.text.split("\n") == de


def test_a_source_line_naming_an_outlet_in_a_sentence_stays() -> None:
    paras = [*PARAS, "Source: the authority's own figures, published at https://transport.example/figures last week."]
    record = clean_html(_page(f'<article><h1>Night ferry trial starts in December</h1>{_ps(paras)}</article>'))
    assert record.text.split("\n") == paras


def test_a_korean_cms_info_list_goes_and_names_the_reporter() -> None:
    ko = ["올해 시립도서관 야간 개관 시간이 밤 10시까지 늘어나 직장인 이용객이 크게 늘었다.",
          "도서관 측은 내년에는 주말 개관 시간도 늘릴 계획이라고 밝혔다."]
    record = clean_html(_page(f'<div class="article-view"><h3 class="heading">도서관 야간 개관 연장</h3><ul class="infomation">'
                              f'<li>기자명 박서연 기자</li><li>입력 2026.10.02 09:15</li></ul><div class="body">{_ps(ko)}</div></div>',
                              lang="ko", title="도서관 야간 개관 연장 - 우리동네신문"))
    assert record.text.split("\n") == ko
    assert record.author == "박서연"
    assert (record.published or "").startswith("2026-10-02")


def test_a_badge_loose_above_the_headline_goes() -> None:
    record = clean_html(_page('<article><span class="label">Exklusiv</span><h1>Night ferry trial starts in December</h1>'
                              f'{_ps(PARAS)}</article>'))
    assert record.text.split("\n") == PARAS


def test_a_dutch_door_byline_names_the_author_on_a_dutch_page() -> None:
    nl = ["De gemeente plaatst dit najaar dertig nieuwe laadpalen in de wijken rond het centrum van de stad.",
          "Bewoners kunnen tot eind oktober via de website een locatie voor een laadpaal voorstellen."]
    record = clean_html(_page(f'<h1>Dertig nieuwe laadpalen</h1><p class="byline">Door Sanne de Vries</p><div class="article-body">{_ps(nl)}</div>',
                              lang="nl", title="Dertig nieuwe laadpalen"))
    assert record.author == "Sanne de Vries"


def test_door_opening_an_english_heading_names_nobody() -> None:
    record = clean_html(_page('<h1>Garage doors explained</h1><div class="article-body"><h2>Door Check Gas Springs</h2>'
                              f'{_ps(PARAS)}</div>', title="Garage doors explained"))
    assert record.author is None


def test_a_turkish_yazar_box_names_the_author() -> None:
    tr = ["Belediye, kent merkezindeki otoparkların gece saatlerinde ücretsiz olacağını açıkladı.",
          "Uygulama önümüzdeki aydan itibaren altı ay boyunca deneme olarak sürecek."]
    record = clean_html(_page(f'<h1>Otoparklar gece ücretsiz</h1><div class="yazar">Elif Yıldız</div><div class="tarih">27.10.2026 14:30</div>'
                              f'<div class="haber-metni">{_ps(tr)}</div>', lang="tr", title="Otoparklar gece ücretsiz"))
    assert record.author == "Elif Yıldız"


SLIDES = ["Farmers lead decorated tractors through the high street on Saturday morning.",
          "The winning pumpkin weighed in at a new record for the county show this year.",
          "Fireworks closed the festival over the old stone bridge on Sunday night."]
INTRO = "After a two-year break, the valley's harvest festival drew thousands of visitors over the weekend, with parades and a pumpkin contest."


def test_a_gallery_page_keeps_its_intro_and_captions_without_counters_and_credits() -> None:
    slides = "".join(f'<figure class="gallery-slide"><div class="slide-counter">{i} of 3</div><img src="/g/{i}.jpg" alt="">'
                     f'<figcaption>{c} <span class="credit">Photograph: Ann Lee/Valley Post</span></figcaption></figure>'
                     for i, c in enumerate(SLIDES, 1))
    record = clean_html(_page(f'<article class="gallery"><h1>In pictures: the harvest festival</h1><div class="gallery-intro"><p>{INTRO}</p></div>'
                              f'<div class="gallery-slides">{slides}</div></article>', title="In pictures: the harvest festival"))
    assert record.text.split("\n") == [INTRO, *SLIDES]


def test_an_intro_beside_three_figure_captions_is_a_photo_story() -> None:
    figures = "".join(f'<figure><img src="/g/{i}.jpg" alt=""><figcaption>{c} Foto: Lena Hoff</figcaption></figure>'
                      for i, c in enumerate(SLIDES, 1))
    record = clean_html(_page(f'<article><h1>Harvest festival</h1><p>{INTRO}</p>{figures}</article>', title="Harvest festival"))
    assert record.text.split("\n") == [INTRO, *SLIDES]


def test_a_chinese_gallerys_counters_zoom_links_and_credit_lines_go() -> None:
    intro = "随着气温下降，城郊湿地公园近日迎来今年首批越冬候鸟，多种野鸭在浅滩觅食栖息。"
    caps = ["一群白鹭在湿地浅滩上觅食，不时振翅飞起。", "两只苍鹭站在芦苇丛边，静静等待水中的小鱼。", "湿地管理人员在巡护途中清点候鸟数量。"]
    slides = "".join(f'<li><div class="pic"><img src="/p/{i}.jpg"><span class="zoom">查看原图</span></div><p class="num">{i}/3</p>'
                     f'<p class="txt">{c}</p><p class="by">（摄影：赵刚）</p></li>' for i, c in enumerate(caps, 1))
    record = clean_html(_page(f'<div class="photo-article"><h1>组图：湿地公园迎来越冬候鸟</h1><div class="intro"><p>{intro}</p></div>'
                              f'<ul class="photo-list">{slides}</ul></div>', lang="zh-CN", title="组图：湿地公园迎来越冬候鸟"))
    assert record.text.split("\n") == [intro, *caps]


def test_one_fraction_alone_and_a_photo_label_opening_a_sentence_stay() -> None:
    paras = [PARAS[0], "1/4", "The pier opened in May. Photo: allowed on the pier only, officials said.", PARAS[1]]
    record = clean_html(_page(f'<article><h1>Night ferry trial starts in December</h1>{_ps(paras)}</article>'))
    assert record.text.split("\n") == paras


def test_a_radio_stations_name_beside_the_date_is_the_publisher() -> None:
    zh = ["记者从市交通运输局获悉，春节前全市高速服务区将新增充电桩一百二十个。", "新增充电桩全部为快充桩，预计可缓解节假日排队充电的问题。"]
    record = clean_html(_page(f'<div class="article"><h1>高速服务区新增充电桩</h1><div class="meta"><span>临江交通广播</span> <span>2026-12-10 19:02</span></div>'
                              f'<div class="article-content">{_ps(zh)}</div></div>', lang="zh-CN", title="高速服务区新增充电桩"))
    assert record.publisher == "临江交通广播"


def _xenforo(first: str, reply: str, ids: bool) -> str:
    def post(n: int, user: str, body: str) -> str:
        ident = f' id="js-post-{n}00"' if ids else ""
        return (f'<article class="message message--post"{ident}><div class="message-user"><h4 class="message-name">{user}</h4><h5 class="userTitle">Thành viên</h5></div>'
                f'<div class="message-main"><header class="message-attribution"><time datetime="2026-11-20T08:30:00+0700">20/11/2026</time> <a>#{n}</a></header>'
                f'<div class="message-content"><article class="message-body"><div class="bbWrapper">{body}</div></article></div></div></article>')
    return _page(f'<div class="p-title"><h1 class="p-title-value">Quận mở thêm điểm thu gom rác</h1></div><div class="block-body">'
                 f'{post(1, "minhtri77", first)}{post(2, "hoaian", reply)}</div>', lang="vi", title="Quận mở thêm điểm thu gom rác | Diễn đàn")


VI = ["Từ tháng sau, quận sẽ mở thêm mười điểm thu gom rác tái chế gần các chợ và trường học trên địa bàn.",
      "Người dân mang rác tái chế đến các điểm này sẽ được đổi lấy cây xanh hoặc túi vải."]


def test_a_xenforo_threads_first_post_is_the_article_and_names_its_source() -> None:
    first = "<br><br>".join(VI) + "<br><br>Nguồn: Báo Người lao động"
    reply = "Phường mình có điểm nào không các bác? Mình muốn mang chai nhựa đến đổi cây."
    for ids in (True, False):
        record = clean_html(_xenforo(first, reply, ids))
        assert record.text.split("\n") == VI
        assert record.publisher == "Báo Người lao động"


def test_a_name_and_role_with_the_date_glued_on_names_the_author() -> None:
    record = clean_html(_page('<article><h1>Night ferry trial starts in December</h1><div class="meta"><span>Rosa Quint | Staff Writer</span> '
                              f'<time datetime="2026-06-03">June 3, 2026</time></div>{_ps(PARAS)}</article>'))
    assert record.author == "Rosa Quint"


def test_an_authors_line_under_the_text_and_a_portal_meta_name_are_read() -> None:
    ru = ["В городе открылась первая круглосуточная библиотека на сто мест.", "Вход ночью возможен по электронному билету, уточнили в мэрии."]
    record = clean_html(_page(f'<h1>Библиотека работает круглосуточно</h1><div class="text">{_ps(ru)}<p class="doc__text document_authors">Ольга Сомова, Омск</p></div>',
                              lang="ru", title="Библиотека работает круглосуточно"))
    assert record.author == "Ольга Сомова"
    zh = ["记者从市交通运输局获悉，春节前全市高速服务区将新增充电桩一百二十个。", "新增充电桩全部为快充桩，预计可缓解节假日排队充电的问题。"]
    record = clean_html(_page(f'<h1>高速服务区新增充电桩</h1><div class="article-meta"><span class="tag">原创</span><span class="name"><a class="user-name" href="/c/user/9/">林晓舟</a></span>'
                              f'<span>2026-10-17 21:05</span></div><div class="article-content">{_ps(zh)}</div>', lang="zh-CN", title="高速服务区新增充电桩"))
    assert record.author == "林晓舟"


ZH = ["本学期起，县里八所中小学开设了竹编兴趣课，由当地非遗传承人走进课堂授课。", "孩子们在课上学习剖篾、起底和收口，期末还将举办作品展。"]


def test_the_name_after_a_user_icon_is_the_author_but_not_a_login_links() -> None:
    info = ('<div class="info"><i class="fa fa-calendar"></i> 2026-11-05 &nbsp;<i class="fa fa-user"></i> 钟雨桐 &nbsp;'
            '<i class="fa fa-eye"></i> 311</div>')
    page = _page(f'<h2>竹编走进课堂</h2>{info}<div class="content">{_ps(ZH)}</div>', lang="zh-CN", title="竹编走进课堂")
    assert clean_html(page).author == "钟雨桐"
    login = '<div class="user-menu"><a href="/user"><i class="fa fa-user"></i> Log In</a></div>'
    record = clean_html(_page(f'{login}<article><h1>Night ferry trial starts in December</h1>{_ps(PARAS)}</article>'))
    assert record.author is None


def test_a_name_written_before_the_bylines_time_is_the_author() -> None:
    ja = ["地方鉄道の存続を目指し、沿線の住民が出資する新会社が来月設立される。", "出資はひと口一万円からで、すでに二千人以上が申し込んだという。"]
    record = clean_html(_page(f'<article><h1>地方鉄道、住民が出資</h1><div class="byline">高橋真一<time datetime="2026-11-06T05:00:00+09:00">2026年11月6日</time></div>'
                              f'<div class="article-body">{_ps(ja)}</div></article>', lang="ja", title="地方鉄道、住民が出資"))
    assert record.author == "高橋真一"


def test_an_arabic_bylines_name_runs_on_over_its_words() -> None:
    ar = ["افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي النخيل بمساحة عشرة آلاف متر مربع.", "وتضم الحديقة ممرات للمشي وملاعب للأطفال ومنطقة للجلوس."]
    record = clean_html(_page(f'<h1>حديقة جديدة في حي النخيل</h1><div class="info">بقلم: ليلى المنصوري</div><div class="text">{_ps(ar)}</div>',
                              lang="ar", title="حديقة جديدة في حي النخيل"))
    assert record.author == "ليلى المنصوري"


def test_a_slide_counter_glued_to_a_caption_opening_with_a_date_goes_by_the_others_total() -> None:
    caps = ["11月22日，一群白鹤在湿地浅滩觅食。", "近日，数千只越冬候鸟陆续飞抵湿地。", "游客在观鸟平台上拍摄候鸟。"]
    slides = "".join(f"<p>{i}/3{c}</p>" for i, c in enumerate(caps, 1))
    record = clean_html(_page(f'<h1>组图：湿地迎来越冬候鸟</h1><div class="content">{slides}</div>', lang="zh-CN", title="组图：湿地迎来越冬候鸟"))
    assert record.text.split("\n") == caps


DUMP_HEAD = "江城新闻网\n\n当前位置 : 首页 > 资讯中心 > 社会民生\n\n城郊农贸市场完成升级改造\n\n"
DUMP_BODY = ["\u3000\u3000经过三个月的施工，城郊农贸市场升级改造工程日前完工，市场重新开门迎客。",
             "\u3000\u3000市场还设置了农残快速检测室，每天对上市蔬菜进行抽检，检测结果在电子屏上公示。"]
SECOND = "社区食堂让老人吃上热乎饭\n\n\u3000\u3000在城南街道的社区食堂里，十几位老人正围坐在一起吃午饭。\n"


def test_a_second_article_appended_to_a_dump_after_a_wider_gap_goes() -> None:
    record = extract_text(DUMP_HEAD + "\n\n".join(DUMP_BODY) + "\n\n\xa0\n\n" + SECOND)
    assert record.paragraphs == [p.strip() for p in DUMP_BODY]


def test_a_numbered_subheading_or_a_dump_spaced_unevenly_keeps_all_its_text() -> None:
    sub = "二、食堂运营\n\n\u3000\u3000在城南街道的社区食堂里，十几位老人正围坐在一起吃午饭。\n"
    record = extract_text(DUMP_HEAD + "\n\n".join(DUMP_BODY) + "\n\n\xa0\n\n" + sub)
    assert len(record.paragraphs) == 4
    third = "\u3000\u3000市场负责人说，下一步还将增设便民服务点，方便周边居民就近买菜。"
    uneven = DUMP_HEAD + "\n\n".join(DUMP_BODY) + "\n\n\n" + third + "\n\n\xa0\n\n" + SECOND
    assert len(extract_text(uneven).paragraphs) == 5


def test_a_baijiahao_accounts_link_to_its_author_site_names_the_author() -> None:
    zh = ["县城东街的老面馆开了二十年，每天清晨五点，老板就开始和面、熬汤。", "老街坊们说，吃了二十年，还是这一碗的味道最地道。"]
    page = _page(f'<div class="_1Jcdr"><h1 class="_3tNyU">县城面馆的二十年</h1><div class="_2gGWi"><a class="_2mFlv" href="https://author.baidu.example/home/88">'
                 f'<p class="_9xQ">小城烟火</p></a><span>2026-11-09 07:45</span></div><div class="_18p7x">{_ps(zh)}</div></div>', lang="zh-CN", title="县城面馆的二十年")
    assert clean_html(page).author == "小城烟火"


def test_the_articles_own_date_line_wins_over_a_sidebar_date_placed_before_the_article() -> None:
    side = '<aside class="most-read"><h3>Most read</h3><ul><li><a href="/b">Bridge closes for repairs</a> <span>Nov 2, 2026</span></li></ul></aside>'
    record = clean_html(_page(f'{side}<article><h1>Night ferry trial starts in December</h1><div class="byline">By Ana Ruiz · Nov. 20, 2026</div>'
                              f'{_ps(PARAS)}</article>'))
    assert (record.published or "").startswith("2026-11-20")


def test_a_vietnamese_sapo_between_the_headline_and_the_article_box_is_the_first_paragraph() -> None:
    sapo = "Sáng 24/11, tuyến xe buýt điện nối sân bay với trung tâm thành phố chính thức đi vào hoạt động sau ba tháng chạy thử."
    record = clean_html(_page(f'<section class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a>Thời sự</a></li></ul>'
                              '<span class="date">Thứ hai, 24/11/2026, 08:30 (GMT+7)</span></div>'
                              f'<h1 class="title-detail">Xe buýt điện nối sân bay</h1><p class="description">{sapo}</p>'
                              f'<article class="fck_detail">{_ps(VI)}</article><div class="box-tinlienquan"><h3>Xem thêm</h3>'
                              '<ul><li><a>Giá vé buýt điện</a></li></ul></div></section>', lang="vi", title="Xe buýt điện nối sân bay"))
    assert record.text.split("\n") == [sapo, *VI]


def test_a_live_blogs_entries_with_post_n_ids_are_no_forum_replies() -> None:
    entries = "".join(f'<div class="live-post" id="post-{i}"><h2>{p[:30]}</h2><div class="live-post__body"><p>{p}</p></div></div>'
                      for i, p in enumerate(PARAS))
    record = clean_html(_page(f'<h1>Night ferry trial: live updates</h1><div class="live-feed">{entries}</div>', title="Night ferry trial: live updates"))
    assert all(p in record.text for p in PARAS)


def test_a_forum_posts_last_edit_line_above_its_message_is_no_publication_date() -> None:
    zh = ["江城今年新开通三条公交线路，覆盖城东新区和高铁站，方便市民出行。", "三条线路首末班时间与地铁衔接，票价与现有线路相同。"]
    page = _page('<table><tr><td class="pls">老江城</td><td class="plc"><div class="pi">發表於 2026-5-12 21:08|只看該作者</div>'
                 '<div class="t_fsz"><i class="pstatus">本帖最後由 老江城 於 2026-5-12 21:15 編輯</i>'
                 f'<div id="postmessage_4411" class="t_f">{"<br>".join(zh)}</div></div></td></tr></table>', lang="zh-TW", title="江城新增三条公交线路")
    assert (clean_html(page).published or "").startswith("2026-05-12T21:08")
