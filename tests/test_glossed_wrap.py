"""A glossed dump (readings after the characters) hard-wrapped at a fixed width: the wrap's width is
the width with the readings, and it cuts readings, words and numbers in two. Its paragraphs are joined
before the readings go, so both the readings and the wrap leave no trace."""

from __future__ import annotations

import re

from pypinyin import Style, pinyin

from pipeline import clean_text
from pipeline.strip.wraps import wrap_edits

_TITLE = "河灣縣新建三座社區圖書館"
_P1 = ("本報訊　河灣縣今年新建的三座社區圖書館本週對外開放，館內配備了自助借還設備和IPv6無線網絡，"
       "每座圖書館藏書約12000冊，週末開放時間延長到晚上九點。")
_P2 = ("縣文化館負責人表示，圖書館將定期舉辦親子閱讀和講座活動，居民憑身份證即可免費辦理借書證，"
       "預計每年可服務讀者超過35000人次。")


def _glossed(text: str) -> str:
    """Every other Han character followed by its tone-marked reading, as the obfuscators write them."""
    out, han = [], 0
    for char in text:
        out.append(char)
        if re.match("[\u4e00-\u9fff]", char):
            han += 1
            if han % 2:
                out.append(f"({pinyin(char, style=Style.TONE)[0][0]})")
    return "".join(out)


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_a_hard_wrapped_glossed_dump_loses_its_wrap_and_its_readings() -> None:
    paragraphs = [_wrap(_glossed(p), 34) for p in (_P1, _P2)]
    dump = f"{_glossed(_TITLE)}\n\n" + "\n\n".join(paragraphs) + "\n"
    # the wrap cuts inside readings and inside the paragraph's own Latin word or number
    assert re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*\n", dump)
    record = clean_text(dump, script="keep")
    assert record.title == _TITLE
    assert record.text.split("\n") == [_P1, _P2]
    assert any(change.rule == "glossed_hard_wrap" for change in record.changes)


def test_a_chinese_wrap_cut_inside_a_latin_word_joins_it_without_a_space() -> None:
    lines = ["第一行的文字写满了整整二十四个字符的宽度啊啊IP", "v6网络已经覆盖全县的每一个乡镇和村庄，用户达到",
             "三万户，今年还将继续扩大覆盖的范围和速度啊啊啊啊",
             "结尾。"]
    text = "\n".join(lines)
    edits, _ = wrap_edits(text)
    assert [edit.new for edit in edits] == ["", "", ""]
    assert text[edits[0].start - 2:edits[0].end + 2] == "IP\nv6"
