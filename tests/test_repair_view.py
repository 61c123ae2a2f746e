"""Repairing an HTML page through its text view: the same page as repairing all of it, replayable."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.decode import decode_bytes
from pipeline.record import Change, Edit
from pipeline.repair import apply_plan, repair_text
from pipeline.repair.view import JOINT, map_changes, text_view

from .helpers import FIXTURES

HTML_PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if (p / "source.bin").is_file()
                    and b"<" in (p / "source.bin").read_bytes()[:2000])

PAGE = (
    "<html><head><title>網絡安全(ānquán)新規</title><style>p::before{content:'\u200b'}</style>"
    "<script>var tip = '點擊(diǎnjī)';</script></head><body>"
    "<div class=nav><a href=/>Home</a></div>" + '<div class="ad-slot"><span class="ad"></span></div>' * 40 +
    "<p>\u3000\u3000國(guó)家網(wǎng)絡(luò)信息辦公室發佈了新規定,要求各地加強軟(ruǎn)件(jiàn)管理。各地部門應當在本月底前完成自查。</p>"
    "<p>Written<!-- -->\u00a0by a reporter</p></body></html>"
)


def test_view_keeps_text_near_non_ascii_and_drops_styles() -> None:
    view = text_view(PAGE)
    assert "網絡安全" in view.text and "點擊" in view.text  # the title and the script holding CJK
    assert "content:" not in view.text  # style sheets are never repaired
    assert "ad-slot" not in view.text  # ASCII far from any non-ASCII text
    assert len(view.text) < len(PAGE) / 2
    assert view.text.split(JOINT)[0].startswith("<title>")  # a stretch starts with the tag before it


def test_view_repair_equals_whole_page_repair_but_leaves_style_sheets_alone() -> None:
    whole = repair_text(PAGE)
    viewed = repair_text(PAGE, html=True)
    assert viewed.text == whole.text.replace("content:''", "content:'\u200b'")
    assert viewed.script == whole.script == "simplified"
    assert "网络信息办公室发布了新规定，要求各地加强软件管理。" in viewed.text
    assert apply_plan(PAGE, viewed.changes) == viewed.text
    assert "Written<!-- --> by" in viewed.text  # an NBSP after a comment is inner, not an indent
    assert "'\u200b'" in viewed.text  # inside the style sheet: not text, left alone


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: p.name)
def test_golden_pages_repair_the_same_through_the_view(page: Path) -> None:
    html = decode_bytes((page / "source.bin").read_bytes(), None).text
    whole, viewed = repair_text(html), repair_text(html, html=True)
    assert viewed.text == whole.text
    assert [c.rule for c in viewed.changes] == [c.rule for c in whole.changes]
    assert apply_plan(html, viewed.changes) == viewed.text


def test_an_edit_across_a_joint_cannot_be_mapped() -> None:
    page = "<p>第一段</p>" + "x" * 200 + "<p>第二段</p>"
    view = text_view(page)
    joint = view.text.index(JOINT)
    across = Edit(joint - 1, joint + 2, view.text[joint - 1 : joint + 2], "")
    crossing = Change("repair", "replace", "test", "", edits=(across,))
    assert map_changes(view, [crossing]) is None
    inside = Change("repair", "replace", "test", "", edits=(Edit(joint + 4, joint + 5, view.text[joint + 4], "二"),))
    mapped = map_changes(view, [inside])
    assert mapped is not None and page[mapped[0].edits[0].start] == view.text[joint + 4]


def test_cyrillic_link_text_is_not_big5_read_as_gbk() -> None:
    # "инотв" is GBK's reading of the Big5 bytes of five common ideographs: without an ideograph in
    # the text that reading is no evidence.
    line = '<a href="//example.ru/inotv">инотв</a><a href="//example.ru/">rтд</a>'
    assert repair_text(line).changes == []


def test_a_ruby_run_across_a_scanning_block_is_one_stretch() -> None:
    readings = zip("網絡安全", ("wǎng", "luò", "ān", "quán"), strict=True)
    ruby = "".join(f"<ruby>{c}<rp>(</rp><rt>{p}</rt><rp>)</rp></ruby>" for c, p in readings)
    for pad in range(0, 1100, 7):  # every alignment of the run against the 1,024-character blocks
        page = "<p>" + "x" * pad + "</p><p>" + ruby * 20 + "</p>"
        assert len(text_view(page).spans) == 1, pad


_PIECES = st.sampled_from([*"<>/p =\"' \n中國文(zhōng)\u00a0\u3000,.?Ã©",
                           "<script>", "</script>", "<style>", "</style>", "<p>", "</p>", "<!--", "-->"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_view_repair_always_replays_on_the_page(page: str) -> None:
    result = repair_text(page, html=True)
    assert apply_plan(page, result.changes) == result.text
