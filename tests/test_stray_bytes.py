"""A byte the decode stage could not place (the rest of a character that lost its other byte) reaches the
repair stage, which restores the character only when the byte and the page settle it (audit23 mis01-mis08).

The articles were written for these tests.
"""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.decode import decode_bytes
from pipeline.record import Record, StrayByte, apply_plan
from pipeline.repair import repair_text

TITLE = "快递驿站搬进老粮站"
STORY = [
    "镇上的快递驿站本月搬进了老粮站的仓库，取件的队伍终于不用排到马路上。",
    "驿站负责人说，新址面积是原来的 3 倍，附近中学的志愿者也来帮忙。",
    "每天傍晚有两名志愿者帮助老人把包裹送到家门口。",
    '他们的约定建立在 "互相信任" 的基础上，大家学会了独立自主。',
]
STORY_JA = [
    "川沿いの桜並木が今年も見ごろを迎え、週末には多くの家族連れが訪れました。",
    "地元の商店会によると、桜並木の手入れは三十年前から住民が続けているということです。",
]


def _page(paras: list[str], charset: str, title: str = TITLE, lang: str = "zh-CN") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title></head>\n'
            f"<body>\n<article>\n<h1>{title}</h1>\n{body}\n</article>\n</body></html>\n")


def _damaged(page: str, codec: str, word: str, lost: str, keep: slice, prefix: bytes = b"") -> bytes:
    """``page`` in ``codec`` with ``lost`` (a character of ``word``, in its last occurrence) cut to the
    bytes ``keep`` selects, after ``prefix`` (b"?" for a lead byte lost to a question mark)."""
    data = page.encode(codec)
    at = data.rindex(word.encode(codec))
    spot = word.encode(codec)
    hurt = spot.replace(lost.encode(codec), prefix + lost.encode(codec)[keep], 1)
    return data[:at] + hurt + data[at + len(spot):]


def _body(record: Record) -> str:
    return record.text or ""


def test_a_lead_lost_to_a_question_mark_is_restored_when_the_page_repeats_the_pair() -> None:
    """驿 lost its lead to "?": its trail stands alone (U+FFFD after "?"); 驿站 recurs on the page."""
    page = _page(STORY, "gbk")
    data = _damaged(page, "gbk", "驿站负责人", "驿", slice(1, 2), b"?")
    decoded = decode_bytes(data)
    assert "?\ufffd站负责人" in decoded.text and len(decoded.strays) == 1
    record = clean_html(data)
    assert STORY[1] in _body(record)
    assert [c.rule for c in record.changes if c.rule == "stray_byte"] == ["stray_byte"]
    assert not [f for f in record.flags if f.rule == "replacement_chars"]


def test_a_dropped_byte_is_restored_when_pairs_on_both_sides_recur() -> None:
    """愿's lead dropped: the byte may be a lead or a trail (twice the candidates), so the pairs on both sides
    (志愿, 愿者) must recur, as they do."""
    page = _page(STORY, "gbk")
    for keep in (slice(1, 2), slice(0, 1)):  # its lead dropped, then its trail
        data = _damaged(page, "gbk", "两名志愿者", "愿", keep)
        assert "两名志\ufffd者" in decode_bytes(data).text
        record = clean_html(data)
        assert STORY[2] in _body(record)
        assert "\ufffd" not in _body(record)


def test_a_pair_one_side_repeats_by_chance_does_not_settle_a_byte_that_may_be_either() -> None:
    """在 (D4 DA) lost its trail before a space: D4 alone may be the lead of 在 or the trail of 自 (D7 D4), and
    立自 recurs (立自己), 立在 does not. With one letter neighbour the pair is no evidence: the U+FFFD stays,
    flagged, and no 自 is written."""
    data = _damaged(_page(STORY, "gbk"), "gbk", "建立在 ", "在", slice(0, 1))
    record = clean_html(data)
    assert "建立\ufffd \"互相信任\"" in _body(record)
    assert "建立自 " not in _body(record)
    assert "replacement_chars" in [f.rule for f in record.flags]


