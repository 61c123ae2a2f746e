# ruff: noqa: E501
"""Audit16's fixes (boilerplate inside the article body): the texts are our own; each test failed before
its fix. Body paragraphs a theme names "...-copy" stay; a listen widget, a Ghost link card, WordPress's
Simple Author Box, "continues after the ad" lines, a TOC head with its toggle, a 资料图 note, messaging
promos go; the short lines after a box of teaser cards are not items of it."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html

PARAS = ["The diesel ferry that has carried passengers between the quay and the island since 1986 will be retired next spring.",
         "The new boat can carry 240 passengers and twelve cars, and it will recharge at the quay during the turnaround.",
         "Island residents have long complained about breakdowns on the old ferry, which failed nine times last winter.",
         "The council says the electric ferry will cost about a third less to run than the one it replaces."]


def _page(inner: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Island ferry goes electric | Harbor Times</title></head><body>'
            '<header><a class="logo" href="/">Harbor Times</a><nav><a href="/a">Local</a> <a href="/b">Sport</a></nav></header>'
            f'<article><h1>Island ferry goes electric</h1><div class="article-body">{inner}</div></article>'
            '<footer>© 2026 Harbor Times</footer></body></html>')


def _ps(paras: list[str], cls: str = "") -> list[str]:
    return [f'<p class="{cls}">{p}</p>' if cls else f"<p>{p}</p>" for p in paras]


def _with(box: str, at: int = 2, cls: str = "") -> str:
    parts = _ps(PARAS, cls)
    return "".join([*parts[:at], box, *parts[at:]])


@pytest.mark.parametrize("cls", ["wpds-c-cYdRxM overrideStyles font-copy", "article-copy", "field--name-field-copy"])
def test_paragraphs_a_theme_names_copy_are_kept(cls: str) -> None:
    assert extract_html(_page("".join(_ps(PARAS, cls)))).paragraphs == PARAS


@pytest.mark.parametrize("box", [
    '<div class="trinity-tts-pb"><div>Getting your Trinity Audio player ready...</div></div>',
    '<div class="audio-player"><button>Artikel anhören</button><span>3 Min.</span><span>Diese Audioversion wurde künstlich erzeugt.</span></div>',
    '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/x"><div class="kg-bookmark-title">What happens to a depot</div>'
    '<div class="kg-bookmark-description">The depot stood empty for six years. Here is how it was saved.</div></a></figure>',
    '<div class="saboxplugin-wrap"><div class="saboxplugin-authorname"><a href="/author/g">Grace Whitfield</a></div><div class="saboxplugin-desc"><p>Grace Whitfield covers '
    'transport and the coast. She has reported from the islands since 2015 and lives on the island with two cats and a leaky rowing boat, '
    'which she rows to work on calm days and to the ferry on the others.</p></div></div>',
    '<p>This story has been updated with comment from the county council.</p>',
    '<p class="note">Continua após a publicidade</p>',
    "<p>L'articolo continua sotto</p>",
    '<p><strong>🔔 Receba as notícias da região no WhatsApp</strong></p>',
    '<p><strong>Simak Video "Warga Membangun Rumah Panggung"</strong><br>[Gambas:Video 20detik]</p>',
    '<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Harian Rakyat WhatsApp Channel: '
    'https://whatsapp.com/channel/xyz. Pastikan kamu sudah install aplikasi WhatsApp ya.</p>',
])
def test_widgets_and_promos_between_paragraphs_are_dropped(box: str) -> None:
    assert extract_html(_page(_with(box))).paragraphs == PARAS


@pytest.mark.parametrize("head", ["目次 [非表示]", "Contents [hide]"])
def test_a_toc_head_with_its_toggle_is_dropped(head: str) -> None:
    toc = f'<div id="toc_container"><p class="toc_title">{head}</p><ul class="toc_list"><li><a href="#a">First part</a></li><li><a href="#b">Second part</a></li></ul></div>'
    assert extract_html(_page(toc + "".join(_ps(PARAS)))).paragraphs == PARAS


def test_a_file_photo_note_is_dropped() -> None:
    zh = ["本市地铁5号线南延段今天上午正式开通运营，新增车站六座，线路全长延伸至二十九公里。",
          "南延段穿过城南三个大型居住区，此前这些小区的居民进城需要先乘公交再换乘地铁。",
          "据测算，南延段开通后，沿线居民进城通勤时间平均缩短约半小时。"]
    inner = f"<p>{zh[0]}</p><p>{zh[1]}</p><p>（资料图。图片来源：视觉中国）</p><p>{zh[2]}</p>"
    assert extract_html(_page(inner, "zh-CN")).paragraphs == zh


def test_lines_after_a_box_of_teaser_cards_are_not_its_items() -> None:
    """A live blog's "Key events" list (all-link cards) above the entries: the first entry's time and
    title stay."""
    entries = [("08:02", "Engineers on site since dawn", "Engineers have been at the campus stop since six this morning checking the line."),
               ("09:15", "First test run completed", "An empty tram has completed a test run along the whole extension without problems."),
               ("10:00", "Line open to passengers", "The extension is now open, and the first passengers are on their way to the campus.")]
    box = ('<div class="key-events"><h2>Key events</h2><ul>' + "".join(f'<li><a href="#b{i}">{t} {h}</a></li>' for i, (t, h, _) in enumerate(entries))
           + "</ul></div>")
    blocks = "".join(f'<div class="block"><p class="block-time"><time>{t}</time></p><h3>{h}</h3><p>{x}</p></div>' for t, h, x in entries)
    assert extract_html(_page(box + blocks)).paragraphs == [y for e in entries for y in e]


@pytest.mark.parametrize("quote", [
    f'<figure class="wp-block-pullquote"><blockquote><p>{PARAS[2]}</p><cite>Harbour master</cite></blockquote></figure>',
    '<blockquote class="pull-quote"><p>“Island residents have long complained about breakdowns on the old ferry”</p></blockquote>',
])
def test_a_pull_quote_repeating_the_article_goes_with_its_name(quote: str) -> None:
    assert extract_html(_page(_with(quote, at=3))).paragraphs == PARAS


def test_a_quote_box_saying_something_new_stays() -> None:
    letter = "We regret that the crossing will be suspended until further notice, and ask passengers to keep their tickets."
    quote = f'<blockquote class="wp-block-quote"><p>{letter}</p></blockquote>'
    assert extract_html(_page(_with(quote, at=3))).paragraphs == [*PARAS[:3], letter, *PARAS[3:]]


@pytest.mark.parametrize("line", ["5 min read·Nov 20, 2026", "3 MIN. READ", "📝", "★★★"])
def test_a_reading_time_and_a_lone_icon_are_dropped(line: str) -> None:
    assert extract_html(_page(_with(f"<p>{line}</p>", at=0))).paragraphs == PARAS


def test_marks_in_a_table_cell_and_a_diagram_stay() -> None:
    table = "<table><tr><th>Route</th><th>Step-free</th></tr><tr><td>Quay line</td><td>✓</td></tr><tr><td>Hill line</td><td>—</td></tr></table>"
    rows = ["Route Step-free", "Quay line ✓", "Hill line —"]
    assert extract_html(_page(_with(table, at=2))).paragraphs == [*PARAS[:2], *rows, *PARAS[2:]]
    assert extract_html(_page(_with("<p>└→</p>", at=2))).paragraphs == [*PARAS[:2], "└→", *PARAS[2:]]


def test_a_correction_note_stays() -> None:
    notes = ["This story has been updated to correct the capacity of the new ferry.",
             "Correction: An earlier version of this article gave the wrong capacity for the new ferry. It carries 240 passengers, not 420."]
    for note in notes:
        assert extract_html(_page(_with(f"<p><i>{note}</i></p>", at=4))).paragraphs == [*PARAS, note]


@pytest.mark.parametrize("line", ["Advertisement - Scroll to continue", "Article continues after advertisement", "Weiterlesen nach der Anzeige",
                                  "La suite après cette publicité", "Continúa después de la publicidad", "Sponsored", "Reklama",
                                  "(Image credit: Future)", "Sakib Ali/Hindustan Times/Getty Images", "Subscribe to our newsletter", "Copy link"])
def test_ad_notes_credits_and_buttons_between_paragraphs_are_dropped(line: str) -> None:
    assert extract_html(_page(_with(f"<p>{line}</p>"))).paragraphs == PARAS


def test_a_sentence_about_advertising_stays() -> None:
    line = "Advertising will continue."
    assert extract_html(_page(_with(f"<p>{line}</p>"))).paragraphs == [*PARAS[:2], line, *PARAS[2:]]


@pytest.mark.parametrize("line", ["この記事の写真を見る（5枚）", "スポンサーリンク", "▼関連記事", "[사진=한빛시]", "구독하기", "制图：王芳", "Ảnh: Minh Anh",
                                  "Bild: Jan Müller", "Crédit photo : Jean Martin", "Écouter cet article", "Ascolta l'articolo",
                                  "Artikel teilen", "Watch on YouTube", "View this post on Instagram", "A post shared by Harbor Times (@harbortimes)",
                                  'Читайте по теме: <a href="/x">Стену порта отремонтируют</a>', "SCROLL TO RESUME CONTENT"])
def test_more_languages_widget_lines_are_dropped(line: str) -> None:
    assert extract_html(_page(_with(f"<p>{line}</p>"))).paragraphs == PARAS


def test_an_up_next_section_of_a_sports_story_stays() -> None:
    tail = ["UP NEXT", "Harbor: Host the Islanders on Friday.", "Islanders: Visit the Harbor on Friday."]
    inner = "".join(f"<p>{p}</p>" for p in [*PARAS, *tail])
    assert extract_html(_page(inner)).paragraphs == [*PARAS, *tail]


@pytest.mark.parametrize("box", [
    '<div class="video-player"><p>This video is not available in your region.</p></div>',
    '<div class="jw-player"><p>Loading video...</p></div>',
    '<div class="donate"><p>If you value our reporting, please consider a donation to keep it free for everyone.</p></div>',
    '<div class="author-card"><p>Dana Reyes is a reporter covering the islands and the coast for the Harbor Times since 2018.</p></div>',
    '<div class="native-ad"><p>Paid Post: Five ways to save on your energy bill this winter</p></div>',
])
def test_player_donation_author_and_native_ad_boxes_are_dropped(box: str) -> None:
    assert extract_html(_page(_with(box))).paragraphs == PARAS


def test_a_factbox_and_an_editors_note_box_stay() -> None:
    fact = '<div class="factbox"><h3>The new ferry in numbers</h3><ul><li>240 passengers</li><li>12 cars</li></ul></div>'
    note = "Editor's note: This is the first of three stories about the islands' transport."
    got = extract_html(_page(f'<div class="editor-note"><p><em>{note}</em></p></div>' + _with(fact))).paragraphs
    assert got == [note, *PARAS[:2], "The new ferry in numbers", "240 passengers", "12 cars", *PARAS[2:]]


@pytest.mark.parametrize("line", ["更多精彩内容，请下载江城新闻客户端", "戳这里 ↓↓↓", "（图源：视觉中国）", "题图：地铁站台", "推广", "往期精彩：", "你可能感兴趣的", "听新闻", "【我要纠错】"])
def test_chinese_portal_widget_lines_are_dropped(line: str) -> None:
    zh = ["本市地铁5号线南延段今天上午正式开通运营，新增车站六座，线路全长延伸至二十九公里。",
          "南延段穿过城南三个大型居住区，此前这些小区的居民进城需要先乘公交再换乘地铁。",
          "据测算，南延段开通后，沿线居民进城通勤时间平均缩短约半小时。"]
    inner = f"<p>{zh[0]}</p><p>{zh[1]}</p><p>{line}</p><p>{zh[2]}</p>"
    assert extract_html(_page(inner, "zh-CN")).paragraphs == zh


@pytest.mark.parametrize("line", ["Font size matters more than you think on a ferry timetable.", "This article is more than a review of the ferry.",
                                  "Copy link cables were laid to the island in 1998, the council said."])
def test_prose_opening_with_widget_words_stays(line: str) -> None:
    assert extract_html(_page(_with(f"<p>{line}</p>"))).paragraphs == [*PARAS[:2], line, *PARAS[2:]]
