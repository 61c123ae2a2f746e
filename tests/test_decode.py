"""Decode stage: labels mapped like browsers, validated against the bytes, detection, mixed pages.

All sample texts were written for these tests.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.api import clean_html
from pipeline.decode import Decoded, decode_bytes
from pipeline.encodings import LABELS, codec_for_label, decode, decode_checked, first_high
from pipeline.plausibility import byte_window, plausibility, window_plausibility

TEXTS = {
    "zh-Hans": ["区政府昨天召开会议，决定在老城区新建两座社区食堂，预计明年春天投入使用。",
                "负责人说，食堂将优先照顾独居老人，价格会比普通餐馆便宜三成左右。",
                "附近居民对这个消息反应热烈，有人已经开始打听志愿者报名的方式。"],
    "zh-Hant": ["這座百年車站完成整修後重新開放，吸引許多攝影愛好者前來拍照。",
                "站長表示，木造屋頂與售票窗口都依照舊照片修復，盡量保留原本的樣貌。",
                "鐵路局也將在週末加開觀光列車，讓旅客體驗早期的鐵道風情。"],
    "ja": ["町の図書館が改装工事を終え、今月から開館時間を夜八時まで延長しました。",
           "館長によると、仕事帰りの利用者が増えることを期待しているということです。",
           "子ども向けの読み聞かせ会も毎週土曜日に開かれる予定です。"],
    "ko": ["구청은 다음 주부터 공원 산책로에 가로등을 추가로 설치한다고 밝혔다.",
           "밤늦게 운동하는 주민들이 많아지면서 안전 문제가 꾸준히 제기돼 왔다.",
           "공사는 약 한 달 동안 진행되며 산책로 일부 구간은 임시로 통제된다."],
    "ru": ["Городской совет утвердил план строительства новой школы на окраине района.",
           "По словам директора департамента, здание рассчитано на восемьсот учеников.",
           "Родители надеются, что школа откроется уже к следующему учебному году."],
    "uk": ["Обласна лікарня отримала нове обладнання для відділення інтенсивної терапії.",
           "Головний лікар розповів, що ремонт палат завершать до кінця осені.",
           "Пацієнти та їхні родини дякують меценатам за підтримку і ґрунтовну допомогу."],
    "fr": ["Le conseil municipal a voté jeudi la rénovation complète de la gare routière.",
           "Selon le maire, les travaux débuteront à l'été et dureront près d'un an.",
           "Les usagers réclament déjà des abris plus sûrs et un éclairage renforcé."],
    "de": ["Der Gemeinderat hat am Donnerstag die Sanierung des alten Rathauses beschlossen.",
           "Nach Angaben der Bürgermeisterin beginnen die Arbeiten im Frühjahr.",
           "Während der Bauzeit ziehen die Ämter vorübergehend in eine ehemalige Schule."],
    "es": ["El pleno municipal aprobó el jueves la reforma integral de la estación de autobuses.",
           "Según el alcalde, las obras comenzarán en verano y durarán casi un año.",
           "¿Qué pasará con los comercios cercanos? Los vecinos piden más información."],
    "pt": ["A câmara municipal aprovou na quinta-feira a reforma da estação rodoviária.",
           "Segundo o prefeito, as obras começarão no verão e devem durar quase um ano.",
           "Os moradores pedem mais segurança e iluminação durante a construção."],
}

# (language, Python codec the site encodes with, the label the site sends)
ENCODED = [
    ("zh-Hans", "gbk", "gbk"), ("zh-Hans", "gbk", "gb2312"), ("zh-Hans", "gb18030", "gb18030"),
    ("zh-Hant", "big5", "big5"), ("ja", "cp932", "shift_jis"), ("ja", "euc_jp", "euc-jp"),
    ("ko", "cp949", "euc-kr"), ("ru", "cp1251", "windows-1251"), ("ru", "koi8_r", "koi8-r"),
    ("uk", "cp1251", "windows-1251"), ("uk", "koi8_u", "koi8-u"), ("fr", "cp1252", "iso-8859-1"),
    ("de", "cp1252", "windows-1252"), ("es", "cp1252", "iso-8859-1"), ("pt", "cp1252", "latin1"),
    ("zh-Hans", "utf-8", "utf-8"), ("ja", "utf-8", "utf-8"), ("ru", "utf-8", "utf-8"), ("de", "utf-8", "utf-8"),
]
LIES = ["iso-8859-1", "utf-8", "gb2312", "big5", "shift_jis", "euc-kr", "windows-1251", "koi8-r", "euc-jp"]


def page(lang: str, meta: str | None = None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    title, *rest = TEXTS[lang]
    body = "".join(f"<p>{p}</p>\n" for p in rest)
    return (f"<!DOCTYPE html>\n<html><head>{head}<title>{title[:12]}</title></head>\n"
            f"<body><h1>{title}</h1>\n{body}</body></html>\n")


def lies_for(data: bytes, codec: str) -> list[str]:
    """Labels that would decode these bytes to something else."""
    truth = data.decode(codec)
    return [label for label in LIES if data.decode(codec_for_label(label) or "", "replace") != truth]


def _id(case: tuple[str, str, str]) -> str:
    return "-".join(case)


@pytest.mark.parametrize("case", ENCODED, ids=_id)
def test_right_label_in_header(case: tuple[str, str, str]) -> None:
    lang, codec, label = case
    text = page(lang)
    decoded = decode_bytes(text.encode(codec), f"text/html; charset={label}")
    assert (decoded.text, decoded.source, decoded.mislabeled) == (text, "http", False)
    assert decoded.encoding == codec_for_label(label)


@pytest.mark.parametrize("case", ENCODED, ids=_id)
def test_right_label_in_meta(case: tuple[str, str, str]) -> None:
    lang, codec, label = case
    text = page(lang, meta=label)
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.source, decoded.mislabeled) == (text, "meta", False)


@pytest.mark.parametrize("case", ENCODED, ids=_id)
def test_missing_label_is_detected(case: tuple[str, str, str]) -> None:
    lang, codec, _ = case
    text = page(lang)
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.source, decoded.mislabeled) == (text, "detected", False)
    assert decoded.evidence.startswith("no label")


@pytest.mark.parametrize("case", ENCODED, ids=_id)
def test_every_wrong_header_label_is_caught(case: tuple[str, str, str]) -> None:
    lang, codec, _ = case
    text = page(lang)
    data = text.encode(codec)
    for lie in lies_for(data, codec):
        decoded = decode_bytes(data, f"text/html; charset={lie}")
        assert (decoded.text, decoded.mislabeled) == (text, True), lie
        assert decoded.evidence.startswith(f"http said {lie} but "), decoded.evidence
        assert decoded.declared == f"{lie} (http)"


@pytest.mark.parametrize("case", ENCODED, ids=_id)
def test_wrong_meta_label_and_wrong_header_with_right_meta(case: tuple[str, str, str]) -> None:
    lang, codec, label = case
    data = page(lang).encode(codec)
    lie = lies_for(data, codec)[0]
    text = page(lang, meta=lie)
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.mislabeled) == (text, True)
    text = page(lang, meta=label)
    decoded = decode_bytes(text.encode(codec), f"text/html; charset={lie}")
    assert (decoded.text, decoded.source, decoded.mislabeled) == (text, "meta", True)
    assert decoded.evidence.endswith("as meta said " + label)


def test_utf8_with_latin1_label_reports_evidence() -> None:
    text = page("de")
    decoded = decode_bytes(text.encode(), "text/html; charset=ISO-8859-1")
    assert (decoded.text, decoded.encoding, decoded.source, decoded.mislabeled) == (text, "utf-8", "detected", True)
    continuation = len(text.encode()) - len(text)
    assert decoded.evidence == f"http said iso-8859-1 but bytes are valid UTF-8 ({continuation} continuation bytes)"


def test_few_utf8_sequences_under_a_latin1_label() -> None:
    encoded_replacement = "That\ufffds a waste of time.".encode()  # the source itself held U+FFFD
    decoded = decode_bytes(encoded_replacement, "text/html; charset=iso-8859-1")
    assert (decoded.text, decoded.encoding, decoded.mislabeled) == ("That\ufffds a waste of time.", "utf-8", True)
    one_accent = "Caf\u00e9 au lait".encode()
    assert decode_bytes(one_accent, "text/html; charset=iso-8859-1").text == "Caf\u00e9 au lait"


def test_declared_utf8_but_invalid_bytes() -> None:
    text = page("zh-Hans")
    decoded = decode_bytes(text.encode("gbk"), "text/html; charset=utf-8")
    assert (decoded.text, decoded.encoding, decoded.mislabeled) == (text, "gb18030", True)
    assert "bytes are not valid utf-8" in decoded.evidence


@pytest.mark.parametrize(("text", "codec", "label", "expected"), [
    ("朱镕基和王堃出席了会议。", "gbk", "gb2312", "gb18030"),  # 镕 and 堃 are GBK-only
    ("我哋今日去咗旺角食嘢㗎。", "big5hkscs", "big5", "big5hkscs"),  # 哋 咗 㗎 are HKSCS
    ("会議は①から③の順に進めます。", "cp932", "shift_jis", "cp932"),  # circled digits are Windows-31J only
    ("똠방각하라는 별명이 붙었다.", "cp949", "euc-kr", "cp949"),  # 똠 is UHC only
    ("Le “café” coûte 3 € — c’est tout.", "cp1252", "iso-8859-1", "cp1252"),  # windows-1252 punctuation
    ("Déjà vu, naïve café.", "cp1252", "us-ascii", "cp1252"),
    ("Съешь ещё этих мягких булок.", "cp1251", "x-cp1251", "cp1251"),
])
def test_labels_decode_with_the_codec_browsers_use(text: str, codec: str, label: str, expected: str) -> None:
    decoded = decode_bytes(text.encode(codec), f"text/plain; charset={label}")
    assert (decoded.text, decoded.encoding, decoded.source, decoded.mislabeled) == (text, expected, "http", False)


@pytest.mark.parametrize(("label", "codec"), [
    ("GB2312", "gb18030"), ("x-gbk", "gb18030"), ("chinese", "gb18030"), ("csGB2312", "gb18030"),
    ("cp936", "gb18030"), ("Big5", "big5hkscs"), ("x-x-big5", "big5hkscs"), ("big5-hkscs", "big5hkscs"),
    ("Shift_JIS", "cp932"), ("sjis", "cp932"), ("windows-31j", "cp932"), ("x-sjis", "cp932"),
    ("EUC-KR", "cp949"), ("ks_c_5601-1987", "cp949"), ("ISO-8859-1", "cp1252"), ("latin1", "cp1252"),
    ("US-ASCII", "cp1252"), ("ascii", "cp1252"), ("koi8-r", "koi8-r"), ("KOI8-U", "koi8-u"),
    ("windows-1251", "cp1251"), ("euc-jp", "euc_jp"), ("ISO-2022-JP", "iso2022_jp_ext"),
    ("utf-16", "utf-16-le"), ("UTF-16BE", "utf-16-be"), ("utf8", "utf-8"), (" 'UTF-8' ", "utf-8"),
    ("tis-620", "cp874"), ("no-such-charset", None),
])
def test_label_table(label: str, codec: str | None) -> None:
    assert codec_for_label(label) == codec


def test_label_table_has_no_label_twice() -> None:
    labels = [label for names in LABELS.values() for label in names.split()]
    assert len(labels) == len(set(labels))


def test_gbk_page_with_raw_utf8_title_and_paragraph_is_decoded_per_region() -> None:
    title, paragraph = "区政府召开会议决定新建社区食堂", "附近居民反应热烈，有人已经开始打听志愿者报名方式。"
    body = "<p>负责人说，食堂将优先照顾独居老人，价格会比普通餐馆便宜三成左右。</p>\n"
    data = (b"<html><head><title>" + title.encode() + b"</title></head><body>" + body.encode("gbk")
            + b"<p>" + paragraph.encode() + b"</p>" + body.encode("gbk") + b"</body></html>")
    decoded = decode_bytes(data, "text/html; charset=gbk")
    expected = f"<html><head><title>{title}</title></head><body>{body}<p>{paragraph}</p>{body}</body></html>"
    assert (decoded.text, decoded.source, decoded.encoding) == (expected, "mixed", "gb18030")
    assert decoded.regions == 4
    assert decoded.evidence.startswith("http said gbk; mixed: gb18030 with 2 UTF-8 stretch(es) at bytes ")


def test_utf8_page_with_a_big5_paragraph() -> None:
    utf8_part = page("zh-Hans").encode()
    legacy = "<p>鐵路局也將在週末加開觀光列車。</p>".encode("big5")
    decoded = decode_bytes(utf8_part + legacy + utf8_part, "text/html; charset=utf-8")
    assert decoded.text == page("zh-Hans") + "<p>鐵路局也將在週末加開觀光列車。</p>" + page("zh-Hans")
    assert (decoded.source, decoded.encoding) == ("mixed", "utf-8")


def test_cp1251_page_with_utf8_paragraph_and_utf8_page_with_a_broken_byte() -> None:
    first, second, third = TEXTS["ru"]
    data = f"<p>{first}</p>\n".encode("cp1251") + f"<p>{second}</p>\n".encode() + f"<p>{third}</p>".encode("cp1251")
    decoded = decode_bytes(data, "text/html; charset=windows-1251")
    assert (decoded.text, decoded.source) == (f"<p>{first}</p>\n<p>{second}</p>\n<p>{third}</p>", "mixed")
    text = page("ja")
    broken = text.encode().replace("館長".encode(), "館長".encode()[:-1], 1)
    decoded = decode_bytes(broken, "text/html; charset=utf-8")
    assert decoded.text == text.replace("館長", "館\ufffd", 1)
    assert (decoded.encoding, decoded.source, decoded.mislabeled) == ("utf-8", "http", False)
    assert "undecodable bytes from offset" in decoded.evidence


def test_byte_order_mark_beats_every_label() -> None:
    text = page("ru")
    big_endian = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    for data in (codecs.BOM_UTF8 + text.encode(), text.encode("utf-16"), big_endian):
        decoded = decode_bytes(data, "text/html; charset=windows-1251")
        assert (decoded.text, decoded.source) == (text, "bom")


def test_a_utf8_bom_on_legacy_bytes_is_overruled_by_the_bytes() -> None:
    """A farm's script prepends a UTF-8 BOM to a GBK file: the bytes after it are not UTF-8, so the mark
    lies like any label; a UTF-8 page with one damaged sequence keeps its BOM's word."""
    text = page("zh-Hans", meta="gbk")
    decoded = decode_bytes(codecs.BOM_UTF8 + text.encode("gbk"))
    assert (decoded.text, decoded.encoding, decoded.mislabeled) == (text, "gb18030", True)
    assert "byte order mark on bytes that are not UTF-8" in decoded.evidence
    record = clean_html(codecs.BOM_UTF8 + text.encode("gbk"))
    assert record.text.endswith("\n".join(TEXTS["zh-Hans"][1:]))
    assert (record.encoding, record.mislabeled) == ("gb18030", True)
    broken = text.encode().replace("食堂".encode(), "食堂".encode()[:-1], 1)
    decoded = decode_bytes(codecs.BOM_UTF8 + broken)
    assert (decoded.encoding, decoded.source, decoded.text.count("\ufffd")) == ("utf-8", "bom", 1)


