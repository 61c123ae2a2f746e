# ruff: noqa: E501
"""Audit8 page builders: the seed's shape (text dump) and a farm's HTML, in any encoding, plus the
byte-level damage a repost suffers, with the reasoning that decides what the output must be.

Everything here is mechanics; the texts are in a8_texts. Obfuscation (s2t conversion, readings,
folded marks) is audit3's (bench/audit3/obfuscate.py), deterministic.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit3"))
sys.path.insert(0, str(HERE.parent / "audit4"))

import obfuscate as ob  # noqa: E402
from a8_texts import Art  # noqa: E402
from build import Case, Exp  # noqa: E402
from pypinyin import Style, pinyin  # noqa: E402

ob.STYLES.setdefault("zhuyin", Style.BOPOMOFO)

EM = "\u2003\u2003"
CHROME = {
    "zh": ("久久精品国产免费观看在线-亚洲日韩高清专区-午夜福利影院免费看-精品国产一区二区", "当前位置 : 首页 > 资讯中心 > 社会民生", "版权所有 © 本站 转载请注明出处"),
    "tw": ("久久精品國產免費觀看-亞洲日韓高清專區-午夜福利影院", "當前位置 : 首頁 > 新聞中心 > 地方新聞", "版權所有 © 本站 轉載請註明出處"),
    "ja": ("無料動画まとめ-最新アニメ無料視聴-人気ランキング", "ホーム > ニュース > 社会", "Copyright © 本サイト All Rights Reserved"),
    "ko": ("무료 영화 다시보기-최신 드라마 무료-인기 순위", "홈 > 뉴스 > 사회", "Copyright © 본 사이트 All Rights Reserved"),
    "ru": ("Скачать фильмы бесплатно-Смотреть сериалы онлайн-Лучшие игры", "Главная > Новости > Общество", "© Все права защищены. Копирование запрещено"),
    "es": ("Descargar películas gratis-Ver series online-Juegos gratis", "Inicio > Noticias > Sociedad", "© Todos los derechos reservados"),
    "pt": ("Baixar filmes grátis-Assistir séries online-Jogos grátis", "Início > Notícias > Cidades", "© Todos os direitos reservados"),
}


@dataclass
class A8:
    """A case plus what audit8 checks beyond audit4's fields: flags that must (or must not) be raised."""
    case: Case
    flags: tuple[str, ...] = ()
    no_flags: tuple[str, ...] = ()
    why: str = ""
    # The original, also accepted where a flag is expected: a lost byte the page does not settle but a
    # very common word does (the project's rule, .words) is restored, never a third text. Counted apart.
    alt: tuple[str, str] | None = None


def obf(line: str, config: str | None = "s2t", style: str = "tone", brackets: str = "()", fold: bool = True, rate: float = 0.7) -> str:
    out = ob.gloss(line, config, style, brackets, rate) if config else line
    return ob.fold(out) if fold else out


def dump(title: str, paras: list[str], lang: str = "zh", crumb: str | None = None, nl: str = "\n") -> str:
    """The seed's shape: spam line, NBSP lines around the crumb, title, em-space-indented paragraphs."""
    spam, crumb0, _ = CHROME[lang]
    lines = [spam, "", "\xa0", crumb if crumb is not None else crumb0, "\xa0", "", title, "", ""]
    return nl.join(lines) + nl.join(EM + p + nl for p in paras).rstrip(nl)


def seed_dump(a: Art, **kw: object) -> str:
    crumb = CHROME["zh"][1]
    return dump(obf(a[0], **kw), [obf(p, **kw) for p in a[1]], crumb=obf(crumb, **kw))  # type: ignore[arg-type]


def farm_html(title: str, paras: list[str], charset: str | None = "utf-8", lang: str = "zh", http_equiv: bool = False,
              raw_paras: bool = False, title_tag: str | None = None) -> str:
    spam, crumb, foot = CHROME[lang]
    if charset is None:
        meta = ""
    elif http_equiv:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        meta = f'<meta charset="{charset}">'
    body = "\n".join(f"<p>{p if raw_paras else escape(p)}</p>" for p in paras)
    links = "".join(f'<a href="/x/{i}.html">{escape(s)}</a> ' for i, s in enumerate(spam.split("-")))
    return (f'<!DOCTYPE html>\n<html><head>{meta}<title>{escape(title_tag if title_tag is not None else title)}</title></head>\n<body>\n'
            f'<div class="top">{links}</div>\n<div class="crumb">{escape(crumb)}</div>\n'
            f'<div class="article">\n<h1>{title if raw_paras else escape(title)}</h1>\n<div class="content">\n{body}\n</div>\n</div>\n'
            f'<div class="footer">{escape(foot).replace("©", "&copy;")}</div>\n</body></html>\n')


def body_of(a: Art) -> str:
    return "\n".join(a[1])


def case(name: str, group: str, data: bytes, ext: str, title: str | None, body: str | None, *, flags: tuple[str, ...] = (),
         no_flags: tuple[str, ...] = (), why: str = "", meta: dict[str, object] | None = None,
         alt: tuple[str, str] | None = None) -> A8:
    return A8(Case(name, group, {f"{name}.{ext}": data}, [Exp(title, body, meta or {})]), flags, no_flags, why, alt)


