# ruff: noqa: E501
"""Audit23 page builders: byte-level damage and encoding confusions on Chinese, Japanese, Korean,
Russian and Western pages. Reuses audit14/audit18's seed dump, farm page and DedeCMS page (Chinese), adds
a plain news page and a plain text dump for the other languages, pages mixing two encodings, and the byte
damage itself: a character's lead byte lost to ``?`` or dropped, its trail byte lost or turned to ``?``.

What a case expects (decided here, before any run): the original where the surviving bytes and the page
determine it (the lost character is the only candidate that makes a pair the page repeats: audit8's
reasoning, widened to kana, hangul and misaligned bytes), otherwise the damage left as it is and a flag:
a ``?`` + ASCII trail byte stays as those two characters (flag ``lost_lead_byte``); a byte that cannot
stand alone (a non-ASCII trail, a lead whose trail was lost) is one U+FFFD, the characters after it read
in their right alignment (any flag, written ``*``)."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
from a18_build import A8, a14, case, dede_html, dump, enc, farm_html, g, lost  # noqa: E402, F401
from a23_texts import Story  # noqa: E402

ANY = "*"  # any flag (audit14's runner: a flag must be raised, whichever names the damage)
LEAD_Q, LEAD_DROP, TRAIL_DROP, TRAIL_Q = "\ue001", "\ue002", "\ue003", "\ue004"
RAW_ON, RAW_OFF = "\ue010", "\ue011"  # a stretch written in another codec (a mixed page)
OPS = {LEAD_Q, LEAD_DROP, TRAIL_DROP, TRAIL_Q}


def body(s: Story) -> str:
    return "\n".join(s.paras)


def page(s: Story, *, lang: str, charset: str | None = "utf-8", paras: list[str] | None = None, title: str | None = None,
         site: str = "News Portal", head: str = "") -> str:
    """A plain news site's article page: nav, h1, date line, paragraphs, related links, footer. ``paras``
    and ``title`` are written raw (markers allowed); otherwise escaped."""
    cs = f'<meta charset="{charset}">' if charset else ""
    t = title if title is not None else escape(s.title)
    ps = "\n".join(f"<p>{p}</p>" for p in (paras if paras is not None else [escape(p) for p in s.paras]))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{cs}{head}<title>{t} | {site}</title></head>\n<body>\n'
            f'<nav class="menu"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/contact/">Contact</a></nav>\n'
            f'<article class="post">\n<h1 class="post-title">{t}</h1>\n<div class="post-content">\n{ps}\n</div>\n</article>\n'
            f'<aside class="related"><h3>More</h3><ul><li><a href="/n/1.html">Weather</a></li><li><a href="/n/2.html">Traffic</a></li></ul></aside>\n'
            f'<footer class="site-footer"><p>&copy; 2026 {site}</p></footer>\n</body></html>\n')


def text_dump(s: Story, *, site: str, title: str | None = None, paras: list[str] | None = None, nl: str = "\n") -> str:
    """A copy-paste text dump of another language: site line, title, paragraphs with blank lines."""
    return nl.join([site, "", title if title is not None else s.title, "", *(x for p in (paras if paras is not None else s.paras) for x in (p, ""))]).rstrip(nl)


def mark(line: str, pick: str, op: str, nth: int = 0) -> str:
    """``line`` with the damage ``op`` put on the ``nth`` occurrence of ``pick``'s first character."""
    i = -1
    for _ in range(nth + 1):
        i = line.index(pick, i + 1)
    return line[:i] + op + line[i:]


def damage(text: str, codec: str, raw_codec: str | None = None) -> bytes:
    """``text`` encoded in ``codec`` (spaces it lacks replaced, audit14's enc) with the marked damage done
    to the bytes, and RAW_ON..RAW_OFF stretches encoded in ``raw_codec``."""
    out = bytearray()
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == RAW_ON:
            j = text.index(RAW_OFF, i)
            out += enc(text[i + 1 : j], raw_codec or codec)
            i = j + 1
            continue
        if ch in OPS:
            b = text[i + 1].encode(codec)
            assert len(b) == 2, (text[i + 1], b)
            out += {LEAD_Q: b"?" + b[1:], LEAD_DROP: b[1:], TRAIL_DROP: b[:1], TRAIL_Q: b[:1] + b"?"}[ch]
            i += 2
            continue
        j = i
        while j < len(text) and text[j] not in OPS and text[j] != RAW_ON:
            j += 1
        out += enc(text[i:j], codec)
        i = j
    return bytes(out)