def test_a_lost_byte_in_gbk_text_does_not_throw_the_rest_of_the_run_out_of_step() -> None:
    """A dropped lead byte strands its trail, which pairs with the next character's lead, and so on to the
    next ASCII byte: plain replacement keeps that run of wrong characters. The run is read again in step,
    the stray byte one U+FFFD (flagged), whichever of the lead or the trail was lost."""
    text = page("zh-Hans", meta="gbk")
    spot, lost = "食堂将", "食".encode("gbk")
    for keep in (lost[1:], lost[:1]):  # its lead byte lost, then its trail byte
        data = text.encode("gbk").replace(spot.encode("gbk"), spot.encode("gbk").replace(lost, keep), 1)
        decoded = decode_bytes(data)
        assert decoded.text == text.replace(spot, "\ufffd堂将", 1), keep
        assert "realigned" in decoded.evidence
        assert "replacement_chars" in [flag.rule for flag in clean_html(data).flags]
    end = "。</h1>".encode("gbk")
    cut = text.encode("gbk").replace(end, end[1:], 1)  # a lone trail byte: nothing to realign
    assert decode_bytes(cut).text.count("\ufffd") == 1


def test_utf16_without_bom() -> None:
    text = page("fr")
    assert decode_bytes(text.encode("utf-16-le")).text == text
    assert decode_bytes(text.encode("utf-16-be")).encoding == "utf-16-be"
    chinese = "".join(TEXTS["zh-Hans"])
    decoded = decode_bytes(chinese.encode("utf-16-le"), "text/plain; charset=utf-16")
    assert (decoded.text, decoded.source) == (chinese, "http")


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "ja", "ko"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_cjk_text_without_bom_or_nul_bytes(lang: str, codec: str) -> None:
    """A CJK text dump in UTF-16 without a BOM has too few ASCII characters for NUL bytes to betray it: it was
    read as a single-byte table (城市 as ÎW^) and refused as binary. The high bytes of its code units tell."""
    text = "".join(TEXTS[lang]).replace(" ", "")
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.source) == (text, codec, "detected")


