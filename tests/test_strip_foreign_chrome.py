# ruff: noqa: E501
"""A short story in one language poured into the theme of a site written in another (audit43): the theme's
author bio, newsletter box, disclaimer or a popup holding a whole English article is as long as the story or
longer, and won the page or joined the story's box. The story's script (its headline's) or its language (the
stopwords of its first paragraphs) tells them apart. The pages are our own writing."""

from __future__ import annotations

from pipeline import clean_html

BIO = ("Martin Hale is a freelance writer with a passion for cycling infrastructure, urban planning and the quiet "
       "history of small towns. He studied geography in Leeds and worked for a decade as a transport planner before "
       "turning to journalism. His reporting has appeared in regional papers and trade magazines, and he now runs a "
       "newsletter about the streets people actually walk. When he is not writing he restores old bicycles in a shed "
       "behind his house and volunteers at the community repair cafe every other Saturday morning in town.")
NEWSLETTER = ("Get the best of our reporting delivered straight to your inbox every week. Sign up for our free "
              "newsletter and never miss a story about the places, people and ideas shaping the cities we live in.")
DISCLAIMER = ("The opinions expressed on this website are those of each author, not of the author's employer or of "
              "this publication. The publication does not guarantee the accuracy of the information on this site and "
              "is not responsible for any errors or omissions, or for the results obtained from the use of it. All "
              "content is provided as is, with no guarantee of completeness, accuracy or timeliness, and without "
              "warranty of any kind, express or implied, including but not limited to warranties of performance.")

KOREAN = ("마을 도서관, 주말에도 문 연다",
          ["시립 도서관이 다음 달부터 토요일과 일요일에도 오전 10시부터 오후 5시까지 문을 연다.",
           "도서관 측은 평일에 시간을 내기 어려운 직장인과 가족 이용자를 위해 운영 시간을 늘렸다고 설명했다.",
           "주말에는 어린이 열람실과 정기간행물 코너를 중심으로 운영하며, 대출은 무인 반납기로 처리한다.",
           "관장은 “이용자 설문에서 주말 개관 요청이 가장 많았다”고 말했다."])
RUSSIAN = ("В посёлке открыли новую библиотеку",
           ["В посёлке Озёрный открылась новая библиотека на первом этаже дома культуры. Книги передали жители и районный фонд.",
            "Заведующая Ирина Соколова рассказала, что в фонде уже более трёх тысяч книг, а по субботам будут проходить чтения для детей.",
            "Ремонт помещения обошёлся в 1,2 млн рублей, часть суммы собрали сами жители."])
SPANISH = ("La biblioteca del barrio abrirá también los domingos",
           ["La biblioteca municipal del barrio abrirá también los domingos a partir del próximo mes, según anunció el ayuntamiento.",
            "La directora explicó que muchas familias no tienen tiempo entre semana y que la encuesta a los usuarios lo dejó claro.",
            "Los domingos estarán abiertos la sala infantil y la hemeroteca, y el préstamo se hará con las máquinas de autoservicio.",
            "El horario ampliado costará unos 40.000 euros al año, que pagarán el ayuntamiento y la provincia a partes iguales."])


def _page(title: str, paras: list[str], aside: str, after: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Street Notes</title></head>
<body><header><a href="/">Street Notes</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/ideas/">Ideas</a></li>
<li><a href="/about/">About us</a></li></ul></nav></header>
<div class="layout"><h1>{title}</h1><section class="post-body">{body}</section>{after}
<section class="about"><h2>About the writer</h2><div class="col"><p>{aside}</p></div></section></div>
<footer><p><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></p></footer></body></html>""".encode()


def test_a_korean_story_is_chosen_over_an_english_bio_longer_than_it() -> None:
    title, paras = KOREAN
    rec = clean_html(_page(title, paras, BIO))
    assert rec.text == "\n".join(paras)
    assert rec.lang == "ko"


def test_a_russian_story_is_chosen_over_a_popup_holding_an_english_article() -> None:
    title, paras = RUSSIAN
    popup = "".join(f"<p>{BIO} {NEWSLETTER}</p>" for _ in range(3))
    rec = clean_html(_page(title, paras, NEWSLETTER, after=f'<div class="elementor-location-popup">{popup}</div>'))
    assert rec.text == "\n".join(paras)


def test_a_spanish_story_is_chosen_over_an_english_disclaimer_longer_than_it() -> None:
    title, paras = SPANISH
    rec = clean_html(_page(title, paras[:3], DISCLAIMER + " " + DISCLAIMER))
    assert rec.text == "\n".join(paras[:3])


def test_an_english_story_in_an_english_theme_keeps_its_quoted_foreign_line() -> None:
    title = "Twin towns share a harvest festival"
    paras = ["Visitors from the twin town in Spain joined the harvest festival on Saturday, bringing music and food.",
             "The mayor greeted them in their own language with a line she had practised for weeks before the visit.",
             "«Bienvenidos a nuestra casa, que es también la vuestra desde hace veinte años», dijo la alcaldesa.",
             "The festival ended with a shared meal in the square and a promise to meet again next autumn."]
    rec = clean_html(_page(title, paras, "Martin Hale writes about towns."))
    assert rec.text == "\n".join(paras)


def test_a_state_object_holding_an_english_article_does_not_replace_a_korean_story() -> None:
    """The site's JSON-LD still holds the English article the story replaced, three times its length: another
    article, not a longer copy of the visible one."""
    title, paras = KOREAN
    english = " ".join([BIO, NEWSLETTER, DISCLAIMER])
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{english}"}}</script>'
    page = _page(title, paras, "Street Notes").replace(b"</head>", ld.encode() + b"</head>")
    rec = clean_html(page)
    assert rec.text == "\n".join(paras)
    assert not [flag for flag in rec.flags if flag.rule == "body_from_structured_data"]


def test_a_greek_related_articles_head_is_related() -> None:
    title, paras = RUSSIAN
    links = '<p>Σχετικά άρθρα</p><ul><li><a href="/a">Νέοι ποδηλατόδρομοι στην πόλη</a></li><li><a href="/b">Έκτακτο δελτίο καιρού</a></li></ul>'
    rec = clean_html(_page(title, paras, "Street Notes", after=links))
    assert rec.text == "\n".join(paras)
    assert "Σχετικά άρθρα" in [c.before for c in rec.changes if c.rule == "heuristic:related"]


def test_an_english_article_under_a_chinese_headline_is_the_story() -> None:
    """A bilingual site titles its English articles in Chinese: the prose under the headline is not in its
    script, so nothing is chrome for being English (the whole article was dropped before)."""
    paras = [f"The county water bureau said on Tuesday that the new reservoir near the eastern hills will store enough "
             f"water for the dry season, and that farmers in {n} villages will get their first deliveries in May." for n in (3, 5, 7)]
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = f"""<html><head><meta charset="utf-8"><title>新水库下月蓄水_双语新闻</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/bilingual/">双语</a></div>
<div class="main"><h1>新水库下月蓄水</h1><div class="content">{body}</div></div>
<div class="side"><h3>热门文章</h3><ul><li><a href="/1">春季备耕全面展开</a></li><li><a href="/2">公交线路调整方案公布</a></li></ul></div>
<div class="foot">版权所有 双语新闻网</div></body></html>"""
    rec = clean_html(page.encode())
    assert rec.text == "\n".join(paras)
