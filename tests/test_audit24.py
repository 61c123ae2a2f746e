# ruff: noqa: E501
"""Audit24's fixes (seed-like and real-site pages in several languages): the texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text

HARBOR = ["Residents of Port Ellery voted 412 to 188 on Tuesday to convert the town’s shuttered ferry terminal into a public library.",
          "Town manager Rosa Whitcomb said design work would begin this summer, and the move is expected in early 2028."]


def _dump(paras: list[str], tail: list[str], head: str = "Home » News » Local", title: str = "Harbor town votes to turn old ferry terminal into a library") -> str:
    return "\n\n".join([head, title, *paras, *tail])


def test_a_share_bar_naming_networks_under_its_label_is_dropped() -> None:
    """WordPress's `Share this:` is followed by the buttons' names on a line of their own; a Korean
    portal's bar names its networks after 공유하기."""
    rec = clean_text(_dump(HARBOR, ["Share this:", "Facebook Twitter Email Print", "Like this:", "Like Loading..."]))
    assert rec.text == "\n".join(HARBOR)
    ko = ["남해안의 작은 섬마을 우체국이 이달부터 드론을 이용한 택배 배송을 시작했다.", "우체국은 무게 5킬로그램 이하의 소포를 대상으로 하루 세 차례 드론을 띄운다."]
    rec = clean_text(_dump(ko, ["공유하기 카카오톡 페이스북 트위터 URL복사"], head="홈 > 뉴스 > 사회", title="섬마을 우체국, 드론으로 택배 배송 시작"))
    assert rec.text == "\n".join(ko)


def test_a_line_naming_one_network_is_text() -> None:
    paras = [*HARBOR, "Email"]
    assert clean_text(_dump(paras, [])).text == "\n".join(paras)


def test_a_long_comment_under_its_author_and_date_is_dropped_with_the_thread() -> None:
    mill = ["El Ayuntamiento de Alcañiz ha terminado la restauración del antiguo molino harinero junto al río Guadalope.",
            "A partir de junio, el molino abrirá los fines de semana con visitas guiadas y una pequeña exposición."]
    tail = ["2 comentarios", "Pedro G. 2 mayo, 2026 at 11:14", "¡Qué alegría verlo en marcha otra vez! Mi abuelo trabajó allí muchos años.",
            "Responder", "Deja una respuesta"]
    rec = clean_text(_dump(mill, tail, head="Inicio » Noticias » Cultura", title="Alcañiz recupera el molino harinero de la comarca"))
    assert rec.text == "\n".join(mill)


def test_a_day_first_languages_numeric_date_is_read_day_first() -> None:
    """02/05/2026 on a Spanish page is 2 May (an English page's may be American: still no date)."""
    mill = ["El Ayuntamiento de Alcañiz ha terminado la restauración del antiguo molino harinero junto al río Guadalope.",
            "Las obras han permitido recuperar la rueda hidráulica y las dos piedras de moler originales del edificio."]
    rec = clean_text(_dump(mill, [], head="Inicio » Noticias » Cultura", title="Alcañiz recupera el molino harinero de la comarca").replace(
        mill[0], "Por Marta Lázaro | 02/05/2026 - 09:45\n\n" + mill[0]))
    assert rec.text == "\n".join(mill)
    assert (rec.published or "")[:10] == "2026-05-02"
    rec = clean_text(_dump(HARBOR, []).replace(HARBOR[0], "By Daniel Pryce | 06/11/2026\n\n" + HARBOR[0]))
    assert rec.published is None


KO = ["남해안의 작은 섬마을 우체국이 이달부터 드론을 이용한 택배 배송을 시작했다. 배가 하루 두 번밖에 다니지 않는 섬이다.",
      "우체국은 무게 5킬로그램 이하의 소포를 대상으로 하루 세 차례 드론을 띄운다. 비가 많이 오는 날에는 배편으로 배송한다."]


def _ko_page(info: str, body: str, footer: str = "Copyright ⓒ 2026 뉴스모아. All rights reserved.") -> bytes:
    return ('<html lang="ko"><head><meta charset="utf-8"><title>섬마을 우체국, 드론으로 택배 배송 시작</title></head><body>'
            '<div class="crumb"><a href="/">홈</a> &gt; 사회</div><h1>섬마을 우체국, 드론으로 택배 배송 시작</h1>'
            f'<div class="info">{info}</div><div id="article-view-content-div">{body}</div>'
            f'<div class="footer">{footer}</div></body></html>').encode()


def test_a_korean_rights_notice_names_the_publisher_and_the_reporter_after_the_stamp_is_the_author() -> None:

    body = "".join(f"<p>{p}</p>" for p in KO) + "<p>&lt;저작권자 ⓒ 남해일보, 무단전재 및 재배포 금지&gt;</p>"
    rec = clean_html(_ko_page("<span>입력 2026.04.15 10:30</span> <span>김하늘 기자</span>", body))
    assert (rec.text, rec.publisher, rec.author) == ("\n".join(KO), "남해일보", "김하늘")
    rec = clean_html(_ko_page("입력 2026.04.15 10:30", "".join(f"<p>{p}</p>" for p in KO)))
    assert rec.publisher is None  # the site's own copyright line names no first publisher


def test_a_korean_caption_ending_in_its_photo_credit_is_dropped() -> None:

    cap = '<div class="photo"><img src="/p/drone.jpg"><br>▲ 섬마을 우체국 직원이 드론에 소포를 싣고 있다. 사진=남해일보</div>'
    rec = clean_html(_ko_page("입력 2026.04.15 10:30", cap + "<br><br>".join(KO)))
    assert rec.text == "\n".join(KO)


