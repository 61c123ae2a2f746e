"""A Japanese matome page (a 2ch / 5ch thread summary): the first post quotes the story and is the
article; the posts' headers (1: 名前 2026/06/08(月) 10:12:34.56 ID:…) and the numbered replies are the
thread's, dropped as comments, on a page and in a text dump."""

from __future__ import annotations

from pipeline import clean_html, clean_text
from pipeline.strip.matome import thread_drops

_TITLE = "【悲報】市内の公立図書館、開館時間を午後9時まで延長へ"
_STORY = ["市教育委員会は8日、市内にある5つの公立図書館の開館時間を7月から午後9時まで延長すると発表した。",
          "仕事帰りの会社員や学生からの要望が多かったことを受けたもので、平日の夜間は自習室も利用できるようになる。",
          "市は夜間の運営のため、新たに司書12人を採用する方針だ。"]
_POSTS = [("1", "Ab3dE5fG0", _STORY), ("2", "xYz12345a", ["ええやん"]), ("3", "Qw9Er7Ty0", ["どこが悲報なんや"]),
          ("5", "Ab3dE5fG0", [">>3", "司書さんの負担が増えるやろ"]),
          ("8", "Lk8Jh6Gf0", ["夜の図書館って静かで集中できそうやな"])]
_REPLIES = ("ええやん", "どこが悲報なんや", "司書さんの負担が増えるやろ", "夜の図書館って静かで集中できそうやな")


def _header(number: str, ident: str) -> str:
    return f"{number}: 風吹けば名無し 2026/06/08(月) 10:{10 + int(number)}:34.56 ID:{ident}"


def test_a_matome_pages_replies_and_post_headers_are_dropped() -> None:
    posts = "".join(f'<div class="t_h">{_header(n, i)}</div>'
                    f'<div class="t_b">{"<br>".join(lines).replace(">>", "&gt;&gt;")}</div>' for n, i, lines in _POSTS)
    page = (f'<html lang="ja"><head><meta charset="utf-8"><title>{_TITLE} : ニュース速報まとめ</title></head><body>'
            f'<div class="header"><a href="/">ニュース速報まとめ</a></div><div class="article"><h2>{_TITLE}</h2>'
            f'<div class="date">2026年06月08日 12:30</div><div class="article-body">{posts}</div></div></body></html>')
    record = clean_html(page)
    assert record.title == _TITLE
    assert record.text.split("\n") == _STORY
    assert sum(c.rule == "heuristic:comments" for c in record.changes) >= 1


def test_a_matome_dumps_replies_are_dropped() -> None:
    posts = "\n\n".join(_header(n, i) + "\n\n" + "\n".join(lines) for n, i, lines in _POSTS)
    record = clean_text(f"{_TITLE}\n\n2026年06月08日 12:30\n\n{posts}\n")
    assert record.text.split("\n") == _STORY
    assert not any(reply in record.text for reply in _REPLIES)


def test_one_quoted_post_header_is_no_thread() -> None:
    lines = [_header("1", "Ab3dE5fG0"), *_STORY, _header("2", "xYz12345a"), "ええやん"]
    assert thread_drops(lines, [True] * len(lines)) == {}