def _cands(codec: str, lead: int | None = None, trail: int | None = None) -> set[str]:
    out = set()
    for b in range(0x40, 0xFF):
        pair = bytes((lead, b)) if lead is not None else bytes((b, trail or 0))
        try:
            ch = pair.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(ch) == 1 and not ch.isascii():
            out.add(ch)
    return out


def settled(clean: str, line: str, op: str, codec: str) -> set[str]:
    """The characters the surviving byte of the damaged character in ``line`` (marked by ``op``) can
    complete that make a pair with a letter neighbour which ``clean`` (the whole undamaged page text)
    holds elsewhere. One left: the page determines the lost byte."""
    i = line.index(op)
    ch = line[i + 1]
    b = ch.encode(codec)
    cands = _cands(codec, trail=b[1]) if op in (LEAD_Q, LEAD_DROP) else _cands(codec, lead=b[0])
    prev = line[i - 1] if i and line[i - 1].isalpha() and not line[i - 1].isascii() else ""
    nxt = line[i + 2] if i + 2 < len(line) and line[i + 2].isalpha() and not line[i + 2].isascii() else ""
    rest = clean.replace(prev + ch + nxt, "\n", 1) if prev and nxt else clean.replace((prev + ch) if prev else (ch + nxt), "\n", 1)
    return {c for c in cands if (prev and prev + c in rest) or (nxt and c + nxt in rest)}


def left_as_is(line: str, op: str, codec: str) -> str:
    """The damaged character as the page leaves it: ``?`` + an ASCII trail stays; a lone byte is U+FFFD."""
    i = line.index(op)
    b = line[i + 1].encode(codec)
    spot = {LEAD_Q: "?" + (chr(b[1]) if b[1] < 0x80 else "\ufffd"), LEAD_DROP: chr(b[1]) if b[1] < 0x80 else "\ufffd",
            TRAIL_DROP: "\ufffd", TRAIL_Q: "\ufffd?"}[op]
    return line[:i] + spot + line[i + 2 :]


def hurt(name: str, group: str, s: Story, line_no: int, pick: str, op: str, codec: str, render: object, *, nth: int = 0, ext: str | None = None,
         meta: dict[str, object] | None = None, expect: str | None = None) -> A8:
    """Damage ``op`` on ``pick`` in line ``line_no`` (0 = title) of ``s``; ``render`` makes the page text from
    a story; the expectation follows the module's rule (``expect`` = 'settled' / 'flag' asserts which)."""
    lines = [s.title, *s.paras]
    marked = mark(lines[line_no], pick, op, nth)
    clean_text = "\n".join(lines)
    found = settled(clean_text, marked, op, codec)
    lines2 = list(lines)
    lines2[line_no] = marked
    text = render(Story(lines2[0], tuple(lines2[1:]), s.publisher, s.author, s.published))  # type: ignore[operator]
    data = damage(text, codec)
    kind = "html" if text.lstrip().startswith("<") else "txt"
    orig = lines[line_no][marked.index(op)]
    if found == {orig}:
        assert expect in (None, "settled"), (name, found)
        return case(name, group, data, ext or kind, s.title, body(s), why=f"page settles {orig}", meta=meta,
                    no_flags=("lost_lead_byte",) if op == LEAD_Q else ())
    assert expect in (None, "flag"), (name, found)
    lines[line_no] = left_as_is(marked, op, codec)
    ascii_trail = op == LEAD_Q and lines[line_no][marked.index(op) + 1].isascii()
    return case(name, group, data, ext or kind, lines[0], "\n".join(lines[1:]), flags=("lost_lead_byte",) if ascii_trail else (ANY,),
                why=f"{orig}: candidates {sorted(found)}", alt=(s.title, body(s)) if ascii_trail else None, meta=meta)
