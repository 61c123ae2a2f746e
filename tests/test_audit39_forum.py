# ruff: noqa: E501
"""Audit39's forum fixes: a PTT-style BBS post of a news story (the board's 新聞 form: 1.媒體來源 … 4.完整新聞內文
… 5.完整新聞連結, 推文 under it), its text laid out in lines the BBS screen's stylesheet keeps (white-space:
pre-wrap). The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

TITLE = "台鐵春節加開列車 車票12月9日開放網路訂票"
PARAS = ("（記者李承翰／台北報導）臺灣鐵路公司今天公布春節疏運計畫，116年2月4日至2月15日共加開312班次，春節車票將於12月9日凌晨0時開放網路訂票。",
         "台鐵表示，今年首度把新型城際列車全數投入東部幹線，花東地區每日可增加約1萬2000個座位；訂票後須在2日內完成付款及取票。",
         "台鐵也提醒，近期有不肖人士假冒客服進行詐騙，民眾如接獲可疑電話，應撥打165反詐騙專線查證。")


def _post(form: str) -> str:
    meta = "".join(f'<div class="article-metaline"><span class="article-meta-tag">{k}</span><span class="article-meta-value">{v}</span></div>'
                   for k, v in (("作者", "kimo520 (小K)"), ("標題", f"[新聞] {TITLE}"), ("時間", "Tue Dec  1 10:30:12 2026")))
    return (f'<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>[新聞] {TITLE} - 看板 Gossiping - 批踢踢實業坊</title>'
            f'<meta property="og:title" content="{TITLE}"></head><body><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a>'
            f'<a class="board" href="/bbs/Gossiping/index.html">Gossiping</a></div><div id="main-container"><div id="main-content" class="bbs-screen bbs-content">{meta}\n{form}'
            '--\n<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 111.243.12.34 (臺灣)\n</span>'
            '<div class="push"><span class="hl push-tag">推 </span><span class="f3 hl push-userid">abc123</span><span class="f3 push-content">: 推</span><span class="push-ipdatetime"> 12/01 10:35\n</span></div>'
            '</div></div></body></html>')


FORM = ("1.媒體來源:\n台灣即時新聞網\n\n2.記者署名:\n李承翰\n\n3.完整新聞標題:\n" + TITLE + "\n\n4.完整新聞內文:\n" + "\n\n".join(PARAS)
        + "\n\n5.完整新聞連結 (或短網址):\nhttps://news.example.tw/a/1\n\n6.備註:\n天氣變化大，大家注意\n\n")


def test_a_bbs_news_forms_story_is_its_body_and_its_fields_are_the_metadata() -> None:
    """The form's 4.完整新聞內文 holds the story, one paragraph a line; 媒體來源 is the publisher, 記者署名 the
    author; the form's labels, the link, the poster's 備註, the signature and the 推文 are the forum's."""
    rec = clean_html(_post(FORM))
    assert rec.text == "\n".join(PARAS)
    assert (rec.title, rec.publisher, rec.author) == (TITLE, "台灣即時新聞網", "李承翰")
    assert any("天氣變化大" in c.before for c in rec.changes)


def test_a_form_without_a_reporter_gives_no_author() -> None:
    """記者署名 left 無 (a 本報訊 story) names no one."""
    form = FORM.replace("李承翰\n\n3.", "無\n\n3.").replace("（記者李承翰／台北報導）", "【本報訊】")
    rec = clean_html(_post(form))
    assert rec.text == "\n".join(PARAS).replace("（記者李承翰／台北報導）", "【本報訊】") and rec.author is None


def test_a_bbs_post_without_the_form_keeps_its_lines() -> None:
    """A post in its own words keeps every line of the screen, each a paragraph, and no form's rule drops one
    (the BBS signature and 推文 under it are left: not this fix)."""
    rec = clean_html(_post("\n".join(PARAS) + "\n\n"))
    assert rec.text.startswith("\n".join(PARAS) + "\n")