def test_a_lost_byte_the_page_does_not_settle_stays_flagged() -> None:
    page = _page(STORY, "gbk")
    data = _damaged(page, "gbk", "原来的 3", "的", slice(0, 1))  # 原来的 is written only once
    record = clean_html(data)
    assert "原来\ufffd 3 倍" in _body(record)
    assert "replacement_chars" in [f.rule for f in record.flags]
    assert not [c for c in record.changes if c.rule == "stray_byte"]


def test_euc_jp_lead_lost_to_a_question_mark() -> None:
    """EUC-JP resyncs by itself after the stray trail: "?" + U+FFFD; 桜並 recurs."""
    page = _page(STORY_JA, "euc-jp", "桜並木が見ごろ", "ja")
    data = _damaged(page, "euc_jp", "川沿いの桜並木", "桜", slice(1, 2), b"?")
    record = clean_html(data)
    assert STORY_JA[0] in _body(record)
    assert record.html is not None and "\ufffd" not in record.html
    assert record.html.count("桜並木") == page.count("桜並木")


def test_the_restoration_replays_on_the_decoded_text() -> None:
    page = _page(STORY, "gbk")
    data = _damaged(page, "gbk", "驿站负责人", "驿", slice(1, 2), b"?")
    decoded = decode_bytes(data)
    record = clean_html(data)
    repair = [c for c in record.changes if c.stage == "repair"]
    assert apply_plan(decoded.text, repair) == page


def test_a_utf8_sequence_cut_short_is_restored_when_the_page_repeats_the_pair() -> None:
    """老 (E8 80 81) lost its middle byte: E8 81 is one U+FFFD; of the CJK letters E8 81 spells with one
    continuation byte put back, only 老 makes a pair the page has elsewhere (老人)."""
    paras = [*STORY[:2], "驿站还为行动不便的老人提供送件上门服务，每周二和周五各送一次。"]
    page = _page(paras, "utf-8", title="驿站为老人送件上门")
    data = page.encode()
    at = data.index("为老人送件".encode()) + len("为".encode())
    data = data[: at + 1] + data[at + 2 :]
    assert "为\ufffd人送件" in decode_bytes(data).text
    record = clean_html(data)
    assert record.title == "驿站为老人送件上门"
    assert "stray_byte" in [c.rule for c in record.changes]


def test_a_cut_alphabet_letter_is_left_flagged() -> None:
    """A Cyrillic letter cut short (D0 of а): any pair of two letters recurs on a page, so none is evidence."""
    paras = ["Городская библиотека открыла читальный зал на сто мест, он будет работать без выходных.",
             "Директор библиотеки рассказала, что зал оборудован новыми столами и лампами для чтения."]
    page = _page(paras, "utf-8", title="Библиотека открыла новый зал", lang="ru")
    data = page.encode()
    at = data.rindex("зал".encode()) + len("з".encode())
    data = data[: at + 1] + data[at + 2 :]
    record = clean_html(data)
    assert "з\ufffdл" in (record.text or "") and "replacement_chars" in [f.rule for f in record.flags]


def test_a_pair_with_hiragana_is_no_evidence() -> None:
    """人 (EUC-JP BF CD) lost its lead to "?" between の and に: の人 recurs on the page, but hiragana stand
    beside almost any kanji, so the pair settles nothing; with a kanji neighbour whose pair recurs it does."""
    text = "近所の人たちが集まった。商店会の?\ufffdに話を聞いた。"
    at = text.index("\ufffd")
    result = repair_text(text, script="keep", codec_hint="euc_jp", strays=(StrayByte(at, b"\xcd", "euc_jp"),))
    assert "?\ufffd" in result.text
    text = "近所の人たちが集まった。商店会の?\ufffd達に話を聞いた。人達の声。"
    at = text.index("\ufffd")
    result = repair_text(text, script="keep", codec_hint="euc_jp", strays=(StrayByte(at, b"\xcd", "euc_jp"),))
    assert "商店会の人達に" in result.text