def _c1(err: UnicodeError) -> tuple[str, int]:
    """Undefined single bytes read as the C1 controls of the same value (the WHATWG way)."""
    assert isinstance(err, UnicodeDecodeError)
    return "".join(chr(b) for b in err.object[err.start : err.end]), err.end


codecs.register_error("a8_c1", _c1)


def moji(text: str, right: str, wrong: str) -> str:
    """``text`` saved as ``right`` and read back as ``wrong``: a lossless layer (single-byte codecs
    read undefined bytes as C1 controls; a multibyte one must decode strictly)."""
    single = wrong.startswith(("cp125", "koi8", "latin"))
    return text.encode(right).decode(wrong, "a8_c1" if single else "strict")


# --- lost lead bytes: the reasoning that decides recovery or a flag --------------------------------------

_GLOSS_RE = re.compile("[(（【\\[][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5 \u3105-\u3129ˊˇˋ˙]{1,12}[)）】\\]]")


def lose_lead(text: str, codec: str, pick: str, start: int = 0) -> tuple[str, int]:
    """Lose the lead byte of the character ``pick`` (its first occurrence from ``start``)."""
    i = text.index(pick, start)
    b = text[i].encode(codec)
    assert len(b) == 2 and 0x40 <= b[1] <= 0x7E, (pick, b)
    return text[:i] + "?" + chr(b[1]) + text[i + 1 :], i


JAPANESE_ONLY = {"県"}  # shinjitai GBK encodes that a Chinese text never uses


def _reads(ch: str, syl: str) -> bool:
    return any(syl in {r for rs in pinyin(ch, heteronym=True, style=style) for r in rs} for style in (Style.TONE, Style.TONE3, Style.BOPOMOFO))


def settled_by_page(damaged: str, i: int, codecs: tuple[str, ...]) -> set[str]:
    """Characters the stranded trail byte at ``damaged[i + 1]`` can complete (under any lead byte of
    ``codecs``) that the page supports. When the lost character's own reading follows the trail byte,
    only characters with that reading count, and if one is left the bytes and the reading determine
    it; otherwise a candidate counts when its bigram with a Han neighbour occurs elsewhere on the page
    (readings removed). One character left means the lost byte is determined; otherwise it must be flagged."""
    trail = ord(damaged[i + 1])
    own = _GLOSS_RE.match(damaged, i + 2)
    page = _GLOSS_RE.sub("", damaged[:i] + "\n" + damaged[i + 2 :])
    after_spot = _GLOSS_RE.sub("", damaged[i + 2 : i + 20])
    prev_part = _GLOSS_RE.sub("", damaged[max(0, i - 20) : i])
    prev = prev_part[-1:] if prev_part and ob.han(prev_part[-1]) else ""
    nxt = after_spot[:1] if after_spot and ob.han(after_spot[0]) else ""
    cands = set()
    for codec in codecs:
        for lead in range(0x81, 0xFF):
            try:
                cands.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    if own:
        cands = {ch for ch in cands if _reads(ch, own[0][1:-1])} - JAPANESE_ONLY
        if len(cands) == 1:
            return cands
    return {ch for ch in cands if (prev and prev + ch in page) or (nxt and ch + nxt in page)}


def lose_lead_misaligned(text: str, i: int, codec: str = "gbk") -> tuple[str, str]:
    """The seed's damage at ``text[i]``: its lead byte lost, and the previous character's trail byte
    with that lost lead read as one misaligned character M, whose reading a repost wrote before the
    stranded trail byte: 展營 -> 展?fàn)I (範 = B9 A0 from 展's B9 and 營's A0). Returns the damaged text
    and M's reading."""
    prev, char = text[i - 1].encode(codec), text[i].encode(codec)
    misread = bytes((prev[1], char[0])).decode(codec)
    syl = pinyin(misread, style=Style.TONE)[0][0]
    return text[:i] + "?" + syl + ")" + chr(char[1]) + text[i + 1 :], syl


def settled_misaligned(damaged: str, i: int, syl: str, codec: str = "gbk") -> set[str]:
    """Candidates for the lost character at ``damaged[i]`` (the "?"): a lead byte L with the stranded
    trail byte makes it, and the previous character's trail byte with L makes a character read
    ``syl``; if several, those whose bigram with a Han neighbour the page has elsewhere."""
    prev_trail = damaged[i - 1].encode(codec)[1]
    at = i + 1 + len(syl) + 1
    trail = ord(damaged[at])
    cands = set()
    for lead in range(0x81, 0xFF):
        try:
            ch = bytes((lead, trail)).decode(codec)
            misread = bytes((prev_trail, lead)).decode(codec)
        except UnicodeDecodeError:
            continue
        if len(misread) == 1 and _reads(misread, syl):
            cands.add(ch)
    if len(cands) <= 1:
        return cands
    page = _GLOSS_RE.sub("", damaged[:i] + "\n" + damaged[at + 1 :])
    nxt = _GLOSS_RE.sub("", damaged[at + 1 : at + 20])[:1]
    return {ch for ch in cands if damaged[i - 1] + ch in page or (nxt and ch + nxt in page)}
