"""Decoding's fast paths and gates, each against the slower way it replaces (same answers), and inputs that
made decoding raise (nothing raises: a bad label is dropped, bad bytes are replaced)."""

from __future__ import annotations

import random

import pytest

from pipeline.declared import _META, _XML, _prescan, _without_comments, declared_labels
from pipeline.decode import decode_bytes
from pipeline.decode_choose import Sample, choose_codec
from pipeline.decode_mixed import (
    _UTF8_RUN,
    _may_hold_utf8_run,
    _may_read_as_utf8,
    _utf8_score,
    _without_indent,
)
from pipeline.encodings import decode, stretches

ARTICLE = ("<html><head><title>{0}</title></head><body><h1>{0}</h1><p>{1}</p></body></html>")
SMALL_PAGES = [
    (ARTICLE.format("Погода", "Синоптики обещают похолодание к выходным, ночью до минус десяти."), "windows-1251"),
    (ARTICLE.format("Météo", "Des orages sont prévus en fin de journée ; prudence sur les routes."), "iso-8859-1"),
    (ARTICLE.format("天气预报", "气象台提醒，本周末将有一次明显降温过程，山区可能降雪。"), "gbk"),
    (ARTICLE.format("天気", "週末にかけて西日本を中心に大雨となるおそれがあります。"), "shift_jis"),
]


@pytest.mark.parametrize(("page", "label"), SMALL_PAGES)
def test_a_right_label_on_a_small_page_settles_as_the_contest_would(page: str, label: str) -> None:
    """The first label's score on a small page decides without ``choose_codec``; the contest, given that
    score, picks the same codec for the same reason."""
    data = page.encode(label.replace("iso-8859-1", "cp1252"))
    content_type = f"text/html; charset={label}"
    decoded = decode_bytes(data, content_type)
    labels = declared_labels(data, content_type, None)
    first = labels[0].codec
    score = Sample(data).score(first)
    assert score is not None
    codec, _, why = choose_codec(Sample(data), labels, {first: score})
    assert (decoded.text, decoded.encoding) == (page, codec)
    assert decoded.evidence == f"{labels[0].said()}; {why}"


def test_the_text_gate_for_utf8_runs_passes_every_valid_run() -> None:
    """``_may_hold_utf8_run`` (on the bytes decoded with replacements) is True wherever ``_UTF8_RUN`` matches a
    run valid as UTF-8, so skipping the byte pattern when it is False changes nothing."""
    rng = random.Random(11)
    alphabet = [bytes([b]) for b in range(0x80, 0x100)] + [b" ", b",", b"a", b"<", b"\n"]
    alphabet += [c.encode() for c in "中文字éü—“ё"] + [b"\xed\xa0\x80", b"\xef\xbf\xbd", b"\xf0\x9f\x98\x80"]
    runs = 0
    for _ in range(20000):
        data = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        if any(decode(match[0], "utf-8") is not None for match in _UTF8_RUN.finditer(data)):
            runs += 1
            assert _may_hold_utf8_run(data, data.decode("utf-8", "replace")), data
    assert runs > 50  # the check saw valid runs
    legacy = "莫斯科天气".encode("gbk") + "Погода в Москве".encode("cp1251")
    assert not _may_hold_utf8_run(legacy, legacy.decode("utf-8", "replace"))


def test_the_text_gate_for_stretches_passes_every_stretch_that_reads_as_utf8() -> None:
    """``_may_read_as_utf8`` is True wherever a stretch (split after its indent) has a ``_utf8_score``."""
    rng = random.Random(13)
    alphabet = [bytes([b]) for b in range(0x80, 0x100)] + [b"a", b" ", b"@", b"<p>", b"\n", b"\xa1\xa1", b"\xa1\x40"]
    alphabet += [c.encode() for c in "中文é—"] + ["中文".encode("gbk"), b"\xe3\x80\x80", b"\xc2\xa0"]
    reads = 0
    for _ in range(20000):
        data = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        spans = [piece for span in stretches(data) for piece in _without_indent(data, span)]
        if any(_utf8_score(data[begin:end]) is not None for begin, end in spans):
            reads += 1
            assert _may_read_as_utf8(data, data.decode("utf-8", "replace")), data
    assert reads > 50
    legacy = "天气预报".encode("gbk")
    assert not _may_read_as_utf8(legacy, legacy.decode("utf-8", "replace"))


