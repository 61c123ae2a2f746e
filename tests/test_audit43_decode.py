"""Audit43's decoding fix: a legacy page whose ASCII chrome (an English theme: navigation, scripts, styles)
runs longer than the bounded prefix the codec sample is taken from, so the story's bytes, which decide the
codec, were never scored. The text is our own; the test failed before its fix."""

from __future__ import annotations

import pytest

from pipeline.decode import decode_bytes

STORY = ["駅前に子ども向けの図書館が開館しました。雨の日も遊べる場所として、家族連れに人気です。",
         "絵本や児童書など約一万二千冊をそろえていて、毎週土曜日には読み聞かせの会も開かれます。"]
CHROME = "".join(f'<li><a href="/travel/tips/{n}">Travel tip number {n} for your next city break</a></li>\n'
                 for n in range(1200))  # about 90 KB of ASCII before the story


@pytest.mark.parametrize("codec", ["shift_jis", "euc_jp"])
def test_the_story_after_long_ascii_chrome_decides_the_codec(codec: str) -> None:
    """Every non-ASCII byte lies past the first 64 KB: the sample was empty, every codec scored 1.0 on it and
    UTF-8 won, so the story came out as U+FFFD. The sample now starts at the line of the first non-ASCII byte."""
    page = (f"<html lang=\"en\"><head><title>Station library</title></head><body><nav><ul>\n{CHROME}</ul></nav>"
            + "<article>" + "".join(f"<p>{p}</p>\n" for p in STORY) + "</article></body></html>")
    data = page.encode(codec)
    assert data.find(b"\x82" if codec == "shift_jis" else b"\xa4") > 65536
    decoded = decode_bytes(data)
    assert "\ufffd" not in decoded.text
    assert all(p in decoded.text for p in STORY)


def test_a_wrong_label_is_caught_by_the_story_after_long_ascii_chrome() -> None:
    """A KOI8-R story under an HTTP windows-1251 label: with no non-ASCII byte in the first 64 KB the label's
    reading of the (empty) sample scored 1.0, "decoded cleanly", and the story came out as windows-1251 gibberish."""
    story = ["В городе открыли новый пешеходный мост через реку.",
             "Строительство заняло два года и обошлось дешевле, чем планировали."]
    page = (f"<html lang=\"en\"><head><title>Bridge</title></head><body><nav><ul>\n{CHROME}</ul></nav>"
            + "<article>" + "".join(f"<p>{p}</p>\n" for p in story) + "</article></body></html>")
    decoded = decode_bytes(page.encode("koi8-r"), "text/html; charset=windows-1251")
    assert decoded.encoding == "koi8-r"
    assert decoded.mislabeled
    assert all(p in decoded.text for p in story)


GREEK = ["Ο δήμος άνοιξε χθες το ανακαινισμένο δημοτικό κολυμβητήριο στην άκρη του πάρκου.",
         "Οι κάτοικοι της γειτονιάς περίμεναν τρία χρόνια για την επισκευή της στέγης και των αποδυτηρίων."]
HEAD_SCRIPTS = "".join(f"<script>window.slot{n} = {{id: {n}, size: [300, 250], lazy: true}};</script>\n"
                       for n in range(120))  # about 8 KB of ASCII scripts before the <meta>


def test_a_meta_charset_past_the_prescan_window_labels_the_page() -> None:
    """An ISO-8859-7 page whose head holds kilobytes of scripts before its <meta charset>: the prescan of the
    first 4 KB found no label, and detection (Greek is not among its codecs) read the story as Cyrillic.
    Browsers honour the late <meta>; so do we, checked against the bytes like any label."""
    page = (f"<html lang=\"en\"><head>{HEAD_SCRIPTS}<meta charset=\"iso-8859-7\"><title>Pool</title></head>"
            + "<body>" + "".join(f"<p>{p}</p>\n" for p in GREEK) + "</body></html>")
    decoded = decode_bytes(page.encode("iso8859-7"))
    assert (decoded.encoding, decoded.source, decoded.mislabeled) == ("iso8859-7", "meta", False)
    assert all(p in decoded.text for p in GREEK)


def test_a_late_meta_that_lies_is_overruled_and_reported() -> None:
    """The same late <meta> naming EUC-JP over Shift_JIS bytes: the bytes win, and the label was wrong."""
    page = (f"<html><head>{HEAD_SCRIPTS}<meta charset=\"EUC-JP\"><title>Library</title></head>"
            + "<body>" + "".join(f"<p>{p}</p>\n" for p in STORY) + "</body></html>")
    decoded = decode_bytes(page.encode("shift_jis"))
    assert (decoded.encoding, decoded.mislabeled, decoded.declared) == ("cp932", True, "euc-jp (meta)")
    assert all(p in decoded.text for p in STORY)
