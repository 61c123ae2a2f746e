# ruff: noqa: E501
"""Audit21 page builders: the seed's repost mechanics (spam header line, NBSP lines, crumb, title,
indented paragraphs, source line, footer, no final newline) as text dumps, and a farm's HTML page, in any
language and encoding; plus the copy damage farms outside Chinese do (mojibake of one line, homoglyphs,
invisible characters, decomposed Unicode)."""

from __future__ import annotations

import unicodedata
from html import escape as e

from a21_texts import Story

NB = "\u00a0"


def dump(s: Story, head: list[str], crumb: str, info: list[str] | None = None, tail: list[str] | None = None,
         indent: str = "", title: str | None = None, paras: list[str] | None = None, sep: str = "\n\n") -> str:
    """Seed shape: header lines, blank, NBSP line, crumb, NBSP line, blank, title, two blanks, [info], paragraphs, tail."""
    lines = [*head, "", NB, crumb, NB, "", title or s.title, "", ""]
    out = "\n".join(lines) + "\n"
    if info:
        out += sep.join(info) + sep
    out += sep.join(indent + p for p in (paras if paras is not None else s.paras))
    if tail:
        out += sep + sep.join(tail)
    return out


def farm(s: Story, lang: str, charset: str | None, crumb: str, info: str = "", tail: str = "", title_tag: str | None = None,
         h1: bool = True, top: str = "", paras: list[str] | None = None, side: str = "", comments: str = "", head: str = "",
         spam: str = "") -> str:
    """A WordPress-like farm page: spam link strip, nav, crumb, h1, info line, content, tags, related, comments, footer."""
    meta = f'<meta charset="{charset}">' if charset else ""
    ps = "".join(f"<p>{e(p)}</p>\n" for p in (paras if paras is not None else s.paras))
    h = f'<h1 class="entry-title">{e(s.title)}</h1>' if h1 else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{meta}<title>{e(title_tag or s.title)}</title>{head}</head>\n<body>\n'
            f'<div class="topbar">{spam}</div>\n'
            '<header id="masthead"><a class="site-title" href="/">NEWS24</a><nav class="main-nav"><ul><li><a href="/">&#8962;</a></li><li><a href="/c/1">1</a></li><li><a href="/c/2">2</a></li><li><a href="/c/3">3</a></li></ul></nav></header>\n'
            f'<div class="breadcrumbs">{crumb}</div>\n'
            f'<main id="main"><article class="post">{h}<div class="entry-meta">{info}</div>\n'
            f'<div class="entry-content">{top}{ps}{tail}</div></article>\n{comments}</main>\n'
            f'<aside id="sidebar">{side}</aside>\n'
            '<footer id="colophon">&copy; 2026 NEWS24</footer>\n</body></html>\n')


def moji(text: str, wrong: str, right: str = "utf-8") -> str:
    """Text encoded in `right` and read back as `wrong` (the damage of one paste)."""
    return text.encode(right).decode(wrong)


LOOK = str.maketrans("аеорсхуАЕОРСХМТКВН", "aeopcxyAEOPCXMTKBH")


def homoglyphs(text: str, every: int = 2) -> str:
    """A 'uniqueness' farm's trick: in every `every`-th word of four letters or more, Cyrillic letters
    with a Latin look-alike are swapped for it (a word of mixed scripts the eye cannot see)."""
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        if i % every == 0 and len(w) >= 4 and w.translate(LOOK) != w and any(c.isalpha() and c == c.translate(LOOK) for c in w):
            w = w.translate(LOOK)
        out.append(w)
    return " ".join(out)


def invisibles(text: str, mark: str = "\u200b", every: int = 3) -> str:
    """Zero-width (or soft hyphen) characters inside every `every`-th long word, after its second letter."""
    words = text.split(" ")
    return " ".join(w[:2] + mark + w[2:] if i % every == 0 and len(w) >= 6 and w[:2].isalpha() else w for i, w in enumerate(words))


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes as Vietnamese Windows software wrote them: the base letter (precomposed Ă Â Ê Ô Ơ Ư Đ)
    followed by its tone mark as a combining character."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES)) + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")
