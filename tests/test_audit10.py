# ruff: noqa: E501
"""Audit10's fixes: ads, app asks and casino lines between a dump's paragraphs, other languages' inline
links and bylines, 政务公开 fields and dates, headers above a dump's headline, photo counters, pagers."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html, extract_text

P = "\u3000\u3000"
HEADLINE = "城南老旧小区加装电梯提速"
FIRST = "今年以来，城南区已有四十部加装电梯投入使用，另有二十部正在施工。"
SECOND = "区住建局表示，将把审批时间压缩到二十个工作日以内。"


def _dump(*middle: str, head: str = "久久精品国产免费观看-日韩精品一区二区三区\n\n当前位置：首页 > 本地\n\n",
          title: str = HEADLINE, info: str = "", tail: str = "") -> str:
    body = [FIRST, *middle, SECOND]
    return head + title + "\n\n" + (info + "\n\n" if info else "") + "\n\n".join(P + p for p in body) + "\n\n" + tail


@pytest.mark.parametrize("line", ["【广告】扫码领取全年免费体检名额", "↓↓↓点击下方链接，领取新人红包↓↓↓",
                                  "打开凤凰新闻，查看更多高清图片", "hg0088皇冠体育 www.hg0088.com 真人百家乐 注册送38元"])
def test_ads_app_asks_and_casino_lines_between_paragraphs_are_dropped(line: str) -> None:
    assert extract_text(_dump(line)).paragraphs == [FIRST, SECOND]


@pytest.mark.parametrize("line", ["广告投放额同比增长一成，其中户外广告增长最快。", "打开窗户通风后，室内空气明显好转。",
                                  "点击量超过十万次的视频，多是居民自己拍摄的。"])
def test_prose_opening_with_those_words_is_kept(line: str) -> None:
    assert extract_text(_dump(line)).paragraphs == [FIRST, line, SECOND]


DE = ["Der Stadtrat hat am Donnerstag den Bau eines Radwegs beschlossen.", "Die Arbeiten beginnen im Frühjahr."]


def test_german_dump_inline_link_ad_label_and_link_list_are_dropped_and_byline_read() -> None:
    text = "\n\n".join(["Startseite > Bremen > Verkehr", "Stadtrat beschließt neue Radwege", "Von Jörg Hälbig | 19.11.2026, 18:32 Uhr",
                       DE[0], "Anzeige", "Lesen Sie auch: Parkhaus am Markt wird saniert", DE[1], "Mehr zum Thema",
                       "Radentscheid sammelt 20.000 Unterschriften", "Neue Fahrradstraße in der Neustadt"]) + "\n"
    art = extract_text(text)
    assert (art.title, art.paragraphs, art.author) == ("Stadtrat beschließt neue Radwege", DE, "Jörg Hälbig")


@pytest.mark.parametrize("line", ["Von Montag an gilt auf der Weserstraße Tempo 30.", "Par ailleurs, la mairie rénove l'école."])
def test_prose_opening_with_von_or_par_names_no_author(line: str) -> None:
    text = "\n\n".join(["Stadtrat beschließt neue Radwege", line, DE[0], DE[1]]) + "\n"
    assert extract_text(text).author is None


def test_french_author_span_and_korean_reporter_glued_to_the_stamp() -> None:
    fr = ('<html><body><article><h1>La boulangerie rouvre ses portes</h1><div class="signature"><span class="auteur">Anne Quéré</span>'
          '<time>Publié le 17/11/2026</time></div><div class="texte"><p>' + "La boulangerie a rouvert mardi matin sur la place. " * 4
          + "</p></div></article></body></html>")
    assert extract_html(fr).author == "Anne Quéré"
    ko = ('<html><body><h3 class="tit_view">전통시장 환급 행사 연장</h3><span class="txt_info">박서준 기자</span><span class="txt_info">입력 2026. 11. 25.</span>'
          '<div class="article_view"><p>' + "중소벤처기업부는 환급 행사를 이달 말까지 연장한다고 밝혔다. " * 4 + "</p></div></body></html>")
    assert extract_html(ko).author == "박서준"


XXGK = ["索引号：11420100MB0000000X/2026-01234\t分类：城乡建设、环境保护\\通知", "发布机构：临江市人民政府办公室\t成文日期：2026年10月28日",
        "发文字号：临政办发〔2026〕31号\t发布日期：2026年10月30日"]


def test_gov_fields_above_the_notice_give_publisher_and_publication_date() -> None:
    text = "\n\n".join([*XXGK, "关于做好冬季供暖保障工作的通知", "临政办发〔2026〕31号", P + FIRST, P + SECOND]) + "\n"
    art = extract_text(text)
    assert (art.title, art.paragraphs) == ("关于做好冬季供暖保障工作的通知", [FIRST, SECOND])
    assert (art.publisher, art.published) == ("临江市人民政府办公室", "2026-10-30")


def test_gov_table_cells_give_publisher_and_publication_date() -> None:
    rows = "".join(f"<tr><td>{a}：</td><td>{b}</td><td>{c}：</td><td>{d}</td></tr>" for a, b, c, d in (
        ("发布机构", "临江市人民政府办公室", "成文日期", "2026年10月28日"), ("发文字号", "临政办发〔2026〕31号", "发布日期", "2026年10月30日")))
    html = (f'<html><body><table class="xxgk">{rows}</table><div class="article"><h1>关于做好冬季供暖保障工作的通知</h1>'
            f'<div class="view">{"".join(f"<p>{p}</p>" for p in (FIRST, SECOND, FIRST))}</div></div></body></html>')
    art = extract_html(html)
    assert (art.publisher, art.published) == ("临江市人民政府办公室", "2026-10-30")


def test_written_date_alone_is_still_the_date() -> None:
    text = "\n\n".join(["成文日期：2026年10月28日", "关于做好冬季供暖保障工作的通知", P + FIRST, P + SECOND]) + "\n"
    assert extract_text(text).published == "2026-10-28"


@pytest.mark.parametrize("header", ["学习强国", "腾讯新闻 打开APP"])
def test_a_short_app_name_above_a_longer_headline_is_header(header: str) -> None:
    art = extract_text(_dump(head=header + "\n\n"))
    assert (art.title, art.paragraphs) == (HEADLINE, [FIRST, SECOND])


def test_a_two_crumb_trail_above_a_longer_headline_is_header() -> None:
    vi = ["Sáng 24/11, tuyến xe buýt điện nối sân bay chính thức đi vào hoạt động.", "Tuyến dài 28 km, có 14 điểm dừng."]
    art = extract_text("\n\n".join(["Thời sự > Giao thông", "Tuyến buýt điện đầu tiên nối sân bay với trung tâm", *vi]) + "\n")
    assert (art.title, art.paragraphs) == ("Tuyến buýt điện đầu tiên nối sân bay với trung tâm", vi)


def test_outlet_before_date_names_the_publisher() -> None:
    assert extract_text(_dump(head="", info="澎湃新闻\u30002026-11-20 08:20")).publisher == "澎湃新闻"


def test_photo_counters_and_pager_lines_are_dropped_and_page_number_leaves_the_title() -> None:
    text = _dump("图2/4", title=HEADLINE + "(1/3)", tail="共3页: 上一页 1 2 3 下一页\n")
    art = extract_text(text)
    assert (art.title, art.paragraphs) == (HEADLINE, [FIRST, SECOND])
    assert extract_text(_dump(title=HEADLINE + "(1/3)")).title == HEADLINE + "(1/3)"  # no pager: a series' part


def test_author_label_stops_at_an_opening_bracket() -> None:
    assert extract_text(_dump(tail="作者：吴越（光明日报记者）\n")).author == "吴越"


def test_a_bare_rating_is_no_photo_counter() -> None:
    lines = ["Best accounting software for small firms", "Invoicing is quick and the reports are clear.", "5/5",
             "Billing works well for recurring clients.", "4.5/5"]
    assert extract_text("\n\n".join(lines) + "\n").paragraphs == lines[1:]


def test_paragraphs_glued_onto_one_line_by_their_indents_are_split_and_recorded() -> None:
    text = "久久精品国产免费观看-日韩精品一区二区三区\n\n" + HEADLINE + "\n\n" + P + FIRST + P + SECOND + "\u2003\u2003" + FIRST[:20] + "。\n"
    art = extract_text(text)
    assert art.paragraphs == [FIRST, SECOND, FIRST[:20] + "。"]
    assert any(c.rule == "strip:glued_paragraphs" for c in art.changes)


def test_a_dateline_and_its_paragraph_on_one_line_stay_together() -> None:
    line = "新华社北京11月20日电" + P + FIRST
    assert extract_text(_dump(head="", title=HEADLINE, info="") .replace(P + FIRST, P + line, 1)).paragraphs[0] == line


def test_site_name_after_a_doubled_dash_leaves_the_title() -> None:
    html = ('<html><head><title>市第一人民医院新院区明年投用--江城晚报网</title></head><body><table><tr><td><b>市第一人民医院新院区明年投用</b></td></tr>'
            f'<tr><td class="content">{FIRST}<br><br>{SECOND}<br><br>{FIRST}</td></tr></table></body></html>')
    assert extract_html(html).title == "市第一人民医院新院区明年投用"


def test_an_unspaced_doubled_dash_inside_a_latin_headline_is_kept() -> None:
    headline = "Tide Gauges Are Not Enough When It Comes to Flood Warnings--Volunteers Fill the Gaps"
    body = "".join(f"<p>{s} The council reviewed the volunteer reports every week during the storm season.</p>"
                   for s in ("Residents measured the river twice a day.", "The data went to a shared map."))
    html = (f"<html><head><title>{headline} | Riverside Post</title></head><body><article><h1>{headline}</h1>"
            f"{body}</article></body></html>")
    assert extract_html(html).title == headline


def test_a_source_named_like_a_government_account_is_whole() -> None:
    assert extract_text(_dump(info="2026-11-27 10:00　来源：江城发布")).publisher == "江城发布"
    assert extract_text(_dump(info="来源：江城日报发布时间：2026-11-27")).publisher == "江城日报"


def test_table_cells_written_as_paragraphs_stay_one_row_a_line() -> None:
    rows = [("类别", "面额"), ("餐饮券", "20元"), ("图书券", "15元")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td><p><strong>{c}</strong></p></td>" for c in r) + "</tr>" for r in rows) + "</table>"
    html = f'<html><body><h1>{HEADLINE}</h1><div class="content"><p>{FIRST}</p>{table}<p>{SECOND}</p></div></body></html>'
    assert extract_html(html).paragraphs == [FIRST, "类别 面额", "餐饮券 20元", "图书券 15元", SECOND]


PT = ["A feira voltou neste sábado à Praça da Matriz, no centro da cidade.", "São 64 barracas, vinte a mais do que antes."]


def test_portuguese_site_and_section_header_byline_with_outlet_and_comments_heading() -> None:
    text = "\n\n".join(["Jornal da Serra - Cidades", "Feira de agricultura familiar volta à praça central", "Por Márcio Gonçalves, Jornal da Serra",
                       "21/11/2026 às 10h40", *PT, "Comentários"]) + "\n"
    art = extract_text(text)
    assert (art.title, art.paragraphs, art.author) == ("Feira de agricultura familiar volta à praça central", PT, "Márcio Gonçalves")


def test_prose_opening_with_by_and_a_comma_is_kept() -> None:
    line = "By Tuesday, the council voted to keep it."
    text = "\n\n".join(["Ferry timetable to change next month", "Islanders asked for more sailings this winter.", line]) + "\n"
    assert line in extract_text(text).paragraphs


def test_credits_under_the_body_name_author_and_publisher() -> None:
    html = (f'<html><body><div class="main"><h1>{HEADLINE}</h1><div class="article-body"><p>{FIRST}</p><p>{SECOND}</p><p>{FIRST}</p></div>'
            '<div class="article-footer"><span>作者：吴越</span>\u3000<span>编辑：陈默</span>\u3000<span>来源：光明日报</span></div></div></body></html>')
    art = extract_html(html)
    assert (art.author, art.publisher, art.paragraphs) == ("吴越", "光明日报", [FIRST, SECOND, FIRST])


CAPTIONS = ["11月22日，一群白鹤在沙湖湿地浅滩觅食。", "游客在观鸟平台上拍摄候鸟。", "夕阳下，成群的灰鹤从湿地上空飞过。"]


def test_a_photo_story_told_in_captions_keeps_them() -> None:
    figs = "".join(f'<figure><img src="/{i}.jpg"><figcaption>{c}</figcaption></figure>' for i, c in enumerate(CAPTIONS))
    html = f'<html><body><div class="article"><h1>组图：湿地迎来越冬候鸟</h1><div class="content">{figs}</div></div></body></html>'
    assert extract_html(html).paragraphs == CAPTIONS


def test_an_article_with_one_captioned_photo_drops_the_caption() -> None:
    fig = f'<figure><img src="/1.jpg"><figcaption>{CAPTIONS[0]}</figcaption></figure>'
    html = f'<html><body><div class="article"><h1>{HEADLINE}</h1><div class="content"><p>{FIRST}</p>{fig}<p>{SECOND}</p></div></div></body></html>'
    assert extract_html(html).paragraphs == [FIRST, SECOND]


def test_a_source_line_naming_news_agencies_names_no_publisher() -> None:
    html = (f'<html><body><div class="main"><h1>Ferry timetable to change</h1><div class="article-body"><p>{DE[0]}</p><p>{DE[1]}</p>'
            f'<p>{DE[0]}</p></div><div class="article-footer">SOURCE: News agencies</div></div></body></html>')
    assert extract_html(html).publisher is None


TIPS = ["● 及时添衣保暖，老人儿童减少外出", "● 检查燃气热水器，注意室内通风", "● 驾车出行注意路面结冰"]


@pytest.mark.parametrize("head", ["温馨提示：", "温馨提示"])
def test_tips_ending_the_article_under_their_heading_are_kept(head: str) -> None:
    art = extract_text(_dump(head, *TIPS).replace(P + SECOND, "", 1).replace(P + head, P + SECOND + "\n\n" + P + head))
    assert art.paragraphs == [FIRST, SECOND, head, *TIPS]


def test_a_farms_bulleted_link_list_at_the_end_is_still_dropped() -> None:
    links = ["· 我市新增三条公交线路", "· 城东菜市场完成提升改造", "· 市民文化节下月开幕"]
    assert extract_text(_dump(tail="\n\n".join(links) + "\n")).paragraphs == [FIRST, SECOND]


def test_kicker_headline_and_subtitle_of_a_dump() -> None:
    text = _dump(title="石桥村盘活闲置耕地\n\n" + HEADLINE + "\n\n——城里人周末来种菜")
    art = extract_text(text)
    assert (art.title, art.paragraphs) == (HEADLINE, [FIRST, SECOND])


def test_kicker_and_subtitle_headings_around_an_h1() -> None:
    html = (f'<html><body><div class="article"><h3 class="yinti">石桥村盘活闲置耕地</h3><h1>{HEADLINE}</h1><h2>——城里人周末来种菜</h2>'
            f'<div class="content"><p>{FIRST}</p><p>{SECOND}</p><p>{FIRST}</p></div></div></body></html>')
    art = extract_html(html)
    assert (art.title, art.paragraphs) == (HEADLINE, [FIRST, SECOND, FIRST])


def test_a_quote_attribution_after_the_first_paragraph_stays() -> None:
    art = extract_text(_dump("——鲁迅"))
    assert art.paragraphs == [FIRST, "——鲁迅", SECOND]


def test_a_print_views_labelled_title() -> None:
    text = f"作者: 江城老李    时间: 2026-12-03 10:00    标题: {HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    assert extract_text(text).title == HEADLINE


def test_a_blogs_name_over_its_menu_is_no_headline_and_its_counters_go() -> None:
    text = "\n\n".join(["江城老李的博客", "首页 博文目录 图片 关于我", HEADLINE, FIRST, SECOND,
                       "阅读(123)┊ 评论 (0)┊ 收藏(0)┊转载(0)┊ 喜欢▼ ┊打印┊举报", "前一篇：秋天的银杏大道", "后一篇：腊八粥"]) + "\n"
    art = extract_text(text)
    assert (art.title, art.paragraphs) == (HEADLINE, [FIRST, SECOND])


def test_a_farms_date_and_weather_lines_above_the_crumb_are_no_headline() -> None:
    art = extract_text(_dump(head="2026年11月30日 星期一 农历十月廿一\n\n今日天气：晴 3～12℃ 空气质量：良\n\n当前位置：首页 > 本地\n\n"))
    assert (art.title, art.paragraphs) == (HEADLINE, [FIRST, SECOND])


IT = ["È stata inaugurata sabato mattina la nuova biblioteca di quartiere.", "La biblioteca sarà aperta dal lunedì al sabato."]


@pytest.mark.parametrize(("byline", "link", "date"), [
    ("di Luca Ferraris", "Leggi anche: Nuove piste ciclabili in centro", "22 novembre 2026"),
    ("Penulis: Luca Ferraris", "Baca juga: Tarif Parkir di Pusat Kota Naik", "22/11/2026"),
    ("Oleh Luca Ferraris", "Lees ook: Parkeertarief binnenstad omhoog", "22 november 2026")])
def test_italian_indonesian_dutch_bylines_inline_links_and_dates(byline: str, link: str, date: str) -> None:
    text = "\n\n".join(["Il Comune apre una nuova biblioteca nel quartiere", byline, date, IT[0], link, IT[1]]) + "\n"
    art = extract_text(text)
    assert (art.paragraphs, art.author, art.published) == (IT, "Luca Ferraris", "2026-11-22")


def test_prose_opening_with_di_is_kept_and_names_nobody() -> None:
    line = "Di fronte alla scuola sono stati piantati dieci alberi."
    art = extract_text("\n\n".join(["Il Comune apre una nuova biblioteca nel quartiere", line, IT[0], IT[1]]) + "\n")
    assert (art.paragraphs[0], art.author) == (line, None)


def test_bilingual_dump_restores_the_chinese_lines_folded_marks_only() -> None:
    from pipeline.api import clean_text
    en = "The total length of the city's greenways has exceeded 500 kilometers, linking parks, wetlands and old streets."
    text = "\n\n".join(["久久精品国产免费观看-日韩精品一区二区三区", "双语新闻:城市绿道总长突破500公里", "我市绿道总长度日前突破500公里,串联起沿江公园、湿地和历史街区。",
                       en, "市园林局表示,明年还将新建绿道60公里,串联更多公园。", en]) + "\n"
    rec = clean_text(text)
    assert rec.title == "双语新闻：城市绿道总长突破500公里"
    assert rec.text is not None and rec.text.split("\n") == ["我市绿道总长度日前突破500公里，串联起沿江公园、湿地和历史街区。", en,
                                                              "市园林局表示，明年还将新建绿道60公里，串联更多公园。", en]


def test_an_english_heading_opening_with_door_names_nobody() -> None:
    lines = ["How to replace a car's tailgate struts", "Door Check Gas Springs", "Lift supports wear out after some years.",
             "Replace both at once so the load stays even."]
    art = extract_text("\n\n".join(lines) + "\n")
    assert art.author is None and "Door Check Gas Springs" in art.paragraphs


def test_a_one_sentence_paragraph_after_an_inline_related_link_stays() -> None:
    ja = ["市交通局は２６日、来年４月から市営バスの深夜便を増便すると発表した。", "交通局によると、会社員などから増便を求める声が多く寄せられていたという。"]
    html = (f'<html><body><article><h1>市営バス、来春から深夜便を増便</h1><div class="article-body"><p>{ja[0]}</p><p>{ja[0]}</p>'
            f'<p class="related">【関連記事】<a>市営地下鉄、終電を延長へ</a></p><p>{ja[1]}</p></div></article></body></html>')
    assert extract_html(html).paragraphs == [ja[0], ja[0], ja[1]]


def test_the_links_under_a_related_heading_still_go() -> None:
    text = _dump(tail="相关阅读\n\n我市新增三条公交线路\n\n城东菜市场完成提升改造\n")
    assert extract_text(text).paragraphs == [FIRST, SECOND]


def test_video_box_title_polish_author_label_ukrainian_date_korean_paper_lead() -> None:
    assert extract_text(_dump("【视频】一老一小 民生关切")).paragraphs == [FIRST, SECOND]
    pl = ["Nowy park nad rzeką zostanie otwarty dla mieszkańców jeszcze przed świętami.", "Koszt inwestycji wyniósł 18 mln zł."]
    assert extract_text("\n\n".join(["Miasto otworzy nowy park nad rzeką", "Autor: Tomasz Zieliński", *pl]) + "\n").author == "Tomasz Zieliński"
    ua = ["У середу в центрі міста відкрили нову дитячу бібліотеку.", "У фонді бібліотеки понад п'ятнадцять тисяч книжок."]
    assert extract_text("\n\n".join(["У місті відкрили нову бібліотеку", "25 листопада 2026, 11:20", *ua]) + "\n").published == "2026-11-25T11:20:00"
    ko = ["[서울신문] 서울시가 다음 달부터 한파 쉼터 500곳을 운영한다고 27일 밝혔다.", "한파 쉼터는 주민센터와 경로당 등에 마련된다."]
    assert extract_text("\n\n".join(["서울시, 겨울철 한파 쉼터 500곳 운영", *ko]) + "\n").publisher == "서울신문"


def test_a_glossed_dump_with_two_folded_commas_and_no_full_width_one_gets_its_line_end_colon_back() -> None:
    from pipeline.api import clean_text
    body = ["第五届江城读书节将于12月5日至7日在市图书馆举行,主要活动安排如下:", "12月5日 14:00　作家见面会:写给孩子的诗",
            "所有活动免费向市民开放,部分活动需通过公众号提前预约。"]
    rec = clean_text("\n\n".join(["久久精品国产免费观看-日韩精品一区二区三区", "第五届江城读书节本周六开幕", *body]) + "\n")
    assert rec.text == "\n".join(["第五届江城读书节将于12月5日至7日在市图书馆举行，主要活动安排如下：", "12月5日 14:00　作家见面会：写给孩子的诗",
                                  "所有活动免费向市民开放，部分活动需通过公众号提前预约。"])


def test_one_folded_comma_is_too_little_to_call_a_text_folded() -> None:
    from pipeline.api import clean_text
    body = ["活动安排如下:", "所有活动免费向市民开放,部分活动需通过公众号提前预约。", "读书节由市图书馆和市作家协会共同主办。"]
    rec = clean_text("\n\n".join(["第五届江城读书节本周六开幕", *body]) + "\n")
    assert rec.text is not None and rec.text.startswith("活动安排如下:")


def test_a_byline_of_short_names_under_the_headline_moves_no_title() -> None:
    text = "\n\n".join([HEADLINE, "记者 张三 李四", "一、总体要求", FIRST, SECOND]) + "\n"
    art = extract_text(text)
    assert art.title == HEADLINE and art.paragraphs[-2:] == [FIRST, SECOND]


VI = ["Sáng 24/11, tuyến xe buýt điện nối sân bay chính thức đi vào hoạt động.", "Tuyến dài 28 km, có 14 điểm dừng."]


def test_a_vietnamese_writers_name_closing_the_article_is_the_author() -> None:
    art = extract_text("\n\n".join(["Thời sự > Giao thông", "Tuyến buýt điện đầu tiên nối sân bay với trung tâm", *VI, "Trần Minh Anh", "Nguồn: Báo Phố Thị"]) + "\n")
    assert (art.paragraphs, art.author) == (VI, "Trần Minh Anh")
    html = (f'<html><body><div class="header">Báo Phố Thị</div><h1>Tuyến buýt điện đầu tiên nối sân bay</h1><article>{"".join(f"<p>{p}</p>" for p in VI)}'
            '<p style="text-align:right"><strong>Trần Minh Anh</strong></p></article></body></html>')
    art = extract_html(html)
    assert (art.paragraphs, art.author) == (VI, "Trần Minh Anh")


def test_a_site_name_above_the_headline_or_an_english_name_line_is_no_closing_byline() -> None:
    html = (f'<html><body><div class="header">Báo Phố Thị</div><h1>Tuyến buýt điện đầu tiên nối sân bay</h1><article>{"".join(f"<p>{p}</p>" for p in VI)}'
            '</article><div class="footer">Báo Phố Thị</div></body></html>')
    assert extract_html(html).author is None
    en = ["The island council voted to keep the ferry running.", "Fares will stay the same."]
    assert extract_text("\n\n".join(["Ferry to keep running", *en, "John Smith"]) + "\n").paragraphs == [*en, "John Smith"]


def test_wechat_header_and_end_screen_toutiao_report_line_and_baijiahao_account_line() -> None:
    text = _dump(head="", info="原创 汪洋 乡村振兴报 2026-11-30 08:00 发表于江苏\n\n收录于合集 #乡村振兴 12个",
                 tail="\n\n".join(["预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", "知道了", "取消 允许", "举报/反馈"]) + "\n")
    assert extract_text(text).paragraphs == [FIRST, SECOND]
    assert extract_text(_dump(head="百家号\n\n", info="江城晚报\n\n2026-11-25 10:12\n\n江城晚报官方账号")).paragraphs == [FIRST, SECOND]


def test_a_home_crumb_menu_over_a_shorter_headline_and_zhihus_edit_line() -> None:
    text = _dump(head="首页 知乎知学堂 发现 等你来答\n\n", tail="编辑于 2026-08-16 21:05・IP 属地江苏\n")
    art = extract_text(text)
    assert (art.title, art.paragraphs) == (HEADLINE, [FIRST, SECOND])


def test_prose_saying_got_it_or_cancel_is_kept() -> None:
    line = "知道了这个消息后，居民们纷纷报名参加。"
    assert extract_text(_dump(line)).paragraphs == [FIRST, line, SECOND]