@pytest.mark.parametrize(("lang", "codec"), [("zh-Hans", "gbk"), ("zh-Hant", "big5"), ("ja", "cp932"),
                                             ("ja", "euc_jp"), ("ko", "cp949")])
def test_legacy_cjk_text_is_not_taken_for_utf16(lang: str, codec: str) -> None:
    text = "".join(TEXTS[lang])
    assert decode_bytes(text.encode(codec)).text == text


def test_latin_prose_is_not_taken_for_utf16_cjk() -> None:
    """ASCII letters and spaces are high bytes of CJK code units too ("th" is U+7468): prose with one Latin-1 byte
    passes the high-byte test on either side, but none of its low bytes is non-ASCII, as CJK text's half are."""
    text = "The council voted on Tuesday to keep the library open until nine on weekdays, said the café owner. " * 20
    data = text.encode("cp1252")
    assert decode_bytes(data).text == text


def test_iso_2022_jp() -> None:
    text = "".join(TEXTS["ja"])
    decoded = decode_bytes(text.encode("iso2022_jp"))
    assert (decoded.text, decoded.encoding) == (text, "iso2022_jp_ext")


def test_empty_ascii_and_binary_input() -> None:
    assert decode_bytes(b"") == Decoded("", "utf-8", "detected", evidence="empty input")
    ascii_page = decode_bytes(b"<p>plain</p>", "text/html; charset=gbk")
    assert (ascii_page.text, ascii_page.encoding, ascii_page.source, ascii_page.mislabeled) == (
        "<p>plain</p>", "gb18030", "http", False)
    junk = bytes(range(256)) * 8
    decoded = decode_bytes(junk, "text/html; charset=utf-8")
    assert len(decoded.text) >= 256


