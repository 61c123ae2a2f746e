"""Dumps hard-wrapped at a fixed width get their paragraphs back; ordinary dumps are untouched."""

from __future__ import annotations

from pipeline.strip import extract_text
from pipeline.strip.wraps import unwrap

_P1 = ("走进杭州市拱墅区一处老旧小区，记者看到，一楼原本闲置的车库已经改造成了明亮的日间照料中心，"
       "十几位老人正在这里下棋、读报、做康复训练。")
_P2 = ("据了解，今年以来，杭州在全市范围内推进社区嵌入式养老服务试点，通过盘活闲置用房、引入专业机构运营，"
       "为周边老年人提供助餐、助浴等服务。")
_EN = ("Residents of this fishing town voted on Tuesday to raise local taxes so that their last ferry keeps "
       "running through the winter months, when the road around the bay is often closed by snow.")


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_paragraphs_wrapped_at_one_width_are_joined_and_the_join_recorded() -> None:
    dump = f"社区嵌入式养老服务试点扩大\n\n{_wrap(_P1, 30)}\n\n{_wrap(_P2, 30)}\n"
    article = extract_text(dump)
    assert article.title == "社区嵌入式养老服务试点扩大"
    assert article.paragraphs == [_P1, _P2]
    assert article.changes[0].rule == "strip:hard_wrap" and article.changes[0].chars_removed == 0


def test_word_wrapped_latin_of_uneven_widths_is_left_alone() -> None:
    words, lines, line = _EN.split(), [], ""
    for word in words:  # wrap at 40 at word ends, the way a mail client does
        if len(line) + len(word) + 1 > 40 and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    wrapped = "\n".join(lines)
    assert unwrap(wrapped) == (wrapped, None)  # no width shared by most lines: no evidence of a wrap


def test_a_dump_with_one_paragraph_per_line_is_untouched() -> None:
    dump = f"社区嵌入式养老服务试点扩大\n\n{_P1}\n\n{_P2}\n"
    assert unwrap(dump) == (dump, None)
