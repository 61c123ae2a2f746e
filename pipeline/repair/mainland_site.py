"""A traditional story on a mainland site's page, with no sign of Taiwan or Hong Kong in it (see :mod:`.script`).

Portals, app share pages and the farms that copy them show who runs the site: the licence and reporting lines
every mainland site must carry (京ICP备, 公网安备, 违法和不良信息举报电话), the mainland's character set they serve
(GB2312, GBK, GB18030: Taiwan and Hong Kong sites serve Big5 or UTF-8), and their own menus, share bars, comment
nicks and source lines in simplified characters. A farm that converts the story it reposts leaves those
in simplified, or converts them with the story (滬ICP備19023456號): either way a mainland site serves a story
in traditional characters because a converter wrote them. A Taiwan or Hong Kong story that such a site
reposts as it found it shows where it comes from: its vocabulary (:func:`taiwan_terms`, which :mod:`.script`
reads too), corner quotes, which no converter writes, its outlet named anywhere on the page (來源：明報), a
Taiwan byline (記者王志明／台中報導), places, public bodies and words of Taiwan or Hong Kong
(:func:`.mainland.regional_signs`: 台中, 本港, 內地, 按年, 食環署, 輪候); any one of them keeps the story as written.
"""

from __future__ import annotations

import re

from .common import HAN, converted_chars, count_converted, opencc_converter
from .mainland import article_prose, regional_signs
from .vocab import MAINLAND_TERMS, TAIWAN_HK_OUTLETS, TAIWAN_HK_TERMS
from .words import convert_each

# Corner quotes: Taiwan and Hong Kong typesetting; no simplified-to-traditional converter writes them.
MIN_CORNER_QUOTES = 2
# The Taiwan words s2twp writes for mainland ones (软件 -> 軟體): in a converted article they are the converter's.
_MAINLAND_WORDS = opencc_converter("t2s").convert("\n".join(MAINLAND_TERMS))
S2TWP_WORDS = frozenset(opencc_converter("s2twp").convert(_MAINLAND_WORDS).split("\n")).intersection(TAIWAN_HK_TERMS)
# A breadcrumb (當前位置：首頁 > 資訊 > 財經): a site's section names, not the article's words; mainland sites
# name sections 资讯 too, so Taiwan vocabulary there vetoes nothing. From its lead to the line's or the
# element's end, or a chain of 首頁 > … links. The pattern opens with its leads' first characters as one
# class, which re skips to (a pattern opening with alternatives is tried at every character: 9x slower).
_CRUMB_TO_END = "(?:(?!</(?:div|p|span|nav|li|td)>)[^\n]){0,300}"
_SITE_NAME_RE = re.compile("資訊(?=[網网站])")
CRUMB_RE = re.compile(
    f"[當当您首](?:(?<=[當当])前位置{_CRUMB_TO_END}|(?<=您)(?:的位置|[現现]在的位置){_CRUMB_TO_END}"
    "|(?<=首)[頁页](?:[ \u3000]*(?:>|»|->|&gt;|&raquo;)[ \u3000]*[^\n<>&]{1,16}){1,6})"
)

# The licence and reporting lines of a mainland site, in either script (a converter writes 滬ICP備 too).
_LICENCE_RE = re.compile("ICP[备備证證証]|公[网網]安[备備]|[违違]法和不良[信資][息訊]")
# Simplified characters elsewhere on the page: the site's own lines (a site name alone is one or two). Only those
# Big5 cannot write count: s2t also changes 台, 里, 干, 后, which Taiwan and Hong Kong write (台灣, 公里).
_MIN_SIMPLIFIED = 4
# A name: a run of Han characters of this length (a site's, an outlet's: 大河资讯, 云帆新闻网), and the converters
# whose forms its twin may take.
_NAME_RE = re.compile(f"[{HAN}]{{3,8}}")
_CONVERTERS = ("s2t", "s2tw", "s2hk", "s2twp")
# The mainland's character sets (the decoder reads GB2312 and GBK pages as GB18030).
_MAINLAND_CODECS = frozenset({"gb18030", "gbk", "gb2312"})
# Kana letters (not ・ or ー: Chinese pages bullet lists with ・ too).
_KANA_RE = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
# A story: this many traditional characters in the prose (a name or a title quoted in a comment is none).
_MIN_STORY = 10
# Taiwan's and Hong Kong's outlets, named anywhere on the page: a source line (來源：明報) is no prose.
_OUTLETS_RE = re.compile("|".join(TAIWAN_HK_OUTLETS))