@pytest.mark.parametrize(("head", "source"), [
    ('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', "meta"),
    ("<META CHARSET=gbk>", "meta"),
    ('<!-- <meta charset="big5"> --><meta charset="gbk">', "meta"),
    ('<?xml version="1.0" encoding="gb2312"?>', "meta"),
])
def test_meta_prescan_forms(head: str, source: str) -> None:
    text = page("zh-Hans")
    decoded = decode_bytes((head + text).encode("gbk"))
    assert (decoded.text, decoded.source, decoded.mislabeled) == (head + text, source, False)


def test_meta_beyond_prescan_window_is_read_as_a_browser_reads_it() -> None:
    """A <meta> in the head past the prescan window is the page's label (browsers honour it), checked like any
    other: a wrong one is overruled by the bytes and the page marked mislabeled; one in a comment is none."""
    text = "<!-- " + "x" * 5000 + ' --><meta charset="big5">' + page("zh-Hans")
    decoded = decode_bytes(text.encode("gbk"))
    assert (decoded.text, decoded.source, decoded.mislabeled, decoded.declared) == (
        text, "detected", True, "big5 (meta)")
    commented = "<!-- " + "x" * 5000 + ' <meta charset="big5"> -->' + page("zh-Hans")
    decoded = decode_bytes(commented.encode("gbk"))
    assert (decoded.text, decoded.source, decoded.declared) == (commented, "detected", None)


