"""Detectors of lines that are furniture by their shape, whatever the page's language: page numbers,
an image caption, a rule or END mark, an e-mail address alone. Registered with the others in
:data:`.heuristics.DETECTORS`; their patterns are public for the gate in :mod:`detection`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from . import vocab
from .patterns import starts
from .sentences import Context, has_sentence

# (in traditional characters too: 共2頁：1 2 下一頁 on a converted page)
PAGINATION = re.compile(r"^(?:[\s\d|.…<>«»\[\]:：]|上一?[页頁]|下一?[页頁]|[首尾末][页頁]|共\d+[页頁]|第\d+[页頁]|"
                         r"prev(?:ious)?|next|first|last|pages?|anterior|siguiente|назад|далее|前へ|次へ)+$", re.I)


# A photo story's counter alone on its line (图1/4, Foto 2/4); a bare 5/5 is a review's rating.
PHOTO_COUNTER = re.compile(r"^(?:图|圖|组图|組圖|photo|foto|фото)\s*\d{1,3}\s*/\s*\d{1,3}$", re.I)


# A colon between digits is a clock time (a live blog's 10:42), not a pager's label (共3页: 1 2 3).
_CLOCK = re.compile(r"\d[:：]\d")


def pagination(text: str, ctx: Context) -> str | None:
    if len(text) >= 3 and PAGINATION.match(text) and any(ch.isdigit() for ch in text) and not _CLOCK.search(text):
        return "page numbers"
    if PHOTO_COUNTER.match(text):
        return "a photo counter"
    return None


# A photo's credit inside a caption: （花蓮縣政府提供）, 中央社記者林怡君傳真, （新华社记者 王晓 摄）; a Korean
# caption's closing credit (▲ … 싣고 있다. 사진=남해일보, /사진=독자 제공, [사진=연합뉴스]).
PHOTO_CREDIT = re.compile(r"[（(][^（）()]{2,15}(?:提供|供图|供圖)[）)]"
                          r"|(?:记者|記者)\s*[\u4e00-\u9fff]{2,4}\s*(?:摄|攝|傳真|传真)"
                          r"|[/(\[]?\s*사진\s*=\s*[^\s=][^=]{0,24}[)\]]?$")
# Each of PHOTO_CREDIT's alternatives holds one of these words: a text with none is not searched (its
# Korean one, led by optional marks, is tried at every position of every text otherwise).
_PHOTO_CREDIT_CUES = ("提供", "供图", "供圖", "记者", "記者", "사진")


def photo_credit(text: str) -> re.Match[str] | None:
    """PHOTO_CREDIT's first match in ``text``."""
    return PHOTO_CREDIT.search(text) if any(cue in text for cue in _PHOTO_CREDIT_CUES) else None


# A photo's credit in brackets closing its caption, as British papers print it (… in June (Image: Getty)).
_CREDIT_CLOSE = re.compile(r"[(（]\s*(?i:" + "|".join(map(re.escape, vocab.PHOTO_CREDIT_LABELS))
                           + r"|pic)\s*[:：][^()（）:：]{1,40}[)）]\s*$")


def credit_close(text: str) -> re.Match[str] | None:
    """_CREDIT_CLOSE's match at the end of ``text`` (looked for only after a closing bracket)."""
    return _CREDIT_CLOSE.search(text) if text.rstrip().endswith((")", "）")) else None


def caption(text: str, ctx: Context) -> str | None:
    """图为…, …记者 X 摄, Photo: … — an image caption written as a paragraph."""
    if lead := starts(text, "caption"):
        return f"caption lead {lead!r}"
    if credit := photo_credit(text) or credit_close(text):
        return f"photo credit {credit.group(0)!r}"
    tail = text.rstrip(" )）】]").lower()
    if not tail.endswith(vocab.CAPTION_TAILS):
        return None
    for end in vocab.CAPTION_TAILS:
        if tail.endswith(end):
            return f"caption ending {end!r}"
    return None


# A rule, or the END mark a WeChat account closes its text with (- END -, —THE END—).
SEPARATOR = re.compile(r"^[\s\-=_*~·—－─━.]*(?:分隔线|分割线|END|End|THE END)?[\s\-=_*~·—－─━.]*$")
# The arrows WeChat editors point at the picture below with (▼, ↓↓↓), alone on a line.
POINTER = re.compile(r"[\s▼▽↓⬇︾]+")


# A short line of pictographs alone (a Ghost callout card's 📝, ★★★, a lone zero-width joiner, an old page's
# private-use glyph from its icon font or its GBK user-defined area, U+E5E5 after a 返目录 link): an icon
# or a decoration. Arrows and box-drawing lines are pieces of a diagram drawn in text (│, └→), and a
# table cell's ✓ is data (the filtering leaves cells to this detector's name).
SYMBOLS_MAX = 8
_JOINERS = "\u200d\ufe0e\ufe0f "
_DIAGRAM = ((0x2190, 0x21FF), (0x2500, 0x259F))


def symbols_only(text: str) -> bool:
    return (len(text) <= SYMBOLS_MAX and not text.isascii()
            and all(ch in _JOINERS or (category := unicodedata.category(ch)) == "Co" or (
                category[0] == "S" and not any(a <= ord(ch) <= b for a, b in _DIAGRAM)) for ch in text))


def separator(text: str, ctx: Context) -> str | None:
    if len(text) >= 3 and SEPARATOR.match(text):
        return "a line of rules"
    if POINTER.fullmatch(text):
        return "arrows pointing at a picture"
    if symbols_only(text):
        return "pictographs alone"
    return None


# A reporter's e-mail address alone on the article's last line (kmj@yna.co.kr, (ana@diario.es)).
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL_ONLY = re.compile(rf"^[\s(（<\[]*{_EMAIL}(?:[\s,;/)）>\]]+(?:{_EMAIL})?)*[\s)）>\]]*$")


AD_NOTE_MAX = 60
# A line ending as a sentence does (one stop, not an ellipsis).
_SENTENCE_END = re.compile(r"(?<![.…])[.!?。！？]\s*$")


@cache
def _ad_note_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile("|".join(map(re.escape, vocab.AD_WORDS))),
            re.compile("|".join(map(re.escape, vocab.AD_CONTINUE_CUES))))


def is_ad_note(low: str) -> bool:
    """Whether a lowercased line is a short note that the article goes on past an ad (see vocab.AD_WORDS):
    a label, not a sentence ("Advertising will continue.")."""
    ad, cue = _ad_note_words()
    return (len(low) <= AD_NOTE_MAX and ad.search(low) is not None and cue.search(low) is not None
            and not has_sentence(low) and not _SENTENCE_END.search(low))



def ad_note(text: str, ctx: Context) -> str | None:
    return "a note that the article goes on past an ad" if is_ad_note(text.lower()) else None


# The hotline every Chinese site's footer must print (违法和不良信息举报电话：…　举报邮箱：…): the site's, never
# a story's (a notice's own 举报电话 line names no 不良信息).
_REPORT_HOTLINE = re.compile(r"^(?:违法和|違法和)?不良信息举报(?:电话|邮箱|中心)?[：:]"
                             r"|^(?:违法和|違法和)?不良資訊舉報(?:電話|郵箱)?[：:]")


def report_hotline(text: str) -> bool:
    return "不良" in text[:6] and _REPORT_HOTLINE.match(text) is not None


def contact_line(text: str, ctx: Context) -> str | None:
    if EMAIL_ONLY.match(text):
        return "an e-mail address alone"
    return "a site's report hotline" if report_hotline(text) else None