def test_a_narrow_space_between_two_words_is_a_space_but_french_and_digit_ones_stay() -> None:
    odd = [HARBOR[0].replace(" ", "\u202f", 1), HARBOR[1].replace(" ", "\u2009", 3)]
    assert clean_text(_dump(odd, [])).text == "\n".join(HARBOR)
    french = ["Le maire l’a confirmé\u202f: la bibliothèque ouvrira en 2028, pour 10\u202f000 lecteurs par an et plus encore.",
              "«\u202fC’est notre bâtiment\u202f», a-t-il dit devant les habitants réunis sur le port de la ville."]
    assert clean_text(_dump(french, [], head="Accueil » Actualités", title="La gare maritime deviendra une bibliothèque")).text == "\n".join(french)


def test_a_byline_box_with_date_and_outlet_after_bars_names_the_author_without_its_by() -> None:
    mill = ["El Ayuntamiento de Alcañiz ha terminado la restauración del antiguo molino harinero junto al río Guadalope.",
            "Las obras han permitido recuperar la rueda hidráulica y las dos piedras de moler originales del edificio."]
    page = ('<html lang="es"><head><meta charset="utf-8"><title>Alcañiz recupera el molino harinero</title></head><body>'
            '<h1>Alcañiz recupera el molino harinero</h1><div class="meta">Por Marta Lázaro | 02/05/2026 - 09:45 | Diario del Bajo Aragón</div>'
            '<div class="article-body">' + "".join(f"<p>{p}</p>" for p in mill) + "</div></body></html>")
    rec = clean_html(page.encode())
    assert (rec.text, rec.author, (rec.published or "")[:10]) == ("\n".join(mill), "Marta Lázaro", "2026-05-02")


def test_an_old_portals_bold_headline_cell_that_the_title_names_before_the_site_is_the_title() -> None:
    paras = ["在城南老街的拐角处，有一家不到六平方米的修表铺。66岁的周师傅每天早上七点半准时拉开卷帘门，开始一天的工作。",
             "周师傅18岁跟着师父学手艺，1986年在这条街上开了自己的铺子。四十年里，街上的店换了一茬又一茬。"]
    head = "老街区里的“修补匠”：一家修表铺的四十年"
    page = (f'<html><head><title>{head}-城南在线</title></head><body><table width="960"><tr><td class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></td></tr>'
            f'<tr><td align="center"><font size="5"><b>{head}</b></font></td></tr><tr><td align="center">2026年01月22日 07:30　来源：城南晚报</td></tr>'
            '<tr><td class="content">' + "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p + "<br>" for p in paras) + '</td></tr>'
            '<tr><td>版权所有 城南在线 Copyright &copy; 2003-2026</td></tr></table></body></html>')
    rec = clean_html(page.encode("gbk"))
    assert (rec.title, rec.text) == (head, "\n".join(paras))


def test_a_forum_trail_above_the_thread_ending_in_its_subject_is_a_breadcrumb() -> None:
    paras = ["记者从民政部门了解到，今年以来，多地在城市社区试点社区食堂模式，把助餐点和日间照料中心建在一起。",
             "在一处社区食堂，一份两荤一素的午餐售价12元，80岁以上老人还可享受每餐3元的补贴。"]
    head = "多地试点社区食堂 老人就餐更方便"
    page = ('<html><head><meta charset="utf-8"><title>' + head + ' - 社会新闻 - 江南论坛 - Powered by Discuz!</title></head><body>'
            f'<div id="pt"><a href="./">江南论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">社会新闻</a> <em>&rsaquo;</em> {head}</div>'
            '<div id="postlist"><div id="post_1"><table><tr><td class="pls"><a href="space-uid-7.html">热心网友</a></td>'
            f'<td class="plc"><div class="pi"><strong>楼主</strong> 发表于 2026-3-18 09:30:12</div><h1><span id="thread_subject">{head}</span></h1>'
            '<table><tr><td class="t_f" id="postmessage_1">' + "<br />\r\n".join(paras) + '</td></tr></table></td></tr></table></div>'
            '<div id="post_2"><table><tr><td class="pls"><a href="space-uid-9.html">小区业主</a></td><td class="plc"><div class="pi"><strong>沙发</strong> 发表于 2026-3-18 10:02:45</div>'
            '<table><tr><td class="t_f" id="postmessage_2">支持！我们小区也在建助餐点，希望早点开起来。</td></tr></table></td></tr></table></div></div>'
            '<div id="ft">GMT+8, 2026-3-19 08:15 , Processed in 0.052301 second(s), 21 queries .</div></body></html>')
    rec = clean_html(page.encode())
    assert (rec.title, rec.text) == (head, "\n".join(paras))


def test_a_japanese_outlet_in_kana_after_the_date_and_time_is_the_publisher() -> None:
    paras = ["みなと市の駅前商店街で、空き店舗を改装した子ども食堂が今月から開かれることになった。毎週水曜と土曜の夕方に開く。",
             "食材は市内の農家や鮮魚店から寄付を受けるほか、地元の高校生がボランティアとして配膳を手伝う。"]
    page = ('<html lang="ja"><head><meta charset="utf-8"><title>商店街の空き店舗に子ども食堂</title></head><body>'
            '<h1>商店街の空き店舗に子ども食堂</h1><div class="article-meta"><time>2026年3月4日 10:15</time>　<span class="src">みなと新報</span></div>'
            '<div class="article-body">' + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")
    rec = clean_html(page.encode())
    assert (rec.text, rec.publisher) == ("\n".join(paras), "みなと新報")