def test_site_rule_outranks_http_and_meta() -> None:
    text = page("zh-Hant", meta="gb2312")
    decoded = decode_bytes(text.encode("big5"), "text/html; charset=gbk", site_encoding="big5")
    assert (decoded.text, decoded.source, decoded.mislabeled, decoded.declared) == (text, "site", False, "big5 (site)")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip_with_lying_labels(data: st.DataObject) -> None:
    lang, codec, label = data.draw(st.sampled_from(ENCODED))
    sentences = data.draw(st.lists(st.sampled_from(TEXTS[lang]), min_size=2, max_size=5))
    text = "<p>" + "</p>\n<p>".join(sentences) + "</p>\n"
    raw = text.encode(codec)
    header = data.draw(st.sampled_from([None, label, *lies_for(raw, codec)]))
    meta = data.draw(st.sampled_from([None, label, *lies_for(raw, codec)]))
    if meta:
        text = f'<meta charset="{meta}">' + text
    decoded = decode_bytes(text.encode(codec), f"text/html; charset={header}" if header else None)
    assert decoded.text == text
    labels = [x for x in (header, meta) if x]
    assert decoded.mislabeled == (bool(labels) and codec_for_label(labels[0]) != decoded.encoding)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), label=st.sampled_from([None, "gbk", "utf-8", "big5", "utf-16", "koi8-r", "x"]))