def test_lines_decoded_at_once_are_those_decoded_one_by_one_and_only_clean_ones_score() -> None:
    """``_holds_utf8`` decodes a sample as UTF-8 at once and scores only the lines that read with no U+FFFD and
    a non-ASCII character (or all, when a U+FFFD is encoded): the others score None."""
    rng = random.Random(9)
    alphabet = [bytes([b]) for b in range(0x80, 0x100)] + [b"a", b" ", b"<", b"\n", b"\xef\xbf\xbd", b"\xed\xa0\x80"]
    alphabet += [c.encode() for c in "中文é—"] + ["中文".encode("gbk")]
    scored = 0
    for _ in range(20000):
        data = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        lines = data.replace(b"<", b"\n").split(b"\n")
        texts = data.decode("utf-8", "replace").replace("<", "\n").split("\n")
        assert texts == [line.decode("utf-8", "replace") for line in lines]
        for line, text in zip(lines, texts, strict=True):
            if "\ufffd" in text or text.isascii():
                assert _utf8_score(line) is None or b"\xef\xbf\xbd" in line, line
            scored += _utf8_score(line) is not None
    assert scored > 50  # lines that do score were seen


def test_a_nul_byte_in_a_meta_charset_drops_the_label() -> None:
    page = '<html><head><meta charset="gb\x002312"><title>天气</title></head><body><p>今天晴。</p></body></html>'
    decoded = decode_bytes(page.encode("gbk"))
    assert decoded.text == page
    assert decoded.declared is None  # the label was not read as one


def test_an_encoded_surrogate_in_a_run_of_utf8_inside_a_legacy_line_is_no_utf8_run() -> None:
    # a Korean page whose line holds a run of UTF-8 look-alike bytes with a UTF-8-encoded surrogate (ED A0 80)
    line = "지역 도서관은 겨울방학을 맞아".encode("cp949") + b"\xed\xa0\x80\xe5\x90\x8d\xe5\x90\x8d\xe5\x90\x8d"
    data = b"<html><body><p>" + line + "어린이를 위한 독서 교실을 운영한다.".encode("cp949") + b"</p></body></html>"
    decoded = decode_bytes(data, "text/html; charset=euc-kr")
    assert "지역 도서관은" in decoded.text


def _prescan_plainly(head: bytes) -> str | None:
    """``_prescan``'s plain definition: comments cut from the whole head first, then the first <meta> naming a
    charset, else the XML declaration."""
    lowered = _without_comments(head.lower())
    at = lowered.find(b"<meta")
    while at >= 0:
        end = lowered.find(b">", at)
        stop = end + 1 if end >= 0 else len(lowered)
        if lowered.find(b"charset", at, stop) >= 0 and (match := _META.match(lowered, at, stop)):
            return match.group(1).decode("ascii", "replace")
        at = lowered.find(b"<meta", at + 5)
    xml = _XML.match(lowered)
    return xml.group(1).decode("ascii", "replace") if xml else None


def test_a_meta_before_the_first_comment_is_read_as_with_the_comments_cut() -> None:
    """``_prescan`` reads a <meta> that ends before the first comment without cutting the comments: the same
    label as its plain definition, also where a comment splits a tag, hides a meta or is left open."""
    rng = random.Random(5)
    pieces = [b"<meta charset=gbk>", b'<META http-equiv="Content-Type" content="text/html; charset=big5">',
              b"<meta name=x>", b"<!--", b"-->", b"<!-- <meta charset=utf-8> -->", b"<me", b"ta", b" charset=",
              b"koi8-r", b">", b"<", b"\n", b"<title>t</title>", b'<?xml version="1.0" encoding="euc-jp"?>', b"  "]
    found = 0
    for _ in range(30000):
        head = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _prescan(head) == _prescan_plainly(head), head
        found += _prescan(head) is not None
    assert found > 1000


def test_a_page_after_a_utf8_bom_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid UTF-8 after its byte order mark goes through the codec once (its strict reading is the text), as
    does a damaged one that keeps the mark's word (its reading with replacements is the text)."""
    import pipeline.decode as decode_module

    calls: list[str] = []
    for name in ("decode", "decode_checked"):
        real = getattr(decode_module, name)
        monkeypatch.setattr(decode_module, name, lambda data, codec, errors="strict", real=real, name=name: (
            calls.append(f"{name} {codec} {errors}"), real(data, codec, errors))[1])
    page = "<p>Le marché couvert rouvre ses portes après deux ans de travaux : étals rénovés, allées élargies.</p>"
    decoded = decode_bytes(b"\xef\xbb\xbf" + page.encode())
    assert (decoded.text, decoded.source, calls) == (page, "bom", ["decode_checked utf-8 strict"])
    calls.clear()
    damaged = b"\xef\xbb\xbf" + page.encode().replace("é".encode(), b"\xc3", 1)
    decoded = decode_bytes(damaged)
    assert (decoded.source, decoded.text.count("\ufffd")) == ("bom", 1)
    assert calls == ["decode_checked utf-8 strict", "decode utf-8 replace"]
