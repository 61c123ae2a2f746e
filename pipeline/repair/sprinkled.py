"""What marks a page as sprinkled by a copy-detection obfuscator, whose few odd spaces between ideographs then go
(.spacing): marks no writer leaves, its readings (pinyin after characters), narrow spaces, invisibles or hidden
noise elements between ideographs, spaces of several kinds, or spaces other than ASCII cutting very common words
(平\u2002均, 措\u3000施: a writer's space between ideographs falls between words, never inside 平均)."""

from __future__ import annotations

import re
from collections.abc import Collection

from .common import HAN, Context
from .hidden_noise import hidden_between_han
from .pinyin import find_annotations

# Confirmed readings that make a page the obfuscator's (as the script decision counts them).
_MIN_READINGS = 3
# Narrow or thin spaces between two ideographs (观\u202f众): no writer types them there (.invisible removes them
# later), so this many mark the page as sprinkled by a copy-detection obfuscator, as its readings do.
_NARROW_BETWEEN_RE = re.compile(f"[{HAN}][\u2004-\u200a\u202f\u205f](?=[{HAN}])")
_MIN_NARROW = 3
# Kinds of space between two ideographs in the prose (NBSP, en, em, ideographic): a writer, or an editor's CMS,
# puts one kind; an obfuscator draws each of its spaces from several.
_MIN_KINDS = 3
# Spaces other than ASCII cutting a very common word in the prose lines: one may be a writer's slip, two are the
# obfuscator's draw (an ASCII one may be a hard wrap's join, and counts only once the page is proven).
_MIN_COMMON_SPLITS = 2


def obfuscated(text: str, ctx: Context) -> str:
    """What marks the page as an obfuscator's (readings, narrow spaces, invisibles or hidden noise elements
    between ideographs), or ""."""
    if len(_NARROW_BETWEEN_RE.findall(text)) >= _MIN_NARROW:
        return "narrow spaces between ideographs"
    if ctx.invisibles_between_han >= _MIN_NARROW:
        return "invisible characters between ideographs"
    if hidden_between_han(text, ctx.page or text) >= _MIN_NARROW:
        return "hidden noise elements between ideographs"
    return "readings" if max(ctx.readings_removed, len(find_annotations(text))) >= _MIN_READINGS else ""


def drawn(text: str, between: Collection[int], in_common_words: Collection[int]) -> str:
    """The spaces at ``between`` (between ideographs in the body lines) are of several kinds (NBSP, en, ideographic:
    县人\u2002民法院, 采砂\u00a0被判, 河道\u3000内), or those at ``in_common_words`` (cutting a very common word in a
    prose line) other than ASCII are two or more: the obfuscator's draw, or ""."""
    kinds = {text[pos] for pos in between} - {" "}
    if len(kinds) >= _MIN_KINDS:
        return f"{len(kinds)} kinds of space between ideographs"
    cutting = sum(text[pos] != " " for pos in in_common_words)
    return f"{cutting} spaces inside very common words" if cutting >= _MIN_COMMON_SPLITS else ""