def test_any_bytes_decode_without_raising(data: bytes, label: str | None) -> None:
    decoded = decode_bytes(data, f"text/html; charset={label}" if label else None)
    assert isinstance(decoded.text, str)
    assert decoded.source in ("bom", "site", "http", "meta", "detected", "mixed")
    assert (decoded.text == "") == (data == b"")


def test_large_binary_junk_does_not_raise() -> None:
    junk = bytes((i * 7919 + i // 3) % 256 for i in range(200_000))
    decoded = decode_bytes(junk, "application/octet-stream")
    assert len(decoded.text) > 1000


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_piecewise_decoding_of_large_pages_equals_the_codec(data: st.DataObject) -> None:
    lang, codec, _ = data.draw(st.sampled_from([case for case in ENCODED if case[1] in ("gbk", "big5", "cp932",
                                                                                         "euc_jp", "cp949")]))
    nav = "".join(f'<li><a href="/s/{n}">Section {n}</a></li>\n' for n in range(data.draw(st.integers(50, 400))))
    blocks = data.draw(st.lists(st.sampled_from([*TEXTS[lang], nav, "\n"]), min_size=3, max_size=12))
    raw = (nav + "".join(blocks)).encode(codec)
    damaged = raw + data.draw(st.sampled_from([b"", b"\x81<p>", b"\xfe"]))
    for errors in ("strict", "replace"):
        try:
            expected: str | None = damaged.decode(codec_for_label(codec) or codec, errors)
        except UnicodeDecodeError:
            expected = None
        assert decode(damaged, codec_for_label(codec) or codec, errors) == expected


# --- Fast paths: each must decide exactly like the slow path it replaces. ---

SINGLE_BYTE = ["cp1252", "cp1251", "cp1250", "koi8-r", "koi8-u", "iso8859-7", "mac-roman", "cp874"]


@settings(max_examples=80, deadline=None)
@given(lang=st.sampled_from(sorted(TEXTS)), encoding=st.sampled_from(["utf-8", "cp1251", "cp1252", "gbk", "koi8_r"]),
       codec=st.sampled_from(SINGLE_BYTE), junk=st.binary(max_size=300), floor=st.sampled_from([-9.0, -1.0, 0.5]))
def test_single_byte_codecs_scored_on_the_bytes_score_like_the_text(lang: str, encoding: str, codec: str,
                                                                    junk: bytes, floor: float) -> None:
    for data in (" ".join(TEXTS[lang]).encode(encoding, "replace"), junk):
        text = decode(data, codec)
        assert text is not None
        assert window_plausibility(byte_window(data), codec, floor) == plausibility(text, codec, floor)
    assert window_plausibility(byte_window(b"\xd6\xd0"), "gb18030") is None  # multi-byte codecs are scored on the text


@pytest.mark.parametrize("at", [0, 5, 1023, 1024, 1025, 5000, 70_000])
def test_first_high_finds_the_first_non_ascii_byte(at: int) -> None:
    data = b"a" * at + "é".encode() + b"b" * 10
    assert first_high(data) == at
    assert first_high(data, at + 2) == -1
    assert first_high(b"plain ascii") == -1


def _big_page(lang: str, paragraphs: int = 60) -> str:
    nav = "".join(f'<li><a href="/s/{n}">Section {n}</a></li>\n' for n in range(80))
    body = "".join(f"<p>{TEXTS[lang][n % 3]}</p>\n" for n in range(paragraphs))
    return f"<html><head><title>{TEXTS[lang][0][:10]}</title></head><body><ul>{nav}</ul>{body}</body></html>\n"


def test_large_page_with_a_right_label_that_reads_cleanly_is_taken_as_labelled() -> None:
    text = _big_page("zh-Hans")
    decoded = decode_bytes(text.encode("gbk"), "text/html; charset=gb2312")
    assert (decoded.text, decoded.encoding, decoded.source, decoded.mislabeled) == (text, "gb18030", "http", False)
    assert decoded.evidence == "http said gb2312; decodes cleanly (plausibility 1.00)"


def test_large_page_with_a_wrong_label_that_decodes_is_still_caught() -> None:
    text = _big_page("zh-Hant")
    decoded = decode_bytes(text.encode("big5"), "text/html; charset=gb2312")
    assert (decoded.text, decoded.encoding, decoded.mislabeled) == (text, "big5hkscs", True)


def test_large_damaged_page_reports_the_first_undecodable_byte() -> None:
    raw = bytearray(_big_page("zh-Hans").encode("gbk"))
    at = raw.index(b"<p>", len(raw) // 2) + 3
    raw[at] = 0xFF  # a lead byte GBK never uses; the trail after it stays ASCII or becomes text
    decoded = decode_bytes(bytes(raw), "text/html; charset=gbk")
    assert (decoded.encoding, decoded.source) == ("gb18030", "http")
    assert f"undecodable bytes from offset {at} replaced" in decoded.evidence
    assert decode_checked(bytes(raw), "gb18030") == at


def test_sparse_page_decoded_piecewise_reports_offsets_in_the_whole_page() -> None:
    head = "<script>" + "var x = 1;\n" * 2000 + "</script>"
    raw = (head + _big_page("ja", 3)).encode("cp932") + b"\x81<"
    expected = raw.decode("cp932", "replace")
    assert decode_checked(raw, "cp932", "replace") == expected
    with pytest.raises(UnicodeDecodeError) as error:
        raw.decode("cp932")
    assert decode_checked(raw, "cp932") == error.value.start


def test_large_gbk_page_with_a_utf8_headline_is_decoded_per_region() -> None:
    page_text = _big_page("zh-Hans").replace("<body>", "<body><h1>社区食堂下月开业</h1>", 1)
    start, end = page_text.index("<h1>") + 4, page_text.index("</h1>")
    raw = page_text[:start].encode("gbk") + page_text[start:end].encode() + page_text[end:].encode("gbk")
    decoded = decode_bytes(raw, "text/html; charset=gbk")
    assert (decoded.text, decoded.source, decoded.encoding) == (page_text, "mixed", "gb18030")


def test_a_poor_reading_not_explained_by_utf8_lines_does_not_scan_the_page() -> None:
    """A Big5 page labeled GBK reads poorly; no line of its sample is UTF-8, so the page is not scanned for UTF-8
    lines: only the stretch where Big5 fails is looked at, and that is the UTF-8 paragraph far down the page
    (before, it was replaced, not mixed in)."""
    filler = "".join(f"<p>{TEXTS['zh-Hant'][n % 3]}</p>\n" for n in range(200))
    raw = filler.encode("big5") + "<p>附近居民反应热烈。</p>".encode()
    decoded = decode_bytes(raw, "text/html; charset=gbk")
    assert (decoded.encoding, decoded.source, decoded.mislabeled) == ("big5hkscs", "mixed", True)
    assert decoded.text == filler + "<p>附近居民反应热烈。</p>"


def test_a_glance_that_misses_part_of_the_scored_window_does_not_decide() -> None:
    """The first line is mostly ASCII, so the glance (its first 1280 bytes of lines) ends before the 600
    characters plausibility reads; the raw UTF-8 quote after it (whose bytes happen to be valid GBK) must
    still be found by the full sample."""
    chinese = "".join(TEXTS["zh-Hans"]) * 2
    first_line = "<p>" + "plain ascii words " * 60 + chinese[:150] + "</p>\n"
    quote = "書館が改装工事を終え、今月から開館時間を夜八時まで延長し"
    assert quote.encode().decode("gbk") != quote
    utf8_paragraph = "<p>" + quote + "</p>\n"
    rest = "".join(f"<p>{TEXTS['zh-Hans'][n % 3]}</p>\n" for n in range(60))
    raw = first_line.encode("gbk") + utf8_paragraph.encode() + rest.encode("gbk")
    decoded = decode_bytes(raw, "text/html; charset=gbk")
    assert (decoded.text, decoded.source) == (first_line + utf8_paragraph + rest, "mixed")


@pytest.mark.parametrize("lang", ["pt", "es", "fr", "de"])
def test_latin_page_without_label_and_with_a_utf8_headline(lang: str) -> None:
    """(de was a known failure: UTF-8 ü read as cp1250, Ăź, looked like Romanian and the page was taken for cp1250;
    raw UTF-8 is no longer evidence between Latin tables.)"""
    body = "".join(f"<p>{TEXTS[lang][n % 3]}</p>\n" for n in range(4))
    headline = TEXTS[lang][1]
    raw = b"<html><body><h1>" + headline.encode() + b"</h1>\n" + body.encode("cp1252") + b"</body></html>"
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.source) == (f"<html><body><h1>{headline}</h1>\n{body}</body></html>", "mixed")


def test_utf8_page_with_one_stray_byte_and_no_label_keeps_its_utf8_paragraphs() -> None:
    """The stray byte breaks one paragraph; the others are still read as UTF-8, not the whole page in a
    legacy codec, and so is the broken one: a UTF-8 page's paragraph is read in a legacy codec only where that
    reads it cleanly, clearly better than UTF-8 (before, cp1250 read it: comeĂ§arĂŁo no ver‘ĂŁo)."""
    first, second, third = TEXTS["pt"]
    broken = second.replace("verão", "ver\x00ão", 1).encode().replace(b"\x00", b"\x91", 1)
    raw = f"<html><body><p>{first}</p>\n<p>".encode() + broken + f"</p>\n<p>{third}</p>\n</body></html>".encode()
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    damaged = second.replace("verão", "ver\ufffdão")
    assert decoded.text == f"<html><body><p>{first}</p>\n<p>{damaged}</p>\n<p>{third}</p>\n</body></html>"


def test_a_utf8_paragraph_after_the_pages_own_gbk_indent_is_decoded_as_utf8() -> None:
    head = "<html><head><meta charset=gbk></head><body><p>　　问：缴纳个人养老金有哪些税收优惠？</p>".encode("gbk")
    pasted = b"<p>" + "　　".encode("gbk") + "答：在缴费环节，个人向资金账户的缴费据实扣除。".encode() + b"</p>"
    tail = "<p>　　问：什么情况下可以领取？参加人达到领取年龄时可以领取。</p></body></html>".encode("gbk")
    decoded = decode_bytes(head + pasted + tail, None)
    assert "<p>　　答：在缴费环节，个人向资金账户的缴费据实扣除。</p>" in decoded.text
    assert "问：什么情况下可以领取？" in decoded.text
