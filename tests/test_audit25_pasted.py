# ruff: noqa: E501
"""Audit25's fixes for articles copied from a browser window into a text file: the site's menu comes along
one item a line above the headline, and a share bar one button a line under the article. The texts are our
own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text

EN_TITLE = "Harbour seawall repairs finish six weeks early"
EN = ["Repairs to the stretch of seawall that collapsed during the January storms have been completed six weeks ahead of schedule, the town council said on Thursday.",
      "Contractors replaced 120 metres of the Victorian wall with precast concrete units faced in the original granite blocks."]
ES_TITLE = "Una cooperativa de panaderos recupera el horno de leña del pueblo"
ES = ["Seis panaderos de Villanueva del Valle han formado una cooperativa para volver a encender el antiguo horno de leña de la plaza, cerrado desde 1998.",
      "El ayuntamiento les ha cedido el local por diez años a cambio de que vendan pan a precio reducido a los vecinos mayores de setenta años."]
ZH_TITLE = "老城区建成四十处雨水花园 暴雨时积水点减少七成"
ZH = ["记者从市水务部门获悉，去年以来，该市在老城区背街小巷建成四十处雨水花园，利用下凹绿地和透水铺装收集、下渗屋面与路面雨水。",
      "据介绍，今年该市计划再建设六十处雨水花园，并将养护责任落实到街道和社区。"]


def test_a_copied_menu_one_item_a_line_above_the_headline_is_the_header() -> None:
    """The header's labels may be many when they are a menu's items; the headline under them is the title,
    and the byline and date under it are still read."""
    lines = ["Skip to main content", "Menu", "Search", "Subscribe", "Sign in", "The Harbour Gazette", "News", "Sport", "Business",
             "Opinion", "Home › News › Local", EN_TITLE, "By Tom Bellamy", "Thursday 10 March 2016, 9:30 am", "Share", *EN]
    rec = clean_text("\r\n".join(lines))
    assert (rec.title, rec.text, rec.author, (rec.published or "")[:10]) == (EN_TITLE, "\n".join(EN), "Tom Bellamy", "2016-03-10")
    lines = ["Ir al contenido", "El Diario del Valle", "Portada", "Comarca", "Deportes", "Opinión", "Suscríbete", "Iniciar sesión",
             ES_TITLE, "Por Carmen Ruiz", "7 de noviembre de 2016 - 08:00", *ES]
    rec = clean_text("\r\n".join(lines))
    assert (rec.title, rec.text, rec.author) == (ES_TITLE, "\n".join(ES), "Carmen Ruiz")


def test_short_lines_of_a_body_after_a_label_stay_text() -> None:
    """Without a headline line between the labels and the body, nothing moves."""
    lines = ["The Harbour Gazette", "News", EN_TITLE, "Thursday 10 March 2016", "Tides were high.", "Wind was low.", "Nobody was hurt.", "Rain came later.", *EN]
    rec = clean_text("\n".join(lines))
    assert rec.title == EN_TITLE and rec.text == "\n".join(["Tides were high.", "Wind was low.", "Nobody was hurt.", "Rain came later.", *EN])


def test_a_share_bars_buttons_one_a_line_are_dropped_with_it() -> None:
    lines = ["首页 > 新闻中心 > 正文", ZH_TITLE, "2016-03-12 10:21 来源：新华社", *ZH, "分享到：", "微信", "微博", "QQ空间", "相关新闻"]
    assert clean_text("\n".join(lines)).text == "\n".join(ZH)
    alone = [*ZH, "微信"]  # a network's name alone after the body, without the bar, is text
    assert clean_text("\n".join([ZH_TITLE, "2016-03-12 来源：新华社", *alone])).text == "\n".join(alone)
