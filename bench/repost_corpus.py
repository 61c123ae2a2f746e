"""Seeded seed-like reposts of our own original articles (bench/originals/*.txt).

Each original is ``title\\nparagraph\\n...``. A repost applies, chosen by a seeded RNG: simplified to
traditional conversion (s2tw or s2hk), pinyin after some converted characters (tone marks, tone numbers
or none; in (), （） or 【】), full-width , : ; folded to ASCII, zero-width characters, NBSP/em-space
indents, a keyword-spam first line, a breadcrumb line, share/footer lines, and an encoding (UTF-8, GBK,
Big5) for the bytes. The page is either plain text (like the seed) or HTML in a spam CMS template.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import opencc
from pypinyin import Style, pinyin

ORIGINALS = Path(__file__).parent / "originals"
SPAM = ["久久精品国产免费观看-高清无码在线播放-日韩精品一区二区", "最新电影免费看-在线观看视频网站-精品影院",
        "彩票开奖结果查询-体育直播在线-免费小说阅读网"]
CRUMBS = ["当前位置：首页 > 资讯中心 > 时政要闻", "您现在的位置：首页 > 新闻 > 社会", "首页 > 国内新闻 > 正文"]
FOOTERS = ["分享到：微信 微博 QQ空间", "上一篇：本地天气预报 下一篇：周末出行指南", "责任编辑：张三",
           "版权所有 © 2026 某某资讯网 京ICP备12345678号"]
BRACKETS = [("(", ")"), ("（", "）"), ("【", "】")]


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    body: str  # paragraphs joined by \n
    data: bytes
    content_type: str | None
    kind: str  # "text" or "html"


def _annotate(original: str, converted: str, rng: random.Random, style: Style, brackets: tuple[str, str]) -> str:
    out = []
    for simple, trad in zip(original, converted, strict=True):
        out.append(trad)
        if simple != trad and rng.random() < 0.5:
            out.append(brackets[0] + pinyin(simple, style=style)[0][0] + brackets[1])
    return "".join(out)


def _obfuscate(line: str, rng: random.Random, conv: opencc.OpenCC, style: Style, brackets: tuple[str, str],
               fold: bool) -> str:
    converted = conv.convert(line)
    # A phrase conversion that changed the length leaves no character pairing to annotate.
    text = converted if len(converted) != len(line) else _annotate(line, converted, rng, style, brackets)
    if fold:
        text = text.replace("，", ",").replace("：", ":").replace("；", ";")
    if rng.random() < 0.3:
        cut = rng.randrange(1, max(2, len(text) - 1))
        text = text[:cut] + "\u200b" + text[cut:]
    return text


def _html(title: str, lines: list[str], spam: str, crumb: str, footer: str, charset: str) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in lines)
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{spam}</title><meta name=\"keywords\" content=\"{spam}\"></head><body>"
            f'<div class="top"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/video/">视频</a></div>'
            f'<div class="position">{crumb}</div><div class="main"><div class="article"><h1>{title}</h1>'
            f'<div class="info">发布时间：2026-03-01 09:12 来源：网络</div><div class="content">{paragraphs}</div>'
            f'<div class="share">{footer}</div></div><div class="side"><h3>热门文章</h3><ul>'
            + "".join(f'<li><a href="/a/{i}.html">{s}</a></li>' for i, s in enumerate(SPAM))
            + f'</ul></div></div><div class="footer">{FOOTERS[3]}</div></body></html>')


def make_case(path: Path, rng: random.Random, index: int) -> Case:
    title, *body = path.read_text(encoding="utf-8").strip().splitlines()
    conv = opencc.OpenCC(rng.choice(["s2tw", "s2hk", "s2t"]) if rng.random() < 0.8 else "s2tw")
    style = rng.choice([Style.TONE, Style.TONE3, Style.NORMAL])
    brackets = rng.choice(BRACKETS)
    fold = rng.random() < 0.7
    lines = [_obfuscate(line, rng, conv, style, brackets, fold) for line in [title, *body]]
    encoding = rng.choice(["utf-8", "gb18030", "big5"])
    spam, crumb = rng.choice(SPAM), conv.convert(rng.choice(CRUMBS))
    footer = rng.choice(FOOTERS[:3])
    if rng.random() < 0.5:
        text = (f"{spam}\n\n\xa0\n{crumb}\n\xa0\n\n{lines[0]}\n\n\n"
                + "\n\n".join("\u2003\u2003" + line for line in lines[1:]) + f"\n\n{footer}\n")
        kind, content_type = "text", None
    else:
        text = _html(lines[0], lines[1:], spam, crumb, footer, "utf-8" if rng.random() < 0.6 else "iso-8859-1")
        kind, content_type = "html", rng.choice([None, "text/html", "text/html; charset=utf-8"])
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # Big5 lacks a character of this repost: serve it as UTF-8 instead
        encoding, data = "utf-8", text.encode("utf-8")
    return Case(f"{path.stem}-{index}-{kind}-{encoding}", title, "\n".join(body), data, content_type, kind)


def build(seed: int = 7, per_original: int = 4) -> list[Case]:
    rng = random.Random(seed)
    return [make_case(path, rng, i) for path in sorted(ORIGINALS.glob("*.txt")) for i in range(per_original)]
