"""The article body a page's scripts hold: a state object's body/content string (React, Vue, Next.js
and Nuxt pages render the article from it), or a rich-text block array, one paragraph a block."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from .textdates import iso_date

_CODE = re.compile(r"<script|function\s*\(|=>|\bvar\s|\bconst\s")
STATE_MIN = 200
_STATE_KEYS = ('"content"', '"body"', '"articleBody"', '"text"', '"html"')
_STATE_KEY = re.compile(r'"(?:content|body|articleBody|text|html)"\s*:')
# The string value unrolled ("[^"\\]*(?:\\.[^"\\]*)*"): the same strings as "(?:[^"\\]|\\.)*", without
# an alternation tried at every character of a long body.
_STRING = r'\s*:\s*("[^"\\]*(?:\\.[^"\\]*)*")'
_STATE_VALUE = re.compile(r'"(?:content|body|articleBody|text|html)"' + _STRING)
# A Nuxt 2 page's window.__NUXT__ is a JS object literal: its keys are not quoted.
_JS_STATE_KEYS = ("content:", "body:")
_JS_STATE_VALUE = re.compile(r'(?<![\w$."])(?:content|body)' + _STRING)
# The publication date of a state object: a date string, or Unix seconds / milliseconds (an app's
# "publish_time": 1785839400). Keys that name a publication only: "date" or "createdAt" may be a
# comment's or the CMS record's.
_STATE_DATE = re.compile(r'"(?:datePublished|publishedAt|published_at|publishedDate|published_date|publishDate'
                         r'|publish_date|publishTime|publish_time|pubDate|pub_date|publicationDate'
                         r'|firstPublishedAt|first_published_at|ptime|pubtime|pubTime)"\s*:\s*(?:"([^"\\]{4,40})"|(\d{10}|\d{13})\b)')
# Where a state object's rich text is an array of blocks, each paragraph's text is under this key.
_BLOCK_TEXT_KEY = "text"


def state_body(scripts: list[str], stub: bool = False, longer_than: float = 0) -> str | None:
    """The longest HTML-ish string under a body/content key of a script state object. Where the
    visible body is only a ``stub``, looser forms too: a JS object literal's unquoted body/content
    key (Nuxt 2), and the longest array of rich-text blocks in a JSON script (one paragraph a block,
    as Next.js pages of headless CMSs hold them).

    Only a body of more than ``longer_than`` chars is of use to the caller: a script no longer than
    that is not searched, nor a string literal decoded that is (a body is never longer than the
    script or the literal it is read from, so the longest one is still found where it is long enough)."""
    best: str | None = None
    for text in scripts:
        if len(text) <= longer_than:
            continue
        patterns = [_STATE_VALUE] if any(key in text for key in _STATE_KEYS) and _STATE_KEY.search(text) else []
        if stub and any(key in text for key in _JS_STATE_KEYS):
            patterns.append(_JS_STATE_VALUE)
        for match in (m for pattern in patterns for m in pattern.finditer(text)):
            if len(match.group(1)) - 2 <= longer_than:
                continue
            try:
                value = json.loads(match.group(1))
            except ValueError:
                continue
            if isinstance(value, str) and len(value) > len(best or "") and not _CODE.search(value):
                best = value
        if stub and (blocks := _block_array(text)) and len(blocks) > len(best or ""):
            best = blocks
    return best if best and len(best) >= STATE_MIN else None


def _block_array(script: str) -> str | None:
    """The longest list of two or more objects of one kind (the same keys) in a JSON script, each
    holding text under a "text" key (at any depth), as one paragraph a line."""
    if not script.lstrip().startswith(("{", "[")):
        return None
    try:
        data = json.loads(script)
    except ValueError:
        return None
    best: str | None = None
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        values = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend(v for v in values if isinstance(v, dict | list))
        if (isinstance(node, list) and len(node) >= 2 and all(isinstance(item, dict) for item in node)
                and len({frozenset(item) for item in node}) == 1):
            paras = [para for item in node if (para := "".join(_block_strings(item)).strip())]
            joined = "\n".join(paras)
            if len(paras) >= 2 and len(joined) > len(best or ""):
                best = joined
    return best


def _block_strings(item: Any) -> Iterator[str]:
    """The strings under text keys inside one block, in order."""
    if isinstance(item, dict):
        for key, value in item.items():
            if isinstance(value, str) and key == _BLOCK_TEXT_KEY:
                yield value
            elif isinstance(value, dict | list):
                yield from _block_strings(value)
    elif isinstance(item, list):
        for value in item:
            yield from _block_strings(value)


def dates_publication(script: str) -> bool:
    """The script holds a publication date under a state object's key (a QQ-like page's short ``window.DATA = {…,
    "pubtime": "…"}`` is its only date where no date line shows)."""
    return _STATE_DATE.search(script) is not None


def state_date(scripts: list[str], agreed: bool = False) -> str | None:
    """The first publication date the script state objects hold (ISO 8601), for a page whose body
    came from them: its visible date line was never rendered. ``agreed``: for a page whose body is
    its visible text, only a day every publication date of its scripts names (an app's share page
    dates its one article so; a feed of other stories in the state holds other days)."""
    dates: list[str] = []
    for text in scripts:
        for match in _STATE_DATE.finditer(text):
            found = iso_date(match[1]) if match[1] is not None else \
                datetime.fromtimestamp(int(match[2]) // (1000 if len(match[2]) == 13 else 1), UTC).isoformat()
            if found and not agreed:
                return found
            if found:
                dates.append(found)
    return dates[0] if dates and len({d[:10] for d in dates}) == 1 else None


# The outlet an app's state object credits (今日头条's "source", NetEase's "src", "mediaName"): the paper
# the app republishes, shown in the line its share page never rendered.
_STATE_OUTLET = re.compile(r'"(?:source|src|mediaName|media_name|sourceName|source_name)"' + _STRING)
_OUTLET_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}|[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}")


def state_publisher(scripts: list[str]) -> str | None:
    """The first outlet the script state objects credit, when its value reads as an outlet's name
    (not a URL, a code or a sentence), for a page whose body came from them."""
    return next((name for value in _string_values(scripts, _STATE_OUTLET)
                 if _OUTLET_NAME.fullmatch(name := value.strip())), None)


def _string_values(scripts: list[str], pattern: re.Pattern[str]) -> Iterator[str]:
    """The JSON string values ``pattern`` (a key, then ``_STRING``) finds in the scripts, decoded."""
    for text in scripts:
        for match in pattern.finditer(text):
            try:
                value = json.loads(match.group(1))
            except ValueError:
                continue
            if isinstance(value, str):
                yield value


# A state object's headline ("title", "headline"), and what a <title> may add after it: a separator glued
# on or spaced (标题-新闻早知道, 标题 | App) and an app's or site's short name.
_STATE_TITLE = re.compile(r'"(?:title|headline)"' + _STRING)
_TITLE_TAIL = re.compile(r"\s*[-_|｜·—–:：]\s*(?:[^\s，。！？,.!?]{1,12}|[A-Z][\w.&'-]*(?: [\w.&'-]+){0,3})\s*")


def state_headline(scripts: list[str], title: str | None) -> str | None:
    """The headline a script state object holds where the page's ``title`` (its <title>, the page showing
    no headline of its own) is that headline with a site's or app's name glued on after a separator, for
    a page whose body came from the state."""
    if not title:
        return None
    return next((head for value in _string_values(scripts, _STATE_TITLE) if (head := value.strip())
                 and title.startswith(head) and _TITLE_TAIL.fullmatch(title, len(head))), None)


# A WeChat article (mp.weixin.qq.com, and its copies) renders its date from the script variable ct
# (seconds), in Beijing time; #publish_time stays empty in the saved page.
_WECHAT_CT = re.compile(r"\bvar\s+ct\s*=\s*[\"']?(\d{10})\b")
_BEIJING = timezone(timedelta(hours=8))


def wechat_time(scripts: Iterable[str]) -> str | None:
    """The publication time a WeChat article's ``var ct`` holds (ISO 8601, +08:00), or None."""
    for text in scripts:
        if found := _WECHAT_CT.search(text):
            return datetime.fromtimestamp(int(found[1]), _BEIJING).isoformat()
    return None