def taiwan_terms(plain: str) -> list[str]:
    """Taiwan or Hong Kong vocabulary in the page's prose, outside the breadcrumbs (a section 資訊 is the site's)
    and the site's name (星河資訊網: farms name themselves so too). The story decides, not the site that serves
    it: a Taiwan farm's chrome (熱門影片, a BBS signature's 來自 (臺灣)) is written around the mainland stories it
    reposts as around its own, and s2twp writes its words (影片 in a spam header's 精品影片) into a farm's."""
    prose = article_prose(_SITE_NAME_RE.sub("", CRUMB_RE.sub("\n", plain)))
    return [t for t in TAIWAN_HK_TERMS if t in prose]


def _without_japanese(lines: list[str]) -> list[str]:
    """``lines`` without those holding kana: Japanese kanji read as traditional (報) or simplified (国) forms."""
    return [line for line in lines if not _KANA_RE.search(line)]


def traditional_story(text: str) -> str:
    """The lines of the page's prose written in traditional characters: the story a farm converted."""
    lines = _without_japanese(article_prose(text).split("\n"))
    return "\n".join(line for line in lines if count_converted(line, "t2s") > count_converted(line, "s2t"))


def simplified_only(text: str) -> int:
    """Occurrences in ``text`` of simplified characters no Big5 text holds (们, 说, 闻; not 台 or 里)."""
    return sum(text.count(c) for c in converted_chars(set(text), "s2t") if c.encode("cp950", "replace") == b"?")


def _name_in_both_scripts(text: str) -> str | None:
    """A name the page writes in simplified characters Big5 cannot write (the app bar's 新闻早知道) and, converted,
    in traditional (the <title>'s 新聞早知道): the site's own name, which the farm's converter met in one place and
    not in the other. One or two simplified characters say nothing alone (an editor's 李静); their converted twin
    on the same page shows the site is a mainland one, whatever converter it ran."""
    names = list(dict.fromkeys(name for name in _NAME_RE.findall(text) if simplified_only(name)))
    if not names:
        return None
    # (each converter reads all the names in one call, one a line: a call costs ~20 us however short its text)
    twins = [convert_each(names, config) for config in _CONVERTERS]
    return next((name for i, name in enumerate(names) if any(t[i] != name and t[i] in text for t in twins)), None)


def mainland_site(text: str, codec: str | None = None) -> str | None:
    """What marks the page as a mainland site's: its licence lines, the mainland's character set it was served in
    (``codec``, the decoder's), or simplified characters elsewhere on it, or a name written in both scripts."""
    licence = _LICENCE_RE.search(text)
    if licence:
        return f"a mainland site's {licence[0]}"
    if codec in _MAINLAND_CODECS:
        return f"a page served in {codec}"
    lines = "\n".join(_without_japanese(text.split("\n")))
    simplified = simplified_only(lines)
    if simplified >= _MIN_SIMPLIFIED:
        return f"{simplified} simplified characters on the page"
    name = _name_in_both_scripts(lines) if simplified else None
    return f"a page writing {name} in simplified and converted" if name else None


def converted_on_mainland_site(plain: str, codec: str | None = None) -> str | None:
    """Evidence that the traditional story of ``plain`` (the page without readings) was converted for the mainland
    site serving it, or None where the story shows Taiwan or Hong Kong: its vocabulary (the words s2twp writes for
    mainland ones, 資訊 for 信息, are no such sign here), a corner quote, no converter's, a Taiwan or Hong Kong
    outlet anywhere on the page, or :func:`.mainland.regional_signs`."""
    site = mainland_site(plain, codec)
    if site is None:
        return None
    story = traditional_story(plain)
    if count_converted(story, "t2s") < _MIN_STORY or "「" in story or _OUTLETS_RE.search(plain):
        return None
    if set(taiwan_terms(plain)) - S2TWP_WORDS or regional_signs(story):
        return None
    return f"a traditional story on {site}"
